package dev.empathy.compose;

import dev.empathy.InvalidInputException;

/**
 * What every reply must contain before {@link Composer#build()} accepts it. The default asks for
 * an acknowledgement and at least one action: a reply that names no feeling or does nothing is
 * the failure this library exists to prevent.
 *
 * <pre>{@code
 * ReplyPolicy lenient = ReplyPolicy.builder().requireAcknowledgement(false).minActions(0).build();
 * Empathy empathy = Empathy.builder().policy(lenient).build();
 * }</pre>
 *
 * @param requireAcknowledgement whether an acknowledgement block is required
 * @param minActions the minimum number of actions
 * @param requireTimeline whether a timeline is required
 */
public record ReplyPolicy(boolean requireAcknowledgement, int minActions, boolean requireTimeline) {
  /** Acknowledgement and at least one action required. */
  public static final ReplyPolicy DEFAULT = new ReplyPolicy(true, 1, false);

  /** Nothing required; useful for drafts and previews. */
  public static final ReplyPolicy LENIENT = new ReplyPolicy(false, 0, false);

  /**
   * Validates the components.
   *
   * @param requireAcknowledgement whether an acknowledgement block is required
   * @param minActions the minimum number of actions, zero or more
   * @param requireTimeline whether a timeline is required
   * @throws InvalidInputException naming {@code minActions} when negative
   */
  public ReplyPolicy {
    if (minActions < 0) {
      throw InvalidInputException.forRule("minActions", "must be >= 0");
    }
  }

  /** {@return a builder starting from {@link #DEFAULT}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReplyPolicy}, starting from {@link #DEFAULT}. */
  public static final class Builder {
    private boolean requireAcknowledgement = DEFAULT.requireAcknowledgement;
    private int minActions = DEFAULT.minActions;
    private boolean requireTimeline = DEFAULT.requireTimeline;

    private Builder() {}

    /**
     * Whether an acknowledgement block is required (true by default).
     *
     * @param required true to require one
     * @return this builder
     */
    public Builder requireAcknowledgement(boolean required) {
      this.requireAcknowledgement = required;
      return this;
    }

    /**
     * The minimum number of actions (1 by default).
     *
     * @param min the number of actions, zero or more
     * @return this builder
     * @throws InvalidInputException naming {@code minActions} when negative
     */
    public Builder minActions(int min) {
      if (min < 0) {
        throw InvalidInputException.forRule("minActions", "must be >= 0");
      }
      this.minActions = min;
      return this;
    }

    /**
     * Whether a timeline is required (false by default).
     *
     * @param required true to require one
     * @return this builder
     */
    public Builder requireTimeline(boolean required) {
      this.requireTimeline = required;
      return this;
    }

    /** {@return the policy} */
    public ReplyPolicy build() {
      return new ReplyPolicy(requireAcknowledgement, minActions, requireTimeline);
    }
  }
}
