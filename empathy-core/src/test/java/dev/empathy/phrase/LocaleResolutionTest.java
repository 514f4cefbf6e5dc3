package dev.empathy.phrase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.ULocale;
import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.InvalidInputException;
import dev.empathy.Register;
import dev.empathy.compose.Reply;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Requested locale, then the closest bundle of its language, then English; never an exception. */
class LocaleResolutionTest {
  private static Reply reply(String tag) {
    return Empathy.builder().locale(tag).build().compose().acknowledge(Emotion.NEUTRAL).action("x").build();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "en, en", "en-US, en-US", "en-GB, en-GB", "es, es", "es-ES, es", "fr-FR, fr", "de-DE, de",
    "pt, pt-BR", "pt-BR, pt-BR", "pt-PT, pt-PT", "ja, ja", "ja-JP, ja", "de-DE-u-co-phonebk, de"
  })
  void bundledLocalesAreUsedWithoutAWarning(String requested, String used) {
    Reply reply = reply(requested);
    assertEquals(used, reply.locale().toLanguageTag());
    assertTrue(reply.warnings().isEmpty(), reply.warnings()::toString);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "en-AU, en-GB", "en-IN, en-GB", "en-CA, en", "es-MX, es", "es-419, es", "fr-CA, fr", "de-AT, de",
    "de-CH, de", "pt-AO, pt-PT", "pt-MZ, pt-PT"
  })
  void anotherRegionFallsBackToTheClosestBundleOfItsLanguageWithAWarning(String requested, String used) {
    Reply reply = reply(requested);
    assertEquals(used, reply.locale().toLanguageTag());
    assertEquals(requested, reply.requestedLocale().toLanguageTag());
    assertEquals(
        "locale " + requested + " is not bundled; replying in " + used, String.join("", reply.warnings()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"zh-TW", "it", "nl-NL", "ca", "gl", "gsw", "sr-Latn", "ar-EG", "xx"})
  void anotherLanguageFallsBackToEnglishNotToASimilarLanguage(String requested) {
    // CLDR would answer Catalan and Galician in Spanish and Swiss German in German; the contract
    // is "its language, else English", so a customer is never answered in a language they did not use.
    Reply reply = reply(requested);
    assertEquals("en", reply.locale().toLanguageTag());
    assertEquals(
        "locale " + requested + " is not bundled; replying in en (the default)", String.join("", reply.warnings()));
  }

  @Test
  void theRootLocaleFallsBackToEnglish() {
    Phrasebook book = Phrasebook.load(Locale.ROOT, Register.FORMAL, BrandVoice.none());
    assertEquals(new ULocale("en"), book.locale());
    assertTrue(book.fallbackWarning().orElseThrow().endsWith("replying in en (the default)"));
  }

  @Test
  void empathyReportsBothTheRequestedAndTheReplyLocale() {
    Empathy e = Empathy.builder().locale("pt-AO").build();
    assertEquals("pt-AO", e.locale().toLanguageTag());
    assertEquals("pt-PT", e.replyLocale().toLanguageTag());
  }

  @Test
  void registerSelectsTheOverlay() {
    Empathy formal = Empathy.builder().locale("de").build();
    Empathy informal = formal.toBuilder().register(Register.INFORMAL).build();
    assertEquals(Register.FORMAL, formal.register());
    for (int turn = 0; turn < 4; turn++) {
      String sie = formal.compose().conversation("r", turn).acknowledge(Emotion.ANXIOUS).action("x").build().toPlainText();
      String du = informal.compose().conversation("r", turn).acknowledge(Emotion.ANXIOUS).action("x").build().toPlainText();
      assertTrue(ConformanceData.words(sie).stream().anyMatch(w -> w.equals("Sie") || w.equals("Ihnen")), sie);
      assertTrue(ConformanceData.words(du).stream().anyMatch(w -> w.equals("du") || w.equals("dir") || w.equals("dich")), du);
    }
  }

  @Test
  void englishInformalGreetsAndSignsOffDifferently() {
    Empathy formal = Empathy.builder().locale("en-US").build();
    Empathy informal = formal.toBuilder().register(Register.INFORMAL).build();
    for (int turn = 0; turn < 12; turn++) {
      var a = formal.compose().conversation("r", turn).customer("Dana").acknowledge(Emotion.SAD, "the bills").action("x").build();
      var b = informal.compose().conversation("r", turn).customer("Dana").acknowledge(Emotion.SAD, "the bills").action("x").build();
      for (var kind : List.of(dev.empathy.compose.BlockKind.GREETING, dev.empathy.compose.BlockKind.CLOSING,
          dev.empathy.compose.BlockKind.SIGN_OFF)) {
        String f = a.block(kind).orElseThrow().text();
        String i = b.block(kind).orElseThrow().text();
        assertNotEquals(f, i, kind + " at turn " + turn);
        assertTrue(b.phrasebook().patterns(kindKey(kind)).stream().noneMatch(a.phrasebook().patterns(kindKey(kind))::contains),
            kind + ": the informal register shares a variant with the formal one");
      }
    }
  }

  private static String kindKey(dev.empathy.compose.BlockKind kind) {
    return switch (kind) {
      case GREETING -> "greeting";
      case CLOSING -> "closing";
      default -> "signoff";
    };
  }

  @Property(tries = 300)
  void anyWellFormedLocaleResolvesToABundleOfItsLanguageOrEnglish(@ForAll("locales") Locale requested) {
    ULocale used = Phrasebook.resolve(requested);
    assertTrue(Phrasebook.SUPPORTED.contains(used), used::toString);
    // A three-letter code names the same language as its two-letter one ("jpn" is "ja").
    String language = requested.getLanguage();
    String bundled = Phrasebook.SUPPORTED.stream()
        .filter(s -> s.getLanguage().equals(language) || s.toLocale().getISO3Language().equals(language))
        .map(ULocale::getLanguage).findFirst().orElse("en");
    assertEquals(bundled, used.getLanguage());
    Phrasebook book = Phrasebook.load(requested, Register.INFORMAL, BrandVoice.none());
    assertEquals(used, book.locale());
  }

  @Property(tries = 300)
  void anyLanguageTagEitherBuildsOrFailsNamingTheLocale(@ForAll("tags") String tag) {
    Optional<Empathy> built;
    try {
      built = Optional.of(Empathy.builder().locale(tag).build());
    } catch (InvalidInputException e) {
      assertEquals("locale", e.field());
      return;
    }
    Reply reply = built.orElseThrow().compose().acknowledge(Emotion.NEUTRAL).action("x").build();
    assertTrue(Phrasebook.SUPPORTED.contains(ULocale.forLocale(reply.locale())));
  }

  @Provide
  Arbitrary<Locale> locales() {
    Arbitrary<String> language =
        Arbitraries.oneOf(
            Arbitraries.of("en", "es", "fr", "de", "pt", "ja", "zh", "it", "ca", "gsw", "nb"),
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(3));
    Arbitrary<String> region =
        Arbitraries.oneOf(
            Arbitraries.of("", "US", "GB", "AU", "BR", "PT", "MX", "419", "CH", "JP"),
            Arbitraries.strings().withCharRange('A', 'Z').ofLength(2));
    return net.jqwik.api.Combinators.combine(language, region)
        .as((l, r) -> new Locale.Builder().setLanguage(l).setRegion(r).build());
  }

  @Provide
  Arbitrary<String> tags() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(20),
        Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_ ").ofMaxLength(16),
        Arbitraries.of("en-US", "pt_BR", " de-CH ", "ja-JP-u-ca-japanese", "x-private", "i-klingon", "und", "--", "ü"));
  }
}
