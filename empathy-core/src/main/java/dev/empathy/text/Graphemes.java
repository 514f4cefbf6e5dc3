package dev.empathy.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacter.GraphemeClusterBreak;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.VersionInfo;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;

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
 * <p>Thread-safe: every call works on its own iterator (a per-thread spare, or a clone of a cached
 * one).
 */
public final class Graphemes {
  /** ICU's iterators, built on first need (a plain text never needs one; see {@link #isOneCharPerGrapheme}). */
  private static final class CharacterBreaks {
    static final BreakIterator INSTANCE = BreakRules.characters(java.util.Locale.ROOT);
  }

  private static final class WordBreaks {
    static final BreakIterator INSTANCE = BreakRules.words(java.util.Locale.ROOT);
  }
  /** BMP characters that always form a grapheme on their own; see {@link #isOneCharPerGrapheme}. */
  private static final BitSet ONE_CHAR_GRAPHEME = oneCharGraphemes();

  private Graphemes() {}

  /**
   * The number of grapheme clusters in {@code text}.
   *
   * @param text the text; not null
   * @return the number of user-perceived characters, per ICU's extended grapheme clusters
   */
  public static int count(CharSequence text) {
    String s = text.toString();
    if (isOneCharPerGrapheme(s)) {
      return s.length();
    }
    BreakIterator it = borrow(s);
    int count = 0;
    while (it.next() != BreakIterator.DONE) {
      count++;
    }
    giveBack(it);
    return count;
  }

  /**
   * The UTF-16 index at which the first {@code maxGraphemes} graphemes end, or {@code
   * text.length()} when the text is that short.
   *
   * @param text the text; not null
   * @param maxGraphemes how many graphemes to keep, 0 or more
   * @return a UTF-16 index in {@code [0, text.length()]}, at a grapheme boundary
   */
  public static int indexAfter(CharSequence text, int maxGraphemes) {
    String s = text.toString();
    if (maxGraphemes <= 0) {
      return 0;
    }
    // Only the units up to the cut and the one after it decide it: a cut near the start of a
    // 100 KB text (a chat bubble, a fitting search) must not read all of it.
    if (isOneCharPerGrapheme(s, Math.min(s.length(), maxGraphemes + 1))) {
      return Math.min(maxGraphemes, s.length());
    }
    BreakIterator it = borrow(s);
    int end = 0;
    for (int i = 0; i < maxGraphemes; i++) {
      int next = it.next();
      if (next == BreakIterator.DONE) {
        end = s.length();
        break;
      }
      end = next;
    }
    giveBack(it);
    return end;
  }

  /**
   * The first {@code maxGraphemes} graphemes of {@code text}, never splitting one.
   *
   * @param text the text; not null
   * @param maxGraphemes how many graphemes to keep, 0 or more
   * @return the prefix, at most {@code maxGraphemes} graphemes long
   */
  public static String truncate(CharSequence text, int maxGraphemes) {
    return text.toString().substring(0, indexAfter(text, maxGraphemes));
  }

  /**
   * The largest grapheme boundary at or before {@code index}. Useful to move a cut made by another
   * counting rule (UTF-16 units, septets, weighted length) back to a safe place.
   *
   * @param text the text; not null
   * @param index a UTF-16 index in {@code [0, text.length()]}
   * @return the boundary, at most {@code index}
   */
  public static int boundaryAtOrBefore(CharSequence text, int index) {
    String s = text.toString();
    if (index >= s.length()) {
      return s.length();
    }
    if (index <= 0) {
      return 0;
    }
    if (plainBoundary(s, index)) {
      return index;
    }
    BreakIterator it = borrow(s);
    int b = it.isBoundary(index) ? index : it.preceding(index);
    giveBack(it);
    return b;
  }

