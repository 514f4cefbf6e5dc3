package dev.empathy;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Thrown when a caller hands the library a value that breaks a documented rule. The exception
 * names the offending field so that a form, a CLI or an HTTP API can point at it.
 *
 * <pre>{@code
 * try {
 *   empathy.compose().summary("  ");
 * } catch (InvalidInputException e) {
 *   e.field();      // "summary"
 *   e.getMessage(); // "summary must not be blank"
 * }
 * }</pre>
 */
public class InvalidInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;

  /**
   * @param field the name of the offending field, as the caller spelled it (e.g. {@code summary})
   * @param message the full message; by convention it starts with the field name
   */
  public InvalidInputException(String field, String message) {
    super(checkNotNull(message, "message"));
    this.field = checkNotNull(field, "field");
  }

  /** Creates {@code "<field> <rule>"}, e.g. {@code forRule("turn", "must be >= 0")}. */
  public static InvalidInputException forRule(String field, String rule) {
    return new InvalidInputException(field, field + " " + rule);
  }

  /** The name of the field whose value broke a rule. */
  public String field() {
    return field;
  }
}
