package dev.empathy;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;

/**
 * The fixed vocabulary of feelings the library listens for and acknowledges.
 *
 * <pre>{@code
 * Emotion e = Emotion.fromLabel("pressed-for-time"); // PRESSED_FOR_TIME
 * e.label();                                         // "pressed-for-time"
 * }</pre>
 */
public enum Emotion {
  FRUSTRATED("frustrated"),
  ANGRY("angry"),
  ANXIOUS("anxious"),
  CONFUSED("confused"),
  DISAPPOINTED("disappointed"),
  SAD("sad"),
  PRESSED_FOR_TIME("pressed-for-time"),
  NEUTRAL("neutral"),
  GRATEFUL("grateful");

  private static final ImmutableMap<String, Emotion> BY_LABEL;

  static {
    ImmutableMap.Builder<String, Emotion> b = ImmutableMap.builder();
    for (Emotion e : values()) {
      b.put(e.label, e);
    }
    BY_LABEL = b.buildOrThrow();
  }

  private final String label;

  Emotion(String label) {
    this.label = label;
  }

  /** The stable wire label used in JSON and phrase keys, e.g. {@code "pressed-for-time"}. */
  public String label() {
    return label;
  }

  /**
   * Parses a label. Case, surrounding blanks and {@code _} in place of {@code -} are tolerated.
   *
   * @throws InvalidInputException naming {@code emotion} when the label is not in the vocabulary
   */
  public static Emotion fromLabel(String label) {
    if (label == null || label.isBlank()) {
      throw InvalidInputException.forRule("emotion", "must not be blank");
    }
    Emotion e = BY_LABEL.get(label.strip().toLowerCase(Locale.ROOT).replace('_', '-'));
    if (e == null) {
      throw new InvalidInputException(
          "emotion", "emotion must be one of " + BY_LABEL.keySet() + " but was \"" + label + "\"");
    }
    return e;
  }

  @Override
  public String toString() {
    return label;
  }
}
