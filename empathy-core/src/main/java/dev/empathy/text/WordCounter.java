package dev.empathy.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;

/**
 * The words of one text, as a word {@link BreakIterator} segments it (segments tagged as words or
 * numbers; spaces and punctuation are not words), found in one pass and counted in any range in
 * logarithmic time. With the root word rules (English and most languages), the segments are found
 * without running ICU's iterator where the text allows (see {@code Segments}); the counts are the
 * iterator's either way.
 *
 * <pre>{@code
 * String text = "Thanks, Dana. We'll ship 2 boxes today.";
 * WordCounter words = WordCounter.of(text, BreakIterator.getWordInstance(ULocale.ENGLISH));
 * words.count(0, 13);             // 2: "Thanks", "Dana"
 * words.count(14, text.length()); // 5: "We'll", "ship", "2", "boxes", "today"
 * }</pre>
 *
 * <p>Immutable once built; not meant to be shared beyond the text it counts.
 */
public final class WordCounter {
  private static final String ROOT_RULES = BreakRules.words(java.util.Locale.ROOT).toString();

  // Package-private: the matcher's pass fills them in its thread's working arrays, then keeps a
  // copy of the exact size (see borrow and keepExact).
  int[] starts = new int[16];
  int[] ends = new int[16];
  private int size;
  /**
   * Bit {@code i} set when word {@code i} is kana or ideographs (ICU's rule status at or above
   * {@code WORD_KANA}); null while there is none (most text), so a Latin text pays nothing.
   */
  private long[] kanaOrIdeographs;

  private WordCounter() {}

  /**
   * True when {@code words} segments with ICU's root word rules (English and most languages), so
   * that the words {@link PhraseMatcher#read} counts are the ones it would count.
   *
   * <pre>{@code
   * WordCounter.usesRootRules(BreakIterator.getWordInstance(ULocale.ENGLISH)); // true
   * }</pre>
   *
   * @param words a word iterator
   * @return whether its rules are the root rules
   */
  public static boolean usesRootRules(BreakIterator words) {
    String rules = words.toString();
    return rules != null && (rules == ROOT_RULES || rules.equals(ROOT_RULES));
  }

  /** An empty counter that {@link #segment} fills (the word scan's segments, see {@link PhraseMatcher#read}). */
  static WordCounter recording() {
    return new WordCounter();
  }

  /**
   * Finds the words of {@code text}.
   *
   * @param text the text; not null
   * @param words a word iterator for the text's language; its text is replaced, and it is used
   *     only when its rules are not the root rules or the text needs it
   * @return the words, ready to count
   */
  public static WordCounter of(String text, BreakIterator words) {
    WordCounter c = new WordCounter();
    if (usesRootRules(words)) {
      Segments.of(text, words, c::segment);
    } else {
      words.setText(text);
      int start = words.first();
      for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
        c.segment(start, end, words.getRuleStatus());
      }
    }
    return c;
  }

  /**
   * Records into {@code starts} and {@code ends} (each at least 16 long), which the caller lends
   * for one pass and takes back, grown, once {@link #keepExact} has copied the words out.
   */
  void borrow(int[] starts, int[] ends) {
    this.starts = starts;
    this.ends = ends;
    this.size = 0;
    this.kanaOrIdeographs = null;
  }

  /** Keeps the words recorded so far in arrays of their own, of the exact size. */
  void keepExact() {
    starts = Arrays.copyOf(starts, size);
    ends = Arrays.copyOf(ends, size);
  }

  /** One segment of the text, in order: kept when ICU tags it a word or a number. */
  void segment(int start, int end, int status) {
    if (status < BreakIterator.WORD_NONE_LIMIT) {
      return;
    }
    if (size == starts.length) {
      starts = Arrays.copyOf(starts, size * 2);
      ends = Arrays.copyOf(ends, size * 2);
    }
    starts[size] = start;
    ends[size] = end;
    if (status >= BreakIterator.WORD_KANA) {
      if (kanaOrIdeographs == null) {
        kanaOrIdeographs = new long[(starts.length + 63) >>> 6];
      } else if (size >>> 6 >= kanaOrIdeographs.length) {
        kanaOrIdeographs = Arrays.copyOf(kanaOrIdeographs, Math.max((starts.length + 63) >>> 6, (size >>> 6) + 1));
      }
      kanaOrIdeographs[size >>> 6] |= 1L << size;
    }
    size++;
  }

  /**
   * The number of words found, in text order; with {@link #start}, {@link #end} and {@link
   * #kanaOrIdeographs} a caller walks the words without segmenting the text again.
   *
   * <pre>{@code
   * String text = "Thanks, Dana.";
   * WordCounter words = WordCounter.of(text, BreakIterator.getWordInstance(ULocale.ENGLISH));
   * for (int i = 0; i < words.size(); i++) {
   *   text.substring(words.start(i), words.end(i)); // "Thanks", then "Dana"
   * }
   * }</pre>
   *
   * @return the number of words
   */
  public int size() {
    return size;
  }

  /**
   * The UTF-16 offset where word {@code i} starts.
   *
   * @param i the word's index, from 0 to {@link #size()} (exclusive)
   * @return its start
   * @throws IndexOutOfBoundsException when {@code i} is not a word's index
   */
  public int start(int i) {
    java.util.Objects.checkIndex(i, size);
    return starts[i];
  }

  /**
   * The UTF-16 offset after word {@code i}.
   *
   * @param i the word's index, from 0 to {@link #size()} (exclusive)
   * @return its end (exclusive)
   * @throws IndexOutOfBoundsException when {@code i} is not a word's index
   */
  public int end(int i) {
    java.util.Objects.checkIndex(i, size);
    return ends[i];
  }

  /**
   * True when ICU tags word {@code i} as kana or ideographs (its rule status is {@link
   * BreakIterator#WORD_KANA} or above): Japanese and Chinese words, where two characters make a
   * word.
   *
   * <pre>{@code
   * WordCounter words = WordCounter.of("返金 refund", BreakIterator.getWordInstance(ULocale.ROOT));
   * words.kanaOrIdeographs(0); // true
   * words.kanaOrIdeographs(1); // false
   * }</pre>
   *
   * @param i the word's index, from 0 to {@link #size()} (exclusive)
   * @return whether it is kana or ideographs
   * @throws IndexOutOfBoundsException when {@code i} is not a word's index
   */
  public boolean kanaOrIdeographs(int i) {
    java.util.Objects.checkIndex(i, size);
    long[] k = kanaOrIdeographs;
    return k != null && i >>> 6 < k.length && (k[i >>> 6] & 1L << i) != 0;
  }

  /**
   * The number of words that lie wholly in {@code [from, to)}: what counting the iterator's word
   * segments from the first boundary at or after {@code from} up to {@code to} gives.
   *
   * @param from UTF-16 start
   * @param to UTF-16 end (exclusive)
   * @return the number of words starting at or after {@code from} and ending at or before {@code to}
   */
  public int count(int from, int to) {
    int first = Arrays.binarySearch(starts, 0, size, from);
    first = first >= 0 ? first : -first - 1; // the first word starting at or after from
    int last = Arrays.binarySearch(ends, 0, size, to);
    last = last >= 0 ? last : -last - 2; // the last word ending at or before to
    return Math.max(0, last - first + 1);
  }
}
