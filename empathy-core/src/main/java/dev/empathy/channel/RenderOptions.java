package dev.empathy.channel;

import com.google.common.collect.ImmutableMap;
import dev.empathy.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * }</pre>
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

  private RenderOptions(Builder b) {
    this.flavor = b.flavor;
    this.overflow = b.overflow;
    this.limit = b.limit;
    this.maxParts = b.maxParts;
    this.options = ImmutableMap.copyOf(b.options);
  }

  /** The channel's defaults for everything. */
  public static RenderOptions defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The requested flavour, if any; the channel's default otherwise. */
  public Optional<String> flavor() {
    return Optional.ofNullable(flavor);
  }

  /** The overflow policy, if set; each channel documents its default. */
  public Optional<Overflow> overflow() {
    return Optional.ofNullable(overflow);
  }

  /** A limit tighter than the medium's, in the medium's unit. */
  public OptionalInt limit() {
    return limit == null ? OptionalInt.empty() : OptionalInt.of(limit);
  }

  /** The most parts (bubbles, segments) the caller accepts. */
  public OptionalInt maxParts() {
    return maxParts == null ? OptionalInt.empty() : OptionalInt.of(maxParts);
  }

  /** The channel-specific option {@code name} (e.g. {@code sms.smartEncoding}), if set. */
  public Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name));
  }

  /** Every channel-specific option, in the order set. */
  public Map<String, String> options() {
    return options;
  }

  /** Builds {@link RenderOptions}; each setter validates. */
  public static final class Builder {
    private String flavor;
    private Overflow overflow;
    private Integer limit;
    private Integer maxParts;
    private final Map<String, String> options = new LinkedHashMap<>();

    private Builder() {}

    public Builder flavor(String flavor) {
      if (flavor == null || flavor.isBlank()) {
        throw InvalidInputException.forRule("flavor", "must not be blank");
      }
      this.flavor = flavor.strip().toLowerCase(java.util.Locale.ROOT);
      return this;
    }

    public Builder overflow(Overflow overflow) {
      if (overflow == null) {
        throw InvalidInputException.forRule("overflow", "must not be null");
      }
      this.overflow = overflow;
      return this;
    }

    /** @throws InvalidInputException naming {@code limit} unless positive */
    public Builder limit(int limit) {
      if (limit < 1) {
        throw InvalidInputException.forRule("limit", "must be >= 1");
      }
      this.limit = limit;
      return this;
    }

    /** @throws InvalidInputException naming {@code maxParts} unless positive */
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

    public RenderOptions build() {
      return new RenderOptions(this);
    }
  }
}
