package dev.empathy.channels;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.channel.Channels;
import dev.empathy.channel.Rendered;
import dev.empathy.compose.Reply;
import dev.empathy.compose.Timeline;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A timeline shortened to its deadline keeps the day of a moment on another day: "by 4 PM" on the
 * Monday for Friday at 4 PM is a promise the team cannot keep.
 */
class BriefTimelineDayTest {
  private static final Clock MONDAY = Clock.fixed(Instant.parse("2026-12-07T15:00:00Z"), ZoneOffset.UTC);

  private static Reply reply(String tag, Timeline timeline) {
    Empathy e = Empathy.builder().locale(Locale.forLanguageTag(tag)).clock(MONDAY).build();
    return e.compose().customer("Alex").acknowledge(Emotion.FRUSTRATED)
        .summary("the wifi drops every ten to fifteen minutes, and restarting it has not helped at all so far")
        .action("pushed a firmware update to your router and lowered the channel width to forty megahertz")
        .action("booked a line test with an engineer, who will call you before arriving")
        .timeline(timeline).followUp("I will check the line again once the test is done").build();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "en-US|December 11|Friday",
      "es|11 de diciembre|viernes",
      "fr|11 décembre|vendredi",
      "de|11. Dezember|Freitag",
      "pt-BR|11 de dezembro|sexta",
  })
  void aMomentOnAnotherDayKeepsItsDayInThePublicPost(String tag, String date, String weekday) {
    Reply r = reply(tag, Timeline.byTime(Instant.parse("2026-12-11T16:00:00Z")));
    Rendered post = Channels.require("social").render(r);
    String publicPost = post.parts().get(0).replaceAll("[\\u00A0\\u202F]", " ");
    assertTrue(publicPost.contains(date) || publicPost.contains(weekday), publicPost);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"en-US|4 PM", "es|16:00", "fr|16 h"})
  void aDurationThatEndsTodayKeepsItsClockTime(String tag, String time) {
    Reply r = reply(tag, Timeline.within(Duration.ofHours(1)));
    Rendered post = Channels.require("social").render(r);
    String publicPost = post.parts().get(0).replaceAll("[\\u00A0\\u202F]", " ");
    assertFalse(publicPost.contains("diciembre") || publicPost.contains("December") || publicPost.contains("décembre"), publicPost);
    assertTrue(publicPost.contains(time), publicPost);
  }
}
