package dev.empathy.compose;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a summary says the situation again: "Peço desculpas pelo presente que chegou com
 * defeito. Se entendi direito, o presente chegou com defeito e você precisava dele hoje." reads as
 * a template. When at least two of the situation's words of four or more letters (numbers aside), and at least two
 * thirds of them, come back in the summary (its head, the first such word, "presente", is the thing
 * both blocks talk about and is not counted, nor are the language's function words, "your",
 * "this", "their", when the caller's clause data is given), the acknowledgement names the feeling only and the
 * summary says what happened, once. A mechanism for every language: it reads word shapes, no word
 * list.
 *
 * <pre>{@code
 * RepeatedSituation.in("o presente que chegou com defeito",
 *     "o presente chegou com defeito e você precisava dele hoje", Locale.ROOT);   // true
 * RepeatedSituation.in("the double charge on order 4471",
 *     "you were charged twice for order 4471", Locale.ROOT);                       // false: the thing, named again
 * }</pre>
 */
final class RepeatedSituation {
  /** A word shorter than this (articles, prepositions, "que", "the") is not counted. */
  private static final int MIN_LETTERS = 4;

  private RepeatedSituation() {}

  /** True when {@code summary} repeats most of {@code situation}'s words (see the class comment). */
  static boolean in(String situation, String summary, Locale locale) {
    return in(situation, summary, locale, null);
  }

  /**
   * {@link #in(String, String, Locale)}, not counting the words {@code clauses} reads as function
   * words ("the increase on your latest invoice" against "this month's invoice is higher… your
   * seat count": "your" says nothing of what happened); {@code clauses} may be null.
   */
  static boolean in(String situation, String summary, Locale locale, CallerClauses clauses) {
    if (situation == null || summary == null) {
      return false;
    }
    Set<String> said = words(summary, locale, Integer.MAX_VALUE, clauses);
    if (said.isEmpty()) {
      return false;
    }
    // A situation is a noun phrase: its first 64 words are all a reader compares. Its head ("the
    // parcel", "la factura") is the thing both blocks talk about, which a summary names again as
    // anyone would; what happened to it ("que chegou com defeito") is what must not come twice.
    Set<String> named = words(situation, locale, 64, clauses);
    String head = firstWord(situation, locale);
    if (head != null) {
      named.remove(head);
    }
    int repeated = 0;
    for (String w : named) {
      if (said.contains(w)) {
        repeated++;
      }
    }
    return repeated >= 2 && 3 * repeated >= 2 * named.size();
  }

  /** The first word of four or more letters, lower-cased, or null. */
  private static String firstWord(String text, Locale locale) {
    Set<String> one = new java.util.LinkedHashSet<>();
    int i = 0;
    while (one.isEmpty() && i < text.length()) {
      int end = text.indexOf(' ', i);
      end = end < 0 ? text.length() : end;
      one.addAll(words(text.substring(i, end), locale, 1, null));
      i = end + 1;
    }
    return one.isEmpty() ? null : one.iterator().next();
  }

  private static boolean hasDigit(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> words(String text, Locale locale, int most, CallerClauses clauses) {
    Set<String> out = new HashSet<>();
    int n = text.length();
    int i = 0;
    int seen = 0;
    while (i < n && seen < most) {
      int c = text.codePointAt(i);
      if (!Character.isLetterOrDigit(c)) {
        i += Character.charCount(c);
        continue;
      }
      int start = i;
      int letters = 0;
      while (i < n && (Character.isLetterOrDigit(text.codePointAt(i)) || Character.getType(text.codePointAt(i)) == Character.NON_SPACING_MARK)) {
        letters += Character.isLetterOrDigit(text.codePointAt(i)) ? 1 : 0;
        i += Character.charCount(text.codePointAt(i));
      }
      seen++;
      // A number ("order 4471") names the thing, as its head does: never counted.
      if (letters >= MIN_LETTERS && !hasDigit(text, start, i)
          && (clauses == null || !clauses.functionWord(text, start, i))) {
        out.add(text.substring(start, i).toLowerCase(locale));
      }
    }
    return out;
  }
}
