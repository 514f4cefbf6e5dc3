package dev.empathy.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.empathy.Emotion;
import dev.empathy.benchmarks.GoEmotionsEvaluation.Comment;
import dev.empathy.benchmarks.GoEmotionsEvaluation.Figures;
import dev.empathy.benchmarks.GoEmotionsEvaluation.Polarity;
import dev.empathy.benchmarks.GoEmotionsEvaluation.Verdict;
import dev.empathy.signal.EscalationLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluation's arithmetic on a handful of made-up comments (no test reads the real data). */
class GoEmotionsEvaluationTest {

  private static final List<Comment> COMMENTS =
      List.of(
          new Comment("a", "anger"),
          new Comment("b", "anger"),
          new Comment("c", "annoyance"),
          new Comment("d", "joy"),
          new Comment("e", "admiration"),
          new Comment("f", "curiosity"));

  private static final List<Verdict> VERDICTS =
      List.of(
          new Verdict(Emotion.ANGRY, EscalationLevel.HIGH),
          new Verdict(Emotion.NEUTRAL, EscalationLevel.NONE),
          new Verdict(Emotion.ANGRY, EscalationLevel.LOW),
          new Verdict(Emotion.ANGRY, EscalationLevel.MEDIUM),
          new Verdict(Emotion.GRATEFUL, EscalationLevel.NONE),
          new Verdict(Emotion.NEUTRAL, EscalationLevel.NONE));

  @Test
  void aCommentAboutJoyReadAsAngryIsAFalsePositiveAndAFalseAlarm() {
    Figures f = GoEmotionsEvaluation.score(COMMENTS, VERDICTS);
    double[] angry = f.perLabel().get(Emotion.ANGRY);
    assertEquals(1.0 / 3, angry[0], 1e-9); // one of three "angry" verdicts is an anger comment
    assertEquals(0.5, angry[1], 1e-9); // one of two anger comments found
    assertEquals(0.4, angry[2], 1e-9);
    assertEquals(0.0, f.perLabel().get(Emotion.FRUSTRATED)[2], 1e-9);
    assertEquals(1.0 / 3, f.falseAlarmRate(), 1e-9); // joy escalated; admiration and curiosity not
    assertEquals(0.5, f.angerEscalationRate(), 1e-9);
  }

  @Test
  void polarityGroupsTheLabelsAndCountsNegativesReadAsNeutral() {
    Figures f = GoEmotionsEvaluation.score(COMMENTS, VERDICTS);
    assertEquals(1.0 / 3, f.negativeReadAsNeutral(), 1e-9); // the second anger comment
    double[] negative = f.perPolarity().get(Polarity.NEGATIVE);
    assertEquals(2.0 / 3, negative[0], 1e-9); // joy read as angry
    assertEquals(2.0 / 3, negative[1], 1e-9);
    double[] positive = f.perPolarity().get(Polarity.POSITIVE);
    assertEquals(1.0, positive[0], 1e-9);
    assertEquals(0.5, positive[1], 1e-9);
    assertEquals(Polarity.NEUTRAL, GoEmotionsEvaluation.polarityOf("curiosity"));
    assertEquals(Polarity.NEUTRAL, GoEmotionsEvaluation.polarityOf(Emotion.CONFUSED));
  }

  @Test
  void falseAlarmsAreCountedBySignalKindOnCalmCommentsOnly() {
    List<Verdict> verdicts =
        List.of(
            new Verdict(Emotion.ANGRY, EscalationLevel.HIGH, java.util.Set.of(dev.empathy.signal.SignalKind.LEGAL_THREAT)),
            new Verdict(Emotion.NEUTRAL, EscalationLevel.NONE),
            new Verdict(Emotion.ANGRY, EscalationLevel.LOW),
            new Verdict(Emotion.ANGRY, EscalationLevel.MEDIUM, java.util.Set.of(dev.empathy.signal.SignalKind.PUBLIC_EXPOSURE)),
            new Verdict(Emotion.GRATEFUL, EscalationLevel.LOW, java.util.Set.of(dev.empathy.signal.SignalKind.URGENCY)),
            new Verdict(Emotion.NEUTRAL, EscalationLevel.NONE));
    Figures f = GoEmotionsEvaluation.score(COMMENTS, verdicts);
    // The anger comment's legal threat is no false alarm, nor is the admiration comment's low urgency.
    assertEquals(java.util.Map.of(dev.empathy.signal.SignalKind.PUBLIC_EXPOSURE, 1), f.falseAlarmKinds());
  }

  @Test
  void readsTabSeparatedRowsAfterTheHeaderAndSkipsBlankTexts(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("dev.tsv");
    Files.writeString(file, "text\tlabel\nso annoyed\tannoyance\n \tjoy\nwith\ta tab\tfear\n", StandardCharsets.UTF_8);
    List<Comment> rows = GoEmotionsEvaluation.read(file);
    assertEquals(List.of(new Comment("so annoyed", "annoyance"), new Comment("with\ta tab", "fear")), rows);
  }

  @Test
  void printsPerLabelF1MacroF1AndTheFalseAlarmRate() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    GoEmotionsEvaluation.print("dev", GoEmotionsEvaluation.score(COMMENTS, VERDICTS), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(true, out.contains("angry                  0.333     0.500     0.400        2"), out);
    assertEquals(true, out.contains("false alarms (escalation >= medium on 3 "), out);
    assertEquals(true, out.contains(": 0.333"), out);
  }
}
