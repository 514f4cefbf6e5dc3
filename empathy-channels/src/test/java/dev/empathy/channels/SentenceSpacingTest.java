package dev.empathy.channels;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every channel joins sentences the way the reply's language does: Japanese puts no space. */
class SentenceSpacingTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC);

  @ParameterizedTest
  @CsvSource({"chat, web", "chat, slack", "social, x", "social, facebook", "sms, sms", "email, html", "plain, text"})
  void japaneseSentencesAreNotSpaced(String channel, String flavor) {
    Empathy ja = Empathy.builder().locale(Locale.JAPANESE).clock(CLOCK).build();
    Reply reply = ja.compose().conversation("c", 0).customer("田中").acknowledge(Emotion.FRUSTRATED, "二重請求")
        .boundary().summary("同じ注文で2回請求された").confirm("注文番号4471")
        .action("2回目の請求を返金しました").action("明細を再発行しました").timeline(Timeline.businessDays(3)).build();
    Rendered r = Channels.require(channel).render(reply, RenderOptions.builder().flavor(flavor).build());
    for (String part : r.parts()) {
      assertFalse(part.contains("。 "), channel + "/" + flavor + ": " + part);
    }
    assertTrue(r.text().contains("。"), r.text());
  }

  @ParameterizedTest
  @CsvSource({"chat, web", "social, x", "sms, sms"})
  void englishSentencesAreSpaced(String channel, String flavor) {
    Empathy en = Empathy.builder().locale(Locale.US).clock(CLOCK).build();
    Reply reply = en.compose().conversation("c", 0).customer("Dana").acknowledge(Emotion.FRUSTRATED, "the double charge")
        .action("I refunded the second charge").timeline(Timeline.businessDays(3)).build();
    Rendered r = Channels.require(channel).render(reply, RenderOptions.builder().flavor(flavor).build());
    assertFalse(r.text().matches("(?s).*[.!?][A-Z].*"), "sentences run together: " + r.text());
  }
}
