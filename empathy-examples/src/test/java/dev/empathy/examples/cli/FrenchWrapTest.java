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
  private static final Pattern MARK_FIRST = Pattern.compile("^[:;!?»]");
  private static final Pattern ENDS_IN_TIME = Pattern.compile("(?:\\d|\\bh)$");
  private static final Pattern STARTS_IN_TIME = Pattern.compile("^(?:h\\b|\\d)");

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
        java.util.List<String> lines = Terminal.wrap(paragraph, width);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i);
          int w = width;
          assertFalse(MARK_FIRST.matcher(line).find(), () -> "width " + w + ": a line starts with \"" + line + "\"");
          if (i > 0) {
            String before = lines.get(i - 1);
            assertFalse(ENDS_IN_TIME.matcher(before).find() && STARTS_IN_TIME.matcher(line).find(),
                () -> "width " + w + ": a clock time split across \"" + before + "\" / \"" + line + "\"");
          }
        }
      }
    }
  }
}
