package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.empathy.InvalidInputException;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link Analyzer#language}: the language a brand's reply is written in, told without reading it
 * for feelings, so a draft sent without a locale is reviewed by its own language's rules. Drafts
 * as brands post them on X and in chat.
 */
class DraftLanguageTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Lo sentimos mucho. Por favor envíanos un DM con tu número de pedido y lo revisamos. | es",
        "Das tut uns leid! Schick uns bitte eine DM mit deiner Bestellnummer, dann schauen wir uns das an. | de",
        "Bonjour, nous sommes désolés pour ce désagrément. Pouvez-vous nous envoyer votre numéro de commande en message privé ? | fr",
        "Oi! Sentimos muito por isso. Pode nos chamar no privado com o número do pedido para a gente verificar? | pt-BR",
        "ご不便をおかけして申し訳ございません。ご注文番号をDMでお知らせいただけますか。 | ja",
        "Hi there, we're sorry to hear this. Please DM us your order number so we can look into this for you. | ",
        "Sorry about that! | ",
        "Ok. | ",
        "Het spijt ons echt, stuur ons je bestelnummer via een DM en we kijken er meteen naar. | ",
      })
  void aDraftIsToldByItsOwnLanguage(String draft, String expected) {
    Optional<Locale> want = expected == null ? Optional.empty() : Optional.of(Locale.forLanguageTag(expected));
    assertEquals(want, Analyzer.language(draft, Locale.US), draft);
  }

  @Example
  void theExpectedLanguageIsNoOtherLanguage() {
    assertEquals(Optional.empty(), Analyzer.language("Lo sentimos mucho, ya revisamos tu pedido y te escribimos hoy.", Locale.forLanguageTag("es-MX")));
    assertEquals(
        Optional.of(Locale.ENGLISH),
        Analyzer.language("We're so sorry about this, we have refunded the charge and the money is on its way to you.", Locale.forLanguageTag("es")));
  }

  @Example
  void nothingToReadIsNoLanguageButNoLocaleIsAnError() {
    assertEquals(Optional.empty(), Analyzer.language(null, Locale.US));
    assertEquals(Optional.empty(), Analyzer.language(" \u200b\n", Locale.US));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Analyzer.language("hola", null));
    assertEquals("expected", e.field());
  }

  /** Any text, broken surrogates and controls included, gets an answer, and a bundled language if any. */
  @Property(tries = 300)
  void anyTextGetsAnAnswer(@ForAll String text) {
    Analyzer.language(text, Locale.US).ifPresent(l -> assertEquals(true, Lexicon.bundled(Lexicon.resolve(l)), l::toString));
  }
}
