package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 17, session 12: no false alarm from a word that only sounds like one. A platform named or a
 * sharing act with no grievance is no threat to go public; a face or capitals alone are how
 * strongly, not what; staff of the customer's own are no staff of ours; cancelling after a death is
 * settling affairs; a hardship told laughing or thanking is a story; "can't wait" alone looks
 * forward. Each paired with the message that still counts.
 */
class NoFalseAlarmTest {
  private static final Analyzer EN = Analyzer.forLocale(Locale.US);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Posted a pic on twitter of my meal 😂",
        "I'll tell everyone about your new menu, it's on facebook right?",
        "OK, thanks I'm gonna delete it and post it in another sub reddit.",
        "I'll share this with my dad, thanks",
        "Stay away from her kids lol",
      })
  void sharingWithNoGrievanceIsNoThreatToGoPublic(String text) {
    Signals s = EN.analyze(text);
    assertFalse(s.escalation().has(SignalKind.PUBLIC_EXPOSURE), () -> text + " -> " + s.escalation());
    assertFalse(s.escalation().level().atLeast(EscalationLevel.MEDIUM), () -> text + " -> " + s.escalation());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "lost my bag AGAIN, I'm posting this on twitter",
        "I'll post this on Twitter if you don't fix it",
        "3 hours on hold. I'm going to tell everyone about this",
        "I'm posting this on twitter so everyone knows",
        "Worst service ever, will be leaving a review on trustpilot",
      })
  void theSameActsBesideAGrievanceStillCount(String text) {
    Signals s = EN.analyze(text);
    assertTrue(s.escalation().has(SignalKind.PUBLIC_EXPOSURE), () -> text + " -> " + s.escalation());
    assertTrue(s.escalation().level().atLeast(EscalationLevel.MEDIUM), () -> text + " -> " + s.escalation());
  }

  @ParameterizedTest
  @ValueSource(strings = {"WHAT TIME DOES BOARDING START", "IS THE NEW MENU VEGAN", "SOS need to change my flight", "HAPPY FRIDAY EVERYONE"})
  void capitalsAloneAreNoAnger(String text) {
    Signals s = EN.analyze(text);
    assertFalse(s.emotions().stream().anyMatch(f -> f.label() == Emotion.ANGRY), () -> text + " -> " + s.emotions());
  }

  @Test
  void capitalsOnAComplaintStillShout() {
    Signals s = EN.analyze("YOU LOST MY BAG AND NOBODY ANSWERS THE PHONE");
    assertTrue(s.escalation().level().atLeast(EscalationLevel.MEDIUM), () -> s.toString());
    assertTrue(s.emotions().stream().anyMatch(f -> f.label() == Emotion.ANGRY), () -> s.emotions().toString());
  }

  @Test
  void facesAloneSayHowStronglyNotAboutWhat() {
    Signals faces = EN.analyze("😡😡😡");
    assertEquals(Emotion.ANGRY, faces.primary());
    assertFalse(faces.escalation().level().atLeast(EscalationLevel.MEDIUM), () -> faces.escalation().toString());
    Signals told = EN.analyze("😡😡😡 you lost my bag and nobody calls back");
    assertTrue(told.escalation().level().atLeast(EscalationLevel.MEDIUM), () -> told.escalation().toString());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "my manager is an idiot lol | false",
        "our supervisor is such a moron, anyway can I change my seat? | false",
        "your manager is an idiot | true",
        "the manager is an idiot | true",
      })
  void staffOfTheCustomersOwnAreNotOurs(String text, boolean abuse) {
    Signals s = EN.analyze(text);
    assertEquals(abuse, s.escalation().has(SignalKind.ABUSE), () -> text + " -> " + s.escalation());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Who hurt you? @BankCo your new fees are insane", "it's ok the trumpet player can't hurt you anymore", "hope she didn't kill you lol"})
  void harmAskedAboutOrDeniedIsNoThreat(String text) {
    Signals s = EN.analyze(text);
    assertFalse(s.escalation().has(SignalKind.ABUSE), () -> text + " -> " + s.escalation());
  }

  @Test
  void harmThreatenedStillIs() {
    Signals s = EN.analyze("come down there and I will hurt you");
    assertTrue(s.escalation().has(SignalKind.ABUSE), () -> s.escalation().toString());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ja | 父が亡くなったので、携帯の契約を解約したいです",
        "en | My mum passed away last month and I need to cancel her account",
        "en | my husband passed away. please close his subscription",
      })
  void cancellingAfterADeathIsNoThreatToLeave(String tag, String text) {
    Signals s = Analyzer.forLocale(Locale.forLanguageTag(tag)).analyze(text);
    assertFalse(s.escalation().has(SignalKind.CHURN_THREAT), () -> text + " -> " + s.escalation());
    assertTrue(s.escalation().has(SignalKind.VULNERABILITY), () -> text + " -> " + s.escalation());
    assertEquals(Emotion.SAD, s.primary());
  }

  @Test
  void cancellingInAngerStillThreatens() {
    Signals s = Analyzer.forLocale(Locale.JAPANESE).analyze("もう解約します。最悪です");
    assertTrue(s.escalation().has(SignalKind.CHURN_THREAT), () -> s.escalation().toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Lol, same! Except that I was diagnosed with bipolar disorder",
        "Ty. They are being very nice to me. My kids are safe and me going to therapy is a plus now.",
      })
  void aHardshipToldLaughingOrThankingSetsNoLevel(String text) {
    Signals s = EN.analyze(text);
    assertTrue(s.escalation().has(SignalKind.VULNERABILITY), () -> text + " -> " + s.escalation());
    assertFalse(s.escalation().level().atLeast(EscalationLevel.MEDIUM), () -> text + " -> " + s.escalation());
    assertFalse(s.suggestion().handoff(), () -> text + " -> " + s.suggestion());
  }

  @Test
  void aHardshipBesideAFailureStillNeedsCare() {
    Signals s = EN.analyze("my flight got cancelled and I'm stuck here with my baby lol");
    assertTrue(s.escalation().level().atLeast(EscalationLevel.MEDIUM), () -> s.escalation().toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"can't wait!! flying to lisbon tomorrow w @SkyJet", "starting 2019 with a banger, can't wait what else will happen this year", "@TelcoOne fixed my internet in 10 min. impressed tbh", "ur app is fire 🔥", "killing it @SnackBox", "@NorthAir thanks to the crew, best flight in years",
      // a strong word of feeling lifting praise, nothing gone wrong (session 24)
      "wtf @BurgerBarn these new fries are insane 🔥🔥", "@Crumbl_UK the biscoff one is actually criminal how good it is"})
  void excitementAndPraiseAreGrateful(String text) {
    Signals s = EN.analyze(text);
    assertEquals(Emotion.GRATEFUL, s.primary(), () -> text + " -> " + s.emotions());
    assertEquals(EscalationLevel.NONE, s.escalation().level(), () -> text + " -> " + s.escalation());
  }

  @ParameterizedTest
  @ValueSource(strings = {"@BurgerBarn these fries are insane. cold and soggy 🔥", "@Crumbl_UK so good. but wtf is this price", "@SkyJet love the new app but wtf, it lost my booking"})
  void aStrongWordBesideAFailureOrInASentenceOfItsOwnIsNoPraise(String text) {
    Signals s = EN.analyze(text);
    assertNotEquals(Emotion.GRATEFUL, s.primary(), () -> text + " -> " + s.emotions());
    assertNotEquals(Emotion.NEUTRAL, s.primary(), () -> text + " -> " + s.emotions());
  }

  @ParameterizedTest
  @ValueSource(strings = {"I can't wait any longer for my refund", "I can't wait another week for this refund", "@NorthAir my flight in 2 hours got cancelled, what do i do"})
  void hasteStillIsHaste(String text) {
    Signals s = EN.analyze(text);
    assertEquals(Emotion.PRESSED_FOR_TIME, s.primary(), () -> text + " -> " + s.emotions());
  }

  @Provide
  Arbitrary<String> sharing() {
    return Arbitraries.of(
        "I'll post this on twitter", "posted it on facebook", "gonna share this", "tell everyone", "PSA", "on reddit", "leave a review",
        "can't wait!!", "😡😡", "MY MANAGER IS AN IDIOT", "my dad passed away, cancel his plan");
  }

  /** Any text around these words is read without a crash, and every piece of evidence quotes the text. */
  @Property(tries = 300)
  void anyTextAroundTheseWordsIsReadInsideIt(
      @ForAll @StringLength(max = 200) String before, @ForAll("sharing") String words, @ForAll @StringLength(max = 200) String after) {
    String text = before + " " + words + " " + after;
    Signals s = EN.analyze(text);
    EvidenceSpans.assertOwnSpans(s, text);
  }

  /** A sharing act added on a line of its own to a message with no grievance never raises the level to medium. */
  @Property(tries = 200)
  void sharingAddedToAnyCalmTextRaisesNoAlarm(@ForAll @StringLength(max = 120) String any, @ForAll("calmSharing") String words) {
    String before = "ok " + any;
    Signals alone = EN.analyze(before);
    Assume.that(!alone.escalation().level().atLeast(EscalationLevel.LOW) && alone.primary() != Emotion.ANGRY);
    String text = before + "\n" + words;
    Signals s = EN.analyze(text);
    assertFalse(s.escalation().has(SignalKind.PUBLIC_EXPOSURE), () -> text + " -> " + s.escalation());
  }

  @Provide
  Arbitrary<String> calmSharing() {
    return Arbitraries.of("Posted a pic on instagram 😂", "I'll share this with my friends", "saw it on reddit", "gonna post about it on tiktok haha");
  }

  /** 100 KB of sharing with no grievance: read, and no threat. */
  @Test
  void aLongRunOfSharingIsReadWithoutAThreat() {
    String text = "posted a pic on twitter of my meal, ".repeat(100 * 1024 / 36);
    Signals s = EN.analyze(text);
    assertFalse(s.escalation().has(SignalKind.PUBLIC_EXPOSURE), () -> s.escalation().toString());
  }
}
