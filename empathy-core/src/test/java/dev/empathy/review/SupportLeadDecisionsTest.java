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
    assertTrue(categories(PT, "Informamos que sua solicitação foi registrada.").contains(FrictionCategory.PASSIVE_VOICE));
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

  @Property(tries = 60)
  void anAnswerAnywhereExcusesThePatienceLine(@ForAll @StringLength(max = 200) String before, @ForAll @StringLength(max = 200) String after) {
    String draft = before + "\n\nThanks for your patience. I've refunded the $20 charge to your card.\n\n" + after;
    assertTrue(EN.review(draft).findings().stream().noneMatch(f -> f.rule().equals("boilerplate.patience")), draft);
  }
}
