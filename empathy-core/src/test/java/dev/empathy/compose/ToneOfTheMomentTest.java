package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.InvalidInputException;
import dev.empathy.Register;
import dev.empathy.phrase.Moment;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What a support lead winced at in English replies, each as a rule over many conversations: the
 * sign-off echoing the closing, "again" with no earlier thanks, hedging and dismissive lead-ins, a
 * bereavement without condolence, a joke answered as a problem, a compliment refused for want of
 * an action, apostrophes of two styles in one paragraph, "within 1 day".
 */
class ToneOfTheMomentTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC);
  private static final Empathy US = Empathy.builder().locale(Locale.US).clock(CLOCK).build();
  private static final Empathy US_INFORMAL =
      Empathy.builder().locale(Locale.US).register(Register.INFORMAL).clock(CLOCK).build();
  private static final Empathy GB = Empathy.builder().locale(Locale.UK).clock(CLOCK).build();

  /** Replies of every emotion, register and shape: with and without summary, timeline, follow-up. */
  private static List<Reply> corpus() {
    List<Reply> out = new ArrayList<>();
    int i = 0;
    for (Empathy e : List.of(US, US_INFORMAL, GB)) {
      for (Emotion emotion : Emotion.values()) {
        for (int shape = 0; shape < 8; shape++) {
          for (int conv = 0; conv < 6; conv++) {
            Composer c = e.compose().conversation("tone-" + i++, conv % 3).customer("Robin")
                .acknowledge(emotion, "the parcel that arrived late");
            if ((shape & 1) != 0) {
              c.summary("your order came four days after the date we promised");
            }
            c.action("I’ve refunded the delivery fee");
            if ((shape & 2) != 0) {
              c.timeline(Timeline.within(Duration.ofDays(2)).ownedBy(Owner.me()));
            }
            if ((shape & 4) != 0) {
              c.followUp("I’ll email you when the new parcel ships");
            }
            out.add(c.build());
          }
        }
      }
    }
    return out;
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** Two words a reader hears as the same: equal, or the same first five letters ("thank", "thanks"). */
  private static boolean sameWord(String a, String b) {
    if (a.length() < 4 || b.length() < 4) {
      return false; // "a", "the", "for", "you": words every line has
    }
    return a.equals(b) || a.length() >= 5 && b.length() >= 5 && a.substring(0, 5).equals(b.substring(0, 5))
        || a.startsWith(b) || b.startsWith(a);
  }

  @Test
  void theSignOffNeverEchoesTheClosingAndAgainFollowsAnEarlierThanks() {
    int checked = 0;
    for (Reply r : corpus()) {
      String closing = r.block(BlockKind.CLOSING).orElseThrow().text();
      String signOff = r.block(BlockKind.SIGN_OFF).orElseThrow().facts().get("signOff");
      for (String a : words(signOff)) {
        for (String b : words(closing)) {
          assertFalse(sameWord(a, b), () -> "sign-off \"" + signOff + "\" echoes \"" + closing + "\" in\n" + r.toPlainText());
        }
      }
      String text = r.toPlainText().toLowerCase(Locale.ROOT);
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("thank(s| you) again").matcher(text);
      while (m.find()) {
        assertTrue(text.substring(0, m.start()).contains("thank"), () -> "\"again\" with no earlier thanks:\n" + r.toPlainText());
      }
      checked++;
    }
    assertTrue(checked > 1000, "corpus size " + checked);
  }

  @Test
  void theLeadsTheSupportLeadFlaggedNeverAppear() {
    for (Reply r : corpus()) {
      String text = r.toPlainText();
      for (String no : List.of("Of course, you", "As far as I can tell", "If I’m reading this correctly",
          "And so you know", "From your side", "bearing with us", "take a look")) {
        assertFalse(text.contains(no), () -> no + " in:\n" + text);
      }
    }
  }

  @Test
  void noFirstThingsFirstBeforeTheOnlyStep() {
    for (int c = 0; c < 300; c++) {
      for (Emotion e : Emotion.values()) {
        String text = US.compose().conversation("one-" + c, c % 4).acknowledge(e, "your parcel")
            .action("I’ve refunded the delivery fee").build().toPlainText();
        assertFalse(text.contains("First things first") || text.contains("As a first step"), text);
      }
    }
  }

  @Test
  void aBereavementNamedWithWordFormsGetsCondolenceFirst() {
    List<String> losses = List.of("the bills still arriving in your late husband's name",
        "the account in your late mother’s name", "my mum passed away and her account is still charging",
        "the funeral flowers that arrived late", "your dad's death certificate request",
        "the subscription after my father died");
    for (String situation : losses) {
      for (int c = 0; c < 12; c++) {
        for (Emotion e : List.of(Emotion.SAD, Emotion.FRUSTRATED, Emotion.NEUTRAL)) {
          Reply r = US.compose().conversation("loss-" + c, c).customer("Ann").acknowledge(e, situation)
              .action("I’ve closed the account").build();
          String ack = r.block(BlockKind.ACKNOWLEDGEMENT).orElseThrow().text();
          assertTrue(ack.matches("(?s)(Please accept my condolences|My heartfelt condolences|I was so saddened"
              + "|My deepest sympathy).*"), () -> situation + ": " + ack);
          assertTrue(r.has(Moment.LOSS), situation);
          assertFalse(r.toPlainText().contains("Good news"), r.toPlainText());
        }
      }
    }
    for (String notALoss : List.of("my phone died overnight", "the blue screen of death on your laptop",
        "your late delivery", "the note I passed on to the courier", "the battery that died after a week")) {
      Reply r = US.compose().acknowledge(Emotion.FRUSTRATED, notALoss).action("I’ve sent a replacement").build();
      assertFalse(r.has(Moment.LOSS), notALoss);
      assertFalse(r.toPlainText().contains("condolence") || r.toPlainText().contains("sympathy"), r.toPlainText());
    }
  }

  @Test
  void aJokeIsAnsweredWithASmileNeverAsAProblem() {
    List<String> jokes = List.of("your joke about our hold music being your new favourite album",
        "the cat meme you sent us 😂", "your haha about the robot voice on our line");
    for (String joke : jokes) {
      for (int c = 0; c < 40; c++) {
        for (Empathy e : List.of(US, US_INFORMAL, GB)) {
          for (Emotion emotion : List.of(Emotion.NEUTRAL, Emotion.GRATEFUL)) {
            Reply r = e.compose().conversation("joke-" + c, c % 5).customer("@kevin_b").acknowledge(emotion, joke)
                .action("I’ve passed it on to the team, they loved it").build();
            String text = r.toPlainText();
            String lower = text.toLowerCase(Locale.ROOT);
            assertTrue(r.has(Moment.LIGHT), joke);
            for (String no : List.of("sorry", "apolog", "take a look", "recap", "any other questions", "first things",
                "about your joke about", "help with", "happy to help", "glad to help", "let me help", "right place",
                "dm", "direct message", "frustrat", "worr")) {
              assertFalse(lower.contains(no), () -> no + " in:\n" + text);
            }
            String ack = r.block(BlockKind.ACKNOWLEDGEMENT).orElseThrow().text().toLowerCase(Locale.ROOT);
            assertTrue(ack.matches("(?s).*(thank|smil|laugh|grin|brighten|made our day).*"), ack);
          }
        }
      }
    }
    // The same words from an upset customer are not a joke to answer with a laugh.
    Reply angry = US.compose().acknowledge(Emotion.ANGRY, "your joke of a refund policy").action("I’ve refunded you").build();
    assertFalse(angry.has(Moment.LIGHT));
  }

  @Test
  void aLightHeartedMessageReadBySignalsGetsThePlayfulAcknowledgement() {
    var read = US.analyze("Thank you so much, haha, your hold music is my new favourite album 😂");
    assertEquals(Emotion.GRATEFUL, read.suggestion().acknowledge());
    // With the agent's words for it: the situation names the joke.
    for (int c = 0; c < 30; c++) {
      Reply r = US.compose().conversation("sig-" + c, c).acknowledge(read, "your joke about our hold music").build();
      assertTrue(r.has(Moment.LIGHT));
      String text = r.toPlainText().toLowerCase(Locale.ROOT);
      assertFalse(text.contains("any other questions") || text.contains("sorry"), text);
    }
    // Without a situation, the evidence the analyser quotes decides: a laugh in it makes the moment light.
    var laughing = new dev.empathy.signal.Signals(read.locale(), Emotion.GRATEFUL,
        List.of(new dev.empathy.signal.EmotionFinding(Emotion.GRATEFUL, 0.8,
            List.of(new dev.empathy.signal.Evidence(0, 7, "haha 😂")))),
        read.escalation(), read.suggestion());
    assertTrue(US.compose().acknowledge(laughing).build().has(Moment.LIGHT));
    // The analyser quotes the laugh ("haha", 😂) as evidence, so the message read alone is light too.
    assertTrue(US.compose().acknowledge(read).build().has(Moment.LIGHT), "a laughing thanks is light");
    var plain = US.analyze("Thank you so much, your hold music is my new favourite album");
    assertEquals(Emotion.GRATEFUL, plain.suggestion().acknowledge());
    assertFalse(US.compose().acknowledge(plain).build().has(Moment.LIGHT), "plain thanks is grateful, not a joke");
  }

  @Test
  void aComplimentNeedsNoActionButAProblemStillDoes() {
    Reply thanks = US.compose().customer("Ben").acknowledge(Emotion.GRATEFUL, "the great service at the Leeds store").build();
    assertFalse(thanks.has(BlockKind.ACTION));
    assertTrue(thanks.toPlainText().toLowerCase(Locale.ROOT).contains("thank"), thanks.toPlainText());
    Reply joke = US.compose().acknowledge(Emotion.NEUTRAL, "your joke about our hold music").build();
    assertFalse(joke.has(BlockKind.ACTION));
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> US.compose().acknowledge(Emotion.FRUSTRATED, "the late parcel").build());
    assertEquals("actions", e.field());
    assertThrows(InvalidInputException.class, () -> US.compose().acknowledge(Emotion.NEUTRAL, "your question").build());
    ReplyPolicy strict = ReplyPolicy.builder().requireActionsWhenThanked(true).build();
    assertThrows(InvalidInputException.class,
        () -> US.compose().policy(strict).acknowledge(Emotion.GRATEFUL, "the great service").build());
  }

  @Test
  void ourApostrophesFollowTheCallersStyle() {
    for (int c = 0; c < 60; c++) {
      Reply straight = US.compose().conversation("ap-" + c, c % 4).customer("Tom").acknowledge(Emotion.FRUSTRATED, "the app crashing")
          .action("I've reset your session").followUp("I'll check in tomorrow").timeline(Timeline.businessDays(2)).build();
      assertFalse(straight.toPlainText().contains("’"), straight.toPlainText());
      assertTrue(straight.toPlainText().contains("I've reset"), straight.toPlainText());
      assertFalse(straight.phrase("closing").contains("’"));
      Reply curly = US.compose().conversation("ap-" + c, c % 4).customer("Tom").acknowledge(Emotion.FRUSTRATED, "the app crashing")
          .action("I’ve reset your session").followUp("I’ll check in tomorrow").timeline(Timeline.businessDays(2)).build();
      assertFalse(curly.toPlainText().contains("'"), curly.toPlainText());
      Reply none = US.compose().conversation("ap-" + c, c % 4).acknowledge(Emotion.FRUSTRATED, "the app crashing")
          .action("I reset your session").build();
      assertFalse(none.toPlainText().contains("'"), none.toPlainText());
    }
  }

  @Test
  void smallCountsInDurationsReadAsWords() {
    String day = US.compose().acknowledge(Emotion.ANGRY, "the missed delivery").action("I’ve booked a new slot")
        .timeline(Timeline.within(Duration.ofDays(1)).ownedBy(Owner.me())).build().block(BlockKind.TIMELINE).orElseThrow().text();
    assertTrue(day.contains("within a day"), day);
    String hour = US.compose().acknowledge(Emotion.ANGRY, "the missed delivery").action("I’ve booked a new slot")
        .timeline(Timeline.within(Duration.ofHours(1)).ownedBy(Owner.me())).build().block(BlockKind.TIMELINE).orElseThrow().text();
    assertTrue(hour.contains("within an hour"), hour);
    String three = US.compose().acknowledge(Emotion.ANGRY, "the missed delivery").action("I’ve booked a new slot")
        .timeline(Timeline.businessDays(3)).build().block(BlockKind.TIMELINE).orElseThrow().text();
    assertTrue(three.contains("within three business days"), three);
    String gb = GB.compose().acknowledge(Emotion.ANGRY, "the missed delivery").action("I’ve booked a new slot")
        .timeline(Timeline.businessDays(1)).build().block(BlockKind.TIMELINE).orElseThrow().text();
    assertTrue(gb.contains("within one working day"), gb);
    String many = US.compose().acknowledge(Emotion.ANGRY, "the missed delivery").action("I’ve booked a new slot")
        .timeline(Timeline.within(Duration.ofDays(14)).ownedBy(Owner.me())).build().block(BlockKind.TIMELINE).orElseThrow().text();
    assertTrue(many.contains("within 14 days") || many.contains("within 2 weeks") || many.contains("within two weeks"), many);
  }

  @Test
  void aNameWithATitleIsGreetedWithTheSurname() {
    for (String name : List.of("Mrs Patel", "Dr. Okafor", "mr jones")) {
      String greeting = US.compose().customer(name).acknowledge(Emotion.NEUTRAL).action("I’ve updated your address")
          .build().block(BlockKind.GREETING).orElseThrow().text();
      assertTrue(greeting.matches("\\w+ (Mrs Patel|Dr\\. Okafor|Mr Jones),"), greeting);
    }
    String plain = US.compose().customer("Dana Whitaker").acknowledge(Emotion.NEUTRAL).action("I’ve updated your address")
        .build().block(BlockKind.GREETING).orElseThrow().text();
    assertTrue(plain.endsWith(" Dana,"), plain);
  }

  @Test
  void anInstructionIsNeitherFramedAsAFindingNorCapitalisedAfterALead() {
    for (int c = 0; c < 80; c++) {
      String action = US.compose().conversation("show-" + c, c % 3).acknowledge(Emotion.PRESSED_FOR_TIME, "your train")
          .action("Show the QR code I just texted you at the gate").build().blocks(BlockKind.ACTION).get(0).text();
      assertFalse(action.matches("(?s).*(Here’s what I found|Worth knowing|To explain).*"), action);
      assertFalse(action.matches("(?s).*[,:] Show.*"), action);
    }
  }
}
