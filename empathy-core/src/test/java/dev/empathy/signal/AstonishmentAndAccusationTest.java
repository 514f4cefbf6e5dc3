package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.InvalidInputException;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Feelings read by what they are said of (issue 17, session 19). Astonishment ("can't believe",
 * "shocked", "j'en reviens pas") is delight beside praise or thanks with nothing gone wrong, and
 * outrage beside a failure. A fear of being cheated said of the addressee ("you guys are a scam")
 * is an accusation: anger. A fault denied as the verdict ("no complaints", "can't fault the
 * service", "never disappoints") is praise; the same denial beside a failure is not. Each mechanism
 * is checked both ways, on text written the way customers write to brands.
 */
class AstonishmentAndAccusationTest {
  private static final Analyzer EN = Analyzer.forLocale(Locale.US);
  private static final Set<Emotion> NEGATIVE =
      Set.of(Emotion.ANGRY, Emotion.FRUSTRATED, Emotion.DISAPPOINTED, Emotion.SAD, Emotion.ANXIOUS, Emotion.PRESSED_FOR_TIME);

  private static Emotion primary(String locale, String text) {
    return Analyzer.forLocale(Locale.forLanguageTag(locale)).analyze(text).primary();
  }

  // ----- astonishment takes the colour of what it is about -----

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en|can't believe how quick that was, thank you!!",
        "en|cant believe my package arrived a day early, you guys rock",
        "en|i'm shocked how easy that was. thank you @Monzo",
        "en|I CANNOT BELIEVE the refund is already in my account, thanks so much",
        "fr|j'en reviens pas, remboursé en une heure, merci",
        "es|no me lo puedo creer, llegó en 24 horas. gracias!",
        "de|kaum zu glauben, schon angekommen. danke!",
        "pt-BR|nem acredito, chegou antes do prazo, obrigado!",
      })
  void astonishmentBesideThanksWithNothingWrongIsDelight(String locale, String text) {
    assertEquals(Emotion.GRATEFUL, primary(locale, text), text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en|can't believe you lost my bag AGAIN",
        "en|can't believe it's been 3 weeks and still no refund. thanks for nothing",
        "en|shocked by these fees, thanks a lot @Chase",
        "en|i cant believe how rude your agent was",
        "en|unbelievable. cancelled my flight with no notice",
        "de|unglaublich, schon wieder kein Zug",
      })
  void astonishmentBesideAFailureOrAloneIsNoDelight(String locale, String text) {
    assertTrue(NEGATIVE.contains(primary(locale, text)), () -> text + " -> " + primary(locale, text));
  }

  @Property(tries = 200)
  void astonishmentAtGoodNewsIsGratefulAtAFailureNegative(
      @ForAll("astonishment") String wow, @ForAll("goodNews") String good, @ForAll("failure") String bad, @ForAll("handle") String handle) {
    String delighted = handle + wow + " " + good + ", thank you!!";
    assertEquals(Emotion.GRATEFUL, EN.analyze(delighted).primary(), delighted);
    String outraged = handle + wow + " " + bad + ". thanks a lot";
    assertTrue(NEGATIVE.contains(EN.analyze(outraged).primary()), () -> outraged + " -> " + EN.analyze(outraged));
  }

  @Provide
  Arbitrary<String> astonishment() {
    return Arbitraries.of("can't believe", "cant believe", "I can't believe", "cannot believe", "i'm shocked", "Shocked", "unbelievable,", "CAN'T BELIEVE");
  }

  @Provide
  Arbitrary<String> goodNews() {
    return Arbitraries.of(
        "how quick that was", "it arrived a day early", "how easy the return was", "the refund came through already",
        "you upgraded us", "my bag made it", "how fast the fix was");
  }

  @Provide
  Arbitrary<String> failure() {
    return Arbitraries.of(
        "you lost my bag again", "my flight got cancelled", "the app crashed at checkout", "still no refund after 3 weeks",
        "you charged me twice", "my package never arrived");
  }

  @Provide
  Arbitrary<String> handle() {
    return Arbitraries.of("", "@AcmeAir ", "@north_wind_help ", "😳 ", "omg ", "ok so ");
  }

  // ----- a fear of being cheated said of the addressee is an accusation -----

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "you guys are a scam",
        "@Zelle ur a scam",
        "you're a scam and everyone should know",
        "y'all are a scam. give me my money",
        "honestly you are a scam",
      })
  void aScamSaidOfTheAddresseeIsAnger(String text) {
    assertEquals(Emotion.ANGRY, EN.analyze(text).primary(), text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "is this a scam? got a text saying my package is held",
        "are you a scam? got a weird email from you",
        "i think i got scammed, someone used my card",
        "you scared me with that email about my account",
        "you seem worried about the charge, so am i",
      })
  void aScamAskedAboutOrSufferedIsFear(String text) {
    assertEquals(Emotion.ANXIOUS, EN.analyze(text).primary(), text);
  }

  @Property(tries = 100)
  void theAddresseeCalledAScamIsAngerWhateverTheSubjectsSpelling(@ForAll("you") String you, @ForAll("handle") String handle) {
    String text = handle + you + " a scam";
    assertEquals(Emotion.ANGRY, EN.analyze(text).primary(), text);
    String asked = handle + "is this a scam?";
    assertFalse(EN.analyze(asked).primary() == Emotion.ANGRY, asked);
  }

  @Provide
  Arbitrary<String> you() {
    return Arbitraries.of("you are", "you guys are", "u r", "ur", "you're", "youre", "y'all are", "yall are", "you people are", "You Are");
  }

  // ----- a fault denied as the verdict is praise -----

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "no complaints here, the food arrived hot and early",
        "can't fault the service, they sorted everything",
        "never disappoints, @Trader_Joes",
        "not a single delay this trip, well done @Amtrak",
        "@Chewy never lets me down",
      })
  void aFaultDeniedIsPraise(String text) {
    assertEquals(Emotion.GRATEFUL, EN.analyze(text).primary(), text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "never fails to disappoint @Comcast",
        "no complaints until the update, now the app keeps crashing",
        "can't fault the crew but the plane sat on the tarmac for 3 hours",
      })
  void aFaultDeniedBesideAFailureIsNoPraise(String text) {
    assertTrue(NEGATIVE.contains(EN.analyze(text).primary()), () -> text + " -> " + EN.analyze(text));
  }

  // ----- a failure's consequence is not a hardship -----

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "@Chase your app is down AGAIN. can't pay my bills",
        "site won't load so i can't pay my phone bill",
      })
  void unableToPayBecauseSomethingFailedIsFrustration(String text) {
    assertEquals(Emotion.FRUSTRATED, EN.analyze(text).primary(), text);
  }

  // ----- any text -----

  @Property(tries = 300)
  void anyTextAroundTheseWordsReadsWithoutFailing(@ForAll("noisy") String text) {
    Signals s;
    try {
      s = EN.analyze(text);
    } catch (InvalidInputException e) {
      // Only a message with nothing to read is refused, and the refusal names the field.
      assertTrue(e.getMessage().contains("text must not be blank"), e::getMessage);
      assertTrue(text.codePoints().noneMatch(Character::isLetterOrDigit), text);
      return;
    }
    assertTrue(s.emotions().stream().allMatch(f -> f.intensity() >= 0 && f.intensity() <= 1), () -> text + " -> " + s);
  }

  @Provide
  Arbitrary<String> noisy() {
    Arbitrary<String> words =
        Arbitraries.of(
            "can't believe", "shocked", "you guys are", "ur", "a scam", "no complaints", "never disappoints", "thank you", "thanks",
            "lost my bag", "😳", "👨‍👩‍👧", "e\u0301", "\u05E9\u05DC\u05D5\u05DD", "\uD800", "\u0000", "!!", "?", ",", "\n", "@x", "https://t.co/a");
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(20);
    return Combinators.combine(words.list().ofMaxSize(12), any).as((w, a) -> String.join(" ", w) + a);
  }
}
