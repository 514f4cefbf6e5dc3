package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 17, session 21: the level a feeling sets by its strength alone. A glitch told with a face
 * or a sigh ("app keeps crashing 🙃", "so slow 😩") is an everyday complaint, and a hope let down
 * said mildly ("bit of a bummer") a plain disappointment: low. Frustration named in words of its
 * own ("absolutely ridiculous"), a failure going on or coming back ("down again ffs", "still
 * nothing"), or disappointment named outright ("so disappointed") still needs care.
 */
class GlitchAndMildLetDownTest {
  private static final Analyzer EN = Analyzer.forLocale(Locale.US);

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "frustrated   | @streamly app keeps crashing when i open downloads 🙃",
        "frustrated   | @streamly why is the tv app so slow now 😩",
        "disappointed | @StayInn pool closed all weekend and nobody told us when we booked. bit of a bummer",
        "disappointed | @tvco season 3 being gone is a shame",
        // session 24: "every time" opening the customer's own act tells when the glitch shows, not that it goes on
        "frustrated   | @FlixNow app crashes every time i try to download an episode",
        "frustrated   | @FlixNow app crashes every time i try to download an episode 🙃",
      })
  void aGlitchWithAFaceOrAMildLetDownStaysLow(String feeling, String text) {
    Signals s = EN.analyze(text);
    assertEquals(Emotion.fromLabel(feeling), s.primary(), text + " -> " + s);
    assertEquals(EscalationLevel.LOW, s.escalation().level(), text + " -> " + s);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "@GameHub servers down again during the tournament ffs",
        "@GameHub still nothing from support, absolutely ridiculous",
        "@streamly app keeps crashing. absolutely ridiculous",
        "@StayInn I am so disappointed with this stay",
        "@StayInn really let down by the staff tonight",
        "@FlixNow the app crashed again 🙃",
        "@FlixNow app is down again 😩",
      })
  void aFailureGoingOnOrAFeelingNamedOutrightNeedsCare(String text) {
    Signals s = EN.analyze(text);
    assertTrue(s.escalation().level().atLeast(EscalationLevel.MEDIUM), text + " -> " + s);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "@VidFlix video buffering every 30 secs tonight, fix ur servers",
        "game lagging every 5 min on the new patch",
      })
  void aStateThatComesBackAtARateIsAFailure(String text) {
    Signals s = EN.analyze(text);
    assertEquals(Emotion.FRUSTRATED, s.primary(), text + " -> " + s);
    assertEquals(EscalationLevel.LOW, s.escalation().level(), text + " -> " + s);
  }
}
