package dev.empathy.signal;

import static dev.empathy.InvalidInputException.checkNotNull;

import dev.empathy.Emotion;

/**
 * What the reply should do about what was heard, ready for {@code Composer.acknowledge(Signals)}.
 *
 * <pre>{@code
 * Suggestion s = empathy.analyze("You idiots lost my parcel AGAIN").suggestion();
 * s.acknowledge(); // ANGRY
 * s.boundary();    // true: the message attacks people, set a respectful limit
 * s.handoff();     // true: a human or a supervisor should take it
 * }</pre>
 *
 * @param acknowledge the feeling to acknowledge ({@link Emotion#NEUTRAL} when none showed)
 * @param boundary whether a boundary block is called for (abuse aimed at people)
 * @param handoff whether to hand the conversation to a human or a supervisor
 */
public record Suggestion(Emotion acknowledge, boolean boundary, boolean handoff) {
  /**
   * Validates the components.
   *
   * @param acknowledge the feeling to acknowledge
   * @param boundary whether a boundary block is called for
   * @param handoff whether to hand the conversation to a human or a supervisor
   * @throws dev.empathy.InvalidInputException naming {@code acknowledge} when null
   */
  public Suggestion {
    checkNotNull(acknowledge, "acknowledge");
  }
}
