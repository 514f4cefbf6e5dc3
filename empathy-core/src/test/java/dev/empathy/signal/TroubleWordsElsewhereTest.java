package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 17, session 10: words of trouble that say something else. "my bad" owns a slip, "so bad"
 * after wanting tells how much, "poor" before a person or an animal is pity, and "the same thing"
 * agrees unless it happens again, and "seriously" before a word raises it ("Seriously?" stays). None of them is the customer's frustration; the complaints the
 * same words make ("poor service", "it happened again") still are.
 */
class TroubleWordsElsewhereTest {
  private static final Analyzer EN = Analyzer.forLocale(Locale.US);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Oops, my bad, I gave you my old number. It's 4471.",
        "My bad! Found the tracking link in my spam folder.",
        "I want this jacket so bad, when is the blue one back in stock?",
        "we wanted it SO badly for the trip lol",
        "Poor kid, he was so excited about the bike. Hope it gets here Friday!",
        "Aww that poor girl. Thanks for looking after her.",
        "I was thinking the same thing, the new menu is much easier.",
        "Same thing I said to my sister lol",
        "I seriously love the new app, the dark mode is great",
        "Seriously. Best pizza in town, and the driver was lovely.",
        "My winter break starts tomorrow, so glad the parcel made it in time",
        "Going to take a break and order again tonight :)",
      })
  void aSlipAWishPityOrAgreementIsNotFrustration(String text) {
    Signals s = EN.analyze(text);
    assertNotEquals(Emotion.FRUSTRATED, s.primary(), text + " -> " + s.emotions());
    assertEquals(EscalationLevel.NONE, s.escalation().level(), text);
  }

  /** Sympathy said to someone else (an agent's or a friend's) does not escalate. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "You must be so frustrated, that sounds awful",
        "oh no, you must feel really gutted. That sounds rough.",
        "That sounds terrible, you must be exhausted after all that",
      })
  void sympathyWithSomeoneElseDoesNotEscalate(String text) {
    Signals s = EN.analyze(text);
    assertTrue(s.escalation().level().compareTo(EscalationLevel.LOW) <= 0, text + " -> " + s.escalation());
    assertNotEquals(Emotion.FRUSTRATED, s.primary(), text + " -> " + s.emotions());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "I am so frustrated, nobody answers my emails.",
        "Really poor service, nobody answered the phone.",
        "The same thing happened again, the app logged me out mid-order.",
        "I want a refund, the support was so bad.",
        "This is bad. My card was charged and the order vanished.",
        "You moved my flight to 6am. Seriously?",
        "seriously ?? the update logged me out again",
        "The latest update broke the login page.",
        "Oh give me a break, the refund still isn't there.",
      })
  void theComplaintsTheseWordsMakeStayFrustrated(String text) {
    Signals s = EN.analyze(text);
    assertTrue(
        s.emotion(Emotion.FRUSTRATED).isPresent() || s.emotion(Emotion.ANGRY).isPresent(),
        text + " -> " + s.emotions());
  }
}
