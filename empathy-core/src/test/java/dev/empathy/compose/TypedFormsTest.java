package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.Register;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What customers type without accents or apostrophes is said back as they meant it ({@link
 * OwnPerson#restored}, data per language): "pague dos veces" is the past "pagué" (never echoed as
 * typed), "on ma facturé" is "on m’a facturé" (never "on votre facturé"); a form that could as
 * well be a subjunctive ("que pague") is kept as typed. And a word after an article or a possessive
 * is a noun, never turned as a first person ("hice el pago" is never "hizo el paga").
 */
class TypedFormsTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC);

  private static String summary(String tag, Register register, String typed) {
    Reply r = Empathy.builder().locale(Locale.forLanguageTag(tag)).register(register).clock(CLOCK).build().compose()
        .acknowledge(Emotion.FRUSTRATED).summary(typed).action(tag.equals("es") ? "he anulado el cargo" : "j’ai annulé le prélèvement").build();
    return r.block(BlockKind.SUMMARY).orElseThrow(() -> new AssertionError(r.toPlainText())).text().replace('\u00a0', ' ');
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "es | pague dos veces el mismo pedido | pagué dos veces el mismo pedido",
      "es | Compre unas zapatillas y llegaron rotas | Compré unas zapatillas y llegaron rotas",
      "es | quiero que me lo envie pronto | quiero que me lo envie pronto",
      "es | hice el pago ayer | hice el pago ayer",
      "fr | on ma facturé deux fois | on m’a facturé deux fois",
      "fr | jai payé et cest toujours bloqué | j’ai payé et c’est toujours bloqué",
      "fr | ma commande est arrivée abîmée | ma commande est arrivée abîmée",
      "fr | j'appelle pis personne me rappelle, faut que mon cell marche | j'appelle et personne me rappelle, il faut que mon cell marche",
      "fr | tant pis, il faut que je paye | tant pis, il faut que je paye",
      "fr | Faut que ça marche, il me faut mon cell | Il faut que ça marche, il me faut mon cell",
  })
  void aFormTypedWithoutItsAccentOrApostropheIsWrittenWholeUnlessUnsure(String tag, String typed, String expected) {
    assertEquals(expected, OwnPerson.forLocale(Locale.forLanguageTag(tag)).restored(typed));
  }

  @Test
  void aTextWithNothingToRestoreIsTheSameText() {
    String text = "no me llegó el pedido";
    assertSame(text, OwnPerson.forLocale(Locale.forLanguageTag("es")).restored(text));
    assertSame(text, OwnPerson.forLocale(Locale.ENGLISH).restored(text));
  }

  @Test
  void theSpanishPastTypedWithoutItsAccentIsSaidBackInTheRepliesPerson() {
    String formal = summary("es", Register.FORMAL, "pague dos veces el mismo pedido y nadie me contesta");
    assertTrue(formal.contains("pagó dos veces el mismo pedido y nadie le contesta"), formal);
    String informal = summary("es", Register.INFORMAL, "llame 4 veces y nadie sabe donde esta mi paquete");
    assertTrue(informal.contains("llamaste 4 veces"), informal);
  }

  @Test
  void aNounAfterAnArticleIsNeverTurnedAsAVerb() {
    String s = summary("es", Register.FORMAL, "hice el pago ayer y no me aparece");
    assertTrue(s.contains("hizo el pago ayer"), s);
    assertFalse(s.contains("paga"), s);
    Reply r = Empathy.builder().locale(Locale.forLanguageTag("es")).clock(CLOCK).build().compose()
        .acknowledge(Emotion.ANXIOUS, "el pago").action("he revisado el cargo").build();
    String ack = r.block(BlockKind.ACKNOWLEDGEMENT).orElseThrow().text();
    assertTrue(ack.contains("el pago") || ack.contains("del pago") || ack.contains("al pago"), ack);
    assertFalse(ack.contains("paga"), ack);
  }

  @Test
  void theFrenchObjectPronounTypedWithoutItsApostropheIsNeverReadAsAPossessive() {
    String s = summary("fr", Register.FORMAL, "on ma facturé deux fois le même mois");
    assertFalse(s.contains("votre facturé") || s.contains("ma facturé"), s);
    assertTrue(s.contains("facturé deux fois"), s);
  }
}
