package dev.empathy.channel;

import static dev.empathy.InvalidInputException.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
   * @return a new builder; set at least the length before {@link Builder#build()}
   * @param channel the channel id
   * @param flavor the flavour rendered, e.g. {@code slack}
   */
  public static Builder builder(String channel, String flavor) {
    return new Builder(channel, flavor);
  }

  /** {@return the id of the channel that rendered this, e.g. {@code "sms"}} */
  public String channel() {
    return channel;
  }

  /** {@return the flavour rendered, e.g. {@code "slack"}} */
  public String flavor() {
    return flavor;
  }

  /** {@return the whole message as one text (the plain e-mail body; the SSML for voice)} */
  public String text() {
    return text;
  }

  /** {@return the pieces a platform sends separately, in order} */
  public List<String> parts() {
    return parts;
  }

  /**
   * {@return named extras, e.g. {@code subject}, {@code preheader}, {@code html}, {@code script},
   * {@code dm}}
   */
  public Map<String, String> fields() {
    return fields;
  }

  /**
   * One named extra.
   *
   * @param name the field's name, e.g. {@code "subject"}
   * @return the field's value, or empty when this channel did not set it
   */
  public Optional<String> field(String name) {
    return Optional.ofNullable(fields.get(name));
  }

  /**
   * The typed form of {@link #field(String)}: {@code field(EmailField.SUBJECT)}.
   *
   * @param field a typed field name, e.g. {@code EmailField.SUBJECT}
   * @return the field's value, or empty when this channel did not set it
   */
  public Optional<String> field(RenderedField field) {
    return field(checkNotNull(field, "field").id());
  }

  /** {@return the size under the medium's own counting rule, with its limit} */
  public Length length() {
    return length;
  }

  /** {@return every change made to fit the medium, in the order made; empty when none} */
  public List<Change> changes() {
    return changes;
  }

  /** {@return warnings for the caller, e.g. an option this channel ignored; empty when none} */
  public List<String> warnings() {
    return warnings;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rendered r
        && channel.equals(r.channel)
        && flavor.equals(r.flavor)
        && text.equals(r.text)
        && parts.equals(r.parts)
        && fields.equals(r.fields)
        && Objects.equals(length, r.length)
        && changes.equals(r.changes)
        && warnings.equals(r.warnings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(channel, flavor, text, parts, fields, length, changes, warnings);
  }

  /**
   * For logs: channel, flavour, length, the number of parts, the field names, changes and
   * warnings, and the start of the text, e.g. {@code Rendered[sms/sms, length=Length[unit=septets,
   * value=142, limit=480], parts=1, fields=[encoding], changes=[], warnings=[], text="Hello Dana, …"]}.
   */
  @Override
  public String toString() {
    int end = text.length() <= 60 ? text.length() : Character.isHighSurrogate(text.charAt(59)) ? 59 : 60;
    String start = text.substring(0, end) + (end < text.length() ? "…" : "");
    return "Rendered[" + channel + "/" + flavor + ", length=" + length + ", parts=" + parts.size()
        + ", fields=" + fields.keySet() + ", changes=" + changes + ", warnings=" + warnings
        + ", text=\"" + start.replace("\n", "\\n") + "\"]";
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

    /**
     * Sets the whole message as one text; empty unless set.
     *
     * @param text the text; not null
     * @return this builder
     */
    public Builder text(String text) {
      this.text = checkNotNull(text, "text");
      return this;
    }

    /**
     * Adds a part, sent after the parts added before it.
     *
     * @param part the part's text; not null
     * @return this builder
     */
    public Builder part(String part) {
      parts.add(checkNotNull(part, "part"));
      return this;
    }

    /**
     * Adds parts in order.
     *
     * @param all the parts' texts; none null
     * @return this builder
     */
    public Builder parts(Iterable<String> all) {
      checkNotNull(all, "parts").forEach(this::part);
      return this;
    }

    /**
     * Sets a named field; a later value for the same name replaces an earlier one.
     *
     * @param name the field's name, e.g. {@code "subject"}
     * @param value the value; not null
     * @return this builder
     */
    public Builder field(String name, String value) {
      fields.put(checkNotNull(name, "name"), checkNotNull(value, "value"));
      return this;
    }

    /**
     * Sets the size; required.
     *
     * @param length the size under the medium's rule
     * @return this builder
     */
    public Builder length(Length length) {
      this.length = checkNotNull(length, "length");
      return this;
    }

    /**
     * Records a change made to fit.
     *
     * @param change the change; not null
     * @return this builder
     */
    public Builder change(Change change) {
      changes.add(checkNotNull(change, "change"));
      return this;
    }

    /**
     * Records a change made to fit: {@code change(Change.Kind.SPLIT, "split into 3 segments")}.
     *
     * @param kind the sort of change
     * @param detail a human-readable explanation, without the private data removed
     * @return this builder
     */
    public Builder change(Change.Kind kind, String detail) {
      return change(new Change(kind, detail));
    }

    /**
     * Adds a warning for the caller.
     *
     * @param warning the warning; not null
     * @return this builder
     */
    public Builder warning(String warning) {
      warnings.add(checkNotNull(warning, "warning"));
      return this;
    }

    /**
     * Adds warnings for the caller, in order.
     *
     * @param all the warnings; none null
     * @return this builder
     */
    public Builder warnings(Iterable<String> all) {
      checkNotNull(all, "warnings").forEach(this::warning);
      return this;
    }

    /**
     * Builds the rendered value.
     *
     * @return the immutable rendered message
     * @throws IllegalStateException when no length was set
     */
    public Rendered build() {
      if (length == null) {
        throw new IllegalStateException("length must be set before build()");
      }
      return new Rendered(this);
    }
  }
}
