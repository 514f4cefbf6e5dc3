package dev.empathy.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.RuleBasedBreakIterator;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.VersionInfo;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ICU's grapheme, word and sentence iterators for a locale, read straight from the rule file ICU
 * would pick. {@code BreakIterator.getSentenceInstance(locale)} first resolves the locale through
 * ICU's resource bundles to find that file, which costs a one-line run about a tenth of its time
 * (loading the bundle machinery); the build records the answer instead ({@code break-rules.txt},
 * written by {@code PrecompiledData}, checked against ICU by a test), and this class reads the
 * named file. The iterators are ICU's own, from the same compiled rules: they break every text
 * exactly as ICU's factory's do.
 *
 * <pre>{@code
 * BreakIterator sentences = BreakRules.sentences(Locale.forLanguageTag("en-US"));
 * sentences.setText("It broke. Again!");
 * sentences.next(); // 10
 * }</pre>
 *
 * <p>ICU's factory answers instead (same iterators, slower) when the build left no record for
 * this ICU version, when the locale has a script, a variant or Unicode extensions (-u-lb-…,
 * -u-ss-…, which select other rules or filters), or when ICU is told to read its data from
 * elsewhere ({@code com.ibm.icu.impl.ICUBinary.dataPath}).
 *
 * <p>Thread-safe: every call returns a new iterator (a clone of one read once per rule file).
 */
public final class BreakRules {
  /** The resource {@link #write} records, beside this class. */
  static final String RECORD = "break-rules.txt";

  /** The kinds, in the record's column order, as ICU names them in its {@code boundaries} table. */
  static final String[] KINDS = {"grapheme", "word", "sentence"};

  private static final int GRAPHEME = 0;
  private static final int WORD = 1;
  private static final int SENTENCE = 2;

  /** One iterator per rule file read, cloned for every caller. */
  private static final Map<String, RuleBasedBreakIterator> READ = new ConcurrentHashMap<>();

  private BreakRules() {}

  /** The build's record for this ICU, read on first use; null when there is none. */
  private static final class Recorded {
    static final Record RECORD = readRecord();
  }

  /**
   * Which rule files ICU picks: the folder ICU reads them from, the files for the root locale, and
   * the locales (language, or language_REGION) whose files differ from their parent's.
   */
  record Record(String folder, String[] root, Map<String, String[]> locales) {
    /** The files for a locale without script, variant or Unicode extensions. */
    String[] files(String language, String region) {
      String[] f = region.isEmpty() ? null : locales.get(language + "_" + region);
      if (f == null) {
        f = locales.get(language);
      }
      return f == null ? root : f;
    }
  }

  /**
   * A grapheme-cluster iterator for {@code locale}, as {@code BreakIterator.getCharacterInstance}.
   *
   * @param locale the locale; not null
   * @return a new iterator, without text
   */
  public static BreakIterator characters(Locale locale) {
    return get(locale, GRAPHEME);
  }

  /**
   * A word iterator for {@code locale}, as {@code BreakIterator.getWordInstance}.
   *
   * @param locale the locale; not null
   * @return a new iterator, without text
   */
  public static BreakIterator words(Locale locale) {
    return get(locale, WORD);
  }

  /**
   * A sentence iterator for {@code locale}, as {@code BreakIterator.getSentenceInstance}.
   *
   * @param locale the locale; not null
   * @return a new iterator, without text
   */
  public static BreakIterator sentences(Locale locale) {
    return get(locale, SENTENCE);
  }

  private static BreakIterator get(Locale locale, int kind) {
    String file = recordedFile(locale, kind);
    if (file != null) {
      RuleBasedBreakIterator read = READ.get(file);
      if (read == null && (read = read(file)) != null) {
        RuleBasedBreakIterator first = READ.putIfAbsent(file, read);
        read = first != null ? first : read;
      }
      if (read != null) {
        return (BreakIterator) read.clone();
      }
    }
    ULocale u = ULocale.forLocale(locale);
    return switch (kind) {
      case GRAPHEME -> BreakIterator.getCharacterInstance(u);
      case WORD -> BreakIterator.getWordInstance(u);
      default -> BreakIterator.getSentenceInstance(u);
    };
  }

  /** The resource path of the file the record names for {@code locale}; null to ask ICU. */
  static String recordedFile(Locale locale, int kind) {
    Record r = Recorded.RECORD;
    if (r == null
        || !locale.getScript().isEmpty()
        || !locale.getVariant().isEmpty()
        || !locale.getUnicodeLocaleKeys().isEmpty()
        || !locale.getUnicodeLocaleAttributes().isEmpty()
        || System.getProperty("com.ibm.icu.impl.ICUBinary.dataPath") != null) {
      return null;
    }
    return r.folder() + "/" + r.files(locale.getLanguage(), locale.getCountry())[kind];
  }

