package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 17, item 6 (session 10): a message not in the requested locale is read in its own
 * language, even when it is a few words long, and {@link Signals#language()} says which language
 * was read; when it is too short to tell, the reading says it is unsure instead of guessing.
 */
class LanguageOfShortMessagesTest {
  private static final LanguageGuess GUESS = LanguageGuess.load();

  @ParameterizedTest(name = "{1} as {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en    | Me cobraron dos veces y nadie me responde | es",
        "en-US | Mon colis n'est jamais arrivé           | fr",
        "es    | Mein Paket ist immer noch nicht angekommen | de",
        "es    | Meu pedido ainda não chegou             | pt",
        "es    | Paket nicht angekommen                  | de",
        "en    | Pedido não chegou                       | pt",
        "en    | Colis jamais reçu                       | fr",
        "fr    | My package never arrived                | en",
        "de    | still no refund, this is a joke         | en",
        "pt-BR | Llevo una semana esperando mi reembolso | es",
      })
  void aMessageInAnotherLanguageWithALexiconIsReadInIt(String requested, String text, String language) {
    Signals s = Analyzer.forLocale(Locale.forLanguageTag(requested)).analyze(text);
    assertEquals(language, s.language().getLanguage(), text);
    assertEquals(language, s.locale().getLanguage(), text + " is read with its own lexicon");
    assertTrue(s.warnings().isEmpty(), text + " -> " + s.warnings());
    assertNotEquals(Emotion.NEUTRAL, s.primary(), text + " is a complaint in " + language);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Waar is mijn pakket?             | nl",
        "Nog steeds niks ontvangen        | nl",
        "Dov'è il mio ordine?             | it",
        "Grazie mille!                    | it",
        "Ciao                             | it",
      })
  void aShortMessageInALanguageWithoutALexiconIsNamedOrSaidToBeUnsure(String text, String tag) {
    Signals s = Analyzer.forLocale(Locale.US).analyze(text);
    assertEquals(1, s.warnings().size(), text + " -> " + s.warnings());
    String name = new Locale(tag).getDisplayLanguage(Locale.ENGLISH) + " (" + tag + ")";
    assertTrue(s.warnings().get(0).contains(name), text + " -> " + s.warnings());
    if (s.warnings().get(0).startsWith("text reads as")) {
      assertEquals(tag, s.language().getLanguage(), text);
    } else {
      assertTrue(s.warnings().get(0).startsWith("text may be"), text + " -> " + s.warnings());
      assertEquals("en", s.language().getLanguage(), "unsure: read as the requested language, " + text);
    }
    assertEquals("en", s.locale().getLanguage(), text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ok", "thanks!", "Very good comment!", "Oh, he isn't dead", "Ya did good, bud.",
        "@AcmeAir where is my bag", "refund pls", "wtf", "Terrible service!!", "never again",
      })
  void englishIsReadAsEnglishWithoutAWarning(String text) {
    Signals s = Analyzer.forLocale(Locale.US).analyze(text);
    assertEquals("en", s.language().getLanguage(), text);
    assertTrue(s.warnings().isEmpty(), text + " -> " + s.warnings());
  }

  /** Any text: a clear guess is never the requested language, and a clear guess is never also unsure. */
  @Property(tries = 300)
  void aGuessIsEitherClearOrUnsureAndNeverTheRequestedLanguage(
      @ForAll @StringLength(max = 400) String text, @ForAll("requested") String requested) {
    LanguageGuess.Guess g = GUESS.read(text, requested);
    assertFalse(g.tag() != null && g.maybe() != null, g.toString());
    assertNotEquals(requested, g.tag());
    assertNotEquals(requested, g.maybe());
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> requested() {
    return net.jqwik.api.Arbitraries.of("en", "es", "fr", "de", "pt_BR", "ja");
  }

  /** A long message is told by its first characters: the rest costs nothing and changes nothing. */
  @Property(tries = 50)
  void onlyTheOpeningIsRead(@ForAll @StringLength(min = 1, max = 60) String tail) {
    String opening = "Me cobraron dos veces y nadie me responde, llevo una semana esperando. ".repeat(5);
    assertEquals("es", GUESS.guess(opening + tail.repeat(2000), "en"));
    assertNull(GUESS.guess(opening + tail, "es"));
  }
}
