package dev.empathy.signal;

import static dev.empathy.InvalidInputException.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * One kind of escalation found in a message, with the spans that show it.
 *
 * <pre>{@code
 * EscalationSignal s = signals.escalation().signals().get(0);
 * s.kind().label();          // "churn_threat"
 * s.evidence().get(0).text(); // "cancel my account"
 * }</pre>
 *
 * @param kind what kind of signal
 * @param evidence the spans, in text order (at least one)
 */
public record EscalationSignal(SignalKind kind, List<Evidence> evidence) {
  /**
   * Validates the components and copies {@code evidence}.
   *
   * @param kind what kind of signal
   * @param evidence the spans, in text order
   * @throws dev.empathy.InvalidInputException naming {@code kind} when null
   */
  public EscalationSignal {
    checkNotNull(kind, "kind");
    evidence = ImmutableList.copyOf(evidence);
  }
}
