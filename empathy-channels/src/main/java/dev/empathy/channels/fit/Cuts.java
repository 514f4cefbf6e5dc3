package dev.empathy.channels.fit;

import com.google.common.collect.ImmutableList;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.empathy.text.Graphemes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntUnaryOperator;
import java.util.function.ToIntFunction;

/**
 * Cuts and splits text so that it fits a limit under a caller's counting rule. Cut positions are
 * always grapheme boundaries; a word boundary (an ICU line-break opportunity, so CJK text breaks
 * between characters) is preferred when one lies in the last third of the allowance; splits fall
 * on ICU sentence boundaries first.
 *
 * <pre>{@code
 * Cuts.shorten("Thanks for waiting so patiently", Cuts.GRAPHEMES, 20, "…", Locale.US);
 * // "Thanks for waiting…"
 * Cuts.split(longText, Cuts.UTF16, 300, Locale.US).pieces(); // sentence-aligned pieces
 * }</pre>
 *
 * <p>Measures must grow (or stay equal) as text is appended, except for local dips such as a URL
 * that X counts as 23 once complete; every result is re-measured, so a dip can only make a cut
 * more conservative, never over the limit. Thread-safe.
 */
public final class Cuts {
  /** Counts user-perceived characters. */
  public static final ToIntFunction<String> GRAPHEMES = Graphemes::count;
  /** Counts UTF-16 code units, as most platform APIs do. */
  public static final ToIntFunction<String> UTF16 = String::length;

  private static final Map<ULocale, BreakIterator> LINE = new ConcurrentHashMap<>();
  private static final Map<ULocale, BreakIterator> SENTENCE = new ConcurrentHashMap<>();
  private static final String TRAILING_JOINERS = ",;:-–—(/";
  /** Words that open a subordinate clause, per language ({@code clauses.properties}). */
  private static final Map<String, List<String>> SUBORDINATORS = subordinators();
  /** Characters of context on each side of a window in which line breaks are looked up. */
  private static final int CONTEXT = 64;

  private Cuts() {}

