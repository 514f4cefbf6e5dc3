package dev.empathy.review;

import com.ibm.icu.text.BreakIterator;
import dev.empathy.text.Graphemes;
import dev.empathy.text.PhraseMatcher;
import dev.empathy.text.WordCounter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One read of a draft: every cue the matcher found (one pass), the sentence bounds (ICU), the
 * quoted regions (the customer's words, not the agent's), and indexes that answer the context
 * questions rules ask ("is the word before this one a subject?", "does a time follow in this
 * sentence?") in constant or logarithmic time. Linear in the draft's length.
 */
final class DraftReading {
  // 9:30, 17h, 5pm, 5 p.m., 18 h 40, 15時: a concrete clock time.
  // Tried only where a run of digits starts, so the scan stays a cheap linear pass.
  static final Pattern CLOCK =
      Pattern.compile("\\p{N}{1,2}(?::\\p{N}{2}|\\s?(?:[ap]\\.?m\\b\\.?|h(?![\\p{L}])|uhr\\b|時))", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  final String text;
  /**
   * The text's characters. The character scans read them rather than the string: a string's
   * loops test its encoding (Latin-1 or UTF-16) at every character, and the JIT recompiles a
   * loop compiled on Latin-1 drafts when the first draft with a curly quote comes by.
   */
  final char[] chars;
  final List<PhraseMatcher.Match<Cue>> matches;
  /** The words, as ICU's root word rules segment them, counted in the matcher's pass. */
  private final WordCounter rootWords;
  private final int[] sentenceStarts;
  private final TreeMap<Integer, Integer> quoted = new TreeMap<>();
  /** Web addresses and e-mail addresses: "?simply=1" in a link is neither a sentence end nor the agent's words. */
  private final TreeMap<Integer, Integer> addresses = new TreeMap<>();
  private final Map<String, int[]> classStarts = new HashMap<>();
  /** Per owner (a rule or a rubric kind), the spans {start, end} of its exception phrases, by start. */
  private final Map<Object, List<int[]>> exceptions = new HashMap<>();
  /** The rubric cues outside quotes, by kind. */
  private final Map<String, List<PhraseMatcher.Match<Cue>>> rubricCues = new HashMap<>();
  /**
   * {@link #quoted} and {@link #addresses} once read, as parallel arrays of starts and ends: the
   * rules ask about them for every match, and a binary search of an array boxes nothing.
   */
  private final int[] quotedStarts;
  private final int[] quotedEnds;
  private final int[] addressStarts;
  private final int[] addressEnds;

  DraftReading(String text, RuleBook book) {
    this.text = text;
    this.chars = text.toCharArray();
    PhraseMatcher.Reading<Cue> read = book.matcher.read(text);
    this.matches = read.matches();
    this.rootWords = read.words();
    markAddresses();
    this.addressStarts = keys(addresses);
    this.addressEnds = values(addresses);
    BreakIterator sentenceIterator = book.sentences();
    this.sentenceStarts = sentences(text, sentenceIterator, addressStarts, addressEnds);
    book.giveBackSentences(sentenceIterator);
    markClassesAndExceptions(book);
    markQuotes(book.quoteBefore);
    markEarlierThread(book.earlierThread);
    this.quotedStarts = keys(quoted);
    this.quotedEnds = values(quoted);
    markRubricCues();
  }

  /**
   * A text read at most once, when first needed: the customer's message in one review, whose
   * reading both the private-data check of a public reply and the link-only check use.
   */
  static final class Once {
    private final String text;
    private final RuleBook book;
    private DraftReading reading;

    Once(String text, RuleBook book) {
      this.text = text;
      this.book = book;
    }

    /** The text's reading; confined to the review's thread, like the review itself. */
    DraftReading get() {
      if (reading == null) {
        reading = new DraftReading(text, book);
      }
      return reading;
    }
  }

  // The constructor's loops are methods of their own: a loop in the constructor made the JIT
  // compile the constructor on the stack (with the matcher's whole pass inlined) two or three
  // times over in a batch of short drafts, the largest compilations of a review run.

  /** The word classes' starts (phrases and clock times) and the exception phrases' spans. */
  private void markClassesAndExceptions(RuleBook book) {
    Map<String, Starts> starts = new HashMap<>();
    for (PhraseMatcher.Match<Cue> m : matches) {
      if (m.payload() instanceof Cue.WordClass c) {
        Starts.of(starts, c.name()).add(m.start());
      } else if (m.payload() instanceof Cue.Except e) {
        exceptions.computeIfAbsent(e.owner(), k -> new ArrayList<>()).add(new int[] {m.start(), m.end()});
      }
    }
    if (!book.clockClasses.isEmpty()) {
      int[] clocks = clockStarts();
      for (int i = 1; i <= clocks[0]; i++) {
        for (String c : book.clockClasses) {
          Starts.of(starts, c).add(clocks[i]);
        }
      }
    }
    for (Map.Entry<String, Starts> e : starts.entrySet()) {
      int[] a = Arrays.copyOf(e.getValue().values, e.getValue().size);
      Arrays.sort(a);
      classStarts.put(e.getKey(), a);
    }
  }

  /** A growing list of offsets (no boxing). */
  private static final class Starts {
    int[] values = new int[4];
    int size;

    static Starts of(Map<String, Starts> starts, String name) {
      Starts s = starts.get(name);
      if (s == null) {
        s = new Starts();
        starts.put(name, s);
      }
      return s;
    }

    void add(int v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }
  }

  private void markRubricCues() {
    for (PhraseMatcher.Match<Cue> m : matches) {
      if (m.payload() instanceof Cue.Rubric r && !quoted(m.start()) && !excepted(r.kind(), m.start(), m.end())) {
        rubricCues.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(m);
      }
    }
  }

  /**
   * The draft's words as {@code words} segments them: those of the matcher's pass when its rules
   * are the root rules, else found with it.
   */
  WordCounter words(BreakIterator words) {
    return WordCounter.usesRootRules(words) ? rootWords : WordCounter.of(text, words);
  }

  /** The draft's words as ICU's root word rules segment them, from the matcher's pass. */
  WordCounter rootWords() {
    return rootWords;
  }

  /** The cues of one rubric kind, in text order. */
  List<PhraseMatcher.Match<Cue>> cues(String kind) {
    return rubricCues.getOrDefault(kind, List.of());
  }

  /**
   * True when an exception phrase of {@code owner} covers {@code [start, end)}: the cue sits in a
   * harmless context such as "I just" or "just now". Exceptions arrive sorted by start, and one
   * only reaches a few words back, so the scan is short.
   */
  boolean excepted(Object owner, int start, int end) {
    List<int[]> list = exceptions.get(owner);
    if (list == null) {
      return false;
    }
    int lo = 0;
    int hi = list.size() - 1;
    int last = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (list.get(mid)[0] <= start) {
        last = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    for (int i = last; i >= 0 && start - list.get(i)[0] <= 200; i--) {
      if (list.get(i)[1] >= end) {
        return true;
      }
    }
    return false;
  }

  /** True when a word of class {@code name} starts in {@code [from, to)}. */
  boolean classIn(String name, int from, int to) {
    int[] a = classStarts.get(name);
    if (a == null || from >= to) {
      return false;
    }
    int i = Arrays.binarySearch(a, from);
    if (i < 0) {
      i = -i - 1;
    }
    return i < a.length && a[i] < to;
  }

  /** The index of the sentence containing {@code offset}. */
  int sentence(int offset) {
    int i = Arrays.binarySearch(sentenceStarts, offset);
    return i >= 0 ? i : -i - 2;
  }

  int sentenceCount() {
    return sentenceStarts.length;
  }

  int sentenceStart(int index) {
    return sentenceStarts[index];
  }

  int sentenceEnd(int index) {
    return index + 1 < sentenceStarts.length ? sentenceStarts[index + 1] : text.length();
  }

  /** True when {@code offset} lies inside text that quotes the customer. */
  boolean quoted(int offset) {
    return inSpan(quotedStarts, quotedEnds, offset);
  }

  /** True when {@code offset} lies inside a web or e-mail address. */
  boolean inAddress(int offset) {
    return inSpan(addressStarts, addressEnds, offset);
  }

  /** What {@code floorEntry(offset)} then {@code offset < end} asks of the map the arrays were made from. */
  private static boolean inSpan(int[] starts, int[] ends, int offset) {
    if (starts.length == 0 || offset < starts[0]) {
      return false;
    }
    int i = Arrays.binarySearch(starts, offset);
    i = i >= 0 ? i : -i - 2; // the last start at or before offset
    return i >= 0 && offset < ends[i];
  }

  private static int[] keys(TreeMap<Integer, Integer> spans) {
    int[] a = new int[spans.size()];
    int i = 0;
    for (Integer k : spans.keySet()) {
      a[i++] = k;
    }
    return a;
  }

  private static int[] values(TreeMap<Integer, Integer> spans) {
    int[] a = new int[spans.size()];
    int i = 0;
    for (Integer v : spans.values()) {
      a[i++] = v;
    }
    return a;
  }

  /**
   * Web addresses (from "http://", "https://" or "www." to the next space or closing bracket)
   * and e-mail addresses (the run of non-space characters around an "@" with a dot after it).
   */
  private void markAddresses() {
    addresses(text, chars, addresses);
  }

  /**
   * The addresses of {@code text} (its characters {@code chars}) into {@code out}, start to end.
   * A run (a stretch between white space, brackets and double quotes) is an address when it holds
   * an "@" after its first character and a "." after that, or starts with "http://", "https://"
   * or "www." in any case: only ASCII characters lower-case to those prefixes' characters, so such
   * a run has "://" four or five characters after its start, or "." three after. Only the runs
   * around those characters are read, found with {@code String.indexOf}, not a pass of our own
   * over every character: the same spans as {@link #addressesByRuns}, which reads every run.
   */
  static void addresses(String text, char[] chars, TreeMap<Integer, Integer> out) {
    for (int p = text.indexOf('@'); p >= 0; p = text.indexOf('@', p + 1)) {
      p = markRunAt(text, chars, p, out);
    }
    for (int p = text.indexOf("://"); p >= 0; p = text.indexOf("://", p + 1)) {
      if (p >= 4 && (runStartsAt(chars, p - 4) || (p >= 5 && runStartsAt(chars, p - 5)))) {
        p = markRunAt(text, chars, p, out);
      }
    }
    for (int p = text.indexOf('.'); p >= 0; p = text.indexOf('.', p + 1)) {
      if (p >= 3 && runStartsAt(chars, p - 3) && isW(chars[p - 3]) && isW(chars[p - 2]) && isW(chars[p - 1])) {
        p = markRunAt(text, chars, p, out);
      }
    }
  }

  private static boolean isW(char c) {
    return c == 'w' || c == 'W';
  }

  /** True when a run starts at {@code i}: {@code chars[i]} is in a run and the one before it is not. */
  private static boolean runStartsAt(char[] chars, int i) {
    return !endsRun(chars[i]) && (i == 0 || endsRun(chars[i - 1]));
  }

  /**
   * Reads the run around {@code p} (a character in it, or one that ends runs) as {@link
   * #addressesByRuns} reads each run, and marks it when it is an address; returns the run's last
   * offset, so the caller's next search starts after the run.
   */
  private static int markRunAt(String text, char[] chars, int p, TreeMap<Integer, Integer> out) {
    if (endsRun(chars[p])) {
      return p;
    }
    int start = p;
    while (start > 0 && !endsRun(chars[start - 1])) {
      start--;
    }
    return markRun(text, chars, start, out) - 1;
  }

  /** Reads the run starting at {@code start}, marks it when it is an address, and returns its end. */
  private static int markRun(String text, char[] chars, int start, TreeMap<Integer, Integer> out) {
    int n = chars.length;
    int i = start;
    boolean at = false;
    boolean dotAfterAt = false;
    while (i < n && !endsRun(chars[i])) {
      char d = chars[i];
      if (d == '@' && i > start) {
        at = true;
      } else if (d == '.' && at) {
        dotAfterAt = true;
      }
      i++;
    }
    if ((at && dotAfterAt)
        || (startsWebAddress(chars[start]) && (startsLower(chars, start, i, "http://") || startsLower(chars, start, i, "https://") || startsLower(chars, start, i, "www.")))) {
      int end = i;
      while (end > start && ".,;:!?".indexOf(text.charAt(end - 1)) >= 0) {
        end--; // the sentence's own punctuation after the address
      }
      out.put(start, end);
    }
    return i;
  }

  /**
   * Web addresses (from "http://", "https://" or "www." to the next space or closing bracket)
   * and e-mail addresses (the run of non-space characters around an "@" with a dot after it), in
   * one pass over every run: the reference {@link #addresses} is checked against.
   */
  static void addressesByRuns(String text, char[] chars, TreeMap<Integer, Integer> out) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (endsRun(chars[i])) {
        i++;
        continue;
      }
      i = markRun(text, chars, i, out);
    }
  }

  /**
   * Where a clock time starts: each start of a run of digits that {@link #CLOCK} matches from, as
   * {count, start, start, ...}.
   */
  private int[] clockStarts() {
    int[] out = new int[9];
    int n = chars.length;
    int[] runs = digitRuns();
    Matcher clock = null;
    for (int k = 1; k <= runs[0]; k++) {
      int i = runs[k];
      if (mayStartClock(chars, i)) {
        if (clock == null) {
          clock = CLOCK.matcher(text);
        }
        clock.region(i, Math.min(n, i + 12));
        if (clock.lookingAt()) {
          if (++out[0] == out.length) {
            out = Arrays.copyOf(out, out.length * 2);
          }
          out[out[0]] = i;
        }
      }
    }
    return out;
  }

  /** {@link #digitRuns()} once found. */
  private int[] digitRuns;

  /**
   * Where each run of digits ({@link #isDigit}) starts, in order, as {count, start, start, ...}:
   * found once, for the clock times and the token rules (ticket ids), which both start their look
   * at a digit.
   */
  int[] digitRuns() {
    if (digitRuns == null) {
      digitRuns = digitRuns(chars);
    }
    return digitRuns;
  }

  /**
   * The scan behind {@link #digitRuns()}: its own method, so the JIT compiles this scan of every
   * character whole.
   */
  static int[] digitRuns(char[] chars) {
    int[] out = new int[9];
    int n = chars.length;
    boolean previousDigit = false;
    for (int i = 0; i < n; i++) {
      boolean digit = isDigit(chars[i]);
      if (digit && !previousDigit) {
        if (++out[0] == out.length) {
          out = Arrays.copyOf(out, out.length * 2);
        }
        out[out[0]] = i;
      }
      previousDigit = digit;
    }
    return out;
  }

  /**
   * False when {@link #CLOCK} cannot match at {@code i}: after its one or two digits ({@code \p{N}}) and
   * at most one space, a clock time goes on with ":", "a", "p", "h", "u" (either case) or "時",
   * so one of those stands in the four characters after the first digit (the second {@code \p{N}} may
   * be a surrogate pair). Most numbers (prices, order numbers, dates) are settled here without
   * resetting the matcher.
   */
  static boolean mayStartClock(char[] chars, int i) {
    int to = Math.min(chars.length, i + 5);
    for (int k = i + 1; k < to; k++) {
      switch (chars[k]) {
        case ':', 'a', 'A', 'p', 'P', 'h', 'H', 'u', 'U', '時':
          return true;
        default:
          break;
      }
    }
    return false;
  }

  /** {@link Character#isWhitespace(char)}, from a table for ASCII. */
  static boolean isWhitespace(char c) {
    return c < 0x80 ? (ASCII[c] & WHITESPACE) != 0 : Character.isWhitespace(c);
  }

  /** {@link Character#isDigit(char)}, from a table for ASCII. */
  static boolean isDigit(char c) {
    // No UTF-16 unit below U+0660 (ARABIC-INDIC DIGIT ZERO) is a digit but 0 to 9: accented
    // letters, curly quotes and dashes are settled by one comparison.
    return c < 0x660 ? (char) (c - '0') <= 9 : Character.isDigit(c);
  }

  /** {@link Character#isLetterOrDigit(char)}, from a table for ASCII. */
  static boolean isLetterOrDigit(char c) {
    return c < 0x80 ? (ASCII[c] & LETTER_OR_DIGIT) != 0 : Character.isLetterOrDigit(c);
  }

  /** Whether {@code c} ends a run that may be an address: white space or {@link #endsAddress}. */
  private static boolean endsRun(char c) {
    return c < 0x80 ? (ASCII[c] & RUN_END) != 0 : c == '“' || c == '”' || Character.isWhitespace(c);
  }

  /** The brackets and quotes that end an address run: {@code < > " “ ” ( ) [ ]}. */
  private static boolean endsAddress(char c) {
    switch (c) {
      case '<', '>', '"', '“', '”', '(', ')', '[', ']':
        return true;
      default:
        return false;
    }
  }

  private static final byte WHITESPACE = 1;
  private static final byte LETTER_OR_DIGIT = 4;
  private static final byte RUN_END = 8;

  /**
   * The ASCII characters' classes, as {@link Character} and {@link #endsAddress} answer them: one
   * load per character, where the scans' comparisons branch on every kind of character a draft mixes.
   */
  private static final byte[] ASCII = new byte[0x80];

  static {
    for (char c = 0; c < 0x80; c++) {
      ASCII[c] =
          (byte)
              ((Character.isWhitespace(c) ? WHITESPACE | RUN_END : 0)
                  | (Character.isLetterOrDigit(c) ? LETTER_OR_DIGIT : 0)
                  | (endsAddress(c) ? RUN_END : 0));
    }
  }

  /**
   * True when a run starting with {@code c} may start "http://", "https://" or "www.": only "h" and
   * "w" lower-case to those letters (the characters outside ASCII that lower-case into ASCII are
   * "İ" and the Kelvin sign), so most runs are settled by their first character.
   */
  private static boolean startsWebAddress(char c) {
    return c == 'h' || c == 'w' || c == 'H' || c == 'W';
  }

  /**
   * True when {@code text[start, end)} starts with {@code prefix} (lower-case ASCII without an
   * "i" or a "k") in any case: what lower-casing the run and comparing would say, without a copy.
   */
  private static boolean startsLower(char[] chars, int start, int end, String prefix) {
    if (end - start < prefix.length()) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (Character.toLowerCase(chars[start + k]) != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The sentence starts, in order. The addresses come as the parallel arrays of their spans: the
   * question "does an address cover this break?" is asked at every break, and a binary search of
   * an array answers it without the map entry and the boxed offsets a {@code floorEntry} makes.
   */
  private static int[] sentences(String text, BreakIterator it, int[] addressStarts, int[] addressEnds) {
    it.setText(text);
    int[] starts = new int[16];
    int count = 0;
    for (int b = it.first(); b != BreakIterator.DONE && b < text.length(); b = it.next()) {
      if (b > 0 && insideAddress(addressStarts, addressEnds, b)) {
        continue; // "returns?simply=1" is one address, not two sentences
      }
      // ICU's sentence rules and the grapheme rules can disagree on odd text (a mark after a
      // sentence end): a sentence always starts on a grapheme boundary, so every span built from
      // sentence bounds does too.
      int g = Graphemes.boundaryAtOrBefore(text, b);
      if (count == 0 || g > starts[count - 1]) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = g;
      }
    }
    return count == 0 ? new int[] {0} : Arrays.copyOf(starts, count);
  }

  /** True when an address starts before the break {@code b} and runs past it (what the last address starting at or before {@code b - 1} says). */
  private static boolean insideAddress(int[] addressStarts, int[] addressEnds, int b) {
    if (addressStarts.length == 0 || b - 1 < addressStarts[0]) {
      return false;
    }
    int i = Arrays.binarySearch(addressStarts, b - 1);
    i = i >= 0 ? i : -i - 2;
    return b < addressEnds[i];
  }

  /**
   * Quoted regions: text in double quotation marks of any style (closed at the end of the line at
   * the latest), lines starting with {@code >}, and the rest of a sentence after "you said" and
   * similar lead-ins (or, where the lead-in follows the quote, the clause before it: 「解約後に請求が
   * 届いた」とのこと). Single quotes are left alone: they double as apostrophes.
   */
  private void markQuotes(boolean quoteBefore) {
    int n = text.length();
    int open = -1;
    char close = 0;
    boolean lineStart = true;
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      if (c == '\n') {
        if (open >= 0) {
          quoted.put(open, i);
          open = -1;
        }
        lineStart = true;
        continue;
      }
      if (lineStart && c == '>') {
        int end = text.indexOf('\n', i);
        end = end < 0 ? n : end;
        quoted.put(i, end);
        i = end - 1;
        continue;
      }
      if (lineStart && (c == ' ' || c == '\t')) {
        continue;
      }
      lineStart = false;
      if (open >= 0) {
        if (c == close) {
          quoted.put(open, i + 1);
          open = -1;
        }
      } else {
        char expected = closing(c);
        if (expected != 0) {
          open = i;
          close = expected;
        }
      }
    }
    if (open >= 0) {
      quoted.put(open, n);
    }
    for (PhraseMatcher.Match<Cue> m : matches) {
      if (m.payload() instanceof Cue.Quote && quoteBefore) {
        int from = sentenceStart(sentence(m.start()));
        for (int i = m.start() - 1; i > from; i--) {
          if (chars[i] == '、' || chars[i] == '，' || chars[i] == ',') {
            from = i + 1;
            break;
          }
        }
        if (from < m.start() && !covers(quoted.floorEntry(from), m.start())) {
          quoted.put(from, m.start());
        }
      } else if (m.payload() instanceof Cue.Quote) {
        int end = sentenceEnd(sentence(m.start()));
        Map.Entry<Integer, Integer> e = quoted.floorEntry(m.end());
        if (e == null || e.getValue() < end) {
          quoted.put(m.end(), end);
        }
      }
    }
  }

  private static boolean covers(Map.Entry<Integer, Integer> region, int end) {
    return region != null && region.getValue() >= end;
  }

  /** The longest line read as a reply header ("On Mon, 5 Jan 2026 at 10:02, Dana <…> wrote:"). */
  private static final int MAX_HEADER_LINE = 300;

  /**
   * Everything from the first line that starts the earlier thread (an e-mail reply's "On … wrote:"
   * line, "-----Original Message-----", or Outlook's From:/Sent: block) is the customer's and our
   * earlier words, not this draft's. One pass over the lines.
   */
  private void markEarlierThread(RuleBook.EarlierThread thread) {
    if (thread.replyLines().isEmpty() && thread.separators().isEmpty() && thread.fromLabels().isEmpty()) {
      return;
    }
    int n = text.length();
    int start = 0;
    while (start < n) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? n : end;
      if (end - start <= MAX_HEADER_LINE && mayStartThread(thread, start, end) && startsThread(thread, text.substring(start, end), end)) {
        quoted.tailMap(start, true).clear();
        quoted.put(start, n);
        return;
      }
      start = end + 1;
    }
  }

  /**
   * False when {@link #startsThread} is sure to be false for the line {@code [start, end)}, read
   * from the characters without making the line: a separator or a from-label must start with the
   * line's first character after white space, in lower case (what {@code strip().toLowerCase(ROOT)}
   * puts first: the first code point's lower case, "İ" giving "i"), and a reply line needs a digit.
   * Most lines are settled here.
   */
  private boolean mayStartThread(RuleBook.EarlierThread thread, int start, int end) {
    if (!thread.replyLines().isEmpty() && mayEndReplyLine(chars, thread.replyLines(), start, end)) {
      for (int i = start; i < end; i++) {
        if (Character.isDigit(chars[i])) {
          return true;
        }
      }
    }
    int i = start;
    while (i < end) {
      int cp = Character.codePointAt(chars, i, end);
      if (!Character.isWhitespace(cp)) {
        int lower = Character.toLowerCase(cp);
        char first = Character.isBmpCodePoint(lower) ? (char) lower : Character.highSurrogate(lower);
        return startsWithChar(thread.separators(), first) || startsWithChar(thread.fromLabels(), first);
      }
      i += Character.charCount(cp);
    }
    return false; // a blank line
  }

  /**
   * False when the line {@code [start, end)} cannot end with one of {@code replyLines} once
   * stripped and lower-cased: its last character after white space is an uncased character in
   * the BMP (so lower-casing keeps it; ":" in "wrote:") that ends none of them. A line ending in
   * a letter or outside the BMP is left to {@link #startsThread}. Most lines with a digit (times,
   * prices, order numbers) are settled here without copying the line.
   */
  static boolean mayEndReplyLine(char[] chars, List<String> replyLines, int start, int end) {
    int i = end;
    while (i > start && Character.isWhitespace(Character.codePointBefore(chars, i, start))) {
      i -= Character.charCount(Character.codePointBefore(chars, i, start));
    }
    if (i == start) {
      return false; // a blank line
    }
    char last = chars[i - 1];
    if (Character.isSurrogate(last) || Character.toLowerCase(last) != last || Character.toUpperCase(last) != last) {
      return true;
    }
    for (String s : replyLines) {
      if (s.charAt(s.length() - 1) == last) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithChar(List<String> labels, char first) {
    for (String label : labels) {
      if (label.charAt(0) == first) {
        return true;
      }
    }
    return false;
  }

  private boolean startsThread(RuleBook.EarlierThread thread, String rawLine, int lineEnd) {
    String line = rawLine.strip().toLowerCase(java.util.Locale.ROOT);
    if (line.isEmpty()) {
      return false;
    }
    for (String s : thread.separators()) {
      if (line.startsWith(s)) {
        return true;
      }
    }
    for (String s : thread.replyLines()) {
      if (line.endsWith(s) && line.chars().anyMatch(Character::isDigit)) {
        return true;
      }
    }
    for (String from : thread.fromLabels()) {
      if (line.startsWith(from)) {
        int next = lineEnd + 1;
        int nextEnd = next < text.length() ? text.indexOf('\n', next) : -1;
        String following = next < text.length() ? text.substring(next, nextEnd < 0 ? text.length() : Math.min(nextEnd, next + MAX_HEADER_LINE)) : "";
        String f = following.strip().toLowerCase(java.util.Locale.ROOT);
        for (String date : thread.dateLabels()) {
          if (f.startsWith(date)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static char closing(char c) {
    if (c < 0x80) {
      return c == '"' ? '"' : 0; // the only ASCII opening quote: most characters end here
    }
    switch (c) {
      case '"':
        return '"';
      case '“':
        return '”';
      case '„':
        return '“';
      case '«':
        return '»';
      case '「':
        return '」';
      case '『':
        return '』';
      default:
        return 0;
    }
  }

  /** Moves {@code end} forward to the next grapheme boundary (offsets from regexes). */
  static int graphemeEnd(String s, int end) {
    int e = end;
    while (e < s.length() && !Graphemes.isBoundary(s, e)) {
      e++;
    }
    return e;
  }

  /** Moves {@code start} back to a grapheme boundary. */
  static int graphemeStart(String s, int start) {
    return Graphemes.boundaryAtOrBefore(s, start);
  }
}
