package dev.empathy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.compose.Reply;
import dev.empathy.compose.Timeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's quick start true: the reply it prints is the reply the library composes for
 * the code it shows (on a Wednesday, 2026-11-25, the date its "Monday, November 30" implies).
 */
class ReadmeQuickStartTest {

  @Test
  void theQuickStartPrintsWhatTheLibraryComposes() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String code = block(readme, "```java\nimport dev.empathy.Emotion;");
    assertTrue(code.contains("Empathy empathy = Empathy.builder().locale(Locale.US).build();"), code);
    assertTrue(code.contains(".acknowledge(Emotion.FRUSTRATED, \"the double charge on your card\")"), code);
    assertTrue(code.contains(".followUp(\"I’ll email you as soon as the refund lands\")"), code);

    Empathy empathy = Empathy.builder().locale(Locale.US)
        .clock(Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC)).build();
    Reply reply = empathy.compose()
        .conversation("ticket-8812", 0)
        .customer("Dana Whitaker")
        .acknowledge(Emotion.FRUSTRATED, "the double charge on your card")
        .summary("you were charged twice for order 4471")
        .action("I’ve refunded the second charge of $42")
        .timeline(Timeline.businessDays(3))
        .followUp("I’ll email you as soon as the refund lands")
        .build();

    String printed = block(readme.substring(readme.indexOf(code)), "```text\n");
    assertEquals(reply.toPlainText(), printed.strip(), "README.md's quick-start output is stale");
  }

  /** The fenced block that starts with {@code opening}, without its fences. */
  private static String block(String text, String opening) {
    int start = text.indexOf(opening);
    assertTrue(start >= 0, "README.md has no block starting " + opening);
    int body = text.indexOf('\n', start) + 1;
    return text.substring(body, text.indexOf("\n```", body) + 1);
  }
}
