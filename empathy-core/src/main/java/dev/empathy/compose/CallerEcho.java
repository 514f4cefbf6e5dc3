package dev.empathy.compose;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reply never says back of the customer's words when it names their situation: laughter
 * ("lol", 😂), sarcasm ("your so-called customer service"), scare quotes ({@code the "express"
 * shipping} is "the shipping") and HTML character references a web form left ("&amp;amp;"); and a situation that is a
 * judgement of us ("this is the worst service ever", "thanks for nothing"), which is never restated.
 * Words are data ({@code echo.*} in {@code clauses_<language>.properties}); quotes and character
 * references are read the same way in every language.
 *
 * <pre>{@code
 * CallerEcho en = CallerEcho.forLocale(Locale.ENGLISH);
 * en.plain("your so-called priority boarding lol");   // "your priority boarding"
 * en.plain("the \"express\" shipping");               // "the shipping"
 * en.plain("your \"help\"");                            // "your help"
 * en.judges("THIS IS THE WORST SERVICE EVER");         // true
 * }</pre>
 */
final class CallerEcho {
  /** Two or more '!' or '?' after a word or figure ("dos veces??", "cancelado!!!"). */
  private static final Pattern MARK_RUN = Pattern.compile("(?<=[\\p{L}\\p{N}])\\s*[!?]{2,}");
  /** A run of marks with a question mark in it ("??", "?!", "!?"), after a word or figure. */
  private static final Pattern QUESTION_RUN = Pattern.compile("(?<=[\\p{L}\\p{N}])[!?]*\\?[!?]*(?<=[!?]{2})");
  /** Such a run before nothing but signs to the end ("cancelado!!! 🤬🤬"). */
  private static final Pattern TRAILING_RUN = Pattern.compile("(?<=[\\p{L}\\p{N}])\\s*[!?]{2,}(?=[^\\p{L}\\p{N}!?]*$)");
  /** Such a run inside a text, before a word in lower case: its sentence goes on ("veces?? tengo"). */
  private static final Pattern INNER_MARKS_LOWER = Pattern.compile("(?<=[\\p{L}\\p{N}])\\s*[!?]{2,}(?=\\s+\\p{Ll})");
  /** Such a run inside a text, before a capital: a new sentence ("!!! Nadie contesta"). */
  private static final Pattern INNER_MARKS_UPPER = Pattern.compile("(?<=[\\p{L}\\p{N}])\\s*[!?]{2,}(?=\\s+\\p{Lu})");

