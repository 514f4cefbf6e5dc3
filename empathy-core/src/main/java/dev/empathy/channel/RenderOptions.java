package dev.empathy.channel;

import com.google.common.collect.ImmutableMap;
import dev.empathy.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Per-call choices for a {@link Channel}: the flavour (e.g. {@code slack}, {@code x}, {@code
 * ssml}), the overflow policy, and an optional tighter limit or part count. Unset values take the
 * channel's documented defaults.
 *
 * <pre>{@code
 * RenderOptions opts = RenderOptions.builder().flavor("x").overflow(Overflow.SHORTEN).build();
 * RenderOptions sms = RenderOptions.builder().option("sms.smartEncoding", "all").build();
 * RenderOptions brand = RenderOptions.builder().ownContacts(List.of("acme.com", "0345 600 1234")).build();
 * }</pre>
 *
 * <p>{@link #ownContacts()} are the company's own contact points (its web domains, e-mail addresses
 * and phone numbers): a public post keeps them, as it keeps a role mailbox ("support@…") and a
 * toll-free number without being told, while a customer's own details go to the private message.
 *
 * <p>Channel-specific settings are named options, prefixed by the channel id ({@code
 * sms.smartEncoding}, {@code voice.wordsPerMinute}); each channel documents and validates its own
 * and ignores the others', so one options value can be handed to several channels.
 */
public final class RenderOptions {
  private static final RenderOptions DEFAULTS = builder().build();

  private final String flavor;
  private final Overflow overflow;
  private final Integer limit;
  private final Integer maxParts;
  private final ImmutableMap<String, String> options;
  private final com.google.common.collect.ImmutableList<String> ownContacts;

  private RenderOptions(Builder b) {
    this.ownContacts = com.google.common.collect.ImmutableList.copyOf(b.ownContacts);
    this.flavor = b.flavor;
    this.overflow = b.overflow;
    this.limit = b.limit;
    this.maxParts = b.maxParts;
    this.options = ImmutableMap.copyOf(b.options);
  }

  /** {@return the channel's defaults for everything} */
  public static RenderOptions defaults() {
    return DEFAULTS;
  }

  /**
   * A builder with nothing set: each value left unset takes the channel's default.
   *
   * @return a new builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the requested flavour, if any; the channel's default otherwise} */
  public Optional<String> flavor() {
    return Optional.ofNullable(flavor);
  }

  /** {@return the overflow policy, if set; each channel documents its default} */
  public Optional<Overflow> overflow() {
    return Optional.ofNullable(overflow);
  }

  /** {@return a limit tighter than the medium's, in the medium's unit, if set} */
  public OptionalInt limit() {
    return limit == null ? OptionalInt.empty() : OptionalInt.of(limit);
  }

  /** {@return the most parts (bubbles, segments) the caller accepts, if set} */
  public OptionalInt maxParts() {
    return maxParts == null ? OptionalInt.empty() : OptionalInt.of(maxParts);
  }

