package dev.empathy.signal;

import java.util.Locale;

/**
 * How hot a conversation is, from {@link #NONE} to {@link #CRITICAL}, ordered so that {@code
 * compareTo} and {@link #atLeast} read naturally.
 *
 * <pre>{@code
 * EscalationLevel level = signals.escalation().level();
 * level.label();                             // "high"
 * level.atLeast(EscalationLevel.MEDIUM);      // true
 * }</pre>
 */
public enum EscalationLevel {
  /** Nothing suggests the conversation is heating up. */
  NONE,
  /** Mild impatience or a single weak signal. */
  LOW,
  /** A clear signal: a repeat contact, a deadline, a customer who needs care. */
  MEDIUM,
  /** A threat to leave, to go public or to take legal steps; abuse; several signals at once. */
  HIGH,
  /** Several strong signals together, or a vulnerable customer in urgent trouble. */
  CRITICAL;

  private final String label = name().toLowerCase(Locale.ROOT);

  /** {@return the lowercase wire label, e.g. {@code "medium"}} */
  public String label() {
    return label;
  }

  /**
   * Whether this level is {@code other} or hotter.
   *
   * @param other the level to compare with
   * @return true when this level is {@code other} or hotter
   */
  public boolean atLeast(EscalationLevel other) {
    return compareTo(other) >= 0;
  }

  /**
   * Parses a wire label, case-insensitively.
   *
   * @param label a label such as {@code "medium"}
   * @return the level
   * @throws dev.empathy.InvalidInputException naming {@code level} when unknown
   */
  public static EscalationLevel fromLabel(String label) {
    for (EscalationLevel l : values()) {
      if (l.label.equalsIgnoreCase(label == null ? "" : label.strip())) {
        return l;
      }
    }
    throw new dev.empathy.InvalidInputException("level", "level must be one of none, low, medium, high, critical but was \"" + label + "\"");
  }

  @Override
  public String toString() {
    return label;
  }
}