  private static final Map<String, CallerEcho> BY_LANGUAGE = new ConcurrentHashMap<>();
  private static final Splitter LIST = Splitter.on(',').trimResults().omitEmptyStrings();
  /** A character reference: decimal, hexadecimal or named. */
  private static final Pattern ENTITY = Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));");
  private static final ImmutableMap<String, String> ENTITIES = entities();
  /**
   * Quotes around one to four words, opening after a space (or the start) and closing before one
   * (or the end or punctuation), starting in lower case: scare quotes, not an apostrophe ("don't",
   * "customers' bags") nor a name ({@code the "Premium" upgrade} keeps its quotes).
   */
  private static final Pattern SCARE =
      Pattern.compile("(?<![\\p{L}\\p{N}])([\"“'‘«])(\\p{Ll}[^\"“”'‘’«»\\s]*(?:\\s[^\"“”'‘’«»\\s]+){0,3}?)([\"”'’»])(?![\\p{L}\\p{N}])");

  private final ImmutableList<String> dropWords;
  private final ImmutableList<String> dropSigns;
  /** Whether every emoji, not only those of {@link #dropSigns}, is left out ({@code echo.dropPictographs}). */
  private final boolean dropPictographs;
  private final ImmutableList<String> sarcasm;
  private final ImmutableList<String> judgements;
  /** Text-speak and note abbreviations, written out ("u" → "you", "appt" → "appointment"). */
  private final ImmutableMap<String, String> spelled;
  /** Which lengths and first characters the keys of {@link #spelled} have: other words are not looked up. */
  private final boolean[] spelledLengths;
  private final String spelledFirsts;
  /** The keys of {@link #spelled} that are ASCII, {@link #packed}, in an open-addressing table, and their values. */
  private final long[] spelledKeys;
  private final String[] spelledValues;
  /** {@link #dropWords} and {@link #sarcasm} together, and {@link #judgements}, as {@link #hasWord} finds them. */
  private final Phrases droppedOrSarcastic;
  private final Phrases judging;
  /** The insults of {@code echo.judgement.attributive} with the space before them, as typed in any case; null for none. */
  private final java.util.regex.Pattern attributive;
  /**
   * Text-speak that asks ({@code echo.spelled.asked}: "q" → "qué", "pq" → "por qué"): written so
   * when it opens a clause that ends with "?", or follows a word of {@code echo.spelled.asked.after}
   * ("no sé q hacer", "no entiendo pq"); otherwise {@link #spelled} says it ("que", "porque").
   */
  private final ImmutableMap<String, String> asked;
  private final long[] askedPacked;
  private final java.util.Set<String> askedAfter;
  /** A word of {@code echo.spelled} said otherwise right after a figure ({@code echo.spelled.afterFigure}: "2 yr" → "2 year"). */
  private final java.util.Map<String, String> spelledAfterFigure;
  /** A word said as a part of the day right after a day ({@code echo.spelled.afterDay}: "tmrw am" → "tomorrow morning"). */
  private final java.util.Map<String, String> spelledAfterDay;
  /** The days {@link #spelledAfterDay} follows, typed or written out, in lower case ({@code echo.spelled.days}). */
  private final java.util.Set<String> spelledDays;
  /**
   * Days and months in shorthand that are words too ({@code echo.spelled.dated}: "wed", "sat",
   * "sun", "mar"), written out only where a date stands: see {@link #datedAt}.
   */
  private final java.util.Map<String, String> spelledDated;
  /** Words of {@link #spelledDated} that need a figure beside them ({@code echo.spelled.dated.figureOnly}: "march", "may"). */
  private final java.util.Set<String> datedFigureOnly;
  /** Words a date follows ({@code echo.spelled.dated.after}: "by", "on", "until"). */
  private final java.util.Set<String> datedAfter;
  /** Words that follow a date ({@code echo.spelled.dated.before}: "am", "morning"). */
  private final java.util.Set<String> datedBefore;
  /** What joins two dates typed as a range ({@code echo.spelled.dated.range}: "fri-sun" → "Friday to Sunday"). */
  private final String datedRange;

  private static java.util.Map<String, String> pairMap(String list) {
    java.util.Map<String, String> m = new java.util.HashMap<>();
    for (String pair : LIST.splitToList(list)) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new IllegalStateException("echo.spelled entry \"" + pair + "\" must read \"word=word\"");
      }
      m.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
    }
    return m;
  }

  /** The mark a question opens with ({@code echo.spelled.asked.open}: "¿"), or "". */
  private final String askedOpen;
  /**
   * Keys of {@link #asked} that also exclaim when they open a clause before a word of {@code
   * echo.spelled.exclaimed.before} ({@code echo.spelled.exclaimed}: ", q falta de respeto", ", q
   * onda"); before any other word they stay relative (", q sigue sin llegar").
   */
  private final java.util.Set<String> exclaimed;
  private final java.util.Set<String> exclaimedBefore;
  /** Words that end a noun phrase's head ("that", "is", "on"): a quoted word before one is the noun itself. */
  private final java.util.Set<String> headStops;

  /**
   * Short words a customer types in capitals for emphasis ("OUT", "NOT"), told from an acronym
   * ("UPS", "ORD") only by this list ({@code echo.shoutedShort}); a longer word in capitals with a
   * vowel is emphasis ("ORDER", "TWICE"), an empty list turns the calming off.
   */
  private final java.util.Set<String> shoutedShort;
  /** Longer acronyms said as words ({@code echo.keptCapitals}: "IBAN", "NASA"): kept in capitals. */
  private final java.util.Set<String> keptCapitals;
  /** Whether the language has {@code echo.shoutedShort} data at all: without it no word is calmed. */
  private final boolean calms;

  private CallerEcho(Properties p) {
    this.shoutedShort = java.util.Set.copyOf(LIST.splitToList(p.getProperty("echo.shoutedShort", "").toLowerCase(Locale.ROOT)));
    this.calms = p.containsKey("echo.shoutedShort");
    this.keptCapitals = java.util.Set.copyOf(LIST.splitToList(p.getProperty("echo.keptCapitals", "").toLowerCase(Locale.ROOT)));
    this.dropWords = ImmutableList.copyOf(LIST.splitToList(p.getProperty("echo.drop", "").toLowerCase(Locale.ROOT)));
    this.dropSigns = ImmutableList.copyOf(LIST.splitToList(p.getProperty("echo.dropSigns", "")));
    this.dropPictographs = Boolean.parseBoolean(p.getProperty("echo.dropPictographs", "false").strip());
    this.sarcasm = ImmutableList.copyOf(LIST.splitToList(p.getProperty("echo.sarcasm", "").toLowerCase(Locale.ROOT)));
    this.judgements = ImmutableList.copyOf(
        LIST.splitToList(p.getProperty("echo.judgement", "").toLowerCase(Locale.ROOT).replace('’', '\'')));
    this.droppedOrSarcastic = new Phrases(ImmutableList.<String>builder().addAll(dropWords).addAll(sarcasm).build());
    this.judging = new Phrases(judgements);
    List<String> insults = LIST.splitToList(p.getProperty("echo.judgement.attributive", ""));
    this.attributive = insults.isEmpty() ? null : java.util.regex.Pattern.compile(
        "\\s+(?:" + insults.stream().sorted((a, b) -> b.length() - a.length()).map(java.util.regex.Pattern::quote)
            .collect(java.util.stream.Collectors.joining("|")) + ")(?![\\p{L}\\p{N}])",
        java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
    ImmutableMap.Builder<String, String> sp = ImmutableMap.builder();
    for (String pair : LIST.splitToList(p.getProperty("echo.spelled", "") + "," + p.getProperty("echo.spelled.pasts", ""))) {
      int eq = pair.indexOf('=');
      sp.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
    }
    this.spelled = sp.buildKeepingLast();
    int longest = 0;
    StringBuilder firsts = new StringBuilder();
    for (String k : spelled.keySet()) {
      longest = Math.max(longest, k.length());
      if (!k.isEmpty() && firsts.indexOf(k.substring(0, 1)) < 0) {
        firsts.append(k.charAt(0));
      }
    }
    this.spelledLengths = new boolean[longest + 1];
    for (String k : spelled.keySet()) {
      spelledLengths[k.length()] = true;
    }
    this.spelledFirsts = firsts.toString();
    // The ASCII keys of up to six characters (the only ones a word is looked up by), by their
    // packed number; 0 is an empty slot (a key has at least one character, none of them 0).
    int size = Integer.highestOneBit(Math.max(4, spelled.size() * 4) - 1) << 1;
    this.spelledKeys = new long[size];
    this.spelledValues = new String[size];
    for (Map.Entry<String, String> e : spelled.entrySet()) {
      String k = e.getKey();
      if (k.isEmpty() || k.length() > 6 || !k.chars().allMatch(ch -> ch < 128 && ch != 0)) {
        continue;
      }
      int slot = slot(packed(k), size - 1);
      while (spelledKeys[slot] != 0) {
        slot = (slot + 1) & (size - 1);
      }
      spelledKeys[slot] = packed(k);
      spelledValues[slot] = e.getValue();
    }
    ImmutableMap.Builder<String, String> asked = ImmutableMap.builder();
    for (String pair : LIST.splitToList(p.getProperty("echo.spelled.asked", ""))) {
      int eq = pair.indexOf('=');
      asked.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
    }
    this.asked = asked.buildKeepingLast();
    this.askedPacked = this.asked.keySet().stream().mapToLong(CallerEcho::packed).toArray();
    this.askedAfter = java.util.Set.copyOf(LIST.splitToList(p.getProperty("echo.spelled.asked.after", "").toLowerCase(Locale.ROOT)));
    this.askedOpen = p.getProperty("echo.spelled.asked.open", "").strip();
    this.spelledAfterFigure = java.util.Map.copyOf(pairMap(p.getProperty("echo.spelled.afterFigure", "")));
    this.spelledAfterDay = java.util.Map.copyOf(pairMap(p.getProperty("echo.spelled.afterDay", "")));
    this.spelledDays = java.util.Set.copyOf(LIST.splitToList(p.getProperty("echo.spelled.days", "").toLowerCase(Locale.ROOT)));
    this.spelledDated = java.util.Map.copyOf(pairMap(p.getProperty("echo.spelled.dated", "")));
    this.datedFigureOnly = java.util.Set.copyOf(LIST.splitToList(p.getProperty("echo.spelled.dated.figureOnly", "")));
    this.datedAfter = java.util.Set.copyOf(LIST.splitToList(p.getProperty("echo.spelled.dated.after", "").toLowerCase(Locale.ROOT)));
    this.datedBefore = java.util.Set.copyOf(LIST.splitToList(p.getProperty("echo.spelled.dated.before", "").toLowerCase(Locale.ROOT)));
    this.datedRange = p.getProperty("echo.spelled.dated.range", "").strip();
    this.exclaimed = java.util.Set.copyOf(LIST.splitToList(p.getProperty("echo.spelled.exclaimed", "")));
    this.exclaimedBefore = java.util.Set.copyOf(
        LIST.splitToList(p.getProperty("echo.spelled.exclaimed.before", "").toLowerCase(Locale.ROOT)));
    this.headStops = java.util.Set.copyOf(LIST.splitToList(
        (p.getProperty("number.headStops", "") + "," + p.getProperty("verbs", "")).toLowerCase(Locale.ROOT)));
  }

  static CallerEcho forLocale(Locale locale) {
    return BY_LANGUAGE.computeIfAbsent(locale.getLanguage(), CallerEcho::load);
  }

  private static CallerEcho load(String language) {
    Properties p = ClauseData.of(language);
    return new CallerEcho(p);
  }

  /**
   * {@code text} with its HTML character references decoded ("&amp;gt;" → "&gt;", "&amp;#39;" →
   * "'"; "&amp;amp;gt;" twice, as helpdesk exports double them), or {@code text} itself when it
   * has none. An unknown name or a code point that is no character stays as typed.
   */
  static String decoded(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    String t = text;
    for (int round = 0; round < 2 && t.indexOf('&') >= 0; round++) {
      Matcher m = ENTITY.matcher(t);
      StringBuilder sb = null;
      int at = 0;
      while (m.find()) {
        String r = null;
        try {
          if (m.group(1) != null || m.group(2) != null) {
            int cp = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
            if (Character.isValidCodePoint(cp) && cp >= 0x20 && !(cp >= 0xD800 && cp <= 0xDFFF) && !(cp >= 0x7F && cp < 0xA0)) {
              r = new String(Character.toChars(cp));
            }
          } else {
            r = ENTITIES.get(m.group(3).toLowerCase(Locale.ROOT));
          }
        } catch (NumberFormatException e) {
          r = null;
        }
        if (r != null) {
          sb = sb == null ? new StringBuilder(t.length()) : sb;
          sb.append(t, at, m.start()).append(r);
          at = m.end();
        }
      }
      if (sb == null) {
        break;
      }
      t = sb.append(t, at, t.length()).toString();
    }
    return t;
  }

  /**
   * {@code text} with text-speak written out as words ("rebooked u on the 4:10" → "rebooked you on
   * the 4:10", "new appt Thurs" → "new appointment Thurs"): only a whole word typed in lower case
   * ("U2" and "UR" stay); {@code text} itself (the same instance) when there is none.
   */
  /** True when the nearest character before {@code start} or after {@code end}, past spaces, is a spaced "@". */
  private static boolean spacedAt(String text, int start, int end) {
    int before = start - 1;
    while (before >= 0 && text.charAt(before) == ' ') {
      before--;
    }
    int after = end;
    while (after < text.length() && text.charAt(after) == ' ') {
      after++;
    }
    return before >= 0 && before < start - 1 && text.charAt(before) == '@'
        || after < text.length() && after > end && text.charAt(after) == '@';
  }

  String spelledOut(String text) {
    if (spelled.isEmpty()) {
      return text;
    }
    StringBuilder sb = null;
    int at = 0;
    int n = text.length();
    for (int i = 0; i < n; ) {
      char c = text.charAt(i);
      if (!letterOrDigit(c)) {
        if (c == '+' && i > 0 && text.charAt(i - 1) == ' ' && i + 1 < n && text.charAt(i + 1) == ' ') {
          String and = spelled.get("+"); // a note's "refunded the fee + added a credit"
          if (and != null) {
            sb = sb == null ? new StringBuilder(n + 16) : sb;
            sb.append(text, at, i).append(and);
            at = i + 1;
          }
        }
        i++;
        continue;
      }
      int start = i;
      // The word's ASCII characters, seven bits each, as it is scanned: a word of up to six is
      // looked up by this number, without a substring.
      long packed = 0;
      boolean ascii = true;
      while (i < n && letterOrDigit(c = text.charAt(i))) {
        if (c < 128) {
          packed = packed << 7 | c;
        } else {
          ascii = false;
        }
        i++;
      }
      int length = i - start;
      if (i < n && text.charAt(i) == '/' && (i + 1 == n || text.charAt(i + 1) == ' ')) {
        String slashed = spelled.get(text.substring(start, i + 1)); // "w/ Dr Patel" → "with Dr Patel"
        if (slashed != null) {
          sb = sb == null ? new StringBuilder(n + 16) : sb;
          sb.append(text, at, start).append(slashed);
          at = ++i;
          continue;
        }
      }
      if (i + 1 < n && (text.charAt(i) == '\'' || text.charAt(i) == '’') && text.charAt(i + 1) == 'd'
          && (i + 2 == n || !letterOrDigit(text.charAt(i + 2))) && (start == 0 || "'’-@/_#".indexOf(text.charAt(start - 1)) < 0)) {
        // a past in shorthand with an apostrophe ("cxl'd", "comp'd", "req'd"): listed with "’d"
        String past = spelled.get(text.substring(start, i) + "’d");
        if (past != null) {
          sb = sb == null ? new StringBuilder(n + 16) : sb;
          sb.append(text, at, start).append(past);
          at = i += 2;
          continue;
        }
      }
      if (!spelledAfterDay.isEmpty() && (i == n || !letterOrDigit(text.charAt(i)) && "'’-@/_".indexOf(text.charAt(i)) < 0
          && !(text.charAt(i) == '.' && i + 1 < n && Character.isLetter(text.charAt(i + 1))))) {
        // "ships tmrw am" → "ships tomorrow morning": after a day, "am" is its morning
        String part = spelledAfterDay.get(text.substring(start, i));
        if (part != null && afterDay(text, start)) {
          sb = sb == null ? new StringBuilder(n + 16) : sb;
          sb.append(text, at, start).append(part);
          at = i;
          continue;
        }
      }
      if (!spelledDated.isEmpty() && length <= 9 && (start == 0 || "'’-@/_#.".indexOf(text.charAt(start - 1)) < 0)) {
        String dated = spelledDated.get(text.substring(start, i));
        if (dated != null) {
          int end = datedRangeEnd(text, i);
          if (end > i) {
            // "amy booked fri-sun" → "amy booked Friday to Sunday"
            sb = sb == null ? new StringBuilder(n + 16) : sb;
            sb.append(text, at, start).append(dated).append(' ').append(datedRange).append(' ')
                .append(spelledDated.get(text.substring(i + 1, end)));
            at = i = end;
            continue;
          }
          if ((i == n || "'’-@/_".indexOf(text.charAt(i)) < 0 && !(text.charAt(i) == '.' && i + 1 < n && letterOrDigit(text.charAt(i + 1))))
              && datedAt(text, start, i)) {
            // "booked wed 8-12" → "booked Wednesday 8-12", "on 15 jan" → "on 15 January"; "sat on hold" stays
            sb = sb == null ? new StringBuilder(n + 16) : sb;
            sb.append(text, at, start).append(dated);
            at = i;
            continue;
          }
        }
      }
      String word = ascii && length <= 6 && askedPacked.length > 0 ? askedAt(text, start, i, packed) : null;
      if (word == null && (length > 6 || length >= spelledLengths.length || !spelledLengths[length])) {
        continue; // no written-out word has this length: nothing to look up
      }
      if (word != null) {
        // asked or exclaimed: "q es esto??" → "qué es esto??"
      } else if (ascii) {
        word = spelledPacked(packed);
      } else {
        word = spelledFirsts.indexOf(text.charAt(start)) < 0 ? null : spelled.get(text.substring(start, i));
      }
      if (word == null) {
        continue;
      }
      if (!spelledAfterFigure.isEmpty()) {
        int before = start - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
          before--;
        }
        // A figure is a number standing alone ("2 yr"), never a word with a digit in it ("b4 yr").
        int first = before;
        while (first >= 0 && (Character.isDigit(text.charAt(first)) || text.charAt(first) == '.' || text.charAt(first) == ',')) {
          first--;
        }
        boolean figure = before >= 0 && Character.isDigit(text.charAt(before)) && (first < 0 || !Character.isLetter(text.charAt(first)));
        String unit = figure ? spelledAfterFigure.get(text.substring(start, i)) : null;
        word = unit != null ? unit : word; // "2 yr warranty" → "2 year warranty", never "2 your warranty"
      }
      // a word joined to another by an apostrophe or a hyphen ("u-turn", "ur's") is not text-speak,
      // nor a part of an address, a handle or a path ("pkg.com", "aaa@pkg.com", "@ur_shop",
      // "example.com/u/12"): those are copied as typed
      boolean joined = start > 0 && "'’-@/_#".indexOf(text.charAt(start - 1)) >= 0
          || i < n && "'’-".indexOf(text.charAt(i)) >= 0 && i + 1 < n && Character.isLetter(text.charAt(i + 1))
          || i < n && "@/_".indexOf(text.charAt(i)) >= 0
          || start > 1 && text.charAt(start - 1) == '.' && letterOrDigit(text.charAt(start - 2))
          || i + 1 < n && text.charAt(i) == '.' && letterOrDigit(text.charAt(i + 1))
          // an address typed with its "@" spaced out ("yrs @ aaa.com": session 22's CI draw)
          || spacedAt(text, start, i);
      if (!joined) {
        sb = sb == null ? new StringBuilder(n + 16) : sb;
        sb.append(text, at, start).append(word);
        at = i;
      }
    }
    return sb == null ? text : sb.append(text, at, n).toString();
  }

  /**
   * The end of a second word of {@link #spelledDated} joined to the one ending at {@code end} by a
   * hyphen ("fri-sun", "jan-mar"), or {@code end} when there is none (or no range word).
   */
  private int datedRangeEnd(String text, int end) {
    if (datedRange.isEmpty() || end + 1 >= text.length() || text.charAt(end) != '-') {
      return end;
    }
    int to = end + 1;
    while (to < text.length() && Character.isLetter(text.charAt(to))) {
      to++;
    }
    boolean whole = to == text.length() || !letterOrDigit(text.charAt(to)) && "'’-@/_".indexOf(text.charAt(to)) < 0;
    return to > end + 1 && whole && spelledDated.containsKey(text.substring(end + 1, to)) ? to : end;
  }

  /**
   * True when the word {@code text[start, end)} of {@link #spelledDated} stands where a date does:
   * before a figure ("wed 8-12", "jan 15") or a part of the day ("sat am"), after a figure ("15
   * jan") or a word a date follows ("by wed", "moved to sun"). "sat on hold", "the sun" stay.
   */
  private boolean datedAt(String text, int start, int end) {
    int next = end;
    while (next < text.length() && text.charAt(next) == ' ') {
      next++;
    }
    boolean figureOnly = datedFigureOnly.contains(text.substring(start, end));
    if (next > end && next < text.length()) {
      if (Character.isDigit(text.charAt(next))) {
        return true;
      }
      int last = next;
      while (last < text.length() && Character.isLetter(text.charAt(last))) {
        last++;
      }
      if (!figureOnly && datedBefore.contains(text.substring(next, last).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    int e = start;
    while (e > 0 && text.charAt(e - 1) == ' ') {
      e--;
    }
    if (e == start) {
      return false;
    }
    int f = e;
    while (f > 0 && letterOrDigit(text.charAt(f - 1))) {
      f--;
    }
    if (f == e) {
      return false;
    }
    String previous = text.substring(f, e).toLowerCase(Locale.ROOT);
    return Character.isDigit(previous.charAt(0)) && previous.length() <= 4 || !figureOnly && datedAfter.contains(previous);
  }

  /** True when the word before {@code start}, past one or more spaces, is one of {@link #spelledDays}. */
  private boolean afterDay(String text, int start) {
    int end = start;
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    if (end == start) {
      return false;
    }
    int from = end;
    while (from > 0 && letterOrDigit(text.charAt(from - 1))) {
      from--;
    }
    return from < end && spelledDays.contains(text.substring(from, end).toLowerCase(Locale.ROOT));
  }

  /**
   * The asking form of the word {@code text[start, end)} packed as {@code packed} ({@link #asked}),
   * when its place asks or exclaims; null otherwise.
   */
  private String askedAt(String text, int start, int end, long packed) {
    boolean listed = false;
    for (long k : askedPacked) {
      listed |= k == packed;
    }
    if (!listed) {
      return null;
    }
    String key = text.substring(start, end);
    int before = start - 1;
    while (before >= 0 && text.charAt(before) == ' ') {
      before--;
    }
    boolean opens = before < 0 || ",;:¿¡.!?(\n".indexOf(text.charAt(before)) >= 0;
    int wordStart = before;
    while (wordStart >= 0 && letterOrDigit(text.charAt(wordStart))) {
      wordStart--;
    }
    String previous = wordStart < before ? text.substring(wordStart + 1, before + 1).toLowerCase(Locale.ROOT) : "";
    int close = end;
    while (close < text.length() && ",;.!?\n".indexOf(text.charAt(close)) < 0) {
      close++;
    }
    boolean asks = close < text.length() && text.charAt(close) == '?';
    if (opens && asks) {
      // "q es esto??" → "¿qué es esto??": a language that opens its questions with a mark ({@code echo.spelled.asked.open}) gets it
      return askedOpen.isEmpty() || before >= 0 && askedOpen.indexOf(text.charAt(before)) >= 0 ? asked.get(key) : askedOpen + asked.get(key);
    }
    if (askedAfter.contains(previous)) {
      return asked.get(key);
    }
    if (opens && exclaimed.contains(key)) {
      int next = end;
      while (next < text.length() && text.charAt(next) == ' ') {
        next++;
      }
      int nextEnd = next;
      while (nextEnd < text.length() && letterOrDigit(text.charAt(nextEnd))) {
        nextEnd++;
      }
      if (nextEnd > next && exclaimedBefore.contains(text.substring(next, nextEnd).toLowerCase(Locale.ROOT))) {
        return asked.get(key);
      }
    }
    return null;
  }

  /** Seven bits per ASCII character: the number {@link #spelledOut} reads a word of up to six as. */
  private static long packed(String word) {
    long packed = 0;
    for (int i = 0; i < word.length(); i++) {
      packed = packed << 7 | word.charAt(i);
    }
    return packed;
  }

  private static int slot(long packed, int mask) {
    return (int) ((packed * 0x9E3779B97F4A7C15L) >>> 40) & mask;
  }

  /** {@link #spelled}'s value for the ASCII word packed as {@code packed}, or null. */
  private String spelledPacked(long packed) {
    int mask = spelledKeys.length - 1;
    for (int slot = slot(packed, mask); ; slot = (slot + 1) & mask) {
      long key = spelledKeys[slot];
      if (key == packed) {
        return spelledValues[slot];
      }
      if (key == 0) {
        return null;
      }
    }
  }

  /** {@link Character#isLetterOrDigit(char)}, with a table for ASCII. */
  private static boolean letterOrDigit(char c) {
    return c < 128 ? ASCII_LETTER_OR_DIGIT[c] : Character.isLetterOrDigit(c);
  }

  private static final boolean[] ASCII_LETTER_OR_DIGIT = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c);
    }
  }

  /** True when the word ending at {@code end} is followed by a space and a token with a digit ("IBAN DE89"). */
  private static boolean labelsCode(String text, int end) {
    if (end + 1 >= text.length() || text.charAt(end) != ' ') {
      return false;
    }
    for (int i = end + 1; i < text.length() && !Character.isWhitespace(text.charAt(i)); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code text} with the words a customer typed in capitals for emphasis in an otherwise
   * lower-case text written in lower case ("my ORDER never CAME" → "my order never came"), or
   * {@code text} itself (the same instance) when it has none. A word in capitals joined to a
   * digit or a sign ("PS5", "AT&T", "EMPATHYCO*SUB"), of two or three letters not listed in {@code
   * echo.shoutedShort} ("UPS", "ORD"), or without a vowel or with three consonants in a row
   * ("USPS", "HDMI"), listed in {@code echo.keptCapitals} ("IBAN", "NASA"), or right before a code
   * with a digit ("PNR X7K2Q1") is an acronym and kept.
   */
  String calmed(String text) {
    if (!calms || text == null) {
      return text;
    }
    boolean lower = false;
    for (int i = 0; i < text.length() && !lower; i++) {
      lower = Character.isLowerCase(text.charAt(i));
    }
    if (!lower) {
      return text;
    }
    StringBuilder sb = null;
    int n = text.length();
    for (int i = 0; i < n; ) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      boolean upper = true;
      boolean vowel = false;
      int consonants = 0;
      int cluster = 0; // the longest run of consonants: "USPS", "HDMI" are spelled out, "STILL" is said
      while (i < n && Character.isLetter(text.charAt(i))) {
        char c = text.charAt(i);
        upper &= Character.isUpperCase(c);
        boolean v = "AEIOUY".indexOf(c) >= 0;
        vowel |= v;
        consonants = v ? 0 : consonants + 1;
        cluster = Math.max(cluster, consonants);
        i++;
      }
      int length = i - start;
      boolean joined = start > 0 && !boundary(text.charAt(start - 1)) || i < n && !boundary(text.charAt(i));
      if (!upper || joined || length < 2) {
        continue;
      }
      String word = text.substring(start, i).toLowerCase(Locale.ROOT);
      if (word.length() != length || (length <= 3 ? !shoutedShort.contains(word) : !vowel || cluster >= 3)) {
        continue; // "İ" lowers to two chars: kept as typed rather than spelled another way
      }
      if (keptCapitals.contains(word) || labelsCode(text, i)) {
        continue; // "IBAN", "NASA"; "PNR X7K2Q1": a label before its code
      }
      sb = sb == null ? new StringBuilder(text) : sb;
      sb.replace(start, i, word);
    }
    return sb == null ? text : sb.toString();
  }

  /**
   * {@code text} without its emoji where the language's data drops them ({@code
   * echo.dropPictographs}); {@code text} itself (the same instance) otherwise or when it has none.
   */
  String withoutEmoji(String text) {
    return dropPictographs ? withoutPictographs(text) : text;
  }

  /**
   * {@code t} without its emoji ("ya la había cancelado 🤬🤬" → "ya la había cancelado"): a
   * pictograph with its skin tone, variation selector and joined parts, and the spaces before it
   * when punctuation or the end follows; {@code t} itself (the same instance) when it has none. An
   * emoji says how the customer feels, which the acknowledgement names in words; said back in the
   * summary it reads as ours. Signs before U+2300 (©, ®, ™, ‼) are kept: they belong to names
   * and punctuation. A flag (two regional indicators) is kept: it may name the place.
   */
  static String withoutPictographs(String t) {
    int first = -1;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      // Pictographs in the BMP lie below U+2C00 but for four CJK signs (〰 〽 ㊗ ㊙).
      if (c >= 0x2300 && (Character.isSurrogate(c) || c < 0x2C00 || c >= 0x3030 && c <= 0x3299)) {
        int cp = t.codePointAt(i);
        if (pictograph(cp)) {
          first = i;
          break;
        }
      }
    }
    if (first < 0) {
      return t;
    }
    StringBuilder sb = new StringBuilder(t.length()).append(t, 0, first);
    for (int i = first; i < t.length(); ) {
      int cp = t.codePointAt(i);
      int n = Character.charCount(cp);
      if (pictograph(cp) || cp == 0x200D || cp == 0xFE0F || (cp >= 0x1F3FB && cp <= 0x1F3FF)) {
        sb.append(' ');
      } else {
        sb.appendCodePoint(cp);
      }
      i += n;
    }
    String out = SPACE_BEFORE_MARK.matcher(sb).replaceAll("").strip();
    return out.replaceAll("\\s{2,}", " ");
  }

  /** Spaces left where an emoji stood before punctuation or the end ("entregado 😡." → "entregado."). */
  private static final Pattern SPACE_BEFORE_MARK = Pattern.compile("\\s+(?=[.,;:!?…)]|$)");

  private static boolean pictograph(int cp) {
    return cp >= 0x2300 && com.ibm.icu.lang.UCharacter.hasBinaryProperty(cp, com.ibm.icu.lang.UProperty.EXTENDED_PICTOGRAPHIC);
  }

  /** A character that may stand next to a word in capitals said as a word: a space or sentence punctuation. */
  private static boolean boundary(char c) {
    return Character.isWhitespace(c) || ",;:!?.()\"'’“”…".indexOf(c) >= 0;
  }

  /**
   * The situation as the reply names it: laughter and sarcasm words left out, scare quotes taken
   * off, spaces made single; blank when nothing else was said ("lol"); {@code text} itself (the
   * same instance) when nothing changed. Reads the text once without allocating when it has none.
   */
  String plain(String text) {
    String t = text;
    boolean changed = false;
    for (String sign : dropSigns) {
      if (t.indexOf(sign) >= 0) {
        t = t.replace(sign, " ");
        changed = true;
      }
    }
    if (dropPictographs) {
      String bare = withoutPictographs(t);
      if (bare != t) {
        t = bare;
        changed = true;
      }
    }
    if (hasQuote(t)) {
      Matcher q = SCARE.matcher(t);
      if (q.find()) {
        // A quoted word before its noun is left out ("the “express” shipping" → "the shipping"):
        // said plainly it would agree with what the customer mocks; a quoted noun loses its quotes.
        String quoted = t;
        t = q.replaceAll(r -> {
          int after = r.end();
          boolean modifier = after + 1 < quoted.length() && quoted.charAt(after) == ' ' && Character.isLetter(quoted.charAt(after + 1))
              && !headStops.contains(nextWord(quoted, after + 1));
          return modifier ? "" : Matcher.quoteReplacement(r.group(2));
        });
        changed = true;
      }
    }
    if (!changed && !laughsOrMocks(t) && !exclaimed(t)) {
      return text;
    }
    StringBuilder sb = new StringBuilder(t.length());
    List<String> tokens = Splitter.on(' ').omitEmptyStrings().splitToList(t.replace('\u00a0', ' '));
    for (int i = 0; i < tokens.size(); i++) {
      String tok = tokens.get(i);
      String bare = tok.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "").toLowerCase(Locale.ROOT);
      if (dropWords.contains(bare) || sarcasm.contains(bare)) {
        continue;
      }
      if (i + 1 < tokens.size() && sarcasm.contains(bare + " " + tokens.get(i + 1).toLowerCase(Locale.ROOT))) {
        i++;
        continue;
      }
      sb.append(sb.length() == 0 ? "" : " ").append(tok);
    }
    // "ur website charged me 3 times!!!": the situation is named, not exclaimed.
    return sb.toString().replaceAll("(?<=[\\p{L}\\p{N}])\\s*[!?]{2,}(?=[^\\p{L}\\p{N}!?]*$)", "").replaceAll("^[!?.,;:\\s]+$", "");
  }

  /**
   * {@code text} without its emoji, which a reply never says back as its own words ("your parcel
   * 📦" → "your parcel", "stuck for 3 days 🙃" → "stuck for 3 days"): pictographs with their
   * joiners, variation selectors, skin tones and tags, and flags; ©, ® and ™ are kept. Spaces left
   * doubled or before a mark are settled. {@code text} itself when it has none; null for null.
   */
  static String withoutClosingEmoji(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int n = Character.charCount(cp);
      // Only a run that ends the clause is left out ("your parcel 📦", "3 days 🙃."): an emoji with
      // words after it stands for a word ("the 📦 that never came", "👩‍👩‍👧 family plan") and stays.
      boolean emoji = (emojiPart(cp) || (cp == 0x200D || cp == 0xFE0F || cp == 0x20E3) && sb != null) && endsClause(text, i);
      if (emoji && sb == null) {
        sb = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (!emoji && sb != null) {
        sb.appendCodePoint(cp);
      }
      i += n;
    }
    if (sb == null) {
      return text;
    }
    return sb.toString().replaceAll("[ \\t\\u00A0]{2,}", " ").replaceAll(" +([.,;:!?)])", "$1").strip();
  }

  /** A pictograph (not ©, ®, ™), a flag's letter, a skin tone or a tag. */
  private static boolean emojiPart(int cp) {
    return cp >= 0x2190 && com.ibm.icu.lang.UCharacter.hasBinaryProperty(cp, com.ibm.icu.lang.UProperty.EXTENDED_PICTOGRAPHIC)
        || cp >= 0x1F1E6 && cp <= 0x1F1FF
        || cp >= 0x1F3FB && cp <= 0x1F3FF
        || cp >= 0xE0020 && cp <= 0xE007F;
  }

  /** True when nothing but emoji, joiners, spaces and marks follow {@code from} up to the end or a comma. */
  private static boolean endsClause(String text, int from) {
    for (int i = from; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (cp == ',' || cp == ';') {
        return true;
      }
      if (Character.isLetterOrDigit(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }


  /**
   * {@code text} with each run of two or more '!' or '?' inside it settled as a sentence of ours
   * would be written: a run with a question mark is one question mark ("me debitaron dos veces??
   * tengo miedo" → "me debitaron dos veces? tengo miedo"), a run of '!' a comma before a word in
   * lower case and a full stop before a capital ("ya la cancelé!!! y me cobraron" → "ya la
   * cancelé, y me cobraron"; "otra vez!!! Nadie contesta" → "otra vez. Nadie contesta"); {@code
   * text} itself when it has none. A run at the end is {@link #plain}'s.
   */
  static String settledMarks(String text) {
    if (text == null || !MARK_RUN.matcher(text).find()) {
      return text;
    }
    // "why am i being charged?? i never…": a run with a question mark stays one question mark, so
    // the question is still read as one (AskedQuestion); a run of '!' settles into our punctuation.
    String asked = QUESTION_RUN.matcher(text).replaceAll("?");
    String settled = INNER_MARKS_LOWER.matcher(INNER_MARKS_UPPER.matcher(asked).replaceAll(".")).replaceAll(",");
    return settled.equals(text) ? text : settled;
  }

  private static String nextWord(String t, int from) {
    int end = from;
    while (end < t.length() && (Character.isLetter(t.charAt(end)) || t.charAt(end) == '’' || t.charAt(end) == '\'')) {
      end++;
    }
    return t.substring(from, end).toLowerCase(Locale.ROOT);
  }

  private static boolean hasQuote(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '"' || c == '\'' || c == '“' || c == '‘' || c == '«') {
        return true;
      }
    }
    return false;
  }

  /** Two or more '!' or '?' at the end, or nothing but punctuation. */
  private static boolean exclaimed(String t) {
    int n = t.length();
    boolean end = n >= 2 && (t.charAt(n - 1) == '!' || t.charAt(n - 1) == '?') && (t.charAt(n - 2) == '!' || t.charAt(n - 2) == '?');
    if (end || TRAILING_RUN.matcher(t).find()) {
      return true;
    }
    for (int i = 0; i < n; i++) {
      if (Character.isLetterOrDigit(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Phrases {@link #hasWord} looks for, grouped by the ASCII characters they can start with (as
   * {@link String#regionMatches(boolean, int, String, int, int)} compares case-insensitively) and
   * by the length of their first word, so that at a word start only the phrases that can start
   * there are compared, and mostly none.
   */
  static final class Phrases {
    private static final String[] NONE = new String[0];
    /** Every phrase, compared at a word start that is no ASCII character. */
    final String[] all;
    /** Per ASCII character, the phrases that may start with it. */
    final String[][] byFirst = new String[128][];
    /**
     * Per ASCII letter or digit and length of the word of ASCII letters and digits it starts
     * ({@code c * (longestFirstWord + 1) + length}), the phrases that may start there; null when
     * some phrase is not all ASCII (or empty): then only {@link #byFirst} sorts them.
     */
    final String[][] byFirstAndLength;
    /** The longest first word (run of letters and digits) of a phrase. */
    final int longestFirstWord;

    Phrases(List<String> phrases) {
      this.all = phrases.toArray(NONE);
      boolean ascii = true;
      int longest = 0;
      for (String p : all) {
        ascii &= !p.isEmpty() && p.chars().allMatch(c -> c < 128);
        longest = Math.max(longest, firstWord(p));
      }
      for (char c = 0; c < 128; c++) {
        String one = String.valueOf(c);
        List<String> starting = new java.util.ArrayList<>();
        for (String p : all) {
          // An empty phrase matches anywhere: it is kept under every character.
          if (p.isEmpty() || one.regionMatches(true, 0, p, 0, 1)) {
            starting.add(p);
          }
        }
        byFirst[c] = starting.isEmpty() ? NONE : starting.toArray(NONE);
      }
      this.longestFirstWord = longest;
      if (!ascii) {
        this.byFirstAndLength = null;
        return;
      }
      // ASCII against ASCII, case ignored, a letter or digit only ever matches a letter or digit:
      // a phrase whose first word has another length than the text's word cannot match there.
      this.byFirstAndLength = new String[128 * (longest + 1)][];
      for (char c = 0; c < 128; c++) {
        for (int length = 0; length <= longest; length++) {
          List<String> fitting = new java.util.ArrayList<>();
          for (String p : byFirst[c]) {
            if (firstWord(p) == length) {
              fitting.add(p);
            }
          }
          byFirstAndLength[c * (longest + 1) + length] = fitting.isEmpty() ? NONE : fitting.toArray(NONE);
        }
      }
    }

    /** The length of {@code p}'s leading run of letters and digits. */
    private static int firstWord(String p) {
      int i = 0;
      while (i < p.length() && letterOrDigit(p.charAt(i))) {
        i++;
      }
      return i;
    }
  }

  /** True when one of {@code phrases} stands in {@code text} as whole words, case ignored. */
  static boolean hasWord(String text, Phrases phrases) {
    // Only where a word can start (the text's start, or after a character that is no letter or
    // digit) is a phrase compared, and only one that can start with the character there and,
    // where the text's word is ASCII, whose first word is as long: every phrase at every position
    // was a third of a reply's time.
    int n = text.length();
    int at = 0;
    while (at <= n) {
      char c = at < n ? text.charAt(at) : 0;
      String[] candidates;
      int next = at + 1;
      if (at == n) {
        candidates = phrases.all;
      } else if (c >= 128) {
        candidates = phrases.all;
        if (letterOrDigit(c)) {
          next = endOfWord(text, at) + 1;
        }
      } else if (!ASCII_LETTER_OR_DIGIT[c]) {
        candidates = phrases.byFirst[c];
      } else {
        int end = at + 1;
        while (end < n && text.charAt(end) < 128 && ASCII_LETTER_OR_DIGIT[text.charAt(end)]) {
          end++;
        }
        if (phrases.byFirstAndLength != null && (end == n || text.charAt(end) < 128)) {
          int length = end - at;
          candidates = length > phrases.longestFirstWord ? Phrases.NONE
              : phrases.byFirstAndLength[c * (phrases.longestFirstWord + 1) + length];
        } else {
          candidates = phrases.byFirst[c];
        }
        // No word starts inside the word, nor at the character after it (it follows a letter).
        next = endOfWord(text, end) + 1;
      }
      for (String p : candidates) {
        int len = p.length();
        if (at + len <= n && text.regionMatches(true, at, p, 0, len)
            && (at + len == n || !letterOrDigit(text.charAt(at + len)))) {
          return true;
        }
      }
      at = next;
    }
    return false;
  }

  /** The end of the run of letters and digits at {@code from} ({@code from} itself when there is none). */
  private static int endOfWord(String text, int from) {
    int i = from;
    while (i < text.length() && letterOrDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** True when {@code text} holds a laughter or sarcasm word as {@link #plain} looks for them. */
  boolean laughsOrMocks(String text) {
    return hasWord(text, droppedOrSarcastic);
  }

  /**
   * {@code text} without the clauses at its end that judge us ("…, c'est du vol", "…!!! das ist
   * betrug"), each cut at the comma, semicolon, dash or sentence mark before it; the same instance
   * when the last clause does not judge, or when every clause does (the whole text judges, and
   * {@link #judges} tells that).
   */
  String withoutJudgingEnd(String text) {
    if (text == null) {
      return null;
    }
    String kept = text;
    while (true) {
      int end = kept.length();
      while (end > 0 && (Character.isWhitespace(kept.charAt(end - 1)) || ".!?…".indexOf(kept.charAt(end - 1)) >= 0)) {
        end--;
      }
      int cut = -1;
      for (int i = end - 1; i > 0 && cut < 0; i--) {
        char c = kept.charAt(i);
        if (",;–—".indexOf(c) >= 0 || ".!?".indexOf(c) >= 0 && i + 1 < end && kept.charAt(i + 1) == ' '
            || c == '-' && kept.charAt(i - 1) == ' ' && i + 1 < end && kept.charAt(i + 1) == ' ') {
          cut = i;
        }
      }
      if (cut <= 0 || !judges(kept.substring(cut + 1, end))) {
        return kept;
      }
      int before = cut;
      // A sentence mark stays with what it ends ("abgebucht!!!"); a comma or a dash goes.
      if (".!?".indexOf(kept.charAt(cut)) >= 0) {
        before = cut + 1;
      }
      while (before > 0 && (Character.isWhitespace(kept.charAt(before - 1)) || ",;–—-".indexOf(kept.charAt(before - 1)) >= 0)) {
        before--;
      }
      if (before == 0 || judges(kept.substring(0, before))) {
        return kept == text ? text : kept;
      }
      kept = kept.substring(0, before);
    }
  }

  /** True when the situation is a judgement of us, never read back ("the worst service ever"). */
  boolean judges(String text) {
    return hasWord(text.indexOf('’') >= 0 ? text.replace('’', '\'') : text, judging);
  }

  /** Marks that end a clause, Japanese ones too ("また二重に請求されている。ふざけるな"). */
  private static final String CLAUSE_ENDS = ",;.!?\n。、！？";

  /**
   * {@code text} without the insults and verdicts on us it holds ({@code echo.judgement}): an insult
   * that only qualifies a noun ({@code echo.judgement.attributive}: "la app de mierda se cierra" →
   * "la app se cierra") is left out, and a clause holding any other ("…, sois unos inútiles") is
   * left out whole. {@code text} itself when it judges nothing (or the language has no such data);
   * an empty string when nothing is left.
   */
  String civil(String text) {
    if (text == null || !judges(text)) {
      return text;
    }
    // A language without attributive insults still leaves out a clause that judges us: "euer
    // Kundenservice ist der letzte Mist, 3 Wochen warte ich" keeps "3 Wochen warte ich".
    String t = attributive == null ? text : attributive.matcher(text).replaceAll("");
    StringBuilder out = new StringBuilder(t.length());
    int from = 0;
    while (from < t.length()) {
      int end = from;
      while (end < t.length() && CLAUSE_ENDS.indexOf(t.charAt(end)) < 0) {
        end++;
      }
      while (end < t.length() && CLAUSE_ENDS.indexOf(t.charAt(end)) >= 0) {
        end++;
      }
      String clause = t.substring(from, end);
      if (!judges(clause)) {
        out.append(clause);
      }
      from = end;
    }
    String kept = out.toString().strip();
    // a clause left out at the end leaves the comma before it: "la app se cierra," → "la app se cierra"
    int e = kept.length();
    while (e > 0 && ",;".indexOf(kept.charAt(e - 1)) >= 0) {
      e--;
    }
    return kept.substring(0, e).strip();
  }

  private static ImmutableMap<String, String> entities() {
    ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
    try (InputStream in = CallerEcho.class.getResourceAsStream("/dev/empathy/compose/entities.tsv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.strip().split("\t");
        String v = f[1];
        if (v.startsWith("\\u")) {
          v = new String(Character.toChars(Integer.parseInt(v.substring(2), 16)));
        }
        b.put(f[0], v);
      }
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("cannot read dev/empathy/compose/entities.tsv", e);
    }
    return b.buildOrThrow();
  }
}
