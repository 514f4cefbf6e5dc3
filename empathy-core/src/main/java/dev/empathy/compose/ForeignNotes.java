package dev.empathy.compose;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.empathy.Register;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * An agent's note typed in English shorthand for a reply in another language ("refund issued",
 * "will check back fri" for a Spanish customer), said in the reply's language from the data of
 * {@code notes-from-en_<language>.tsv}: the folded note (lower case, the English shorthand of
 * {@code echo.spelled} in {@code clauses_en.properties} written out, a final full stop dropped),
 * then the reply's words in the formal and, when they differ, the informal register. "{when}"
 * stands for a time word of the {@code @when} rows at the note's end, and "{span}" for a span or
 * clock time in shorthand of the {@code @span} rows ("refund issued 3-5bd", "manager to call back
 * w/in 1h", "callback booked 7:05a"), its numbers carried over; a note of parts joined by "," or
 * "and" is said when every part is known; "{code}" stands for a flight or booking code ("rebooked
 * AV123 7:05a"), said in capitals. Rows marked {@code @own} hold the reply language's own note
 * shorthand ("Ersatz raus" → "ich habe Ihnen einen Ersatz geschickt"; {@link #ownShorthand}). Parts
 * said with the same opening of {@code notes.sharedOpenings} in {@code clauses_<language>.properties}
 * share it ("ich habe dich eingecheckt und dir deine Bordkarte geschickt", never "… und ich habe
 * dir …"). A language without the file says none.
 *
 * <pre>{@code
 * ForeignNotes es = ForeignNotes.forLocale(Locale.forLanguageTag("es"));
 * es.said("Refund issued.", Register.FORMAL, List::toString);   // "he tramitado el reembolso"
 * es.said("will check back fri", Register.INFORMAL, ...);       // "te escribiré el viernes"
 * es.said("refund issued 3-5bd", Register.FORMAL, ...);       // "he tramitado el reembolso, que le llegará en un plazo de 3 a 5 días hábiles"
 * es.said("Rebooked on the 9am flight", Register.FORMAL, ...);  // null: not in the data
 * }</pre>
 */
final class ForeignNotes {
  private static final Map<String, ForeignNotes> BY_LANGUAGE = new ConcurrentHashMap<>();
  private static final Splitter TAB = Splitter.on('\t');
  private static final Splitter SPELLED = Splitter.on(',').trimResults().omitEmptyStrings();
  /** Where a note's parts meet: a comma, a semicolon, "and", "+", "&". */
  private static final Pattern PARTS = Pattern.compile("\\s*(?:[,;+&]|\\band\\b)\\s*");
  private static final String WHEN = "{when}";
  /** English shorthand written out ("w/" → "with", "fri" → "friday"), read once from the English data. */
  private static final ImmutableMap<String, String> ENGLISH_SHORTHAND = englishShorthand();

  private static final String SPAN = "{span}";
  private static final String CODE_SLOT = "{code}";
  /** A flight or booking code in a folded note: two letters or a letter and a digit, then digits ("av123", "g31234"). */
  private static final Pattern CODE = Pattern.compile("(?<![\\w/:-])(?:[a-z]{2}\\d{1,4}|[a-z]\\d{2,5})(?![\\w/:-])");
  /** A number in an {@code @span} row's English side ("{a}-{b}bd", "w/in {a}h", "{h}:{m}a"). */
  private static final Pattern SLOT = Pattern.compile("\\{([a-z])\\}");

  private final ImmutableMap<String, String[]> notes;
  private final ImmutableMap<String, String> when;
  /** The {@code @span} rows in file order: what a span in shorthand matches at a note's end, and its words. */
  private final List<Span> spans;
  /** The folded notes of the {@code @own} rows: the reply language's own shorthand, not English. */
  private final ImmutableSet<String> own;
  /** Openings that parts said one after another share ({@code notes.sharedOpenings}: "ich habe", "j’ai"), longest first. */
  private final List<String> sharedOpenings;

  /** One {@code @span} row: "3-5bd" → "3 a 5 días hábiles"; {@code slots} name the numbers in match order. */
  private record Span(Pattern english, List<String> slots, String words) {}

  private ForeignNotes(ImmutableMap<String, String[]> notes, ImmutableMap<String, String> when, List<Span> spans,
      ImmutableSet<String> own, List<String> sharedOpenings) {
    this.notes = notes;
    this.when = when;
    this.spans = spans;
    this.own = own;
    this.sharedOpenings = sharedOpenings;
  }

  /** True when {@code note} is the reply language's own shorthand the data says ({@code @own} rows), not an English note. */
  boolean ownShorthand(String note) {
    if (note == null || own.isEmpty()) {
      return false;
    }
    String folded = fold(note);
    if (own.contains(folded)) {
      return true;
    }
    // "reemb. 3-5 días háb.": an own row written for a span ("reemb. {span}").
    for (Span span : spans) {
      java.util.regex.Matcher m = span.english().matcher(folded);
      if (m.find() && own.contains(folded.substring(0, m.start()) + " " + SPAN)) {
        return true;
      }
    }
    return false;
  }

  static ForeignNotes forLocale(Locale locale) {
    // A country with rows of its own reads them over its language's ("equipa" in pt-PT, "equipe" in pt-BR).
    String key = locale.getCountry().isEmpty() ? locale.getLanguage() : locale.getLanguage() + "_" + locale.getCountry();
    return BY_LANGUAGE.computeIfAbsent(key, ForeignNotes::load);
  }

  /**
   * The reply's words for {@code note}, an English note, in {@code register}; null when the data
   * does not know it (or one of its parts). {@code and} joins the words of a note's parts ("checked
   * w/ billing team, payment confirmed") as the reply's language lists them.
   */
  String said(String note, Register register, Function<List<String>, String> and) {
    if (notes.isEmpty() || note == null) {
      return null;
    }
    String folded = fold(note);
    String whole = one(folded, register);
    if (whole != null) {
      return whole;
    }
    List<String> parts = Splitter.on(PARTS).omitEmptyStrings().splitToList(folded);
    if (parts.size() < 2) {
      return null;
    }
    List<String> out = new ArrayList<>(parts.size());
    for (String part : parts) {
      String said = one(part, register);
      if (said == null) {
        return null;
      }
      out.add(said);
    }
    for (int k = 1; k < out.size(); k++) {
      for (String opening : sharedOpenings) {
        String next = out.get(k);
        if (out.get(k - 1).startsWith(opening) && next.startsWith(opening) && next.length() > opening.length()) {
          out.set(k, next.substring(opening.length())); // "ich habe … und ich habe dir …" → "ich habe … und dir …"
          break;
        }
      }
    }
    return and.apply(out);
  }

  /**
   * One part's words: known whole, or known with a time word of {@code @when} or a span at its end;
   * a flight or booking code in it ("rebooked av123 7:05a") is read as "{code}" and said in capitals.
   */
  private String one(String part, Register register) {
    String said = oneAsTyped(part, register);
    if (said != null) {
      return said;
    }
    java.util.regex.Matcher code = CODE.matcher(part);
    if (!code.find()) {
      return null;
    }
    said = oneAsTyped(part.substring(0, code.start()) + CODE_SLOT + part.substring(code.end()), register);
    return said == null ? null : said.replace(CODE_SLOT, code.group().toUpperCase(Locale.ROOT));
  }

  private String oneAsTyped(String part, Register register) {
    String[] found = notes.get(part);
    if (found != null) {
      return pick(found, register);
    }
    for (Map.Entry<String, String> w : when.entrySet()) {
      String time = w.getKey();
      if (part.length() > time.length() + 1 && part.endsWith(time) && part.charAt(part.length() - time.length() - 1) == ' ') {
        String[] pattern = notes.get(part.substring(0, part.length() - time.length()) + WHEN);
        if (pattern != null) {
          return pick(pattern, register).replace(WHEN, w.getValue());
        }
      }
    }
    // "refund issued 3-5bd", "manager to call back w/in 1h": a span or clock time in shorthand at
    // the end, said by its @span row in a note row written for it ("… {span}").
    for (Span span : spans) {
      java.util.regex.Matcher m = span.english().matcher(part);
      if (!m.find()) {
        continue;
      }
      String[] pattern = notes.get(part.substring(0, m.start()) + " " + SPAN);
      if (pattern == null) {
        continue;
      }
      String words = span.words();
      for (int k = 0; k < span.slots().size(); k++) {
        String slot = span.slots().get(k);
        String typed = m.group(k + 1);
        // "{p}" is an afternoon hour on the 12-hour clock, said on the 24-hour one ("7:05p" → "19:05").
        int hour = Integer.parseInt(typed);
        words = words.replace("{" + slot + "}", slot.equals("p") ? Integer.toString(hour < 12 ? hour + 12 : hour) : typed);
      }
      return pick(pattern, register).replace(SPAN, words);
    }
    return null;
  }

  /** An {@code @span} row's English side as a pattern matching at a note's end, after a space. */
  private static Span span(String english, String words) {
    StringBuilder regex = new StringBuilder(" ");
    List<String> slots = new ArrayList<>(2);
    java.util.regex.Matcher m = SLOT.matcher(english);
    int copied = 0;
    while (m.find()) {
      regex.append(Pattern.quote(english.substring(copied, m.start()))).append("(\\d{1,2})");
      slots.add(m.group(1));
      copied = m.end();
    }
    regex.append(Pattern.quote(english.substring(copied))).append('$');
    return new Span(Pattern.compile(regex.toString()), List.copyOf(slots), words);
  }

  private static String pick(String[] forms, Register register) {
    return register == Register.INFORMAL && forms.length > 1 ? forms[1] : forms[0];
  }

  /** {@code note} as the data lists it: lower case, shorthand written out, one space, no final stop. */
  static String fold(String note) {
    String t = note.strip().replace('’', '\'');
    int end = t.length();
    while (end > 0 && ".!".indexOf(t.charAt(end - 1)) >= 0) {
      end--;
    }
    StringBuilder out = new StringBuilder(end);
    for (String word : Splitter.on(' ').omitEmptyStrings().split(t.substring(0, end).toLowerCase(Locale.ROOT))) {
      // "w/" and "fri," keep their shorthand readable: a trailing comma stays after the written-out word.
      boolean comma = word.length() > 1 && word.endsWith(",");
      String bare = comma ? word.substring(0, word.length() - 1) : word;
      out.append(out.length() == 0 ? "" : " ").append(ENGLISH_SHORTHAND.getOrDefault(bare, bare)).append(comma ? "," : "");
    }
    return out.toString();
  }

  /**
   * The rows of {@code notes-from-en_<language>.tsv}, then those of {@code
   * notes-from-en_<language>_<COUNTRY>.tsv} when {@code tag} names a country that has one: a
   * country's row replaces its language's for the same note ("redefini a sua palavra-passe" in
   * pt-PT for "redefini sua senha").
   */
  private static ForeignNotes load(String tag) {
    String language = tag.indexOf('_') < 0 ? tag : tag.substring(0, tag.indexOf('_'));
    Map<String, String[]> notes = new HashMap<>();
    Map<String, String> when = new HashMap<>();
    List<Span> spans = new ArrayList<>();
    ImmutableSet.Builder<String> own = ImmutableSet.builder();
    if (!read("/dev/empathy/compose/notes-from-en_" + language + ".tsv", notes, when, spans, own)) {
      return new ForeignNotes(ImmutableMap.of(), ImmutableMap.of(), List.of(), ImmutableSet.of(), List.of());
    }
    if (!tag.equals(language)) {
      read("/dev/empathy/compose/notes-from-en_" + tag + ".tsv", notes, when, spans, own);
    }
    // The longest time word first: "next week" before "week".
    Map<String, String> ordered = new java.util.LinkedHashMap<>();
    when.entrySet().stream().sorted((a, b) -> b.getKey().length() - a.getKey().length())
        .forEach(e -> ordered.put(e.getKey(), e.getValue()));
    List<String> openings = new ArrayList<>(SPELLED.splitToList(ClauseData.of(language).getProperty("notes.sharedOpenings", "")));
    openings.sort((a, b) -> b.length() - a.length());
    List<String> spaced = new ArrayList<>(openings.size());
    openings.forEach(o -> spaced.add(o.endsWith("’") ? o : o + " "));
    return new ForeignNotes(ImmutableMap.copyOf(notes), ImmutableMap.copyOf(ordered), List.copyOf(spans), own.build(), List.copyOf(spaced));
  }

  /** Reads one notes file into the maps given; false when there is no such file. */
  private static boolean read(String path, Map<String, String[]> notes, Map<String, String> when, List<Span> spans,
      ImmutableSet.Builder<String> own) {
    java.util.Set<String> listed = new java.util.HashSet<>();
    try (InputStream in = ForeignNotes.class.getResourceAsStream(path)) {
      if (in == null) {
        return false;
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int line = 0;
      for (String row : Splitter.on('\n').split(text)) {
        line++;
        if (row.isBlank() || row.startsWith("#")) {
          continue;
        }
        List<String> c = TAB.splitToList(row.strip());
        if (c.get(0).equals("@own")) {
          c = c.subList(1, c.size()); // the reply language's own shorthand: said as a row is, named apart
          if (!c.isEmpty()) {
            own.add(c.get(0));
          }
        }
        if (c.get(0).equals("@when")) {
          if (c.size() != 3) {
            throw new IllegalStateException(path + ":" + line + ": an @when row reads \"@when<TAB>english<TAB>words\"");
          }
          when.put(c.get(1), c.get(2));
        } else if (c.get(0).equals("@span")) {
          if (c.size() != 3) {
            throw new IllegalStateException(path + ":" + line + ": an @span row reads \"@span<TAB>english<TAB>words\"");
          }
          spans.add(span(c.get(1), c.get(2)));
        } else {
          if (c.size() < 2 || c.size() > 3 || !c.get(0).equals(fold(c.get(0)))) {
            throw new IllegalStateException(path + ":" + line + ": a row reads \"folded english note<TAB>formal[<TAB>informal]\"");
          }
          notes.put(c.get(0), c.subList(1, c.size()).toArray(new String[0]));
          if (!listed.add(c.get(0))) {
            throw new IllegalStateException(path + ":" + line + ": \"" + c.get(0) + "\" is listed twice");
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(path, e);
    }
    return true;
  }

  private static ImmutableMap<String, String> englishShorthand() {
    Properties p = ClauseData.of("en");
    Map<String, String> out = new HashMap<>();
    for (String pair : SPELLED.split(p.getProperty("echo.spelled", ""))) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        out.putIfAbsent(pair.substring(0, eq).strip().toLowerCase(Locale.ROOT), pair.substring(eq + 1).strip().toLowerCase(Locale.ROOT));
      }
    }
    return ImmutableMap.copyOf(out);
  }
}
