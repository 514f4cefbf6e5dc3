package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.phrase.BrandVoice;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The composer hands patterns the situation's gender and number, read from the caller's noun
 * phrase, so a pronoun that stands for it agrees ("la aclaramos" for "la factura", "los" for "los
 * cargos"), and the seam data contracts the article after a preposition ("acerca del pedido").
 */
class GenderAgreementTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC);
  private static final String ES_PATTERN =
      "Ya estoy revisando {situation} para que {situationNumber, select, plural {{situationGender, select,"
          + " feminine {las} masculine {los} other {lo}}} other {{situationGender, select, feminine {la}"
          + " other {lo}}}} aclaremos juntos, y gracias por escribir acerca de {situation}.";

  private static String ack(Locale locale, String key, String pattern, String situation) {
    Empathy e = Empathy.builder().locale(locale).clock(CLOCK)
        .voice(BrandVoice.builder().phrase(key, pattern).build()).build();
    return e.compose().acknowledge(Emotion.ANXIOUS, situation).actions(java.util.List.of("x")).build().toPlainText();
  }

  @Test
  void spanishPronounsAgreeWithTheSituationAndArticlesContract() {
    Locale es = Locale.forLanguageTag("es");
    String f = ack(es, "ack.anxious@es", ES_PATTERN, "la factura duplicada");
    assertTrue(f.contains("para que la aclaremos") && f.contains("acerca de la factura"), f);
    String m = ack(es, "ack.anxious@es", ES_PATTERN, "el pedido incompleto");
    assertTrue(m.contains("para que lo aclaremos") && m.contains("acerca del pedido incompleto"), m);
    String fp = ack(es, "ack.anxious@es", ES_PATTERN, "las entregas que no llegaron");
    assertTrue(fp.contains("para que las aclaremos"), fp);
    String mp = ack(es, "ack.anxious@es", ES_PATTERN, "los dos cargos en su tarjeta");
    assertTrue(mp.contains("para que los aclaremos"), mp);
    String other = ack(es, "ack.anxious@es", ES_PATTERN, "su pedido");
    assertTrue(other.contains("para que lo aclaremos"), other);
  }

  @Test
  void germanPronounsTakeTheNeuterToo() {
    String pattern = "Ich kümmere mich um {situation}, bis {situationNumber, select, plural {sie geklärt sind}"
        + " other {{situationGender, select, masculine {er geklärt ist} feminine {sie geklärt ist}"
        + " neuter {es geklärt ist} other {alles geklärt ist}}}}.";
    assertTrue(ack(Locale.GERMAN, "ack.anxious@de", pattern, "das defekte Ladegerät").contains("bis es geklärt ist"));
    assertTrue(ack(Locale.GERMAN, "ack.anxious@de", pattern, "den fehlenden Artikel").contains("bis er geklärt ist"));
    assertTrue(ack(Locale.GERMAN, "ack.anxious@de", pattern, "Ihre Bestellung").contains("bis sie geklärt ist"));
  }

  @Test
  void frenchElidesAndContractsAtTheSeam() {
    String pattern = "Merci pour votre message au sujet de {situation}.";
    assertTrue(ack(Locale.FRENCH, "ack.anxious@fr", pattern, "le colis abîmé").contains("au sujet du colis abîmé"));
    assertTrue(ack(Locale.FRENCH, "ack.anxious@fr", pattern, "les frais de port").contains("au sujet des frais de port"));
    assertTrue(ack(Locale.FRENCH, "ack.anxious@fr", pattern, "une erreur de facturation").contains("au sujet d’une erreur"));
    assertTrue(ack(Locale.FRENCH, "ack.anxious@fr", pattern, "la facture de mars").contains("au sujet de la facture"));
  }
}
