package dev.empathy.review;

/**
 * The empathy rubric: observable behaviours of a good support reply.
 *
 * <pre>{@code
 * for (Criterion c : Criterion.values()) {
 *   System.out.println(c.key() + " " + review.rubric().get(c).score());
 * }
 * }</pre>
 */
public enum Criterion {
  /** Names the feeling or the situation: "That sounds really frustrating". */
  VALIDATION("validation"),
  /** Restates the problem concretely: "you were charged twice for order 4471". */
  SUMMARY("summary"),
  /** First person, active voice: "I have refunded", not "it will be looked into". */
  OWNERSHIP("ownership"),
  /** Something done or offered right now: "Here’s what I can do right now". */
  ACTION_NOW("actionNow"),
  /** A concrete time and an owner: "I’ll have this sorted by Friday". */
  EXPECTATIONS("expectations"),
  /** A promised next contact: "I’ll email you when the refund lands". */
  FOLLOW_THROUGH("followThrough"),
  /** Readable: short sentences, plain words, no internal codes. */
  CLARITY("clarity"),
  /** Respect: no friction findings of severity error, no private data in public. */
  DIGNITY("dignity");

  private final String key;

  Criterion(String key) {
    this.key = key;
  }

  /** {@return the wire key in the CLI's {@code rubric} object, e.g. {@code "actionNow"}} */
  public String key() {
    return key;
  }
}
