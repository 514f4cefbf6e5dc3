package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The English replies as a support lead reads them: real variety across conversations, turns and
 * customers; lead-ins that fit what they introduce; the caller's words kept intact at the seams;
 * and a tone that fits the moment.
 */
class EnglishRepliesTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC);
  private static final Empathy US = Empathy.builder().locale(Locale.US).clock(CLOCK).build();

  private static final List<String> NAMES = List.of("Dana Whitaker", "Priya", "Marco", "José", "@jess_k", "Liam O’Neill",
      "Aiko", "Sam", "Fatima", "Ole", "Chen Wei", "Grace");
  private static final List<String> SITUATIONS = List.of("the double charge on your card", "your late delivery",
      "the eight extra charges on your account", "the app crashing at checkout", "iPad screen repair quote",
      "the missing refund for order 5512", "your cancelled flight", "the broken zip on your jacket",
      "your locked account", "the delayed engineer visit", "the wrong size in your parcel", "the new loyalty points");
  private static final List<String> ACTIONS = List.of("I’ve refunded the second charge of $42",
      "I’ll send a replacement today", "Please keep the box for the courier", "Updating the app fixes this",
      "Could you send a photo of the label?", "Refunded the delivery fee", "You can track the parcel from your account",
      "I’ve unlocked your account and reset the password link", "The outage is over as of 9 AM",
      "We’ve booked an engineer for Friday", "I’m sending a prepaid return label", "Let me know if it still happens");
  private static final List<Emotion> MOODS = List.of(Emotion.FRUSTRATED, Emotion.ANGRY, Emotion.ANXIOUS,
      Emotion.CONFUSED, Emotion.DISAPPOINTED, Emotion.NEUTRAL, Emotion.PRESSED_FOR_TIME, Emotion.FRUSTRATED);

  private static Reply customer(int i, Composer c) {
    return c.customer(NAMES.get(i % NAMES.size()))
        .acknowledge(MOODS.get(i % MOODS.size()), SITUATIONS.get((i * 5) % SITUATIONS.size()))
        .summary("you were charged twice for order " + (4400 + i))
        .action(ACTIONS.get((i * 7) % ACTIONS.size()))
        .action(ACTIONS.get((i * 7 + 3) % ACTIONS.size()))
        .timeline(Timeline.businessDays(1 + i % 4))
        .followUp("I’ll email you as soon as it’s done")
        .build();
  }

  @Test
  void twentyConversationsWithTheSameInputGiveAtLeastSixteenReplies() {
    for (int input = 0; input < 8; input++) {
      Set<String> texts = new HashSet<>();
      for (int c = 0; c < 20; c++) {
        texts.add(customer(input, US.compose().conversation("conv-" + c + "-" + input, 0)).toPlainText());
      }
      assertTrue(texts.size() >= 16, "input " + input + ": " + texts.size() + " distinct replies of 20");
    }
  }

  @Test
  void tenTurnsNeverRepeatAWholeReplyAndNoPhraseRepeatsOnTheNextTurn() {
    for (int input = 0; input < 8; input++) {
      Set<String> texts = new HashSet<>();
      Reply previous = null;
      for (int turn = 0; turn < 10; turn++) {
        Reply r = customer(input, US.compose().conversation("ticket-" + input, turn));
        assertTrue(texts.add(r.toPlainText()), "input " + input + " repeated a whole reply at turn " + turn);
        if (previous != null) {
          for (BlockKind kind : List.of(BlockKind.ACKNOWLEDGEMENT, BlockKind.SUMMARY, BlockKind.ACTION,
              BlockKind.TIMELINE, BlockKind.FOLLOW_UP, BlockKind.CLOSING)) {
            List<Block> a = previous.blocks(kind);
            List<Block> b = r.blocks(kind);
            for (int i = 0; i < a.size(); i++) {
              assertNotEquals(a.get(i).text(), b.get(i).text(), kind + " repeated on turn " + turn);
            }
          }
        }
        previous = r;
      }
    }
  }

  @Test
  void withoutAConversationIdTheSameInputGivesTheSameReplyAndCustomersDiffer() {
    assertEquals(customer(3, US.compose()).toPlainText(), customer(3, US.compose()).toPlainText());
    Set<String> openings = new HashSet<>();
    for (int i = 0; i < 40; i++) {
      // The same situation and actions for every customer: only the content seed differs.
      Reply r = US.compose().customer(NAMES.get(i % NAMES.size()) + " " + i)
          .acknowledge(Emotion.FRUSTRATED, "the double charge on your card")
          .action("I’ve refunded the second charge").build();
      openings.add(r.block(BlockKind.ACKNOWLEDGEMENT).orElseThrow().text());
    }
    assertTrue(openings.size() >= 5, openings::toString);
  }

  /** No lead-in (first two words of a sentence we write) in more than 1 in 5 replies to different customers. */
  @Test
  void noLeadInAppearsInMoreThanOneReplyInFiveAcrossCustomers() {
    for (boolean withIds : new boolean[] {false, true}) {
      int replies = 120;
      Map<String, Integer> counts = new HashMap<>();
      for (int i = 0; i < replies; i++) {
        Composer c = withIds ? US.compose().conversation("T-" + (9000 + i * 13), 0) : US.compose();
        Reply r = customer(i, c.closing(true));
        Set<String> leads = new HashSet<>();
        for (Block b : r.blocks()) {
          if (b.kind() == BlockKind.GREETING || b.kind() == BlockKind.SIGN_OFF) {
            continue;
          }
          for (String sentence : b.text().split("(?<=[.!?])\\s+")) {
            String[] words = sentence.split("\\s+");
            if (words.length < 3 || startsWithCallerText(sentence, i)) {
              continue;
            }
            leads.add((words[0] + " " + words[1]).toLowerCase(Locale.ROOT).replaceAll("[,:;]", ""));
          }
        }
        leads.forEach(l -> counts.merge(l, 1, Integer::sum));
      }
      List<String> over = new ArrayList<>();
      counts.forEach((lead, n) -> {
        if (n * 5 > replies) {
          over.add(lead + " ×" + n);
        }
      });
      assertTrue(over.isEmpty(), (withIds ? "with" : "without") + " conversation ids, in more than 1 of 5 replies: " + over);
    }
  }

  private static boolean startsWithCallerText(String sentence, int i) {
    String s = sentence.toLowerCase(Locale.ROOT);
    for (String a : ACTIONS) {
      String head = a.toLowerCase(Locale.ROOT).split(" ")[0];
      if (s.startsWith(head + " ")) {
        return true;
      }
    }
    return s.startsWith("you were charged") || s.startsWith("i refunded");
  }

  @Test
  void leadInsFitWhatTheyIntroduce() {
    for (int c = 0; c < 200; c++) {
      String fact = first(US.compose().conversation("f" + c, c % 3).acknowledge(Emotion.NEUTRAL)
          .action("Updating the app fixes this").build());
      assertFalse(fact.matches("(?s)(Here’s what’s happening now|To get things moving|As a first step|Here’s the plan|What happens next).*"), fact);
      String request = US.compose().conversation("r" + c, 0).acknowledge(Emotion.NEUTRAL).action("x")
          .followUp("Let me know if it still happens").build().block(BlockKind.FOLLOW_UP).orElseThrow().text();
      assertFalse(request.matches("(?s)(You can leave the chasing to me|You won’t need to chase this|I won’t leave you hanging).*"), request);
      String done = first(US.compose().conversation("d" + c, 0).acknowledge(Emotion.NEUTRAL)
          .action("I’ve refunded the charge").build());
      assertFalse(done.matches("(?s)(For now|In the meantime|One thing that will help|Here’s what I found|Before I go further).*"), done);
    }
  }

  private static String first(Reply r) {
    return r.blocks(BlockKind.ACTION).get(0).text();
  }

  @Test
  void aCallersSentenceAfterACommaOrLeadStartsInLowerCaseUnlessItIsANameOrI() {
    for (int c = 0; c < 60; c++) {
      Reply r = US.compose().conversation("case" + c, 0).acknowledge(Emotion.NEUTRAL)
          .action("I’ve refunded the charge").action("Please keep the box").action("Amazon will collect it").build();
      String more = r.blocks(BlockKind.ACTION).get(1).text();
      assertFalse(more.matches("(?s).*[,:] Please.*"), more);
      assertTrue(more.contains("Amazon will collect it"), more);
      String lead = first(US.compose().conversation("case" + c, 0).acknowledge(Emotion.NEUTRAL)
          .action("Please keep the box").build());
      assertFalse(lead.matches("(?s).*[,:] Please.*"), lead);
      String mine = first(US.compose().conversation("case" + c, 0).acknowledge(Emotion.NEUTRAL)
          .action("I’ll call you at 5").build());
      assertTrue(mine.contains("I’ll call you at 5"), mine);
    }
  }

  @Test
  void aWordWithItsOwnCapitalKeepsItsCaseAtTheStartOfASentence() {
    for (int c = 0; c < 40; c++) {
      String text = US.compose().conversation("ipad" + c, c).acknowledge(Emotion.DISAPPOINTED, "iPad screen repair quote")
          .action("eBay orders ship separately").build().toPlainText();
      assertFalse(text.contains("IPad") || text.contains("EBay"), text);
    }
  }

  @Test
  void aClausesOwnQuestionOrExclamationMarkIsKeptAndNeverDoubled() {
    for (int c = 0; c < 60; c++) {
      Reply r = US.compose().conversation("q" + c, c).acknowledge(Emotion.NEUTRAL)
          .action("Could you send a photo of the label??").followUp("I’ve added a credit to your account!")
          .summary("did the charge go through twice?").build();
      String text = r.toPlainText();
      assertTrue(text.contains("label?"), text);
      assertTrue(text.contains("account!"), text);
      assertFalse(text.matches("(?s).*[?!][.?!].*"), text);
    }
    Empathy ja = Empathy.builder().locale(Locale.JAPANESE).clock(CLOCK).build();
    for (int c = 0; c < 20; c++) {
      String text = ja.compose().conversation("j" + c, c).acknowledge(Emotion.NEUTRAL).action("写真を送っていただけますか？").build().toPlainText();
      assertFalse(text.contains("？。"), text);
    }
  }

  @Test
  void aPluralSituationAgreesWithItsVerbs() {
    for (int c = 0; c < 80; c++) {
      String text = US.compose().conversation("p" + c, c).acknowledge(Emotion.ANXIOUS, "the eight extra charges on your account")
          .action("x").build().block(BlockKind.ACKNOWLEDGEMENT).orElseThrow().text();
      assertFalse(text.contains("account is") || text.contains("account has"), text);
      String one = US.compose().conversation("p" + c, c).acknowledge(Emotion.ANXIOUS, "the extra charge on your accounts")
          .action("x").build().block(BlockKind.ACKNOWLEDGEMENT).orElseThrow().text();
      assertFalse(one.contains("accounts are") || one.contains("accounts have"), one);
    }
    CallerClauses en = CallerClauses.forLocale(Locale.ENGLISH);
    assertEquals("plural", en.number("the eight charges on your account"));
    assertEquals("plural", en.number("the charge and the fee"));
    assertEquals("singular", en.number("the status of your orders"));
    assertEquals("singular", en.number("your address"));
    assertEquals("plural", en.number("3 missing parcels"));
  }

  @Test
  void noWordIsDoubledAcrossASeam() {
    for (int c = 0; c < 60; c++) {
      String text = US.compose().conversation("w" + c, c).acknowledge(Emotion.NEUTRAL, "about your refund")
          .action("x").build().toPlainText();
      assertFalse(text.matches("(?is).*\\b(\\w+) \\1\\b.*"), text);
    }
  }

  @Test
  void gratefulCustomersGetThanksAndWarmthNotApologiesRecapsOrAnyOtherQuestions() {
    for (int c = 0; c < 120; c++) {
      Reply r = US.compose().conversation("g" + c, c % 7).customer("Sam").acknowledge(Emotion.GRATEFUL, "the quick delivery")
          .summary("the courier went out of his way to drop it off early").action("I’ve passed your note to the team").build();
      String text = r.toPlainText().toLowerCase(Locale.ROOT);
      for (String no : List.of("sorry", "apolog", "recap", "any other questions", "same page", "reading this correctly")) {
        assertFalse(text.contains(no), () -> no + " in: " + text);
      }
      assertTrue(text.contains("thank"), text);
    }
  }

  @Test
  void acknowledgingSignalsFollowsTheSameToneRules() {
    var thanks = US.analyze("Thank you so much, the courier was amazing and the flowers arrived perfect!");
    var angry = US.analyze("Third time I'm writing!!! This is a disgrace, fix it or I cancel my account.");
    for (int c = 0; c < 60; c++) {
      String warm = US.compose().conversation("s" + c, c % 5).acknowledge(thanks).summary("the flowers arrived on time")
          .action("I’ve passed your note to the florist").build().toPlainText().toLowerCase(Locale.ROOT);
      if (thanks.suggestion().acknowledge() == Emotion.GRATEFUL) {
        for (String no : List.of("sorry", "apolog", "recap", "any other questions")) {
          assertFalse(warm.contains(no), () -> no + " in: " + warm);
        }
      }
      String hot = US.compose().conversation("s" + c, c % 5).acknowledge(angry).action("I’ve removed the charge").build()
          .block(BlockKind.ACKNOWLEDGEMENT).orElseThrow().text().toLowerCase(Locale.ROOT);
      assertFalse(hot.startsWith("thank"), hot);
    }
    assertEquals(Emotion.GRATEFUL, thanks.suggestion().acknowledge(), "the analyser reads plain thanks as grateful");
  }

  @Test
  void angryCustomersGetNoThanksForSharingOpener() {
    for (int c = 0; c < 120; c++) {
      Reply r = US.compose().conversation("a" + c, c % 5).customer("Lee").acknowledge(Emotion.ANGRY, "the third missed delivery")
          .action("x").build();
      String ack = r.block(BlockKind.ACKNOWLEDGEMENT).orElseThrow().text().toLowerCase(Locale.ROOT);
      assertFalse(ack.startsWith("thank"), ack);
    }
  }

  @Test
  void aBereavementGetsCondolenceFirst() {
    for (int c = 0; c < 40; c++) {
      Reply r = US.compose().conversation("l" + c, c).customer("Joan")
          .acknowledge(Emotion.FRUSTRATED, "the bills still arriving for your late husband").action("I’ve closed the account").build();
      String ack = r.block(BlockKind.ACKNOWLEDGEMENT).orElseThrow().text();
      assertTrue(ack.matches("(?s)(Please accept my condolences|My heartfelt condolences|I was so saddened|My deepest sympathy).*"), ack);
      Reply late = US.compose().conversation("l" + c, c).acknowledge(Emotion.FRUSTRATED, "your late delivery").action("x").build();
      assertFalse(late.toPlainText().contains("condolence"), late.toPlainText());
    }
  }
}
