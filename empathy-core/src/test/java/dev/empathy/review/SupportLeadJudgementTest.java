package dev.empathy.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Empathy;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What a veteran support lead says about drafts written the way real agents write them: a summary
 * in other words ("your package" for "my parcel", "the double charge" for "charged twice"), and an
 * offer the agent can carry out now, put to the customer for their yes.
 */
class SupportLeadJudgementTest {
  private static final Empathy EN = Empathy.builder().locale(Locale.US).build();
  private static final Empathy FR = Empathy.builder().locale(Locale.FRANCE).build();
  private static final Empathy DE = Empathy.builder().locale(Locale.GERMANY).build();
  private static final Empathy PT = Empathy.builder().locale(Locale.forLanguageTag("pt-BR")).build();
  private static final Empathy JA = Empathy.builder().locale(Locale.JAPAN).build();

  private static List<String> rules(Review r) {
    return r.findings().stream().map(FrictionFinding::rule).toList();
  }

  private static List<String> warnings(Review r, FrictionCategory c) {
    return r.findings(c).stream().filter(f -> f.severity() != Severity.INFO).map(FrictionFinding::text).toList();
  }

  private static double score(Review r, Criterion c) {
    return r.rubric().get(c).score();
  }

  private static Review chat(Empathy e, String customer, String draft) {
    return e.review(draft, ReviewContext.builder().customerText(customer).channel("chat").build());
  }

  @Test
  void aWordAndItsInflectionsStemAlike() {
    assertEquals(CustomerReading.stem("charge"), CustomerReading.stem("charged"));
    assertEquals(CustomerReading.stem("charge"), CustomerReading.stem("charges"));
    assertEquals(CustomerReading.stem("charge"), CustomerReading.stem("charging"));
    assertEquals(CustomerReading.stem("ship"), CustomerReading.stem("shipped"));
    assertEquals(CustomerReading.stem("cancel"), CustomerReading.stem("cancelled"));
    assertEquals(CustomerReading.stem("delivery"), CustomerReading.stem("deliveries"));
    assertEquals(CustomerReading.stem("reply"), CustomerReading.stem("replied"));
    assertTrue(!CustomerReading.stem("charge").equals(CustomerReading.stem("change")));
  }

  @Test
  void aSummaryInOtherWordsRestatesTheProblem() {
    // "charge" for "charged", "package" for "parcel": two of the customer's words, in the agent's.
    Review r = chat(EN, "they charged me for a parcel that never came", "I'm sorry about that charge. Your package is lost, so I'll refund it.");
    assertTrue(score(r, Criterion.SUMMARY) >= 0.75, r.rubric().toString());
    Review fr = chat(FR, "le site m'a débité mais la commande n'apparaît pas", "Je vois le paiement de 56 € mais la commande ne s'est pas créée.");
    assertTrue(score(fr, Criterion.SUMMARY) >= 0.75, fr.rubric().toString());
  }

  @Test
  void twoOfAShortMessagesWordsRestateItUnlessTurnedAgainstTheCustomer() {
    Review echoed = chat(EN, "my order arrived damaged", "Oh no, I'm sorry it arrived damaged! Could you send me a photo of the box?");
    assertTrue(score(echoed, Criterion.SUMMARY) >= 0.8, echoed.rubric().toString());
    Review turned = chat(EN, "I never authorised this charge, what is it", "The charge in question was authorised by you on 3 March.");
    assertTrue(score(turned, Criterion.SUMMARY) < 0.8, turned.rubric().toString());
  }

  @Test
  void stopWordsDoNotCountAsTheCustomersWordsOnceStemmed() {
    // "this" stems to "thi", and "mais" to "mai": stop words must be compared stemmed too.
    Review r = chat(EN, "THIS IS THE 5TH TIME THE TECH HASNT SHOWN UP", "Please hold on. I will look into this for you.");
    assertEquals(0.0, score(r, Criterion.SUMMARY), r.rubric().toString());
  }