  /**
   * The channel-specific option {@code name} (e.g. {@code sms.smartEncoding}), if set.
   *
   * @param name the option's name, prefixed by the channel id
   * @return the option's value, stripped, or empty when not set
   */
  public Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name));
  }

  /**
   * {@return the company's own contact points a public post may show (web domains such as {@code
   * "acme.com"}, which cover their addresses and links, e-mail addresses, phone numbers), in the
   * order given; empty when none were given}
   */
  public java.util.List<String> ownContacts() {
    return ownContacts;
  }

  /** {@return every channel-specific option, in the order set} */
  public Map<String, String> options() {
    return options;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RenderOptions r
        && Objects.equals(flavor, r.flavor)
        && overflow == r.overflow
        && Objects.equals(limit, r.limit)
        && Objects.equals(maxParts, r.maxParts)
        && options.equals(r.options)
        && ownContacts.equals(r.ownContacts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(flavor, overflow, limit, maxParts, options, ownContacts);
  }

  /** For logs: {@code RenderOptions[flavor=slack, overflow=SPLIT, limit=300, maxParts=2, options={}]}. */
  @Override
  public String toString() {
    return "RenderOptions[flavor=" + flavor + ", overflow=" + overflow + ", limit=" + limit
        + ", maxParts=" + maxParts + ", options=" + options + (ownContacts.isEmpty() ? "" : ", ownContacts=" + ownContacts) + "]";
  }

  /** Builds {@link RenderOptions}; each setter validates. */
  public static final class Builder {
    /** The most own contact points one options value lists. */
    public static final int MAX_OWN_CONTACTS = 50;
    private String flavor;
    private Overflow overflow;
    private Integer limit;
    private Integer maxParts;
    private final Map<String, String> options = new LinkedHashMap<>();
    private final java.util.List<String> ownContacts = new java.util.ArrayList<>();

    private Builder() {}

    /**
     * The company's own contact points, which a public post keeps: web domains ({@code "acme.com"},
     * covering {@code "returns@acme.com"} and {@code "https://help.acme.com/…"} up to a link's query),
     * e-mail addresses and phone numbers (compared by their digits). Replaces any given before.
     *
     * @param contacts at most {@value #MAX_OWN_CONTACTS} entries, each one line of at most 254 characters
     * @return this builder
     * @throws InvalidInputException naming {@code ownContacts} (and the entry's index) when the list
     *     or an entry is null, an entry is blank, breaks a line or is too long, or there are too many
     */
    public Builder ownContacts(java.util.Collection<String> contacts) {
      if (contacts == null) {
        throw InvalidInputException.forRule("ownContacts", "must not be null");
      }
      if (contacts.size() > MAX_OWN_CONTACTS) {
        throw new InvalidInputException(
            "ownContacts", "ownContacts must list at most " + MAX_OWN_CONTACTS + " entries but had " + contacts.size());
      }
      java.util.List<String> out = new java.util.ArrayList<>(contacts.size());
      int i = 0;
      for (String c : contacts) {
        String field = "ownContacts[" + i++ + "]";
        if (c == null || c.isBlank()) {
          throw InvalidInputException.forRule(field, "must not be blank");
        }
        if (c.strip().length() > 254 || c.strip().codePoints().anyMatch(Character::isISOControl)) {
          throw InvalidInputException.forRule(field, "must be one line of at most 254 characters");
        }
        out.add(c.strip());
      }
      ownContacts.clear();
      ownContacts.addAll(out);
      return this;
    }

    /**
     * The flavour to render, e.g. {@code "slack"}; blanks are stripped and case is ignored.
     *
     * @param flavor one of the channel's {@link Channel#flavors()}; checked when the channel
     *     renders
     * @return this builder
     * @throws dev.empathy.InvalidInputException naming {@code flavor} when null or blank
     */
    public Builder flavor(String flavor) {
      if (flavor == null || flavor.isBlank()) {
        throw InvalidInputException.forRule("flavor", "must not be blank");
      }
      this.flavor = flavor.strip().toLowerCase(java.util.Locale.ROOT);
      return this;
    }

    /**
     * The typed form of {@link #flavor(String)}: {@code flavor(ChatFlavor.SLACK)}.
     *
     * @param flavor a typed flavour; not null
     * @return this builder
     */
    public Builder flavor(Flavor flavor) {
      return flavor(InvalidInputException.checkNotNull(flavor, "flavor").id());
    }

    /**
     * What the channel does when the reply does not fit; each channel documents its default.
     *
     * @param overflow the overflow policy; not null
     * @return this builder
     * @throws dev.empathy.InvalidInputException naming {@code overflow} when null
     */
    public Builder overflow(Overflow overflow) {
      if (overflow == null) {
        throw InvalidInputException.forRule("overflow", "must not be null");
      }
      this.overflow = overflow;
      return this;
    }

    /**
     * A limit tighter than the medium's, in the medium's unit (e.g. 2 SMS segments).
     *
     * @param limit the limit, at least 1
     * @return this builder
     * @throws InvalidInputException naming {@code limit} unless positive
     */
    public Builder limit(int limit) {
      if (limit < 1) {
        throw InvalidInputException.forRule("limit", "must be >= 1");
      }
      this.limit = limit;
      return this;
    }

    /**
     * The most parts (chat bubbles, SMS segments, posts) the caller accepts.
     *
     * @param maxParts the number of parts, at least 1
     * @return this builder
     * @throws InvalidInputException naming {@code maxParts} unless positive
     */
    public Builder maxParts(int maxParts) {
      if (maxParts < 1) {
        throw InvalidInputException.forRule("maxParts", "must be >= 1");
      }
      this.maxParts = maxParts;
      return this;
    }

    /**
     * Sets a channel-specific option; the channel whose id prefixes {@code name} validates the
     * value when it renders.
     *
     * @param name the option's name, {@code <channel>.<setting>}, e.g. {@code "sms.smartEncoding"}
     * @param value the value, stripped
     * @return this builder
     * @throws InvalidInputException naming {@code options} when the name has no {@code
     *     channel.} prefix, or the value is null or blank
     */
    public Builder option(String name, String value) {
      if (name == null || name.indexOf('.') <= 0 || name.endsWith(".")) {
        throw new InvalidInputException(
            "options", "options name must look like <channel>.<setting> but was \"" + name + "\"");
      }
      if (value == null || value.isBlank()) {
        throw new InvalidInputException("options", "options." + name + " must not be blank");
      }
      options.put(name, value.strip());
      return this;
    }

    /** {@return the options; the builder may be reused} */
    public RenderOptions build() {
      return new RenderOptions(this);
    }
  }
}
