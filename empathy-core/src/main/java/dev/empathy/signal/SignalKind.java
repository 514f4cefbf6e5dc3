package dev.empathy.signal;

import java.util.Locale;

/**
 * The kinds of escalation signal, each with a stable snake_case wire label.
 *
 * <pre>{@code
 * SignalKind.CHURN_THREAT.label(); // "churn_threat"
 * }</pre>
 */
public enum SignalKind {
  /** Cancelling, leaving, switching to a competitor, closing the account. */
  CHURN_THREAT,
  /** A lawyer, a court, a regulator or ombudsman, a chargeback or dispute. */
  LEGAL_THREAT,
  /** Reviews, social media, the press: "I'll post this everywhere". */
  PUBLIC_EXPOSURE,
  /** "Third time I'm writing", "still not fixed", "again". */
  REPEAT_CONTACT,
  /** Insults or threats aimed at the agent or the company's people; calls for a boundary. */
  ABUSE,
  /** Deadlines and time pressure: "by tomorrow", "my flight is in 2 hours". */
  URGENCY,
  /** Health, bereavement, money hardship, safety: a customer who needs extra care. */
  VULNERABILITY;

  private final String label = name().toLowerCase(Locale.ROOT);

  /** {@return the wire label, e.g. {@code "legal_threat"}} */
  public String label() {
    return label;
  }

  /**
   * Parses a wire label.
   *
   * @param label a label such as {@code "legal_threat"}
   * @return the kind
   * @throws dev.empathy.InvalidInputException naming {@code kind} when unknown
   */
  public static SignalKind fromLabel(String label) {
    for (SignalKind k : values()) {
      if (k.label.equals(label)) {
        return k;
      }
    }
    throw new dev.empathy.InvalidInputException("kind", "kind must be a signal kind such as churn_threat but was \"" + label + "\"");
  }

  @Override
  public String toString() {
    return label;
  }
}
