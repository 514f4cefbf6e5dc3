package dev.empathy.channels.voice;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a sentence into what a voice reads differently: dates (found from the reply's facts, not
 * guessed), web addresses (said without scheme or query), telephone numbers (said in groups),
 * codes (read character by character), other numbers (a short pause first; "12/03", "1-800" and
 * "$4.99" are one number each) and plain text. Also counts words for the speaking-time estimate.
 */
final class Speech {
  enum Kind {
    TEXT,
    NUMBER,
    CODE,
    DATE,
    /** A telephone number, said in groups as people say one (SSML {@code telephone}). */
    PHONE,
    /** A web address, said without its scheme, "www." or query ({@link #spokenLink}). */
    LINK
  }

  record Piece(Kind kind, String text) {}

  /**
   * Upper-case letters and digits mixed (A7X9Q, ORD-4471), or a run of four or more digits. A match
   * starts only at a letter or digit, and its look-aheads see the first 64 characters: unbounded,
   * they rescanned a long run ("-----…", "A-A-A-…") from every position of it. A code has at most 16
   * hyphenated parts, and a number at most 16 groups: each repetition of a group is a stack frame
   * in java.util.regex, and "1-1-1-…" 100 KB long overflowed the stack.
   */
  private static final Pattern CODE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?=[\\p{Lu}\\p{N}])(?:(?=[\\p{Lu}\\p{N}-]{0,63}\\p{N})(?=[\\p{Lu}\\p{N}-]{0,63}\\p{Lu})[\\p{Lu}\\p{N}]+(?:-[\\p{Lu}\\p{N}]+){0,15}"
              + "|(?<![$€£¥.,])\\p{N}{4,}(?![.,]\\p{N}))(?![\\p{L}\\p{N}])");
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
  private static final Pattern NUMBER = Pattern.compile("[$€£¥]?\\p{N}+(?:[.,:/-]\\p{N}+){0,15}%?");
  /**
   * A telephone number: an optional "+", then digit groups joined by spaces, dots, hyphens or
   * brackets, seven digits or more in all ("1-800-555-0199", "+44 20 7946 0958", "(555) 010-0199").
   * Japanese words touch the number ("配達員が090-1234-5678にお電話します"): their letters do not
   * bound it, as a Latin letter does.
   */
  private static final String LATIN_LIKE = "[\\p{L}&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]]";
  private static final Pattern PHONE =
      Pattern.compile("(?<!" + LATIN_LIKE + "|[\\p{N}+$€£¥.,/-])\\+?(?:\\(\\d{1,4}\\)|\\d{1,4})(?:[ .-]?(?:\\(\\d{1,4}\\)|\\d{2,4})){2,5}"
          + "(?!" + LATIN_LIKE + "|\\p{N}|[.,/-]\\p{N})");
  /** A web address: a scheme or "www." and what follows up to a blank (a trailing stop is not part of it). */
  private static final Pattern LINK_START = Pattern.compile("(?i)(?<!" + LATIN_LIKE + "|[\\p{N}\\p{M}_])(?:https?://|www\\.)");

  private Speech() {}

  /** The pieces of {@code text}; {@code dates} are the exact date strings the reply's facts give. */
  static List<Piece> pieces(String text, List<String> dates) {
    return pieces(text, dates, null);
  }

  /**
   * The pieces of {@code text}; a figure that {@code reference} finds (group {@code v}, after a word
   * naming a reference: "claim 100-2003-40050") is a code, said as characters, never a telephone
   * number; {@code reference} may be null.
   */
  static List<Piece> pieces(String text, List<String> dates, Pattern reference) {
    int n = text.length();
    Kind[] kinds = new Kind[n];
    for (String d : dates) {
      if (d.isEmpty()) {
        continue;
      }
      for (int at = text.indexOf(d); at >= 0; at = text.indexOf(d, at + d.length())) {
        mark(kinds, at, at + d.length(), Kind.DATE);
      }
    }
    markLinks(text, kinds);
    if (reference != null) {
      Matcher r = reference.matcher(text);
      while (r.find()) {
        if (r.end("v") - r.start("v") >= 3 && free(kinds, r.start("v"), r.end("v"))) {
          mark(kinds, r.start("v"), r.end("v"), Kind.CODE);
        }
      }
    }
    Matcher m = PHONE.matcher(text);
    while (m.find()) {
      String digits = m.group().replaceAll("\\D", "");
      boolean grouped = m.group().startsWith("+") || m.group().matches(".*[ .()-].*");
      boolean isoDate = m.group().matches("\\d{4}-\\d{1,2}-\\d{1,2}");
      if (digits.length() >= 7 && digits.length() <= 15 && grouped && !isoDate && free(kinds, m.start(), m.end())) {
        mark(kinds, m.start(), m.end(), Kind.PHONE);
      }
    }
    m = CODE.matcher(text);
    while (m.find()) {
      if (m.group().length() >= 4 && !YEAR.matcher(m.group()).matches() && free(kinds, m.start(), m.end())) {
        mark(kinds, m.start(), m.end(), Kind.CODE);
      }
    }
    m = NUMBER.matcher(text);
    while (m.find()) {
      if (free(kinds, m.start(), m.end())) {
        mark(kinds, m.start(), m.end(), Kind.NUMBER);
      }
    }
    List<Piece> out = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= n; i++) {
      if (i == n || kinds[i] != kinds[start]) {
        Kind k = kinds[start] == null ? Kind.TEXT : kinds[start];
        out.add(new Piece(k, text.substring(start, i)));
        start = i;
      }
    }
    return out;
  }

  /**
   * Marks each web address: from its start (a scheme or "www." where no word goes on) through the
   * characters up to a blank, less the stops that end the sentence ("www.example.com/help." ends
   * before the "."). A run holding {@code < > "} is no address (markup or a quotation, not a link
   * to say). One pass over the text, however long its runs: a lazy pattern with a look-ahead at
   * each step rescanned a run of stops from every character of it.
   */
  private static void markLinks(String text, Kind[] kinds) {
    Matcher m = LINK_START.matcher(text);
    int searchFrom = 0;
    int runEnd = -1;
    int lastMarkup = -1;
    while (searchFrom < text.length() && m.find(searchFrom)) {
      int start = m.start();
      int afterPrefix = m.end();
      if (start >= runEnd) {
        runEnd = afterPrefix;
        lastMarkup = -1;
        // Japanese writes an address between words without a blank ("設定方法はhttps://…/settingsをご覧ください"):
        // a kana, a kanji or a full-width mark ends it as a blank would.
        while (runEnd < text.length() && !isBlank(text.charAt(runEnd)) && !isJapanese(text.charAt(runEnd))) {
          char c = text.charAt(runEnd);
          if (c == '<' || c == '>' || c == '"') {
            lastMarkup = runEnd;
          }
          runEnd++;
        }
      }
      if (lastMarkup >= start || runEnd == afterPrefix) {
        // Markup or a quotation later in this run, or nothing after the prefix: no address starts
        // here, nor anywhere before that character.
        searchFrom = Math.max(start + 1, lastMarkup + 1);
        continue;
      }
      int end = runEnd;
      while (end > afterPrefix + 1 && isStop(text.charAt(end - 1))) {
        end--;
      }
      mark(kinds, start, end, Kind.LINK);
      searchFrom = end;
    }
    if (text.indexOf('/') >= 0) {
      // A site without a scheme and a path after it ("help.acme.com/billing"): an address too, whose
      // "/" is said as a word, never left to the engine.
      Matcher b = BARE_LINK.matcher(text);
      while (b.find()) {
        if (free(kinds, b.start(), b.end())) {
          mark(kinds, b.start(), b.end(), Kind.LINK);
        }
      }
    }
  }

  /**
   * A site (labels, a stop and a top-level domain of letters) and a path of words: "help.acme.com/billing/faq".
   * One that opens with "www." is the scanner's to judge: "www.ww/www.www.<" runs into markup and is no
   * link (CI draw of SpeechLinksProperties, session 22, seed 4890226624301820480).
   */
  private static final Pattern BARE_LINK = Pattern.compile(
      "(?<![\\p{L}\\p{N}\\p{M}@._/-])(?![wW][wW][wW]\\.)[\\p{L}\\p{N}-]{1,63}(?:\\.[\\p{L}\\p{N}-]{1,63}){0,5}\\.\\p{L}{2,24}"
          + "(?:/[\\p{L}\\p{N}_~%+-]{1,64}(?:\\.[\\p{L}\\p{N}]{1,8})?){1,8}/?(?![\\p{L}\\p{N}/])");

  /** A kana, a CJK ideograph, or a full-width or CJK mark: never part of a web address. */
  static boolean isJapanese(char c) {
    return (c >= '\u3000' && c <= '\u30FF') || (c >= '\u3400' && c <= '\u9FFF') || (c >= '\uFF00' && c <= '\uFFEF');
  }

  /** White space as {@code \\s} reads it without Unicode classes: space, tab, line breaks, form feed. */
  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static boolean isStop(char c) {
    return ".,;:!?)]".indexOf(c) >= 0;
  }

  private static boolean free(Kind[] kinds, int from, int to) {
    for (int i = from; i < to; i++) {
      if (kinds[i] != null) {
        return false;
      }
    }
    return true;
  }

  private static void mark(Kind[] kinds, int from, int to, Kind kind) {
    if (free(kinds, from, to)) {
      for (int i = from; i < to; i++) {
        kinds[i] = kind;
      }
    }
  }

  /**
   * A web address as a person reads it out: without its scheme, "www.", query, fragment or final
   * slash ("https://www.example.com/billing/faq?id=42" → "example.com/billing/faq"); a speech
   * engine says the dots and slashes.
   */
  static String spokenLink(String link) {
    String s = link.replaceFirst("(?i)^https?://", "").replaceFirst("(?i)^www\\.", "");
    int cut = s.length();
    for (char c : new char[] {'?', '#'}) {
      int at = s.indexOf(c);
      if (at >= 0) {
        cut = Math.min(cut, at);
      }
    }
    s = s.substring(0, cut);
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    return s.isEmpty() ? link : s;
  }

  /**
   * True when the number at {@code pieces[i]} takes a short pause before it: not when it is glued
   * to the letter or digit before it ("gate B12"), nor when it comes within {@code afterWords}
   * words of the number before it in the sentence, whose phrase it ends ("42 dollars and 50 cents", "from 8 to
   * 12"): a pause there splits one figure in two.
   */
  static boolean pausesBefore(List<Piece> pieces, int i, int afterWords) {
    if (i == 0) {
      return true;
    }
    String before = pieces.get(i - 1).text();
    if (!before.isEmpty() && Character.isLetterOrDigit(before.codePointBefore(before.length()))) {
      return false;
    }
    int words = 0;
    for (int k = i - 1; k >= 0; k--) {
      Piece p = pieces.get(k);
      if (p.kind() != Kind.TEXT) {
        return p.kind() != Kind.NUMBER || words > afterWords;
      }
      for (String w : p.text().split("\\s+")) {
        if (w.codePoints().anyMatch(Character::isLetter)) {
          words++;
        }
      }
      if (words > afterWords || p.text().codePoints().anyMatch(c -> ".!?;".indexOf(c) >= 0)) {
        return true;
      }
    }
    return true;
  }

  /**
   * A code as it is read out, in groups: its hyphenated parts, and a part longer than {@code
   * above} characters in groups of {@code size} (a last group of one joins the one before):
   * "9400111899223344556677" → 9400 1118 9922 3344 5566 77, "1234-5678-9012" → 1234 5678 9012;
   * a short code is one group ("RF-20931", "A7X9Q").
   */
  static List<String> groups(String code, int size, int above) {
    if (characters(code) <= above) {
      return List.of(code);
    }
    List<String> out = new ArrayList<>();
    for (String part : code.split("[-/]")) {
      if (part.isEmpty()) {
        continue;
      }
      int from = 0;
      while (part.length() - from > size) {
        int to = part.length() - from - size == 1 ? part.length() : from + size;
        out.add(part.substring(from, to));
        from = to;
      }
      if (from < part.length()) {
        out.add(part.substring(from));
      }
    }
    return out.isEmpty() ? List.of(code) : out;
  }

  /** Words as ICU segments them (letters, numbers, kana, ideographs); punctuation is not a word. */
  static int words(String text, Locale locale) {
    BreakIterator it = BreakIterator.getWordInstance(ULocale.forLocale(locale));
    it.setText(text);
    int count = 0;
    for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
      if (it.getRuleStatus() >= BreakIterator.WORD_NONE_LIMIT) {
        count++;
      }
    }
    return count;
  }

  /** Letters and digits of a code, each read as one word. */
  static int characters(String code) {
    return (int) code.codePoints().filter(Character::isLetterOrDigit).count();
  }
}
