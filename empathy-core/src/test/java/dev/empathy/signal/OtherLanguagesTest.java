package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 17, item 6: a short post in another language reaches that language's lexicon, and the
 * lexicons read the same structure (failures, waits, thanks, anger, leaving) as the English one.
 * The posts are a smoke test written for it, in the shape tweets to brands take.
 */
class OtherLanguagesTest {
  private static final Analyzer EN = Analyzer.forLocale(Locale.US);
  private static final LanguageGuess GUESS = LanguageGuess.load();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "@Iberia llevo 3 horas esperando en el aeropuerto y nadie me dice nada. Vergüenza | es",
        "Muchas gracias por la ayuda, sois los mejores!! | es",
        "jajaja gracias, me alegraron el día | es",
        "¿Dónde está mi maleta? | es",
        "Vielen Dank für die schnelle Hilfe, echt super! | de",
        "@LATAM meu voo foi cancelado e ninguém me ajuda, que absurdo | pt_BR",
        "estou esperando o reembolso há duas semanas e nada | pt_BR",
        "ça fait deux semaines que j'attends mon remboursement | fr",
        "もう3時間も待っています。いつになったら返金されるの？ | ja",
      })
  void aShortPostInAnotherLanguageIsReadWithItsLexicon(String text, String tag) {
    assertEquals(tag, GUESS.guess(text, "en"), text);
    assertEquals(tag, EN.analyze(text).locale().toString(), text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "thanks, still waiting on my refund",
        "My flight to Madrid was cancelled, gracias for nothing",
        "ok",
        "Café con leche",
      })
  void englishOrTooLittleStaysWithTheRequestedLocale(String text) {
    assertNull(GUESS.guess(text, "en"), text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "no me llega el reembolso y ya van dos semanas, estoy harta | frustrated",
        "Muchas gracias por la ayuda, sois los mejores!! | grateful",
        "Merci beaucoup pour votre aide, super service ! | grateful",
        "ça fait deux semaines que j'attends mon remboursement | frustrated",
        "Die App lädt nicht und ich warte schon seit einer Stunde | frustrated",
        "Vielen Dank für die schnelle Hilfe, echt super! | grateful",
        "estou esperando o reembolso há duas semanas e nada | frustrated",
        "Muito obrigado pelo atendimento, vocês são demais! | grateful",
        "もう3時間も待っています。いつになったら返金されるの？ | frustrated",
        "ご対応ありがとうございました！助かりました | grateful",
      })
  void theLexiconsReadFailuresWaitsAndThanks(String text, String emotion) {
    assertEquals(Emotion.fromLabel(emotion), EN.analyze(text).primary(), text);
  }

  @Test
  void aRequestForHelpIsNotFearInAnyLanguage() {
    for (String text :
        new String[] {
          "Muchas gracias por la ayuda", "Necesito ayuda con mi reserva", "Preciso de ajuda com meu pedido",
          "Obrigado pela ajuda", "Aidez-moi à changer mon vol s'il vous plaît", "Ich brauche Hilfe bei meiner Buchung bitte"
        }) {
      assertNotEquals(Emotion.ANXIOUS, EN.analyze(text).primary(), text);
    }
  }

  @Test
  void leavingSaidAsNeverAgainIsAThreatInSpanish() {
    Signals s = EN.analyze("Mi vuelo fue cancelado otra vez. Nunca más vuelo con ustedes");
    assertEquals("es", s.locale().toString());
    assertTrue(s.escalation().has(SignalKind.CHURN_THREAT), s.escalation().toString());
  }
}
