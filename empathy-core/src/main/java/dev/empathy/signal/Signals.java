package dev.empathy.signal;

import static dev.empathy.InvalidInputException.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.empathy.Emotion;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a customer's message says about how they feel and how hot the conversation is, with the
 * evidence for each finding. Immutable.
 *
 * <pre>{@code
 * Signals s = empathy.analyze("3rd time asking!!! cancel my account if this isn't fixed by Friday");
 * s.primary();                   // FRUSTRATED
 * s.escalation().level();        // HIGH
 * s.suggestion().handoff();      // true
 * Reply reply = empathy.compose().acknowledge(s).action("…").build();
 * }</pre>
 *
 * @param locale the lexicon locale the message was read with (after fallback, e.g. {@code pt_BR})
 * @param primary the feeling to lead with; {@link Emotion#NEUTRAL} when nothing showed
 * @param emotions every feeling found, strongest first (empty when the message is neutral)
 * @param escalation the escalation level and its signals
 * @param suggestion what the reply should do about it
 * @param warnings what the reading could not do, in English, e.g. a message written in a language
 *     without a lexicon ({@code "text reads as Dutch (nl), a language without a lexicon: …"});
 *     empty for most messages; also when the text was too short to tell its language and it may
 *     be another one ({@code "text may be Spanish (es) …"})
 * @param language the language the text reads as: the language of {@code locale} when it was read
 *     with a lexicon, or the language detected when there is none for it ({@code nl} for Dutch,
 *     read only with the words every language shares, see {@code warnings})
 */
public record Signals(
    Locale locale,
    Emotion primary,
    List<EmotionFinding> emotions,
    Escalation escalation,
    Suggestion suggestion,
    List<String> warnings,
    Locale language) {
  /**
   * Validates the components and copies {@code emotions} and {@code warnings}.
   *
   * @param locale the lexicon locale the message was read with
   * @param primary the feeling to lead with
   * @param emotions every feeling found, strongest first
   * @param escalation the escalation level and its signals
   * @param suggestion what the reply should do about it
   * @param warnings what the reading could not do (empty for most messages)
   * @param language the language the text reads as
   * @throws dev.empathy.InvalidInputException naming the component that is null
   */
  public Signals {
    checkNotNull(locale, "locale");
    checkNotNull(primary, "primary");
    emotions = ImmutableList.copyOf(emotions);
    checkNotNull(escalation, "escalation");
    checkNotNull(suggestion, "suggestion");
    warnings = ImmutableList.copyOf(checkNotNull(warnings, "warnings"));
    checkNotNull(language, "language");
  }

  /**
   * Signals read in the language of their lexicon's locale.
   *
   * @param locale the lexicon locale the message was read with
   * @param primary the feeling to lead with
   * @param emotions every feeling found, strongest first
   * @param escalation the escalation level and its signals
   * @param suggestion what the reply should do about it
   * @param warnings what the reading could not do (empty for most messages)
   * @throws dev.empathy.InvalidInputException naming the component that is null
   */
  public Signals(
      Locale locale, Emotion primary, List<EmotionFinding> emotions, Escalation escalation, Suggestion suggestion, List<String> warnings) {
    this(locale, primary, emotions, escalation, suggestion, warnings, languageOf(locale));
  }

  /**
   * Signals without warnings.
   *
   * @param locale the lexicon locale the message was read with
   * @param primary the feeling to lead with
   * @param emotions every feeling found, strongest first
   * @param escalation the escalation level and its signals
   * @param suggestion what the reply should do about it
   * @throws dev.empathy.InvalidInputException naming the component that is null
   */
  public Signals(Locale locale, Emotion primary, List<EmotionFinding> emotions, Escalation escalation, Suggestion suggestion) {
    this(locale, primary, emotions, escalation, suggestion, List.of());
  }

  private static Locale languageOf(Locale locale) {
    return new Locale(checkNotNull(locale, "locale").getLanguage());
  }

  /**
   * The finding for {@code emotion}, if it was found.
   *
   * @param emotion a feeling
   * @return its finding, or empty when it was not found
   */
  public Optional<EmotionFinding> emotion(Emotion emotion) {
    return emotions.stream().filter(f -> f.label() == emotion).findFirst();
  }

  /** {@return the primary emotion's intensity, 0 when the message is neutral} */
  public double intensity() {
    return emotion(primary).map(EmotionFinding::intensity).orElse(0.0);
  }
}
