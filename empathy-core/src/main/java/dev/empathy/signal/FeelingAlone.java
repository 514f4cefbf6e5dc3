package dev.empathy.signal;

/**
 * Whether a strong feeling alone, with no signal and no failure told, says that the customer
 * needs care. Rage, grief, fear and a strong negative feeling raise the level to medium on their
 * own (see {@link Reading}); that rule is for a customer who is upset, not for one whose message
 * also laughs or praises as much as it complains:
 *
 * <ul>
 *   <li>a laugh that is not sarcastic ("crying laughing", "I hate this so much lol", "what the
 *       fuck 😂"): the feeling is played, not suffered;
 *   <li>praise or thanks at least this strong, not turned to irony ("As much as I hate him I love
 *       the guy", "I panicked. I am very pleased with my decision"): the feelings are mixed, and
 *       the negative one alone is no case to escalate.
 * </ul>
 *
 * <p>Failures, waits, repeats and explicit signals still set the level whatever else the message
 * says: "love you guys but my bag has been lost for 3 days" is read from the failure and the wait.
 * Stateless; package-private.
 */
final class FeelingAlone {
  /** Praise or thanks this strong (noisy-or of its evidence) balances a negative feeling. */
  static final double BALANCING_PRAISE = 0.5;

  private FeelingAlone() {}

  /**
   * Whether the feeling may set the level on its own.
   *
   * @param laughs how many laughs the message holds ({@link Laughter})
   * @param sarcastic whether the message was read as sarcastic (its laughs and praise are contempt)
   * @param praise the score of the grateful feeling read, 0 when none
   */
  static boolean counts(int laughs, boolean sarcastic, double praise) {
    if (sarcastic) {
      return true;
    }
    return laughs == 0 && praise < BALANCING_PRAISE;
  }
}