  /** ICU's iterator from the compiled rules at {@code path}; null when they cannot be read (ICU's factory answers). */
  private static RuleBasedBreakIterator read(String path) {
    ClassLoader loader = BreakIterator.class.getClassLoader();
    try (InputStream in = loader == null ? ClassLoader.getSystemResourceAsStream(path) : loader.getResourceAsStream(path)) {
      return in == null ? null : RuleBasedBreakIterator.getInstanceFromCompiledRules(in);
    } catch (IOException | RuntimeException e) {
      return null; // a missing or damaged file costs time, never a wrong answer
    }
  }

  private static Record readRecord() {
    try (InputStream in = BreakRules.class.getResourceAsStream(RECORD)) {
      return in == null ? null : readRecord(in);
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Reads a record: {@code icu VERSION}, {@code folder PATH}, then one line per locale, {@code
   * root} first: the locale and its grapheme, word and sentence files, separated by spaces. Null
   * when it names another ICU or is damaged.
   */
  static Record readRecord(InputStream in) {
    try {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
      if (!("icu " + VersionInfo.ICU_VERSION).equals(r.readLine())) {
        return null;
      }
      String folder = r.readLine();
      if (folder == null || !folder.startsWith("folder ") || folder.length() == "folder ".length()) {
        return null;
      }
      String[] root = null;
      Map<String, String[]> locales = new HashMap<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] p = line.split(" ");
        if (p.length != KINDS.length + 1) {
          return null;
        }
        String[] files = {p[1], p[2], p[3]};
        if (root == null) {
          if (!p[0].equals("root")) {
            return null;
          }
          root = files;
        } else {
          locales.put(p[0], files);
        }
      }
      return root == null ? null : new Record(folder.substring("folder ".length()), root, locales);
    } catch (IOException | RuntimeException e) {
      return null; // a damaged record costs time, never a wrong answer
    }
  }

  /**
   * Build step (see {@code PrecompiledData}): records under {@code classes} which rule files ICU
   * picks for the root locale and for every locale ICU or the JDK knows (without script, variant
   * or extensions) whose files differ from its parent's.
   */
  static void write(Path classes) throws IOException {
    Path file = classes.resolve("dev/empathy/text").resolve(RECORD);
    Files.createDirectories(file.getParent());
    Files.writeString(file, computeRecord(), StandardCharsets.US_ASCII);
  }

  /** The record, as {@link #write} writes it, from ICU's answers now. */
  static String computeRecord() {
    String[] root = icuFiles(ULocale.ROOT);
    Map<String, String[]> differing = new TreeMap<>();
    for (ULocale l : recordableLocales()) {
      String[] own = icuFiles(l);
      String[] parent = l.getCountry().isEmpty() ? root : icuFiles(new ULocale(l.getLanguage()));
      if (!java.util.Arrays.equals(own, parent)) {
        differing.put(l.getCountry().isEmpty() ? l.getLanguage() : l.getLanguage() + "_" + l.getCountry(), own);
      }
    }
    StringBuilder sb = new StringBuilder("icu ").append(VersionInfo.ICU_VERSION).append('\n');
    sb.append("folder ").append(com.ibm.icu.impl.ICUData.ICU_BRKITR_BASE_NAME).append('\n');
    sb.append("root ").append(String.join(" ", root)).append('\n');
    differing.forEach((k, v) -> sb.append(k).append(' ').append(String.join(" ", v)).append('\n'));
    return sb.toString();
  }

  /** Every locale ICU or the JDK knows, and each one's language, without script, variant or keywords. */
  static java.util.Set<ULocale> recordableLocales() {
    java.util.Set<ULocale> out = new java.util.TreeSet<>(java.util.Comparator.comparing(ULocale::getName));
    java.util.List<ULocale> all = new java.util.ArrayList<>(java.util.List.of(ULocale.getAvailableLocales()));
    for (Locale l : Locale.getAvailableLocales()) {
      all.add(ULocale.forLocale(l));
    }
    for (ULocale l : all) {
      if (l.getLanguage().isEmpty() || !l.getScript().isEmpty() || !l.getVariant().isEmpty()) {
        continue;
      }
      out.add(new ULocale(l.getLanguage()));
      if (!l.getCountry().isEmpty()) {
        out.add(new ULocale(l.getLanguage() + "_" + l.getCountry()));
      }
    }
    return out;
  }

  /** The files ICU's factory reads for {@code locale}, in {@link #KINDS} order (ICU's internal lookup). */
  static String[] icuFiles(ULocale locale) {
    com.ibm.icu.impl.ICUResourceBundle rb =
        com.ibm.icu.impl.ICUResourceBundle.getBundleInstance(
            com.ibm.icu.impl.ICUData.ICU_BRKITR_BASE_NAME, locale, com.ibm.icu.impl.ICUResourceBundle.OpenType.LOCALE_ROOT);
    String[] files = new String[KINDS.length];
    for (int i = 0; i < KINDS.length; i++) {
      files[i] = rb.getStringWithFallback("boundaries/" + KINDS[i]);
    }
    return files;
  }
}
