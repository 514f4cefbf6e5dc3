package dev.empathy.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.VersionInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * ICU's word segments (the root word rules) with their rule status, found without ICU where that
 * is easy to do exactly. The word rules always break before and after a line break (UAX #29 WB3a,
 * WB3b), so each line is segmented on its own: a line whose characters all fall in the classes
 * below goes through a small hand-written reading of the rules; any other line is read by ICU's
 * iterator over the whole text. The result is ICU's, segment for segment and status for status
 * ({@code SegmentsTest} compares the two on arbitrary text).
 *
 * <p>The classes read here are the Word_Break values ALetter, Numeric, ExtendNumLet, MidLetter,
 * MidNum, MidNumLet, Single_Quote, WSegSpace and Other. Left to ICU: Extend, Format and ZWJ (they
 * attach to what precedes them), regional indicators, Hebrew letters and double quotes, and every
 * character of ICU's dictionary and ideograph sets (Han, kana, Hangul syllables, South-East Asian
 * scripts), whose rules need more context.
 *
 * <p>In these classes the rules reduce to: a run of letters, digits and connectors ({@code _}) is
 * one word, which also keeps a MidLetter, MidNumLet or apostrophe between two letters ("can't",
 * "e.g") and a MidNum, MidNumLet or apostrophe between two digits ("1,000.5"); white space runs
 * are one segment; anything else is a segment of one character. ICU tags a word 200 (letters) or
 * 100 (numbers) by its last rule: the class of its last character, or for a trailing connector the
 * class of the one before it; a lone connector is 0.
 */
final class Segments {
  /** Receives each segment, in order. */
  interface Sink {
    /**
     * @param start UTF-16 start
     * @param end UTF-16 end (exclusive)
     * @param status ICU's rule status for the segment
     */
    void segment(int start, int end, int status);
  }

  private static final byte UNKNOWN = 0;
  private static final byte LETTER = 1;
  private static final byte NUMBER = 2;
  private static final byte CONNECTOR = 3; // ExtendNumLet
  private static final byte MID_LETTER = 4;
  private static final byte MID_NUMBER = 5;
  private static final byte MID_BOTH = 6; // MidNumLet and Single_Quote
  private static final byte SPACE = 7; // WSegSpace
  private static final byte OTHER = 8;
  private static final byte NEWLINE = 9; // CR, LF, Newline
  private static final byte ICU = 10; // left to ICU

  private static final int STATUS_NUMBER = 100;
  private static final int STATUS_LETTER = 200;

  /**
   * The class of each BMP character: the build's record (see {@link #recordedClasses}), else
   * filled on first sight (a racy write of the same value).
   */
  private static final byte[] CLASS = initialClasses();

  private Segments() {}

  /**
   * Hands out the root word iterator for the lines ICU must read, asked for only when a line does:
   * a text whose lines are all read here never needs one (nor ICU's break rules loaded).
   */
  interface Words {
    /** {@return the iterator; its text may be replaced} */
    BreakIterator words();
  }

  /** One iterator, made by the caller. */
  private static final class Given implements Words {
    private final BreakIterator words;

    Given(BreakIterator words) {
      this.words = words;
    }

    @Override
    public BreakIterator words() {
      return words;
    }
  }

  /**
   * Reports every word segment of {@code text}, as ICU's root word iterator finds them.
   *
   * @param words a root word iterator to use for lines read by ICU (its text is replaced)
   */
  static void of(String text, BreakIterator words, Sink sink) {
    char[] chars = borrowChars(text);
    try {
      of(text, chars, new Given(words), sink);
    } finally {
      giveBackChars(chars);
    }
  }

  /**
   * The longest character buffer a thread keeps for its next text: 128 K characters (256 KB),
   * enough for a long e-mail thread; a longer text gets an array of its own.
   */
  private static final int KEPT_CHARS = 1 << 17;

  private static final ThreadLocal<char[]> SPARE_CHARS = new ThreadLocal<>();

  /**
   * The characters of {@code text}, copied into this thread's spare array when it is long enough
   * (so a scan allocates nothing for them), else into a new one. The array may be longer than the
   * text. Taken out of the slot until {@link #giveBackChars}, so a nested scan gets its own.
   */
  static char[] borrowChars(String text) {
    int n = text.length();
    char[] chars = SPARE_CHARS.get();
    if (chars != null && chars.length >= n) {
      SPARE_CHARS.set(null);
    } else {
      chars = new char[Math.max(n, 256)];
    }
    text.getChars(0, n, chars, 0);
    return chars;
  }

