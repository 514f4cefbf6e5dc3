package dev.empathy.review;

import static dev.empathy.InvalidInputException.checkArgument;
import static dev.empathy.InvalidInputException.checkNotNull;

/**
 * One piece of friction language in a draft: where it is, why it grates, and a calmer rewrite that
 * fits the sentence.
 *
 * <pre>{@code
 * Review review = empathy.review("Per our policy, refunds take 10 days.");
 * FrictionFinding f = review.findings().get(0);
 * f.rule();       // "policy.per_policy"
 * f.category();   // POLICY_HIDING
 * f.text();       // "Per our policy"
 * f.suggestion(); // "Refunds take 10 days, and I’ll keep an eye on this for you."
 * }</pre>
 *
 * @param rule the rule id, stable across releases (e.g. {@code "vague.soon"})
 * @param category what kind of friction it is
 * @param severity how much it matters, after context (quotes, time words, refusals) was weighed
 * @param start UTF-16 offset of the first character in the draft, at a grapheme boundary
 * @param end UTF-16 offset after the last character (exclusive), at a grapheme boundary
 * @param text the draft's own text, {@code draft.substring(start, end)}
 * @param reason one line a support lead would agree with
 * @param suggestion a concrete rewrite of the sentence; text in [brackets] is for the agent to fill
 */
public record FrictionFinding(
    String rule,
    FrictionCategory category,
    Severity severity,
    int start,
    int end,
    String text,
    String reason,
    String suggestion) {

  /**
   * Validates the components.
   *
   * @param rule the rule id, e.g. {@code "vague.soon"}
   * @param category what kind of friction it is
   * @param severity how much it matters, after context was weighed
   * @param start UTF-16 offset of the first character in the draft
   * @param end UTF-16 offset after the last character, at least {@code start}
   * @param text the draft's own text between {@code start} and {@code end}
   * @param reason one line a support lead would agree with
   * @param suggestion a concrete rewrite of the sentence
   * @throws dev.empathy.InvalidInputException naming the component that is null, or {@code start}
   *     when the span is not {@code 0 <= start <= end}
   */
  public FrictionFinding {
    checkNotNull(rule, "rule");
    checkNotNull(category, "category");
    checkNotNull(severity, "severity");
    checkNotNull(text, "text");
    checkNotNull(reason, "reason");
    checkNotNull(suggestion, "suggestion");
    if (start < 0 || start > end) {
      // The offsets are boxed for the message only: a review makes a finding per match.
      checkArgument(false, "start %s and end %s must satisfy 0 <= start <= end", start, end);
    }
  }
}
