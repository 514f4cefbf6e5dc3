package dev.empathy.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import java.util.Arrays;

/**
 * The token stream a {@link PhraseMatcher} runs over: ICU word segments, case-folded and
 * NFKC-normalised, with their UTF-16 spans in the original string.
 *
 * <ul>
 *   <li>Letter, number, kana and ideograph segments are tokens. Segments of scripts written
 *       without spaces (Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar) are split further into
 *       one token per grapheme, flagged with where the ICU word began and ended, so a lexicon entry
 *       can match a whole word or a part of one.
 *   <li>Any number reads as {@code #} ("3 weeks" = "12 weeks"), ordinals as {@code #th}.
 *   <li>Emoji and other symbols are tokens; a sequence (ZWJ, skin tone, variation selector) reads
 *       as its first emoji.
 *   <li>Sentence terminators ({@code . ! ? 。}) and line breaks are barriers: a phrase never spans
 *       one. Consecutive barriers collapse into one.
 *   <li>Spaces and other punctuation (commas, quotes, hyphens) are skipped.
 * </ul>
 *
 * <p>Not thread-safe; one instance per call.
 */
final class WordTokens {
  static final int BARRIER = -2;
  static final int UNKNOWN = -1;
  static final byte WORD_START = 1;
  static final byte WORD_END = 2;

  /**
   * ICU's root word iterator, built the first time a line needs ICU: a text whose lines {@link
   * Segments} reads alone never loads ICU's break rules (a visible share of a one-line run).
   */
  private static final class RootWords {
    static final BreakIterator PROTOTYPE = BreakRules.words(java.util.Locale.ROOT);
  }

  /** ICU's normalisers, loaded the first time a token that is not plain ASCII is folded. */
  private static final class Normalizers {
    static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();
    static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  }
  private static final int RULE_STATUS_WORD = 100; // ICU UBRK_WORD_NONE_LIMIT

  /** Receives each token as it is found. */
  interface Sink {
    /**
     * @param start UTF-16 start in the original text
     * @param end UTF-16 end (exclusive)
     * @param folded the normalised token, or {@code null} for a barrier
     * @param flags {@link #WORD_START} and/or {@link #WORD_END}
     */
    void token(int start, int end, String folded, byte flags);

    /**
     * A token of ASCII letters and digits that starts with a letter: its folded form is {@code
     * chars[start, end)} in lower case, so a sink can look it up without making it. By default it
     * is made and passed to {@link #token}.
     *
     * @param chars the characters of the text being scanned (the array may be longer than the
     *     text; only read it during the call)
     * @param start UTF-16 start
     * @param end UTF-16 end (exclusive)
     * @param flags {@link #WORD_START} and {@link #WORD_END}
     */
    default void plainToken(char[] chars, int start, int end, byte flags) {
      char[] lower = new char[end - start];
      for (int i = start; i < end; i++) {
        char c = chars[i];
        lower[i - start] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
      }
      token(start, end, new String(lower), flags);
    }

    /**
     * A token whose folded form the scan has already written: {@code folded[0, length)}, lower-case
     * ASCII letters, digits and apostrophes (a word such as "I’ve" or "can't"). By default it is
     * made into a string and passed to {@link #token}.
     *
     * @param start UTF-16 start in the original text
     * @param end UTF-16 end (exclusive)
     * @param folded the folded form (the array may be longer; only read it during the call)
     * @param length its length
     * @param flags {@link #WORD_START} and {@link #WORD_END}
     */
    default void foldedToken(int start, int end, char[] folded, int length, byte flags) {
      token(start, end, new String(folded, 0, length), flags);
    }
  }

  /**
   * True when {@code chars[start, end)} is ASCII letters and digits with apostrophes ({@code ' ’
   * ‘}), starting with a letter: a word {@link Scan#foldApostropheWord} folds as {@link #fold} does.
   */
  private static boolean isApostropheWord(char[] chars, int start, int end) {
    char first = chars[start];
    if (!((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z'))) {
      return false;
    }
    for (int i = start + 1; i < end; i++) {
      char c = chars[i];
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\'' || c == '\u2019' || c == '\u2018')) {
        return false;
      }
    }
    return true;
  }

