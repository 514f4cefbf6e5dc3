package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's three customers side by side (grateful, angry, confused) true: each block is
 * what the library composes for the input the README describes, without a conversation id.
 */
class ReadmeSideBySideTest {
  private static final Empathy US = Empathy.builder().locale(Locale.US)
      .clock(Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC)).build();

  @Test
  void theThreeCustomersAreWhatTheLibraryComposes() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int from = readme.indexOf("Three customers, same library");
    assertTrue(from >= 0, "README.md lost its side-by-side of three customers");
    List<Reply> replies = List.of(
        US.compose().customer("Sam Ortiz").acknowledge(Emotion.GRATEFUL, "the early delivery")
            .summary("the courier left your parcel with a neighbor before the party")
            .action("I’ve passed your note on to the courier team").build(),
        US.compose().customer("Lee Park").acknowledge(Emotion.ANGRY, "the three missed deliveries")
            .summary("nobody turned up on Monday, Tuesday or Wednesday")
            .action("I’ve refunded the delivery fee").action("booked a named driver for tomorrow morning")
            .followUp("I’ll text you when the driver sets off").build(),
        US.compose().customer("Ana").acknowledge(Emotion.CONFUSED, "the two prices on your invoice")
            .action("The first price is the monthly plan; the second is the one-off setup fee")
            .followUp("Let me know if anything still looks off").build());
    int at = from;
    for (Reply r : replies) {
      int start = readme.indexOf("```text\n", at) + "```text\n".length();
      int end = readme.indexOf("\n```", start);
      assertEquals(r.toPlainText(), readme.substring(start, end), "README.md's side-by-side is stale");
      at = end + 4;
    }
  }
}
