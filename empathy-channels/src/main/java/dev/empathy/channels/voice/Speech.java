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
 * guessed), codes (read character by character), other numbers (a short pause first) and plain
 * text. Also counts words for the speaking-time estimate.
 */
final class Speech {
  enum Kind {
    TEXT,
    NUMBER,
    CODE,
    DATE
  }

  record Piece(Kind kind, String text) {}

  /** Upper-case letters and digits mixed (A7X9Q, ORD-4471), or a run of four or more digits. */
  private static final Pattern CODE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:(?=[\\p{Lu}\\p{N}-]*\\p{N})(?=[\\p{Lu}\\p{N}-]*\\p{Lu})[\\p{Lu}\\p{N}]+(?:-[\\p{Lu}\\p{N}]+)*"
              + "|(?<![$€£¥.,])\\p{N}{4,}(?![.,]\\p{N}))(?![\\p{L}\\p{N}])");
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
  private static final Pattern NUMBER = Pattern.compile("[$€£¥]?\\p{N}+(?:[.,:]\\p{N}+)*%?");

  private Speech() {}

  /** The pieces of {@code text}; {@code dates} are the exact date strings the reply's facts give. */
  static List<Piece> pieces(String text, List<String> dates) {
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
    Matcher m = CODE.matcher(text);
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
