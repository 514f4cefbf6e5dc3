package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.empathy.Emotion;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 17: complaints told with no feeling word, read from the clause: an act done without what
 * the customer is owed, a question of what the customer is now left to do, a thing still where it
 * should not be. One table per mechanism: each reading beside the look-alikes that tell no complaint.
 */
class ImplicitComplaintTest {

  private static Signals read(String locale, String text) {
    return Analyzer.forLocale(Locale.forLanguageTag(locale)).analyze(text);
  }

  private static boolean negative(Emotion e) {
    return e != Emotion.NEUTRAL && e != Emotion.GRATEFUL && e != Emotion.CONFUSED;
  }

  /** An act done without what the customer is owed ("without my bags", "sin avisar"); "without" alone tells none. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | @UnitedSkies left without my bags. again. | true",
        "en | plane took off w our stroller still at the gate, they flew without our stroller | true",
        "en | subscription renewed without any warning | true",
        "en | they moved my seat without asking | true",
        "es | me cobraron la cuota sin avisar | true",
        "es | el avión salió sin mi maleta | true",
        "fr | prélevé deux fois sans prévenir | true",
        "fr | vol annulé sans aucune explication | true",
        "de | Abo ohne Vorwarnung verlängert | true",
        "de | ohne Vorwarnung abgebucht | true",
        "pt-BR | cancelaram meu voo sem avisar | true",
        "pt-BR | o ônibus foi embora sem minha mala | true",
        "en | I can't live without my phone lol | false",
        "en | can I fly without my passport? | false",
        "en | if you leave without my bag I'll be stuck | false",
        "en | Without my glasses I can't read the screen | false",
        "es | no puedo vivir sin mi café | false",
        "fr | un café sans sucre s'il vous plaît | false",
        "de | Kaffee ohne Zucker bitte | false",
        "pt-BR | posso viajar sem meu documento? | false",
      })
  void anActDoneWithoutWhatIsOwed(String locale, String text, boolean complaint) {
    Signals s = read(locale, text);
    assertEquals(complaint, negative(s.primary()), () -> text + " -> " + s);
  }

  /** A question of what the customer is now left to do is a reproach; an expectation asked or told is none. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | so I'm just supposed to wait? | true",
        "en | what am I supposed to do now?? | true",
        "en | how are we supposed to get home at 2am? | true",
        "en | and im supposed to just pay for a hotel myself? | true",
        "en | am I supposed to fill in the form before I get to the airport? | false",
        "en | I'm supposed to fly out tomorrow, can I pick a seat now | false",
        "en | you're supposed to love the new menu, right? | false",
      })
  void aQuestionOfWhatTheCustomerIsLeftToDo(String locale, String text, boolean complaint) {
    Signals s = read(locale, text);
    assertEquals(complaint, negative(s.primary()), () -> text + " -> " + s);
  }

  /** A thing still where it should not be; a person, or a question, still somewhere is none. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | bag still in Denver. I'm in Boston. @AirCo | true",
        "en | my package is still at the depot in Memphis | true",
        "en | refund still in processing | true",
        "en | I'm still in bed lol | false",
        "en | is my bag still in Denver? | false",
        "en | if my bag is still in Denver can someone check | false",
        "en | we are still in Lisbon until Friday, can I move the booking | false",
      })
  void aThingStillWhereItShouldNotBe(String locale, String text, boolean complaint) {
    Signals s = read(locale, text);
    assertEquals(complaint, negative(s.primary()), () -> text + " -> " + s);
  }

  /** Trying since a time, or a thing out of stock; "since" without a try, or stock asked about, is none. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | been trying to reach someone since 9am | true",
        "en | calling your support line since Monday, nobody picks up | true",
        "en | your store on Elm st has been out of stock for a month | true",
        "en | flying with you since 2015 and still love it | false",
        "en | if I call since Monday is a holiday will anyone answer? | false",
        "en | is the blue one out of stock? | false",
      })
  void tryingSinceOrOutOfStock(String locale, String text, boolean complaint) {
    Signals s = read(locale, text);
    assertEquals(complaint, negative(s.primary()), () -> text + " -> " + s);
  }

  /** A question of blame about an act that fails the customer; the act named without one is none. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | how is it possible to lose a suitcase on a direct flight | true",
        "en | why would you guys cancel a paid order | true",
        "es | cómo es posible perder una maleta en un vuelo directo | true",
        "pt-BR | como é possível perder uma mala num voo direto | true",
        "en | I wonder why people lose their keys so often | false",
        "en | how do I cancel the extra bag I added? | false",
      })
  void aQuestionOfBlameAboutAnActThatFails(String locale, String text, boolean complaint) {
    Signals s = read(locale, text);
    assertEquals(complaint, negative(s.primary()), () -> text + " -> " + s);
  }

  /** An act denied to the writer; one the writer denies, or asks about, is none. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | they closed the door 10 minutes early and wouldn't let us on | true",
        "en | the agent at the desk didn't tell me the gate changed | true",
        "en | you never refunded my card | true",
        "en | I didn't bring my laptop, can I still print the boarding pass | false",
        "en | we didn't pack our snacks, is there food on board | false",
        "en | it doesn't bother me, just curious how boarding groups work | false",
        "en | don't get me wrong, the crew was great | false",
        "en | so they don't text me a reminder before each flight? | false",
        "en | so glad this wasn't just me, thought my phone was the problem | false",
        "en | you won't change my mind, best crew out there | false",
      })
  void anActDeniedToTheWriter(String locale, String text, boolean complaint) {
    Signals s = read(locale, text);
    assertEquals(complaint, negative(s.primary()), () -> text + " -> " + s);
  }
}