  @Test
  void anOfferForNowPutToTheCustomerIsTheStepTaken() {
    Review asked = chat(EN, "you charged me twice for the same order!!", "I'm sorry about the double charge. I can refund the duplicate $48 right now, would that work for you?");
    assertTrue(score(asked, Criterion.ACTION_NOW) >= 0.8, asked.rubric().toString());
    // The next move is the customer's yes: no time or next contact is owed yet.
    assertEquals(1.0, score(asked, Criterion.EXPECTATIONS), asked.rubric().toString());
    assertEquals(1.0, score(asked, Criterion.FOLLOW_THROUGH), asked.rubric().toString());
    Review offered = chat(EN, "you charged me twice for the same order!!", "I'm sorry about the double charge. I'd be happy to send the refund out today. Would you like that?");
    assertTrue(score(offered, Criterion.ACTION_NOW) >= 0.8, offered.rubric().toString());
    Review french = chat(FR, "Mon forfait a augmenté sans prévenir.", "Je vous propose l'offre Essentiel : je peux faire le changement dès aujourd'hui si vous me le confirmez.");
    assertTrue(score(french, Criterion.ACTION_NOW) >= 0.8, french.rubric().toString());
  }

  @Test
  void anOfferWithoutAQuestionOrForLaterIsNotTheSame() {
    Review bare = chat(EN, "you charged me twice for the same order!!", "I'm sorry about the double charge. I can refund one of them.");
    assertTrue(score(bare, Criterion.ACTION_NOW) < 0.8, bare.rubric().toString());
    // "I can see" is no offer to act, and the question after it asks for details, not consent.
    Review seeing = chat(EN, "you charged me twice for the same order!!", "I can see why that's annoying. Could you send me the order number?");
    assertTrue(score(seeing, Criterion.ACTION_NOW) < 0.8, seeing.rubric().toString());
    // Offered for a later day, the step counts but its when is still owed.
    Review later = chat(EN, "can I get a refund for the concert? I'm sick",
        "I'm sorry you're unwell. I can move you to the Saturday show or resell your ticket at no fee. Which would you prefer?");
    assertTrue(score(later, Criterion.ACTION_NOW) >= 0.8, later.rubric().toString());
    assertTrue(score(later, Criterion.EXPECTATIONS) < 0.8, later.rubric().toString());
  }

  @Test
  void theSmallPrintGivenAsTheReasonIsPolicyHidingInAnyWording() {
    assertEquals(List.of("as outlined in our T&Cs"), warnings(EN.review("Hi there, prices are reviewed annually as outlined in our T&Cs."), FrictionCategory.POLICY_HIDING));
    assertEquals(List.of("per your membership agreement"),
        warnings(EN.review("Please note that cancellations require 30 days' written notice per your membership agreement."), FrictionCategory.POLICY_HIDING));
    assertEquals(List.of("in accordance with section 14.2 of our User Agreement"),
        warnings(EN.review("Your account has been closed in accordance with section 14.2 of our User Agreement."), FrictionCategory.POLICY_HIDING));
    // The document named as what the customer gets is no hiding.
    assertEquals(List.of(), warnings(EN.review("Under your policy you're covered for accidental damage, so I've booked the repair."), FrictionCategory.POLICY_HIDING));
  }

  @Test
  void correctingHowTheCustomerWritesIsCondescension() {
    assertTrue(rules(EN.review("Please do not use capital letters. I will look into this for you.")).contains("condescension.tone_policing"));
    assertTrue(rules(EN.review("There's no need to shout, I'm trying to help.")).contains("condescension.tone_policing"));
    // An instruction about a field is not about their tone.
    assertFalse(rules(EN.review("Please don't use capital letters in the username; it's case-sensitive.")).contains("condescension.tone_policing"));
  }

