package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.empathy.Emotion;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Complaints posted at a brand as plain facts, with no feeling word: a thing that does not do its
 * job, a wait named after its duration, thanks for the failure itself; and the same words
 * supposed or asked, which tell of nothing yet. Each case varies the nouns and verbs, since the
 * mechanism reads structure (an owner, a negated auxiliary, a duration), not a listed phrase.
 */
class PlainComplaintTest {
  private static final Analyzer EN = Analyzer.forLocale(Locale.US);

  private static Emotion primary(String text) {
    return EN.analyze(text).primary();
  }

  @Test
  void aThingThatDoesNotDoItsJobIsAFailure() {
    assertEquals(Emotion.FRUSTRATED, primary("@delta my seat doesn't recline"));
    assertEquals(Emotion.FRUSTRATED, primary("the ticket machine wouldn't take my card"));
    assertEquals(Emotion.FRUSTRATED, primary("@hotel checked in at 3 and our shower isn't draining"));
    assertEquals(Emotion.FRUSTRATED, primary("so my boarding pass isn't showing in the app"));
    // A pronoun is no thing, a supposition tells of nothing yet, and an owner that is an object is no subject.
    assertEquals(Emotion.NEUTRAL, primary("I told my son it doesn't matter"));
    assertEquals(Emotion.NEUTRAL, primary("hope the train isn't full tomorrow"));
    assertNotEquals(Emotion.FRUSTRATED, primary("if my parcel doesn't arrive by Friday what do I do?"));
  }

  @Test
  void aFailureSupposedOrAskedIsNotTold() {
    assertEquals(Emotion.NEUTRAL, primary("@united is flight 456 delayed?"));
    assertEquals(Emotion.NEUTRAL, primary("how do I know if my flight is cancelled?"));
    assertEquals(Emotion.NEUTRAL, primary("in case my order is lost, who do I contact?"));
    // Told, the same failure is a complaint; asked in blame, too.
    assertEquals(Emotion.FRUSTRATED, primary("@united flight 456 is delayed"));
    assertEquals(Emotion.FRUSTRATED, primary("@united why is flight 456 delayed?"));
  }

  @Test
  void aWaitNamedAfterItsDurationIsAWait() {
    assertEquals(Emotion.FRUSTRATED, primary("45 min wait for a gate"));
    assertEquals(Emotion.FRUSTRATED, primary("@airline two hour wait at the rental desk"));
    // "waited" alone is a hint; with its duration it is a wait told.
    assertEquals(Emotion.FRUSTRATED, primary("we waited 40 min at baggage claim"));
    assertEquals(Emotion.NEUTRAL, primary("waited for my friend at the gate"));
  }

  @Test
  void thanksForTheFailureItselfIsSarcasm() {
    // Sarcasm about a failure is frustration; anger needs blame, insult or shouting.
    assertEquals(Emotion.FRUSTRATED, primary("thanks for the 4 hour delay"));
    assertEquals(Emotion.FRUSTRATED, primary("@shop thank you for another cancelled order"));
    // Thanks for what was done about a failure is gratitude.
    assertEquals(Emotion.GRATEFUL, primary("thanks for the update on the delay"));
    assertEquals(Emotion.GRATEFUL, primary("thanks for rebooking me after the cancellation"));
  }

  @Test
  void praiseAskedAboutIsAQuestionNotPraise() {
    assertEquals(Emotion.NEUTRAL, primary("I need to change my flight, what's the best number to call?"));
    assertEquals(Emotion.NEUTRAL, primary("which is the best way to get a refund?"));
    // Given, the same words praise.
    assertEquals(Emotion.GRATEFUL, primary("you guys are the best"));
  }

  @Test
  void aCabinIsNoPraiseAndTravellingAloneIsNoGrief() {
    assertEquals(Emotion.NEUTRAL, primary("@airline I paid for first class on flight 12 tomorrow"));
    assertEquals(Emotion.GRATEFUL, primary("the crew was first class"));
    assertEquals(Emotion.NEUTRAL, primary("my mom is flying alone next week, is there assistance at the gate?"));
    assertEquals(Emotion.SAD, primary("I feel so alone since my husband passed"));
  }

  @Test
  void praiseOfAPastIsAHopeLetDown() {
    assertEquals(Emotion.DISAPPOINTED, primary("what happened to your support? it used to be so good"));
    assertEquals(Emotion.DISAPPOINTED, primary("the app was formerly excellent"));
    // "used" as a verb puts nothing in the past.
    assertEquals(Emotion.GRATEFUL, primary("I used my voucher, great service"));
  }
}