  /** Keeps {@code chars} for this thread's next text, unless it is larger than is worth keeping. */
  static void giveBackChars(char[] chars) {
    char[] spare = SPARE_CHARS.get();
    if (chars.length <= KEPT_CHARS && (spare == null || spare.length < chars.length)) {
      SPARE_CHARS.set(chars);
    }
  }

  /**
   * {@link #of(String, BreakIterator, Sink)} with the text's characters already copied into {@code
   * chars} (at least {@code text.length()} long), and the iterator asked of {@code iterator} only
   * when a line needs ICU. The loops read the array, not the string: a
   * string's loops test its encoding (Latin-1 or UTF-16) at every character, and the JIT, having
   * seen only Latin-1 texts, compiles that test away and must recompile the whole scan the first
   * time a text with a curly quote or an emoji comes by.
   */
  static void of(String text, char[] chars, Words iterator, Sink sink) {
    int n = text.length();
    BreakIterator words = null; // asked for at the first line ICU reads
    int p = 0;
    while (p < n) {
      int lineEnd = p;
      boolean simple = true;
      while (lineEnd < n) {
        char c = chars[lineEnd];
        byte k = classOf(c);
        if (k == NEWLINE) {
          break;
        }
        if (k == ICU) {
          if (Character.isHighSurrogate(c)
              && lineEnd + 1 < n
              && Character.isLowSurrogate(chars[lineEnd + 1])
              && classOf(Character.toCodePoint(c, chars[lineEnd + 1])) == OTHER) {
            lineEnd += 2; // an emoji on its own, say
            continue;
          }
          simple = false;
        }
        lineEnd++;
      }
      if (simple) {
        simpleLine(chars, p, lineEnd, sink);
        p = lineEnd;
      } else {
        if (words == null) {
          words = iterator.words();
          words.setText(text);
        }
        // p is a boundary: the start, or just after a line break.
        int start = p;
        int end = p == 0 ? nextAfterFirst(words) : (words.isBoundary(p) ? words.next() : words.following(p));
        for (; end != BreakIterator.DONE; start = end, end = words.next()) {
          sink.segment(start, end, words.getRuleStatus());
          if (end >= lineEnd) {
            break;
          }
        }
        p = end == BreakIterator.DONE ? n : end;
        if (p > lineEnd) {
          continue; // never seen: ICU's segment ran past the line break; go on from its end
        }
      }
      if (p < n) { // at a line break: CR LF is one segment, any other break one on its own
        int e = p + 1;
        if (chars[p] == '\r' && e < n && chars[e] == '\n') {
          e++;
        }
        sink.segment(p, e, 0);
        p = e;
      }
    }
  }

  private static int nextAfterFirst(BreakIterator words) {
    words.first();
    return words.next();
  }

  /** A line of simple characters, {@code [from, to)}. */
  private static void simpleLine(char[] chars, int from, int to, Sink sink) {
    int i = from;
    while (i < to) {
      byte c = classOf(chars[i]);
      int j = i + 1;
      if (c == LETTER || c == NUMBER || c == CONNECTOR) {
        byte last = c;
        byte beforeLast = UNKNOWN;
        while (j < to) {
          byte d = classOf(chars[j]);
          if (d == LETTER || d == NUMBER || d == CONNECTOR) {
            beforeLast = last;
            last = d;
            j++;
          } else if (j + 1 < to
              && ((last == LETTER && (d == MID_LETTER || d == MID_BOTH) && classOf(chars[j + 1]) == LETTER)
                  || (last == NUMBER && (d == MID_NUMBER || d == MID_BOTH) && classOf(chars[j + 1]) == NUMBER))) {
            beforeLast = d;
            j += 2; // last stays: the character after the middle one is of its class
          } else {
            break;
          }
        }
        int status;
        if (last == LETTER) {
          status = STATUS_LETTER;
        } else if (last == NUMBER) {
          status = STATUS_NUMBER;
        } else if (j - i == 1) {
          status = 0; // a lone connector
        } else {
          status = beforeLast == NUMBER ? STATUS_NUMBER : STATUS_LETTER;
        }
        sink.segment(i, j, status);
      } else if (c == SPACE) {
        while (j < to && classOf(chars[j]) == SPACE) {
          j++;
        }
        sink.segment(i, j, 0);
      } else {
        if (Character.isHighSurrogate(chars[i])) {
          j++; // a supplementary character of class Other (the line was checked in of)
        }
        sink.segment(i, j, 0);
      }
      i = j;
    }
  }

