package dev.empathy.compose;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import dev.empathy.Register;
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
 * stands for a time word of the {@code @when} rows at the note's end; a note of parts joined by
 * "," or "and" is said when every part is known. A language without the file says none.
 *
 * <pre>{@code
 * ForeignNotes es = ForeignNotes.forLocale(Locale.forLanguageTag("es"));
 * es.said("Refund issued.", Register.FORMAL, List::toString);   // "he tramitado el reembolso"
 * es.said("will check back fri", Register.INFORMAL, ...);       // "te escribiré el viernes"
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

  private final ImmutableMap<String, String[]> notes;
  private final ImmutableMap<String, String> when;

  private ForeignNotes(ImmutableMap<String, String[]> notes, ImmutableMap<String, String> when) {
    this.notes = notes;
    this.when = when;
  }

  static ForeignNotes forLocale(Locale locale) {
    return BY_LANGUAGE.computeIfAbsent(locale.getLanguage(), ForeignNotes::load);
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
    return and.apply(out);
  }

  /** One part's words: known whole, or known with a time word of {@code @when} at its end. */
  private String one(String part, Register register) {
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
    return null;
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

  private static ForeignNotes load(String language) {
    String path = "/dev/empathy/compose/notes-from-en_" + language + ".tsv";
    Map<String, String[]> notes = new HashMap<>();
    Map<String, String> when = new HashMap<>();
    try (InputStream in = ForeignNotes.class.getResourceAsStream(path)) {
      if (in == null) {
        return new ForeignNotes(ImmutableMap.of(), ImmutableMap.of());
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int line = 0;
      for (String row : Splitter.on('\n').split(text)) {
        line++;
        if (row.isBlank() || row.startsWith("#")) {
          continue;
        }
        List<String> c = TAB.splitToList(row.strip());
        if (c.get(0).equals("@when")) {
          if (c.size() != 3) {
            throw new IllegalStateException(path + ":" + line + ": an @when row reads \"@when<TAB>english<TAB>words\"");
          }
          when.put(c.get(1), c.get(2));
        } else {
          if (c.size() < 2 || c.size() > 3 || !c.get(0).equals(fold(c.get(0)))) {
            throw new IllegalStateException(path + ":" + line + ": a row reads \"folded english note<TAB>formal[<TAB>informal]\"");
          }
          if (notes.put(c.get(0), c.subList(1, c.size()).toArray(new String[0])) != null) {
            throw new IllegalStateException(path + ":" + line + ": \"" + c.get(0) + "\" is listed twice");
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(path, e);
    }
    // The longest time word first: "next week" before "week".
    Map<String, String> ordered = new java.util.LinkedHashMap<>();
    when.entrySet().stream().sorted((a, b) -> b.getKey().length() - a.getKey().length())
        .forEach(e -> ordered.put(e.getKey(), e.getValue()));
    return new ForeignNotes(ImmutableMap.copyOf(notes), ImmutableMap.copyOf(ordered));
  }

  private static ImmutableMap<String, String> englishShorthand() {
    String path = "/dev/empathy/compose/clauses_en.properties";
    Properties p = new Properties();
    try (InputStream in = ForeignNotes.class.getResourceAsStream(path)) {
      if (in != null) {
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(path, e);
    }
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
