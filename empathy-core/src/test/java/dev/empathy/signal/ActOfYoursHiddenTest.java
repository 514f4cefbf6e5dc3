package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 17, session 21: the longest lexicon row decides the words quoted, not whether a failure
 * was done to the customer. "you lost my bag" reads as "you lost my stroller" does (anger at an act
 * of ours, care needed), though the row "lost my bag" is longer than "you lost"; the writer's own
 * loss or one laughed about stays a plain complaint.
 */
class ActOfYoursHiddenTest {
  private static final Analyzer EN = Analyzer.forLocale(Locale.US);

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "@SkyJetAir you lost my bag",
        "@SkyJetAir you guys lost my luggage on the way to rome",
        "@SkyJetAir you cancelled my flight",
        "@SkyJetAir you lost my stroller",
      })
  void aFailureDoneToTheCustomerByUsIsAnActOfOurs(String text) {
    Signals s = EN.analyze(text);
    assertEquals(Emotion.ANGRY, s.primary(), text + " -> " + s);
    assertTrue(s.escalation().level().atLeast(EscalationLevel.MEDIUM), text + " -> " + s);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "i lost my bag at the airport",
        "@SkyJetAir you lost my bag lol",
      })
  void theWritersOwnLossOrOneLaughedAboutStaysAPlainComplaint(String text) {
    Signals s = EN.analyze(text);
    assertEquals(Emotion.FRUSTRATED, s.primary(), text + " -> " + s);
    assertEquals(EscalationLevel.LOW, s.escalation().level(), text + " -> " + s);
  }
}
