package dev.empathy.compose;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The nouns of a caller's text written with their capital in a language that capitalises every
 * noun (German), when the customer typed them in lower case: "meine bestellung ist nicht
 * angekommen" is said back "Ihre Bestellung ist nicht angekommen", never "Ihre bestellung". A noun
 * is told by structure, from the data of {@code nounCase.*} in {@code clauses_<language>.properties}:
 * the word after a determiner ("die", "mein", "zum", a number), past adjectives with an adjective
 * ending ("die kaputte kaffeemaschine" → "die kaputte Kaffeemaschine"), or a word with a noun
 * ending ("-ung", "-heit", "-keit", "-tät") anywhere. A word the data knows as a verb, pronoun or
 * function word ("die haben", "die ich kenne") is never capitalised: no guess on verbs. A language
 * without the data keeps every text.
 *
 * <pre>{@code
 * NounCapitals de = NounCapitals.forLocale(Locale.GERMAN);
 * de.capitalised("Ihre bestellung ist nicht angekommen");   // "Ihre Bestellung ist nicht angekommen"
 * de.capitalised("die abbuchung die ich nicht kenne");      // "die Abbuchung die ich nicht kenne"
 * de.capitalised("das haben Sie");                          // the same text
 * }</pre>
 */
final class NounCapitals {
  private static final Map<String, NounCapitals> BY_LANGUAGE = new ConcurrentHashMap<>();
  private static final Splitter LIST = Splitter.on(',').trimResults().omitEmptyStrings();
  /** At most this many adjectives between a determiner and its noun ("die neue schnelle kaffeemaschine"). */
  private static final int MAX_ADJECTIVES = 3;

  private final Locale locale;
  /** Determiners as typed ("Ihr" but not the pronoun "ihr"), matched as typed or with a lower-case first letter. */
  private final ImmutableSet<String> determiners;
  private final String[] adjectiveEndings;
  private final String[] nounEndings;
  /** Lower-case words never capitalised: verbs, pronouns, prepositions, conjunctions, adverbs. */
  private final ImmutableSet<String> stops;
  /** Auxiliaries and modals that open a verb bracket ({@code nounCase.verbBracket}: "habe", "möchte", "musste"). */
  private final ImmutableSet<String> verbBracket;
  /**
   * Words that are nouns wherever they stand ({@code nounCase.nouns}: "bescheid" in "ohne mir
   * bescheid zu geben" is "Bescheid"), though no determiner comes before them.
   */
  private final ImmutableSet<String> alwaysNouns;
  /**
   * A part of the day right after a day ({@code nounCase.dayParts} after {@code nounCase.dayPartsAfter}):
   * "heute morgen" is "heute Morgen", while "morgen" alone is the adverb ("bis morgen").
   */
  private final ImmutableSet<String> dayParts;
  private final ImmutableSet<String> dayPartsAfter;

  private NounCapitals(Locale locale, Properties p) {
    this.locale = locale;
    this.determiners = ImmutableSet.copyOf(LIST.split(p.getProperty("nounCase.determiners", "")));
    this.adjectiveEndings = LIST.splitToList(p.getProperty("nounCase.adjectiveEndings", "")).toArray(new String[0]);
    String[] endings = LIST.splitToList(p.getProperty("nounCase.nounEndings", "")).toArray(new String[0]);
    java.util.Arrays.sort(endings, (a, b) -> b.length() - a.length());
    this.nounEndings = endings;
    ImmutableSet.Builder<String> s = ImmutableSet.builder();
    for (String key : LIST.split(p.getProperty("nounCase.stopsFrom", ""))) {
      for (String entry : LIST.split(p.getProperty(key, ""))) {
        // "person.formal" lists pairs ("habe=haben"): both sides are verbs; a phrase ("du kannst") is two words.
        for (String side : entry.split("=")) {
          for (String word : side.strip().split("\\s+")) {
            if (!word.isEmpty()) {
              s.add(word.toLowerCase(locale));
            }
          }
        }
      }
    }
    s.addAll(ClauseData.words(p, locale, "nounCase.stops"));
    this.stops = s.build();
    this.verbBracket = ClauseData.words(p, locale, "nounCase.verbBracket");
    this.alwaysNouns = ClauseData.words(p, locale, "nounCase.nouns");
    this.dayParts = ClauseData.words(p, locale, "nounCase.dayParts");
    this.dayPartsAfter = ClauseData.words(p, locale, "nounCase.dayPartsAfter");
  }

  static NounCapitals forLocale(Locale locale) {
    return ClauseData.shared(BY_LANGUAGE, locale, NounCapitals::new);
  }

  /** Whether the language has the data at all: without it every text is kept. */
  boolean capitalises() {
    return !determiners.isEmpty() || nounEndings.length > 0;
  }

  /**
   * {@code text} with the nouns typed in lower case capitalised; the same instance when there is
   * none (or no data, or null).
   */
  String capitalised(String text) {
    return capitalised(text, false);
  }

