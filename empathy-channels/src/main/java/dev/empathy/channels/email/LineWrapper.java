package dev.empathy.channels.email;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.empathy.channels.fit.Cuts;
import dev.empathy.text.Graphemes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wraps plain-text e-mail at ICU line-break opportunities (so CJK text breaks between characters
 * and hyphenated words after the hyphen), measuring columns as a fixed-width font draws them (a
 * wide character, as in Japanese, takes two). A URL is never broken:
 * no break opportunity inside it is used. A word longer than the preferred width may run to the
 * hard maximum; a longer non-URL run is cut between graphemes; a longer URL stands alone on its
 * line, the one case in which a line may exceed the maximum. A short number stays on the line of
 * what it counts ("10 €", "3 business days", "30. November"), as a typesetter's no-break space
 * would keep it, unless that leaves no break that fits.
 */
final class LineWrapper {
  private static final Pattern URL = Pattern.compile("(?i)(?:https?://|www\\.)\\S+");

  private final int width;
  private final int max;
  private final ULocale locale;

  LineWrapper(int width, int max, Locale locale) {
    this.width = width;
    this.max = max;
    this.locale = ULocale.forLocale(locale);
  }

  /**
   * Wraps {@code text} (which may hold hard line breaks), prefixing the first line with {@code
   * first} and the others with {@code rest} (e.g. a list marker and its hanging indent).
   */
  List<String> wrap(String text, String first, String rest) {
    List<String> out = new ArrayList<>();
    boolean firstLine = true;
    for (String hard : text.split("\n", -1)) {
      String line = Cuts.stripTrailing(hard);
      BreakIterator it = breaks(line);
      List<int[]> urls = urls(line);
      int start = 0;
      while (true) {
        String prefix = firstLine ? first : rest;
        int room = width - Graphemes.count(prefix);
        int hardRoom = max - Graphemes.count(prefix);
        if (columns(line, start, line.length(), room) <= room) {
          out.add(prefix + line.substring(start));
          firstLine = false;
          break;
        }
        int end = lastBreakWithin(line, it, urls, start, room);
        if (end <= start) {
          int next = nextBreak(it, urls, start, line.length());
          int urlEnd = urlEndAt(urls, start);
          if (urlEnd > start) {
            end = Math.max(next, urlEnd);
          } else if (columns(line, start, next, hardRoom) <= hardRoom) {
            end = next;
          } else {
            end = indexAfterColumns(line, start, Math.max(2, hardRoom));
          }
        }
        out.add(prefix + Cuts.stripTrailing(line.substring(start, end)));
        firstLine = false;
        start = end;
        while (start < line.length() && line.charAt(start) == ' ' && Graphemes.isBoundary(line, start + 1)) {
          start++;
        }
        if (start >= line.length()) {
          break;
        }
      }
    }
    return out;
  }

  /** The furthest break in (start, line end] whose line (trailing blanks aside) fits {@code room}. */
  private static int lastBreakWithin(String line, BreakIterator it, List<int[]> urls, int start, int room) {
    int best = start;
    for (int b = it.following(start); b != BreakIterator.DONE; b = it.next()) {
      if (insideUrl(urls, b) || keepsNumberWithItsWord(line, b) || keepsNameWithItsNumber(line, b)
          || keepsDigitGroupsTogether(line, b)) {
        continue;
      }
      String candidate = Cuts.stripTrailing(line.substring(start, b));
      if (columns(candidate, 0, candidate.length(), room) > room) {
        break;
      }
      best = b;
    }
    return best;
  }

  /**
   * True when the break at {@code b} follows a short number and a space and precedes a word or a
   * currency sign: "10 | €", "3 | business days", "30. | November".
   */
  static boolean keepsNumberWithItsWord(String line, int b) {
    if (b < 2 || b >= line.length() || line.charAt(b - 1) != ' ') {
      return false;
    }
    int next = line.codePointAt(b);
    if (!Character.isLetter(next) && Character.getType(next) != Character.CURRENCY_SYMBOL && next != '%') {
      return false;
    }
    int end = b - 1; // the space
    int from = end;
    while (from > 0 && line.charAt(from - 1) != ' ' && end - from < 8) {
      from--;
    }
    if (from == end || (from > 0 && line.charAt(from - 1) != ' ')) {
      return false; // no token, or one longer than a short number
    }
    if (end - from <= 3 && Character.isLetter(line.charAt(from)) && from >= 2) {
      // A short word between a number and its word stays with both: "1º de | dezembro".
      boolean word = true;
      for (int i = from; i < end; i++) {
        word &= Character.isLetter(line.charAt(i));
      }
      return word && keepsNumberWithItsWord(line, from);
    }
    boolean digit = false;
    int suffix = 0; // an ordinal's letters after its digits: "1er", "21st", "1º"
    for (int i = from; i < end; i++) {
      char c = line.charAt(i);
      if (c >= '0' && c <= '9' && suffix == 0) {
        digit = true;
      } else if ((c == '.' || c == ',') && suffix == 0) {
        continue;
      } else if (digit && (Character.isLetter(c) || c == 'º' || c == 'ª') && ++suffix <= 3) {
        continue;
      } else {
        return false;
      }
    }
    return digit;
  }

