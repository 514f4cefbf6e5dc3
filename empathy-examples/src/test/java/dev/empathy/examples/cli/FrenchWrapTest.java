package dev.empathy.examples.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.compose.Reply;
import dev.empathy.compose.Timeline;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The demo wraps a French reply where French typography allows a break, never inside "18 h 40"
 * nor before ":" or "?": demo ticket T-1011 used to show "… le prochain vol, à 18 h" / "40.".
 */
class FrenchWrapTest {
  private static final Pattern BAD_LINE_START = Pattern.compile("^(?:\\d{2}\\b|h\\b|[:;!?»])");

  @Test
  void noLineStartsInsideAClockTimeOrWithAMark() {
    Empathy fr = Empathy.builder().locale(Locale.FRANCE)
        .clock(Clock.fixed(Instant.parse("2026-11-25T14:00:00Z"), ZoneOffset.UTC)).build();
    Reply reply = fr.compose().conversation("T-1011", 0).customer("Camille")
        .acknowledge(Emotion.ANGRY, "l'annulation de votre vol sans préavis")
        .summary("votre vol a été annulé sans que vous soyez prévenue : vous êtes à l'aéroport avec vos enfants")
        .action("je vous ai réservé des places sur le prochain vol, à 18 h 40")
        .timeline(Timeline.within(Duration.ofHours(1)))
        .followUp("je vous enverrai les cartes d'embarquement par e-mail ; gardez-les sur votre téléphone")
        .build();
    for (int width = 12; width <= 100; width++) {
      for (String paragraph : reply.toPlainText().split("\n")) {
        for (String line : Terminal.wrap(paragraph, width)) {
          int w = width;
          assertFalse(BAD_LINE_START.matcher(line).find(), () -> "width " + w + ": a line starts with \"" + line + "\"");
        }
      }
    }
  }
}
