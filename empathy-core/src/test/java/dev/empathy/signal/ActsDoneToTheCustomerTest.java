package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 17 (session 10): an act done to the customer ("me perdieron la maleta", "vous avez perdu
 * ma valise", "perderam minha mala", "ihr habt meinen Koffer verloren") is a failure told, in each
 * language by its own structure (a clitic victim before the verb, an owner after it, an owner
 * between the auxiliary and the participle); with a repeat it needs care.
 */
class ActsDoneToTheCustomerTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "es    | @Iberia me perdieron la maleta y nadie sabe nada",
        "es    | Perdisteis mi maleta en Barajas",
        "es    | @Vodafone me habéis cobrado dos veces este mes",
        "fr    | @AirFrance vous avez perdu ma valise",
        "fr    | Ils ont annulé mon vol sans prévenir",
        "pt-BR | Extraviaram minha mala em Guarulhos",
        "pt-BR | Me cobraram duas vezes",
        "de    | Ihr habt meinen Koffer verloren",
        "de    | Sie haben meine Buchung storniert",
      })
  void theActIsAFailureTold(String locale, String text) {
    Signals s = Analyzer.forLocale(Locale.forLanguageTag(locale)).analyze(text);
    assertEquals(Emotion.FRUSTRATED, s.primary(), text + " -> " + s);
    assertTrue(s.escalation().level().atLeast(EscalationLevel.LOW), text + " -> " + s);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "es    | Perdí mi maleta en el aeropuerto, ¿dónde puedo preguntar?",
        "pt-BR | Perdi minha mala no aeroporto, onde posso perguntar?",
        "de    | Ich habe meinen Koffer verloren, wo kann ich nachfragen?",
      })
  void theCustomersOwnActIsNone(String locale, String text) {
    Signals s = Analyzer.forLocale(Locale.forLanguageTag(locale)).analyze(text);
    assertFalse(s.escalation().level().atLeast(EscalationLevel.MEDIUM), text + " -> " + s);
    assertTrue(s.emotion(Emotion.FRUSTRATED).map(f -> f.evidence().stream().noneMatch(e -> e.text().toLowerCase(Locale.ROOT).startsWith("perd")
        && e.text().contains(" ") || e.text().contains("verloren"))).orElse(true), text + " -> " + s);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pt-BR | @LATAM perderam minha mala de novo",
        "es    | Es la tercera vez que me perdéis la maleta, me perdieron la maleta otra vez",
      })
  void aRepeatedActNeedsCare(String locale, String text) {
    Signals s = Analyzer.forLocale(Locale.forLanguageTag(locale)).analyze(text);
    assertTrue(s.escalation().level().atLeast(EscalationLevel.MEDIUM), text + " -> " + s);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en    | @AirCanada you lost my bag and nobody knows where it is",
        "es    | @Iberia me perdieron la maleta y nadie sabe nada",
        "fr    | @AirFrance vous avez perdu ma valise et personne ne sait où elle est",
        "pt-BR | Cancelaram meu voo e ninguém avisou",
      })
  void anActAndNobodyTellingAnythingNeedCare(String locale, String text) {
    Signals s = Analyzer.forLocale(Locale.forLanguageTag(locale)).analyze(text);
    assertTrue(s.escalation().level().atLeast(EscalationLevel.MEDIUM), text + " -> " + s);
  }

  /** Session 24: damage done to the customer's things by someone of ours is an outrage told, and needs care. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "medium | @Parcelo your driver hit my car in the parking lot",
        "medium | @FlatPack your guys smashed our glass door getting the sofa in",
        "high   | Your driver hit my car in the parking lot and drove off. I have photos. I want this handled NOW.",
      })
  void damageDoneBySomeoneOfOursIsAnger(String level, String text) {
    Signals s = Analyzer.forLocale(Locale.US).analyze(text);
    assertEquals(Emotion.ANGRY, s.primary(), text + " -> " + s);
    assertTrue(s.escalation().level().atLeast(EscalationLevel.valueOf(level.strip().toUpperCase(Locale.ROOT))), text + " -> " + s);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "@Insurely the storm damaged my roof, how do i make a claim",
        "@Parcelo hit me up when the sale starts",
        "it just hit me that my subscription renews tomorrow",
        "i hit my head on the door lol",
      })
  void damageByNoOneOfOursOrNoDamageIsNoAnger(String text) {
    Signals s = Analyzer.forLocale(Locale.US).analyze(text);
    assertTrue(s.emotion(Emotion.ANGRY).isEmpty(), text + " -> " + s);
    assertFalse(s.escalation().level().atLeast(EscalationLevel.MEDIUM), text + " -> " + s);
  }
}
