package dev.empathy.compose;

import dev.empathy.InvalidInputException;

/**
 * What every reply must contain before {@link Composer#build()} accepts it. The default asks for
 * an acknowledgement and at least one action: a reply that names no feeling or does nothing is
 * the failure this library exists to prevent. A reply to a grateful customer, or to a
 * light-hearted message (a joke, a laugh), needs no action by default: a compliment is answered
 * with thanks, not with a task ({@code requireActionsWhenThanked(true)} asks for them anyway).
 *
 * <pre>{@code
 * ReplyPolicy lenient = ReplyPolicy.builder().requireAcknowledgement(false).minActions(0).build();
 * Empathy empathy = Empathy.builder().policy(lenient).build();
 * }</pre>
 *
 * @param requireAcknowledgement whether an acknowledgement block is required
 * @param minActions the minimum number of actions
 * @param requireTimeline whether a timeline is required
 * @param requireActionsWhenThanked whether {@code minActions} applies to a grateful customer and a
 *     light-hearted message too (default false: thanks need no action)
 */
public record ReplyPolicy(
    boolean requireAcknowledgement, int minActions, boolean requireTimeline, boolean requireActionsWhenThanked) {
  /** Acknowledgement and at least one action required (none to answer thanks or a joke). */
  public static final ReplyPolicy DEFAULT = new ReplyPolicy(true, 1, false);

  /** Nothing required; useful for drafts and previews. */
  public static final ReplyPolicy LENIENT = new ReplyPolicy(false, 0, false);

  /**
   * Validates the components.
   *
   * @param requireAcknowledgement whether an acknowledgement block is required
   * @param minActions the minimum number of actions, zero or more
   * @param requireTimeline whether a timeline is required
   * @param requireActionsWhenThanked whether {@code minActions} applies to thanks and jokes too
   * @throws InvalidInputException naming {@code minActions} when negative
   */
  public ReplyPolicy {
    if (minActions < 0) {
      throw InvalidInputException.forRule("minActions", "must be >= 0");
    }
  }

  /**
   * A policy whose {@code minActions} does not apply to thanks or a light-hearted message.
   *
   * @param requireAcknowledgement whether every reply must acknowledge the customer's feeling
   * @param minActions the fewest actions a reply needs, at least 0
   * @param requireTimeline whether every reply must carry a timeline
   */
  public ReplyPolicy(boolean requireAcknowledgement, int minActions, boolean requireTimeline) {
    this(requireAcknowledgement, minActions, requireTimeline, false);
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
    private boolean requireActionsWhenThanked = DEFAULT.requireActionsWhenThanked;

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

    /**
     * Whether {@code minActions} applies to grateful and light-hearted replies too (default false).
     *
     * @param required true to require actions even when the customer is thanking us
     * @return this builder
     */
    public Builder requireActionsWhenThanked(boolean required) {
      this.requireActionsWhenThanked = required;
      return this;
    }

    /** {@return the policy} */
    public ReplyPolicy build() {
      return new ReplyPolicy(requireAcknowledgement, minActions, requireTimeline, requireActionsWhenThanked);
    }
  }
}
