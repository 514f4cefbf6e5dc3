package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 17, session 20: a failed participle shouted with no subject ("LOST MY WEDDING DRESS") is a
 * failure done to the customer; what is theirs held hostage or withheld is taken from them; a
 * plain time ahead ("tomorrow morning") presses only beside a grievance, and being stranded is a
 * worry, not haste; a contrast that opens the message turns nothing; outrage beside an act of the
 * addressee's is anger. One table per mechanism, look-alikes beside.
 */
class ShoutedHeldAndOutragedTest {

  private static Signals analyze(String text) {
    return Analyzer.forLocale(Locale.ENGLISH).analyze(text);
  }

  private static boolean care(Signals s) {
    return s.escalation().level().atLeast(EscalationLevel.MEDIUM);
  }

  private static boolean failureRead(String text) {
    return HeardByComparisonTest.read("en", text).stream().anyMatch(f -> f.type() == ClauseReader.Type.FAILURE);
  }

  /** Capitals on the participle and its victim make it a grievance; the same words in lower case are the writer's own slip. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "LOST MY WEDDING DRESS | true",
        "@AirlineCo LOST MY WEDDING DRESS | true",
        "CANCELLED OUR FLIGHT. 2 HOURS NOTICE | true",
        "@united DAMAGED MY STROLLER | true",
        "lost my keys lol | false",
        "Lost my wallet on the bus | false",
        "cancelled my order, can i get a refund? | false",
        "LOST my keys | false",
        "IF LOST MY BAG WHAT DO I DO | false",
      })
  void aShoutedParticiple(String text, boolean failure) {
    assertEquals(failure, failureRead(text), () -> text + " -> " + HeardByComparisonTest.read("en", text));
  }

  @Property(tries = 60)
  void shoutedOrNot(@ForAll("participles") String participle, @ForAll("victims") String victim, @ForAll("things") String thing) {
    String lower = participle + " " + victim + " " + thing;
    String upper = lower.toUpperCase(Locale.ROOT);
    assertTrue(failureRead(upper), upper);
    assertEquals(false, failureRead(lower), lower);
  }

  @Provide
  Arbitrary<String> participles() {
    return Arbitraries.of("lost", "cancelled", "canceled", "damaged", "delayed", "broken");
  }

  @Provide
  Arbitrary<String> victims() {
    return Arbitraries.of("my", "our");
  }

  @Provide
  Arbitrary<String> things() {
    return Arbitraries.of("wedding dress", "stroller", "bags", "tickets", "car seat");
  }

  /** The known miss of sessions 18 and 19: the loss is heard, the event word is not the feeling. */
  @org.junit.jupiter.api.Test
  void lostWeddingDress() {
    Signals s = analyze("@AirlineCo LOST MY WEDDING DRESS");
    assertNotEquals(Emotion.PRESSED_FOR_TIME, s.primary(), s::toString);
    assertTrue(care(s), s::toString);
  }

  /** What is the customer's, held hostage or withheld, is taken from them. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "@bankly you are holding my money hostage and nobody will tell me why | angry | true",
        "my refund is being held hostage by your billing team | angry | true",
        "you're withholding my refund for no reason | frustrated | true",
      })
  void heldFromTheCustomer(String text, String feeling, boolean careNeeded) {
    Signals s = analyze(text);
    assertEquals(Emotion.fromLabel(feeling), s.primary(), s::toString);
    assertEquals(careNeeded, care(s), s::toString);
  }

  /** A time ahead told plainly or asked about presses nothing; beside a grievance it does. Stranded is no haste. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "@ridenow is there a way to schedule a ride for tomorrow morning | neutral | false",
        "can i book a table for tomorrow at 7 | neutral | false",
        "the tour starts at 9, where do we meet? | neutral | false",
        "my flight is tomorrow morning and my passport still hasn't arrived | frustrated | true",
      })
  void aTimeAhead(String text, String feeling, boolean careNeeded) {
    Signals s = analyze(text);
    assertEquals(Emotion.fromLabel(feeling), s.primary(), s::toString);
    assertEquals(careNeeded, care(s), s::toString);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "@AirlineCo flight cancelled and no hotel offered. stuck at the airport with 2 kids overnight",
        "we are stranded in Denver, no one at the desk",
      })
  void strandedIsNoHaste(String text) {
    Signals s = analyze(text);
    assertNotEquals(Emotion.PRESSED_FOR_TIME, s.primary(), s::toString);
    assertTrue(care(s), s::toString);
  }

  /** A contrast opening the message has nothing before it to turn: praise after the failure is irony. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "yet another dropped call. cool cool cool | frustrated",
        "@mobilenet yet another dropped call. cool | frustrated",
        "another dropped call. cool cool cool | frustrated",
      })
  void anOpeningContrast(String text, String feeling) {
    Signals s = analyze(text);
    assertEquals(Emotion.fromLabel(feeling), s.primary(), s::toString);
  }

  /** A contrast inside the message still sets praise apart from the complaint: the praise is not turned into irony. */
  @org.junit.jupiter.api.Test
  void aContrastInsideStillSetsApart() {
    Signals s = analyze("the staff were lovely, yet the room was filthy");
    assertTrue(s.emotions().stream().filter(f -> f.label() == Emotion.FRUSTRATED)
        .flatMap(f -> f.evidence().stream()).noneMatch(e -> e.text().equals("lovely")), s::toString);
  }

