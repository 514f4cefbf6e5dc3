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

  @Test
  void keepingOnIsARepeatedFailure() {
    assertTrue(negative(EN.analyze("@SouthwestAir the app keeps logging me out").primary()));
    assertTrue(negative(EN.analyze("is there a reason my flight keeps getting pushed back?").primary()));
    assertTrue(negative(EN.analyze("my tv kept on buffering all evening").primary()));
    // "keep" before anything but a verb in -ing is not a repeat.
    assertEquals(Emotion.NEUTRAL, EN.analyze("please keep me posted on the new date").primary());
    assertFalse(negative(EN.analyze("the app keeps getting better").primary()));
  }

  @Test
  void aDurationBesideAPlaceOrAStateIsAWait() {
    assertTrue(negative(EN.analyze("@united 3 hours late and no food voucher").primary()));
    assertTrue(negative(EN.analyze("@united I've been on the phone for hours").primary()));
    assertTrue(negative(EN.analyze("@JetBlue 90 mins on the tarmac").primary()));
    assertEquals(Emotion.NEUTRAL, EN.analyze("@JetBlue is the 6pm flight to Boston on time?").primary());
  }

  @Test
  void praiseOfAFailureThatFollowsItIsIrony() {
    Signals s = EN.analyze("@united awesome service, 5 hours on the tarmac");
    assertTrue(negative(s.primary()), s::toString);
    assertTrue(negative(EN.analyze("so glad I paid for priority boarding just to wait an hour #not").primary()));
    assertTrue(negative(EN.analyze("great job losing my luggage again").primary()));
    // Praise with the failure set apart, or a failure fixed, is not irony.
    assertEquals(Emotion.GRATEFUL, EN.analyze("Great crew, they fixed the issue with my seat in minutes").primary());
    assertFalse(negative(EN.analyze("I enjoy fixing problems for our customers").primary()));
  }

  @Test
  void troubleNamedOrListedIsAComplaint() {
    assertTrue(negative(EN.analyze("@JetBlue Flight Booking Problems on your site").primary()));
    assertTrue(negative(EN.analyze("@JetBlue no wifi, no tv, no snacks").primary()));
    assertTrue(negative(EN.analyze("@USAirways your agents are clueless").primary()));
    assertEquals(Emotion.CONFUSED, EN.analyze("I'm clueless about how the fare classes work").primary());
    assertFalse(negative(EN.analyze("no problem at all, thanks for checking").primary()));
    assertFalse(negative(EN.analyze("are there any issues with flights out of Newark today?").primary()));
  }

  @Test
  void anAcknowledgementIsNotGratitudeButThanksAreSaidOnTheirOwn() {
    assertEquals(Emotion.NEUTRAL, EN.analyze("ok thanks").primary());
    assertEquals(Emotion.NEUTRAL, EN.analyze("OK thanks, that works.").primary());
    assertEquals(Emotion.GRATEFUL, EN.analyze("@AppleSupport that worked, thanks!").primary());
    assertEquals(Emotion.GRATEFUL, EN.analyze("@SouthwestAir made it home safe, thank you!").primary());
  }

  @Test
  void neverDoingBusinessAgainIsAThreatToLeave() {
    Signals s = EN.analyze("@USAirways I will never fly US Airways again");
    assertTrue(s.escalation().has(SignalKind.CHURN_THREAT), s::toString);
    assertTrue(EN.analyze("I'm never booking with them again").escalation().has(SignalKind.CHURN_THREAT));
  }

  @Test
  void twoFailuresToldNeedCare() {
    Signals two = EN.analyze("@USAirways you lost my bag and nobody can tell me where it is");
    // One failure told as a state (session 21: "you lost my bag" is an act of ours, read as "you
    // lost my stroller" is, see ActOfYoursHiddenTest).
    Signals one = EN.analyze("@USAirways my bag got lost");
    assertTrue(two.escalation().level().atLeast(EscalationLevel.MEDIUM), two::toString);
    assertTrue(one.escalation().level().compareTo(EscalationLevel.MEDIUM) < 0, one::toString);
  }

  @Test
  void anUltimatumIsAngerNotHaste() {
    assertEquals(
        Emotion.ANGRY, EN.analyze("Cancel my account immediately and refund every penny or I'm reporting you to the FTC").primary());
  }

  @Test
  void swearingThatRaisesPraiseIsNoAnger() {
    assertEquals(Emotion.GRATEFUL, EN.analyze("@JetBlue fucking awesome crew, thank you").primary());
    assertEquals(Emotion.GRATEFUL, EN.analyze("the new lounge is so damn good").primary());
    assertTrue(negative(EN.analyze("@united fucking useless").primary()));
  }

  private static boolean negative(Emotion e) {
    return e != Emotion.NEUTRAL && e != Emotion.GRATEFUL && e != Emotion.CONFUSED;
  }

  private static double intensity(Signals s, Emotion e) {
    return s.emotions().stream().filter(f -> f.label() == e).mapToDouble(EmotionFinding::intensity).findFirst().orElse(0);
  }
}
