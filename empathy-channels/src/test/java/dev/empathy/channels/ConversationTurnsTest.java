package dev.empathy.channels;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.channel.Channels;
import dev.empathy.channel.RenderOptions;
import dev.empathy.compose.Reply;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A conversation's later turns continue it: an SMS thread or a call greets the customer once
 * ("Hello Priya." on every text of a thread reads as a bot), and an SMS thread is signed once.
 */
class ConversationTurnsTest {
  private static final Empathy EMPATHY =
      Empathy.builder().locale(Locale.US).clock(Clock.fixed(Replies.NOW, ZoneOffset.UTC)).build();

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"sms,sms", "voice,script", "voice,ssml", "chat,web"})
  void aLaterTurnHasNoGreetingAndNoSignature(String channel, String flavor) {
    for (int c = 0; c < 6; c++) {
      for (Emotion emotion : new Emotion[] {Emotion.FRUSTRATED, Emotion.CONFUSED, Emotion.NEUTRAL}) {
        Reply first = EMPATHY.compose().conversation("turns-" + c, 0).customer("Priya")
            .acknowledge(emotion, "the double charge").action("I’ve refunded the second charge").build();
        Reply later = EMPATHY.compose().conversation("turns-" + c, 1 + c % 2).customer("Priya")
            .acknowledge(emotion, "the double charge").action("I’ve checked with billing").build();
        RenderOptions options = RenderOptions.builder().flavor(flavor).build();
        String opening = Channels.require(channel).render(first, options).text();
        String next = Channels.require(channel).render(later, options).text();
        assertTrue(opening.contains("Priya"), () -> "the first turn greets the customer: " + opening);
        assertFalse(next.contains("Priya"), () -> "a later turn greets the customer again: " + next);
        if (channel.equals("chat")) {
          for (String clerk : new String[] {"Of course.", "Got it.", "Sure.", "Absolutely.", "Okay"}) {
            assertFalse(next.contains(clerk), () -> "a later turn opens with a clerk's affirmation: " + next);
          }
        }
        if (channel.equals("sms")) {
          assertTrue(opening.contains("Support Team"), opening);
          assertFalse(next.contains("Support Team"), () -> "a later text is signed again: " + next);
        }
      }
    }
  }
}
