package dev.empathy.phrase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Register;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Contractions and elisions where a pattern's last word meets a caller's value. */
class SeamsTest {
  private static final Seams FR = Seams.parse(
      "de le > du, de les > des, à le > au, à les > aux, si il > s’il", "de, que", "test fr");
  private static final Seams ES = Seams.parse("a el > al, de el > del", "", "test es");

  @Test
  void frenchArticlesContractAndWordsElideBeforeAVowel() {
    assertEquals("du retard de livraison", FR.join("de", "le retard de livraison"));
    assertEquals("des frais facturés deux fois", FR.join("de", "les frais facturés deux fois"));
    assertEquals("au service client", FR.join("à", "le service client"));
    assertEquals("aux colis abîmés", FR.join("à", "les colis abîmés"));
    assertEquals("d’une erreur de facturation", FR.join("de", "une erreur de facturation"));
    assertEquals("d’Amazon", FR.join("de", "Amazon"));
    assertEquals("d’écran noir", FR.join("de", "écran noir"));
    assertEquals("qu’il y a eu une erreur", FR.join("que", "il y a eu une erreur"));
    assertEquals("s’il manque un article", FR.join("si", "il manque un article"));
    assertEquals("Du retard", FR.join("De", "le retard"));
  }

  @Test
  void whatStaysApartStaysApart() {
    assertNull(FR.join("de", "la facture de mars"));
    assertNull(FR.join("de", "l’annulation"));
    assertNull(FR.join("de", "heures d’attente"), "h is the noun's to decide");
    assertNull(FR.join("à", "la livraison"));
    assertNull(FR.join("pour", "le retard"));
    assertNull(FR.join("de", "le"), "a lone article is not a noun phrase");
    assertNull(FR.join("de", ""));
    assertNull(ES.join("de", "El Corte Inglés"), "a name keeps its article");
    assertNull(ES.join("de", "la factura"));
    assertEquals("del pedido incompleto", ES.join("de", "el pedido incompleto"));
    assertEquals("al servicio técnico", ES.join("a", "el servicio técnico"));
  }

  @Test
  void malformedDataIsRefusedNamingItsSource() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Seams.parse("de le du", "", "phrases_xx"));
    assertTrue(e.getMessage().contains("phrases_xx"), e.getMessage());
    assertThrows(IllegalStateException.class, () -> Seams.parse("", "d", "phrases_xx"));
    assertThrows(IllegalStateException.class, () -> Seams.parse("", "pour", "phrases_xx"));
  }

  @Property(tries = 300)
  void anyValueIsJoinedWithoutLosingItsText(@ForAll String value) {
    String joined = FR.join("de", value);
    if (joined != null) {
      assertTrue(joined.endsWith(value.substring(value.indexOf(' ') < 0 ? 0 : value.indexOf(' '))), joined);
    }
  }

  /** The bundled data, through a pattern: the pattern says "de", the reply says "du". */
  @Test
  void bundledPhrasebooksContractAtTheirSeams() {
    String fr = Phrasebook.load(Locale.FRENCH, Register.FORMAL,
            BrandVoice.builder().phrase("ack.neutral@fr", "Merci pour votre message au sujet de {situation}.").build())
        .format("ack.neutral", 1, 0, Map.of("situation", "le retard", "situationNumber", "singular", "situationGender", "masculine"));
    assertEquals("Merci pour votre message au sujet du retard.", fr);
    String es = Phrasebook.load(Locale.forLanguageTag("es"), Register.FORMAL,
            BrandVoice.builder().phrase("ack.neutral@es", "Gracias por escribirnos acerca de {situation}.").build())
        .format("ack.neutral", 1, 0, Map.of("situation", "el pedido incompleto", "situationNumber", "singular", "situationGender", "masculine"));
    assertEquals("Gracias por escribirnos acerca del pedido incompleto.", es);
    String pt = Phrasebook.load(Locale.forLanguageTag("pt-BR"), Register.FORMAL,
            BrandVoice.builder().phrase("ack.neutral@pt-BR", "Obrigado por nos escrever sobre o problema com {situation} e em {situation}.").build())
        .format("ack.neutral", 1, 0, Map.of("situation", "a fatura de março", "situationNumber", "singular", "situationGender", "feminine"));
    assertEquals("Obrigado por nos escrever sobre o problema com a fatura de março e na fatura de março.", pt);
    String en = Phrasebook.load(Locale.US, Register.FORMAL,
            BrandVoice.builder().phrase("ack.neutral", "Thanks for writing about the state of {situation}.").build())
        .format("ack.neutral", 1, 0, Map.of("situation", "the delay", "situationNumber", "singular", "situationGender", "other"));
    assertEquals("Thanks for writing about the state of the delay.", en);
  }
}
