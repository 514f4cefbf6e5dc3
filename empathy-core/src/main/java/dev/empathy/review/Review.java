package dev.empathy.review;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The result of reviewing one draft: friction findings with calmer rewrites, the empathy rubric,
 * an overall 0–100 score and coaching notes. Immutable.
 *
 * <pre>{@code
 * Review review = empathy.review("Per our policy, refunds take 10 days. You'll get it soon.");
 * for (FrictionFinding f : review.findings()) {
 *   System.out.println(f.severity().label() + " " + f.text() + " -> " + f.suggestion());
 * }
 * review.rubric().get(Criterion.EXPECTATIONS).score(); // low: no concrete time
 * review.score();                                      // 0..100
 * review.notes();                                      // the top coaching notes
 * }</pre>
 */
public final class Review {
  private final ImmutableList<FrictionFinding> findings;
  private final ImmutableMap<Criterion, RubricScore> rubric;
  private final int score;
  private final int empathyScore;
  /** Written on first read, once: {@link com.google.common.base.Suppliers#memoize} is thread-safe. */
  private final com.google.common.base.Supplier<ImmutableList<String>> notes;
  private final Locale locale;

  Review(
      ImmutableList<FrictionFinding> findings,
      ImmutableMap<Criterion, RubricScore> rubric,
      int score,
      int empathyScore,
      java.util.function.Supplier<ImmutableList<String>> notes,
      Locale locale) {
    this.findings = checkNotNull(findings);
    this.rubric = checkNotNull(rubric);
    this.score = score;
    this.empathyScore = empathyScore;
    this.notes = com.google.common.base.Suppliers.memoize(checkNotNull(notes)::get);
    this.locale = checkNotNull(locale);
  }

  /** {@return the friction findings, ordered by position in the draft} */
  public List<FrictionFinding> findings() {
    return findings;
  }

  /**
   * The findings of one category, in order.
   *
   * @param category a friction category
   * @return the findings of that category, in order; empty when none
   */
  public List<FrictionFinding> findings(FrictionCategory category) {
    ImmutableList.Builder<FrictionFinding> out = ImmutableList.builder();
    for (FrictionFinding f : findings) {
      if (f.category() == category) {
        out.add(f);
      }
    }
    return out.build();
  }

  /** {@return whether any finding has severity {@link Severity#ERROR}} */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /** {@return every criterion's score, evidence and note, in {@link Criterion} order} */
  public Map<Criterion, RubricScore> rubric() {
    return rubric;
  }

  /** {@return the overall score, 0–100, as {@link RubricWeights} describes} */
  public int score() {
    return score;
  }

  /**
   * How well the draft acknowledges the customer, 0–100, from validation alone: naming their
   * feeling, or their situation in their own words ("a third outage this week"), scores high
   * with or without an apology word; a bare apology scores in the middle; nothing, zero. Action,
   * ownership and timing are left to {@link #score()}.
   *
   * @return the acknowledgement score, 0–100
   */
  public int empathyScore() {
    return empathyScore;
  }

  /** {@return the most useful coaching notes for this draft, most important first} */
  public List<String> notes() {
    return notes.get();
  }

  /** {@return the locale whose rules and cues were used (after fallback)} */
  public Locale locale() {
    return locale;
  }

  @Override
  public String toString() {
    return "Review[score=" + score + ", empathyScore=" + empathyScore + ", " + findings.size() + " findings]";
  }
}
