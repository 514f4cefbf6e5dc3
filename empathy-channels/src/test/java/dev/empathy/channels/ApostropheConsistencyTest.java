package dev.empathy.channels;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.channel.Channels;
import dev.empathy.channel.RenderOptions;
import dev.empathy.channel.Rendered;
import dev.empathy.compose.Reply;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One reply writes one apostrophe (reply-en, session 9): the demo's e-mail T-1001 mixed our
 * phrases' ’ with the agent's ' ("you’ve told me … haven't heard back"), and a chat reply to a
 * caller who typed ' opened "Okay, I’m on it." in an otherwise straight reply. The rule: a caller's
 * typewriter apostrophe inside a word is written as our phrases' ’, unless every caller text was
 * typed straight, and then every line of ours follows it; SMS re-encodes ’ for GSM-7 as a whole.
 */
class ApostropheConsistencyTest {
  private static final Empathy US = Empathy.builder().locale(Locale.US).clock(Clock.fixed(Replies.NOW, ZoneOffset.UTC)).build();
  private static final Pattern CURLY = Pattern.compile("\\p{L}’\\p{L}");
  private static final Pattern STRAIGHT = Pattern.compile("\\p{L}'\\p{L}");

  private static Reply reply(String conversation, String summary, String action, String followUp) {
    return US.compose().conversation(conversation, 0).customer("Becca")
        .acknowledge(Emotion.ANGRY, "the app that keeps crashing")
        .summary(summary).action(action).followUp(followUp).build();
  }

  private static String rendered(Reply r, String channel) {
    Rendered out = Channels.require(channel).render(r, RenderOptions.defaults());
    return String.join("\n", out.parts());
  }

  @ParameterizedTest
  @ValueSource(strings = {"plain", "chat", "email", "social", "sms", "voice"})
  void aMixedCallerGetsOurApostropheThroughout(String channel) {
    for (int c = 0; c < 24; c++) {
      Reply r = reply("mixed-" + c, "the app crashes and you haven't been able to log in since Monday",
          "I’ve sent your crash logs to our engineers", "I'll update you once the fix is live");
      String text = rendered(r, channel);
      if (channel.equals("sms")) {
        assertFalse(CURLY.matcher(text).find(), text); // GSM-7: every ’ re-encoded, together
      } else {
        assertFalse(STRAIGHT.matcher(text).find(), text);
        assertTrue(CURLY.matcher(text).find(), text);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"plain", "chat", "email", "social", "sms", "voice"})
  void aStraightCallerGetsStraightApostrophesInEveryLineOfOurs(String channel) {
    for (int c = 0; c < 24; c++) {
      Reply r = reply("straight-" + c, "the app crashes and you haven't been able to log in since Monday",
          "I've sent your crash logs to our engineers", "I'll update you once the fix is live");
      String text = rendered(r, channel);
      assertFalse(CURLY.matcher(text).find(), text);
    }
  }
}