  /** True when {@code chars[start, end)} is ASCII letters and digits, starting with a letter. */
  private static boolean isPlain(char[] chars, int start, int end) {
    char first = chars[start];
    if (!((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z'))) {
      return false;
    }
    for (int i = start + 1; i < end; i++) {
      char c = chars[i];
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  private WordTokens() {}

  /** Splits {@code text} into tokens, in order, calling {@code sink} for each. Linear time. */
  static void scan(String text, boolean foldAccents, Sink sink) {
    scan(text, foldAccents, sink, null);
  }

  /**
   * {@link #scan(String, boolean, Sink)}, also handing every word segment the scan reads (ICU's
   * root word segments, with their rule status) to {@code segments} when it is not null, so a
   * caller that counts words needs no second segmentation.
   */
  static void scan(String text, boolean foldAccents, Sink sink, Segments.Sink segments) {
    char[] chars = Segments.borrowChars(text);
    Scan scan = new Scan(text, chars, foldAccents, sink, segments);
    try {
      scan.run();
    } finally {
      Segments.giveBackChars(chars);
      BreakIterator words = scan.words;
      if (words != null) {
        words.setText(""); // drop the reference to the text
        SPARE.set(words);
      }
    }
  }

  /**
   * A root word iterator for one scan. One iterator per thread, reused: cloning ICU's iterator
   * allocates its caches, a visible share of a short text's cost. Taken out of the slot while in
   * use, so a nested scan (a sink that scans) clones its own.
   */
  private static BreakIterator borrowWords() {
    BreakIterator words = SPARE.get();
    if (words == null) {
      return (BreakIterator) RootWords.PROTOTYPE.clone();
    }
    SPARE.set(null);
    return words;
  }

  private static final ThreadLocal<BreakIterator> SPARE = new ThreadLocal<>();

  /**
   * One scan: ICU's word segments, each turned into a token, a barrier or nothing. Lines whose
   * characters all belong to the classes {@link Segments} handles are segmented there, without
   * ICU (the same segments, several times faster); other lines go to ICU's iterator.
   */
  private static final class Scan implements Segments.Words {
    private final String text;
    private final char[] chars; // text's characters: the hot loops read them, never the string
    private final boolean foldAccents;
    private final Sink sink;
    private BreakIterator words; // borrowed when a line needs ICU
    private final Segments.Sink segments; // or null
    private BreakIterator graphemes;
    private char[] folded; // the folded form of an apostrophe word
    private boolean lastWasBarrier = true; // no leading barrier

    Scan(String text, char[] chars, boolean foldAccents, Sink sink, Segments.Sink segments) {
      this.text = text;
      this.chars = chars;
      this.foldAccents = foldAccents;
      this.sink = sink;
      this.segments = segments;
    }

    void run() {
      Segments.of(text, chars, this, this::segment);
    }

    @Override
    public BreakIterator words() {
      if (words == null) {
        words = borrowWords();
      }
      return words;
    }

    /** One ICU word segment {@code [start, end)} with its rule status. */
    void segment(int start, int end, int status) {
      if (segments != null) {
        segments.segment(start, end, status);
      }
      if (status >= RULE_STATUS_WORD) {
        if (isPlain(chars, start, end)) {
          sink.plainToken(chars, start, end, (byte) (WORD_START | WORD_END));
        } else if (isApostropheWord(chars, start, end)) {
          int length = foldApostropheWord(start, end);
          sink.foldedToken(start, end, folded, length, (byte) (WORD_START | WORD_END));
        } else {
          word(start, end);
        }
        lastWasBarrier = false;
      } else {
        switch (classify(chars, start, end, text.length())) {
          case SYMBOL:
            // An emoji sequence reads as its base emoji: 🤦‍♀️ and 🤦🏽 match 🤦.
            String folded = fold(text.substring(start, start + Character.charCount(text.codePointAt(start))), false);
            if (!folded.isEmpty()) {
              sink.token(start, end, folded, (byte) (WORD_START | WORD_END));
              lastWasBarrier = false;
            }
            break;
          case BARRIER:
            if (!lastWasBarrier) {
              sink.token(start, end, null, (byte) 0);
              lastWasBarrier = true;
            }
            break;
          default:
            break;
        }
      }
    }

    /**
     * Folds an {@link #isApostropheWord apostrophe word} into {@link #folded} as {@link #fold}
     * would (NFKC with case folding only lower-cases such a word; then {@link #apostrophes}): ASCII
     * letters in lower case, an apostrophe kept only when it is not first and the rest of the word
     * is "ll", "re" or "d". Returns the length.
     */
    private int foldApostropheWord(int start, int end) {
      int n = end - start;
      if (folded == null || folded.length < n) {
        folded = new char[Math.max(32, n)];
      }
      int length = 0;
      for (int i = start; i < end; i++) {
        char c = chars[i];
        if (c == '\'' || c == '\u2019' || c == '\u2018') {
          if (i > start && restIs(i + 1, end)) {
            folded[length++] = '\'';
          }
        } else {
          folded[length++] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
      }
      return length;
    }

    /** True when {@code chars[from, end)} is "ll", "re" or "d" in any case. */
    private boolean restIs(int from, int end) {
      int n = end - from;
      if (n == 1) {
        return (chars[from] | 0x20) == 'd';
      }
      if (n == 2) {
        char a = (char) (chars[from] | 0x20);
        char b = (char) (chars[from + 1] | 0x20);
        return (a == 'l' && b == 'l') || (a == 'r' && b == 'e');
      }
      return false;
    }

    /** A word segment that is not plain ASCII: a number, an accented word, a word without spaces. */
    private void word(int start, int end) {
      int cp = Character.codePointAt(chars, start, text.length());
      if (isScriptWithoutSpaces(cp)) {
        if (graphemes == null) {
          graphemes = Graphemes.characterIterator(text);
        }
        int g = start;
        for (int ge = graphemes.following(g); ; g = ge, ge = graphemes.next()) {
          if (ge == BreakIterator.DONE || ge > end) {
            ge = end; // a word boundary is always a grapheme boundary; this is only a guard
          }
          byte flags = (byte) ((g == start ? WORD_START : 0) | (ge == end ? WORD_END : 0));
          sink.token(g, ge, fold(text.substring(g, ge), foldAccents), flags);
          if (ge >= end) {
            break;
          }
        }
      } else {
        sink.token(start, end, foldWord(start, end), (byte) (WORD_START | WORD_END));
      }
    }

    /**
     * {@link #fold} of {@code text[start, end)}, without the string's own loops or a normaliser
     * when it is ASCII with curly apostrophes at most ("I’ve"): NFKC with case folding changes
     * such a word only by lower-casing its ASCII letters, and the curly apostrophes (’ ‘) are then
     * unified to {@code '}, as {@link #fold} does (checked against it by {@code WordTokensFoldTest}).
     */
    private String foldWord(int start, int end) {
      for (int i = start; i < end; i++) {
        char c = chars[i];
        if (c >= 0x80 && c != '\u2019' && c != '\u2018') {
          return fold(text.substring(start, end), foldAccents);
        }
      }
      char[] lower = new char[end - start];
      for (int i = start; i < end; i++) {
        char c = chars[i];
        lower[i - start] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c >= 0x80 ? '\'' : c;
      }
      return numbersAsClass(apostrophes(new String(lower)));
    }
  }

  private enum Kind {
    SKIP,
    SYMBOL,
    BARRIER
  }

  private static Kind classify(char[] chars, int start, int end, int length) {
    if (end == start + 1 && chars[start] < 0x80) { // the common case: a space or a mark
      char c = chars[start];
      return c == '.' || c == '!' || c == '?' || c == '\n' ? Kind.BARRIER : Kind.SKIP;
    }
    return classifyOther(chars, start, end, length);
  }

  private static Kind classifyOther(char[] chars, int start, int end, int length) {
    Kind kind = Kind.SKIP;
    for (int i = start; i < end; ) {
      int cp = Character.codePointAt(chars, i, length);
      i += Character.charCount(cp);
      if (cp == '\n' || cp == 0x2029 || cp == 0x2028 || UCharacter.hasBinaryProperty(cp, UProperty.S_TERM)) {
        return Kind.BARRIER;
      }
      if (UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC)
          || UCharacter.getType(cp) == UCharacter.OTHER_SYMBOL
          || UCharacter.hasBinaryProperty(cp, UProperty.REGIONAL_INDICATOR)) {
        kind = Kind.SYMBOL;
      }
    }
    return kind;
  }

  private static boolean isScriptWithoutSpaces(int cp) {
    int script = UScript.getScript(cp);
    return script == UScript.HAN
        || script == UScript.HIRAGANA
        || script == UScript.KATAKANA
        || script == UScript.THAI
        || script == UScript.LAO
        || script == UScript.KHMER
        || script == UScript.MYANMAR
        || (script == UScript.COMMON && cp == 0x30FC); // ー, the katakana length mark
  }

  /**
   * The normal form a token is compared in: NFKC with case folding ("Ｓｏｏｏ" and "sooo" agree),
   * apostrophes unified and mostly removed ("can't", "can’t" and "cant" agree; "I'll" keeps its
   * apostrophe so it is not "ill"), emoji modifiers removed, and, when asked, Latin diacritics
   * removed ("rápido" and "rapido" agree).
   */
  static String fold(String token, boolean foldAccents) {
    return numbersAsClass(foldText(token, foldAccents));
  }

  /**
   * Any number reads as {@code #}, so "3 weeks" and "12 weeks" are one phrase: a leading run of
   * digits (with inner {@code . , :}) becomes {@code #}; an ordinal suffix becomes {@code #th}
   * ("2nd", "3rd"); other letters stay ("10am" is {@code #am}).
   */
  private static String numbersAsClass(String s) {
    if (s.isEmpty() || !Character.isDigit(s.codePointAt(0))) {
      return s;
    }
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (Character.isDigit(cp)) {
        i += Character.charCount(cp);
      } else if ((cp == '.' || cp == ',' || cp == ':') && i + 1 < s.length() && Character.isDigit(s.codePointAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    String rest = s.substring(i);
    if (rest.equals("st") || rest.equals("nd") || rest.equals("rd") || rest.equals("th")) {
      return "#th";
    }
    return "#" + rest;
  }

  private static String foldText(String token, boolean foldAccents) {
    if (isPlainAscii(token)) {
      return asciiFold(token);
    }
    String s = Normalizers.NFKC_CF.normalize(token);
    if (foldAccents) {
      s = stripMarks(s);
    }
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int n = Character.charCount(cp);
      boolean change = isApostrophe(cp) && cp != '\'' || (cp >= 0x1F3FB && cp <= 0x1F3FF);
      if (change && sb == null) {
        sb = new StringBuilder(s.length());
        sb.append(s, 0, i);
      }
      if (sb != null) {
        if (isApostrophe(cp)) {
          sb.append('\'');
        } else if (!(cp >= 0x1F3FB && cp <= 0x1F3FF)) {
          sb.appendCodePoint(cp);
        }
      }
      i += n;
    }
    return apostrophes(sb == null ? s : sb.toString());
  }

  private static boolean isPlainAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static String asciiFold(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= 'A' && c <= 'Z') || c == '\'') {
        char[] out = new char[s.length()];
        int n = 0;
        for (int k = 0; k < s.length(); k++) {
          char ch = s.charAt(k);
          out[n++] = ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch;
        }
        return apostrophes(new String(out, 0, n));
      }
    }
    return s;
  }

  /**
   * Drops apostrophes ("can't" = "cant", "I'm" = "im"), except before a final "ll", "re" or "d",
   * where dropping them would make another word ("I'll" is not "ill", "he'll" not "hell", "we're"
   * not "were").
   */
  private static String apostrophes(String s) {
    int at = s.indexOf('\'');
    if (at < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\'') {
        sb.append(c);
        continue;
      }
      String rest = s.substring(i + 1);
      if (i > 0 && (rest.equals("ll") || rest.equals("re") || rest.equals("d"))) {
        sb.append('\'');
      }
    }
    return sb.toString();
  }

  private static boolean isApostrophe(int cp) {
    return cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == 0x2032;
  }

  private static String stripMarks(String s) {
    String d = Normalizers.NFD.normalize(s);
    StringBuilder sb = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (c < 0x0300 || c > 0x036F) {
        sb.append(c);
      }
    }
    return Normalizers.NFC.normalize(sb);
  }
}
