package dev.empathy.signal;

import java.util.ArrayList;
import java.util.List;

/**
 * How a message is typed, read in one pass over its characters: words in capitals, runs of
 * {@code !} and {@code ?}, stretched words ("sooo"), emoticons. These are intensity cues the word
 * tokenizer does not see. Words that look like part of a URL, an e-mail address or a handle are
 * ignored.
 */
final class Typography {
  /** The kinds of typographic cue. */
  enum Mark {
    /** A word in capitals: five letters or more, or two capitalised words in a row. */
    CAPS,
    /** Two or more exclamation marks. */
    EXCLAMATION,
    /** Two or more question marks. */
    QUESTIONS,
    /** A run mixing {@code ?} and {@code !}. */
    INTERROBANG,
    /** A letter typed three times or more in a word ("sooo", "pleeease"). */
    ELONGATION
  }

  /** One cue and its span; runs are reported by their first few characters. */
  record Hit(Mark mark, int start, int end) {}

  /** An emoticon found in the text. */
  record EmoticonHit(Lexicon.Emoticon emoticon, int start, int end) {}

  private static final int MAX_RUN_EVIDENCE = 8;

  final List<Hit> hits = new ArrayList<>();
  final List<EmoticonHit> emoticons = new ArrayList<>();
  /** Short capitalised words ("NOW", "YOU") that count only when they are also lexicon cues. */
  final List<Hit> shortCaps = new ArrayList<>();
  int exclamations;
  boolean shouting;

  private Typography() {}

  /**
   * @param emoticonTable the emoticons to look for
   * @param emoticonStarts the first characters of those emoticons, to skip the table quickly
   */
  static Typography scan(String text, List<Lexicon.Emoticon> emoticonTable, String emoticonStarts) {
    return scan(text, text.toCharArray(), emoticonTable, emoticonStarts);
  }

  /**
   * {@link #scan(String, List, String)} with {@code text}'s characters given ({@code chars.length >=
   * text.length()}): the letter and punctuation loops read the array, cheaper per character than a
   * string's {@code charAt}.
   */
  static Typography scan(String text, char[] chars, List<Lexicon.Emoticon> emoticonTable, String emoticonStarts) {
    Typography t = new Typography();
    int upper = 0;
    int lower = 0;
    int n = text.length();
    int prevCapsEnd = -1;
    boolean prevWasCaps = false;
    // The emoticons' ASCII first characters as bits: most characters a scan meets are asked here.
    long startsLow = 0;
    long startsHigh = 0;
    for (int k = 0; k < emoticonStarts.length(); k++) {
      char c = emoticonStarts.charAt(k);
      if (c < 0x40) {
        startsLow |= 1L << c;
      } else if (c < 0x80) {
        startsHigh |= 1L << (c - 0x40);
      }
    }
    int i = 0;
    while (i < n) {
      int cp = Character.codePointAt(chars, i, n);
      if (cp < 0x80 ? (char) ((cp | 0x20) - 'a') < 26 : Character.isLetter(cp)) { // ASCII as Character answers it
        int start = i;
        int up = 0;
        int low = 0;
        int letters = 0;
        int run = 0;
        int maxRun = 0;
        int last = -1;
        while (i < n) {
          int c = chars[i];
          if (c < 0x80) {
            // ASCII, as Character answers it: a letter is A-Z or a-z, and no ASCII character is a mark.
            int lc = c | 0x20;
            if (lc < 'a' || lc > 'z') {
              break;
            }
            letters++;
            if (c <= 'Z') {
              up++;
            } else {
              low++;
            }
            run = lc == last ? run + 1 : 1;
            maxRun = Math.max(maxRun, run);
            last = lc;
            i++;
            continue;
          }
          c = Character.codePointAt(chars, i, n);
          if (!Character.isLetter(c) && !(Character.getType(c) == Character.NON_SPACING_MARK && letters > 0)) {
            break;
          }
          if (Character.isLetter(c)) {
            letters++;
            if (Character.isUpperCase(c)) {
              up++;
            } else if (Character.isLowerCase(c)) {
              low++;
            }
            int lc = Character.toLowerCase(c);
            run = lc == last ? run + 1 : 1;
            maxRun = Math.max(maxRun, run);
            last = lc;
          }
          i += Character.charCount(c);
        }
        upper += up;
        lower += low;
        if (looksLikeAddress(text, start, i)) {
          prevWasCaps = false;
          continue;
        }
        boolean caps = low == 0 && up >= 2 && up == letters;
        if (caps) {
          boolean capsRun = prevWasCaps && onlySpacesBetween(text, prevCapsEnd, start);
          Hit previous = capsRun ? lastCaps(t) : null;
          if (previous != null && previous.end() == prevCapsEnd) {
            // "THANK YOU SO MUCH" is one shout: widen the previous span.
            removeRecorded(t.hits, previous);
            removeRecorded(t.shortCaps, previous);
            t.hits.add(new Hit(Mark.CAPS, previous.start(), i));
          } else if (letters >= 5 || capsRun) {
            t.hits.add(new Hit(Mark.CAPS, start, i));
          } else if (letters >= 3) {
            t.shortCaps.add(new Hit(Mark.CAPS, start, i));
          }
          prevCapsEnd = i;
        }
        prevWasCaps = caps;
        if (maxRun >= 3 && letters >= 4) {
          t.hits.add(new Hit(Mark.ELONGATION, start, i));
        }
        continue;
      }
      if (isBang(cp) || isQuery(cp)) {
        int start = i;
        int bangs = 0;
        int queries = 0;
        while (i < n && (isBang(chars[i]) || isQuery(chars[i]))) {
          char ch = chars[i];
          if (ch == '‼') {
            bangs += 2;
          } else if (ch == '⁉' || ch == '⁈') {
            bangs++;
            queries++;
          } else if (isBang(ch)) {
            bangs++;
          } else {
            queries++;
          }
          i++;
        }
        t.exclamations += bangs;
        int end = Math.min(i, start + MAX_RUN_EVIDENCE);
        if (bangs > 0 && queries > 0 && bangs + queries >= 2) {
          t.hits.add(new Hit(Mark.INTERROBANG, start, end));
        } else if (bangs >= 2) {
          t.hits.add(new Hit(Mark.EXCLAMATION, start, end));
        } else if (queries >= 2) {
          t.hits.add(new Hit(Mark.QUESTIONS, start, end));
        }
        continue;
      }
      boolean mayStart = cp < 0x40 ? (startsLow & 1L << cp) != 0 : cp < 0x80 ? (startsHigh & 1L << (cp - 0x40)) != 0 : emoticonStarts.indexOf(cp) >= 0;
      if (mayStart && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
        Lexicon.Emoticon found = null;
        for (Lexicon.Emoticon e : emoticonTable) {
          String g = e.glyph();
          if (text.startsWith(g, i) && (i + g.length() == n || endsEmoticon(text.charAt(i + g.length())))) {
            if (found == null || g.length() > found.glyph().length()) {
              found = e;
            }
          }
        }
        if (found != null) {
          t.emoticons.add(new EmoticonHit(found, i, i + found.glyph().length()));
          i += found.glyph().length();
          prevWasCaps = false;
          continue;
        }
      }
      if (!isWhitespace(cp)) {
        prevWasCaps = prevWasCaps && isSoftPunctuation(cp);
      }
      i += Character.charCount(cp);
    }
    t.shouting = upper >= 12 && upper >= 0.7 * (upper + lower);
    return t;
  }

