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
 * A seam word steers the choice of variant ("about the email about my refund" is avoided), but it
 * never makes a conversation repeat itself: when only one fitting variant avoids the seam, it
 * alternates with the others from turn to turn.
 */
class SeamRotationTest {
  @Test
  void consecutiveTurnsVaryWhenOnlyOneVariantAvoidsTheSeam() {
    BrandVoice voice = BrandVoice.builder()
        .phrase("ack.disappointed",
            "I’m sorry about {situation}.",
            "I’m so sorry to hear about {situation}.",
            "That’s not good enough: {situation}, and I’m sorry.")
        .build();
    Phrasebook book = Phrasebook.load(Locale.ENGLISH, Register.FORMAL, voice);
    Map<String, String> args = Map.of("situation", "the email about your refund that never came");
    int seed = Phrasebook.seed("T-4471");
    Set<String> seen = new HashSet<>();
    String previous = null;
    int avoiding = 0;
    for (int turn = 0; turn < 40; turn++) {
      String text = book.format("ack.disappointed", Fit.of(Emotion.DISAPPOINTED), seed, turn, args);
      assertNotEquals(previous, text, "turn " + turn + " repeats turn " + (turn - 1));
      avoiding += text.contains("about the email about") ? 0 : 1;
      seen.add(text);
      previous = text;
    }
    assertTrue(seen.size() >= 2, () -> "only " + seen);
    int avoided = avoiding;
    // the variant that avoids the seam is still preferred: every other turn at least
    assertTrue(avoided >= 20, () -> avoided + " of 40 avoid 'about … about'");
  }
}