  /** Outrage beside an act of the addressee's is anger; outrage at a film, or laughed off, is not. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "@AirlineCo left my 8 yr old alone at the gate after you sold his seat. unbelievable | angry",
        "you froze my card while i was abroad. unbelievable | angry",
        "that movie was unbelievable, you guys should see it | frustrated",
        "@united you lost my bag lol unbelievable | frustrated",
      })
  void outrageAtAnAct(String text, String feeling) {
    Signals s = analyze(text);
    assertEquals(Emotion.fromLabel(feeling), s.primary(), s::toString);
  }

  /**
   * Session 22: a word said and shouted back as a sentence of its own, to a brand, is outrage that
   * needs a person ("bedbugs. BEDBUGS." was frustrated/low); a word the lexicon reads keeps its cue,
   * and a shout that is no echo or not said to a brand is no outrage.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "@SleepWell bedbugs. BEDBUGS. in room 412. i want a full refund | angry | true",
        "@StayInn cockroaches. COCKROACHES. in the bathroom. want my money back | angry | true",
        "@RentCo mold, MOLD!! in the fridge we rented | angry | true",
        "@SnackBox thanks. THANKS. you guys rock | grateful | false",
        "bedbugs. BEDBUGS. that episode was wild lol | neutral | false",
      })
  void aWordShoutedBack(String text, String feeling, boolean person) {
    Signals s = analyze(text);
    if (!feeling.equals("neutral")) {
      assertEquals(Emotion.fromLabel(feeling), s.primary(), s::toString);
    } else {
      assertNotEquals(Emotion.ANGRY, s.primary(), s::toString);
    }
    assertEquals(person, s.escalation().level().atLeast(EscalationLevel.HIGH), s::toString);
  }

  /** A heart beside tears is joy; tears beside a loss stay grief, hearts or not. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "@cafebrew the barista drew a cat on my latte i'm crying 😭❤️ | grateful",
        "they remembered my name, crying 🥰 | grateful",
        "my dog died today i'm crying 😭❤️ | sad",
      })
  void tearsBesideAHeart(String text, String feeling) {
    Signals s = analyze(text);
    assertEquals(Emotion.fromLabel(feeling), s.primary(), s::toString);
  }

  /** A thing out of sync, lagging or buffering is in a failed state; "in sync", "sync my calendar" are none. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "subtitles are out of sync on every episode | true",
        "the app is lagging so bad today | true",
        "the stream is buffering again | true",
        "my watch is in sync with my phone | false",
        "how do i sync my calendar? | false",
      })
  void failedStates(String text, boolean failure) {
    assertEquals(failure, failureRead(text), () -> text + " -> " + HeardByComparisonTest.read("en", text));
  }

  @org.junit.jupiter.api.Test
  void aQuestionOfMeaningWithEven() {
    Signals s = analyze("@fastpost tracking says \"exception\" what does that even mean");
    assertEquals(Emotion.CONFUSED, s.primary(), s::toString);
  }

  /** Anger named in words of its own leads the frustration its reasons imply; frustration told in words of its own keeps the lead. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "es | @telefonica_es me cobraron dos veces este mes y nadie me responde. qué vergüenza | angry",
        "fr | @free_aide ça fait 10 jours sans internet et personne ne répond. c'est honteux | angry",
        "en | charged twice and nobody answers. disgraceful | angry",
        "en | charged twice and nobody answers. so annoying, i'm fed up. disgraceful | frustrated",
      })
  void namedAnger(String locale, String text, String feeling) {
    Signals s = Analyzer.forLocale(Locale.forLanguageTag(locale)).analyze(text);
    assertEquals(Emotion.fromLabel(feeling), s.primary(), s::toString);
  }

  /** Laughed, yelled or sworn at: an act done to the customer; the writer's own laugh is none. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "the front desk laughed at us | true",
        "the agent yelled at me on the phone | true",
        "your driver swore at my daughter | true",
        "I laughed at my own joke | false",
        "we laughed at the movie | false",
      })
  void laughedAt(String text, boolean failure) {
    assertEquals(failure, failureRead(text), () -> text + " -> " + HeardByComparisonTest.read("en", text));
  }

  /** Two failures told in one message, one of them an act done to the customer, need care. */
  @org.junit.jupiter.api.Test
  void twoFailuresOneOfThemToTheCustomer() {
    assertTrue(care(analyze("@hotelgroup the room smelled like smoke, the AC didnt work and the front desk laughed at us")));
  }
}
