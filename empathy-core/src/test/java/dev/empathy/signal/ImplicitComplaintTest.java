package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 17: complaints told with no feeling word, read from the clause: an act done without what
 * the customer is owed, a question of what the customer is now left to do, a thing still where it
 * should not be. Each is checked beside the look-alike that tells no complaint.
 */
class ImplicitComplaintTest {

  private static Signals read(String locale, String text) {
    return Analyzer.forLocale(Locale.forLanguageTag(locale)).analyze(text);
  }

  private static boolean negative(Emotion e) {
    return e != Emotion.NEUTRAL && e != Emotion.GRATEFUL && e != Emotion.CONFUSED;
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | @UnitedSkies left without my bags. again.",
        "en | plane took off w our stroller still at the gate, they flew without our stroller",
        "en | subscription renewed without any warning",
        "en | they moved my seat without asking",
        "es | me cobraron la cuota sin avisar",
        "es | el avión salió sin mi maleta",
        "fr | prélevé deux fois sans prévenir",
        "fr | vol annulé sans aucune explication",
        "de | Abo ohne Vorwarnung verlängert",
        "de | ohne Vorwarnung abgebucht",
        "pt-BR | cancelaram meu voo sem avisar",
        "pt-BR | o ônibus foi embora sem minha mala",
      })
  void anActDoneWithoutWhatIsOwedIsAComplaint(String locale, String text) {
    Signals s = read(locale, text);
    assertTrue(negative(s.primary()), () -> text + " -> " + s);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | I can't live without my phone lol",
        "en | can I fly without my passport?",
        "en | if you leave without my bag I'll be stuck",
        "en | Without my glasses I can't read the screen",
        "es | no puedo vivir sin mi café",
        "fr | un café sans sucre s'il vous plaît",
        "de | Kaffee ohne Zucker bitte",
        "pt-BR | posso viajar sem meu documento?",
      })
  void withoutAloneTellsNoComplaint(String locale, String text) {
    Signals s = read(locale, text);
    assertFalse(negative(s.primary()), () -> text + " -> " + s);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "so I'm just supposed to wait?",
        "what am I supposed to do now??",
        "how are we supposed to get home at 2am?",
        "and im supposed to just pay for a hotel myself?",
      })
  void aQuestionOfWhatTheCustomerIsLeftToDoIsAReproach(String text) {
    Signals s = read("en", text);
    assertTrue(negative(s.primary()), () -> text + " -> " + s);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "am I supposed to fill in the form before I get to the airport?",
        "I'm supposed to fly out tomorrow, can I pick a seat now",
        "you're supposed to love the new menu, right?",
      })
  void anExpectationAskedOrToldIsNoReproach(String text) {
    Signals s = read("en", text);
    assertFalse(negative(s.primary()), () -> text + " -> " + s);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "bag still in Denver. I'm in Boston. @AirCo",
        "my package is still at the depot in Memphis",
        "refund still in processing",
      })
  void aThingStillWhereItShouldNotBeIsAComplaint(String text) {
    Signals s = read("en", text);
    assertTrue(negative(s.primary()), () -> text + " -> " + s);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "I'm still in bed lol",
        "is my bag still in Denver?",
        "if my bag is still in Denver can someone check",
        "we are still in Lisbon until Friday, can I move the booking",
      })
  void aPersonOrAQuestionStillSomewhereIsNoComplaint(String text) {
    Signals s = read("en", text);
    assertFalse(negative(s.primary()), () -> text + " -> " + s);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "been trying to reach someone since 9am",
        "calling your support line since Monday, nobody picks up",
        "your store on Elm st has been out of stock for a month",
      })
  void tryingSinceOrAThingOutOfStockIsAComplaint(String text) {
    Signals s = read("en", text);
    assertTrue(negative(s.primary()), () -> text + " -> " + s);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "flying with you since 2015 and still love it",
        "if I call since Monday is a holiday will anyone answer?",
        "is the blue one out of stock?",
      })
  void sinceWithoutATryOrStockAskedAboutIsNoComplaint(String text) {
    Signals s = read("en", text);
    assertFalse(negative(s.primary()), () -> text + " -> " + s);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | how is it possible to lose a suitcase on a direct flight",
        "en | why would you guys cancel a paid order",
        "es | cómo es posible perder una maleta en un vuelo directo",
        "pt-BR | como é possível perder uma mala num voo direto",
      })
  void aQuestionOfBlameAboutAnActThatFailsIsAComplaint(String locale, String text) {
    Signals s = read(locale, text);
    assertTrue(negative(s.primary()), () -> text + " -> " + s);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | I wonder why people lose their keys so often",
        "en | how do I cancel the extra bag I added?",
      })
  void anActNamedWithoutAQuestionOfBlameIsNoComplaint(String locale, String text) {
    Signals s = read(locale, text);
    assertFalse(negative(s.primary()), () -> text + " -> " + s);
  }
}
