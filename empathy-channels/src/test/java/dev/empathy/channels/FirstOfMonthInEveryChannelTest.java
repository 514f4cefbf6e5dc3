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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A deadline on the first of a month keeps its ordinal in every channel, the phone script included. */
class FirstOfMonthInEveryChannelTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"fr | 1er décembre | ' 1 décembre'", "pt-BR | 1º de dezembro | ' 1 de dezembro'"})
  void theOrdinalSurvivesEveryChannel(String tag, String ordinal, String cardinal) {
    Empathy empathy = Empathy.builder().locale(tag)
        .clock(Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC)).build();
    Reply reply = empathy.compose().conversation("first-of-month", 0)
        .acknowledge(Emotion.ANXIOUS)
        .action("x")
        .timeline(Timeline.by(LocalDate.parse("2026-12-01")))
        .build();
    List<String> outputs = new ArrayList<>();
    for (String id : Channels.ids()) {
      Rendered r = Channels.require(id).render(reply);
      outputs.add(id + ": " + r.text());
      r.field("ssml").ifPresent(s -> outputs.add(id + " ssml: " + s));
      r.field("script").ifPresent(s -> outputs.add(id + " script: " + s));
    }
    assertTrue(reply.toPlainText().contains(ordinal), reply.toPlainText());
    for (String out : outputs) {
      if (out.contains("décembre") || out.contains("dezembro")) {
        assertTrue(out.contains(ordinal), out);
      }
      assertFalse(out.contains(cardinal), out);
    }
    assertTrue(outputs.stream().anyMatch(o -> o.startsWith("voice") && o.contains(ordinal)), () -> String.join("\n", outputs));
  }
}
