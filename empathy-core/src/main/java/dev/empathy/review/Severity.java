package dev.empathy.review;

import dev.empathy.InvalidInputException;
import java.util.Locale;

/**
 * How much a friction finding matters, from a hint to something that should not be sent.
 *
 * <pre>{@code
 * Severity.fromLabel("warning"); // WARNING
 * Severity.WARNING.label();      // "warning"
 * Severity.WARNING.lower();      // INFO
 * }</pre>
 */
public enum Severity {
  /** A hint: fine in many replies, worth a second look. */
  INFO,
  /** Friction a support lead would usually rewrite. */
  WARNING,
  /** Language that escalates or disrespects; rewrite before sending. */
  ERROR;

  /** {@return the wire label: {@code "info"}, {@code "warning"} or {@code "error"}} */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** {@return one level milder; {@link #INFO} stays {@link #INFO}} */
  public Severity lower() {
    return this == ERROR ? WARNING : INFO;
  }

  /** {@return one level more severe; {@link #ERROR} stays {@link #ERROR}} */
  public Severity higher() {
    return this == INFO ? WARNING : ERROR;
  }

  /**
   * Parses a label (any case).
   *
   * @param label {@code "info"}, {@code "warning"} or {@code "error"}, in any case
   * @return the severity
   * @throws InvalidInputException naming {@code severity} when it is not info, warning or error
   */
  public static Severity fromLabel(String label) {
    if (label != null) {
      for (Severity s : values()) {
        if (s.label().equalsIgnoreCase(label.strip())) {
          return s;
        }
      }
    }
    throw new InvalidInputException(
        "severity", "severity must be \"info\", \"warning\" or \"error\" but was \"" + label + "\"");
  }
}
