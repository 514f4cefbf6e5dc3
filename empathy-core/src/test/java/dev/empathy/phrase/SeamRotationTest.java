package dev.empathy.phrase;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Register;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A seam word steers the choice of variant ("com o presente que chegou com defeito" avoids the
 * variants that put "com" before it), but it never makes a conversation repeat itself: when only
 * one fitting variant avoids the seam, it alternates with the others from turn to turn.
 */
class SeamRotationTest {
  private static final Map<String, String> SITUATION = Map.of("situation", "o presente que chegou com defeito");

  @Test
  void consecutiveTurnsVaryWhenOnlyOneVariantAvoidsTheSeam() {
    Phrasebook book = Phrasebook.load(Locale.forLanguageTag("pt-BR"), Register.FORMAL, BrandVoice.none());
    int seed = Phrasebook.seed("T-4471");
    Fit fit = Fit.of(Emotion.DISAPPOINTED);
    Set<String> seen = new HashSet<>();
    String previous = null;
    int withoutDoubledCom = 0;
    for (int turn = 0; turn < 40; turn++) {
      String text = book.format("ack.disappointed", fit, seed, turn, SITUATION);
      assertNotEquals(previous, text, "turn " + turn + " repeats turn " + (turn - 1));
      if (!text.contains("com o presente")) {
        withoutDoubledCom++;
      }
      seen.add(text);
      previous = text;
    }
    assertTrue(seen.size() >= 2, () -> "only " + seen);
    // the variant that avoids the seam is still preferred: every other turn at least
    int avoiding = withoutDoubledCom;
    assertTrue(avoiding >= 20, () -> avoiding + " of 40 avoid 'com … com'");
  }
}
