package dev.empathy.channels.social;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.channel.Change;
import dev.empathy.channel.Channels;
import dev.empathy.channel.RenderOptions;
import dev.empathy.channel.Rendered;
import dev.empathy.channels.Replies;
import dev.empathy.compose.Reply;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Public posts probed in session 21 (reply-channels): short case codes ("RF-88") and addresses in
 * another script ("ул. Тверская, 7") were posted in public, several amounts were each said as "the
 * amount" ("the amount, the amount and the amount"), a post whose only action was one long run of
 * commas came out empty, and "(details in your DM)" was cut in half to fit.
 */
class PublicReplyRoundSixTest {
  private static Empathy in(Locale locale) {
    return Empathy.builder().locale(locale).clock(Clock.fixed(Replies.NOW, ZoneOffset.UTC)).build();
  }

  private static Reply reply(Locale locale, String customer, String situation, String action) {
    return in(locale).compose().conversation("s21-" + action.hashCode(), 0).customer(customer)
        .acknowledge(Emotion.FRUSTRATED, situation).action(action).build();
  }

  private static Rendered post(Reply reply, String flavor) {
    return Channels.require("social").render(reply, RenderOptions.builder().flavor(flavor).build());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "es-ES|Jorge|el pedido|abrí la reclamación RF-88 con la paquetería|RF-88",
    "en-US|Tomás|the refund|logged it under case CS-12 and refunded the fee|CS-12",
    "en-US|Sam|the app crash|escalated to our iOS team, ticket APP-7|APP-7",
    "de-DE|Petra|die Bestellung|ich habe den Fall KD-77 eröffnet und DHL beauftragt|KD-77",
    "pt-BR|Rafael|o pedido|abri o chamado SAC-31 com a transportadora|SAC-31",
    "ja-JP|田中|届かない荷物|お問い合わせ番号RF-88で配送業者に調査を依頼しました|RF-88",
    "en-US|Ali|your order|I’ve reshipped order #88 today|88",
  })
  void aShortCaseCodeStaysInTheDm(String tag, String customer, String situation, String action, String code) {
    Rendered r = post(reply(Locale.forLanguageTag(tag), customer, situation, action), "x");
    assertFalse(r.parts().get(0).contains(code), r.parts().get(0));
    assertTrue(r.parts().get(1).contains(code), "the DM keeps it: " + r.parts().get(1));
  }

  @Test
  void aCodeWithOneDigitOrFiveCapitalsAloneIsNoReference() {
    Rendered r = post(reply(Locale.US, "Jo", "the export", "I’ve switched the export to UTF-8 and noted the COVID-19 delays"), "x");
    assertTrue(r.parts().get(0).contains("UTF-8") && r.parts().get(0).contains("COVID-19"), r.parts().get(0));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "en-US|re-sent the parcel to ул. Тверская, 7, кв. 12, Москва|Тверская",
    "de-DE|Paket neu versendet an ул. Ленина, д. 5, Казань|Ленина",
    "en-US|updated the address to شارع الملك فهد 12، الرياض and rebooked the courier|الملك",
  })
  void anAddressInAnotherScriptLeavesWhole(String tag, String action, String word) {
    String post = post(reply(Locale.forLanguageTag(tag), "Olga", "the delivery", action), "x").parts().get(0);
    assertFalse(post.contains(word), post);
    assertFalse(post.matches("(?s).*\\b(ул|кв|д)\\b.*"), "no abbreviation of it is left: " + post);
    assertFalse(post.contains(" “"), "no blank left before a closing quote: " + post);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "en-US|I’ve refunded $59.99 + $12.50 shipping = $72.49 to your Mastercard|the amounts",
    "en-US|I’ve refunded €25, €25 and £10|the amounts",
    "es-ES|he reembolsado 49,99 € y 12,00 €|los importes",
    "de-DE|ich habe 49,99 € und 5,90 € Versand erstattet|die Beträge",
    "pt-BR|estornei R$ 89,90 e R$ 15,00|os valores",
    "fr-FR|j’ai remboursé 39,90 € et 4,50 €|les montants",
  })
  void severalAmountsInOneRunAreSaidOnce(String tag, String action, String said) {
    String post = post(reply(Locale.forLanguageTag(tag), "Dana", "the charge", action), "x").parts().get(0);
    assertTrue(post.contains(said), post);
    assertFalse(post.matches("(?s).*\\d[.,]\\d\\d.*"), "no figure in public: " + post);
    String one = said.equals("the amounts") ? "the amount" : said.equals("los importes") ? "el importe"
        : said.equals("die Beträge") ? "den Betrag" : said.equals("os valores") ? "o valor" : "le montant";
    assertFalse(post.contains(one + " "), "never one amount at a time: " + post);
  }

  @Test
  void aPostIsNeverEmptyWhenNothingOfTheReplyFits() {
    // CLI fuzz case f1477: the first action one unbroken run of commas, longer than a post (since
    // session 22 an action of punctuation alone is refused, so the run holds a letter; the post
    // was then "X…", a lone letter, which says nothing either).
    Reply r = in(Locale.FRANCE).compose().conversation("f1477", 0)
        .acknowledge(Emotion.PRESSED_FOR_TIME, "•••• 3321")
        .actions(List.of("x" + ",".repeat(299), "🇬🇧… envoyé", "😀 fait")).build();
    Rendered x = post(r, "x");
    String p = x.parts().get(0);
    assertTrue(p.codePoints().anyMatch(Character::isLetter), "a post in words: " + x.parts());
    assertTrue(x.length().value() <= 280, x.length().toString());
    assertTrue(x.changes().stream().anyMatch(c -> c.kind() == Change.Kind.MOVED && c.detail().contains("nothing of the reply fits")),
        x.changes().toString());
  }

  @Test
  void thePlaceholderIsNeverCutInHalf() {
    // A French post 12 over the limit cut "(détails en…" beside the hand-off line.
    Reply r = in(Locale.FRANCE).compose().conversation("c02", 0).customer("Julien")
        .acknowledge(Emotion.ANGRY, "la commande annulée")
        .action("j’ai rouvert le dossier DS-42 et relancé l’expédition").build();
    for (String flavor : List.of("x", "facebook", "instagram", "linkedin")) {
      String post = post(r, flavor).parts().get(0);
      assertFalse(post.matches("(?s).*\\([^)]*….*"), flavor + ": " + post);
      assertFalse(post.contains("DS-42"), post);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // a datum inside a web address takes the address with it: half a link was posted
    "en-US|I’ve sent the guide https://support.acme.com/setup/router/ax3000 to your inbox|I’ve sent the guide to your inbox|https",
    // a dash the address left behind goes with it
    "pt-BR|reagendei a entrega para 16/12 na Rua Augusta, 1500 - apto 42, São Paulo|para 16/12 (detalhes|Augusta",
    // an article just before a datum goes with it
    "fr-FR|j’ai bloqué la carte; appelez le 01 42 68 53 00 au besoin|appelez au besoin|42 68",
  })
  void whatADatumLeavesGoesWithIt(String tag, String action, String expected, String gone) {
    String post = post(reply(Locale.forLanguageTag(tag), "Ray", "the setup", action), "x").parts().get(0);
    assertTrue(post.contains(expected), post);
    assertFalse(post.contains(gone), post);
  }
}