  /**
   * {@code hits.remove(hit)}, looking at the last hit first: {@code hit} is the last one recorded,
   * and a long message has many (a search from the front would make the scan quadratic). Hits
   * are recorded at growing offsets, so no earlier one equals it.
   */
  private static void removeRecorded(List<Hit> hits, Hit hit) {
    int last = hits.size() - 1;
    if (last >= 0 && hits.get(last).equals(hit)) {
      hits.remove(last);
    } else {
      hits.remove(hit);
    }
  }

  /** The most recent capitalised word, strong or short, if it was the last thing recorded. */
  private static Hit lastCaps(Typography t) {
    Hit strong = t.hits.isEmpty() ? null : t.hits.get(t.hits.size() - 1);
    Hit weak = t.shortCaps.isEmpty() ? null : t.shortCaps.get(t.shortCaps.size() - 1);
    Hit last = strong == null ? weak : weak == null ? strong : strong.end() > weak.end() ? strong : weak;
    return last != null && last.mark() == Mark.CAPS ? last : null;
  }

  private static boolean isBang(int c) {
    return c == '!' || c == '！' || c == '¡' || c == '‼' || c == '⁉' || c == '⁈';
  }

  private static boolean isQuery(int c) {
    return c == '?' || c == '？' || c == '¿';
  }

  private static boolean endsEmoticon(char c) {
    return Character.isWhitespace(c) || ".,!?;".indexOf(c) >= 0;
  }

  /**
   * {@link Character#isWhitespace(int)}, ASCII by comparison (tab to carriage return, U+001C to
   * U+001F, space): its table lookup was a visible share of the scan.
   */
  static boolean isWhitespace(int cp) {
    return cp < 0x80 ? cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F) : Character.isWhitespace(cp);
  }

  private static boolean isSoftPunctuation(int c) {
    return c == ',' || c == '\'' || c == '’' || c == '-';
  }

  private static boolean onlySpacesBetween(String text, int from, int to) {
    if (from < 0 || to < from || to - from > 3) {
      return false;
    }
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (!Character.isWhitespace(c) && c != ',' && c != '\'' && c != '’') {
        return false;
      }
    }
    return true;
  }

  /** True for words inside URLs, e-mail addresses, @handles and #tags. */
  private static boolean looksLikeAddress(String text, int start, int end) {
    if (start > 0 && "/.@#:_\\=&".indexOf(text.charAt(start - 1)) >= 0) {
      return true;
    }
    if (end < text.length()) {
      char next = text.charAt(end);
      if (next == '/' || next == '@' || next == '_' || next == ':' && end + 1 < text.length() && text.charAt(end + 1) == '/') {
        return true;
      }
      if (next == '.' && end + 1 < text.length() && Character.isLetterOrDigit(text.charAt(end + 1))) {
        return true;
      }
    }
    return false;
  }
}
