package dev.empathy.channels.sms;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.empathy.channels.fit.ChannelData;
import dev.empathy.text.Graphemes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How an SMS carrier will send a text: its encoding (GSM-7 when every character is in the GSM
 * 03.38 default alphabet or its extension table, else UCS-2), and its segments (one message of 160
 * septets or 70 UTF-16 units; when longer, segments of 153 septets or 67 units). An extension
 * character (such as {@code €} or {@code [}) costs two septets and its pair is never split between
 * segments, and no grapheme is split either (a flag or a family emoji stays in one segment).
 *
 * <pre>{@code
 * SmsSegments s = SmsSegments.of("Your refund of €42 is on its way.");
 * s.encoding();            // GSM_7
 * s.segments().size();     // 1
 * s.unitsPerSegment();     // [34]  (€ costs two septets)
 * }</pre>
 *
 * <p>{@link #atWordBoundaries} may also send a Spanish or Portuguese text as GSM-7 with its
 * national language single shift table (3GPP TS 23.038 annex A.2: "á", "ã", "ç" cost two septets
 * each, and a 3-octet header leaves 155 septets in one message, 149 in each of several) when that
 * takes fewer segments than UCS-2; {@link #languageShift()} names the table.
 *
 * <p>The tables and sizes come from {@code gsm7.properties}. Immutable and thread-safe.
 *
 * @see #smartEncode(String)
 */
public final class SmsSegments {
  /** The two encodings a handset can receive. */
  public enum Encoding {
    /** The GSM 03.38 7-bit alphabet: 160 septets in one segment, 153 in each of several. */
    GSM_7("GSM-7", "septets"),
    /**
     * UCS-2, for text GSM-7 cannot carry: 70 UTF-16 units in one segment, 67 in each of several.
     */
    UCS_2("UCS-2", "utf16");

    private final String label;
    private final String unit;

    Encoding(String label, String unit) {
      this.label = label;
      this.unit = unit;
    }

    /** {@return the usual name: {@code GSM-7} or {@code UCS-2}} */
    public String label() {
      return label;
    }

    /** {@return what a segment's size counts: {@code septets} or {@code utf16} code units} */
    public String unit() {
      return unit;
    }
  }

  private static final ImmutableMap<String, String> DATA = ChannelData.properties(SmsSegments.class, "gsm7.properties");
  private static final String BASIC = DATA.get("basic");
  private static final String EXTENSION = DATA.get("extension");
  static final int GSM_SINGLE = ChannelData.intValue(DATA, "gsm.single");
  static final int GSM_MULTI = ChannelData.intValue(DATA, "gsm.multi");
  static final int UCS2_SINGLE = ChannelData.intValue(DATA, "ucs2.single");
  static final int UCS2_MULTI = ChannelData.intValue(DATA, "ucs2.multi");
  private static final ImmutableMap<Character, String> LOOKALIKES = lookalikes();
  /**
   * Per char up to the largest one in the tables: 0 when GSM-7 lacks it, else its cost in septets
   * (2 for the extension table). One look-up instead of scanning both tables for every character.
   */
  private static final byte[] SEPTETS = septets();

  /**
   * How a message is measured: UCS-2, or GSM-7 with the default extension table or a national
   * language single shift table in its place ({@code septets} per char, 0 when it lacks the char).
   */
  private record Coding(Encoding encoding, byte[] septets, int single, int multi, String shift, String section) {
    boolean encodes(String text) {
      if (encoding == Encoding.UCS_2) {
        return true;
      }
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c >= septets.length || septets[c] == 0) {
          return false;
        }
      }
      return true;
    }
  }

  private static final Coding DEFAULT_GSM = new Coding(Encoding.GSM_7, SEPTETS, GSM_SINGLE, GSM_MULTI, null, null);
  private static final Coding UCS2 = new Coding(Encoding.UCS_2, null, UCS2_SINGLE, UCS2_MULTI, null, null);
  /** The national language single shift tables by name ({@code spanish}, {@code portuguese}). */
  private static final ImmutableMap<String, Coding> SHIFT_TABLES = shiftTables();

  private final Encoding encoding;
  private final ImmutableList<String> segments;
  private final ImmutableList<Integer> units;
  private final boolean splitsGrapheme;
  private final Coding coding;

  private SmsSegments(Coding coding, ImmutableList<String> segments, ImmutableList<Integer> units, boolean splitsGrapheme) {
    this.encoding = coding.encoding();
    this.coding = coding;
    this.segments = segments;
    this.units = units;
    this.splitsGrapheme = splitsGrapheme;
  }

  /**
   * Measures {@code text} exactly as given (no replacement).
   *
   * @param text the message
   * @return the encoding, segments and counts
   */
  public static SmsSegments of(String text) {
    Coding enc = isGsm7(text) ? DEFAULT_GSM : UCS2;
    int total = cost(text, 0, text.length(), enc);
    if (total <= enc.single()) {
      return new SmsSegments(enc, ImmutableList.of(text), ImmutableList.of(total), false);
    }
    int cap = enc.multi();
    List<String> parts = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    boolean split = false;
    int start = 0;
    while (start < text.length()) {
      int end = fill(text, start, cap, enc);
      int safe = end >= text.length() ? end : Graphemes.boundaryAtOrBefore(text, end);
      if (safe <= start) {
        split = true; // one grapheme is bigger than a segment: cut between its code points
      } else {
        end = safe;
      }
      parts.add(text.substring(start, end));
      sizes.add(cost(text, start, end, enc));
      start = end;
    }
    return new SmsSegments(enc, ImmutableList.copyOf(parts), ImmutableList.copyOf(sizes), split);
  }

  /** The end of the longest run of whole code points from {@code start} that costs at most {@code cap}. */
  private static int fill(String text, int start, int cap, Coding enc) {
    int end = start;
    int used = 0;
    while (end < text.length()) {
      int cp = text.codePointAt(end);
      int c = cost(cp, enc);
      if (used + c > cap) {
        break;
      }
      used += c;
      end += Character.charCount(cp);
    }
    return end;
  }

  /**
   * Like {@link #of}, but every segment after which another follows ends at a word boundary (an
   * ICU line-break opportunity, so CJK text breaks between characters), so each reads whole when a
   * gateway sends segments as separate messages. A word longer than a segment is divided between
   * graphemes. The count may exceed the carrier's by a segment now and then; it is the count of
   * what is sent. A text outside the GSM-7 default alphabet in a language with a national language
   * single shift table ({@code languageShift.<language>} in the SMS limits: Spanish, Portuguese)
   * goes as GSM-7 with that table when that takes fewer segments than UCS-2.
   *
   * <pre>{@code
   * SmsSegments.atWordBoundaries(longText, Locale.US).segments();  // each ends with a whole word
   * SmsSegments.atWordBoundaries("¿Recibió el código?", Locale.forLanguageTag("es")).languageShift();
   *                                                          // Optional[spanish]
   * }</pre>
   *
   * @param text the message
   * @param locale the message's locale, for ICU's line-break rules and its shift tables
   * @return the encoding, segments and counts
   */
  public static SmsSegments atWordBoundaries(String text, java.util.Locale locale) {
    return atWordBoundaries(text, locale, true);
  }

  /** As {@link #atWordBoundaries(String, java.util.Locale)}; {@code shift} false keeps to the default alphabet or UCS-2. */
  static SmsSegments atWordBoundaries(String text, java.util.Locale locale, boolean shift) {
    Coding enc = coding(text, locale, shift);
    int total = cost(text, 0, text.length(), enc);
    if (total <= enc.single()) {
      return new SmsSegments(enc, ImmutableList.of(text), ImmutableList.of(total), false);
    }
    List<String> parts = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    boolean split = cutAtWordBoundaries(text, locale, enc, Integer.MAX_VALUE, parts, sizes) < 0;
    return new SmsSegments(enc, ImmutableList.copyOf(parts), ImmutableList.copyOf(sizes), split);
  }

  /**
   * The number of segments {@link #atWordBoundaries} cuts {@code text} into, counted without
   * building them, and no further than needed: {@code cap + 1} stands for any count above
   * {@code cap}. A fitting loop that only asks "within the limit?" stops reading a 100 KB text
   * after the first {@code cap + 1} segments.
   */
  static int countAtWordBoundaries(String text, java.util.Locale locale, int cap) {
    return countAtWordBoundaries(text, locale, cap, true);
  }

  static int countAtWordBoundaries(String text, java.util.Locale locale, int cap, boolean shift) {
    if (isGsm7(text)) {
      return count(text, locale, DEFAULT_GSM, cap);
    }
    int best = count(text, locale, UCS2, cap);
    if (shift) {
      for (Coding table : tablesFor(locale)) {
        if (best > 1 && table.encodes(text)) {
          best = Math.min(best, count(text, locale, table, Math.min(cap, best - 1)));
        }
      }
    }
    return best;
  }

  /** The segments of {@code text} in UCS-2, as {@link #countAtWordBoundaries} counts them. */
  static int countInUcs2(String text, java.util.Locale locale, int cap) {
    return count(text, locale, UCS2, cap);
  }

  private static int count(String text, java.util.Locale locale, Coding enc, int cap) {
    if (cost(text, 0, text.length(), enc) <= enc.single()) {
      return 1;
    }
    int n = cutAtWordBoundaries(text, locale, enc, cap, null, null);
    return n < 0 ? -n : n;
  }

  /**
   * How {@code text} goes: GSM-7 when the default alphabet holds it; else, with {@code shift}, the
   * locale's national table that takes fewer segments than UCS-2 (UCS-2 on a tie); else UCS-2.
   */
  private static Coding coding(String text, java.util.Locale locale, boolean shift) {
    if (isGsm7(text)) {
      return DEFAULT_GSM;
    }
    Coding best = UCS2;
    if (shift) {
      int fewest = -1;
      for (Coding table : tablesFor(locale)) {
        if (!table.encodes(text)) {
          continue;
        }
        if (fewest < 0) {
          fewest = count(text, locale, UCS2, Integer.MAX_VALUE - 1);
        }
        if (fewest > 1) {
          int n = count(text, locale, table, fewest - 1);
          if (n < fewest) {
            fewest = n;
            best = table;
          }
        }
      }
    }
    return best;
  }

  /** The national tables a reply in {@code locale}'s language may use (none for most). */
  private static List<Coding> tablesFor(java.util.Locale locale) {
    return TABLES_BY_LANGUAGE.getOrDefault(locale.getLanguage(), ImmutableList.of());
  }

  private static final ImmutableMap<String, ImmutableList<Coding>> TABLES_BY_LANGUAGE = tablesByLanguage();

  /**
   * True when {@code at} falls between two letters of a script written without spaces (Han,
   * Hiragana, Katakana): the line rules allow a break there, but a reader sees a word cut in two
   * ("技術担|当者").
   */
  private static boolean insideUnspacedWord(String text, int at) {
    return at > 0 && at < text.length() && unspaced(text.codePointBefore(at)) && unspaced(text.codePointAt(at));
  }

  private static boolean unspaced(int cp) {
    if (cp == 'ー' || cp == '々') {
      return true;
    }
    Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
    return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
        || sc == Character.UnicodeScript.KATAKANA;
  }

  /**
   * A web address: its scheme or "www.", then printable ASCII. In a text written without spaces the
   * line rules allow a break after "https://" ("また、https://example.jp/…に"), so a link is
   * found by its own shape, not by the words around it.
   */
  private static final java.util.regex.Pattern LINK =
      java.util.regex.Pattern.compile("(?i)(?:https?://|www\\.)[\\x21-\\x7E&&[^<>\"]]+");

  /**
   * {@code end}, or, when it would cut a link, the start of the word holding the link (when after
   * {@code start}) or the link's end (when the link opens the segment and fits before {@code
   * full}): a link is never split.
   */
  private static int beforeLink(String text, int start, int end, int full, com.ibm.icu.text.BreakIterator lines) {
    if (text.indexOf("://", start) < 0 && text.indexOf("www.", start) < 0 && text.indexOf("WWW.", start) < 0) {
      return end;
    }
    java.util.regex.Matcher m = LINK.matcher(text);
    m.region(Math.max(0, start - 8), text.length());
    while (m.find() && m.start() < end) {
      if (m.end() > end && m.start() > start) {
        // The cut goes before the word the link starts: a link glued to a word ("Xhttps://…", a
        // draw of KeepOrderProperties, session 18) is cut where the word begins, not inside it.
        int s = m.start();
        while (s > start && !(lines.isBoundary(s) && Graphemes.isBoundary(text, s))) {
          s = lines.preceding(s);
        }
        if (s > start) {
          return s;
        }
      }
      if (m.end() > end && m.end() <= full) {
        return m.end();
      }
    }
    return end;
  }

  /** How far back from a cut a text written without spaces looks for the end of a clause: half a UCS-2 segment. */
  private static final int CLAUSE_LOOK_BACK = 34;

  /**
   * A better cut than {@code end} (inside a word of a text written without spaces), after {@code
   * start}: just after the last 、。！？ or closing bracket within {@link #CLAUSE_LOOK_BACK}
   * characters, else the last dictionary word boundary (ICU's word rules know Japanese words), else
   * {@code end}.
   */
  private static int unspacedBreak(
      String text, int start, int end, java.util.Locale locale, com.ibm.icu.text.BreakIterator lines) {
    // Every cut is also a line-break opportunity: a ")" inside "alert(1)</script>" ends no clause.
    for (int i = end; i > start + 1 && i > end - CLAUSE_LOOK_BACK; i--) {
      if ("、。！？!?」』）)，".indexOf(text.charAt(i - 1)) >= 0 && lines.isBoundary(i)) {
        return i;
      }
    }
    com.ibm.icu.text.BreakIterator words =
        com.ibm.icu.text.BreakIterator.getWordInstance(com.ibm.icu.util.ULocale.forLocale(locale));
    words.setText(text);
    int w = words.isBoundary(end) ? end : words.preceding(end);
    while (w != com.ibm.icu.text.BreakIterator.DONE && w > start && (!Graphemes.isBoundary(text, w) || !lines.isBoundary(w))) {
      w = words.preceding(w);
    }
    return w != com.ibm.icu.text.BreakIterator.DONE && w > start ? w : end;
  }

  /**
   * Cuts a text of more than one segment at word boundaries, adding each segment and its size to
   * {@code parts} and {@code sizes} when given, and stopping once more than {@code cap} are found.
   * Returns the count (at most {@code cap + 1}), negated when a grapheme had to be divided.
   */
  private static int cutAtWordBoundaries(
      String text, java.util.Locale locale, Coding enc, int cap, List<String> parts, List<Integer> sizes) {
    int capacity = enc.multi();
    com.ibm.icu.text.BreakIterator lines = com.ibm.icu.text.BreakIterator.getLineInstance(com.ibm.icu.util.ULocale.forLocale(locale));
    lines.setText(text);
    boolean split = false;
    int count = 0;
    int start = 0;
    while (start < text.length() && count <= cap) {
      int end = fill(text, start, capacity, enc);
      int full = end;
      if (end < text.length()) {
        int word = lines.isBoundary(end) ? end : lines.preceding(end);
        // A line break the line rules allow inside a grapheme (a space carrying a combining mark)
        // is no place to cut: the break before it is.
        while (word != com.ibm.icu.text.BreakIterator.DONE && word > start && !Graphemes.isBoundary(text, word)) {
          word = lines.preceding(word);
        }
        if (word != com.ibm.icu.text.BreakIterator.DONE && word > start) {
          end = word;
          if (insideUnspacedWord(text, end)) {
            end = unspacedBreak(text, start, end, locale, lines);
          }
        } else {
          int safe = Graphemes.boundaryAtOrBefore(text, end);
          if (safe <= start) {
            split = true;
          } else {
            end = safe;
          }
        }
      }
      if (end < text.length()) {
        end = beforeLink(text, start, end, full, lines);
      }
      if (parts != null) {
        parts.add(text.substring(start, end));
        sizes.add(cost(text, start, end, enc));
      }
      count++;
      start = end;
    }
    return split ? -count : count;
  }

  /**
   * Folds letters that GSM-7 lacks into the nearest letter it has, dropping the accent ("á" → "a",
   * "ã" → "a", "ç" → "c", "ê" → "e"; the ligature "œ" → "oe"), keeping those it has ("é", "ñ", "ü",
   * "à" stay). Opt-in
   * ({@code sms.foldAccents}): Spanish, French and Portuguese text fits 160 characters per segment
   * instead of 70, at the cost of spelling ("está" reads "esta", "avó" reads "avo").
   *
   * <pre>{@code
   * SmsSegments.foldAccents("Já enviei a encomenda");   // "Ja enviei a encomenda"
   * }</pre>
   *
   * @param text the text
   * @return the text with those letters folded
   */
  public static String foldAccents(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String r = null;
      if (Character.isLetter(c) && septets(c) == 0) {
        String base = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        if (!base.isEmpty() && isGsm7(base) && !base.equals(String.valueOf(c))) {
          r = base;
        } else if (c == '\u0153' || c == '\u0152') {
          r = c == '\u0153' ? "oe" : "OE"; // a ligature has no accent to drop: "cœur" is written "coeur"
        }
      }
      if (r != null && sb == null) {
        sb = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (sb != null) {
        sb.append(r != null ? r : String.valueOf(c));
      }
    }
    return sb == null ? text : sb.toString();
  }

  /**
   * Whether every character of {@code text} is in the GSM-7 default or extension table.
   *
   * @param text the text
   * @return true when GSM-7 can carry it
   */
  public static boolean isGsm7(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (septets(text.charAt(i)) == 0) {
        return false;
      }
    }
    return true;
  }

  /** The septets {@code c} costs in GSM-7 (2 in the extension table), 0 when GSM-7 lacks it. */
  private static int septets(char c) {
    return c < SEPTETS.length ? SEPTETS[c] : 0;
  }

  private static byte[] septets() {
    int max = 0;
    for (String table : new String[] {BASIC, EXTENSION}) {
      for (int i = 0; i < table.length(); i++) {
        max = Math.max(max, table.charAt(i));
      }
    }
    byte[] t = new byte[max + 1];
    for (int i = 0; i < BASIC.length(); i++) {
      t[BASIC.charAt(i)] = 1;
    }
    // An extension character costs two septets (escape + code), as cost() has always counted it.
    for (int i = 0; i < EXTENSION.length(); i++) {
      t[EXTENSION.charAt(i)] = 2;
    }
    return t;
  }

  /**
   * Replaces typographic characters (’ “ ” … — and friends, from {@code gsm7-lookalikes.tsv}) by
   * their GSM-7 look-alikes. Other characters are kept.
   *
   * @param text the text
   * @return the text with look-alikes in place of typographic characters
   */
  public static String smartEncode(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      String r = LOOKALIKES.get(text.charAt(i));
      if (r != null && sb == null) {
        sb = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (sb != null) {
        if (r != null) {
          sb.append(r);
        } else {
          sb.append(text.charAt(i));
        }
      }
    }
    return sb == null ? text : sb.toString();
  }

  /** True when {@link #smartEncode} would change {@code c}. */
  static boolean hasLookalike(char c) {
    return LOOKALIKES.containsKey(c);
  }

  /** {@return the encoding the message needs: GSM-7 when every character fits it, else UCS-2} */
  public Encoding encoding() {
    return encoding;
  }

  /**
   * {@return the national language single shift table the message goes with ({@code spanish},
   * {@code portuguese}), empty for the default alphabet or UCS-2}
   */
  public java.util.Optional<String> languageShift() {
    return java.util.Optional.ofNullable(coding.shift());
  }

  /** The section of 3GPP TS 23.038 that defines {@link #languageShift()}'s table ("A.2.2"). */
  String languageShiftSection() {
    return coding.section();
  }

  /** {@return the text of each segment, in order; concatenated they give the message} */
  public List<String> segments() {
    return segments;
  }

  /**
   * {@return septets (GSM-7) or UTF-16 units (UCS-2) in each segment, user-data header excluded}
   */
  public List<Integer> unitsPerSegment() {
    return units;
  }

  /** {@return all septets or units of the message} */
  public int totalUnits() {
    return units.stream().mapToInt(Integer::intValue).sum();
  }

  /** {@return whether a single grapheme was larger than a whole segment and had to be divided} */
  public boolean splitsGrapheme() {
    return splitsGrapheme;
  }

  private static int cost(String text, int from, int to, Coding enc) {
    if (enc.encoding() == Encoding.UCS_2) {
      return to - from;
    }
    byte[] t = enc.septets();
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      n += c < t.length && t[c] == 2 ? 2 : 1;
    }
    return n;
  }

  private static int cost(int cp, Coding enc) {
    if (enc.encoding() == Encoding.UCS_2) {
      return Character.charCount(cp);
    }
    byte[] t = enc.septets();
    return cp < t.length && t[cp] == 2 ? 2 : 1;
  }

  private static ImmutableMap<String, Coding> shiftTables() {
    ImmutableMap.Builder<String, Coding> b = ImmutableMap.builder();
    int single = ChannelData.intValue(DATA, "gsm.shift.single");
    int multi = ChannelData.intValue(DATA, "gsm.shift.multi");
    for (String key : DATA.keySet()) {
      if (!key.startsWith("shift.") || key.indexOf('.', "shift.".length()) >= 0) {
        continue;
      }
      String name = key.substring("shift.".length());
      String table = DATA.get(key);
      int max = 0;
      for (int i = 0; i < BASIC.length(); i++) {
        max = Math.max(max, BASIC.charAt(i));
      }
      for (int i = 0; i < table.length(); i++) {
        max = Math.max(max, table.charAt(i));
      }
      byte[] t = new byte[max + 1];
      // The table stands in for the default extension table; the default table still holds.
      for (int i = 0; i < table.length(); i++) {
        t[table.charAt(i)] = 2;
      }
      for (int i = 0; i < BASIC.length(); i++) {
        t[BASIC.charAt(i)] = 1;
      }
      b.put(name, new Coding(Encoding.GSM_7, t, single, multi, name, DATA.get(key + ".section")));
    }
    return b.buildOrThrow();
  }

  private static ImmutableMap<String, ImmutableList<Coding>> tablesByLanguage() {
    ImmutableMap<String, String> limits = ChannelData.properties(SmsSegments.class, "limits.properties");
    Map<String, ImmutableList<Coding>> m = new HashMap<>();
    limits.forEach((key, value) -> {
      if (key.startsWith("languageShift.")) {
        ImmutableList.Builder<Coding> tables = ImmutableList.builder();
        for (String name : value.split("[,\\s]+")) {
          Coding c = SHIFT_TABLES.get(name);
          if (c == null) {
            throw new IllegalStateException("limits.properties: " + key + " names no table in gsm7.properties: " + name);
          }
          tables.add(c);
        }
        m.put(key.substring("languageShift.".length()), tables.build());
      }
    });
    return ImmutableMap.copyOf(m);
  }

  private static ImmutableMap<Character, String> lookalikes() {
    Map<Character, String> m = new HashMap<>();
    for (List<String> row : ChannelData.rows(SmsSegments.class, "gsm7-lookalikes.tsv")) {
      m.put(row.get(0).charAt(0), row.get(1));
    }
    return ImmutableMap.copyOf(m);
  }

  @Override
  public String toString() {
    return encoding.label() + (coding.shift() == null ? "" : "+" + coding.shift()) + " " + units;
  }
}
