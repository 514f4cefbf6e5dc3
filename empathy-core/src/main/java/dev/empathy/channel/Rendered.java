package dev.empathy.channel;

import static dev.empathy.InvalidInputException.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A reply rendered for one medium: the full text, the parts a platform sends separately (bubbles,
 * segments, the public post then the DM), named extra fields (an e-mail's {@code subject}, {@code
 * preheader} and {@code html}; a voice {@code script}), the size under the medium's own rule, and
 * every change made to fit.
 *
 * <pre>{@code
 * Rendered r = Channels.require("sms").render(reply);
 * r.parts().size();     // segments to send
 * r.length().value();   // measured in r.length().unit()
 * r.changes();          // e.g. [REENCODED: typographic apostrophes replaced for GSM-7]
 * }</pre>
 */
public final class Rendered {
  private final String channel;
  private final String flavor;
  private final String text;
  private final ImmutableList<String> parts;
  private final ImmutableMap<String, String> fields;
  private final Length length;
  private final ImmutableList<Change> changes;
  private final ImmutableList<String> warnings;

  private Rendered(Builder b) {
    this.channel = b.channel;
    this.flavor = b.flavor;
    this.text = b.text;
    this.parts = b.parts.build();
    this.fields = b.fields.buildKeepingLast();
    this.length = b.length;
    this.changes = b.changes.build();
    this.warnings = b.warnings.build();
  }

  /**
   * Starts a rendered value for {@code channel}.
   *
   * @param channel the channel id
   * @param flavor the flavour rendered, e.g. {@code slack}
   */
  public static Builder builder(String channel, String flavor) {
    return new Builder(channel, flavor);
  }

  public String channel() {
    return channel;
  }

  public String flavor() {
    return flavor;
  }

  /** The whole message as one text (the plain e-mail body; the SSML for voice). */
  public String text() {
    return text;
  }

  /** The pieces a platform sends separately, in order. */
  public List<String> parts() {
    return parts;
  }

  /** Named extras, e.g. {@code subject}, {@code preheader}, {@code html}, {@code script}, {@code dm}. */
  public Map<String, String> fields() {
    return fields;
  }

  /** One named extra. */
  public Optional<String> field(String name) {
    return Optional.ofNullable(fields.get(name));
  }

  public Length length() {
    return length;
  }

  public List<Change> changes() {
    return changes;
  }

  public List<String> warnings() {
    return warnings;
  }

  /** Builds a {@link Rendered}; used by channel implementations. */
  public static final class Builder {
    private final String channel;
    private final String flavor;
    private String text = "";
    private final ImmutableList.Builder<String> parts = ImmutableList.builder();
    private final ImmutableMap.Builder<String, String> fields = ImmutableMap.builder();
    private Length length;
    private final ImmutableList.Builder<Change> changes = ImmutableList.builder();
    private final ImmutableList.Builder<String> warnings = ImmutableList.builder();

    private Builder(String channel, String flavor) {
      this.channel = checkNotNull(channel, "channel");
      this.flavor = checkNotNull(flavor, "flavor");
    }

    public Builder text(String text) {
      this.text = checkNotNull(text, "text");
      return this;
    }

    public Builder part(String part) {
      parts.add(checkNotNull(part, "part"));
      return this;
    }

    public Builder parts(Iterable<String> all) {
      checkNotNull(all, "parts").forEach(this::part);
      return this;
    }

    public Builder field(String name, String value) {
      fields.put(checkNotNull(name, "name"), checkNotNull(value, "value"));
      return this;
    }

    public Builder length(Length length) {
      this.length = checkNotNull(length, "length");
      return this;
    }

    public Builder change(Change change) {
      changes.add(checkNotNull(change, "change"));
      return this;
    }

    public Builder change(Change.Kind kind, String detail) {
      return change(new Change(kind, detail));
    }

    public Builder warning(String warning) {
      warnings.add(checkNotNull(warning, "warning"));
      return this;
    }

    public Builder warnings(Iterable<String> all) {
      checkNotNull(all, "warnings").forEach(this::warning);
      return this;
    }

    /** @throws IllegalStateException when no length was set */
    public Rendered build() {
      if (length == null) {
        throw new IllegalStateException("length must be set before build()");
      }
      return new Rendered(this);
    }
  }
}