  /**
   * True when the break at {@code b} falls between two groups of one figure ("+44 7700 | 900123",
   * "900 123 | 456", "7749 1234 | 5678", "DE44 5001 | 0517"): a telephone, tracking or account
   * number split across lines cannot be read, copied or tapped to call.
   */
  static boolean keepsDigitGroupsTogether(String line, int b) {
    return b >= 2 && b < line.length() && line.charAt(b - 1) == ' '
        && Character.isDigit(line.charAt(b - 2)) && Character.isDigit(line.charAt(b));
  }

  /**
   * True when the break at {@code b} follows a capitalised word and a space and precedes a number
   * of one or two digits: a month and its day, a name and its number ("December | 4.", "Nov |
   * 28", "Terminal | 5") read as one and are never split across lines.
   */
  static boolean keepsNameWithItsNumber(String line, int b) {
    if (b < 3 || b >= line.length() || line.charAt(b - 1) != ' ') {
      return false;
    }
    int digits = 0;
    while (b + digits < line.length() && line.charAt(b + digits) >= '0' && line.charAt(b + digits) <= '9') {
      digits++;
    }
    if (digits == 0 || digits > 2
        || b + digits < line.length() && Character.isDigit(line.codePointAt(b + digits))) {
      return false;
    }
    int end = b - 1; // the space
    int from = end;
    while (from > 0 && Character.isLetter(line.charAt(from - 1))) {
      from--;
    }
    return end - from >= 2 && Character.isUpperCase(line.charAt(from))
        && (from == 0 || line.charAt(from - 1) == ' ' || line.charAt(from - 1) == '(');
  }

  private static int nextBreak(BreakIterator it, List<int[]> urls, int start, int end) {
    for (int b = it.following(start); b != BreakIterator.DONE; b = it.next()) {
      if (!insideUrl(urls, b)) {
        return b;
      }
    }
    return end;
  }

  private static int urlEndAt(List<int[]> urls, int start) {
    for (int[] s : urls) {
      if (s[0] == start) {
        return s[1];
      }
    }
    return -1;
  }

  private static List<int[]> urls(String line) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = URL.matcher(line);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    return spans;
  }

  private static boolean insideUrl(List<int[]> spans, int index) {
    for (int[] s : spans) {
      if (index > s[0] && index < s[1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * The columns {@code line[from, to)} takes in a fixed-width font: one a grapheme, two a wide or
   * full-width one (kana, ideographs, hangul, emoji shown as pictures: East Asian Width W or F),
   * as mail clients and terminals draw them; exact up to {@code cap}, above it any value greater
   * than {@code cap} (so a long remainder is not counted in full for every line).
   */
  private static int columns(String line, int from, int to, int cap) {
    int first = Math.min(to, from + 8 * (cap + 1) + 16);
    if (narrow(line, from, first)) {
      // No character below U+1100 is wide: the graphemes are the columns (most e-mail text).
      int c = Graphemes.count(line.substring(from, first));
      if (first == to || c > cap) {
        return c;
      }
    }
    BreakIterator graphemes = BreakIterator.getCharacterInstance(ULocale.ROOT);
    int c = 0;
    for (int at = from; at < to && c <= cap; ) {
      // A window of the text at a time: a long remainder is not segmented whole for every line.
      int window = Math.min(to, at + 8 * (cap - c + 1) + 16);
      graphemes.setText(line.substring(at, window));
      int start = 0;
      for (int end = graphemes.next(); end != BreakIterator.DONE && c <= cap; start = end, end = graphemes.next()) {
        c += width(line.codePointAt(at + start));
      }
      at = window;
    }
    return c;
  }

  /** The end of the graphemes from {@code from} that fill at most {@code room} columns (one at least). */
  private static int indexAfterColumns(String line, int from, int room) {
    BreakIterator graphemes = BreakIterator.getCharacterInstance(ULocale.ROOT);
    String window = line.substring(from, Math.min(line.length(), from + 64 * (room + 1)));
    graphemes.setText(window);
    int c = 0;
    int start = 0;
    for (int end = graphemes.next(); end != BreakIterator.DONE; start = end, end = graphemes.next()) {
      c += width(window.codePointAt(start));
      if (c > room && start > 0) {
        return from + start;
      }
    }
    return from + window.length();
  }

  private static boolean narrow(String line, int from, int to) {
    for (int i = from; i < to; i++) {
      if (line.charAt(i) >= '\u1100') {
        return false;
      }
    }
    return true;
  }

  private static int width(int cp) {
    int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
    return eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
  }

  private BreakIterator breaks(String line) {
    BreakIterator it = BreakIterator.getLineInstance(locale);
    it.setText(line);
    return it;
  }
}
