package dev.empathy.review;

import dev.empathy.Emotion;
import dev.empathy.InvalidInputException;
import dev.empathy.signal.EmotionFinding;
import dev.empathy.signal.EscalationSignal;
import dev.empathy.signal.Evidence;
import dev.empathy.signal.SignalKind;
import dev.empathy.signal.Signals;
import java.util.List;
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
   * The emotion (empty when neutral or unknown), whether the message is urgent, the UTF-16 offset
   * of the emotion's first evidence in the message (-1 when there is none), and whether a listener
   * read the message at all ({@code false} without an analyser: then an empty emotion means
   * "unknown", not "no feeling shown").
   */
  record Reading(Optional<Emotion> emotion, boolean urgent, int evidenceAt, boolean listened) {}

  CustomerSignals NONE = text -> new Reading(Optional.empty(), false, -1, false);

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
      // A feeling whose only evidence is the request to leave ("quiero cancelar mi suscripción"):
      // the listener rightly raises the churn risk and reads it as anger, but the customer showed
      // no feeling for the reply to name. The rubric reads the next feeling found, shown in other
      // words ("estoy harta"), or none.
      if (e.isPresent() && onlyTheRequest(s.emotion(e.get()).map(EmotionFinding::evidence).orElse(List.of()), s)) {
        e = Optional.empty();
        for (EmotionFinding f : s.emotions()) {
          if (f.label() != Emotion.NEUTRAL && !f.evidence().isEmpty() && !onlyTheRequest(f.evidence(), s)) {
            e = Optional.of(f.label());
            break;
          }
        }
      }
      int at = e.flatMap(s::emotion).filter(f -> !f.evidence().isEmpty()).map(f -> f.evidence().get(0).start()).orElse(-1);
      return new Reading(e, s.escalation().has(SignalKind.URGENCY), at, true);
    };
  }

  /**
   * True when there is evidence and every piece of it lies inside the evidence of the churn-threat
   * signal: the feeling was read from the request to cancel and from nothing else.
   */
  static boolean onlyTheRequest(List<Evidence> evidence, Signals s) {
    if (evidence.isEmpty()) {
      return false;
    }
    List<Evidence> churn = s.escalation().signal(SignalKind.CHURN_THREAT).map(EscalationSignal::evidence).orElse(List.of());
    for (Evidence f : evidence) {
      boolean inside = false;
      for (Evidence c : churn) {
        inside |= c.start() <= f.start() && f.end() <= c.end();
      }
      if (!inside) {
        return false;
      }
    }
    return true;
  }
}
