package dev.empathy.phrase;

import java.util.Locale;

/**
 * What kind of moment a reply answers, beyond the customer's emotion: a light-hearted message (a
 * joke, a laugh), a bereavement, a reply whose action is its only step, a later turn of a
 * conversation, or an action that keeps the customer safe. Phrase variants declare
 * which moments they need or avoid in the phrasebook data, next to clause kinds and emotions
 * ({@code closing.2.fits = !grateful, !light}, {@code ack.light.1.fits = light},
 * {@code action.first.3.fits = done, !single-step}); see {@link Fit}.
 *
 * <pre>{@code
 * Fit fit = Fit.of(Emotion.NEUTRAL).with(Moment.LIGHT);
 * book.format("closing", fit, seed, turn, Map.of());   // never "If you have any other questions"
 * }</pre>
 */
public enum Moment {
  /** A light-hearted message: a joke, a laugh, a playful compliment. Answered with warmth, never an apology. */
  LIGHT("light"),
  /** A bereavement named in the situation: condolence first, never "Good news:". */
  LOSS("loss"),
  /** The reply has one step only (one action, no timeline or follow-up): no "First things first:". */
  SINGLE_STEP("single-step"),
  /**
   * A later turn of a conversation: the customer's feeling was acknowledged already, so the
   * acknowledgement says where things stand and never apologizes again for the same thing.
   */
  LATER("later"),
  /**
   * A grateful customer who also names a problem ("thanks to Mo, but my parcel is still late"):
   * the thanks is answered and the problem heard, never told back as good news.
   */
  MIXED("mixed"),
  /**
   * An action tells the customer how to stay safe ("stop using it and unplug it", "leave the house
   * now"): that instruction goes first and is said plainly, never after "Good news:".
   */
  SAFETY("safety");

  private final String label;

  Moment(String label) {
    this.label = label;
  }

  /**
   * The label used in phrasebook declarations.
   *
   * @return {@code light}, {@code loss}, {@code single-step}, {@code later}, {@code mixed} or {@code safety}
   */
  public String label() {
    return label;
  }

  /**
   * The moment with {@code label}.
   *
   * @param label a moment's label, in any case
   * @return the moment with that label
   * @throws IllegalArgumentException when the label is not a moment
   */
  public static Moment fromLabel(String label) {
    for (Moment m : values()) {
      if (m.label.equals(label.toLowerCase(Locale.ROOT))) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown moment \"" + label + "\"");
  }
}
