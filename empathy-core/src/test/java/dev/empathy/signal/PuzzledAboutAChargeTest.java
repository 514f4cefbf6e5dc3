package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 17, session 21: a question about money taken or what a system reports, asked with no
 * feeling of its own, is confusion ("what is this fee on my statement?"), not a complaint; the
 * words it needs are per-language data ({@code charge} in {@code clause-words_<locale>.tsv}). A
 * failure that recurs or goes on, words of feeling or a plain question with nothing wrong keep
 * their reading.
 */
class PuzzledAboutAChargeTest {
  private static final Map<String, Analyzer> BY_TAG = Map.of(
      "en", Analyzer.forLocale(Locale.US),
      "de", Analyzer.forLocale(Locale.GERMANY));

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | @CardOne what is this $4.99 \"maintenance fee\" on my statement? i never signed up for anything",
        "en | @CableMax i returned the modem in june but you billed me a $150 unreturned equipment fee?",
        "en | @BankWise it says my payment was declined but the money left my account?",
        "en | @ISP_support i got an email saying my account is suspended?? i paid on time",
        "en | @ridenow i got charged a cancellation fee but the driver cancelled? 🤔",
        "de | @bank was ist das für eine Gebühr auf meiner Rechnung?",
      })
  void aQuestionAboutAChargeIsConfusion(String tag, String text) {
    Signals s = BY_TAG.get(tag).analyze(text);
    assertEquals(Emotion.CONFUSED, s.primary(), text + " -> " + s);
    assertFalse(s.escalation().level().atLeast(EscalationLevel.MEDIUM), text + " -> " + s);
    String quoted = s.emotions().get(0).evidence().get(s.emotions().get(0).evidence().size() - 1).text();
    assertFalse(quoted.startsWith("@"), "the question is quoted from its first word, not the @handle: " + quoted);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "frustrated | @bank you charged me twice?? fix it",
        "frustrated | @bank where is my refund?",
        "frustrated | @AirCo $25 for a checked bag?",
        "frustrated | @bank what is this fee?? absolutely ridiculous",
        "frustrated | @telco your bill is wrong AGAIN?",
        "neutral    | @bank is there a fee for international transfers?",
      })
  void aComplaintOrAPlainQuestionKeepsItsReading(String feeling, String text) {
    Signals s = BY_TAG.get("en").analyze(text);
    assertEquals(Emotion.fromLabel(feeling), s.primary(), text + " -> " + s);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "@bank the fee on my statement is wrong",
        "@bank you billed me for a month i cancelled. fix it",
      })
  void aChargeToldWithoutAQuestionStaysAComplaint(String text) {
    Signals s = BY_TAG.get("en").analyze(text);
    assertNotEquals(Emotion.CONFUSED, s.primary(), text + " -> " + s);
    assertTrue(s.primary() != Emotion.NEUTRAL, text + " -> " + s);
  }
}
