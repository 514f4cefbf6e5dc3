package dev.empathy.phrase;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.text.DateTimePatternGenerator;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.text.RelativeDateTimeFormatter;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.VersionInfo;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a phrasebook asks ICU about its locale, answered when the library was built: CLDR's date
 * and time patterns for the three skeletons it uses, the words for today and tomorrow, the small
 * whole numbers as the locale writes them with their plural keywords, and which bundle each plain
 * JDK locale resolves to. Asking ICU for these on a cold start builds a {@code LocaleMatcher}, a
 * {@code DateTimePatternGenerator}, a {@code RelativeDateTimeFormatter}, {@code PluralRules} and a
 * number formatter: most of a one-line {@code compose}'s time.
 *
 * <p>The build writes {@code locale-facts.tsv} ({@code dev.empathy.PrecompiledData}, Maven's
 * {@code process-classes}); {@code LocaleFactsTest} asks ICU again for every line and compares.
 * The file names the ICU version it was made with: under another ICU (an application that pins
 * its own), it is ignored and every answer is computed as before, so a stale file can cost time,
 * never change a result. A fact the file lacks (a skeleton or locale added since) is computed too.
 *
 * <p>File format, UTF-8, one fact a line: {@code key<TAB>value}; the first line is {@code
 * icu<TAB><version>}. Lists are {@code |}-separated.
 */
final class LocaleFacts {
  static final String RESOURCE = "/dev/empathy/phrase/locale-facts.tsv";
  /** The date-time skeletons a phrasebook asks CLDR about. */
  static final List<String> SKELETONS = List.of("EEEEMMMMd", "yMMMMEEEEd", "jmm");
  /** The small whole numbers a phrasebook formats once per locale ({@code Formatters}). */
  static final int SMALL_NUMBERS = 128;

  private static volatile Map<String, String> facts;

  private LocaleFacts() {}

  /** The fact {@code key}, or null when the build recorded none (or under another ICU version). */
  static String get(String key) {
    Map<String, String> f = facts;
    if (f == null) {
      f = read();
      facts = f;
    }
    return f.get(key);
  }

  /** Whether the bundled file was read (same ICU version as the build's). */
  static boolean available() {
    get("icu");
    return !facts.isEmpty();
  }

  private static Map<String, String> read() {
    Map<String, String> out = new HashMap<>(2048);
    try (InputStream in = LocaleFacts.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return Map.of();
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, UTF_8), 1 << 16);
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int tab = line.indexOf('\t');
        if (tab > 0) {
          out.put(line.substring(0, tab), line.substring(tab + 1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return VersionInfo.ICU_VERSION.toString().equals(out.get("icu")) ? out : Map.of();
  }

  // Keys, shared by the writer, the readers and the test.

  static String patternKey(ULocale locale, String skeleton) {
    return locale.getName() + ".pattern." + skeleton;
  }

  static String todayKey(ULocale locale) {
    return locale.getName() + ".today";
  }

  static String tomorrowKey(ULocale locale) {
    return locale.getName() + ".tomorrow";
  }

  static String numbersKey(ULocale locale) {
    return locale.getName() + ".numbers";
  }

  static String pluralsKey(ULocale locale) {
    return locale.getName() + ".plurals";
  }

  /**
   * The resolve key of a JDK locale with only a language and maybe a country (the common case:
   * {@code Locale.US}, {@code en-us}, {@code de}), else null: other locales are always resolved by
   * ICU.
   */
  static String resolveKey(Locale requested) {
    if (requested.getLanguage().isEmpty()
        || !requested.getScript().isEmpty()
        || !requested.getVariant().isEmpty()
        || requested.hasExtensions()) {
      return null;
    }
    return "resolve." + requested.getLanguage() + "_" + requested.getCountry();
  }

  // Computing the facts, at build time and in the test.

  static String pattern(ULocale locale, String skeleton) {
    return DateTimePatternGenerator.getInstance(locale).getBestPattern(skeleton);
  }

  static String today(ULocale locale) {
    return RelativeDateTimeFormatter.getInstance(locale)
        .format(RelativeDateTimeFormatter.Direction.THIS, RelativeDateTimeFormatter.AbsoluteUnit.DAY);
  }

  static String tomorrow(ULocale locale) {
    return RelativeDateTimeFormatter.getInstance(locale)
        .format(RelativeDateTimeFormatter.Direction.NEXT, RelativeDateTimeFormatter.AbsoluteUnit.DAY);
  }

  static String numbers(ULocale locale) {
    var f = NumberFormatter.withLocale(locale);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < SMALL_NUMBERS; i++) {
      sb.append(i == 0 ? "" : "|").append(f.format((double) i).toString());
    }
    return sb.toString();
  }

  static String plurals(ULocale locale) {
    PluralRules rules = PluralRules.forLocale(locale);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < SMALL_NUMBERS; i++) {
      sb.append(i == 0 ? "" : "|").append(rules.select(i));
    }
    return sb.toString();
  }

  /** What {@link Phrasebook#load} computes for {@code requested}: the bundle, and whether it reads as asked. */
  static String resolution(Locale requested) {
    ULocale resolved = Phrasebook.resolveWithIcu(requested);
    return resolved.getName() + "|" + Phrasebook.sameLocaleWithIcu(requested, resolved);
  }

  /** Every fact, sorted by key, for the bundled locales and every plain JDK locale. */
  static Map<String, String> compute() {
    Map<String, String> out = new TreeMap<>();
    out.put("icu", VersionInfo.ICU_VERSION.toString());
    for (ULocale l : Phrasebook.SUPPORTED) {
      for (String s : SKELETONS) {
        out.put(patternKey(l, s), pattern(l, s));
      }
      out.put(todayKey(l), today(l));
      out.put(tomorrowKey(l), tomorrow(l));
      out.put(numbersKey(l), numbers(l));
      out.put(pluralsKey(l), plurals(l));
    }
    for (Locale l : Locale.getAvailableLocales()) {
      Locale plain = new Locale(l.getLanguage(), l.getCountry());
      String key = resolveKey(plain);
      if (key != null) {
        out.put(key, resolution(plain));
        out.put(resolveKey(new Locale(l.getLanguage())), resolution(new Locale(l.getLanguage())));
      }
    }
    for (Map.Entry<String, String> e : out.entrySet()) {
      if (e.getValue().indexOf('\n') >= 0 || e.getValue().indexOf('\r') >= 0 || e.getKey().indexOf('\t') >= 0) {
        throw new IllegalStateException("a locale fact cannot be written on one line: " + e);
      }
    }
    return out;
  }

  /** Writes the facts under the class output {@code classes} (build step). */
  static void write(Path classes) throws IOException {
    Path file = classes.resolve(RESOURCE.substring(1));
    Files.createDirectories(file.getParent());
    StringBuilder sb = new StringBuilder();
    Map<String, String> all = compute();
    sb.append("icu\t").append(all.remove("icu")).append('\n');
    all.forEach((k, v) -> sb.append(k).append('\t').append(v).append('\n'));
    Files.writeString(file, sb, UTF_8);
  }
}
