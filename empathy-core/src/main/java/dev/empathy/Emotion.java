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
  /** Irritated that something is not working or is taking too long ("this is the third time"). */
  FRUSTRATED("frustrated"),
  /** Angry: hostile words, shouting, threats to leave or to complain. */
  ANGRY("angry"),
  /** Worried about what will happen: money, a deadline, a missing parcel. */
  ANXIOUS("anxious"),
  /** Does not understand what happened or what to do next. */
  CONFUSED("confused"),
  /** Expected better from us and says so ("I was really looking forward to this"). */
  DISAPPOINTED("disappointed"),
  /** Sad or hurt, often about something personal behind the ticket. */
  SAD("sad"),
  /** Short of time: needs an answer now or by a stated deadline. */
  PRESSED_FOR_TIME("pressed-for-time"),
  /** No feeling stands out; the message is a plain request. */
  NEUTRAL("neutral"),
  /** Thanks us or is pleased with the help. */
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

  /**
   * {@return the stable wire label used in JSON and phrase keys, e.g. {@code "pressed-for-time"}}
   */
  public String label() {
    return label;
  }

  /**
   * Parses a label. Case, surrounding blanks and {@code _} in place of {@code -} are tolerated.
   *
   * @param label the wire label, e.g. {@code "pressed-for-time"} or {@code "PRESSED_FOR_TIME"}
   * @return the emotion with that label
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
