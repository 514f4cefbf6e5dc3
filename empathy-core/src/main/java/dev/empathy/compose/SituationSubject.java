package dev.empathy.compose;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The subject a situation typed without one gets when it is restated ({@code situation.subject},
 * {@code situation.youStarts}, {@code situation.you} in {@code clauses_<language>.properties}):
 * "ordered a large, got a small" is the customer's own sentence, "you ordered a large and got a
 * small". A language without the data gets no subject (the situation is kept as typed).
 */
record SituationSubject(
    String subject, String subjectBeforeYou, ImmutableSet<String> starts, ImmutableMap<String, String> forms, String coordinator,
    ImmutableSet<String> sorryEmotions, ImmutableSet<String> notSorryWords) {
  private static final Map<String, SituationSubject> BY_LANGUAGE = new ConcurrentHashMap<>();
  private static final Splitter LIST = Splitter.on(',').trimResults().omitEmptyStrings();

  static SituationSubject forLocale(Locale locale) {
    return BY_LANGUAGE.computeIfAbsent(locale.getLanguage(), SituationSubject::load);
  }

  private static SituationSubject load(String language) {
    String path = ClauseData.path(language);
    Properties p = ClauseData.of(language);
    ImmutableMap.Builder<String, String> forms = ImmutableMap.builder();
    for (String pair : LIST.split(p.getProperty("situation.you", ""))) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new IllegalStateException(path + ": situation.you entry \"" + pair + "\" must be word=words");
      }
      forms.put(CallerClauses.folded(pair.substring(0, eq).strip()), pair.substring(eq + 1).strip());
    }
    ImmutableSet<String> starts = LIST.splitToStream(p.getProperty("situation.youStarts", ""))
        .map(CallerClauses::folded).collect(ImmutableSet.toImmutableSet());
    String coordinator = LIST.splitToStream(p.getProperty("noteCoordinators", "")).findFirst().orElse("");
    return new SituationSubject(p.getProperty("situation.subject", "").strip(),
        p.getProperty("situation.subjectBeforeYou", p.getProperty("situation.subject", "")).strip(), starts, forms.buildOrThrow(), coordinator,
        LIST.splitToStream(p.getProperty("situation.sorryEmotions", "")).collect(ImmutableSet.toImmutableSet()),
        LIST.splitToStream(p.getProperty("situation.notSorryWords", "")).map(CallerClauses::folded).collect(ImmutableSet.toImmutableSet()));
  }

  /**
   * True when the acknowledgement of a customer feeling {@code emotion} says the restated sentence
   * {@code told} itself ({@code ack.clause}: "I’m so sorry your pizza showed up cold"): for the
   * emotions of {@code situation.sorryEmotions}, unless a word of {@code situation.notSorryWords}
   * makes "sorry" read as doubting them ("I’m sorry you think someone hacked your account"), or
   * the text holds more than one sentence ("Wi-Fi; the router keeps dropping …").
   */
  boolean sorryFor(String emotion, String told) {
    if (!sorryEmotions.contains(emotion) || told == null || told.isBlank()) {
      return false;
    }
    // One sentence only: "Wi-Fi; the router keeps dropping…" or a question is restated, not said after "sorry".
    String body = told.strip();
    int inner = body.length() - 1;
    while (inner > 0 && ".!?…".indexOf(body.charAt(inner)) >= 0) {
      inner--;
    }
    for (int i = 0; i <= inner; i++) {
      char c = body.charAt(i);
      if (c == ';' || c == ':' || c == '?' || c == '!' || c == '\n' || (c == '.' && i + 1 <= inner && body.charAt(i + 1) == ' ')) {
        return false;
      }
    }
    for (String word : told.split("[^\\p{L}’'-]+")) {
      if (notSorryWords.contains(CallerClauses.folded(word))) {
        return false;
      }
    }
    return true;
  }
}
