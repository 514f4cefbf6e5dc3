package dev.empathy.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Counts and cuts text by user-perceived characters (extended grapheme clusters, as ICU's {@link
 * BreakIterator} finds them), so that a flag, a family emoji or "é" typed with a combining mark is
 * never split. This is the one place in the library that counts graphemes.
 *
 * <pre>{@code
 * Graphemes.count("👩‍👩‍👧 ok");       // 4
 * Graphemes.truncate("héllo wörld", 7); // "héllo w"
 * }</pre>
 *
 * <p>Thread-safe: every call works on its own clone of a cached iterator.
 */
public final class Graphemes {
  private static final BreakIterator CHARACTER = BreakIterator.getCharacterInstance(ULocale.ROOT);
  private static final BreakIterator WORD = BreakIterator.getWordInstance(ULocale.ROOT);

  private Graphemes() {}

  /** The number of grapheme clusters in {@code text}. */
  public static int count(CharSequence text) {
    String s = text.toString();
    if (isAsciiWithoutCr(s)) {
      return s.length();
    }
    BreakIterator it = characters(s);
    int count = 0;
    while (it.next() != BreakIterator.DONE) {
      count++;
    }
    return count;
  }

  /**
   * The UTF-16 index at which the first {@code maxGraphemes} graphemes end, or {@code
   * text.length()} when the text is that short.
   */
  public static int indexAfter(CharSequence text, int maxGraphemes) {
    String s = text.toString();
    if (maxGraphemes <= 0) {
      return 0;
    }
    if (isAsciiWithoutCr(s)) {
      return Math.min(maxGraphemes, s.length());
    }
    BreakIterator it = characters(s);
    int end = 0;
    for (int i = 0; i < maxGraphemes; i++) {
      int next = it.next();
      if (next == BreakIterator.DONE) {
        return s.length();
      }
      end = next;
    }
    return end;
  }

  /** The first {@code maxGraphemes} graphemes of {@code text}, never splitting one. */
  public static String truncate(CharSequence text, int maxGraphemes) {
    return text.toString().substring(0, indexAfter(text, maxGraphemes));
  }

  /**
   * The largest grapheme boundary at or before {@code index}. Useful to move a cut made by another
   * counting rule (UTF-16 units, septets, weighted length) back to a safe place.
   */
  public static int boundaryAtOrBefore(CharSequence text, int index) {
    String s = text.toString();
    if (index >= s.length()) {
      return s.length();
    }
    if (index <= 0) {
      return 0;
    }
    BreakIterator it = characters(s);
    return it.isBoundary(index) ? index : it.preceding(index);
  }

  /** The smallest grapheme boundary at or after {@code index}: where a span may safely end. */
  public static int boundaryAtOrAfter(CharSequence text, int index) {
    String s = text.toString();
    if (index <= 0) {
      return 0;
    }
    if (index >= s.length()) {
      return s.length();
    }
    BreakIterator it = characters(s);
    return it.isBoundary(index) ? index : it.following(index);
  }

  /** True when {@code index} is 0, the length, or a grapheme boundary of {@code text}. */
  public static boolean isBoundary(CharSequence text, int index) {
    String s = text.toString();
    if (index <= 0 || index >= s.length()) {
      return index == 0 || index == s.length();
    }
    return characters(s).isBoundary(index);
  }

  /**
   * Cuts {@code text} to at most {@code maxGraphemes} graphemes, preferring the last word boundary
   * if one is within the final third of the allowance, and appends {@code ellipsis} (counted in
   * the allowance). Trailing blanks and punctuation before the ellipsis are removed.
   */
  public static String shorten(String text, int maxGraphemes, String ellipsis) {
    if (count(text) <= maxGraphemes) {
      return text;
    }
    int room = Math.max(0, maxGraphemes - count(ellipsis));
    int hard = indexAfter(text, room);
    int cut = hard;
    BreakIterator words = WORD.clone();
    words.setText(text);
    int wordCut = words.isBoundary(hard) ? hard : words.preceding(hard);
    if (wordCut != BreakIterator.DONE && wordCut > 0 && Graphemes.count(text.substring(0, wordCut)) >= room * 2 / 3) {
      cut = wordCut;
    }
    String head = text.substring(0, cut).stripTrailing();
    while (!head.isEmpty() && ",;:-–—".indexOf(head.charAt(head.length() - 1)) >= 0) {
      head = head.substring(0, head.length() - 1).stripTrailing();
    }
    return head + ellipsis;
  }

  /** A fresh grapheme iterator over {@code s}, for the tokenizer in this package. */
  static BreakIterator characterIterator(String s) {
    return characters(s);
  }

  private static BreakIterator characters(String s) {
    BreakIterator it = CHARACTER.clone();
    it.setText(s);
    return it;
  }

  private static boolean isAsciiWithoutCr(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x7F || c == '\r') {
        return false;
      }
    }
    return true;
  }
}
