package dev.empathy.review;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Empathy;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * Session 16's decisions on what a support lead flags in real agents' drafts: courtesy beside an
 * answer is let go, courtesy in place of one is not; a fault denied is no blame; and the friction
 * that other languages put at the end of the clause (German participles and modals) or in other
 * words ("tal y como se indica en nuestra web", 規約に記載のとおり) is found.
 */
class SupportLeadDecisionsTest {
  private static final Empathy EN = Empathy.builder().locale(Locale.US).build();
  private static final Empathy ES = Empathy.builder().locale(Locale.forLanguageTag("es-ES")).build();
  private static final Empathy DE = Empathy.builder().locale(Locale.GERMANY).build();
  private static final Empathy PT = Empathy.builder().locale(Locale.forLanguageTag("pt-BR")).build();
  private static final Empathy JA = Empathy.builder().locale(Locale.JAPAN).build();

  private static List<FrictionCategory> categories(Empathy e, String draft) {
    return e.review(draft).findings().stream().map(FrictionFinding::category).toList();
  }

  private static List<String> texts(Empathy e, String draft, FrictionCategory c) {
    return e.review(draft).findings(c).stream().map(FrictionFinding::text).toList();
  }

  @Test
  void thanksForPatienceBesideAnAnswerIsCourtesy() {
    assertFalse(categories(EN, "Thanks for your patience while I checked. The driver's photo shows it at a side door. "
        + "I've booked a replacement in case it isn't there.").contains(FrictionCategory.BOILERPLATE));
    assertFalse(categories(ES, "Gracias por su paciencia. Ya he enviado el reembolso de 20 € a su tarjeta.")
        .contains(FrictionCategory.BOILERPLATE));
  }

  @Test
  void thanksForPatienceInPlaceOfAnAnswerIsTheRitualLine() {
    assertTrue(texts(EN, "Hi there,\n\nThank you for reaching out to us! We have received your request and a member of "
        + "our team will get back to you within 48 hours.\n\nThe Support Team", FrictionCategory.BOILERPLATE)
        .contains("We have received your request"));
    assertTrue(categories(DE, "Vielen Dank für Ihre Geduld. Ihr Fall liegt bei der Fachabteilung.").contains(FrictionCategory.BOILERPLATE));
  }

  @Test
  void aFaultDeniedIsNoBlame() {
    assertFalse(categories(EN, "Your payment reached us on the 3rd, which isn't your fault, so I've removed the late fee.")
        .contains(FrictionCategory.BLAME));
    assertFalse(categories(EN, "It was never your fault, and I've refunded the fee.").contains(FrictionCategory.BLAME));
    assertTrue(categories(EN, "The late fee stands because it was your fault.").contains(FrictionCategory.BLAME));
  }

  @Test
  void germanFrictionAtTheEndOfTheClauseIsFound() {
    assertTrue(categories(DE, "Sie hätten die Rechnung eben rechtzeitig bezahlen müssen.").contains(FrictionCategory.BLAME));
    assertTrue(categories(DE, "Ihr Anliegen wurde an die zuständige Abteilung weitergeleitet.").contains(FrictionCategory.PASSIVE_VOICE));
    assertTrue(categories(DE, "Wir melden uns, sobald wir mehr wissen.").contains(FrictionCategory.VAGUE_TIME));
    // The agent who did it, named: no passive evasion.
    assertFalse(categories(DE, "Ich habe Ihr Anliegen heute an Frau Braun weitergeleitet, sie ruft Sie bis 16 Uhr an.")
        .contains(FrictionCategory.PASSIVE_VOICE));
  }