  @Test
  void guessingTheCustomersMistakeIsBlameInEachLanguage() {
    assertEquals(List.of("Looks like you missed"), EN.review("Looks like you missed the cut-off for next-day delivery.").findings(FrictionCategory.BLAME).stream().map(FrictionFinding::text).toList());
    assertEquals(List.of("It seems you skipped"), EN.review("It seems you skipped the verification step.").findings(FrictionCategory.BLAME).stream().map(FrictionFinding::text).toList());
    assertFalse(EN.review("It looks like you ordered the blue one, so I've sent the blue one again today.").findings(FrictionCategory.BLAME).size() > 0);
    assertEquals(1, DE.review("Da müssen Sie sich verklickt haben. Bitte prüfen Sie Ihre Bestellung nochmal.").findings(FrictionCategory.BLAME).size());
    assertEquals(1, PT.review("Você deve ter selecionado o tamanho errado na hora da compra.").findings(FrictionCategory.BLAME).size());
    assertEquals(0, PT.review("Você deve ter recebido um e-mail com o código de rastreio hoje.").findings(FrictionCategory.BLAME).size());
  }

  @Test
  void thePassiveThatHidesWhoActsIsFoundInFrenchGermanAndPortuguese() {
    assertEquals(List.of("a été transmis"), warnings(FR.review("Votre dossier a été transmis au service concerné."), FrictionCategory.PASSIVE_VOICE));
    assertEquals(List.of("wird geprüft"), warnings(DE.review("Ihr Anliegen wird geprüft."), FrictionCategory.PASSIVE_VOICE));
    assertEquals(List.of("foi encaminhada"), warnings(PT.review("Sua solicitação foi encaminhada ao setor responsável."), FrictionCategory.PASSIVE_VOICE));
    // The agent named as who acts, or the first person, is no hiding.
    assertEquals(List.of(), warnings(PT.review("Sua solicitação será analisada pela nossa equipe de logística hoje."), FrictionCategory.PASSIVE_VOICE));
    assertEquals(List.of(), warnings(FR.review("J'ai transmis votre dossier au service concerné ce matin."), FrictionCategory.PASSIVE_VOICE));
    // With a vague time in the sentence, that finding carries the coaching: the passive is a note.
    Review vague = FR.review("Votre demande sera traitée dans les plus brefs délais.");
    assertEquals(List.of(), warnings(vague, FrictionCategory.PASSIVE_VOICE));
    assertEquals(List.of("dans les plus brefs délais"), warnings(vague, FrictionCategory.VAGUE_TIME));
  }

  @Test
  void aModalOfAbilityIsNoHedge() {
    assertFalse(rules(PT.review("Infelizmente o cancelamento só pode ser feito pelo telefone.")).contains("hedging.modal"));
    assertTrue(rules(PT.review("Pode ser que o pedido esteja atrasado.")).contains("hedging.modal"));
  }

  @Test
  void japaneseCourtesyIsExpectedButAloneItIsNoAnswer() {
    Review courteous = JA.review("ご不便をおかけして申し訳ございません。本日、新しい商品を速達で発送いたしましたので、明日中にお届けできます。");
    assertEquals(List.of(), courteous.findings(FrictionCategory.BOILERPLATE));
    // Only courtesy: nothing flagged as stock, but the rubric still asks for the substance.
    Review only = JA.review("ご不便をおかけして申し訳ございません。今後ともよろしくお願いいたします。",
        ReviewContext.builder().customerText("料金が二重に請求されています。").channel("email").build());
    assertTrue(score(only, Criterion.ACTION_NOW) < 0.5, only.rubric().toString());
    assertTrue(score(only, Criterion.SUMMARY) < 0.5, only.rubric().toString());
    assertTrue(only.score() < 50, only.toString());
  }

  @Test
  void japaneseQuotesComeBeforeTheirLeadIn() {
    // 「…とのこと」 quotes the clause before it: the apology after it is the agent's own.
    Review r = JA.review("解約後に請求が届いたとのこと、ご不快な思いをおかけし大変申し訳ございません。");
    assertTrue(score(r, Criterion.VALIDATION) >= 0.8, r.rubric().toString());
    // The customer's words before it are not the agent's language.
    assertEquals(List.of(), JA.review("担当者から規定により対応できないと言われたとのこと、説明が誤っておりました。本日返金いたしました。").findings(FrictionCategory.POLICY_HIDING));
  }
}
