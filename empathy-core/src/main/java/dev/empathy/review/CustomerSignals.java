package dev.empathy.review;

import dev.empathy.Emotion;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the rubric gets the customer's emotion and urgency from: the Listen side of the library.
 * Kept as a one-method seam so the reviewer does not care how the signals are found.
 */
@FunctionalInterface
interface CustomerSignals {
  /** The emotion (empty when neutral or unknown) and whether the message is urgent. */
  record Reading(Optional<Emotion> emotion, boolean urgent) {}

  CustomerSignals NONE = (text, locale) -> new Reading(Optional.empty(), false);

  Reading read(String customerText, Locale locale);
}
