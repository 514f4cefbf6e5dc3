package dev.empathy.review;

import dev.empathy.Emotion;
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
  /** The emotion (empty when neutral or unknown) and whether the message is urgent. */
  record Reading(Optional<Emotion> emotion, boolean urgent) {}

  CustomerSignals NONE = text -> new Reading(Optional.empty(), false);

  Reading read(String customerText);

  /** Reads through an analyser that returns {@link Signals}. */
  static CustomerSignals of(Function<String, Signals> analyzer) {
    return text -> {
      Signals s = analyzer.apply(text);
      Optional<Emotion> e = s.primary() == Emotion.NEUTRAL ? Optional.empty() : Optional.of(s.primary());
      return new Reading(e, s.escalation().has(SignalKind.URGENCY));
    };
  }
}