  /**
   * The smallest grapheme boundary at or after {@code index}: where a span may safely end.
   *
   * @param text the text; not null
   * @param index a UTF-16 index in {@code [0, text.length()]}
   * @return the boundary, at least {@code index}
   */
  public static int boundaryAtOrAfter(CharSequence text, int index) {
    String s = text.toString();
    if (index <= 0) {
      return 0;
    }
    if (index >= s.length()) {
      return s.length();
    }
    if (plainBoundary(s, index)) {
      return index;
    }
    BreakIterator it = borrow(s);
    int b = it.isBoundary(index) ? index : it.following(index);
    giveBack(it);
    return b;
  }

  /**
   * Whether {@code index} is 0, the length, or a grapheme boundary of {@code text}.
   *
   * @param text the text; not null
   * @param index a UTF-16 index
   * @return true when a span may start or end at {@code index}
   */
  public static boolean isBoundary(CharSequence text, int index) {
    String s = text.toString();
    if (index <= 0 || index >= s.length()) {
      return index == 0 || index == s.length();
    }
    if (plainBoundary(s, index)) {
      return true;
    }
    BreakIterator it = borrow(s);
    boolean b = it.isBoundary(index);
    giveBack(it);
    return b;
  }

  /**
   * Cuts {@code text} to at most {@code maxGraphemes} graphemes, preferring the last word boundary
   * if one is within the final third of the allowance, and appends {@code ellipsis} (counted in
   * the allowance). Trailing blanks and punctuation before the ellipsis are removed.
   *
   * @param text the text; not null
   * @param maxGraphemes the allowance, ellipsis included
   * @param ellipsis what marks the cut, e.g. {@code "…"}
   * @return {@code text} when it fits, else the shortened text ending in {@code ellipsis}
   */
  public static String shorten(String text, int maxGraphemes, String ellipsis) {
    if (count(text) <= maxGraphemes) {
      return text;
    }
    int room = Math.max(0, maxGraphemes - count(ellipsis));
    int hard = indexAfter(text, room);
    int cut = hard;
    BreakIterator words = WordBreaks.INSTANCE.clone();
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
    BreakIterator it = CharacterBreaks.INSTANCE.clone();
    it.setText(s);
    return it;
  }

  /**
   * One iterator per thread, reused: cloning ICU's iterator allocates its caches, which cost more
   * than the question asked of it on a short text. Taken out of the slot while in use, so a nested
   * call clones its own; given back without its text.
   */
  private static final ThreadLocal<BreakIterator> SPARE = new ThreadLocal<>();

  private static BreakIterator borrow(String s) {
    BreakIterator it = SPARE.get();
    if (it == null) {
      return characters(s);
    }
    SPARE.set(null);
    it.setText(s);
    return it;
  }

  private static void giveBack(BreakIterator it) {
    it.setText("");
    SPARE.set(it);
  }

  /**
   * True when {@code index} (inside the text) is a grapheme boundary for a reason visible from its
   * two neighbours alone: both are characters that always form a grapheme on their own (see
   * {@link #isOneCharPerGrapheme}), and no rule joins two such characters. The common case, with
   * no iterator.
   */
  private static boolean plainBoundary(String s, int index) {
    return ONE_CHAR_GRAPHEME.get(s.charAt(index - 1)) && ONE_CHAR_GRAPHEME.get(s.charAt(index));
  }

  /**
   * True when every UTF-16 unit of {@code s} is a grapheme of its own, so counting and cutting
   * need no iterator (ICU's takes about 40 ns per character). That holds when every unit is a BMP
   * character whose Grapheme_Cluster_Break is Other, Control or LF: the only rules that join
   * characters (CR LF, Extend, ZWJ, SpacingMark, Prepend, Hangul syllables, regional indicators,
   * and the Indic conjunct rule, whose linkers are Extend) all need a unit from another class.
   * Typical replies (Latin, Cyrillic, Greek, CJK, typographic punctuation) qualify.
   */
  private static boolean isOneCharPerGrapheme(String s) {
    return isOneCharPerGrapheme(s, s.length());
  }

