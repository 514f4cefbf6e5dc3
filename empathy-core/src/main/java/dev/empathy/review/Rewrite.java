package dev.empathy.review;

import com.ibm.icu.lang.UCharacter;
import java.util.Locale;

/**
 * Builds a finding's suggestion from its rule's template and the sentence it sits in. Templates
 * are our data; the draft's words are inserted as values and never read as a template, so braces
 * in a draft come out literally.
 */
final class Rewrite {
  /** A sentence longer than this is cut to the clause around the match, keeping work linear. */
  private static final int MAX_CONTEXT = 240;
  private static final java.util.regex.Pattern DOUBLED_SEPARATOR = java.util.regex.Pattern.compile("([,;:—–-])(?:\\s*[,;:—–-])+");

  private Rewrite() {}

  /**
   * A suggestion not built yet: what {@link #suggestion} needs, taken from the draft's reading when
   * the finding is made (the sentence's bounds, not the reading, so a kept finding holds no more
   * than the draft's text).
   */
  record Pending(
      String text,
      int sentenceStart,
      int sentenceEnd,
      FrictionRule rule,
      String template,
      int start,
      int end,
      Locale locale,
      java.util.Set<String> determiners,
      Inversion inversion,
      int[] drops) {
    private static final int[] NO_DROPS = {};

    Pending(
        String text,
        int sentenceStart,
        int sentenceEnd,
        FrictionRule rule,
        String template,
        int start,
        int end,
        Locale locale,
        java.util.Set<String> determiners,
        Inversion inversion) {
      this(text, sentenceStart, sentenceEnd, rule, template, start, end, locale, determiners, inversion, NO_DROPS);
    }

    /** {@return the suggestion, as {@link #suggestion} builds it} */
    String build() {
      return suggestion(text, sentenceStart, sentenceEnd, rule, template, start, end, locale, determiners, inversion, drops);
    }

    /** True when the rewrite keeps the sentence and only takes the match out ("{before} {after}…"). */
    boolean dropsItsMatch() {
      return template.startsWith("{before} {after}");
    }

    /**
     * {@return this rewrite, also taking out {@code others} (start, end pairs in order): the other
     * phrases of its kind that their own findings take out of the same sentence}
     */
    Pending alsoDropping(int[] others) {
      return new Pending(text, sentenceStart, sentenceEnd, rule, template, start, end, locale, determiners, inversion, others);
    }
  }

  /**
   * A verb-second language's subject pronouns and determiners, lower case: a sentence whose opening
   * phrase a rewrite drops starts with its verb, and its subject goes back in front of it ("ist eine
   * Erstattung nicht möglich" -> "eine Erstattung ist nicht möglich"). {@link #NONE} elsewhere.
   */
  record Inversion(java.util.Set<String> subjects, java.util.Set<String> determiners) {
    static final Inversion NONE = new Inversion(java.util.Set.of(), java.util.Set.of());

    /** A noun phrase after a determiner ends at its noun, capitalised, within this many words. */
    private static final int NOUN_WITHIN = 3;

    /**
     * {@code after} with its subject moved before its verb, when it opens with a lower-case word
     * (the verb) and a subject pronoun or a determiner's noun phrase; else {@code after} as it is.
     */
    String restore(String after) {
      if (this == NONE || after.isEmpty() || !Character.isLowerCase(after.codePointAt(0))) {
        return after;
      }
      String[] w = after.split(" ", NOUN_WITHIN + 3);
      if (w.length < 3) {
        return after;
      }
      String second = w[1].toLowerCase(Locale.ROOT);
      int subjectEnd = -1; // the index of the subject's last word
      if (determiners.contains(second)) {
        for (int i = 2; i < Math.min(w.length, 2 + NOUN_WITHIN); i++) {
          if (!w[i].isEmpty() && Character.isUpperCase(w[i].codePointAt(0))) {
            subjectEnd = i;
            break;
          }
        }
      }
      if (subjectEnd < 0 && subjects.contains(second)) {
        subjectEnd = 1;
      }
      if (subjectEnd < 0 || !w[subjectEnd].chars().allMatch(Character::isLetter)) {
        return after; // a subject with punctuation in it is no plain noun phrase
      }
      StringBuilder sb = new StringBuilder(after.length());
      for (int i = 1; i <= subjectEnd; i++) {
        sb.append(w[i]).append(' ');
      }
      sb.append(w[0]);
      for (int i = subjectEnd + 1; i < w.length; i++) {
        sb.append(' ').append(w[i]);
      }
      return sb.toString();
    }
  }

