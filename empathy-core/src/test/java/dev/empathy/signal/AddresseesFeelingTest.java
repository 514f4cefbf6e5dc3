package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 17 (session 10, item 3 of the brief): a feeling whose subject is the one spoken to ("I'm
 * sorry that you're so angry") is the reader's, not the writer's, in every language with a
 * lexicon; a feeling in a sentence that opens on a condition ("If my flight gets cancelled I will
 * be so mad") is imagined. Neither raises the level. A judgement of us ("you guys are pathetic")
 * and the writer's own feeling still do.
 */
class AddresseesFeelingTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en    | I'm sorry that you're so angry, hope your day gets better",
        "en    | I know you're frustrated, I would be too",
        "en    | If my flight gets cancelled I will be so mad",
        "es    | Siento mucho que estés tan enfadado, ánimo",
        "es    | Entiendo que usted esté muy molesto",
        "fr    | Je comprends que tu sois en colère, courage",
        "fr    | Désolé que vous soyez si déçu",
        "de    | Es tut mir leid, dass du so wütend bist",
        "de    | Wenn mein Flug ausfällt, werde ich wütend",
        "pt-BR | Sinto muito que você esteja tão chateado",
      })
  void theAddresseesOrAnImaginedFeelingSetsNoLevel(String locale, String text) {
    Signals s = Analyzer.forLocale(Locale.forLanguageTag(locale)).analyze(text);
    assertFalse(s.escalation().level().atLeast(EscalationLevel.MEDIUM), text + " -> " + s);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en    | @AcmeAir I am so angry right now",
        "en    | @AcmeAir you guys are pathetic, I'm furious",
        "es    | @Iberia estoy muy enfadado con ustedes",
        "fr    | @SNCF je suis furieux",
        "de    | @DB_Bahn ich bin so wütend",
        "pt-BR | Estou revoltada com o atendimento de vocês, péssimo",
      })
  void theWritersOwnFeelingStillDoes(String locale, String text) {
    Signals s = Analyzer.forLocale(Locale.forLanguageTag(locale)).analyze(text);
    assertTrue(s.escalation().level().atLeast(EscalationLevel.MEDIUM), text + " -> " + s);
  }
}
