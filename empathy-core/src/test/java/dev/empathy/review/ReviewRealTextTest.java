package dev.empathy.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Empathy;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What real agent replies contain that the first draft set did not: macros, templates, negations. */
class ReviewRealTextTest {
  private static final Empathy EN = Empathy.builder().locale("en-US").build();

  private static Set<String> categories(Empathy e, String draft) {
    return e.review(draft).findings().stream()
        .filter(f -> f.severity() != Severity.INFO)
        .map(f -> f.category().label())
        .collect(Collectors.toSet());
  }

  private static Empathy locale(String tag) {
    return Empathy.builder().locale(tag).build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Hello {first_name}, thanks for writing.", "Dear {{customer.name}},", "Best regards,\n[AGENT NAME]", "Your refund will arrive within [X] business days.", "Hi <FIRST_NAME>!", "Hi %FIRSTNAME%, your order shipped.", "Hi ${name}, done."})
  void unfilledTemplateFieldsAreCaught(String draft) {
    List<FrictionFinding> f = EN.review(draft).findings(FrictionCategory.PLACEHOLDER);
    assertEquals(1, f.size(), draft);
    assertEquals(Severity.ERROR, f.get(0).severity());
    assertTrue(draft.substring(f.get(0).start(), f.get(0).end()).matches("\\$?[\\[{<%].*[\\]}>%]"), f.get(0).text());
  }

  @ParameterizedTest
  @ValueSource(strings = {"The label says [sic] \"recieved\".", "See note [1] below.", "Here's the guide: [export help](https://help.example.com/x).", "It's in <b>bold</b> on the page.", "You get 50% off and 20% back.", "If a < b > c then fine.", "> Hi {first_name}, your order is late\nThat template was ours, sorry: I’ve fixed it."})
  void bracketsThatAreNotFieldsAreLeftAlone(String draft) {
    assertTrue(EN.review(draft).findings(FrictionCategory.PLACEHOLDER).isEmpty(), draft);
  }

  @Test
  void aPlaceholderRewriteSaysWhatToFill() {
    FrictionFinding f = EN.review("Hi {first_name}, I’ve refunded you.").findings(FrictionCategory.PLACEHOLDER).get(0);
    assertEquals("[Replace {first_name} with the real value, or rephrase the sentence without it.]", f.suggestion());
    FrictionFinding es = locale("es").review("Hola {{nombre}}, ya está.").findings(FrictionCategory.PLACEHOLDER).get(0);
    assertEquals("[Sustituya {{nombre}} por el dato real, o reformule la frase sin él.]", es.suggestion());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "We are unable to refund this order.|policy_hiding",
        "We're unable to refund this order.|policy_hiding",
        "We can't offer refunds on sale items.|policy_hiding",
        "As per our returns policy, sale items are final.|policy_hiding",
        "Purchases are final per our ToS.|policy_hiding",
        "Delays in transit are outside our control.|policy_hiding",
        "We are not liable for damage in transit.|policy_hiding",
        "I understand your frustration, however the fee stands.|boilerplate",
        "We value your feedback and have passed it on.|boilerplate",
        "Please be advised that the office is closed.|boilerplate",
        "Kindly note that returns take 14 days.|boilerplate",
        "We're sorry to hear about your experience.|boilerplate",
        "Please bear with us.|boilerplate",
        "It is your responsibility to be at home during the window.|blame",
        "The cancellation was not completed on your end.|blame",
        "Please read the terms before contacting us.|blame",
        "Per my last email, the refund was sent.|condescension",
        "As previously stated, the code is for full-price items.|condescension",
        "This is explained in our help center.|condescension",
        "Obviously we can't fix it any faster.|condescension",
        "It's just a few scratched boxes.|minimising",
        "There's no need to shout.|minimising",
        "We will revert at the earliest.|vague_time",
        "ETA TBD.|vague_time",
        "I'll escalate it to our T2 team.|jargon",
        "I could possibly arrange a refund.|hedging",
      })
  void commonMacrosAndTheirVariantsAreFlagged(String draft, String category) {
    assertTrue(categories(EN, draft).contains(category), draft + " -> " + categories(EN, draft));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "I'm not going to ask you to calm down: you have every right to be angry.",
        "There's no need to calm down on my account; this was our mistake.",
        "Under our returns policy you're entitled to a full refund, and I've started it.",
        "Dr Lee's office just resent your refill.",
        "You shouldn't have had to ask three times, and I'm sorry.",
        "Obviously we should have told you sooner; I'm sorry.",
        "That's clearly transit damage, so I've sent replacements.",
        "Sit back and relax: the replacement leaves today at 4 pm.",
      })
  void negatedAndBenignUsesAreNotFriction(String draft) {
    Set<String> c = categories(EN, draft);
    assertFalse(c.contains("minimising") || c.contains("policy_hiding") || c.contains("blame") || c.contains("condescension"), draft + " -> " + c);
  }

  @Test
  void aThirdApologyIsOverApologising() {
    Review r = EN.review("I am so sorry. I really apologise. We are truly sorry for this. I have rebooked you for Thursday.");
    FrictionFinding f = r.findings().stream().filter(x -> x.rule().equals("boilerplate.over_apology")).findFirst().orElseThrow();
    assertEquals("sorry", f.text());
    assertEquals(r.findings().stream().filter(x -> x.rule().equals("boilerplate.over_apology")).count(), 1);
    assertFalse(EN.review("I'm sorry. I've refunded it, and sorry again for the hassle.").findings().stream().anyMatch(x -> x.rule().equals("boilerplate.over_apology")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "es|Como ya le dije, simplemente reinicie el router.|condescension",
        "es|Debería haberlo hecho antes de llamar.|blame",
        "es|Le rogamos tenga paciencia.|boilerplate",
        "fr|Évidemment, nous ne pouvons rien faire.|condescension",
        "fr|Comme indiqué précédemment, le délai est de 10 jours.|condescension",
        "de|Sie hätten Ihre Reise vorher in der App melden müssen.|blame",
        "de|Wie bereits erwähnt, ist das nicht möglich.|condescension",
        "pt-BR|Você deveria ter conferido o pedido na entrega.|blame",
        "pt-BR|Como já foi dito, o prazo é de 7 dias.|condescension",
        "ja|配送業者の問題ですので、当社では対応できません。|policy_hiding",
        "ja|先ほども申し上げた通り、返品はできません。|condescension",
      })
  void otherLocalesCatchTheTopCategories(String tag, String draft, String category) {
    assertTrue(categories(locale(tag), draft).contains(category), draft + " -> " + categories(locale(tag), draft));
  }

  @Test
  void benignUsesInOtherLocalesAreNotBlame() {
    assertFalse(categories(locale("es"), "Lo siento, esto no debería haber pasado.").contains("blame"));
    assertFalse(categories(locale("fr"), "Évidemment, nous aurions dû vous prévenir.").contains("condescension"));
  }

  @Test
  void frenchRewritesKeepTheSpaceBeforeAColon() {
    FrictionFinding f =
        locale("fr").review("Conformément à notre politique, nous ne pouvons pas rembourser.").findings().stream()
            .filter(x -> x.rule().equals("policy.per_policy")).findFirst().orElseThrow();
    assertEquals("Nous ne pouvons pas rembourser, mais voici ce que je peux faire : [option].", f.suggestion());
  }

  @Test
  void aJapaneseTimeBeforeTheVerbRulesOutVagueTime() {
    Empathy ja = locale("ja");
    assertFalse(categories(ja, "明日の正午に配達状況を確認し、改めてご連絡いたします。").contains("vague_time"));
    assertTrue(categories(ja, "担当部署に確認のうえ、追ってご連絡いたします。").contains("vague_time"));
    FrictionFinding f = ja.review("今しばらくお待ちくださいませ。").findings(FrictionCategory.VAGUE_TIME).get(0);
    assertEquals("[具体的な時刻、例：本日15時]までに、[担当者]から[次の連絡・対応]いたします。", f.suggestion());
  }

  @Test
  void aFixAlreadyInPlaceNeedsNoPromisedTime() {
    Review r =
        EN.review(
            "That's a rough spot with a demo in 40 minutes, so let's get you in first. I've just switched your workspace back to password login: everyone can sign in now with their usual email and password.",
            ReviewContext.builder().customerText("whole team locked out since the SSO change, demo in 40 min. PLEASE help").channel("chat").build());
    assertEquals(1.0, r.rubric().get(Criterion.EXPECTATIONS).score());
    assertEquals(1.0, r.rubric().get(Criterion.FOLLOW_THROUGH).score());
    assertTrue(r.score() >= 85, r.toString());
    Review pending =
        EN.review(
            "I've asked our engineers to look at the SSO change.",
            ReviewContext.builder().customerText("whole team locked out since the SSO change, demo in 40 min. PLEASE help").channel("chat").build());
    assertTrue(pending.rubric().get(Criterion.EXPECTATIONS).score() < 0.6, pending.rubric().toString());
  }

  @Test
  void aQuestionAnsweredWithStepsNeedsNoDeadline() {
    ReviewContext ctx = ReviewContext.builder().customerText("Is there any way to export reports to Excel?").channel("email").build();
    Review answer = EN.review("Hi Aiko,\n\nYes: open any report, click Export in the top-right corner and choose .xlsx.\n\nBen", ctx);
    assertEquals(1.0, answer.rubric().get(Criterion.EXPECTATIONS).score());
    assertTrue(answer.score() >= 80, answer.rubric().toString());
    Review dodge = EN.review("Hi Aiko,\n\nThank you for your feedback! We value your feedback and have passed it on to our product team.\n\nThe Support Team", ctx);
    assertTrue(dodge.score() < answer.score() - 30, dodge + " vs " + answer);
    // A plain question owes no validation; the thanks is not taken for one, which a customer who
    // showed a feeling would be owed.
    assertTrue(dodge.rubric().get(Criterion.VALIDATION).evidence().isEmpty(), dodge.rubric().toString());
    Review upset = EN.review(
        "Hi Aiko,\n\nThank you for your feedback! We value your feedback and have passed it on to our product team.\n\nThe Support Team",
        ReviewContext.builder().customerText("I'm so frustrated, is there really no way to export reports to Excel??").channel("email").build());
    assertEquals(0.0, upset.rubric().get(Criterion.VALIDATION).score(), "'thank you for your feedback' is not validation");
  }

  @Test
  void aPublicReplyMovedToDirectMessagesWithAnOfferIsEnough() {
    ReviewContext ctx = ReviewContext.builder().customerText("@FlyNorth 3 hours on hold, flight cancelled. Worst airline ever.").channel("social").build();
    Review good = EN.review("@jess_rv That's a miserable night and I'm sorry we left you waiting. I can rebook you from here: DM us your confirmation code and I'll get you on the first flight out.", ctx);
    Review canned = EN.review("@jess_rv We're sorry to hear about your experience. Please DM us. ^Team", ctx);
    assertTrue(good.score() >= 80, good.toString());
    assertTrue(canned.score() < 50, canned.toString());
  }

  @Test
  void addressesAreNeitherSentenceEndsNorTheAgentsWords() {
    Review r = EN.review("Simply follow the steps at https://shop.example.com/returns?simply=1&soon=asap and you're done.");
    assertEquals(1, r.findings().size(), r.findings().toString());
    FrictionFinding f = r.findings().get(0);
    assertEquals("Simply", f.text());
    assertEquals("Follow the steps at https://shop.example.com/returns?simply=1&soon=asap and you're done.", f.suggestion());
    assertTrue(EN.review("Write to just.calm.down@example.com for a copy.").findings().isEmpty());
  }

  @Test
  void noticeBoardPhrasingIsRewrittenAsThePlainSentence() {
    FrictionFinding f = EN.review("Please be advised that once an order has shipped, the carrier owns the delivery date.").findings().get(0);
    assertEquals(FrictionCategory.BOILERPLATE, f.category());
    assertEquals("Please be advised that", f.text());
    assertEquals("Once an order has shipped, the carrier owns the delivery date.", f.suggestion());
    FrictionFinding tos =
        EN.review("Purchases are final per our ToS.").findings().stream().filter(x -> x.rule().equals("policy.per_policy")).findFirst().orElseThrow();
    assertEquals("Purchases are final, but here’s what I can do instead: [option].", tos.suggestion());
  }

  @Test
  void theFirstNotesNameTheFlaggedPhrases() {
    Review r = EN.review("Hello {first_name}, as previously stated, refunds take 10 days. You should have read the FAQ.");
    assertEquals(
        "Rewrite “{first_name}”: A template field was left unfilled; the customer will see the raw placeholder and know it’s a form letter. Replace {first_name} with the real value, or rephrase the sentence without it.",
        r.notes().get(0));
    assertTrue(r.notes().get(1).startsWith("Rewrite “as previously stated”: Reminding the customer"), r.notes().toString());
    assertTrue(r.notes().get(1).endsWith("For example: “To recap in one line: [the answer].”"), r.notes().toString());
    assertEquals(2, r.notes().stream().filter(n -> n.startsWith("Rewrite “")).count(), "two phrase notes at most: " + r.notes());
    Review ja = locale("ja").review("先ほども申し上げた通り、返品はできません。");
    assertTrue(ja.notes().get(0).startsWith("「先ほども申し上げた通り」を言い換えましょう。"), ja.notes().toString());
  }

  @Test
  void longTextMessagesAreAWall() {
    String sms = "Hi Ana, we have reviewed your account and contacted your doctor's office. ".repeat(5);
    assertTrue(EN.review(sms, ReviewContext.builder().channel("sms").build()).findings().stream().anyMatch(f -> f.rule().equals("channel.too_long")));
    assertFalse(EN.review("Hi Ana, your refill will be ready by 3pm today. -Rosa", ReviewContext.builder().channel("sms").build()).findings().stream().anyMatch(f -> f.rule().equals("channel.too_long")));
  }
}
