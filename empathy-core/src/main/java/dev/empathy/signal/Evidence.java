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

  // equals and hashCode are written out: a record's generated ones bootstrap method handles on
  // first use, which a one-line CLI run paid for (cold start, issue 15). Same values as generated.

  /**
   * Evidence is equal to another with the same span and text.
   *
   * @param o the object to compare with
   * @return whether {@code o} is evidence with the same start, end and text
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Evidence e && e.start == start && e.end == end && e.text.equals(text);
  }

  /**
   * A hash of the span and text, as a record's generated hash combines its components.
   *
   * @return {@code (31 * start + end) * 31 + text.hashCode()}
   */
  @Override
  public int hashCode() {
    return (31 * start + end) * 31 + text.hashCode();
  }
}
