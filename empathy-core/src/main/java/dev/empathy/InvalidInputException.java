package dev.empathy;

import java.util.Locale;
import java.util.Objects;

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

  /** The name of the field or argument whose value broke a rule, e.g. {@code "locale"}. */
  private final String field;

  /**
   * @param field the name of the offending field, as the caller spelled it (e.g. {@code summary})
   * @param message the full message; by convention it starts with the field name
   */
  public InvalidInputException(String field, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.field = Objects.requireNonNull(field, "field");
  }

  /**
   * Creates {@code "<field> <rule>"}, e.g. {@code forRule("turn", "must be >= 0")}.
   *
   * @param field the field's or argument's name
   * @param rule the rule it broke, phrased to follow the name
   * @return the exception, to throw
   */
  public static InvalidInputException forRule(String field, String rule) {
    return new InvalidInputException(field, field + " " + rule);
  }

  /**
   * Returns {@code value}, or throws naming {@code field} when it is null: every public method of
   * the library checks its arguments with this, so a null is reported like any other bad value.
   *
   * <pre>{@code
   * this.locale = InvalidInputException.checkNotNull(locale, "locale");
   * // null: InvalidInputException, field() "locale", message "locale must not be null"
   * }</pre>
   *
   * @param <T> the value's type
   * @param value the value to check
   * @return {@code value}, never null
   * @param field the parameter's or field's name, as the caller spelled it
   * @throws InvalidInputException naming {@code field} when {@code value} is null
   */
  public static <T> T checkNotNull(T value, String field) {
    if (value == null) {
      throw forRule(field, "must not be null");
    }
    return value;
  }

  /**
   * Throws when {@code valid} is false. By the convention above, the message starts with the
   * field's name, and that first word is the exception's {@link #field()}; {@code %s} in the
   * message are replaced by {@code args} in order.
   *
   * <pre>{@code
   * checkArgument(score >= 0 && score <= 1, "score must be in [0, 1] but was %s", score);
   * }</pre>
   *
   * @param valid whether the rule holds
   * @param message the message, starting with the field's name; {@code %s} placeholders allowed
   * @param args the values for the {@code %s} placeholders, in order
   * @throws InvalidInputException naming the message's first word when {@code valid} is false
   */
  public static void checkArgument(boolean valid, String message, Object... args) {
    if (!valid) {
      String text = String.format(Locale.ROOT, message, args);
      int space = text.indexOf(' ');
      throw new InvalidInputException(space < 0 ? text : text.substring(0, space), text);
    }
  }

  /** {@return the name of the field whose value broke a rule} */
  public String field() {
    return field;
  }
}