  /**
   * As {@link #capitalised(String)} for an agent's note, which names its thing without a
   * determiner: a note's first word with an adjective ending opens the noun phrase as a
   * determiner would ("Neues geschenk ist unterwegs" → "Neues Geschenk ist unterwegs"), unless
   * the word after it ends as a verb does ("Router geht nicht" stays).
   */
  String capitalisedNote(String text) {
    return capitalised(text, true);
  }

  /**
   * A strong participle, its separable particle first or not ("aufgehoben", "abgeschlossen",
   * "gegeben"), or with an inseparable prefix and no "ge" ("zurücküberwiesen", "erhalten", "verloren").
   */
  private static final java.util.regex.Pattern STRONG_PARTICIPLE =
      java.util.regex.Pattern.compile("[a-zäöü]{0,7}(?:ge|be|ver|er|über|zer|ent|emp)[a-zäöüß]{2,}en");

  private String capitalised(String text, boolean note) {
    if (text == null || !capitalises()) {
      return text;
    }
    int n = text.length();
    char[] out = null;
    int i = 0;
    // Whether the words read so far open a noun phrase whose noun is still to come, and how.
    boolean afterDeterminer = false;
    boolean afterNumber = false;
    boolean counted = false;
    // After a note's opening adjective ("Neues geschenk"): a word ending in "-t" is its verb, not its noun.
    boolean leading = false;
    int adjectives = 0;
    while (i < n) {
      int start = i;
      while (i < n && !wordChar(text.charAt(i))) {
        i++;
      }
      String gap = text.substring(start, i);
      // "zum 4. mal": an ordinal's full stop does not end the phrase.
      boolean joined = gap.equals(" ") || afterNumber && gap.equals(". ") || start == 0 && i == 0;
      afterNumber = false;
      if (!joined) {
        afterDeterminer = false; // punctuation, a quote or a line break ends a noun phrase
      }
      if (i == n) {
        break;
      }
      int wordStart = i;
      while (i < n && wordChar(text.charAt(i))) {
        i++;
      }
      // A word with a digit, an apostrophe or a sign right after it ("2x", "sch***", "@jess") is not a noun to touch.
      boolean plain = i == n || text.charAt(i) == ' ' || ",.;:!?)“”\"»«„".indexOf(text.charAt(i)) >= 0;
      String word = text.substring(wordStart, i);
      if (number(word) && plain) {
        // "seit 5 tagen", "zum 4. mal": a count is followed by its noun, as a determiner is; not
        // a price's cents ("49,99") nor a word ending as a participle does ("3 mal abgebucht").
        afterNumber = true;
        boolean count = wordStart == 0 || text.charAt(wordStart - 1) == ' ';
        afterDeterminer = count || afterDeterminer && joined;
        counted = count;
        adjectives = 0;
        continue;
      }
      if (!letters(word) || !plain) {
        afterDeterminer = false;
        continue;
      }
      // A word inside an address or a path ("example.de/die seite") opens no noun phrase.
      boolean opens = wordStart == 0 || " \n\t„\"“«(".indexOf(text.charAt(wordStart - 1)) >= 0;
      if (opens && determiner(word)) {
        afterDeterminer = true;
        counted = false;
        leading = false;
        adjectives = 0;
        continue;
      }
      String lower = word.toLowerCase(locale);
      if (note && wordStart == 0 && adjectiveEnding(lower) && !stops.contains(lower) && !nounEnding(lower)) {
        afterDeterminer = true;
        counted = false;
        leading = true;
        adjectives = 1;
        continue;
      }
      boolean lowerCase = Character.isLowerCase(word.charAt(0));
      if (lowerCase && (alwaysNouns.contains(lower) || dayParts.contains(lower) && dayPartsAfter.contains(previousWord(text, wordStart)))) {
        afterDeterminer = false;
        leading = false;
        if (out == null) {
          out = text.toCharArray();
        }
        out[wordStart] = Character.toUpperCase(text.charAt(wordStart));
        continue;
      }
      if (stops.contains(lower)) {
        afterDeterminer = false;
        continue;
      }
      boolean noun = nounEnding(lower);
      if (!noun && afterDeterminer && lowerCase && (counted || leading)
          && (lower.endsWith("t") || STRONG_PARTICIPLE.matcher(lower).matches() && (i == n || ",.;:!?".indexOf(text.charAt(i)) >= 0))) {
        afterDeterminer = false; // "2 mal abgebucht", "Sperre aufgehoben": a participle, not a noun
        continue;
      }
      if (!noun && afterDeterminer && lowerCase && adjectives == 0 && verbAtClauseEnd(text, "", lower, i)) {
        afterDeterminer = false; // "können Sie das prüfen?", "dass wir das prüfen": "das" is the object, "prüfen" its verb
        continue;
      }
      if (!noun && afterDeterminer && lowerCase) {
        noun = !(adjectives < MAX_ADJECTIVES && adjectiveEnding(lower) && nounFollows(text, i, lower));
        if (!noun) {
          adjectives++;
          continue;
        }
      }
      afterDeterminer = false;
      leading = false;
      if (noun && lowerCase) {
        if (out == null) {
          out = text.toCharArray();
        }
        out[wordStart] = Character.toUpperCase(text.charAt(wordStart));
      }
    }
    return out == null ? text : new String(out);
  }

