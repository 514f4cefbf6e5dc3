package dev.empathy.channels.social;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.channel.Channels;
import dev.empathy.channel.RenderOptions;
import dev.empathy.channel.Rendered;
import dev.empathy.channels.Replies;
import dev.empathy.compose.Reply;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Public posts probed in session 23 (reply-channels): the company's own contact points (support@,
 * its help-centre link, an app-store page, its hotline) were moved to the DM as if they were the
 * customer's; a first action holding an amount kept its lead-in ("Pour que vous n’ayez pas à
 * attendre : j’ai appliqué un crédit…") and was cut after it; a count in Russian was taken for an
 * address.
 */
class PublicReplyRoundSevenTest {
  private static Reply reply(String tag, String customer, String situation, String action) {
    return Empathy.builder().locale(Locale.forLanguageTag(tag)).clock(Clock.fixed(Replies.NOW, ZoneOffset.UTC)).build()
        .compose().conversation("s23-" + action.hashCode(), 0).customer(customer)
        .acknowledge(Emotion.CONFUSED, situation).action(action).build();
  }

  private static Rendered post(Reply reply, String flavor, List<String> ownContacts) {
    return Channels.require("social").render(reply, RenderOptions.builder().flavor(flavor).ownContacts(ownContacts).build());
  }

  /** Each row: what the post keeps in public, and (after the second bar, when any) what only the DM has. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // no ownContacts: a role mailbox, its domain's help centre, toll-free and free-dial numbers, a store page
    "en-US|you can reach our team any time at support@acmecloud.com or https://help.acmecloud.com/articles/360044512||support@acmecloud.com;help.acmecloud.com/articles/360044512|",
    "en-US|call our tech line at 1-888-555-0199 (24/7) and mention case 88123||1-888-555-0199|88123",
    "fr-FR|j’ai débloqué la carte se terminant par 7781 ; notre service client répond au 0800 123 456||0800 123 456|7781",
    "ja-JP|詳しくは 0120-123-456 までお電話ください||0120-123-456|",
    "pt-BR|baixe a versão nova em https://apps.apple.com/br/app/banco-demo/id1122334455||apps.apple.com/br/app/banco-demo/id1122334455|",
    "en-US|posted live updates at status.acmecloud.com||status.acmecloud.com|",
    "en-US|the app now shows «3 новых сообщения» correctly||3 новых сообщения|",
    // ownContacts: a number and a domain of the company's; a customer's address and a link's query stay private
    "en-GB|our returns team is on 0345 600 1234 and returns@parcelco.co.uk|0345 600 1234;parcelco.co.uk|0345 600 1234;returns@parcelco.co.uk|",
    "en-US|emailed the steps to kim.lee88@gmail.com; they're also at https://acme.com/help/reset|acme.com|acme.com/help/reset|kim.lee88@gmail.com",
    "en-US|the tracking page https://acme.com/track?order=55012 shows it out for delivery|acme.com||55012",
  })
  void theCompanysOwnContactsStayPublic(String tag, String action, String own, String kept, String dmOnly) {
    List<String> contacts = own == null ? List.of() : List.of(own.split(";"));
    String situation = switch (tag.substring(0, 2)) {
      case "fr" -> "votre question";
      case "ja" -> "ご質問";
      case "pt" -> "sua pergunta";
      default -> "your question";
    };
    Rendered r = post(reply(tag, "Kim", situation, action), "x", contacts);
    String publicPost = r.parts().get(0);
    for (String k : kept == null ? new String[0] : kept.split(";")) {
      assertTrue(publicPost.contains(k), "keeps " + k + " in public: " + publicPost);
    }
    if (dmOnly != null) {
      assertFalse(publicPost.contains(dmOnly), publicPost);
      assertTrue(r.parts().get(r.parts().size() - 1).contains(dmOnly), "the DM has it: " + r.parts());
    }
  }

  /** Session 22 probe c03: the amount's path kept the lead-in the clause path leaves out. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "fr-CA|j’ai appliqué un crédit de 25,00 $ et envoyé la facture corrigée à gab.tremblay@videotron.ca|J’ai appliqué un crédit",
    "es-ES|he anulado el cargo de 9,99 € y le he escrito a marc.r@gmail.com|He anulado el cargo",
  })
  void aFirstActionWithAnAmountIsSaidWithoutItsLeadIn(String tag, String action, String opening) {
    for (String flavor : List.of("x", "facebook")) {
      String publicPost = post(reply(tag, "Gabriel", tag.startsWith("fr") ? "la facture" : "el cargo", action), flavor, List.of()).parts().get(0);
      assertTrue(publicPost.contains(opening), publicPost);
      assertFalse(publicPost.matches("(?s).*[:：]\\s*(j’ai|he) .*"), "no lead-in before the clause: " + publicPost);
    }
  }

  /**
   * Session 23 probes: a weekday's stop before a date ended the sentence for the placeholder ("le mar
   * (détails en message privé). 15/12."), and a Japanese label's honorific and particle were left
   * beside the removed number ("ご の商品は").
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "fr-FR|le numéro de suivi Colissimo est 6A12345678901 et le colis arrive le mar. 15/12|6A12345678901|mar. 15/12|mar (",
    "de-DE|die DHL-Sendungsnummer lautet 00340434161234567890; Zustellung am Sa. 12.12.|00340434161234567890|Sa. 12.12|Sa (",
    "ja-JP|ご注文番号 ORD-558812 の商品は12月9日に発送いたしました|ORD-558812|商品は12月9日に発送いたしました|ご の",
  })
  void aRemovedDetailLeavesTheSentenceWhole(String tag, String action, String detail, String kept, String debris) {
    String publicPost = post(reply(tag, "Hugo", tag.startsWith("fr") ? "le colis" : tag.startsWith("de") ? "die Lieferung" : "ご注文", action),
        "x", List.of()).parts().get(0);
    assertFalse(publicPost.contains(detail), publicPost);
    assertTrue(publicPost.contains(kept), publicPost);
    assertFalse(publicPost.contains(debris), publicPost);
    assertFalse(publicPost.contains("、の"), publicPost);
  }
}
