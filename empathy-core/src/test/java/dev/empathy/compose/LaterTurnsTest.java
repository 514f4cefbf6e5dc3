package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A later turn of a conversation has acknowledged the customer's feeling already: it says where
 * things stand, and never apologizes a second time for the same thing ("I’m sorry about the double
 * charge" on turn 0, then "I’d be fed up with the double charge too…" on turn 1 read as a bot that
 * forgot the conversation).
 */
class LaterTurnsTest {
  private static final Pattern APOLOGY = Pattern.compile("(?i)\\b(sorry|apologi[sz]e|excuse|let you down|shouldn.t have had to)");

  private static Empathy empathy(String tag) {
    return Empathy.builder().locale(Locale.forLanguageTag(tag))
        .clock(Clock.fixed(Instant.parse("2026-12-02T15:00:00Z"), ZoneOffset.UTC)).build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"en-US", "en-GB"})
  void aLaterTurnNeverApologizesAgain(String tag) {
    Empathy e = empathy(tag);
    int apologiesFirst = 0;
    for (Emotion emotion : new Emotion[] {Emotion.FRUSTRATED, Emotion.ANGRY, Emotion.DISAPPOINTED, Emotion.SAD}) {
      for (int c = 0; c < 10; c++) {
        for (boolean named : new boolean[] {true, false}) {
          Composer first = e.compose().conversation("conv-" + c, 0).customer("Priya");
          Composer later = e.compose().conversation("conv-" + c, 1 + c % 3).customer("Priya");
          Reply r0 = (named ? first.acknowledge(emotion, "the double charge") : first.acknowledge(emotion))
              .action("I’ve refunded the second charge").build();
          Reply r1 = (named ? later.acknowledge(emotion, "the double charge") : later.acknowledge(emotion))
              .action("I’ve checked with billing").build();
          String ack0 = r0.block(BlockKind.ACKNOWLEDGEMENT).orElseThrow().text();
          String ack1 = r1.block(BlockKind.ACKNOWLEDGEMENT).orElseThrow().text();
          apologiesFirst += APOLOGY.matcher(ack0).find() ? 1 : 0;
          assertFalse(APOLOGY.matcher(ack1).find(), () -> emotion + " turn " + r1 + ": apologizes again: " + ack1);
          if (named) {
            assertTrue(ack1.contains("double charge"), () -> "a later turn still names the situation: " + ack1);
          }
        }
      }
    }
    assertNotEquals(0, apologiesFirst, "no first turn apologized: nothing was checked");
  }

  @ParameterizedTest
  @EnumSource(value = Emotion.class)
  void consecutiveLaterTurnsDoNotRepeatTheirAcknowledgement(Emotion emotion) {
    Empathy e = empathy("en-US");
    for (int c = 0; c < 6; c++) {
      String previous = null;
      for (int turn = 1; turn <= 4; turn++) {
        String ack = e.compose().conversation("rep-" + c, turn).customer("Jo").acknowledge(emotion, "the setup of your router")
            .action("plug the grey cable into the WAN port").build().block(BlockKind.ACKNOWLEDGEMENT).orElseThrow().text();
        String before = previous;
        assertNotEquals(before, ack, () -> emotion + ": turn repeats the acknowledgement of the turn before: " + ack);
        previous = ack;
      }
    }
  }
}