  /** True when the word after {@code from} (one space away) could still be the noun: a capitalised word, or a lower-case one that is no stop. */
  private boolean nounFollows(String text, int from, String word) {
    if (from < text.length() - 1 && text.charAt(from) == ' ' && Character.isDigit(text.charAt(from + 1))) {
      return true; // "die letzten 2 erstattet", "die ersten 3 tage": a count after it, its noun still to come
    }
    if (from >= text.length() - 1 || text.charAt(from) != ' ' || !Character.isLetter(text.charAt(from + 1))) {
      return false;
    }
    int end = from + 1;
    while (end < text.length() && wordChar(text.charAt(end))) {
      end++;
    }
    String next = text.substring(from + 1, end);
    // "die kaputte Router": a capitalised noun after it makes it the adjective.
    if (!letters(next)) {
      return false;
    }
    if (Character.isUpperCase(next.charAt(0))) {
      return true;
    }
    return !stops.contains(next) && !determiner(next) && !verbAtClauseEnd(text, word, next, end)
        && !verbBeforeSubject(text, next, end);
  }

  /**
   * True when {@code next}, typed in lower case and ending as a finite verb does ("-t"), has a
   * determiner right after it: the verb before its subject ("seit eurem update stuerzt die app
   * ab"), so the word before it is the noun ("Update"), never "Stürzt".
   */
  private boolean verbBeforeSubject(String text, String next, int end) {
    if (!next.endsWith("t") || end >= text.length() - 1 || text.charAt(end) != ' ') {
      return false;
    }
    int after = end + 1;
    while (after < text.length() && wordChar(text.charAt(after))) {
      after++;
    }
    return after > end + 1 && determiner(text.substring(end + 1, after));
  }

  /**
   * True when {@code next}, typed in lower case, reads as the verb that closes its clause, so
   * {@code word} before it is the noun: the clause's last word, shaped as a participle or an
   * infinitive, after an auxiliary or a modal of {@code nounCase.verbBracket} earlier in the clause
   * ("Sie haben mir die falsche größe geschickt", "ich möchte meine lieferadresse ändern"). Never a
   * word with a noun ending, and never after a word ending as a plural does ("die hohen
   * gebühren": both could be nouns, and the adjective reading is kept).
   */
  private boolean verbAtClauseEnd(String text, String word, String next, int end) {
    if (verbBracket.isEmpty() || nounEnding(next) || word.endsWith("en") && !next.endsWith("t")) {
      return false;
    }
    boolean last = end == text.length() || ".,;:!?)“”\"»«".indexOf(text.charAt(end)) >= 0;
    boolean participle = next.length() > 4 && next.contains("ge") && (next.endsWith("t") || next.endsWith("en"));
    boolean infinitive = next.length() > 4 && (next.endsWith("en") || next.endsWith("ern") || next.endsWith("eln"));
    if (!last || !participle && !infinitive) {
      return false;
    }
    // The auxiliary or modal that opens the verb bracket, earlier in the same clause.
    int i = end - next.length();
    while (i > 0) {
      char c = text.charAt(i - 1);
      if (".,;:!?\n".indexOf(c) >= 0) {
        return false;
      }
      if (Character.isLetter(c)) {
        int wordEnd = i;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
          i--;
        }
        if (verbBracket.contains(text.substring(i, wordEnd).toLowerCase(locale))) {
          return true;
        }
      } else {
        i--;
      }
    }
    return false;
  }

  private boolean determiner(String word) {
    return determiners.contains(word)
        || Character.isUpperCase(word.charAt(0)) && determiners.contains(Character.toLowerCase(word.charAt(0)) + word.substring(1));
  }

  private boolean adjectiveEnding(String word) {
    for (String e : adjectiveEndings) {
      if (word.length() > e.length() + 2 && word.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  private boolean nounEnding(String word) {
    for (String e : nounEndings) {
      if (word.length() > e.length() + 2 && word.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  private static boolean wordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '*' || c == '\'' || c == '’';
  }

  private static boolean letters(String word) {
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (!Character.isLetter(c) && !(c == '-' && k > 0 && k < word.length() - 1)) {
        return false;
      }
    }
    return true;
  }

  private static boolean number(String word) {
    for (int k = 0; k < word.length(); k++) {
      if (!Character.isDigit(word.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** The word right before {@code wordStart} across one space, in lower case; "" when another mark comes between. */
  private String previousWord(String text, int wordStart) {
    if (wordStart < 2 || text.charAt(wordStart - 1) != ' ') {
      return "";
    }
    int end = wordStart - 1;
    int start = end;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return text.substring(start, end).toLowerCase(locale);
  }
}
