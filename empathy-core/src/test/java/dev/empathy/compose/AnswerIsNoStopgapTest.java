package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A customer who merely asks (neutral, confused, grateful) gets the answer as the answer: "In the
 * meantime, go to Settings > Billing" or "For now, tap Add card" frames it as a stopgap while
 * something else happens, which nothing does when the answer is the reply's only step.
 */
class AnswerIsNoStopgapTest {
  private static final Empathy US =
      Empathy.builder().locale(Locale.US).clock(Clock.fixed(Instant.parse("2026-12-02T15:00:00Z"), ZoneOffset.UTC)).build();

  @ParameterizedTest
  @EnumSource(value = Emotion.class, names = {"NEUTRAL", "CONFUSED", "GRATEFUL", "FRUSTRATED"})
  void anInstructionAnsweringAQuestionIsNotFramedAsAStopgap(Emotion emotion) {
    int instructions = 0;
    for (int c = 0; c < 40; c++) {
      Reply r = US.compose().conversation("ask-" + c, 0).customer("Kev").acknowledge(emotion, "the billing address")
          .action("Go to Account > Payment methods and tap Add card").build();
      String action = r.block(BlockKind.ACTION).orElseThrow().text();
      instructions += action.contains("Payment methods") ? 1 : 0;
      assertFalse(action.startsWith("In the meantime") || action.startsWith("For now"),
          () -> emotion + ": the answer is framed as a stopgap: " + action);
    }
    assertNotEquals(0, instructions);
  }
}
