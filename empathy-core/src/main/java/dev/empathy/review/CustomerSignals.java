package dev.empathy.review;

import dev.empathy.Emotion;
import dev.empathy.InvalidInputException;
import dev.empathy.signal.SignalKind;
import dev.empathy.signal.Signals;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the rubric gets the customer's emotion and urgency from: the Listen side of the library
 * ({@code Empathy.analyze}), or nothing. A one-method seam, so the reviewer does not care how the
 * signals were found.
 */
@FunctionalInterface
interface CustomerSignals {
  /**
   * The emotion (empty when neutral or unknown), whether the message is urgent, and the UTF-16
   * offset of the emotion's first evidence in the message (-1 when there is none).
   */
  record Reading(Optional<Emotion> emotion, boolean urgent, int evidenceAt) {}

  CustomerSignals NONE = text -> new Reading(Optional.empty(), false, -1);

  Reading read(String customerText);

  /**
   * Reads through an analyser that returns {@link Signals}. The customer's message is optional
   * context: a message the analyser rejects (say, nothing but invisible characters) leaves the
   * rubric without signals rather than failing the review of the draft.
   */
  static CustomerSignals of(Function<String, Signals> analyzer) {
    return text -> {
      Signals s;
      try {
        s = analyzer.apply(text);
      } catch (InvalidInputException e) {
        return NONE.read(text);
      }
      Optional<Emotion> e = s.primary() == Emotion.NEUTRAL ? Optional.empty() : Optional.of(s.primary());
      int at = e.flatMap(s::emotion).filter(f -> !f.evidence().isEmpty()).map(f -> f.evidence().get(0).start()).orElse(-1);
      return new Reading(e, s.escalation().has(SignalKind.URGENCY), at);
    };
  }
}
