package dev.empathy.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.VersionInfo;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link BreakRules} reads the rule file the build recorded for a locale instead of asking ICU's
 * resource bundles; its iterators must be ICU's own for every locale: same rules, same breaks.
 */
class BreakRulesTest {
  /** Sentences, abbreviations, Greek question marks, Thai and Japanese without spaces, emoji, CRLF. */
  private static final String TEXT =
      "Mr. Smith paid $3.50 at 10 a.m. Really?! Yes. Τι κάνεις; Καλά. ไปไหนมา ฉันกินข้าวแล้ว "
          + "東京に行きました。元気です！👩‍👩‍👧 ok… \"Quoted.\" Next\r\nline e\u0301t\u00E9 can't 3,000.5";

  @Test
  void theBuildsRecordIsWhatIcuAnswersNow() {
    String recorded = read(BreakRules.class, BreakRules.RECORD);
    assertNotNull(recorded, "the build (process-classes) writes " + BreakRules.RECORD);
    assertEquals(BreakRules.computeRecord(), recorded);
    // Independently of both: English uses the root files, Greek its own sentence rules.
    BreakRules.Record r = BreakRules.readRecord(stream(recorded));
    assertNotNull(r);
    assertEquals(List.of("char.brk", "word.brk", "sent.brk"), List.of(r.files("en", "US")));
    assertEquals("sent_el.brk", r.files("el", "GR")[2]);
  }

  @Test
  void everyKnownLocaleGetsIcusOwnRules() {
    List<Locale> locales = new ArrayList<>();
    for (ULocale u : ULocale.getAvailableLocales()) {
      locales.add(u.toLocale());
    }
    locales.addAll(List.of(Locale.getAvailableLocales()));
    for (String tag :
        List.of("", "en-US-x-k0001", "de-CH", "el", "el-GR", "en-US-POSIX", "en-US-u-va-posix", "de-u-ss-standard",
            "en-US-u-ss-standard", "ja-JP-u-lb-loose", "ja-u-lw-phrase", "zh-Hant-TW", "sr-Latn", "th-TH", "es-419",
            "pt-BR", "xx", "en-ZZ")) {
      locales.add(Locale.forLanguageTag(tag));
    }
    for (Locale l : locales) {
      assertSameAsIcu(l);
    }
  }

  @Property(tries = 300)
  void anyTagGetsIcusOwnRules(@ForAll("tags") String tag) {
    assertSameAsIcu(Locale.forLanguageTag(tag));
  }

  @Provide
  Arbitrary<String> tags() {
    Arbitrary<String> language = Arbitraries.of(Locale.getISOLanguages()).injectDuplicates(0.1);
    Arbitrary<String> script = Arbitraries.of("", "", "", "-Latn", "-Hant", "-Cyrl", "-Grek");
    Arbitrary<String> region =
        Arbitraries.oneOf(Arbitraries.of(Locale.getISOCountries()).map(c -> "-" + c), Arbitraries.of("", "-419", "-GR", "-US"));
    Arbitrary<String> tail = Arbitraries.of("", "", "", "-POSIX", "-u-ss-standard", "-u-lb-strict", "-x-k0001", "-u-va-posix");
    return Combinators.combine(language, script, region, tail).as((l, s, r, t) -> l + s + r + t);
  }

  @Test
  void eachCallGetsItsOwnIterator() {
    BreakIterator a = BreakRules.sentences(Locale.ENGLISH);
    BreakIterator b = BreakRules.sentences(Locale.ENGLISH);
    a.setText("One. Two.");
    b.setText("Three four. Five.");
    assertEquals(5, a.next());
    assertEquals(12, b.next());
    assertEquals(9, a.next());
  }

  @Test
  void writingAndReadingKeepEveryLine(@TempDir Path dir) throws Exception {
    BreakRules.write(dir);
    String text = Files.readString(dir.resolve("dev/empathy/text").resolve(BreakRules.RECORD));
    assertEquals(BreakRules.computeRecord(), text);
    assertTrue(text.startsWith("icu " + VersionInfo.ICU_VERSION + "\nfolder "), text);
    BreakRules.Record r = BreakRules.readRecord(stream(text));
    assertNotNull(r);
    for (ULocale l : BreakRules.recordableLocales()) {
      assertEquals(List.of(BreakRules.icuFiles(l)), List.of(r.files(l.getLanguage(), l.getCountry())), l.getName());
    }
  }

  @Test
  void aRecordOfAnotherIcuOrADamagedOneIsNotRead() {
    String head = "icu " + VersionInfo.ICU_VERSION + "\nfolder com/x/brkitr\n";
    BreakRules.Record ok = BreakRules.readRecord(stream(head + "root c.brk w.brk s.brk\nel c.brk w.brk s_el.brk\n"));
    assertNotNull(ok);
    assertEquals("com/x/brkitr", ok.folder());
    assertEquals("s_el.brk", ok.files("el", "CY")[2]);
    assertEquals("s.brk", ok.files("en", "")[2]);
    assertNull(BreakRules.readRecord(stream("icu 1.0\nfolder com/x/brkitr\nroot c.brk w.brk s.brk\n")));
    assertNull(BreakRules.readRecord(stream(head + "el c.brk w.brk s_el.brk\n")), "root must come first");
    assertNull(BreakRules.readRecord(stream(head + "root c.brk w.brk\n")));
    assertNull(BreakRules.readRecord(stream("icu " + VersionInfo.ICU_VERSION + "\nroot c.brk w.brk s.brk\n")));
    assertNull(BreakRules.readRecord(stream(head)));
    assertNull(BreakRules.readRecord(stream("")));
  }

  /** Same rules as ICU's factory and, on a mixed text, the same breaks and rule statuses. */
  private static void assertSameAsIcu(Locale l) {
    ULocale u = ULocale.forLocale(l);
    assertSame(BreakIterator.getCharacterInstance(u), BreakRules.characters(l), l + " graphemes");
    assertSame(BreakIterator.getWordInstance(u), BreakRules.words(l), l + " words");
    assertSame(BreakIterator.getSentenceInstance(u), BreakRules.sentences(l), l + " sentences");
  }

  private static void assertSame(BreakIterator icu, BreakIterator ours, String what) {
    assertEquals(icu.getClass(), ours.getClass(), what);
    if (icu instanceof com.ibm.icu.text.RuleBasedBreakIterator) {
      assertEquals(icu.toString(), ours.toString(), what); // the rules' source
    }
    icu.setText(TEXT);
    ours.setText(TEXT);
    List<Integer> expected = new ArrayList<>();
    List<Integer> actual = new ArrayList<>();
    for (int b = icu.first(); b != BreakIterator.DONE; b = icu.next()) {
      expected.add(b);
      expected.add(icu.getRuleStatus());
    }
    for (int b = ours.first(); b != BreakIterator.DONE; b = ours.next()) {
      actual.add(b);
      actual.add(ours.getRuleStatus());
    }
    assertEquals(expected, actual, what);
  }

  private static String read(Class<?> c, String name) {
    try (var in = c.getResourceAsStream(name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static ByteArrayInputStream stream(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.US_ASCII));
  }
}
