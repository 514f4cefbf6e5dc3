package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.Register;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/**
 * Two consecutive turns never close with the same line, even when the customer's feeling changed
 * between them: "I’m around if you need anything else." after an anxious turn and again after the
 * neutral one reads as a template (a sweep of 60 five-turn conversations with a feeling drawn per
 * turn had 13 such pairs in 240). SixTurnConversationProperties keeps one feeling's six turns apart.
 * A reply without a conversation id is no conversation (its seed comes from its content, the
 * feeling included), and an id of control characters alone is none either, so the ids drawn here
 * are letters.
 */
class ClosingWhenTheFeelingChangesProperties {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T16:00:00Z"), ZoneOffset.UTC);
  private static final Map<String, Empathy> INSTANCES = new ConcurrentHashMap<>();

  private static Empathy empathy(String tag, Register register) {
    return INSTANCES.computeIfAbsent(tag + "/" + register,
        k -> Empathy.builder().locale(Locale.forLanguageTag(tag)).register(register).clock(CLOCK).build());
  }

  @Provide
  Arbitrary<String> tags() {
    return Arbitraries.of("en-US", "en-GB", "es", "fr", "de", "pt-BR", "ja");
  }

  @Provide
  Arbitrary<String> situations() {
    return Arbitraries.of("", "your order", "the double charge", "the app", "your refund", "the engineer visit");
  }

  private static String closing(Empathy e, String conversation, int turn, Emotion felt, String situation) {
    Composer c = e.compose().conversation(conversation, turn).customer("Priya");
    c = situation.isEmpty() ? c.acknowledge(felt) : c.acknowledge(felt, situation);
    return c.action("I’ve checked it with the billing team").build().block(BlockKind.CLOSING).orElseThrow().text();
  }

  @Property(tries = 400)
  void theTurnAfterClosesDifferentlyWhateverEachFelt(
      @ForAll("tags") String tag,
      @ForAll Register register,
      @ForAll @AlphaChars @StringLength(min = 1, max = 12) String conversation,
      @ForAll @IntRange(min = 0, max = 8) int turn,
      @ForAll Emotion before,
      @ForAll Emotion after,
      @ForAll("situations") String situation) {
    Empathy e = empathy(tag, register);
    String first = closing(e, conversation, turn, before, situation);
    String second = closing(e, conversation, turn + 1, after, situation);
    assertNotEquals(first, second, () -> tag + " " + register + " turn " + turn + " " + before + " then " + after
        + " closes twice with: " + first);
  }

  @Example
  void anAnxiousTurnThenADisappointedOneCloseApart() {
    // A probe's sweep: conversation "sweep-29", anxious at turn 1 and disappointed at turn 2 (about
    // "the app"), closed both turns with "We’re here whenever you need us." before the halves.
    Empathy e = empathy("en-US", Register.FORMAL);
    for (int turn = 0; turn < 6; turn++) {
      for (Emotion a : Emotion.values()) {
        for (Emotion b : Emotion.values()) {
          String first = closing(e, "sweep-29", turn, a, "the app");
          String second = closing(e, "sweep-29", turn + 1, b, "the app");
          assertNotEquals(first, second, a + " then " + b + " at turn " + turn);
        }
      }
    }
  }
}
