package dev.empathy.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Empathy;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * Validation is owed to a customer who showed a feeling or reported something gone wrong, not to a
 * plain request or question ("can you change my seat", "quiero cancelar mi suscripción"): a support
 * lead does not coach an agent for skipping "I understand how frustrating this is" there.
 */
class ValidationOwedTest {
  private static final Empathy EN = Empathy.builder().locale(Locale.US).build();
  private static final Empathy ES = Empathy.builder().locale(Locale.forLanguageTag("es-ES")).build();
  private static final Empathy FR = Empathy.builder().locale(Locale.FRANCE).build();
  private static final Empathy DE = Empathy.builder().locale(Locale.GERMANY).build();
  private static final Empathy PT = Empathy.builder().locale(Locale.forLanguageTag("pt-BR")).build();
  private static final Empathy JA = Empathy.builder().locale(Locale.JAPAN).build();

  private static double validation(Empathy e, String customer, String draft) {
    Review r = e.review(draft, ReviewContext.builder().customerText(customer).channel("chat").build());
    return r.rubric().get(Criterion.VALIDATION).score();
  }

  @Test
  void aPlainRequestDoneWellOwesNoValidation() {
    assertEquals(1.0, validation(EN, "hi i need to change the delivery address on my order, i moved last week",
        "Sure! I've updated the address on order 4471 to 22 Elm St. It ships tomorrow and you'll get tracking by email."));
    assertEquals(1.0, validation(FR, "Je voudrais changer mon forfait pour celui à 20 €",
        "C'est fait : vous passez au forfait à 20 € dès le 1er du mois prochain."));
    assertEquals(1.0, validation(DE, "Ich möchte meinen Vertrag zum nächstmöglichen Termin kündigen.",
        "Ihren Vertrag habe ich zum 31. Januar gekündigt. Die Bestätigung erhalten Sie heute per E-Mail."));
    assertEquals(1.0, validation(JA, "住所を変更したいです", "かしこまりました。新しいご住所を教えていただければ、すぐに変更いたします。"));
  }

  @Test
  void aRequestToCancelIsNotAFeelingShown() {
    // The listener reads "cancelar mi suscripción" as a churn risk, and as anger from that alone.
    assertEquals(1.0, validation(ES, "Quiero cancelar mi suscripción",
        "Claro, ya la he cancelado. No se te cobrará el mes que viene y te llegará un correo de confirmación hoy."));
    assertEquals(1.0, validation(PT, "quero cancelar meu plano",
        "Claro! Cancelei seu plano agora e não haverá cobrança no próximo mês."));
  }

  @Test
  void aFeelingBesideTheRequestIsStillOwedValidation() {
    assertTrue(validation(EN, "I want to cancel. I'm so fed up with being charged for nothing.",
        "I've cancelled your membership and you'll get a confirmation email today.") < 0.8);
    assertTrue(validation(ES, "Quiero cancelar, estoy harta de que me cobréis de más",
        "He cancelado la suscripción y te llegará un correo de confirmación hoy.") < 0.8);
  }

  @Test
  void aProblemReportedWithoutFeelingWordsIsStillOwedAnAcknowledgement() {
    // No question, no request: the customer tells what went wrong, and the reply must meet it.
    assertTrue(validation(FR, "le livreur a laissé mon colis dehors sous la pluie",
        "Le colis a été livré conformément aux instructions du transporteur.") < 0.8);
    assertTrue(validation(DE, "Sie haben mir zweimal die Jahresgebühr abgebucht.",
        "Die zweite Abbuchung wird geprüft.") < 0.8);
  }

  @Test
  void withoutAListenerNothingIsKnownAndValidationIsStillAsked() {
    Review r = Reviewer.create(Locale.US, ReviewOptions.defaults())
        .review("I've updated the address on order 4471.", ReviewContext.builder().customerText("I need to change my address").build());
    assertTrue(r.rubric().get(Criterion.VALIDATION).score() < 0.8, r.rubric().toString());
  }

  @Test
  void requestWordsAreWholeWordsUnlessTheLanguageIsMatchedInsideWords() {
    assertTrue(CustomerReading.requests("@GymHub I WANT to cancel", Set.of("want"), false));
    assertTrue(CustomerReading.requests("i’d like a refund", Set.of("i'd"), false));
    assertFalse(CustomerReading.requests("they wanted me to pay twice", Set.of("want"), false));
    assertTrue(CustomerReading.requests("返品したいのですが", Set.of("たい"), true));
    assertFalse(CustomerReading.requests("anything", Set.of(), true));
  }

  @Property
  void aRequestWordStandingAloneIsAlwaysFound(@ForAll String before, @ForAll String after) {
    assertTrue(CustomerReading.requests(before + " want " + after, Set.of("want"), false));
  }

  @Property
  void anyMessageReadsWithoutFailing(@ForAll String customer) {
    Review r = EN.review("Sure, I've done that for you.", ReviewContext.builder().customerText(customer).channel("chat").build());
    double v = r.rubric().get(Criterion.VALIDATION).score();
    assertTrue(v >= 0.0 && v <= 1.0, String.valueOf(v));
  }
}
