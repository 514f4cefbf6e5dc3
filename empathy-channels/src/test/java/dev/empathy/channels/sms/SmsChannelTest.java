package dev.empathy.channels.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.channel.Channels;
import dev.empathy.channel.RenderOptions;
import dev.empathy.channel.Rendered;
import dev.empathy.compose.Reply;
import dev.empathy.compose.Timeline;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SmsChannelTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC);

  @Test
  void japaneseSentencesAreJoinedWithoutSpaces() {
    Empathy ja = Empathy.builder().locale(Locale.JAPANESE).clock(CLOCK).build();
    Reply reply = ja.compose().customer("田中").acknowledge(Emotion.FRUSTRATED, "二重請求")
        .action("2回目の請求を返金しました").timeline(Timeline.businessDays(3)).build();
    Rendered r = Channels.require("sms").render(reply);
    assertFalse(r.text().contains("。 "), r.text());
    assertTrue(r.text().contains("。"), r.text());
  }

  @Test
  void anAgentsCurlyApostropheDoesNotCostTheTimeline() {
    Empathy us = Empathy.builder().locale(Locale.US).clock(CLOCK).build();
    Reply reply = us.compose().customer("Dana").acknowledge(Emotion.FRUSTRATED, "the double charge")
        .action("I’ve refunded the second charge of $42").timeline(Timeline.businessDays(3))
        .followUp("I’ll text you when it lands").build();
    Rendered byDefault = Channels.require("sms").render(reply);
    assertEquals("GSM-7", byDefault.field("encoding").orElseThrow());
    assertTrue(byDefault.text().contains("I've refunded"), byDefault.text());
    assertTrue(byDefault.text().matches("(?s).*(3|three) business days.*"), "the timeline fits: " + byDefault.text());

    Rendered phrasesOnly = Channels.require("sms").render(reply, RenderOptions.builder().option("sms.smartEncoding", "phrases").build());
    assertEquals("UCS-2", phrasesOnly.field("encoding").orElseThrow());
    assertTrue(phrasesOnly.text().contains("I’ve refunded"), phrasesOnly.text());
  }

  /**
   * A message fitted to its segments may swap a block for its short form; a short form with a
   * typographic character the full text lacks (a grateful acknowledgement's "— it made our day")
   * is re-encoded too, so it neither forces UCS-2 nor gets dropped to make room. Forty
   * conversations of four turns reach every grateful variant.
   */
  @Test
  void aShortFormsTypographyIsReencodedToo() {
    Empathy us = Empathy.builder().locale(Locale.US).clock(CLOCK).build();
    String action = "I've checked the order and the note you left for the courier, and it's all in hand now";
    boolean dashShortForm = false;
    for (int conversation = 0; conversation < 40; conversation++) {
      for (int turn = 0; turn < 4; turn++) {
        Reply reply = us.compose().conversation("c" + conversation, turn).customer("Dana")
            .acknowledge(Emotion.GRATEFUL, "the help with the parcel")
            .summary("you'd like the parcel left at the back door").action(action)
            .timeline(Timeline.businessDays(3)).followUp("I'll text you once the courier confirms the new spot").build();
        Rendered r = Channels.require("sms").render(reply, RenderOptions.builder().maxParts(2).build());
        assertEquals("GSM-7", r.field("encoding").orElseThrow(), r.text());
        assertTrue(r.text().chars().allMatch(c -> c < 0x80), r.text());
        dashShortForm |= !reply.toPlainText().contains("\u2014") && r.text().contains(" - ");
      }
    }
    assertTrue(dashShortForm, "the acknowledgement's short form with a dash was never kept (re-encoded) in a fitted message");
  }

}
