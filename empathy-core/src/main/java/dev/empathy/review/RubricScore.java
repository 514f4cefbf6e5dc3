package dev.empathy.review;

import static dev.empathy.InvalidInputException.checkArgument;
import static dev.empathy.InvalidInputException.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.empathy.signal.Evidence;
import java.util.List;

/**
 * How a draft does on one {@link Criterion}: a score, the spans it rests on, and a coaching note
 * that shows, with an example sentence, what good looks like.
 *
 * <pre>{@code
 * RubricScore s = empathy.review("It will be looked into.").rubric().get(Criterion.OWNERSHIP);
 * s.score(); // low
 * s.note();  // "Say who does what, in the first person. For example: “I’ve …”"
 * }</pre>
 *
 * @param criterion what is scored
 * @param score from 0 (absent) to 1 (done well)
 * @param evidence the spans of the draft the score rests on, in order
 * @param note a coaching note with an example sentence
 */
public record RubricScore(Criterion criterion, double score, List<Evidence> evidence, String note) {
  /**
   * Validates the components and copies {@code evidence}.
   *
   * @param criterion what is scored
   * @param score from 0 to 1
   * @param evidence the spans of the draft the score rests on
   * @param note a coaching note
   * @throws dev.empathy.InvalidInputException naming the component that is null, or {@code score}
   *     when it is outside [0, 1]
   */
  public RubricScore {
    checkNotNull(criterion, "criterion");
    checkArgument(score >= 0 && score <= 1, "score must be in [0, 1] but was %s", score);
    evidence = ImmutableList.copyOf(checkNotNull(evidence, "evidence"));
    checkNotNull(note, "note");
  }
}
