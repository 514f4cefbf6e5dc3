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
}