  /**
   * The rewrite of the match {@code [start, end)} in the sentence {@code [sentenceStart,
   * sentenceEnd)} of {@code text} by {@code template}: the template itself when it has no field.
   */
  static String suggestion(
      String text,
      int sentenceStart,
      int sentenceEnd,
      FrictionRule rule,
      String template,
      int start,
      int end,
      Locale locale,
      java.util.Set<String> determiners,
      Inversion inversion) {
    return suggestion(text, sentenceStart, sentenceEnd, rule, template, start, end, locale, determiners, inversion, Pending.NO_DROPS);
  }

  /**
   * As {@link #suggestion(String, int, int, FrictionRule, String, int, int, Locale, java.util.Set,
   * Inversion)}, taking out of the sentence also the spans in {@code drops} (start, end pairs in
   * order, none overlapping the match): "Unfortunately, as per our policy, we can't refund it" has a
   * finding on each hedge, and each one's rewrite drops both ("We can't refund it, but here's…"), so
   * no suggestion keeps the friction another one flags.
   */
  static String suggestion(
      String text,
      int sentenceStart,
      int sentenceEnd,
      FrictionRule rule,
      String template,
      int start,
      int end,
      Locale locale,
      java.util.Set<String> determiners,
      Inversion inversion,
      int[] drops) {
    if (template.indexOf('{') < 0) {
      return template;
    }
    int from = Math.min(start, sentenceStart);
    int to = Math.max(end, sentenceEnd); // a shape match ("!!!{name}") may cross an ICU break
    if (start - from > MAX_CONTEXT) {
      from = clauseStart(text, start, start - MAX_CONTEXT);
    }
    if (to - end > MAX_CONTEXT) {
      to = clauseEnd(text, end, end + MAX_CONTEXT);
    }
    // The context around the match is trimmed by its bounds, then copied once.
    String before = drops.length == 0 ? stripped(text, from, start) : without(text, from, start, drops).strip();
    if (rule.replacement() != null && template.contains("{replacement}")) {
      before = dropDeterminer(before, rule.replacement(), determiners);
    }
    int afterStart = end;
    int afterEnd = to;
    while (afterEnd > afterStart && Character.isWhitespace(text.charAt(afterEnd - 1))) {
      afterEnd--;
    }
    while (afterStart < afterEnd && Character.isWhitespace(text.charAt(afterStart))) {
      afterStart++;
    }
    String terminal = terminal(text, afterStart, afterEnd);
    String after = trimAfter(text, afterStart, afterEnd);
    if (drops.length > 0) {
      after = without(text, afterStart, afterStart + after.length(), drops).strip();
    }
    if (before.isEmpty() && template.startsWith("{before} {after}")) {
      after = inversion.restore(after);
    }
    StringBuilder sb = new StringBuilder(template.length() + before.length() + after.length() + 8);
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '{') {
        int close = template.indexOf('}', i);
        String key = template.substring(i + 1, close);
        switch (key) {
          case "before" -> sb.append(before);
          case "after" -> sb.append(after);
          case "match" -> sb.append(text, start, end);
          case "verb" -> sb.append(verb(text.substring(start, end)));
          case "replacement" -> sb.append(rule.replacement() == null ? "" : rule.replacement());
          default -> sb.append('{').append(key).append('}');
        }
        i = close;
      } else {
        int brace = template.indexOf('{', i);
        int runEnd = brace < 0 ? template.length() : brace;
        sb.append(template, i, runEnd); // the literal run up to the next field, at once
        i = runEnd - 1;
      }
    }
    return tidy(sb.toString(), terminal.isEmpty() ? "." : terminal, locale, startsUpper(text, from, to));
  }

  /** {@code s[from, to)} without the parts of it that {@code drops} (start, end pairs) cover. */
  private static String without(String s, int from, int to, int[] drops) {
    StringBuilder sb = new StringBuilder(Math.max(0, to - from));
    int at = from;
    for (int i = 0; i + 1 < drops.length && at < to; i += 2) {
      int a = Math.max(drops[i], at);
      int b = Math.min(drops[i + 1], to);
      if (a >= b) {
        continue;
      }
      sb.append(s, at, a).append(' ');
      at = b;
    }
    if (at < to) {
      sb.append(s, at, to);
    }
    return sb.toString();
  }

  /** "a" before "a temporary hold" goes: the plain words bring their own determiner. */
  private static String dropDeterminer(String before, String replacement, java.util.Set<String> determiners) {
    int space = replacement.indexOf(' ');
    if (space < 0 || !determiners.contains(replacement.substring(0, space).toLowerCase(Locale.ROOT))) {
      return before;
    }
    int cut = before.lastIndexOf(' ');
    String last = before.substring(cut + 1).toLowerCase(Locale.ROOT);
    return determiners.contains(last) ? before.substring(0, Math.max(0, cut)).strip() : before;
  }

  /** The match's last word when it is a verb to keep ("you could try" → "try"), or nothing after "to". */
  private static String verb(String match) {
    String m = match.strip();
    int space = m.lastIndexOf(' ');
    String last = space < 0 ? m : m.substring(space + 1);
    return space < 0 || last.equalsIgnoreCase("to") ? "" : last;
  }

  private static int clauseStart(String s, int at, int floor) {
    for (int i = at - 1; i > floor; i--) {
      if (",;:—–".indexOf(s.charAt(i)) >= 0) {
        return i + 1;
      }
    }
    return wordBoundary(s, floor);
  }

  private static int clauseEnd(String s, int at, int ceiling) {
    for (int i = at; i < ceiling; i++) {
      if (",;:—–".indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return DraftReading.graphemeStart(s, ceiling);
  }

  private static int wordBoundary(String s, int i) {
    int j = i;
    while (j < s.length() && !Character.isWhitespace(s.charAt(j)) && j - i < 40) {
      j++;
    }
    return DraftReading.graphemeEnd(s, j);
  }

  /**
   * {@code s.substring(from, to).strip()} with one copy: surrogates are never white space, so
   * trimming by UTF-16 units is what {@link String#strip} does by code points.
   */
  private static String stripped(String s, int from, int to) {
    int a = from;
    int b = to;
    while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
      b--;
    }
    while (a < b && Character.isWhitespace(s.charAt(a))) {
      a++;
    }
    return s.substring(a, b);
  }

  /** The rest of the sentence without its final punctuation; commas are kept for {@link #tidy}. */
  private static String trimAfter(String s, int from, int to) {
    int e = to;
    while (e > from && (".!?…。！？".indexOf(s.charAt(e - 1)) >= 0 || Character.isWhitespace(s.charAt(e - 1)))) {
      e--;
    }
    return s.substring(from, e);
  }

  /** The sentence end that closes {@code s[from, to)}: "?", "？", "。", "." or none. */
  private static String terminal(String s, int from, int to) {
    int b = to;
    while (b > from && ".!?…。！？".indexOf(s.charAt(b - 1)) >= 0) {
      b--;
    }
    if (b == to) {
      return "";
    }
    boolean fullQuestion = false;
    boolean stop = false;
    for (int i = b; i < to; i++) {
      char c = s.charAt(i);
      if (c == '?') {
        return "?";
      }
      fullQuestion |= c == '？';
      stop |= c == '。';
    }
    return fullQuestion ? "？" : stop ? "。" : ".";
  }

  /**
   * True when the sentence's first cased letter is upper case (or it has none): the rewrite keeps
   * the agent's capitalisation, so an all-lower-case chat line is not suddenly capitalised.
   */
  private static boolean startsUpper(String text, int from, int to) {
    for (int i = from; i < to; ) {
      int cp = text.codePointAt(i);
      if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
        return true;
      }
      if (Character.isLowerCase(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /** Collapses spaces, drops spaces before punctuation, capitalises (when asked), ends the sentence once. */
  /**
   * True when {@link #DOUBLED_SEPARATOR} would find something: a separator, optional white space
   * (as the regex's {@code \s} reads it), then another separator. Most rewrites have none, and
   * this look costs far less than the regex.
   */
  private static boolean hasDoubledSeparator(char[] t, int length) {
    for (int i = 0; i < length; i++) {
      if (isSeparator(t[i])) {
        int j = i + 1;
        while (j < length && isRegexSpace(t[j])) {
          j++;
        }
        if (j < length && isSeparator(t[j])) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Squeezes {@code out[0, length)} in place: runs of spaces and tabs become one space, none at the
   * start and none before a character that {@link #closesUp}. Returns the new length shifted left
   * by one, with the low bit set when one of {@code , ; : — –} was seen. A method of its own, so
   * the JIT's on-stack compilation of this per-character loop does not take {@link #tidy} whole.
   */
  private static long squeezeSpaces(char[] out, int length, boolean french) {
    int len = 0;
    boolean space = false;
    boolean separator = false;
    for (int i = 0; i < length; i++) {
      char c = out[i];
      if (c == ' ' || c == '\t') {
        space = len > 0;
        continue;
      }
      if (space && !closesUp(c, french)) {
        out[len++] = ' ';
      }
      space = false;
      out[len++] = c;
      separator |= c == ',' || c == ';' || c == ':' || c == '—' || c == '–';
    }
    return (long) len << 1 | (separator ? 1 : 0);
  }

  /** True when no space is kept before {@code c}: {@code , . 。 、}, and {@code ; : ! ?} outside French. */
  private static boolean closesUp(char c, boolean french) {
    switch (c) {
      case ',', '.', '。', '、':
        return true;
      case ';', ':', '!', '?':
        return !french;
      default:
        return false;
    }
  }

  /** One of {@code , ; : — – -}. */
  private static boolean isSeparator(char c) {
    return c == ',' || c == ';' || c == ':' || c == '—' || c == '–' || c == '-';
  }

  /** White space as the regex's {@code \s} reads it: space, tab, LF, VT, FF, CR. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  static String tidy(String s, String terminal, Locale locale, boolean capitalise) {
    // French sets a space before ; : ! ? ("faire : [option]"); other languages close them up.
    boolean french = "fr".equals(locale.getLanguage());
    // One pass over the characters into an array (a builder appending one character at a time
    // costs several times more, and more again once a curly quote widens it).
    int length = s.length();
    char[] out = new char[length];
    s.getChars(0, length, out, 0); // written over in place: the output never passes the input
    long squeezed = squeezeSpaces(out, length, french);
    int len = (int) (squeezed >>> 1);
    boolean separator = (squeezed & 1) != 0; // one of , ; : — – seen (the doubled-separator check needs one)
    String t = new String(out, 0, len).strip();
    // Removing a phrase can leave "Sure, , we" or a leading comma: keep one separator, none first.
    if (separator && hasDoubledSeparator(out, len)) {
      t = DOUBLED_SEPARATOR.matcher(t).replaceAll("$1");
    }
    while (!t.isEmpty() && ",;:—–-".indexOf(t.charAt(0)) >= 0) {
      t = t.substring(1).strip();
    }
    int tail = t.length();
    while (tail > 0 && ",;:—–-".indexOf(t.charAt(tail - 1)) >= 0) {
      tail--;
    }
    t = t.substring(0, tail).strip();
    if (t.isEmpty()) {
      return t;
    }
    int cp = t.codePointAt(0);
    if (capitalise && cp >= 'a' && cp <= 'z' && cp != 'i') {
      // What ICU says for every locale (only Turkic ones upper-case an ASCII letter, "i", their
      // own way), without its case-mapping machinery for one letter.
      char[] upper = t.toCharArray();
      upper[0] = (char) (cp - ('a' - 'A'));
      t = new String(upper);
    } else if (capitalise && Character.isLowerCase(cp)) {
      int n = Character.charCount(cp);
      t = UCharacter.toUpperCase(locale, t.substring(0, n)) + t.substring(n);
    }
    char last = t.charAt(t.length() - 1);
    if (".!?…。！？".indexOf(last) < 0 && !(t.charAt(0) == '[' && last == ']')) { // a bracketed hint is not a sentence
      t += terminal;
    }
    return t;
  }
}
