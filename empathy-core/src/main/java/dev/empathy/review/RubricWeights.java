package dev.empathy.review;

import static dev.empathy.InvalidInputException.checkNotNull;

import com.google.common.collect.ImmutableMap;
import dev.empathy.InvalidInputException;
import java.util.EnumMap;
import java.util.Map;

/**
 * How the rubric's criteria add up to the overall 0–100 score. Immutable; every {@code with…}
 * returns a new instance.
 *
 * <p>The score is the weighted mean of the criterion scores, times 100, minus a penalty for each
 * friction finding ({@link #errorPenalty()} points per error, {@link #warningPenalty()} per
 * warning), clamped to 0–100 and rounded. A criterion that does not apply to a reply (no follow-up
 * is needed for a thank-you note) is left out of the mean. The defaults:
 *
 * <table>
 *   <caption>Default weights</caption>
 *   <tr><th>criterion</th><th>weight</th></tr>
 *   <tr><td>validation</td><td>15</td></tr>
 *   <tr><td>summary</td><td>10</td></tr>
 *   <tr><td>ownership</td><td>15</td></tr>
 *   <tr><td>actionNow</td><td>15</td></tr>
 *   <tr><td>expectations</td><td>15</td></tr>
 *   <tr><td>followThrough</td><td>10</td></tr>
 *   <tr><td>clarity</td><td>10</td></tr>
 *   <tr><td>dignity</td><td>10</td></tr>
 *   <tr><td>error penalty</td><td>8 points each</td></tr>
 *   <tr><td>warning penalty</td><td>3 points each</td></tr>
 * </table>
 *
 * <pre>{@code
 * RubricWeights w = RubricWeights.defaults().with(Criterion.CLARITY, 20).warningPenalty(2);
 * Reviewer r = empathy.reviewer(ReviewOptions.builder().weights(w).build());
 * }</pre>
 */
public final class RubricWeights {
  private static final RubricWeights DEFAULTS =
      new RubricWeights(
          ImmutableMap.<Criterion, Double>builder()
              .put(Criterion.VALIDATION, 15.0)
              .put(Criterion.SUMMARY, 10.0)
              .put(Criterion.OWNERSHIP, 15.0)
              .put(Criterion.ACTION_NOW, 15.0)
              .put(Criterion.EXPECTATIONS, 15.0)
              .put(Criterion.FOLLOW_THROUGH, 10.0)
              .put(Criterion.CLARITY, 10.0)
              .put(Criterion.DIGNITY, 10.0)
              .buildOrThrow(),
          8,
          3);

  private final ImmutableMap<Criterion, Double> weights;
  private final double errorPenalty;
  private final double warningPenalty;

  private RubricWeights(ImmutableMap<Criterion, Double> weights, double errorPenalty, double warningPenalty) {
    this.weights = weights;
    this.errorPenalty = errorPenalty;
    this.warningPenalty = warningPenalty;
  }

  /** {@return the documented defaults (see the table above)} */
  public static RubricWeights defaults() {
    return DEFAULTS;
  }

  /**
   * A copy with {@code criterion} weighted {@code weight} (0 leaves it out of the score).
   *
   * @param criterion the criterion
   * @param weight its weight, 0 or more
   * @return the copy
   * @throws InvalidInputException naming {@code weights} when the weight is negative, not finite,
   *     or leaves every criterion at 0
   */
  public RubricWeights with(Criterion criterion, double weight) {
    checkNotNull(criterion, "criterion");
    if (!(weight >= 0) || Double.isInfinite(weight)) {
      throw new InvalidInputException(
          "weights", "weights." + criterion.key() + " must be a finite number >= 0 but was " + weight);
    }
    Map<Criterion, Double> m = new EnumMap<>(weights);
    m.put(criterion, weight);
    if (m.values().stream().allMatch(v -> v == 0)) {
      throw new InvalidInputException("weights", "weights must give at least one criterion a weight above 0");
    }
    return new RubricWeights(ImmutableMap.copyOf(m), errorPenalty, warningPenalty);
  }

  /**
   * A copy that takes {@code points} off the score for each error finding.
   *
   * @param points the points, 0 or more
   * @return the copy
   */
  public RubricWeights errorPenalty(double points) {
    return new RubricWeights(weights, penalty("errorPenalty", points), warningPenalty);
  }

  /**
   * A copy that takes {@code points} off the score for each warning finding.
   *
   * @param points the points, 0 or more
   * @return the copy
   */
  public RubricWeights warningPenalty(double points) {
    return new RubricWeights(weights, errorPenalty, penalty("warningPenalty", points));
  }

  /**
   * The weight of {@code criterion}.
   *
   * @param criterion the criterion
   * @return its weight, 0 or more
   */
  public double weight(Criterion criterion) {
    return weights.get(criterion);
  }

  /** {@return all weights, in criterion order} */
  public Map<Criterion, Double> weights() {
    return weights;
  }

  /** {@return points off per error finding} */
  public double errorPenalty() {
    return errorPenalty;
  }

  /** {@return points off per warning finding} */
  public double warningPenalty() {
    return warningPenalty;
  }

  private static double penalty(String field, double points) {
    if (!(points >= 0) || points > 100) {
      throw new InvalidInputException(field, field + " must be between 0 and 100 but was " + points);
    }
    return points;
  }

  @Override
  public String toString() {
    return "RubricWeights" + weights + ", errorPenalty=" + errorPenalty + ", warningPenalty=" + warningPenalty;
  }
}
