package dev.empathy.channels.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.channel.Channels;
import dev.empathy.channel.Rendered;
import dev.empathy.compose.Reply;
import dev.empathy.compose.Timeline;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * An e-mail scans as a support lead writes one: the greeting; what we heard; what is done and when
 * the customer hears next; the closing; the sign-off. Not one paragraph per sentence.
 */
class EmailLayoutTest {
  private static final Empathy US = Empathy.builder().locale(Locale.US)
      .clock(Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC)).build();

  private static Reply doubleCharge(String conversation) {
    return US.compose().conversation(conversation, 0).customer("Dana Whitaker")
        .acknowledge(Emotion.FRUSTRATED, "the double charge on my card")
        .summary("you were charged twice for order 4471")
        .action("Refunded the second charge of $42")
        .timeline(Timeline.businessDays(3))
        .followUp("I'll email you as soon as the refund lands")
        .build();
  }

  @Test
  void aReplyWithASingleActionIsFiveParagraphs() {
    for (String c : List.of("a", "b", "c", "d", "e", "f")) {
      Rendered email = Channels.require("email").render(doubleCharge(c));
      String[] paragraphs = email.text().replaceAll("(?<!\n)\n(?!\n)", " ").split("\n\n"); // lines unwrapped
      assertEquals(5, paragraphs.length, email.text());
      assertTrue(paragraphs[1].contains("order 4471"), paragraphs[1]); // the summary beside the feeling
      assertTrue(paragraphs[2].contains("refunded") && paragraphs[2].contains("Monday")
          && paragraphs[2].contains("refund lands"), paragraphs[2]);
      String html = email.field("html").orElseThrow();
      assertEquals(5, html.split("<p>", -1).length - 1, html);
      assertTrue(html.matches("(?s).*<p>[^<]*refunded[^<]*<strong>[^<]*Monday, November 30\\.</strong> [^<]*refund lands\\.</p>.*"), html);
    }
  }
}
