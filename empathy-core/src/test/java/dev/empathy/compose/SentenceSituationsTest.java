package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A situation typed as a sentence never goes where the acknowledgement names a thing, in any
 * language with clause data: "Siento lo que ha pasado con el paquete llegó roto" and "pour le colis
 * est arrivé cassé" are broken grammar. The feeling is named, the summary restates the sentence, and
 * a warning says so; a noun phrase with a relative clause ("el paquete que llegó roto") is still
 * named in the acknowledgement.
 */
class SentenceSituationsTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC);

  private static Reply reply(String tag, String situation) {
    return Empathy.builder().locale(Locale.forLanguageTag(tag)).clock(CLOCK).build()
        .compose().acknowledge(Emotion.DISAPPOINTED, situation).action("x").build();
  }

  private static String text(Reply r, BlockKind kind) {
    return r.block(kind).orElseThrow(() -> new AssertionError("no " + kind + ": " + r.toPlainText())).text();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "es|el repartidor dejó el paquete bajo la lluvia",
      "es|el paquete llegó roto",
      "fr|le livreur n’a pas sonné à la porte",
      "fr|le colis est arrivé cassé",
      "de|der Bote hat das Paket im Regen stehen lassen",
      "de|das Paket kam kaputt an",
      "pt-BR|o entregador deixou o pacote na chuva",
      "pt-BR|o pacote chegou quebrado",
      // verbs no list names, told by their form (FiniteVerbs): an ending, a clitic before, an auxiliary
      "es|el envío se retrasó otra vez",
      "es|el técnico canceló la visita",
      "es|ya se retraso otra vez el envio",
      "es|mi tarjeta la rechazaron dos veces",
      "fr|la commande a été annulée sans prévenir",
      "fr|le colis ne bouge plus depuis lundi",
      "fr|le livreur sonnait jamais",
      "pt-BR|o app travou de novo",
      "pt-BR|a loja cancelou a compra",
      "pt-BR|me cobraram duas vezes",
  })
  void aSentenceIsRestatedNotNamedAsAThing(String tag, String situation) {
    Reply r = reply(tag, situation);
    String tail = situation.substring(situation.indexOf(' ') + 1);
    assertFalse(text(r, BlockKind.ACKNOWLEDGEMENT).contains(tail), () -> text(r, BlockKind.ACKNOWLEDGEMENT));
    // typed without accents ("ya se retraso … el envio"), the summary says it with them ("se retrasó … el envío");
    // a French negation typed without its "ne" is said whole ("le livreur ne sonnait jamais", DroppedNegation)
    assertTrue(unaccented(text(r, BlockKind.SUMMARY)).replace(" ne ", " ").contains(unaccented(tail).replace(" ne ", " ")),
        () -> text(r, BlockKind.SUMMARY));
    assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("situation: reads as a sentence")), () -> r.warnings().toString());
  }

  private static String unaccented(String text) {
    return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "es|el paquete que llegó roto",
      "fr|le colis qui est arrivé cassé",
      "de|die Rechnung, die doppelt abgebucht wurde",
      "pt-BR|o pacote que chegou quebrado",
      "es|el envío que se retrasó",
      "es|el dominó que pedí para mi hijo",
      "fr|le colis qu’il a livré cassé",
      "fr|le forfait mobile",
      "fr|le retrait au point relais",
      "pt-BR|a compra que a loja cancelou",
      "es|le colis abîmé",
  })
  void aNounPhraseWithARelativeClauseIsStillNamed(String tag, String situation) {
    Reply r = reply(tag, situation);
    assertFalse(r.warnings().stream().anyMatch(w -> w.startsWith("situation: reads as a sentence")), () -> r.warnings().toString());
  }
}
