package dev.empathy.signal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words a customer wrote themselves, as views of the message that readers read as if typed.
 *
 * <p>Web-form markup is decoded first, into the {@linkplain #decoded() decoded text}: an HTML entity
 * ({@code &amp;#39;}, {@code &amp;quot;}, {@code &amp;nbsp;}) becomes its character and nothing else,
 * so "can&amp;#39;t" reads as "can't" and 'not &amp;quot;great&amp;quot; happy' as 'not "great"
 * happy'; tags ({@code <br>}) become spaces, or a line break for block tags. The views below have
 * the decoded text's length; {@link #original(int)} turns an offset in them back into the offset
 * in the message as received, so evidence still points at what the customer (or the form) sent.
 *
 * <ul>
 *   <li>Quoted history is blanked: lines starting with {@code >}, everything from an attribution
 *       ("On Mon, 3 Nov 2025 at 10:02, Support &lt;…&gt; wrote:"), an "Original Message"
 *       separator or a "From: … Sent: …" header block to the end, device signatures ("Sent from
 *       my iPhone"), a {@code --} signature and the short name/title lines after a sign-off
 *       ("Regards,") when they look like a name or a title. The markers are data: {@code
 *       reply-history.tsv}.
 *   <li>URLs (up to a space or the first non-ASCII character), e-mail addresses and @handles are
 *       blanked: no cue is matched inside them.
 *   <li>In {@link #words()} only, a letter typed three times or more reads once ("sooo" as "so",
 *       "youuuu" as "you": the letters after the first become soft hyphens, which the word
 *       tokenizer and the matcher ignore); {@link #typed()} keeps it for the typography scan.
 * </ul>
 *
 * <p>Each step is one pass over the characters: linear in the message length.
 */
final class MessageBody {
  /** Stands in for the letters a collapsed run no longer needs ({@link #words()} only). */
  static final char PAD = '\u00AD';

  /** {@code String.split("\\s+")}, compiled once: this runs on every line of a message. */
  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
  private static final Markers MARKERS = Markers.load();

  private final String decoded;
  /**
   * For each offset in the views, the offset in the message as received (up to the views' length:
   * the end maps to the end); null when no entity was decoded and the two are equal.
   */
  private final int[] origin;
  private final String typed;
  private final String words;
  private final boolean quoted;
  private final int[] handle;

  /** {@link #words}' characters (the array the views were made from; never written after {@link #of}). */
  private final char[] wordChars;

  private MessageBody(String decoded, int[] origin, String typed, String words, char[] wordChars, boolean quoted, int[] handle) {
    this.decoded = decoded;
    this.origin = origin;
    this.typed = typed;
    this.words = words;
    this.wordChars = wordChars;
    this.quoted = quoted;
    this.handle = handle;
  }

  /**
   * {@code text} with its web-form markup decoded ("&amp;quot;" read as its character, as if typed);
   * {@code text} itself when it has none. What the language guess reads: the letters of "quot" or
   * "br" are markup, not words of a language.
   */
  static String withMarkupDecoded(String text) {
    if (text.indexOf('&') < 0 && text.indexOf('<') < 0) {
      return text;
    }
    int[][] origin = new int[1][];
    char[] c = decodeMarkup(text, origin);
    return c == null ? text : new String(c);
  }

  /** Reads {@code text}; the views have the length of its {@linkplain #decoded() decoded text}. */
  static MessageBody of(String text) {
    char[] c = null;
    int[] origin = null;
    if (text.indexOf('&') >= 0 || text.indexOf('<') >= 0) { // most messages have no markup: nothing to hold
      int[][] map = new int[1][];
      c = decodeMarkup(text, map);
      origin = map[0];
    }
    String decoded = c == null ? text : new String(c);
    if (c == null) {
      c = text.toCharArray();
    }
    boolean quoted = blankHistory(c);
    boolean[] blanked = new boolean[1];
    int[] handle = blankAddresses(c, blanked);
    // Most messages have no markup, history or address: the text itself is the typed view.
    String typed = quoted || blanked[0] ? new String(c) : decoded;
    String words = collapseRuns(c) ? new String(c) : typed;
    return new MessageBody(decoded, origin, typed, words, c, quoted, handle);
  }

  /**
   * The message with its markup decoded, as the customer would have typed it (entities read as
   * their characters, tags as spaces or line breaks); the message itself when it has no markup. The
   * views have its length and its offsets.
   */
  String decoded() {
    return decoded;
  }

  /**
   * The offset in the message as received of {@code offset} in the views: a span {@code [s, e)}
   * of the views is {@code [original(s), original(e))} of the message, whole entities included
   * ("&amp;quot;great&amp;quot;" for the decoded '"great"').
   */
  int original(int offset) {
    return origin == null ? offset : origin[offset];
  }

  /** Whether {@link #original(int)} is the identity: no entity was decoded. */
  boolean sameOffsets() {
    return origin == null;
  }

  /**
   * The span {@code {start, end}} of the first @handle the customer wrote to ("@AcmeSupport …"):
   * the message is a public post. {@code null} when there is none.
   */
  int[] handle() {
    return handle == null ? null : handle.clone();
  }

  /** The customer's own text with markup decoded and addresses blanked; letter runs kept. */
  String typed() {
    return typed;
  }

  /** {@link #typed()} with stretched letters read once: the view the lexicon is matched on. */
  String words() {
    return words;
  }

  /**
   * {@link #words()}' characters, shared, not copied: callers read them and never write them. When
   * no letter run was collapsed they are also {@link #typed()}'s ({@code words() == typed()}).
   */
  char[] wordChars() {
    return wordChars;
  }

  /** Whether some of the message was quoted history or a signature. */
  boolean hadHistory() {
    return quoted;
  }

  // ----- markup -----

  /**
   * {@code text}'s characters with its markup decoded, and in {@code origin[0]} where each starts
   * in {@code text} (null when no entity was decoded); null when there was no markup.
   */
  static char[] decodeMarkup(String text, int[][] origin) {
    char[] c = null;
    if (text.indexOf('&') >= 0) {
      char[] out = new char[text.length()];
      int[] map = new int[text.length() + 1];
      int n = decodeEntities(text, out, map);
      if (n < text.length()) { // every entity is longer than what it stands for
        c = java.util.Arrays.copyOf(out, n);
        map[n] = text.length();
        origin[0] = map; // read up to index n only
      }
    }
    // After the entities: a tag the form escaped ("&lt;br&gt;") still reads as one.
    if (c != null || text.indexOf('<') >= 0) {
      char[] tags = c != null ? c : text.toCharArray();
      if (decodeTags(tags) || c != null) {
        return tags;
      }
    }
    return c;
  }

  /**
   * Writes {@code text} to {@code out} with each HTML entity decoded to its character(s), and in
   * {@code origin} where each written character starts in {@code text}; returns how many were
   * written. A decoded entity leaves nothing behind: the readers see the text as if typed.
   */
  private static int decodeEntities(String text, char[] out, int[] origin) {
    int n = text.length();
    int o = 0;
    for (int i = 0; i < n; i++) {
      char ch = text.charAt(i);
      if (ch == '&') {
        int semi = -1;
        for (int k = i + 1; k < n && k <= i + 10; k++) {
          char at = text.charAt(k);
          if (at == ';') {
            semi = k;
            break;
          }
          if (!Character.isLetterOrDigit(at) && at != '#') {
            break;
          }
        }
        String decoded = semi > i + 1 ? entity(text.substring(i + 1, semi)) : null;
        if (decoded != null) {
          for (int k = 0; k < decoded.length(); k++) {
            out[o] = decoded.charAt(k);
            origin[o++] = i;
          }
          i = semi;
          continue;
        }
      }
      out[o] = ch;
      origin[o++] = i;
    }
    return o;
  }

  /** Reads tags as spaces (a line break where a block tag ends), in place; whether there was one. */
  private static boolean decodeTags(char[] c) {
    boolean any = false;
    int n = c.length;
    for (int i = 0; i < n; i++) {
      if (c[i] == '<') {
        int k = i + 1;
        if (k < n && c[k] == '/') {
          k++;
        }
        if (k >= n || !(c[k] >= 'a' && c[k] <= 'z' || c[k] >= 'A' && c[k] <= 'Z')) {
          continue;
        }
        int nameStart = k;
        while (k < n && (Character.isLetterOrDigit(c[k]))) {
          k++;
        }
        String name = new String(c, nameStart, k - nameStart).toLowerCase(Locale.ROOT);
        int close = -1;
        for (int j = k; j < n && j <= i + 200; j++) {
          if (c[j] == '>') {
            close = j;
            break;
          }
          if (c[j] == '<' || c[j] == '\n' || c[j] == '@') {
            break; // "<help@example.com>" is an address, not a tag
          }
        }
        if (close < 0 || !MARKERS.tags.containsKey(name)) {
          continue;
        }
        boolean block = MARKERS.tags.get(name);
        // The line break stands where the tag ends, so the next line starts where it would in the
        // text the form escaped ("Kind regards,<br>!!!" reads as "Kind regards,\n!!!").
        for (int j = i; j <= close; j++) {
          c[j] = j == close && block ? '\n' : ' ';
        }
        any = true;
        i = close;
      }
    }
    return any;
  }

  private static String entity(String name) {
    if (name.charAt(0) == '#') {
      try {
        int cp = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
            ? Integer.parseInt(name.substring(2), 16)
            : Integer.parseInt(name.substring(1));
        if (cp <= 0 || cp > Character.MAX_CODE_POINT || Character.getType(cp) == Character.SURROGATE
            || Character.isISOControl(cp) && cp != '\n') {
          return null;
        }
        return new String(Character.toChars(cp));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return MARKERS.entities.get(name);
  }

  // ----- quoted history and signatures -----

  private static boolean blankHistory(char[] c) {
    int n = c.length;
    boolean any = false;
    int lineStart = 0;
    int previousContent = -1; // start of the last non-blank line that was kept
    while (lineStart < n) {
      int lineEnd = lineStart;
      while (lineEnd < n && c[lineEnd] != '\n') {
        lineEnd++;
      }
      int plain = plainLine(c, lineStart, lineEnd, previousContent >= 0);
      if (plain != 0) {
        // An ASCII line that none of the markers below can start, end or be: nothing to blank.
        if (plain > 0) {
          previousContent = lineStart;
        }
        lineStart = lineEnd + 1;
        continue;
      }
      String line = trimmed(c, lineStart, lineEnd);
      String lower = line.toLowerCase(Locale.ROOT);
      if (line.startsWith(">")) {
        blank(c, lineStart, lineEnd);
        any = true;
      } else if (startsHistory(c, lower, lineEnd)) {
        blank(c, lineStart, n);
        return true;
      } else if (startsWithAny(lower, MARKERS.devices)) {
        blank(c, lineStart, lineEnd);
        any = true;
      } else if (previousContent >= 0 && (line.equals("--") || line.equals("__") || line.startsWith("____"))) {
        blank(c, lineStart, n);
        return true;
      } else if (previousContent >= 0 && isSignOff(lower)) {
        any |= blankSignature(c, lineEnd);
      }
      if (!line.isEmpty()) {
        previousContent = lineStart;
      }
      lineStart = lineEnd + 1;
    }
    return any;
  }

  /** The longest sign-off, in characters. */
  private static final int LONGEST_SIGN_OFF = longest(MARKERS.signOffs);
  private static final java.util.Set<String> SIGN_OFFS = java.util.Set.copyOf(MARKERS.signOffs);

  /**
   * Whether the loop of {@link #blankHistory} may pass the line {@code c[from, to)} by without
   * making its trimmed and lower-case strings: 1 when the line, as {@link #trimmed} gives it, is
   * ASCII or characters that are their own lower case, not empty, and neither starts, ends nor is
   * what a marker asks for (so no branch applies and only its being non-empty counts); -1 when it
   * is empty; 0 when the strings must be read. On such a line, lower case is per character and
   * keeps the length, so the markers' tests are made on the characters.
   */
  private static int plainLine(char[] c, int from, int to, boolean afterContent) {
    int s = from;
    int e = to;
    while (s < e && (Character.isWhitespace(c[s]) || c[s] == PAD || c[s] == '\u00A0')) {
      s++;
    }
    while (e > s && (Character.isWhitespace(c[e - 1]) || c[e - 1] == PAD || c[e - 1] == '\u00A0')) {
      e--;
    }
    if (s == e) {
      return -1;
    }
    e = Math.min(e, s + 400);
    for (int k = s; k < e; k++) {
      char ch = c[k];
      // Beyond ASCII, a character without a lower case of its own ("’", "—", "é", "か", but not
      // "É" or a surrogate) is its own lower case in the line's lower-case string too, one for one.
      if (ch >= 0x80 && (Character.isSurrogate(ch) || Character.toLowerCase(ch) != ch)) {
        return 0;
      }
    }
    char first = c[s];
    if (first == '>' || first == '-' || first == '_' || c[e - 1] == ':') {
      return 0;
    }
    char lead = asciiLower(first);
    if ((lead < 0x80 ? MARKER_LEADS[lead] : MARKER_LEADS[0x80])
        && (asciiStartsWithAny(c, s, e, MARKERS.separators) || asciiStartsWithAny(c, s, e, MARKERS.headerFrom)
            || asciiStartsWithAny(c, s, e, MARKERS.devices))) {
      return 0;
    }
    if (afterContent) {
      // isSignOff drops the trailing run of , . ! - and spaces, then asks for a sign-off.
      int k = e;
      while (k > s && (",.!-–".indexOf(c[k - 1]) >= 0 || Character.isWhitespace(c[k - 1]))) {
        k--;
      }
      if (k - s <= LONGEST_SIGN_OFF) {
        return 0;
      }
    }
    return 1;
  }

  /**
   * The characters a separator, a "From:" header or a device line can start with, as {@link
   * #plainLine} asks: an ASCII character by its own slot, any other by the last one. A line
   * starting with none of them is passed by without trying each marker (2% of the samples of a
   * 100 KB message of short lines).
   */
  private static final boolean[] MARKER_LEADS = markerLeads(List.of(MARKERS.separators, MARKERS.headerFrom, MARKERS.devices));

  static boolean[] markerLeads(List<List<String>> markers) {
    boolean[] leads = new boolean[0x81];
    for (List<String> list : markers) {
      for (String p : list) {
        if (p.isEmpty()) {
          java.util.Arrays.fill(leads, true); // starts every line
          return leads;
        }
        leads[Math.min(p.charAt(0), 0x80)] = true;
      }
    }
    return leads;
  }

  private static int longest(List<String> strings) {
    int n = 0;
    for (String s : strings) {
      n = Math.max(n, s.length());
    }
    return n;
  }

  /** Whether the ASCII line {@code c[s, e)} in lower case starts with one of {@code prefixes}. */
  private static boolean asciiStartsWithAny(char[] c, int s, int e, List<String> prefixes) {
    for (int i = 0, n = prefixes.size(); i < n; i++) { // by index: no iterator per line
      String p = prefixes.get(i);
      if (p.length() <= e - s) {
        int k = 0;
        while (k < p.length() && p.charAt(k) == asciiLower(c[s + k])) {
          k++;
        }
        if (k == p.length()) {
          return true;
        }
      }
    }
    return false;
  }

  private static char asciiLower(char ch) {
    return ch >= 'A' && ch <= 'Z' ? (char) (ch | 0x20) : ch;
  }

  private static boolean startsHistory(char[] c, String lower, int lineEnd) {
    if (lower.isEmpty()) {
      return false;
    }
    if (startsWithAny(lower, MARKERS.separators)) {
      return true;
    }
    if (lower.endsWith(":") && (containsDigit(lower) || lower.contains("@"))) {
      for (String a : MARKERS.attributions) {
        if (lower.contains(a)) {
          return true;
        }
      }
    }
    if (startsWithAny(lower, MARKERS.headerFrom)) {
      // "From: …" is history when a "Sent:" or "Date:" header follows within two lines.
      int at = lineEnd + 1;
      for (int k = 0; k < 2 && at < c.length; k++) {
        int end = at;
        while (end < c.length && c[end] != '\n') {
          end++;
        }
        if (startsWithAny(trimmed(c, at, end).toLowerCase(Locale.ROOT), MARKERS.headerDate)) {
          return true;
        }
        at = end + 1;
      }
    }
    return false;
  }

  private static boolean isSignOff(String lower) {
    String s = lower;
    while (!s.isEmpty() && ",.!-–".indexOf(s.charAt(s.length() - 1)) >= 0) {
      s = s.substring(0, s.length() - 1).strip();
    }
    return !s.isEmpty() && SIGN_OFFS.contains(s);
  }

  /** Blanks up to three short lines after a sign-off when the message (or a history) ends there. */
  private static boolean blankSignature(char[] c, int signOffEnd) {
    int n = c.length;
    int at = signOffEnd + 1;
    int lines = 0;
    List<int[]> spans = new ArrayList<>();
    while (at < n) {
      int end = at;
      while (end < n && c[end] != '\n') {
        end++;
      }
      String line = trimmed(c, at, end);
      if (line.isEmpty()) {
        break;
      }
      if (++lines > 3 || line.length() > 40 || !looksLikeNameOrTitle(line)) {
        return false;
      }
      spans.add(new int[] {at, end});
      at = end + 1;
    }
    for (int[] s : spans) {
      blank(c, s[0], s[1]);
    }
    return !spans.isEmpty();
  }

  /**
   * A name, title or contact line ("Martin Kowalski", "Finance Manager", "xx Jen", "m: +44 7700
   * 900123"): every word starts with a capital or a non-letter, or is a short word. "Actually it
   * broke again" is more message, not a signature.
   */
  private static boolean looksLikeNameOrTitle(String line) {
    for (String word : WHITESPACE.split(line)) {
      char first = word.charAt(0);
      if (Character.isLetter(first) && !Character.isUpperCase(first) && word.length() > 3
          && Character.UnicodeScript.of(first) == Character.UnicodeScript.LATIN) {
        return false;
      }
    }
    return true;
  }

  // ----- addresses -----

  /** Blanks URLs, e-mail addresses and @handles; returns the first @handle's span, or null. */
  private static int[] blankAddresses(char[] c, boolean[] blanked) {
    int[] firstHandle = null;
    int n = c.length;
    int i = 0;
    while (i < n) {
      char ch = c[i];
      if ((ch == 'h' || ch == 'H') && startsWithIgnoreCase(c, i, "http") && (i == 0 || !Character.isLetterOrDigit(c[i - 1]))
          && (startsWithIgnoreCase(c, i, "http://") || startsWithIgnoreCase(c, i, "https://"))
          || (ch == 'w' || ch == 'W') && startsWithIgnoreCase(c, i, "www.") && (i == 0 || !Character.isLetterOrDigit(c[i - 1]))) {
        int end = i;
        while (end < n && c[end] > ' ' && c[end] < 0x80 && c[end] != '<' && c[end] != '"') {
          end++;
        }
        while (end > i && ".,;:!?)]'".indexOf(c[end - 1]) >= 0) {
          end--;
        }
        blank(c, i, end);
        blanked[0] |= end > i;
        i = Math.max(end, i + 1);
        continue;
      }
      if (ch == '@') {
        int start = i;
        while (start > 0 && isAddressChar(c[start - 1])) {
          start--;
        }
        int end = i + 1;
        while (end < n && (isAddressChar(c[end]))) {
          end++;
        }
        while (end > i + 1 && c[end - 1] == '.') {
          end--;
        }
        if (end > i + 1) {
          blank(c, start, end); // an e-mail address, or an @handle when start == i
          blanked[0] = true;
          if (start == i && firstHandle == null && (i == 0 || !Character.isLetterOrDigit(c[i - 1]))) {
            firstHandle = new int[] {start, end};
          }
        }
        i = Math.max(end, i + 1);
        continue;
      }
      i++;
    }
    return firstHandle;
  }

  private static boolean isAddressChar(char ch) {
    return ch < 0x80 && (Character.isLetterOrDigit(ch) || ch == '.' || ch == '_' || ch == '-' || ch == '+' || ch == '%');
  }

  // ----- stretched letters -----

  /** Whether any run was collapsed. */
  private static boolean collapseRuns(char[] c) {
    int n = c.length;
    int i = 0;
    boolean any = false;
    while (i < n) {
      char ch = c[i];
      if (ch < 0x80 ? ((ch | 0x20) < 'a' || (ch | 0x20) > 'z') : !Character.isLetter(ch) || Character.isSurrogate(ch)) {
        i++;
        continue;
      }
      char lower = toLowerCase(ch);
      int end = i + 1;
      while (end < n && toLowerCase(c[end]) == lower) {
        end++;
      }
      if (end - i >= 3) {
        any = true;
        for (int k = i + 1; k < end; k++) {
          c[k] = PAD;
        }
      }
      i = end;
    }
    return any;
  }

  /** {@link Character#toLowerCase(char)}, with ASCII by comparison (a Kelvin sign still lowers to k). */
  private static char toLowerCase(char ch) {
    return ch < 0x80 ? (ch >= 'A' && ch <= 'Z' ? (char) (ch | 0x20) : ch) : Character.toLowerCase(ch);
  }

  /** {@code word} with each run of three or more equal letters read once ("sooo" is "so"). */
  static String collapseRuns(String word) {
    char[] c = word.toCharArray();
    collapseRuns(c);
    StringBuilder sb = new StringBuilder(c.length);
    for (char ch : c) {
      if (ch != PAD) {
        sb.append(ch);
      }
    }
    return sb.toString();
  }

  // ----- small helpers -----

  private static void blank(char[] c, int from, int to) {
    for (int k = from; k < to; k++) {
      if (c[k] != '\n') {
        c[k] = ' ';
      }
    }
  }

  private static String trimmed(char[] c, int from, int to) {
    int s = from;
    int e = to;
    while (s < e && (Character.isWhitespace(c[s]) || c[s] == PAD || c[s] == '\u00A0')) {
      s++;
    }
    while (e > s && (Character.isWhitespace(c[e - 1]) || c[e - 1] == PAD || c[e - 1] == '\u00A0')) {
      e--;
    }
    return e - s > 400 ? new String(c, s, 400) : new String(c, s, e - s);
  }

  private static boolean containsDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithAny(String lower, List<String> prefixes) {
    for (int i = 0, n = prefixes.size(); i < n; i++) { // by index: no iterator per line
      if (lower.startsWith(prefixes.get(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithIgnoreCase(char[] c, int at, String prefix) {
    if (at + prefix.length() > c.length) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (toLowerCase(c[at + k]) != prefix.charAt(k)) { // ASCII by comparison: asked at every 'h' and 'w'
        return false;
      }
    }
    return true;
  }

  /** The markers of {@code reply-history.tsv}, lower case. */
  private record Markers(
      List<String> separators,
      List<String> attributions,
      List<String> headerFrom,
      List<String> headerDate,
      List<String> devices,
      List<String> signOffs,
      Map<String, Boolean> tags,
      Map<String, String> entities) {

    static Markers load() {
      Markers m = new Markers(
          new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
          new ArrayList<>(), new HashMap<>(), new HashMap<>());
      String file = "/dev/empathy/signal/reply-history.tsv";
      try (InputStream in = MessageBody.class.getResourceAsStream(file)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + file);
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int no = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          no++;
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] f = line.split("\t");
          if (f.length < 2) {
            throw new IllegalStateException(file + ":" + no + ": expected kind<TAB>text");
          }
          String v = f[1].toLowerCase(Locale.ROOT);
          switch (f[0].strip()) {
            case "separator" -> m.separators.add(v);
            case "attribution" -> m.attributions.add(v);
            case "header-from" -> m.headerFrom.add(v);
            case "header-date" -> m.headerDate.add(v);
            case "device" -> m.devices.add(v);
            case "sign-off" -> m.signOffs.add(v);
            case "tag" -> m.tags.put(v, f.length > 2 && f[2].strip().equals("block"));
            case "entity" -> m.entities.put(f[1], new String(Character.toChars(Integer.parseInt(f[2].strip(), 16))));
            default -> throw new IllegalStateException(file + ":" + no + ": unknown kind " + f[0]);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return m;
    }
  }
}