  @Test
  void policyAndPassiveInOtherWordsAreFound() {
    assertTrue(categories(ES, "Para darte de baja debes leer las condiciones, tal y como se indica en nuestra web.")
        .contains(FrictionCategory.POLICY_HIDING));
    // The receipt notice in the passive is the ritual line, not an evasion of who acts.
    assertTrue(texts(PT, "Sua solicitação foi registrada.", FrictionCategory.BOILERPLATE).contains("Sua solicitação foi registrada"));
    assertFalse(categories(DE, "Ihr Anliegen wird in Kürze bearbeitet.").contains(FrictionCategory.PASSIVE_VOICE));
    assertTrue(categories(JA, "規約に記載のとおり、料金は変更される場合がございます。").contains(FrictionCategory.POLICY_HIDING));
    assertTrue(categories(EN, "As I mentioned earlier, a technician visit must be booked through the warranty portal.")
        .contains(FrictionCategory.CONDESCENSION));
    assertTrue(categories(EN, "Please check our journey planner for the latest information.").contains(FrictionCategory.DEFLECTION));
  }

  @Test
  void japaneseCourtesyAcknowledgesOnlyBesideAnAnswer() {
    ReviewContext ctx = ReviewContext.builder().customerText("注文した商品がまだ届きません。もう2週間です。とても困っています。").channel("email").build();
    Review only = JA.review("お問い合わせいただきありがとうございます。ご不便をおかけし申し訳ございません。担当部署に確認いたします。", ctx);
    assertTrue(only.rubric().get(Criterion.VALIDATION).score() < 0.8, only.rubric().toString());
    Review acted = JA.review("ご不便をおかけし申し訳ございません。本日、新しい商品を速達で発送いたしました。明日中にお届けします。", ctx);
    assertTrue(acted.rubric().get(Criterion.VALIDATION).score() >= 0.8, acted.rubric().toString());
  }

  @Test
  void aStepPromisedForTodayIsAnAnswerBesideThePatienceLine() {
    assertFalse(categories(EN, "Thanks for your patience while I checked. The driver's photo shows it at a side door: could you check "
        + "there? If it's not, I'll send a replacement today.").contains(FrictionCategory.BOILERPLATE));
  }

  @Test
  void aPlainQuestionAnsweredYesInAnyLanguageNeedsNoPromise() {
    Empathy fr = Empathy.builder().locale(Locale.FRANCE).build();
    assertAnswered(ES, "¿Tenéis la talla 42 de las zapatillas rojas?", "¡Sí! Nos quedan tres pares en la 42. ¿Quieres que te reserve uno?");
    assertAnswered(fr, "bonjour, vous livrez en Belgique ?", "Bonjour ! Oui, nous livrons en Belgique en 3 à 5 jours ouvrés, frais de port 6,90 €.");
    assertAnswered(DE, "Können Sie mir sagen, ob das Sofa auch in Grau lieferbar ist?", "Ja, das Sofa gibt es in Grau; Lieferzeit aktuell zwei Wochen.");
    assertAnswered(PT, "vocês entregam em Manaus?", "Entregamos sim! O prazo para Manaus é de 7 a 10 dias úteis e o frete sai por R$ 29,90.");
  }

  private static void assertAnswered(Empathy e, String customer, String draft) {
    Review r = e.review(draft, ReviewContext.builder().customerText(customer).channel("chat").build());
    for (Criterion c : List.of(Criterion.ACTION_NOW, Criterion.EXPECTATIONS, Criterion.FOLLOW_THROUGH, Criterion.OWNERSHIP)) {
      assertTrue(r.rubric().get(c).score() >= 0.8, c + " " + r.rubric());
    }
  }

  @Test
  void japaneseSendingForTheCustomerIsOwnership() {
    Review r = JA.review("承知しました。返品用の着払い伝票を本日メールでお送りします。届いたら印刷して箱に貼ってください。",
        ReviewContext.builder().customerText("返品したいのですが").channel("chat").build());
    assertTrue(r.rubric().get(Criterion.OWNERSHIP).score() >= 0.5, r.rubric().toString());
  }

  @Property(tries = 60)
  void anAnswerAnywhereExcusesThePatienceLine(@ForAll @StringLength(max = 200) String before, @ForAll @StringLength(max = 200) String after) {
    String draft = before + "\n\nThanks for your patience. I've refunded the $20 charge to your card.\n\n" + after;
    assertTrue(EN.review(draft).findings().stream().noneMatch(f -> f.rule().equals("boilerplate.patience")), draft);
  }
}
