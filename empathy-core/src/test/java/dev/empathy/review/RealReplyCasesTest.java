package dev.empathy.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.signal.EmotionFinding;
import dev.empathy.signal.Escalation;
import dev.empathy.signal.EscalationLevel;
import dev.empathy.signal.Evidence;
import dev.empathy.signal.Signals;
import dev.empathy.signal.Suggestion;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Shapes of real agent replies the wild draft set turned up, one behaviour per test. */
class RealReplyCasesTest {
  private static final Empathy EN = Empathy.builder().locale(Locale.US).build();
  private static final ReviewContext SOCIAL = ReviewContext.builder().channel("social").build();

  private static List<String> rules(Review r) {
    return r.findings().stream().map(FrictionFinding::rule).toList();
  }

  private static List<String> texts(Review r, String rule) {
    return r.findings().stream().filter(f -> f.rule().equals(rule)).map(FrictionFinding::text).toList();
  }

  @Test
  void titleCaseTemplateFieldsAreUnfilledPlaceholdersButBracketedAsidesAreNot() {
    assertEquals(List.of("[Customer Name]"), texts(EN.review("Hi [Customer Name], your refund is on its way."), "placeholder.unfilled"));
    assertEquals(List.of("<Order Number>"), texts(EN.review("Your order <Order Number> ships today."), "placeholder.unfilled"));
    assertTrue(texts(EN.review("You said it was [sic] broken, and [Update] I've sent a new one."), "placeholder.unfilled").isEmpty());
  }

  @Test
  void aStreetAddressInAPublicReplyIsPrivateButANamedPlaceIsNot() {
    Review r = EN.review("@mia A replacement will go to 22 Park Ave Apt 4 today!", SOCIAL);
    assertEquals(List.of("22 Park Ave Apt 4"), texts(r, "channel.private_data"));
    Review es = Empathy.builder().locale("es").build().review("@laura Te llega a calle Mayor 12 mañana.", SOCIAL);
    assertEquals(List.of("calle Mayor 12"), texts(es, "channel.private_data"));
    assertTrue(texts(EN.review("@gina I've called the Elm Street store and your cake is ready at 1:30 pm.", SOCIAL), "channel.private_data").isEmpty());
    assertTrue(texts(EN.review("It will go to 22 Park Ave today.", ReviewContext.builder().channel("email").build()), "channel.private_data").isEmpty());
  }

  @Test
  void aRewriteKeepsTheSentencesCapitalisation() {
    FrictionFinding lower = EN.review("ok, you can simply restart the app and it works").findings().stream()
        .filter(f -> f.text().equals("simply")).findFirst().orElseThrow();
    assertEquals("ok, you can restart the app and it works.", lower.suggestion());
    FrictionFinding upper = EN.review("Simply restart the app.").findings().get(0);
    assertEquals("Restart the app.", upper.suggestion());
    FrictionFinding pt = Empathy.builder().locale("pt-BR").build().review("Boa tarde, é só reiniciar o modem.").findings().get(0);
    assertEquals("Boa tarde, o próximo passo é reiniciar o modem.", pt.suggestion());
  }

  @Test
  void doneAndOfCourseYouCanAreNotFriction() {
    assertFalse(rules(EN.review("yep! just done it, the medium ships today")).contains("minimising.just"));
    assertFalse(rules(EN.review("Of course you can reach us here any time.")).contains("condescension.obviously"));
  }

  @Test
  void pointingAtThePolicyRecapsAndJokesAreFlagged() {
    assertTrue(rules(EN.review("Pls read our exchange policy on the website.")).contains("policy.read_the_policy"));
    assertTrue(rules(EN.review("As I explained in my previous email, bills use our readings.")).contains("condescension.as_i_said"));
    assertTrue(rules(EN.review("Maybe pack lighter 😉 Kidding! DM us.")).contains("condescension.sarcasm"));
    assertTrue(rules(EN.review("Please note that we are experiencing a high volume of enquiries.")).contains("boilerplate.corporate"));
    assertTrue(rules(EN.review("We will update you as soon as we have more information.")).contains("vague.soon"));
    assertFalse(rules(EN.review("No kidding, that's a long wait. I've refunded the fee.")).contains("condescension.sarcasm"));
    assertFalse(rules(EN.review("lol that's a great name for a cat 😄 I've updated the account name.")).contains("condescension.sarcasm"));
  }

