package dev.empathy.review;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Empathy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 19's agent drafts (written in agents' style, each labelled before the review ran): a step
 * reported as a label or a note ("Done: refunded", "Fee reversed.", "Hecho: reembolso emitido",
 * "Erledigt:", "C'est fait :", "手配済みです") is a step taken, where it opens a sentence or a
 * clause; the same words after a modal, a negation, a condition or someone else's subject are not.
 * And a sentence that shares the customer's words without speaking to them ("Order charges are
 * processed automatically") restates nothing.
 */
class ReportedStepsAndAddressedSummaryTest {

  private static Review review(String locale, String customer, String draft) {
    return Empathy.builder().locale(locale).build().review(draft, ReviewContext.builder().customerText(customer).build());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | you charged me twice for order 4471 and nobody answered | Done: refunded the second $38 charge. It'll be back on your card in 3-5 business days.
      en-US | cancel my subscription NOW, I've asked three times | Cancelled ✅ No more charges from today. Sorry it took three asks.
      en-US | I was charged a $75 smoking fee and I don't smoke | Fee reversed. Apologies for the mix-up.
      en-US | my package never arrived | Update: claim filed with the carrier, and a replacement is on its way.
      en-US | my flight was cancelled and I'm stuck in Denver | Rebooked: UA 1190 tomorrow 7:05 AM, seat 14C. So sorry you're stranded.
      en-US | waited 45 min on hold, need my card unblocked | Unblocked. Card ending 8812 works again.
      es-ES | me habéis cobrado dos veces 64,90 € | Hecho: reembolso emitido de 64,90 €. Lo verá en su tarjeta en 3-5 días hábiles.
      es-MX | me cobraron doble la mensualidad | Le reembolsé el cobro duplicado esta mañana y bloqueé el segundo cargo.
      pt-BR | cobraram 2x R$ 159,90 no meu cartão | Feito: estorno de R$ 159,90 solicitado. Deve aparecer na próxima fatura.
      pt-BR | a TV chegou com a tela trincada | Troca aprovada ✅ A retirada fica para quarta, das 8h às 12h.
      de-DE | ihr habt mir 2x 39,99 € abgebucht | Erledigt: 39,99 € sind erstattet, die doppelte Buchung ist gesperrt.
      de-DE | Techniker kam heute nicht | Habe Ihnen einen neuen Termin für morgen 8-10 Uhr gebucht.
      de-AT | die Waschmaschine kam mit einer Delle | Austausch ist freigegeben, die Abholung ist für Donnerstag gebucht.
      fr-FR | vous m'avez prélevé 2 fois 39,90 € | C'est fait : les 39,90 € prélevés en trop sont remboursés.
      fr-FR | le technicien n'est pas venu ce matin | Remboursement effectué pour le déplacement, et nouveau rendez-vous fixé demain.
      fr-CA | je veux annuler mon abonnement | Votre abonnement est résilié dès aujourd'hui, aucun autre prélèvement.
      ja-JP | 技術者が予定の時間に来ませんでした | 明日の午前中に再訪問を手配済みです。お待たせして申し訳ございません。
      """)
  void aStepReportedAsALabelOrANoteIsTaken(String locale, String customer, String draft) {
    Review r = review(locale, customer, draft);
    assertTrue(r.rubric().get(Criterion.ACTION_NOW).score() >= 0.7, () -> draft + " → " + r.rubric());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | you charged me twice for order 4471 | Your refund will be processed once the charge is reversed.
      en-US | cancel my subscription | You cancelled the old plan yourself, so the new one stays.
      en-US | my refund is late | The refund hasn't been issued yet.
      en-US | I was charged a smoking fee | If the fee is reversed, the hotel will email you.
      en-US | why is there a platform fee | The platform fee is listed in section 4.2 of the terms you accepted at signup.
      es-ES | me cobraron otra vez después de cancelar mi suscripción | Para cancelar su suscripción debe entrar en Mi cuenta y pulsar Cancelar.
      de-DE | ich will mein Abo kündigen | Eine Kündigung ist nur schriftlich möglich.
      fr-FR | vous m'avez prélevé 2 fois | Le remboursement sera effectué sous 10 jours.
      pt-BR | o técnico não apareceu | Nossos técnicos seguem uma agenda. Aguarde um novo contato.
      """)
  void theSameWordsAfterAModalANegationAConditionOrAnotherSubjectAreNot(String locale, String customer, String draft) {
    Review r = review(locale, customer, draft);
    assertTrue(r.rubric().get(Criterion.ACTION_NOW).score() <= 0.5, () -> draft + " → " + r.rubric());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | you charged me twice for order 4471, $38 each | Order charges are processed automatically. Please allow 7-10 days for any email response.
      en-US | my package never arrived, tracking says delivered but it's not here | Per our records the package was delivered. Tracking shows delivered.
      en-US | my flight UA 1182 was cancelled and I'm stuck in Denver with no hotel | Flight cancellations are due to weather. Hotel vouchers are not provided for weather.
      en-US | the gift card code says already redeemed but I never used it | Gift card codes can only be redeemed once. If the code says already redeemed, it was used.
      """)
  void sharedWordsThatDoNotSpeakToTheCustomerRestateNothing(String locale, String customer, String draft) {
    Review r = review(locale, customer, draft);
    assertTrue(r.rubric().get(Criterion.SUMMARY).score() < 0.6, () -> draft + " → " + r.rubric());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | my package never arrived, tracking says delivered but it's not here | So tracking shows it as delivered, but nothing reached your door. A replacement is on its way.
      en-US | the app keeps logging me out every time I open the basket | The app logs you out each time you open the basket: got it.
      en-US | internet drops every night around 11pm, been like this for 2 weeks | Two weeks of drops every night around 11 is exhausting. I'll check the line tomorrow.
      """)
  void sharedWordsThatSpeakToTheCustomerOrAcknowledgeThemRestateTheCase(String locale, String customer, String draft) {
    Review r = review(locale, customer, draft);
    assertTrue(r.rubric().get(Criterion.SUMMARY).score() >= 0.6, () -> draft + " → " + r.rubric());
  }
}