  /** The resource {@link #writeClasses} writes, beside this class. */
  static final String CLASSES = "segment-classes.bin";

  private static byte[] initialClasses() {
    byte[] recorded = recordedClasses();
    return recorded != null ? recorded : new byte[0x10000];
  }

  /**
   * The class of every BMP character as the build recorded it ({@link #computeClasses}), or null
   * when there is no record for this ICU: asking ICU about the first few characters of a line
   * loads its property data and some sixty classes, a visible share of a one-line run.
   */
  static byte[] recordedClasses() {
    try (InputStream in = Segments.class.getResourceAsStream(CLASSES)) {
      return in == null ? null : readClasses(in);
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Reads a record: the line {@code icu VERSION}, then one class byte per BMP character; null
   * when it names another ICU or is damaged (a damaged record costs time, never a wrong answer).
   */
  static byte[] readClasses(InputStream in) throws IOException {
    byte[] head = ("icu " + VersionInfo.ICU_VERSION + "\n").getBytes(StandardCharsets.US_ASCII);
    byte[] classes = new byte[0x10000];
    if (!java.util.Arrays.equals(in.readNBytes(head.length), head)
        || in.readNBytes(classes, 0, classes.length) != classes.length
        || in.read() >= 0) {
      return null;
    }
    for (byte k : classes) {
      if (k <= UNKNOWN || k > ICU) {
        return null;
      }
    }
    return classes;
  }

  /** Build step (see {@code PrecompiledData}): records {@link #computeClasses} under {@code classes}. */
  static void writeClasses(Path classes) throws IOException {
    Path file = classes.resolve("dev/empathy/text").resolve(CLASSES);
    Files.createDirectories(file.getParent());
    byte[] head = ("icu " + VersionInfo.ICU_VERSION + "\n").getBytes(StandardCharsets.US_ASCII);
    byte[] all = java.util.Arrays.copyOf(head, head.length + 0x10000);
    System.arraycopy(computeClasses(), 0, all, head.length, 0x10000);
    Files.write(file, all);
  }

  /** The class of every BMP character, asked of ICU now (surrogates are left to ICU). */
  static byte[] computeClasses() {
    byte[] classes = new byte[0x10000];
    for (int c = 0; c < classes.length; c++) {
      classes[c] = Character.isSurrogate((char) c) ? ICU : classOf(c);
    }
    return classes;
  }

  /** The class of {@code c}; a high surrogate is the class of its pair's code point. */
  private static byte classOf(char c) {
    byte k = CLASS[c];
    if (k == UNKNOWN) {
      k = Character.isSurrogate(c) ? ICU : classOf((int) c);
      CLASS[c] = k;
    }
    return k;
  }

  /** The class of a code point, from its Unicode properties. */
  static byte classOf(int cp) {
    if (UScript.hasScript(cp, UScript.HAN)
        || UScript.hasScript(cp, UScript.HIRAGANA)
        || UScript.hasScript(cp, UScript.KATAKANA)
        || UScript.hasScript(cp, UScript.HANGUL)
        || UCharacter.hasBinaryProperty(cp, UProperty.IDEOGRAPHIC)
        || UCharacter.getIntPropertyValue(cp, UProperty.LINE_BREAK) == UCharacter.LineBreak.COMPLEX_CONTEXT) {
      return ICU; // dictionary and ideograph rules
    }
    switch (UCharacter.getIntPropertyValue(cp, UProperty.WORD_BREAK)) {
      case UCharacter.WordBreak.ALETTER:
        return LETTER;
      case UCharacter.WordBreak.NUMERIC:
        return NUMBER;
      case UCharacter.WordBreak.EXTENDNUMLET:
        return CONNECTOR;
      case UCharacter.WordBreak.MIDLETTER:
        return MID_LETTER;
      case UCharacter.WordBreak.MIDNUM:
        return MID_NUMBER;
      case UCharacter.WordBreak.MIDNUMLET:
      case UCharacter.WordBreak.SINGLE_QUOTE:
        return MID_BOTH;
      case UCharacter.WordBreak.WSEGSPACE:
        return SPACE;
      case UCharacter.WordBreak.OTHER:
        return OTHER;
      case UCharacter.WordBreak.CR:
      case UCharacter.WordBreak.LF:
      case UCharacter.WordBreak.NEWLINE:
        return NEWLINE;
      default:
        return ICU;
    }
  }
}