  @Test
  void aPolicyExplainedWithAWayThroughIsOnlyAHint() {
    FrictionFinding eased = EN.review("Our policy is a 30-day return window; you're on day 34, but I've approved the return anyway.").findings().stream()
        .filter(f -> f.rule().equals("policy.per_policy")).findFirst().orElseThrow();
    assertEquals(Severity.INFO, eased.severity());
    FrictionFinding hidden = EN.review("Our policy is a 30-day return window.").findings().stream()
        .filter(f -> f.rule().equals("policy.per_policy")).findFirst().orElseThrow();
    assertEquals(Severity.WARNING, hidden.severity());
  }

  @Test
  void theEarlierThreadUnderAnEmailReplyIsNotTheAgentsLanguage() {
    String gmail = "Hi Dana,\n\nI've refunded the $42 just now; it lands by Friday.\n\nMaya\n\n"
        + "On Mon, 5 Jan 2026 at 10:02, Dana <dana@example.com> wrote:\nYou should have told me. Per our policy? Calm down yourself.\n";
    assertTrue(EN.review(gmail).findings().isEmpty(), EN.review(gmail).findings().toString());
    String outlook = "Sorry, we'll get back to you soon.\n\nFrom: Dana Reyes\nSent: Monday, January 5, 2026 10:02 AM\nSubject: refund\n\nyou should have answered me";
    assertEquals(List.of("vague.soon"), rules(EN.review(outlook)));
    String inline = "You wrote: the parcel never came.\nFrom: our side, I've sent a new one today.";
    assertTrue(EN.review(inline).rubric().get(Criterion.ACTION_NOW).score() >= 1.0, "a From: line alone does not start a thread");
  }

  @Test
  void aFollowUpPromiseWithAVagueTimeCountsForLessThanADatedOne() {
    double vague = EN.review("I'll get back to you ASAP.").rubric().get(Criterion.FOLLOW_THROUGH).score();
    double dated = EN.review("I'll get back to you by 3 pm today.").rubric().get(Criterion.FOLLOW_THROUGH).score();
    assertTrue(vague < dated, vague + " vs " + dated);
    assertTrue(vague > 0, "a promise still counts for something");
  }

  @Test
  void namingTheSituationAcknowledgesTheFeelingButAPlainApologyDoesNot() {
    Reviewer listening = Reviewer.create(Locale.US, ReviewOptions.defaults(), text -> new Signals(
        Locale.US,
        Emotion.SAD,
        List.of(new EmotionFinding(Emotion.SAD, 0.7, List.of(new Evidence(0, 4, "oh no")))),
        new Escalation(EscalationLevel.LOW, List.of()),
        new Suggestion(Emotion.SAD, false, false)));
    ReviewContext ctx = ReviewContext.builder().customerText("oh no my order came with a leaking bottle").build();
    Review named = listening.review("Oh no, that's so disappointing to open. I've sent a fresh bottle today.", ctx);
    assertTrue(named.rubric().get(Criterion.VALIDATION).score() >= 0.85, named.rubric().toString());
    assertTrue(named.notes().stream().noneMatch(n -> n.contains("sympathy")), named.notes().toString());
    Review plain = listening.review("I'm sorry. I've sent a fresh bottle today.", ctx);
    assertTrue(plain.rubric().get(Criterion.VALIDATION).score() <= 0.7, plain.rubric().toString());
    assertTrue(plain.notes().stream().anyMatch(n -> n.contains("sympathy")), plain.notes().toString());
  }

  @Test
  void theNoteOnAnIgnoredFeelingQuotesTheCustomersSentence() {
    String customer = "Order 55 never came. I'm really upset, this was her only present! Please help.";
    int at = customer.indexOf("really upset");
    Reviewer listening = Reviewer.create(Locale.US, ReviewOptions.defaults(), text -> new Signals(
        Locale.US,
        Emotion.ANGRY,
        List.of(new EmotionFinding(Emotion.ANGRY, 0.8, List.of(new Evidence(at, at + 12, "really upset")))),
        new Escalation(EscalationLevel.LOW, List.of()),
        new Suggestion(Emotion.ANGRY, false, false)));
    Review r = listening.review("Your order will be sent again.", ReviewContext.builder().customerText(customer).build());
    assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("They wrote “I'm really upset, this was her only present”.")), r.notes().toString());
  }
}
