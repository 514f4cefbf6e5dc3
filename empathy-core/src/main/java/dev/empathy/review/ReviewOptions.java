package dev.empathy.review;

import static dev.empathy.InvalidInputException.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.empathy.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a team tunes the {@link Reviewer}: rules switched off, severities changed, its own banned
 * phrases with their rewrites, and the rubric's weights. Immutable. Rule ids are checked when the
 * reviewer is built (they depend on the locale), and an unknown id fails there, naming it.
 *
 * <pre>{@code
 * ReviewOptions options = ReviewOptions.builder()
 *     .disable("hedging.maybe")
 *     .severity("vague.soon", Severity.ERROR)
 *     .ban("no worries", "happy to help")
 *     .build();
 * Reviewer reviewer = empathy.reviewer(options);
 * }</pre>
 */
public final class ReviewOptions {
  private static final ReviewOptions DEFAULTS = builder().build();

  /**
   * A team's banned phrase.
   *
   * @param phrase the words to find (case-insensitive; punctuation between words is ignored)
   * @param replacement what to say instead, placed where the phrase was
   * @param reason the one-line reason shown with the finding
   * @param severity the finding's severity
   */
  public record BannedPhrase(String phrase, String replacement, String reason, Severity severity) {
    /**
     * Validates the components.
     *
     * @param phrase the words to find
     * @param replacement what to say instead
     * @param reason the one-line reason shown with the finding
     * @param severity the finding's severity
     * @throws dev.empathy.InvalidInputException naming the component that is null
     */
    public BannedPhrase {
      checkNotNull(phrase, "phrase");
      checkNotNull(replacement, "replacement");
      checkNotNull(reason, "reason");
      checkNotNull(severity, "severity");
    }
  }

  private final ImmutableSet<String> disabled;
  private final ImmutableMap<String, Severity> severities;
  private final ImmutableList<BannedPhrase> banned;
  private final RubricWeights weights;

  private ReviewOptions(Builder b) {
    this.disabled = ImmutableSet.copyOf(b.disabled);
    this.severities = ImmutableMap.copyOf(b.severities);
    this.banned = ImmutableList.copyOf(b.banned);
    this.weights = b.weights;
  }

  /**
   * {@return the default options: every rule on, data severities, no team phrases,
   * {@link RubricWeights#defaults()}}
   */
  public static ReviewOptions defaults() {
    return DEFAULTS;
  }

  /** {@return a builder starting from {@link #defaults()}} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the ids of the rules switched off} */
  public Set<String> disabled() {
    return disabled;
  }

  /** {@return severity overrides by rule id} */
  public Map<String, Severity> severities() {
    return severities;
  }

  /** {@return the team's banned phrases, in the order added} */
  public List<BannedPhrase> banned() {
    return banned;
  }

  /** {@return the rubric's weights and penalties} */
  public RubricWeights weights() {
    return weights;
  }

  /** {@return a builder starting from these options} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.disabled.addAll(disabled);
    b.severities.putAll(severities);
    b.banned.addAll(banned);
    b.weights = weights;
    return b;
  }

  /** For logs: {@code ReviewOptions[disabled=[…], severities={…}, banned=2 phrases, weights=…]}. */
  @Override
  public String toString() {
    return "ReviewOptions[disabled=" + disabled + ", severities=" + severities + ", banned="
        + banned.size() + " phrases, weights=" + weights + "]";
  }

  /** Collects options; validates each value as it is set. */
  public static final class Builder {
    private final Set<String> disabled = new LinkedHashSet<>();
    private final Map<String, Severity> severities = new LinkedHashMap<>();
    private final java.util.List<BannedPhrase> banned = new java.util.ArrayList<>();
    private RubricWeights weights = RubricWeights.defaults();

    private Builder() {}

    /**
     * Switches a rule off, e.g. {@code "minimising.just"}.
     *
     * @param ruleId the rule's id, as {@link Reviewer#rules()} lists it
     * @return this builder
     * @throws InvalidInputException naming {@code rule} when the id is blank
     */
    public Builder disable(String ruleId) {
      disabled.add(requireId(ruleId));
      return this;
    }

    /**
     * Changes a rule's base severity; context (quotes, time words) still raises or lowers it.
     *
     * @param ruleId the rule's id, as {@link Reviewer#rules()} lists it
     * @param severity the new base severity
     * @return this builder
     * @throws InvalidInputException naming {@code rule} or {@code severity}
     */
    public Builder severity(String ruleId, Severity severity) {
      if (severity == null) {
        throw InvalidInputException.forRule("severity", "must not be null");
      }
      severities.put(requireId(ruleId), severity);
      return this;
    }

    /**
     * Bans a phrase, with what to say instead, at {@link Severity#WARNING}.
     *
     * @param phrase the words to find (case-insensitive)
     * @param replacement what to say instead
     * @return this builder
     * @throws InvalidInputException naming {@code phrase} or {@code replacement} when blank
     */
    public Builder ban(String phrase, String replacement) {
      return ban(phrase, replacement, null, Severity.WARNING);
    }

    /**
     * Bans a phrase with its replacement, a reason (null for a default reason) and a severity.
     *
     * @param phrase the words to find (case-insensitive)
     * @param replacement what to say instead
     * @param reason the one-line reason shown with the finding, or null for the default
     * @param severity the finding's severity
     * @return this builder
     * @throws InvalidInputException naming {@code phrase}, {@code replacement} or {@code severity}
     */
    public Builder ban(String phrase, String replacement, String reason, Severity severity) {
      if (phrase == null || phrase.isBlank() || !phrase.codePoints().anyMatch(Character::isLetterOrDigit)) {
        throw new InvalidInputException("phrase", "phrase must contain at least one letter or digit but was \"" + phrase + "\"");
      }
      if (replacement == null) {
        throw InvalidInputException.forRule("replacement", "must not be null");
      }
      if (severity == null) {
        throw InvalidInputException.forRule("severity", "must not be null");
      }
      String why = reason == null || reason.isBlank() ? "Your team has asked not to use “" + phrase.strip() + "”." : reason.strip();
      banned.add(new BannedPhrase(phrase.strip(), replacement.strip(), why, severity));
      return this;
    }

    /**
     * The rubric's weights and penalties.
     *
     * @param weights the weights
     * @return this builder
     */
    public Builder weights(RubricWeights weights) {
      this.weights = checkNotNull(weights, "weights");
      return this;
    }

    /** {@return the options; rule ids are checked when a reviewer is built with them} */
    public ReviewOptions build() {
      return new ReviewOptions(this);
    }

    private static String requireId(String ruleId) {
      if (ruleId == null || ruleId.isBlank()) {
        throw InvalidInputException.forRule("rule", "must not be blank");
      }
      return ruleId.strip();
    }
  }
}
