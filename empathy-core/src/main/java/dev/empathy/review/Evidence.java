package dev.empathy.review;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A span of the draft a rubric score rests on.
 *
 * <pre>{@code
 * RubricScore ownership = review.rubric().get(Criterion.OWNERSHIP);
 * Evidence e = ownership.evidence().get(0);
 * draft.substring(e.start(), e.end()).equals(e.text()); // true
 * }</pre>
 *
 * @param start UTF-16 offset into the draft, at a grapheme boundary
 * @param end UTF-16 offset after the span (exclusive)
 * @param text the draft's text in that span
 */
public record Evidence(int start, int end, String text) {
  public Evidence {
    checkNotNull(text, "text");
    checkArgument(0 <= start && start <= end, "start %s and end %s must satisfy 0 <= start <= end", start, end);
  }
}
