package dev.empathy;

import java.util.Locale;

/**
 * How formally the reply addresses the customer: Sie/du, vous/tu, usted/tú, and so on. English has
 * one register, so both values read the same there.
 *
 * <pre>{@code
 * Empathy informal = Empathy.builder().locale(Locale.GERMAN).register(Register.INFORMAL).build();
 * }</pre>
 */
public enum Register {
  /** The polite form where the language has one (Sie, vous, usted); the default. */
  FORMAL,
  /** The familiar form (du, tu, tú) where the language has one; in English it reads as formal. */
  INFORMAL;

  /** {@return the wire label: {@code "formal"} or {@code "informal"}} */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses {@code "formal"} or {@code "informal"} (any case).
   *
   * @param label {@code "formal"} or {@code "informal"}, in any case
   * @return the register
   * @throws InvalidInputException naming {@code register} otherwise
   */
  public static Register fromLabel(String label) {
    if (label != null) {
      for (Register r : values()) {
        if (r.label().equalsIgnoreCase(label.strip())) {
          return r;
        }
      }
    }
    throw new InvalidInputException(
        "register", "register must be \"formal\" or \"informal\" but was \"" + label + "\"");
  }
}
