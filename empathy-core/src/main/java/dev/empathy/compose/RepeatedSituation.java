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
    return in(situation, summary, locale, clauses, null, null);
  }

  /**
   * {@link #in(String, String, Locale, CallerClauses)} where the reply has read the texts' words
   * already ({@link ClauseWords}, with {@code clauses}; either may be null): their lexicon flags
   * say which words are function words, without looking them up again.
   */
  static boolean in(String situation, String summary, Locale locale, CallerClauses clauses,
      ClauseWords situationWords, ClauseWords summaryWords) {
    if (situation == null || summary == null) {
      return false;
    }
    if (summary.length() <= SCAN_MOST && situation.length() <= SCAN_MOST && plainLetters(situation, locale)
        && plainLetters(summary, locale)) {
      return inPlace(situation, summary, clauses, situationWords, summaryWords);
    }
    return bySets(situation, summary, locale, clauses);
  }

  /**
   * The longest text {@link #inPlace} compares (it compares each of the situation's words with
   * each of the summary's, where the sets hash each word once).
   */
  private static final int SCAN_MOST = 512;

  /**
   * True when {@code text}'s letters and digits are all ASCII, and its other characters are
   * neither surrogates nor combining marks, in a language whose lower case of ASCII is ASCII's
   * (not Turkish, Azerbaijani or Lithuanian): then a word is a run of ASCII letters and digits,
   * and two words are the same lower-cased exactly when they are equal ignoring ASCII case.
   */
  static boolean plainLetters(String text, Locale locale) {
    String language = locale.getLanguage();
    if (language.equals("tr") || language.equals("az") || language.equals("lt")) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && (Character.isSurrogate(c) || Character.isLetterOrDigit(c)
          || Character.getType(c) == Character.NON_SPACING_MARK)) {
        return false;
      }
    }
    return true;
  }

  private static boolean asciiLetterOrDigit(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  /** True when {@code a[aStart, aEnd)} and {@code b[bStart, bEnd)} are the same word, ASCII case ignored. */
  private static boolean same(String a, int aStart, int aEnd, String b, int bStart, int bEnd) {
    return aEnd - aStart == bEnd - bStart && a.regionMatches(true, aStart, b, bStart, aEnd - aStart);
  }

  /** Per thread: the counted words' start, end and case-blind hash, the summary's then the situation's. */
  private static final ThreadLocal<int[]> WORDS = ThreadLocal.withInitial(() -> new int[3 * 256]);

  /**
   * {@link #bySets} for texts of {@link #plainLetters}, without building sets: each text is read
   * once, its counted words kept as spans with a case-blind hash, and compared where they are (a
   * reply composes this once, and the sets were most of what it allocated).
   * RepeatedSituationProperties holds the two to the same answers.
   */
  static boolean inPlace(String situation, String summary, CallerClauses clauses) {
    return inPlace(situation, summary, clauses, null, null);
  }

  /** {@link #inPlace(String, String, CallerClauses)} with the texts' words as the reply read them, or null. */
  static boolean inPlace(String situation, String summary, CallerClauses clauses, ClauseWords situationWords,
      ClauseWords summaryWords) {
    ClauseWords sw = clauses == null || summaryWords == null || summaryWords.text != summary ? null : summaryWords;
    ClauseWords tw = clauses == null || situationWords == null || situationWords.text != situation ? null : situationWords;
    int[] words = WORDS.get();
    // Words of four letters or more need five characters each but the last: room for them all.
    int room = 3 * ((summary.length() + 1) / (MIN_LETTERS + 1) + 1 + 64);
    if (words.length < room) {
      words = new int[room];
      WORDS.set(words);
    }
    int said = 0;
    int k = 0; // the summary's word (sw) at or after i
    for (int i = 0, n = summary.length(); i < n; ) {
      char c = summary.charAt(i);
      if (!asciiLetterOrDigit(c)) {
        i++;
        continue;
      }
      int start = i;
      int hash = 0;
      boolean digit = false;
      for (; i < n && asciiLetterOrDigit(c = summary.charAt(i)); i++) {
        digit |= c <= '9';
        hash = 31 * hash + (c | 0x20);
      }
      if (i - start >= MIN_LETTERS && !digit && !function(clauses, sw, k = after(sw, k, start), summary, start, i)) {
        words[3 * said] = start;
        words[3 * said + 1] = i;
        words[3 * said + 2] = hash;
        said++;
      }
    }
    if (said == 0) {
      return false;
    }
    // The head: the first word of a space-separated part, when it is of four letters or more
    // without a digit (a function word too).
    int headStart = -1;
    int headEnd = -1;
    for (int i = 0; i < situation.length() && headStart < 0; ) {
      int end = situation.indexOf(' ', i);
      end = end < 0 ? situation.length() : end;
      int s = i;
      while (s < end && !asciiLetterOrDigit(situation.charAt(s))) {
        s++;
      }
      if (s < end) {
        int e = s;
        while (e < end && asciiLetterOrDigit(situation.charAt(e))) {
          e++;
        }
        if (e - s >= MIN_LETTERS && !hasDigit(situation, s, e)) {
          headStart = s;
          headEnd = e;
        }
      }
      i = end + 1;
    }
    int named = 0; // the situation's distinct counted words but the head, from slot said on
    int repeated = 0;
    int seen = 0;
    k = 0; // the situation's word (tw) at or after i
    for (int i = 0, n = situation.length(); i < n && seen < 64; ) {
      char c = situation.charAt(i);
      if (!asciiLetterOrDigit(c)) {
        i++;
        continue;
      }
      int start = i;
      int hash = 0;
      boolean digit = false;
      for (; i < n && asciiLetterOrDigit(c = situation.charAt(i)); i++) {
        digit |= c <= '9';
        hash = 31 * hash + (c | 0x20);
      }
      seen++;
      if (i - start < MIN_LETTERS || digit || headStart >= 0 && same(situation, start, i, situation, headStart, headEnd)
          || function(clauses, tw, k = after(tw, k, start), situation, start, i)
          || among(words, said, said + named, hash, situation, situation, start, i)) {
        continue;
      }
      int slot = 3 * (said + named);
      words[slot] = start;
      words[slot + 1] = i;
      words[slot + 2] = hash;
      named++;
      if (among(words, 0, said, hash, summary, situation, start, i)) {
        repeated++;
      }
    }
    return repeated >= 2 && 3 * repeated >= 2 * named;
  }

  /** The first of {@code words}' words from {@code k} on that does not end at or before {@code at}. */
  private static int after(ClauseWords words, int k, int at) {
    if (words != null) {
      while (k < words.count && words.end(k) <= at) {
        k++;
      }
    }
    return k;
  }

  /**
   * {@link CallerClauses#functionWord} of {@code text[start, end)}: from word {@code k} of {@code
   * words} when it is exactly that word, else looked up; false without {@code clauses}.
   */
  private static boolean function(CallerClauses clauses, ClauseWords words, int k, String text, int start, int end) {
    if (clauses == null) {
      return false;
    }
    if (words != null && k < words.count && words.start(k) == start && words.end(k) == end) {
      return CallerClauses.functionFlags(words.flags(k));
    }
    return clauses.functionWord(text, start, end);
  }

  /** True when one of the words in slots {@code [from, to)}, of {@code text}, is {@code word[start, end)}. */
  private static boolean among(int[] words, int from, int to, int hash, String text, String word, int start, int end) {
    for (int k = from; k < to; k++) {
      if (words[3 * k + 2] == hash && same(text, words[3 * k], words[3 * k + 1], word, start, end)) {
        return true;
      }
    }
    return false;
  }

  /** {@link #in(String, String, Locale, CallerClauses)} by sets of lower-cased words: any text. */
  static boolean bySets(String situation, String summary, Locale locale, CallerClauses clauses) {
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
