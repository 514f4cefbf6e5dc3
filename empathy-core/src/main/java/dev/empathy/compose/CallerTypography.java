package dev.empathy.compose;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The spaces a language's typography keeps unbroken, applied to a caller's text as it enters a
 * reply, so that it wraps like our own phrases: French puts a narrow no-break space before ; ! ?
 * and a no-break space before : and inside a clock time ("18 h 40") or between a number and its
 * unit ("42 €"), and a line never starts with ":" or "40". {@link #apply} changes only spaces already
 * typed (never adds or removes one), so the text keeps its length; so does the apostrophe rule: a
 * typewriter apostrophe inside a word becomes the one our phrases write ("haven't" → "haven’t" in
 * English), so a reply never mixes the two. The rules are data ({@code
 * typography.*} in {@code clauses_<language>.properties}); a language without them is left as typed.
 * {@link #completed} then adds what a caller often leaves out and the language writes: the German
 * comma before a subordinate clause, the French space in "8h30" and "85$".
 *
 * <pre>{@code
 * CallerTypography fr = CallerTypography.forLocale(Locale.FRENCH);
 * fr.apply("le prochain vol, à 18 h 40 : porte B");   // "le prochain vol, à 18\u00A0h\u00A040\u00A0: porte B"
 * }</pre>
 */
final class CallerTypography {
  private static final Splitter LIST = Splitter.on(',').trimResults().omitEmptyStrings();
  private static final Map<String, CallerTypography> BY_LANGUAGE = new ConcurrentHashMap<>();
  static final char NO_BREAK = '\u00A0';
  static final char NARROW_NO_BREAK = '\u202F';

  /** Marks preceded by a narrow no-break space ("?", "!", ";", "»"). */
  private final String narrowBefore;
  /** Marks preceded by a no-break space (":"). */
  private final String noBreakBefore;
  /** Marks followed by a narrow no-break space ("«"). */
  private final String narrowAfter;
  /** Units kept on the line of the number before them ("€", "%", "h"). */
  private final ImmutableSet<String> units;
  /** Units of a clock time whose minutes stay on their line too ("18 h 40"). */
  private final ImmutableSet<String> clockUnits;
  private final boolean none;
  /**
   * The apostrophe our phrases write ({@code typography.apostrophe}: "’" in English), or 0 for
   * none: a caller's typewriter apostrophe inside a word ("haven't", "Sam's") becomes it, so one
   * reply never mixes "you’ve" and "haven't". A quote mark at a word's edge ('unlimited') and
   * anything inside a web address are kept as typed.
   */
  private final char apostrophe;
  /**
   * Whether figures are written in half width ({@code typography.halfWidthFigures}: Japanese): a
   * caller's full-width digits, yen sign, and the comma, full stop or colon between two digits
   * ("１2月3日", "￥１，５００", "１０：３０") are written as our phrases write them ("12月3日",
   * "¥1,500", "10:30"), so one reply never mixes two widths. One character for one: the length is kept.
   */
  private final boolean halfWidthFigures;

  /**
   * Conjunctions that open a subordinate clause, which the language sets off with a comma
   * ({@code typography.commaBefore}: German "weil", "obwohl", "ob"): "abgebucht obwohl ich
   * gekündigt habe" → "abgebucht, obwohl ich gekündigt habe". Only after a word and one space;
   * never after a word of {@link #commaNotAfter} ("als ob", "und wenn", "auch wenn").
   */
  private final ImmutableSet<String> commaBefore;
  private final ImmutableSet<String> commaNotAfter;
  /**
   * Words that open an infinitive group when {@link #infinitiveMark} and a verb follow in the same
   * clause ({@code typography.commaBeforeInfinitive}: "abgesagt ohne mir Bescheid zu geben" →
   * "abgesagt, ohne mir Bescheid zu geben"; "um 10 Uhr zu Hause" opens none: "Hause" is no verb).
   */
  private final ImmutableSet<String> commaBeforeInfinitive;
  private final String infinitiveMark;
  /**
   * Signs a figure typed against them is spaced from ({@code typography.spaceGluedUnits}: French
   * "85$" → "85 $", "20€" → "20 €"), and the clock's hour sign ({@code typography.spaceGluedClock}:
   * "8h30" → "8 h 30", "dans 1h" → "dans 1 h"), each with a no-break space, as our phrases write them.
   */
  private final String gluedUnits;
  private final String gluedClock;

  private CallerTypography(Properties p) {
    this.narrowBefore = String.join("", LIST.splitToList(p.getProperty("typography.narrowNoBreakBefore", "")));
    this.noBreakBefore = String.join("", LIST.splitToList(p.getProperty("typography.noBreakBefore", "")));
    this.narrowAfter = String.join("", LIST.splitToList(p.getProperty("typography.narrowNoBreakAfter", "")));
    this.units = ImmutableSet.copyOf(LIST.splitToList(p.getProperty("typography.units", "")));
    this.clockUnits = ImmutableSet.copyOf(LIST.splitToList(p.getProperty("typography.clockUnits", "")));
    String a = p.getProperty("typography.apostrophe", "").strip();
    if (a.length() > 1) {
      throw new IllegalStateException("typography.apostrophe must be one character but was \"" + a + "\"");
    }
    this.apostrophe = a.isEmpty() ? 0 : a.charAt(0);
    this.commaBefore = ImmutableSet.copyOf(LIST.splitToList(p.getProperty("typography.commaBefore", "")));
    this.commaNotAfter = ImmutableSet.copyOf(LIST.splitToList(p.getProperty("typography.commaBefore.notAfter", "")));
    this.commaBeforeInfinitive = ImmutableSet.copyOf(LIST.splitToList(p.getProperty("typography.commaBeforeInfinitive", "")));
    this.infinitiveMark = p.getProperty("typography.commaBeforeInfinitive.mark", "").strip();
    this.gluedUnits = String.join("", LIST.splitToList(p.getProperty("typography.spaceGluedUnits", "")));
    this.gluedClock = p.getProperty("typography.spaceGluedClock", "").strip();
    this.halfWidthFigures = Boolean.parseBoolean(p.getProperty("typography.halfWidthFigures", "false").strip());
    this.none = narrowBefore.isEmpty() && noBreakBefore.isEmpty() && narrowAfter.isEmpty() && units.isEmpty()
        && clockUnits.isEmpty();
  }

  static CallerTypography forLocale(Locale locale) {
    return BY_LANGUAGE.computeIfAbsent(locale.getLanguage(), CallerTypography::load);
  }

  private static CallerTypography load(String language) {
    Properties p = ClauseData.of(language);
    return new CallerTypography(p);
  }

  /** {@code text} with each plain space the typography keeps unbroken replaced; the same text when none. */
  String apply(String text) {
    text = halfWidth(apostrophes(text));
    if (none || text == null || text.indexOf(' ') < 0) {
      return text;
    }
    char[] out = null;
    int n = text.length();
    for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
      char space = 0;
      char next = i + 1 < n ? text.charAt(i + 1) : 0;
      char prev = i > 0 ? text.charAt(i - 1) : 0;
      if (next != 0 && narrowBefore.indexOf(next) >= 0) {
        space = NARROW_NO_BREAK;
      } else if (next != 0 && noBreakBefore.indexOf(next) >= 0) {
        space = NO_BREAK;
      } else if (prev != 0 && narrowAfter.indexOf(prev) >= 0) {
        space = NARROW_NO_BREAK;
      } else if (keepsTogether(text, i)) {
        space = NO_BREAK;
      }
      if (space != 0) {
        if (out == null) {
          out = text.toCharArray();
        }
        out[i] = space;
      }
    }
    return out == null ? text : new String(out);
  }

  /**
   * {@code text} completed as the language writes what a caller often leaves out: the comma before
   * a subordinate clause ({@link #withClauseCommas}) and the space between a figure and its unit
   * or hour sign ("8h30" → "8 h 30"); the same instance when nothing is missing. Unlike {@link
   * #apply}, this adds characters.
   */
  String completed(String text) {
    return withUnitSpaces(withClauseCommas(text));
  }

  /** {@code text} with a no-break space between a figure and a glued unit or hour sign; the same instance when none. */
  String withUnitSpaces(String text) {
    if (text == null || gluedUnits.isEmpty() && gluedClock.isEmpty()) {
      return text;
    }
    StringBuilder out = null;
    int copied = 0;
    int n = text.length();
    for (int i = 1; i < n; i++) {
      char c = text.charAt(i);
      if (!Character.isDigit(text.charAt(i - 1)) || inWebAddress(text, i)) {
        continue;
      }
      int start = i - 1;
      while (start > 0 && (Character.isDigit(text.charAt(start - 1)) || text.charAt(start - 1) == ',' || text.charAt(start - 1) == '.')) {
        start--;
      }
      if (start > 0 && Character.isLetter(text.charAt(start - 1))) {
        continue; // "mp3", "A4h": a code, not a figure
      }
      boolean unit = gluedUnits.indexOf(c) >= 0 && (i + 1 == n || !Character.isLetterOrDigit(text.charAt(i + 1)));
      int minutes = 0;
      boolean clock = false;
      if (!gluedClock.isEmpty() && text.startsWith(gluedClock, i)) {
        int after = i + gluedClock.length();
        while (after + minutes < n && Character.isDigit(text.charAt(after + minutes))) {
          minutes++;
        }
        int end = after + minutes;
        clock = (minutes == 0 || minutes == 2) && (end == n || !Character.isLetterOrDigit(text.charAt(end)));
      }
      if (!unit && !clock) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(n + 8);
      }
      out.append(text, copied, i).append(NO_BREAK);
      if (clock && minutes > 0) {
        out.append(gluedClock).append(NO_BREAK);
        copied = i + gluedClock.length();
      } else {
        copied = i;
      }
    }
    return out == null ? text : out.append(text, copied, n).toString();
  }

  /**
   * {@code text} with a comma before each subordinate clause or infinitive group the language sets
   * off and the caller did not ({@link #commaBefore}); the same instance when none is missing. Unlike
   * {@link #apply}, this adds characters.
   */
  String withClauseCommas(String text) {
    if (text == null || commaBefore.isEmpty() && commaBeforeInfinitive.isEmpty() || text.indexOf(' ') < 0) {
      return text;
    }
    StringBuilder out = null;
    int copied = 0;
    int n = text.length();
    for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
      int end = i + 1;
      while (end < n && Character.isLetter(text.charAt(end))) {
        end++;
      }
      if (end == i + 1 || end < n && Character.isLetterOrDigit(text.charAt(end))) {
        continue;
      }
      String word = text.substring(i + 1, end);
      boolean conjunction = commaBefore.contains(word);
      if (!conjunction && !(commaBeforeInfinitive.contains(word) && infinitiveFollows(text, end))) {
        continue;
      }
      int prevEnd = i;
      int prevStart = prevEnd;
      while (prevStart > 0 && Character.isLetterOrDigit(text.charAt(prevStart - 1))) {
        prevStart--;
      }
      if (prevStart == prevEnd || commaNotAfter.contains(text.substring(prevStart, prevEnd).toLowerCase(Locale.ROOT))) {
        continue; // after a mark, at the start, or "als ob", "und wenn"
      }
      if (out == null) {
        out = new StringBuilder(n + 8);
      }
      out.append(text, copied, i).append(',');
      copied = i;
    }
    return out == null ? text : out.append(text, copied, n).toString();
  }

  /** True when {@link #infinitiveMark} and then a lower-case verb in "-n" follow {@code from} before the clause ends. */
  private boolean infinitiveFollows(String text, int from) {
    if (infinitiveMark.isEmpty()) {
      return false;
    }
    int stop = from;
    while (stop < text.length() && ",.;:!?\n".indexOf(text.charAt(stop)) < 0) {
      stop++;
    }
    String[] words = text.substring(from, stop).strip().split(" +");
    for (int k = 0; k + 1 < words.length; k++) {
      String next = words[k + 1];
      if (words[k].equals(infinitiveMark) && next.length() > 2 && Character.isLowerCase(next.charAt(0)) && next.endsWith("n")) {
        return true;
      }
    }
    return false;
  }

  /** {@code text} with its full-width figures in half width where {@link #halfWidthFigures}; the same text when none. */
  private String halfWidth(String text) {
    if (!halfWidthFigures || text == null) {
      return text;
    }
    char[] out = null;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      char to = 0;
      if (c >= '\uFF10' && c <= '\uFF19') {
        to = (char) ('0' + (c - '\uFF10'));
      } else if (c == '\uFFE5') {
        to = '\u00A5'; // "￥" → "¥"
      } else if ((c == '\uFF0C' || c == '\uFF0E' || c == '\uFF1A') && i > 0 && i + 1 < n && figure(text.charAt(i - 1)) && figure(text.charAt(i + 1))) {
        to = c == '\uFF0C' ? ',' : c == '\uFF0E' ? '.' : ':'; // "１，５００", "１０：３０"
      }
      if (to != 0) {
        if (out == null) {
          out = text.toCharArray();
        }
        out[i] = to;
      }
    }
    return out == null ? text : new String(out);
  }

  private static boolean figure(char c) {
    return c >= '0' && c <= '9' || c >= '\uFF10' && c <= '\uFF19';
  }

  /** {@code text} with each typewriter apostrophe between two letters written as {@link #apostrophe}. */
  private String apostrophes(String text) {
    if (apostrophe == 0 || text == null || text.indexOf('\'') < 0) {
      return text;
    }
    char[] out = null;
    for (int i = text.indexOf('\''); i >= 0; i = text.indexOf('\'', i + 1)) {
      boolean inside = i > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1));
      // "the customers' bags": a plural's possessive, unless a quote opened earlier ('unlimited' plans')
      boolean plural = i > 1 && (text.charAt(i - 1) == 's' || text.charAt(i - 1) == 'S') && Character.isLetter(text.charAt(i - 2))
          && (i + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 1))) && !quoteOpens(text, i);
      if (!(inside || plural) || inWebAddress(text, i)) {
        continue;
      }
      if (out == null) {
        out = text.toCharArray();
      }
      out[i] = apostrophe;
    }
    return out == null ? text : new String(out);
  }

  /** True when a typewriter quote opens a word before {@code i} ("'unlimited"), so the mark at {@code i} may close it. */
  private static boolean quoteOpens(String text, int i) {
    for (int k = text.lastIndexOf('\'', i - 1); k >= 0; k = k == 0 ? -1 : text.lastIndexOf('\'', k - 1)) {
      if ((k == 0 || !Character.isLetterOrDigit(text.charAt(k - 1))) && k + 1 < text.length() && Character.isLetter(text.charAt(k + 1))) {
        return true;
      }
    }
    return false;
  }

  /** True when the word around {@code i} (up to blanks) is a web address. */
  private static boolean inWebAddress(String text, int i) {
    int start = i;
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    int end = i;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    String word = text.substring(start, end);
    return word.contains("://") || word.regionMatches(true, 0, "www.", 0, 4) || word.indexOf('/') >= 0 || word.indexOf('@') >= 0;
  }

  /**
   * True when the space at {@code i} joins a number to its unit ("18 h", "42 €") or a clock
   * time's unit to its minutes ("h 40" after "18").
   */
  private boolean keepsTogether(String text, int i) {
    int prevStart = i;
    while (prevStart > 0 && !isBlank(text.charAt(prevStart - 1))) {
      prevStart--;
    }
    int nextEnd = i + 1;
    while (nextEnd < text.length() && !isBlank(text.charAt(nextEnd))) {
      nextEnd++;
    }
    if (prevStart == i || nextEnd == i + 1) {
      return false;
    }
    String before = text.substring(prevStart, i);
    String after = trimPunctuation(text.substring(i + 1, nextEnd));
    if (isNumber(before) && (units.contains(after) || clockUnits.contains(after))) {
      return true;
    }
    if (clockUnits.contains(before) && Character.isDigit(text.charAt(i + 1)) && isNumber(after)) {
      // "h 40" only after a number: "18 h 40", not "h 40" alone
      int j = prevStart - 1;
      while (j > 0 && isBlank(text.charAt(j)) && text.charAt(j) != '\n') {
        j--;
      }
      return j >= 0 && Character.isDigit(text.charAt(j));
    }
    return false;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == NO_BREAK || c == NARROW_NO_BREAK || c == '\t' || c == '\n' || c == '\r';
  }

  private static String trimPunctuation(String word) {
    int end = word.length();
    while (end > 0 && ".,;:!?)»…".indexOf(word.charAt(end - 1)) >= 0) {
      end--;
    }
    return word.substring(0, end);
  }

  private static boolean isNumber(String word) {
    String w = trimPunctuation(word);
    if (w.isEmpty() || !Character.isDigit(w.charAt(w.length() - 1))) {
      return false;
    }
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (!Character.isDigit(c) && c != ',' && c != '.' && c != '-' && c != '+') {
        return false;
      }
    }
    return true;
  }
}
