package dev.empathy.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Empathy;
import dev.empathy.InvalidInputException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReviewerTest {
  private static final Empathy EN = Empathy.builder().locale(Locale.US).build();

  private static List<String> rules(Review r) {
    return r.findings().stream().map(FrictionFinding::rule).toList();
  }

  private static Optional<FrictionFinding> finding(Review r, String rule) {
    return r.findings().stream().filter(f -> f.rule().equals(rule)).findFirst();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "\n\t ", "\u0007\u0000", "\u200B", " \u200B\u2060\u00A0 ", "\uFEFF"})
  void missingOrBlankTextIsAnErrorNamingText(String draft) {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> EN.review(draft));
    assertEquals("text", e.field());
    assertTrue(e.getMessage().startsWith("text must not be"), e.getMessage());
  }

  @Test
  void justInTheTimeSenseIsFineButMinimisingJustIsNot() {
    assertFalse(rules(EN.review("I just refunded it, and I've just sent you the receipt.")).contains("minimising.just"));
    assertFalse(rules(EN.review("If anything else comes up, just reply here. Just so I’m sure: is that order 4471?")).contains("minimising.just"));
    Review bad = EN.review("Just restart the router.");
    FrictionFinding f = finding(bad, "minimising.just").orElseThrow();
    assertEquals("Just", f.text());
    assertEquals(FrictionCategory.MINIMISING, f.category());
    assertEquals("Restart the router.", f.suggestion());
    assertTrue(rules(EN.review("You just need to clear your cache.")).contains("minimising.just"));
  }

  @Test
  void unfortunatelyBeforeAnActionIsMilderThanBeforeARefusal() {
    FrictionFinding action =
        finding(EN.review("Unfortunately the parcel was delayed, so I've sent a replacement by express."), "policy.unfortunately").orElseThrow();
    FrictionFinding refusal =
        finding(EN.review("Unfortunately we can't refund opened items."), "policy.unfortunately").orElseThrow();
    assertEquals(Severity.INFO, action.severity());
    assertEquals(Severity.WARNING, refusal.severity());
    assertEquals("We can't refund opened items, but here’s what I can do instead: [option].", refusal.suggestion());
  }

  @Test
  void aRefusalWithNotGetsTheRefusalRewriteAndANotThatRefusesNothingDoesNot() {
    FrictionFinding liable =
        finding(EN.review("Per our policy, we are not responsible for items lost in transit."), "policy.per_policy").orElseThrow();
    FrictionFinding covered =
        finding(EN.review("Unfortunately this isn't covered by the warranty."), "policy.unfortunately").orElseThrow();
    FrictionFinding noNeed =
        finding(EN.review("Per our policy, you do not need to return the item."), "policy.per_policy").orElseThrow();
    assertEquals("We are not responsible for items lost in transit, but here’s what I can do instead: [option].", liable.suggestion());
    assertEquals(Severity.WARNING, covered.severity());
    assertTrue(covered.suggestion().endsWith("but here’s what I can do instead: [option]."), covered.suggestion());
    assertFalse(noNeed.suggestion().contains("instead"), noNeed.suggestion());
  }

  @Test
  void theCustomersQuotedWordsAreNotTheAgentsLanguage() {
    assertEquals(List.of(), rules(EN.review("You said \"just restart it, calm down\" was the answer you got last time. I'm sorry.")));
    assertEquals(List.of(), rules(EN.review("You wrote that our agent told you to calm down. That was wrong, and I'm sorry.")));
    assertEquals(List.of(), rules(EN.review("> Just restart it, it's not a big deal\nThat reply should never have been sent. I'm sorry.")));
    assertEquals(List.of(), rules(EN.review("Your message says “nothing I can do” came from our team. I’ve fixed it.")));
    String customer = "Your agent said there's nothing I can do about it and hung up.";
    Review echoed =
        EN.review(
            "Your agent said there's nothing I can do about it and hung up. I'm sorry, that was wrong.",
            ReviewContext.builder().customerText(customer).build());
    assertFalse(rules(echoed).contains("policy.nothing_i_can_do"), rules(echoed).toString());
    assertTrue(rules(EN.review("There's nothing I can do about it.")).contains("policy.nothing_i_can_do"));
  }

  @Test
  void soonFollowedByAConcreteTimeIsFine() {
    assertFalse(rules(EN.review("I'll update you soon — by 5 pm today.")).contains("vague.soon"));
    assertFalse(rules(EN.review("It will arrive shortly, on Friday morning.")).contains("vague.soon"));
    assertFalse(rules(EN.review("I'll email you as soon as the refund lands.")).contains("vague.soon"));
    FrictionFinding f = finding(EN.review("I'll get back to you soon."), "vague.soon").orElseThrow();
    assertEquals("soon", f.text());
    assertEquals("I'll get back to you by [a concrete time, e.g. 3 pm today].", f.suggestion());
  }

  @Test
  void policyHidingGetsARewriteThatFitsTheSentence() {
    String draft = "Per our policy, refunds take 10 days.";
    FrictionFinding f = finding(EN.review(draft), "policy.per_policy").orElseThrow();
    assertEquals(0, f.start());
    assertEquals("Per our policy", f.text());
    assertEquals(FrictionCategory.POLICY_HIDING, f.category());
    assertEquals("Refunds take 10 days, and I’ll keep an eye on this for you.", f.suggestion());
    assertFalse(f.reason().isBlank());
  }

  @Test
  void everyCategoryIsFoundInTypicalDrafts() {
    assertCategory("You should have read the setup guide first.", FrictionCategory.BLAME, Severity.ERROR);
    assertCategory("Calm down, it's not a big deal.", FrictionCategory.MINIMISING, Severity.ERROR);
    assertCategory("We apologize for any inconvenience.", FrictionCategory.BOILERPLATE, Severity.WARNING);
    assertCategory("I'm sorry you feel that way.", FrictionCategory.BOILERPLATE, Severity.ERROR);
    assertCategory("Mistakes were made.", FrictionCategory.PASSIVE_VOICE, Severity.ERROR);
    assertCategory("It will be looked into.", FrictionCategory.PASSIVE_VOICE, Severity.WARNING);
    assertCategory("Your ticket is a P2 and the SLA breach was logged under INC0012345.", FrictionCategory.JARGON, Severity.WARNING);
    assertCategory("I think maybe it's the cache?", FrictionCategory.HEDGING, Severity.WARNING);
    assertCategory("As I already said, obviously the link is on the page.", FrictionCategory.CONDESCENSION, Severity.ERROR);
    assertCategory("You always forget your password.", FrictionCategory.ABSOLUTES, Severity.WARNING);
  }

  /** Brand replies: "As mentioned," reminds; "as mentioned in your email" points to a place. "Sorry for any confusion" is the canned apology. */
  @Test
  void cannedRemindersAndApologiesInShortBrandReplies() {
    assertCategory("@kim As mentioned, the promo ended on 3/31 and can't be applied retroactively.", FrictionCategory.CONDESCENSION, Severity.ERROR);
    assertTrue(EN.review("As mentioned in your email, the box arrived damaged, so I've sent a new one today.")
        .findings(FrictionCategory.CONDESCENSION).isEmpty());
    assertCategory("@kim Our apologies for any confusion caused. The offer is for new customers only.", FrictionCategory.BOILERPLATE, Severity.WARNING);
    assertCategory("Sorry for any trouble! DM us your order number.", FrictionCategory.BOILERPLATE, Severity.WARNING);
  }

  private static void assertCategory(String draft, FrictionCategory category, Severity worst) {
    Review r = EN.review(draft);
    List<FrictionFinding> found = r.findings(category);
    assertFalse(found.isEmpty(), draft + " -> " + r.findings());
    assertEquals(worst, found.stream().map(FrictionFinding::severity).max(Enum::compareTo).orElseThrow(), draft);
    for (FrictionFinding f : r.findings()) {
      assertEquals(draft.substring(f.start(), f.end()), f.text());
      assertFalse(f.suggestion().isBlank(), f.toString());
    }
  }

  @Test
  void commonFriendlyUsesAreNotFriction() {
    for (String draft :
        List.of(
            "Let me know if it happens again and I'll fix it straight away.",
            "Obviously that's not okay, and I'm sorry.",
            "I can clearly see the double charge on your statement.",
            "Simply reply to this email with a photo.",
            "Just checking in: did the refund arrive?",
            "I'll email you as soon as it ships.")) {
      Review r = EN.review(draft);
      assertTrue(r.findings().stream().allMatch(f -> f.severity() == Severity.INFO), draft + " -> " + r.findings());
    }
    assertTrue(rules(EN.review("It happens, nothing we can change.")).contains("minimising.not_a_big_deal"));
    assertTrue(rules(EN.review("Clearly the guide explains this.")).contains("condescension.obviously"));
  }

  @Test
  void absolutesAboutTheCustomerAreFlaggedButNotWhatTheyNeverReceived() {
    assertTrue(rules(EN.review("You never read our emails.")).contains("absolutes.you_always"));
    assertFalse(rules(EN.review("I'm sorry you never received the parcel.")).contains("absolutes.you_always"));
    assertFalse(rules(EN.review("You always get a reply within a day from us.")).contains("absolutes.you_always"));
  }

  @Test
  void theChannelDecidesWhatIsTooLongAndWhatIsPrivate() {
    String word = "word ";
    String longDraft = "I’ve refunded the charge. " + word.repeat(300);
    FrictionFinding bubble = finding(EN.review(longDraft, ReviewContext.builder().channel("chat").build()), "channel.too_long").orElseThrow();
    assertEquals(Severity.ERROR, bubble.severity());
    assertEquals(longDraft.length(), bubble.end());
    assertFalse(rules(EN.review(longDraft, ReviewContext.builder().channel("email").build())).contains("channel.too_long"));

    String publicReply = "@dana_w I've refunded order #4471 — we'll email dana.w@example.com with the receipt.";
    Review social = EN.review(publicReply, ReviewContext.builder().channel("social").build());
    List<String> leaked = social.findings(FrictionCategory.CHANNEL).stream().map(FrictionFinding::text).toList();
    assertEquals(List.of("#4471", "dana.w@example.com"), leaked);
    assertTrue(social.hasErrors());
    assertEquals(List.of(), EN.review(publicReply, ReviewContext.builder().channel("email").build()).findings(FrictionCategory.CHANNEL));

    Review repeated =
        EN.review(
            "@sam I've reset 99812 for you.",
            ReviewContext.builder().customerText("my membership 99812 is locked").channel("social").build());
    assertEquals(List.of("99812"), repeated.findings(FrictionCategory.CHANNEL).stream().map(FrictionFinding::text).toList());
  }

  @Test
  void anUnknownChannelIsReviewedLikePlainTextWithANote() {
    Review r = EN.review("I've refunded it.", ReviewContext.builder().channel("carrier-pigeon").build());
    assertTrue(r.notes().stream().anyMatch(n -> n.contains("carrier-pigeon")), r.notes().toString());
    assertThrows(InvalidInputException.class, () -> ReviewContext.builder().channel(" "));
  }

  @Test
  void optionsDisableRulesChangeSeverityAndBanTeamPhrases() {
    ReviewOptions options =
        ReviewOptions.builder()
            .disable("minimising.just")
            .severity("vague.soon", Severity.ERROR)
            .ban("no worries", "happy to help")
            .ban("per the KB*?", "in our help article", "Customers don’t know what the KB is.", Severity.INFO)
            .build();
    Reviewer reviewer = EN.reviewer(options);
    Review r = reviewer.review("Just restart it. No worries, I'll call you soon. See it per the KB.");
    assertFalse(rules(r).contains("minimising.just"));
    assertEquals(Severity.ERROR, finding(r, "vague.soon").orElseThrow().severity());
    FrictionFinding team = finding(r, "team.1").orElseThrow();
    assertEquals(FrictionCategory.TEAM, team.category());
    assertEquals("No worries", team.text());
    assertEquals("Happy to help, I'll call you soon.", team.suggestion());
    FrictionFinding kb = finding(r, "team.2").orElseThrow();
    assertEquals(Severity.INFO, kb.severity());
    assertEquals("Customers don’t know what the KB is.", kb.reason());

    InvalidInputException unknown =
        assertThrows(InvalidInputException.class, () -> EN.reviewer(ReviewOptions.builder().disable("no.such_rule").build()));
    assertEquals("rule", unknown.field());
    assertTrue(unknown.getMessage().contains("no.such_rule"));
    assertThrows(InvalidInputException.class, () -> ReviewOptions.builder().ban("  ", "x"));
    assertThrows(InvalidInputException.class, () -> ReviewOptions.builder().ban("??", "x"));
  }

  @Test
  void draftTextIsDataInRewritesNeverATemplate() {
    FrictionFinding f = finding(EN.review("Per our policy, {after} and {0} take 10 days."), "policy.per_policy").orElseThrow();
    assertEquals("{after} and {0} take 10 days, and I’ll keep an eye on this for you.", f.suggestion());
    Reviewer team = EN.reviewer(ReviewOptions.builder().ban("no worries", "{before} ok").build());
    assertEquals("Sure, {before} ok.", finding(team.review("Sure, no worries."), "team.1").orElseThrow().suggestion());
  }

  @Test
  void aGoodReplyScoresHighWithEvidenceAndABadOneLowWithCoaching() {
    String good =
        "Hi Dana, I'm sorry about the double charge, that's frustrating. I've refunded the second charge of $42 right now. "
            + "It will reach your card by Friday, and I'll email you on Friday to confirm it landed.";
    Review g = EN.review(good);
    assertTrue(g.score() >= 85, g.toString() + g.rubric());
    for (RubricScore s : g.rubric().values()) {
      assertTrue(s.score() >= 0 && s.score() <= 1);
      assertFalse(s.note().isBlank(), s.criterion().key());
      s.evidence().forEach(e -> assertEquals(good.substring(e.start(), e.end()), e.text()));
    }
    assertEquals(1.0, g.rubric().get(Criterion.ACTION_NOW).score());
    assertEquals(1.0, g.rubric().get(Criterion.FOLLOW_THROUGH).score());

    Review b = EN.review("Per our policy refunds take 10 days. It will be processed soon.");
    assertTrue(b.score() < 40, b.toString());
    assertTrue(b.rubric().get(Criterion.EXPECTATIONS).score() < 0.5);
    assertTrue(b.rubric().get(Criterion.OWNERSHIP).score() < 0.5);
    assertFalse(b.notes().isEmpty());
    assertTrue(b.notes().get(0).contains("For example"), b.notes().toString());
  }

  @Test
  void weightsAreConfigurable() {
    String draft = "I'm sorry about the delay. I've sent a new one.";
    int base = EN.review(draft).score();
    RubricWeights onlyValidation = RubricWeights.defaults();
    for (Criterion c : Criterion.values()) {
      onlyValidation = onlyValidation.with(c, c == Criterion.VALIDATION ? 1 : 0);
    }
    assertEquals(100, EN.reviewer(ReviewOptions.builder().weights(onlyValidation).build()).review(draft).score());
    assertTrue(base < 100);
    assertThrows(InvalidInputException.class, () -> RubricWeights.defaults().with(Criterion.CLARITY, -1));
    assertThrows(InvalidInputException.class, () -> RubricWeights.defaults().errorPenalty(Double.NaN));
  }

  @Test
  void otherLocalesHaveTheirOwnTopCategories() {
    Review es = Empathy.builder().locale("es-ES").build().review("Lamentamos las molestias ocasionadas. Le responderemos lo antes posible.");
    assertEquals(List.of(FrictionCategory.BOILERPLATE, FrictionCategory.VAGUE_TIME), es.findings().stream().map(FrictionFinding::category).toList());
    Review fr = Empathy.builder().locale("fr-FR").build().review("Conformément à notre politique, nous ne pouvons rien faire.");
    assertTrue(fr.findings(FrictionCategory.POLICY_HIDING).size() >= 1);
    Review de = Empathy.builder().locale("de-DE").build().review("Beruhigen Sie sich, wir melden uns zeitnah.");
    assertEquals(List.of(FrictionCategory.MINIMISING, FrictionCategory.VAGUE_TIME), de.findings().stream().map(FrictionFinding::category).toList());
    Review pt = Empathy.builder().locale("pt-BR").build().review("A culpa é sua. Retornaremos em breve.");
    assertEquals(List.of(FrictionCategory.BLAME, FrictionCategory.VAGUE_TIME), pt.findings().stream().map(FrictionFinding::category).toList());
    Review ja = Empathy.builder().locale("ja-JP").build().review("規定により、対応いたしかねます。後ほどご連絡いたします。");
    assertTrue(ja.findings(FrictionCategory.POLICY_HIDING).size() >= 1, ja.findings().toString());
    assertEquals(1, ja.findings(FrictionCategory.VAGUE_TIME).size());
    assertEquals("後ほど", ja.findings(FrictionCategory.VAGUE_TIME).get(0).text());
  }

  @Test
  void aLocaleWithoutRulesFallsBackToEnglishAndSaysSo() {
    Review it = Empathy.builder().locale("it-IT").build().review("Per our policy, refunds take 10 days.");
    assertEquals(Locale.ENGLISH, it.locale());
    assertTrue(it.notes().stream().anyMatch(n -> n.contains("it-IT")), it.notes().toString());
    assertTrue(rules(it).contains("policy.per_policy"));
  }

  @Test
  void theDefaultReviewerIsSharedAndThreadSafe() throws Exception {
    assertTrue(EN.reviewer() == EN.reviewer());
    String draft = "Just restart it, we'll get back to you soon. Per our policy refunds take 10 days.";
    Review expected = EN.review(draft);
    List<Thread> threads = new java.util.ArrayList<>();
    java.util.concurrent.atomic.AtomicInteger mismatches = new java.util.concurrent.atomic.AtomicInteger();
    for (int t = 0; t < 4; t++) {
      Thread th = new Thread(() -> {
        for (int i = 0; i < 200; i++) {
          Review r = EN.review(draft);
          if (!r.findings().equals(expected.findings()) || r.score() != expected.score()) {
            mismatches.incrementAndGet();
          }
        }
      });
      threads.add(th);
      th.start();
    }
    for (Thread th : threads) {
      th.join();
    }
    assertEquals(0, mismatches.get());
  }
}
