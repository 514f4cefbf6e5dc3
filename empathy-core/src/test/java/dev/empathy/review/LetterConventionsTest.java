package dev.empathy.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Empathy;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A formal letter's salutation with no name is the convention of Spanish, Portuguese, German and
 * French business letters, not a scripted phrase; the scripted line after it still is. English
 * "Dear valued customer" stays boilerplate.
 */
class LetterConventionsTest {

  private static List<FrictionFinding> boilerplate(String tag, String draft) {
    Empathy e = Empathy.builder().locale(Locale.forLanguageTag(tag)).build();
    return e.review(draft).findings(FrictionCategory.BOILERPLATE);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "es-ES | 'Estimado cliente:\n\nHe revisado su pedido y hoy mismo le envío los tres artículos que faltaban; llegan el jueves.\n\nUn saludo,\nLucía'",
      "es-MX | 'Estimada clienta, ya le devolví los 30 € a su tarjeta; los verá en 2 días hábiles.'",
      "pt-BR | 'Prezado cliente, já estornei a cobrança duplicada de R$ 259,90; o valor volta em até 2 faturas.'",
      "de-DE | 'Sehr geehrte Damen und Herren,\n\nich habe die doppelte Abbuchung heute erstattet; das Geld ist bis Mittwoch auf Ihrem Konto.\n\nMit freundlichen Grüßen\nJonas Brandt'",
      "de-DE | 'Sehr geehrter Kunde, ich habe Ihnen eben ein neues Ladegerät geschickt, es kommt am Freitag.'",
      "fr-FR | 'Cher client, je vous ai remboursé les 49,90 € aujourd''hui ; ils arrivent sous 3 jours ouvrés.'",
  })
  void aSalutationIsNoBoilerplate(String tag, String draft) {
    assertEquals(List.of(), boilerplate(tag, draft));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "es-ES | 'Estimado cliente: agradecemos su comprensión.' | 'agradecemos su comprensión'",
      "pt-BR | 'Prezado cliente, agradecemos a compreensão.' | 'agradecemos a compreensão'",
      "de-DE | 'Sehr geehrte Damen und Herren, vielen Dank für Ihr Verständnis.' | 'vielen dank für ihr verständnis'",
      "en-US | 'Dear valued customer, we have processed your refund.' | 'dear valued customer'",
  })
  void theScriptedLineIsStillFound(String tag, String draft, String found) {
    List<FrictionFinding> f = boilerplate(tag, draft);
    assertTrue(f.stream().anyMatch(x -> x.text().toLowerCase(Locale.ROOT).contains(found)), f.toString());
  }
}
