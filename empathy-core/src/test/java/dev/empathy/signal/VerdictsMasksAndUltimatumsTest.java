package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 17, the right feeling read from the shape of what customers type: a score out of ten or
 * five given as a verdict, a swear word typed masked, a quote in straight single quotes, and a
 * threat set as the price of a demand (an ultimatum).
 */
class VerdictsMasksAndUltimatumsTest {
  private static final Analyzer EN = Analyzer.forLocale(Locale.US);

  @ParameterizedTest
  @ValueSource(strings = {"10/10 would fly again", "5/5, crew were lovely", "Flight home tonight: 9/10"})
  void aTopScoreIsPraise(String text) {
    assertEquals(Emotion.GRATEFUL, EN.analyze(text).primary(), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1/10 would not fly again", "Service tonight: 2/10", "0/5. never again", "10/10 would not recommend. app logs me out every 5 min"})
  void aBottomScoreOrATopOneDeniedIsNegative(String text) {
    Emotion primary = EN.analyze(text).primary();
    assertTrue(primary != Emotion.GRATEFUL && primary != Emotion.NEUTRAL, text + " -> " + primary);
  }

  @ParameterizedTest
  @ValueSource(strings = {"my flight on 10/10 leaves at 6", "booked for 5/5", "is 10/10/2026 a holiday?", "score was 50/100", "page 2/10 of the form"})
  void aDateOrAFractionIsNoVerdict(String text) {
    assertEquals(0, Rating.find(text).length, text);
    assertFalse(EN.analyze(text).primary() == Emotion.GRATEFUL, text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "f*** this airline seriously | f***",
        "what a sh*t service | sh*t",
        "f**king useless app | f**king",
        "this is m*erda | m*erda",
        "f#ck this | f#ck",
      })
  void aMaskedSwearIsSwearing(String text, String word) {
    List<int[]> found = MaskedSwearing.find(text);
    assertEquals(1, found.size(), text);
    assertEquals(word, text.substring(found.get(0)[0], found.get(0)[1]));
    Emotion primary = EN.analyze(text).primary();
    assertTrue(primary == Emotion.ANGRY || primary == Emotion.FRUSTRATED, text + " -> " + primary);
  }

  @ParameterizedTest
  @ValueSource(strings = {"I *really* like it", "free shipping* on all orders", "got an A* in maths", "rated 5** by guests", "learning C# today", "@jo_k*"})
  void markdownFootnotesGradesAndNamesAreNoMask(String text) {
    assertTrue(MaskedSwearing.find(text).isEmpty(), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"f***ing amazing flight, thank you!!", "holy sh*t this upgrade is amazing"})
  void aMaskedSwearBesidePraiseIsEmphasis(String text) {
    assertEquals(Emotion.GRATEFUL, EN.analyze(text).primary(), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"thanks for the 'quick' response, only took a week", "your 'express' shipping took 9 days"})
  void praiseInStraightSingleQuotesIsScorn(String text) {
    Emotion primary = EN.analyze(text).primary();
    assertTrue(primary == Emotion.ANGRY || primary == Emotion.FRUSTRATED, text + " -> " + primary);
  }

  @ParameterizedTest
  @ValueSource(strings = {"the 'don't worry' email never came", "my kids' toys and my parents' car", "rock 'n' roll"})
  void anApostropheInsideAWordClosesNoQuote(String text) {
    for (int[] q : Irony.scareQuotes(text)) {
      String quoted = text.substring(q[0], q[1]);
      assertFalse(quoted.endsWith("don") || quoted.contains("toys") || quoted.contains("car"), text + " -> " + quoted);
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "unless I get my money back today I'm posting this everywhere | public_exposure",
        "Refund me or I'm posting this on twitter | public_exposure",
        "Remboursez-moi, sinon je publie ça sur Twitter | public_exposure",
      })
  void aThreatSetAsThePriceOfADemandCounts(String text, String kind) {
    Signals s = Analyzer.forLocale(text.startsWith("Rembour") ? Locale.FRANCE : Locale.US).analyze(text);
    assertTrue(s.escalation().has(SignalKind.fromLabel(kind)), text + " -> " + s.escalation());
    assertTrue(s.escalation().level().atLeast(EscalationLevel.MEDIUM), text + " -> " + s.escalation());
    assertEquals(Emotion.ANGRY, s.primary(), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"I might post it on Twitter or Reddit", "posting this on instagram or tiktok later 😊", "Should I post this on reddit or facebook?"})
  void aChoiceOfPlatformsIsNoUltimatum(String text) {
    Signals s = EN.analyze(text);
    assertFalse(s.escalation().has(SignalKind.PUBLIC_EXPOSURE), text + " -> " + s.escalation());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "delayed 2 hrs but the crew handled it so well, thanks all",
        "bag came out late but Sam at the desk was amazing, thank you so much",
        "app was down this morning but your team fixed it in 10 min, legends 🙌",
      })
  void praiseAfterTheButClosesTheMatter(String text) {
    assertEquals(Emotion.GRATEFUL, EN.analyze(text).primary(), text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Staff at the gate were lovely but we've now been delayed 5 hours with zero info",
        "lost my bag but the crew were lovely lol. refund me or I'm posting this everywhere",
        "delayed 2 hrs but the crew were great. still no refund though",
      })
  void aComplaintAfterTheButOrBesideAThreatOrIronyStaysOpen(String text) {
    Emotion primary = EN.analyze(text).primary();
    assertTrue(primary != Emotion.GRATEFUL && primary != Emotion.NEUTRAL, text + " -> " + primary);
  }

  @ParameterizedTest
  @ValueSource(strings = {"I would never sue anyone but this is really annoying", "I'd never cancel, just fix the wifi pls"})
  void aThreatNeverMadeIsNone(String text) {
    Signals s = EN.analyze(text);
    assertFalse(s.escalation().has(SignalKind.LEGAL_THREAT) || s.escalation().has(SignalKind.CHURN_THREAT), text + " -> " + s.escalation());
  }

  @ParameterizedTest
  @ValueSource(strings = {"never using you again", "Never again. Cancel my account", "lost my bag twice, never flying with you again"})
  void neverAgainIsStillAThreat(String text) {
    assertTrue(EN.analyze(text).escalation().has(SignalKind.CHURN_THREAT), text);
  }
}
