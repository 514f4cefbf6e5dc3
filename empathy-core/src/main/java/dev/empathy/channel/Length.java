package dev.empathy.channel;

import static dev.empathy.InvalidInputException.checkNotNull;

import java.util.OptionalInt;

/**
 * A rendered message's size under its medium's own counting rule.
 *
 * <pre>{@code
 * Length x = new Length("weighted", 231, 280);   // X's weighted length
 * Length sms = new Length("segments", 2, 3);     // SMS segments, limit = max segments
 * }</pre>
 *
 * @param unit what is counted: {@code graphemes}, {@code weighted}, {@code septets}, {@code
 *     utf16}, {@code segments}, {@code seconds}, …
 * @param value the measured size
 * @param limit the limit in the same unit, or {@code null} when the medium has none
 */
public record Length(String unit, int value, Integer limit) {
  /**
   * Validates the components.
   *
   * @param unit what is counted, e.g. {@code "segments"}
   * @param value the measured size
   * @param limit the limit in the same unit, or {@code null} when the medium has none
   * @throws dev.empathy.InvalidInputException naming {@code unit} when it is null
   */
  public Length {
    checkNotNull(unit, "unit");
  }

  /** {@return the limit, if the medium has one} */
  public OptionalInt limitIfAny() {
    return limit == null ? OptionalInt.empty() : OptionalInt.of(limit);
  }
}
