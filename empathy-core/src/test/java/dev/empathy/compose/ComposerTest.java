package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ComposerTest {
  /** Wednesday 25 November 2026, 15:00 UTC. */
  private static final Clock WEDNESDAY = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC);

  private final Empathy us = Empathy.builder().locale(Locale.US).clock(WEDNESDAY).build();

  private Reply typical(Empathy e, String conversation, int turn) {
    return e.compose()
        .conversation(conversation, turn)
        .customer("Dana Whitaker")
        .acknowledge(Emotion.FRUSTRATED, "the double charge on your card")
        .summary("You were charged twice for order 4471.")
        .action("I’ve refunded the second charge of $42")
        .action("flag your account for review")
        .action("email you a receipt")
        .timeline(Timeline.businessDays(3))
        .followUp("I’ll email you as soon as the refund lands.")
        .build();
  }

  @Test
  void blocksComeInReadingOrderWithTheirFacts() {
    Reply r = typical(us, "c-1", 0);
    assertEquals(
        List.of(BlockKind.GREETING, BlockKind.ACKNOWLEDGEMENT, BlockKind.SUMMARY, BlockKind.ACTION,
            BlockKind.ACTION, BlockKind.TIMELINE, BlockKind.FOLLOW_UP, BlockKind.CLOSING, BlockKind.SIGN_OFF),
        r.blocks().stream().map(Block::kind).toList());
    Block ack = r.block(BlockKind.ACKNOWLEDGEMENT).orElseThrow();
    assertEquals("frustrated", ack.fact("emotion").orElseThrow());
    assertEquals("the double charge on your card", ack.fact("situation").orElseThrow());
    assertTrue(ack.text().contains("the double charge on your card"), ack.text());
    Block timeline = r.block(BlockKind.TIMELINE).orElseThrow();
    assertEquals("2026-11-30", timeline.fact("deadline").orElseThrow());
    assertEquals("3", timeline.fact("count").orElseThrow());
    assertEquals(List.of("flag your account for review", "email you a receipt"), r.blocks(BlockKind.ACTION).get(1).items());
  }

  @Test
  void greetingUsesTheFirstNameOnly() {
    Block greeting = typical(us, "c-1", 0).block(BlockKind.GREETING).orElseThrow();
    assertTrue(greeting.text().contains("Dana"), greeting.text());
    assertFalse(greeting.text().contains("Whitaker"), greeting.text());
  }

  @Test
  void namesTypedInOneCaseAreGreetedAsWritten() {
    for (String[] c : new String[][] {
        {"josé garcía", "José"}, {"DANA WHITAKER", "Dana"}, {"jean-luc", "Jean-Luc"},
        {"McKenzie", "McKenzie"}, {"deAndre", "deAndre"},
        {"J", "J"}, {"田中 太郎", "田中"}, {"ÉLODIE", "Élodie"}}) {
      String greeting = us.compose().customer(c[0]).acknowledge(Emotion.NEUTRAL).action("x").build()
          .block(BlockKind.GREETING).orElseThrow().text();
      assertTrue(greeting.contains(" " + c[1] + ","), c[0] + " -> " + greeting);
    }
  }

  @Test
  void clausesAreJoinedWithoutDoubledPunctuationOrStrayCapitals() {
    Reply r = typical(us, "c-1", 0);
    String summary = r.block(BlockKind.SUMMARY).orElseThrow().text();
    assertTrue(summary.contains("you were charged twice for order 4471."), summary);
    assertFalse(summary.contains(".."), summary);
    String followUp = r.block(BlockKind.FOLLOW_UP).orElseThrow().text();
    assertTrue(followUp.endsWith("I’ll email you as soon as the refund lands."), followUp);
  }

  @Test
  void furtherActionsAreJoinedWithTheLocaleListFormat() {
    String more = typical(us, "c-1", 0).blocks(BlockKind.ACTION).get(1).text();
    assertTrue(more.toLowerCase(java.util.Locale.ROOT).contains("flag your account for review and email you a receipt"), more);
  }

  @Test
  void sameInputsGiveTheSameReply() {
    assertEquals(typical(us, "c-7", 3).toPlainText(), typical(us, "c-7", 3).toPlainText());
    Empathy again = Empathy.builder().locale(Locale.US).clock(WEDNESDAY).build();
    assertEquals(typical(us, "c-7", 3).toPlainText(), typical(again, "c-7", 3).toPlainText());
  }

  @Test
  void consecutiveTurnsChangeEveryVariedPhrase() {
    Reply a = typical(us, "c-9", 4);
    Reply b = typical(us, "c-9", 5);
    for (BlockKind kind : List.of(BlockKind.ACKNOWLEDGEMENT, BlockKind.SUMMARY, BlockKind.TIMELINE,
        BlockKind.FOLLOW_UP, BlockKind.CLOSING)) {
      assertNotEquals(a.block(kind).orElseThrow().text(), b.block(kind).orElseThrow().text(), kind.label());
    }
  }

  @Test
  void businessDaysSkipTheWeekend() {
    Clock friday = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
    Empathy e = Empathy.builder().clock(friday).build();
    Reply r = e.compose().acknowledge(Emotion.NEUTRAL).action("check it")
        .timeline(Timeline.businessDays(1)).build();
    Block t = r.block(BlockKind.TIMELINE).orElseThrow();
    assertEquals("2026-11-30", t.fact("deadline").orElseThrow());
    assertTrue(t.text().contains("one business day,"), t.text());
    assertTrue(t.text().contains("Monday, November 30"), t.text());
    assertEquals(LocalDate.of(2026, 12, 7), TimelineText.addBusinessDays(LocalDate.of(2026, 11, 27), 6));
  }

  @Test
  void timelinesUsePluralsDatesAndRelativeWords() {
    assertTimeline(us, Timeline.businessDays(3), "three business days", "Monday, November 30");
    assertTimeline(us, Timeline.within(Duration.ofDays(1)), "within a day", "by tomorrow");
    assertTimeline(us, Timeline.within(Duration.ofHours(2)), "2 hours", "by 5\u202fPM");
    assertTimeline(us, Timeline.within(Duration.ofMinutes(90)), "1.5 hours", "by 4:30");
    assertTimeline(us, Timeline.within(Duration.ofDays(14)), "two weeks", "Wednesday, December 9");
    assertTimeline(us, Timeline.by(LocalDate.of(2027, 1, 4)), "by Monday, January 4, 2027", "2027");
    Empathy gb = Empathy.builder().locale(Locale.UK).clock(WEDNESDAY).build();
    assertTimeline(gb, Timeline.businessDays(3), "three working days", "Monday 30 November");
    assertTimeline(gb, Timeline.within(Duration.ofHours(2)), "2 hours", "by 17:00");
  }

  @Test
  void deadlinesFollowTheClockZone() {
    Clock tokyoLate = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneId.of("Asia/Tokyo"));
    Empathy e = Empathy.builder().clock(tokyoLate).build();
    Reply r = e.compose().acknowledge(Emotion.NEUTRAL).action("a").timeline(Timeline.within(Duration.ofDays(1))).build();
    // 00:00 on Thursday in Tokyo: one day later is Friday the 27th.
    assertEquals("2026-11-27", r.block(BlockKind.TIMELINE).orElseThrow().fact("deadline").orElseThrow());
  }

  @Test
  void namedOwnersReadNaturally() {
    Reply r = us.compose().acknowledge(Emotion.NEUTRAL).action("a")
        .timeline(Timeline.businessDays(2).ownedBy(Owner.parse("the billing team"))).build();
    String text = r.block(BlockKind.TIMELINE).orElseThrow().text();
    assertTrue(text.contains("our billing team") || text.contains("Our billing team"), text);
    assertEquals("billing team", r.block(BlockKind.TIMELINE).orElseThrow().fact("owner").orElseThrow());
  }

  @Test
  void actionSlotIsMarkedAndWarned() {
    Reply r = us.compose().acknowledge(Emotion.ANGRY).actionSlot().build();
    Block slot = r.block(BlockKind.ACTION).orElseThrow();
    assertTrue(slot.text().startsWith("[") && slot.text().endsWith("]"), slot.text());
    assertEquals("slot", slot.fact("position").orElseThrow());
    assertEquals(1, r.warnings().size());
  }

  @Test
  void plainTextGroupsBlocksIntoShortParagraphs() {
    String text = typical(us, "c-1", 0).toPlainText();
    String[] paragraphs = text.split("\n\n");
    // Greeting; feeling and understanding; what is done and what happens next; closing; sign-off.
    assertEquals(5, paragraphs.length, text);
    assertTrue(paragraphs[0].startsWith("H") && paragraphs[0].endsWith("Dana,"), paragraphs[0]);
    Reply r = typical(us, "c-1", 0);
    assertTrue(paragraphs[2].contains(r.block(BlockKind.ACTION).orElseThrow().text())
        && paragraphs[2].contains(r.block(BlockKind.TIMELINE).orElseThrow().text()), paragraphs[2]);
    assertTrue(paragraphs[4].endsWith("The Support Team"), paragraphs[4]);
  }

  private static void assertTimeline(Empathy e, Timeline t, String... fragments) {
    Reply r = e.compose().acknowledge(Emotion.NEUTRAL).action("check it").timeline(t).build();
    String text = r.block(BlockKind.TIMELINE).orElseThrow().text();
    for (String f : fragments) {
      assertTrue(text.contains(f), () -> "expected \"" + f + "\" in: " + text);
    }
  }
}