  /**
   * {@link #isOneCharPerGrapheme(String)} for the first {@code end} units: then every index up to
   * {@code end - 1} is a boundary, and the first {@code end - 1} graphemes are one unit each, by
   * the same rules (none looks further back than the unit before).
   */
  private static boolean isOneCharPerGrapheme(String s, int end) {
    for (int i = 0; i < end; i++) {
      if (!ONE_CHAR_GRAPHEME.get(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The build's record of {@link #computeOneCharGraphemes} (see {@link #writeOneCharGraphemes}),
   * or, when it is missing or was made by another ICU version, the set computed now: asking ICU
   * for every BMP character's break class costs a cold start about 65,000 property look-ups and
   * loads ICU's property data, which a compose run needs for nothing else.
   */
  private static BitSet oneCharGraphemes() {
    BitSet recorded = recordedOneCharGraphemes();
    return recorded != null ? recorded : computeOneCharGraphemes();
  }

  /** The resource {@link #writeOneCharGraphemes} writes, beside this class. */
  static final String ONE_CHAR_GRAPHEMES = "one-char-graphemes.txt";

  /**
   * The set as the build recorded it: a first line {@code icu VERSION}, then one range of code
   * points per line, {@code FIRST LAST} in hexadecimal; null when there is no record for this ICU.
   */
  static BitSet recordedOneCharGraphemes() {
    try (InputStream in = Graphemes.class.getResourceAsStream(ONE_CHAR_GRAPHEMES)) {
      return in == null ? null : readOneCharGraphemes(in);
    } catch (IOException e) {
      return null;
    }
  }

  /** Reads a record (see {@link #recordedOneCharGraphemes}); null when it names another ICU or is damaged. */
  static BitSet readOneCharGraphemes(InputStream in) {
    try {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
      if (!("icu " + VersionInfo.ICU_VERSION).equals(r.readLine())) {
        return null;
      }
      BitSet set = new BitSet(0x10000);
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int space = line.indexOf(' ');
        set.set(Integer.parseInt(line, 0, space, 16), Integer.parseInt(line, space + 1, line.length(), 16) + 1);
      }
      return set;
    } catch (IOException | RuntimeException e) {
      return null; // a damaged record costs time, never a wrong answer
    }
  }

  /** Build step (see {@code PrecompiledData}): records {@link #computeOneCharGraphemes} under {@code classes}. */
  static void writeOneCharGraphemes(Path classes) throws IOException {
    Path file = classes.resolve("dev/empathy/text").resolve(ONE_CHAR_GRAPHEMES);
    Files.createDirectories(file.getParent());
    BitSet set = computeOneCharGraphemes();
    StringBuilder sb = new StringBuilder("icu ").append(VersionInfo.ICU_VERSION).append('\n');
    for (int from = set.nextSetBit(0); from >= 0; from = set.nextSetBit(from)) {
      int to = set.nextClearBit(from);
      sb.append(Integer.toHexString(from)).append(' ').append(Integer.toHexString(to - 1)).append('\n');
      from = to;
    }
    Files.writeString(file, sb, StandardCharsets.US_ASCII);
  }

  /** The set asked of ICU, one BMP character at a time (see {@link #isOneCharPerGrapheme}). */
  static BitSet computeOneCharGraphemes() {
    BitSet set = new BitSet(0x10000);
    for (int c = 0; c < 0x10000; c++) {
      if (Character.isSurrogate((char) c) || c == '\r') {
        continue;
      }
      int gcb = UCharacter.getIntPropertyValue(c, UProperty.GRAPHEME_CLUSTER_BREAK);
      if (gcb == GraphemeClusterBreak.OTHER || gcb == GraphemeClusterBreak.CONTROL || gcb == GraphemeClusterBreak.LF) {
        set.set(c);
      }
    }
    return set;
  }
}
