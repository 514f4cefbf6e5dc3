package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Mechanisms for text as customers post it at a brand's account: acronyms, insults that need
 * someone to aim at, denied comparisons, irony, and the level a feeling sets. Each case names the
 * mechanism, not a phrase: the sentences vary the words the lexicon lists.
 */
class TweetReadingTest {
  private static final Analyzer EN = Analyzer.forLocale(Locale.US);

  @Test
  void capitalsIntensifyTheFeelingNotTheThreat() {
    // An acronym is written in capitals anyway: it is the same threat as in lower case.
    Signals upper = EN.analyze("I'm reporting you to the BBB");
    Signals lower = EN.analyze("I'm reporting you to the bbb");
    assertEquals(lower.escalation().level(), upper.escalation().level());
    assertTrue(upper.escalation().level().compareTo(EscalationLevel.CRITICAL) < 0, upper::toString);
    // A name in capitals with no act is no threat and no shouting either.
    Signals named = EN.analyze("Our BBB complaint is still open after a month");
    assertFalse(named.escalation().has(SignalKind.LEGAL_THREAT));
    assertFalse(named.primary() == Emotion.ANGRY, named::toString);
    // A shouted threat is angrier, not more of a threat.
    Signals shouted = EN.analyze("I'm going to CANCEL my account");
    Signals said = EN.analyze("I'm going to cancel my account");
    assertEquals(said.escalation().level(), shouted.escalation().level());
    assertTrue(intensity(shouted, Emotion.ANGRY) > intensity(said, Emotion.ANGRY));
  }

  @Test
  void anInsultNeedsSomeoneToAimAt() {
    assertFalse(EN.analyze("pigs in a blanket are my favourite").escalation().has(SignalKind.ABUSE));
    assertFalse(EN.analyze("I threw the receipt in the trash").escalation().has(SignalKind.ABUSE));
    assertFalse(EN.analyze("the food was trash").escalation().has(SignalKind.ABUSE));
    assertTrue(EN.analyze("you guys are trash").escalation().has(SignalKind.ABUSE));
    assertTrue(EN.analyze("your staff are pigs").escalation().has(SignalKind.ABUSE));
    assertTrue(EN.analyze("a bunch of clowns running this airline").escalation().has(SignalKind.ABUSE));
    // A bin is not a judgement; a judgement is.
    assertEquals(Emotion.NEUTRAL, EN.analyze("I threw the receipt in the trash").primary());
    assertTrue(EN.analyze("the food was trash").primary() != Emotion.NEUTRAL);
  }

  @Test
  void aDeniedComparisonIsASuperlative() {
    assertEquals(Emotion.GRATEFUL, EN.analyze("@VirginAmerica couldn't be happier with my flight").primary());
    assertEquals(Emotion.GRATEFUL, EN.analyze("the crew could not have been more helpful").primary());
    assertEquals(Emotion.GRATEFUL, EN.analyze("can't thank you guys enough").primary());
    // Said plainly, a comparative only compares.
    assertFalse(EN.analyze("the app would be better with a dark mode").primary() == Emotion.GRATEFUL);
    assertEquals(Emotion.DISAPPOINTED, EN.analyze("the service could have been better").primary());
  }

  private static double intensity(Signals s, Emotion e) {
    return s.emotions().stream().filter(f -> f.label() == e).mapToDouble(EmotionFinding::intensity).findFirst().orElse(0);
  }
}
