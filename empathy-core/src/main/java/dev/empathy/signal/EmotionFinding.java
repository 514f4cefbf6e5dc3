package dev.empathy.signal;

import static dev.empathy.InvalidInputException.checkArgument;
import static dev.empathy.InvalidInputException.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.empathy.Emotion;
import java.util.List;

/**
 * One feeling found in a message, how strongly it shows, and where.
 *
 * <pre>{@code
 * EmotionFinding f = empathy.analyze("I'm SO fed up!!!").emotions().get(0);
 * f.label();     // FRUSTRATED
 * f.intensity(); // 0.9
 * f.evidence();  // [Evidence[start=7, end=13, text=fed up], ...]
 * }</pre>
 *
 * @param label the feeling, from the composer's vocabulary
 * @param intensity how strongly it shows, in [0, 1], rounded to two decimals
 * @param evidence the spans it rests on, in text order
 */
public record EmotionFinding(Emotion label, double intensity, List<Evidence> evidence) {
  /**
   * Validates the components and copies {@code evidence}.
   *
   * @param label the feeling
   * @param intensity how strongly it shows, in [0, 1]
   * @param evidence the spans it rests on, in text order
   * @throws dev.empathy.InvalidInputException naming {@code label} when null, or {@code intensity}
   *     when outside [0, 1]
   */
  public EmotionFinding {
    checkNotNull(label, "label");
    checkArgument(intensity >= 0 && intensity <= 1, "intensity must be in [0, 1] but was %s", intensity);
    evidence = ImmutableList.copyOf(evidence);
  }
}
