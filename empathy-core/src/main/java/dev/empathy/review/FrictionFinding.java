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
 * <p>Immutable and thread-safe; the suggestion is built on first use (a caller that reads only the
 * score or the spans never pays for the rewrites). Equality, hash and string form are a record's
 * of the eight components.
 */
public final class FrictionFinding {
  private final String rule;
  private final FrictionCategory category;
  private final Severity severity;
  private final int start;
  private final int end;
  private final String text;
  private final String reason;
  /** The rewrite, once built: a review makes findings its caller may never ask to rewrite. */
  private String suggestion;
  /** What builds {@link #suggestion} on first use; null when it was given. */
  private final Rewrite.Pending pending;

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
  public FrictionFinding(
      String rule, FrictionCategory category, Severity severity, int start, int end, String text, String reason, String suggestion) {
    this(rule, category, severity, start, end, text, reason, checkNotNull(suggestion, "suggestion"), null);
  }

  /** A finding whose suggestion {@code pending} builds when first asked for. */
  static FrictionFinding pending(
      String rule, FrictionCategory category, Severity severity, int start, int end, String text, String reason, Rewrite.Pending pending) {
    return new FrictionFinding(rule, category, severity, start, end, text, reason, null, checkNotNull(pending, "suggestion"));
  }

  /** {@return the rewrite still to build, or null when the suggestion is fixed text} */
  Rewrite.Pending pendingRewrite() {
    return pending;
  }

  /** {@return this finding with its rewrite built from {@code rewrite} instead} */
  FrictionFinding withRewrite(Rewrite.Pending rewrite) {
    return new FrictionFinding(rule, category, severity, start, end, text, reason, null, checkNotNull(rewrite, "rewrite"));
  }

  private FrictionFinding(
      String rule,
      FrictionCategory category,
      Severity severity,
      int start,
      int end,
      String text,
      String reason,
      String suggestion,
      Rewrite.Pending pending) {
    checkNotNull(rule, "rule");
    checkNotNull(category, "category");
    checkNotNull(severity, "severity");
    checkNotNull(text, "text");
    checkNotNull(reason, "reason");
    if (start < 0 || start > end) {
      // The offsets are boxed for the message only: a review makes a finding per match.
      checkArgument(false, "start %s and end %s must satisfy 0 <= start <= end", start, end);
    }
    this.rule = rule;
    this.category = category;
    this.severity = severity;
    this.start = start;
    this.end = end;
    this.text = text;
    this.reason = reason;
    this.suggestion = suggestion;
    this.pending = pending;
  }

  /** {@return the rule id, stable across releases (e.g. {@code "vague.soon"})} */
  public String rule() {
    return rule;
  }

  /** {@return what kind of friction it is} */
  public FrictionCategory category() {
    return category;
  }

  /** {@return how much it matters, after context (quotes, time words, refusals) was weighed} */
  public Severity severity() {
    return severity;
  }

  /** {@return the UTF-16 offset of the first character in the draft, at a grapheme boundary} */
  public int start() {
    return start;
  }

  /** {@return the UTF-16 offset after the last character (exclusive), at a grapheme boundary} */
  public int end() {
    return end;
  }

  /** {@return the draft's own text, {@code draft.substring(start, end)}} */
  public String text() {
    return text;
  }

  /** {@return one line a support lead would agree with} */
  public String reason() {
    return reason;
  }

  /**
   * {@return a concrete rewrite of the sentence; text in [brackets] is for the agent to fill}
   * Built from the rule's template and the sentence on first call (the same text every time).
   */
  public String suggestion() {
    String s = suggestion;
    if (s == null) {
      // Safe to race: a thread that sees no string yet builds the same one from immutable inputs
      // (a string is safely published through its final fields), and pending is never cleared.
      s = pending.build();
      suggestion = s;
    }
    return s;
  }

  /**
   * Equal when every component is, as a record's {@code equals}.
   *
   * @param o another object
   * @return true when {@code o} is a finding with equal components
   */
  @Override
  public boolean equals(Object o) {
    return o == this
        || (o instanceof FrictionFinding f
            && start == f.start
            && end == f.end
            && rule.equals(f.rule)
            && category == f.category
            && severity == f.severity
            && text.equals(f.text)
            && reason.equals(f.reason)
            && suggestion().equals(f.suggestion()));
  }

  /** {@return the hash a record of these components would have} */
  @Override
  public int hashCode() {
    int h = rule.hashCode();
    h = 31 * h + category.hashCode();
    h = 31 * h + severity.hashCode();
    h = 31 * h + Integer.hashCode(start);
    h = 31 * h + Integer.hashCode(end);
    h = 31 * h + text.hashCode();
    h = 31 * h + reason.hashCode();
    return 31 * h + suggestion().hashCode();
  }

  /** {@return the components as a record prints them} */
  @Override
  public String toString() {
    return "FrictionFinding[rule=" + rule + ", category=" + category + ", severity=" + severity + ", start=" + start + ", end=" + end
        + ", text=" + text + ", reason=" + reason + ", suggestion=" + suggestion() + "]";
  }
}