  /**
   * The largest grapheme boundary {@code end} such that {@code fits.apply(end)} is within
   * {@code limit}, searching only as far as needed (so a 100 KB text costs no more than the part
   * that fits). Returns 0 when not even the first grapheme fits.
   *
   * @param text the text whose prefixes are tried
   * @param measureOfPrefixEnd the measure of the candidate built from the prefix ending at an index
   */
  public static int fittingEndBy(String text, IntUnaryOperator measureOfPrefixEnd, int limit) {
    if (text.isEmpty()) {
      return 0;
    }
    // Exponential search over grapheme counts, then binary search inside the last step.
    int good = 0;
    int goodEnd = 0;
    int step = 1;
    int bad = -1;
    while (true) {
      int k = good + step;
      int end = Graphemes.indexAfter(text, k);
      if (measureOfPrefixEnd.applyAsInt(end) <= limit) {
        good = k;
        goodEnd = end;
        if (end >= text.length()) {
          return end;
        }
        step *= 2;
      } else {
        bad = k;
        break;
      }
    }
    int lo = good;
    int hi = bad;
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      int end = Graphemes.indexAfter(text, mid);
      if (measureOfPrefixEnd.applyAsInt(end) <= limit) {
        lo = mid;
        goodEnd = end;
      } else {
        hi = mid;
      }
    }
    return goodEnd;
  }

  /** The largest grapheme boundary {@code end} with {@code measure(text[0, end]) <= limit}. */
  public static int fittingEnd(String text, ToIntFunction<String> measure, int limit) {
    return fittingEndBy(text, end -> measure.applyAsInt(text.substring(0, end)), limit);
  }

  /**
   * Moves a cut at {@code end} back to the last line-break opportunity (a word boundary) when one
   * lies in the last third; otherwise keeps {@code end}. The result is a grapheme boundary.
   */
  public static int preferWordBoundary(String text, int end, Locale locale) {
    if (end <= 0 || end >= text.length()) {
      return end;
    }
    // Line breaking is local: a window around the last third (plus context on both sides) gives
    // the same opportunities as the whole text, without rescanning 100 KB for every cut.
    int floor = (int) Math.ceil(end * 2 / 3.0);
    int from = Math.max(0, floor - CONTEXT);
    int to = Math.min(text.length(), end + CONTEXT);
    BreakIterator lines = lineBreaks(locale);
    lines.setText(text.substring(from, to));
    int local = end - from;
    int word = lines.isBoundary(local) ? local : lines.preceding(local);
    if (word != BreakIterator.DONE && word > 0 && word + from >= floor && Graphemes.isBoundary(text, word + from)) {
      return word + from;
    }
    return end;
  }

  /**
   * The end of the longest head of {@code text} within {@code [0, end]} that ends a clause: a
   * sentence's end, or a comma or semicolon followed by a blank outside brackets (the first one not
   * after a subordinate clause that opens the text: {@code clauses.properties}); -1 when there is
   * none. Japanese and Chinese, whose "、" follows a verb's continuative form, end a clause only
   * at a sentence's end.
   *
   * <pre>{@code
   * String t = "I’ve rolled your workspace back, cleared the queue, and added capacity";
   * Cuts.clauseHead(t, Cuts.clauseEnd(t, 60, Locale.US));  // "I’ve rolled your workspace back, cleared the queue."
   * }</pre>
   */
  public static int clauseEnd(String text, int end, Locale locale) {
    int limit = Math.min(end, text.length());
    if (limit <= 0) {
      return -1;
    }
    int best = -1;
    // A sentence's end: ICU sentence boundaries, looked up in the window that can hold one.
    BreakIterator it = sentenceBreaks(locale);
    String window = text.substring(0, Math.min(text.length(), limit + CONTEXT));
    it.setText(window);
    int b = limit >= window.length() ? it.last() : it.isBoundary(limit) ? limit : it.preceding(limit);
    while (b != BreakIterator.DONE && b > 0) {
      if (Graphemes.isBoundary(text, b) && endsSentence(text.substring(0, b))) {
        best = b;
        break;
      }
      b = it.preceding(b);
    }
    int from = Math.max(0, best);
    boolean subordinate = opensSubordinate(text, locale);
    int depth = 0;
    int firstComma = -1;
    int lastComma = -1;
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      if ("([{（「『“«".indexOf(c) >= 0) {
        depth++;
      } else if (")]}）」』”»".indexOf(c) >= 0) {
        depth = Math.max(0, depth - 1);
      } else if ((c == ',' || c == ';') && depth == 0 && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))
          && i + 1 <= limit) {
        if (firstComma < 0) {
          firstComma = i;
        }
        if (!(subordinate && i == firstComma)) {
          lastComma = i;
        }
      }
    }
    return lastComma > from ? lastComma : best;
  }

  /**
   * The head of {@code text} ending at {@code end} (from {@link #clauseEnd}) said as a whole
   * sentence: its trailing comma or blanks left out and a full stop ("。" after a Japanese or
   * Chinese letter) where it has no end of its own.
   */
  public static String clauseHead(String text, int end) {
    String head = trimCut(text.substring(0, end));
    if (head.isEmpty() || endsSentence(head)) {
      return head;
    }
    Character.UnicodeScript sc = Character.UnicodeScript.of(head.codePointBefore(head.length()));
    boolean cjk = sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA || sc == Character.UnicodeScript.KATAKANA;
    return head + (cjk ? "。" : ".");
  }

  private static boolean endsSentence(String head) {
    String h = stripTrailing(head);
    return !h.isEmpty() && ".!?。！？".indexOf(h.charAt(h.length() - 1)) >= 0
        && !(h.length() >= 2 && h.charAt(h.length() - 1) == '.' && Character.isDigit(h.charAt(h.length() - 2)));
  }

  private static boolean opensSubordinate(String text, Locale locale) {
    String t = stripLeading(text).toLowerCase(locale);
    for (String w : SUBORDINATORS.getOrDefault(locale.getLanguage(), List.of())) {
      if (t.startsWith(w) && (t.length() == w.length() || !Character.isLetter(t.charAt(w.length())))) {
        return true;
      }
    }
    return false;
  }

  /** Strips trailing blanks and joining punctuation left dangling by a cut. */
  public static String trimCut(String head) {
    String h = stripTrailing(head);
    while (!h.isEmpty()
        && TRAILING_JOINERS.indexOf(h.charAt(h.length() - 1)) >= 0
        && Graphemes.isBoundary(h, h.length() - 1)) {
      h = stripTrailing(h.substring(0, h.length() - 1));
    }
    return h;
  }

  /**
   * What goes between two sentences of one paragraph: a space, or nothing after a full-width
   * full stop, question or exclamation mark, since Japanese and Chinese run sentences together
   * ("承知いたしました。さっそくですが、…").
   *
   * <pre>{@code
   * Cuts.sentenceGap("Got it.");   // " "
   * Cuts.sentenceGap("承知しました。"); // ""
   * }</pre>
   */
  public static String sentenceGap(CharSequence before) {
    int n = before.length();
    if (n == 0) {
      return "";
    }
    char last = before.charAt(n - 1);
    return last == '。' || last == '！' || last == '？' ? "" : " ";
  }

  /**
   * {@link String#strip()} that never splits a grapheme: a blank that a combining mark or joiner
   * clings to ({@code " \u0301"}) is part of a visible character and stays.
   */
  public static String strip(String s) {
    return stripTrailing(stripLeading(s));
  }

  /** Grapheme-safe {@link String#stripLeading()}. */
  public static String stripLeading(String s) {
    int i = 0;
    while (i < s.length() && Character.isWhitespace(s.charAt(i)) && Graphemes.isBoundary(s, i + 1)) {
      i++;
    }
    return s.substring(i);
  }

  /** Grapheme-safe {@link String#stripTrailing()}. */
  public static String stripTrailing(String s) {
    int i = s.length();
    while (i > 0 && Character.isWhitespace(s.charAt(i - 1)) && Graphemes.isBoundary(s, i - 1)) {
      i--;
    }
    return s.substring(0, i);
  }

  /**
   * {@code text} if it fits; otherwise the longest head that fits with {@code ellipsis} appended,
   * cut at a word boundary when one is near, never inside a grapheme. When not even the ellipsis
   * fits, the longest grapheme-safe head without it.
   */
  public static String shorten(
      String text, ToIntFunction<String> measure, int limit, String ellipsis, Locale locale) {
    if (measure.applyAsInt(text) <= limit) {
      return text;
    }
    int end = fittingEndBy(text, e -> measure.applyAsInt(trimCut(text.substring(0, e)) + ellipsis), limit);
    if (end == 0 || trimCut(text.substring(0, end)).isEmpty()) {
      if (measure.applyAsInt(ellipsis) <= limit && !text.isEmpty() && measure.applyAsInt(ellipsis) > 0) {
        return ellipsis;
      }
      return text.substring(0, fittingEnd(text, measure, limit));
    }
    int word = preferWordBoundary(text, end, locale);
    String candidate = trimCut(text.substring(0, word)) + ellipsis;
    if (word != end && !trimCut(text.substring(0, word)).isEmpty() && measure.applyAsInt(candidate) <= limit) {
      return candidate;
    }
    return trimCut(text.substring(0, end)) + ellipsis;
  }

  /** The sentences of {@code text} (ICU sentence boundaries), each with its trailing blanks. */
  public static ImmutableList<String> sentences(String text, Locale locale) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    if (text.isEmpty()) {
      return out.build();
    }
    BreakIterator it = sentenceBreaks(locale);
    it.setText(text);
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
      // A break inside a grapheme (the blank after "Hi there!" joined to a spacing mark that
      // opens the next sentence) is no break: the sentence runs on to the next one.
      if (end < text.length() && !Graphemes.isBoundary(text, end)) {
        continue;
      }
      out.add(text.substring(start, end));
      start = end;
    }
    return out.build();
  }

  /**
   * Pieces of {@code text}, each within {@code limit}: whole sentences packed greedily; a sentence
   * that is too long on its own is broken at word boundaries, then between graphemes. A single
   * grapheme that alone exceeds the limit cannot be placed and is dropped (counted in {@link
   * Split#droppedGraphemes()}).
   */
  public static Split split(String text, ToIntFunction<String> measure, int limit, Locale locale) {
    List<String> pieces = new ArrayList<>();
    int dropped = 0;
    StringBuilder current = new StringBuilder();
    for (String sentence : sentences(text, locale)) {
      String joined = current + sentence;
      if (measure.applyAsInt(strip(joined)) <= limit) {
        current.append(sentence);
        continue;
      }
      flush(current, pieces);
      String rest = sentence;
      while (!rest.isBlank()) {
        String lead = stripLeading(rest);
        // Searching only as far as fits keeps a 100 KB sentence from being measured whole each time.
        int end = fittingEndBy(lead, e -> measure.applyAsInt(strip(lead.substring(0, e))), limit);
        if (end >= lead.length()) {
          rest = lead;
          break;
        }
        if (end == 0) {
          int skip = Graphemes.indexAfter(lead, 1);
          dropped++;
          rest = lead.substring(skip);
          continue;
        }
        int word = preferWordBoundary(lead, end, locale);
        int cut = lead.substring(0, word).isBlank() ? end : word;
        pieces.add(strip(lead.substring(0, cut)));
        rest = lead.substring(cut);
      }
      current.append(rest);
    }
    flush(current, pieces);
    return new Split(ImmutableList.copyOf(pieces), dropped);
  }

  private static void flush(StringBuilder current, List<String> pieces) {
    String piece = strip(current.toString());
    if (!piece.isEmpty()) {
      pieces.add(piece);
    }
    current.setLength(0);
  }

  /**
   * The result of {@link #split}.
   *
   * @param pieces the pieces, in order, each within the limit and stripped of outer blanks
   * @param droppedGraphemes graphemes that alone exceeded the limit and were left out
   */
  public record Split(ImmutableList<String> pieces, int droppedGraphemes) {}

  private static Map<String, List<String>> subordinators() {
    Map<String, List<String>> out = new java.util.HashMap<>();
    ChannelData.properties(Cuts.class, "clauses.properties").forEach((k, v) -> {
      if (k.endsWith(".subordinators")) {
        List<String> words = new ArrayList<>();
        for (String w : v.split(",")) {
          if (!w.isBlank()) {
            words.add(w.strip().toLowerCase(Locale.ROOT));
          }
        }
        out.put(k.substring(0, k.indexOf('.')), List.copyOf(words));
      }
    });
    return Map.copyOf(out);
  }

  static BreakIterator lineBreaks(Locale locale) {
    return LINE.computeIfAbsent(ULocale.forLocale(locale), BreakIterator::getLineInstance).clone();
  }

  private static BreakIterator sentenceBreaks(Locale locale) {
    return SENTENCE.computeIfAbsent(ULocale.forLocale(locale), BreakIterator::getSentenceInstance).clone();
  }
}
