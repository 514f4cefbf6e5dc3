package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.Register;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An angry customer's situation is what went wrong around a thing, never the thing itself as what
 * cannot be justified: "Il n’y a aucune justification au remboursement" and "Rien ne justifie le
 * remboursement" said that the refund was unjustified (s18 probes, an angry customer still waiting
 * for a refund). Every French angry acknowledgement is read with such a situation.
 */
class FrenchAngryAcknowledgementTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
  private static final Pattern THING_UNJUSTIFIED =
      Pattern.compile("(justifi\\w*|excuse\\w*) (à |au |aux |de |du |des )?(le |la |les |l’|l')?(remboursement|résiliation|service client)");

  @ParameterizedTest
  @ValueSource(strings = {"le remboursement", "la résiliation", "le service client"})
  void theThingIsNeverWhatIsUnjustified(String situation) {
    for (Register register : Register.values()) {
      Empathy e = Empathy.builder().locale(Locale.FRENCH).register(register).clock(CLOCK).build();
      Set<String> acks = new HashSet<>();
      for (int i = 0; i < 60; i++) {
        String text = e.compose().conversation("angry-" + i, 0).customer("Camille").acknowledge(Emotion.ANGRY, situation)
            .action("J’ai relancé le service comptable").build().toPlainText();
        acks.add(text);
        assertFalse(THING_UNJUSTIFIED.matcher(text).find(), text);
      }
      assertTrue(acks.size() >= 4, () -> "too few variants read: " + acks);
    }
  }
}
