package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A reply signed by a named agent closes in the agent's own voice (reply-en, session 14: "We’re
 * here whenever you need us." above "Priya").
 */
class SignedReplyClosingTest {
  private static final Empathy US = Empathy.builder().locale(Locale.US).build();
  private static final Pattern TEAM = Pattern.compile("\\b(we|we’re|we’ll|we’ve|us|our)\\b", Pattern.CASE_INSENSITIVE);

  @Test
  void aNamedAgentNeverClosesAsTheTeam() {
    boolean teamWithoutAgent = false;
    for (int c = 0; c < 60; c++) {
      for (Emotion e : new Emotion[] {Emotion.FRUSTRATED, Emotion.ANGRY, Emotion.ANXIOUS, Emotion.NEUTRAL}) {
        Reply signed = US.compose().conversation("signed-" + c, c % 3).customer("Bella").acknowledge(e, "the outage")
            .action("credited 3 days").agent("Priya").build();
        String closing = signed.block(BlockKind.CLOSING).orElseThrow().text();
        assertFalse(TEAM.matcher(closing).find(), closing);
        Reply team = US.compose().conversation("signed-" + c, c % 3).customer("Bella").acknowledge(e, "the outage")
            .action("credited 3 days").build();
        teamWithoutAgent |= TEAM.matcher(team.block(BlockKind.CLOSING).orElseThrow().text()).find();
      }
    }
    // the team's closings are still said when the team signs
    assertTrue(teamWithoutAgent);
  }
}
