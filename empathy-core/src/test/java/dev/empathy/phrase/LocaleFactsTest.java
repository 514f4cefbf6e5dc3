package dev.empathy.phrase;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.VersionInfo;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The locale facts the build recorded ({@code dev.empathy.PrecompiledData}) are what ICU answers
 * now, line by line, and a phrasebook built from them resolves and formats as one built from ICU.
 */
class LocaleFactsTest {

  private static Map<String, String> bundled() throws Exception {
    var in = LocaleFactsTest.class.getResourceAsStream(LocaleFacts.RESOURCE);
    assertNotNull(in, "the build writes " + LocaleFacts.RESOURCE + " (exec-maven-plugin, process-classes)");
    Map<String, String> out = new LinkedHashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int tab = line.indexOf('\t');
        out.put(line.substring(0, tab), line.substring(tab + 1));
      }
    }
    return out;
  }

  @Test
  void theBundledFileIsForThisIcuAndIsRead() throws Exception {
    assertEquals(VersionInfo.ICU_VERSION.toString(), bundled().get("icu"));
    assertTrue(LocaleFacts.available());
  }

  @Test
  void everyRecordedFactIsWhatIcuAnswersNow() throws Exception {
    Map<String, String> facts = bundled();
    assertEquals(LocaleFacts.compute(), new java.util.TreeMap<>(facts));
    // and, spelled out per bundled locale, the calls the phrasebook would make
    for (ULocale l : Phrasebook.SUPPORTED) {
      for (String s : LocaleFacts.SKELETONS) {
        assertEquals(com.ibm.icu.text.DateTimePatternGenerator.getInstance(l).getBestPattern(s), facts.get(LocaleFacts.patternKey(l, s)), l + " " + s);
      }
      CompiledMessage.Formatters fresh =
          new CompiledMessage.Formatters(com.ibm.icu.text.PluralRules.forLocale(l), com.ibm.icu.number.NumberFormatter.withLocale(l));
      CompiledMessage.Formatters recorded =
          new CompiledMessage.Formatters(l, facts.get(LocaleFacts.numbersKey(l)), facts.get(LocaleFacts.pluralsKey(l)));
      for (double v : new double[] {0, 1, 2, 3, 5, 11, 21, 101, 127, 128, 1000, 1234.5, -1, -0.0, 0.5}) {
        assertEquals(fresh.format(v), recorded.format(v), l + " " + v);
        assertEquals(fresh.pluralKeyword(v), recorded.pluralKeyword(v), l + " " + v);
      }
    }
  }

  @Test
  void resolvingFromTheFactsIsResolvingWithIcu() {
    List<Locale> asked = new java.util.ArrayList<>(List.of(Locale.getAvailableLocales()));
    asked.addAll(
        List.of(
            Locale.forLanguageTag("en-us"),
            Locale.forLanguageTag("en-US-x-k0001"),
            Locale.forLanguageTag("pt-PT"),
            Locale.forLanguageTag("es-XA"),
            Locale.forLanguageTag("sr-Latn-RS"),
            Locale.forLanguageTag("de-CH-u-ca-gregory"),
            new Locale("en", "ZZ"),
            new Locale("xx"),
            Locale.ROOT));
    for (Locale l : asked) {
      assertEquals(Phrasebook.resolveWithIcu(l), Phrasebook.resolve(l), l.toLanguageTag());
      if (!l.getLanguage().isEmpty()) {
        Phrasebook book = Phrasebook.load(l, dev.empathy.Register.FORMAL, BrandVoice.none());
        ULocale resolved = Phrasebook.resolveWithIcu(l);
        assertEquals(Phrasebook.sameLocaleWithIcu(l, resolved), book.fallbackWarning().isEmpty(), l.toLanguageTag());
      }
    }
  }

  @Test
  void unknownFactsAreNull() {
    assertEquals(null, LocaleFacts.get("xx_YY.today"));
    assertEquals(null, LocaleFacts.resolveKey(Locale.forLanguageTag("en-US-x-k0001")));
    assertEquals("resolve.en_US", LocaleFacts.resolveKey(Locale.forLanguageTag("en-us")));
  }
}
