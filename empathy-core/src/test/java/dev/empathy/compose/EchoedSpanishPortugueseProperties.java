package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The repairs of a Spanish or Portuguese customer's text (accents, text-speak that asks, insults
 * left out) on any text: emoji with ZWJ, combining marks, RTL, unpaired surrogates, control
 * characters and 100 KB inputs never crash them, and each keeps its promise.
 */
class EchoedSpanishPortugueseProperties {
  private static final String[] TAGS = {"es", "pt-BR"};

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(200),
        Arbitraries.strings().withChars("q pxkn,?¿!.aeiouóé mierdalixo\u200D👩\u0301\u05D0\uD800\u0007").ofMaxLength(200),
        Arbitraries.of("el tecnico no vino y nadie aviso", "q es esto??", "la app de mierda se cierra, sois unos inutiles",
            "n sei oq fazer pq o app lixo trava", "👩‍💻 se cancelo q onda", "no se q hacer 😡", "\uD83D")
            .flatMap(t -> Arbitraries.strings().withChars("abc ,?!\u0301").ofMaxLength(20).map(s -> s + " " + t + " " + s)),
        Arbitraries.strings().withChars("q xq a,?").ofMinLength(50_000).ofMaxLength(100_000));
  }

  @Property(tries = 200)
  void restoringAccentsIsIdempotentAndKeepsEveryWordCount(@ForAll("texts") String text) {
    for (String tag : TAGS) {
      OwnPerson person = OwnPerson.forLocale(Locale.forLanguageTag(tag));
      String once = person.restored(text);
      assertEquals(once, person.restored(once), tag);
      assertEquals(text.split("\\s+", -1).length, once.split("\\s+", -1).length, tag);
    }
  }

  @Property(tries = 200)
  void whatIsLeftAfterTheInsultsJudgesNothing(@ForAll("texts") String text) {
    for (String tag : TAGS) {
      CallerEcho echo = CallerEcho.forLocale(Locale.forLanguageTag(tag));
      String civil = echo.civil(text);
      assertTrue(civil.length() <= text.length(), tag);
      assertFalse(!civil.isEmpty() && echo.judges(civil), () -> tag + ": " + civil);
    }
  }

  @Property(tries = 200)
  void spellingOutOnlyWritesWordsOut(@ForAll("texts") String text) {
    for (String tag : TAGS) {
      String spelled = CallerEcho.forLocale(Locale.forLanguageTag(tag)).spelledOut(text);
      assertTrue(spelled.length() >= text.length(), tag);
      assertEquals(text.chars().filter(c -> c == '?').count(), spelled.chars().filter(c -> c == '?').count(), tag);
    }
  }
}
