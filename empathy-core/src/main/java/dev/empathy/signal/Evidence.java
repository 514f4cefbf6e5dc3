package dev.empathy.signal;

import static dev.empathy.InvalidInputException.checkArgument;
import static dev.empathy.InvalidInputException.checkNotNull;

/**
 * The words a finding rests on: a span of the customer's original message.
 *
 * <pre>{@code
 * Evidence e = signals.escalation().signals().get(0).evidence().get(0);
 * message.substring(e.start(), e.end()).equals(e.text()); // always true
 * }</pre>
 *
 * @param start UTF-16 offset into the original message (inclusive), at a grapheme boundary
 * @param end UTF-16 offset (exclusive), at a grapheme boundary
 * @param text the span as the customer wrote it
 */
public record Evidence(int start, int end, String text) {
  /**
   * Validates the components.
   *
   * @param start UTF-16 offset into the original message (inclusive)
   * @param end UTF-16 offset (exclusive), at least {@code start}
   * @param text the span as the customer wrote it
   * @throws dev.empathy.InvalidInputException naming {@code evidence} when the span is not {@code 0
   *     <= start <= end}, or {@code text} when null
   */
  public Evidence {
    if (start < 0 || end < start) { // tested first: the varargs call would box and allocate on every span
      checkArgument(false, "evidence span must satisfy 0 <= start <= end but was [%s, %s)", start, end);
    }
    checkNotNull(text, "text");
  }
}
