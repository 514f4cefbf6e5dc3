package dev.empathy.channels.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.channel.Channels;
import dev.empathy.channel.Rendered;
import dev.empathy.compose.Reply;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Chat shows no signature, so a reply that names its agent introduces them in the first bubble on
 * the conversation's first turn, after the greeting, and says the name nowhere else; a later turn
 * does not introduce them again.
 */
class AgentIntroductionChatTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T15:00:00Z"), ZoneOffset.UTC);

  @ParameterizedTest
  @ValueSource(strings = {"en-US", "es", "fr", "de", "pt-BR", "ja"})
  void theFirstTurnIntroducesTheAgentOnceAndALaterTurnDoesNot(String tag) {
    Empathy empathy = Empathy.builder().locale(tag).clock(CLOCK).build();
    for (int c = 0; c < 12; c++) {
      Reply first = empathy.compose().conversation("chat-" + c, 0).customer("Dana").agent("Samira")
          .acknowledge(Emotion.FRUSTRATED).action(tag.equals("de") ? "Ich habe es geprüft." : "x").build();
      Rendered r = Channels.require("chat").render(first);
      assertTrue(r.parts().get(0).contains("Samira"), () -> tag + ": " + r.parts());
      assertEquals(1, r.text().split("Samira", -1).length - 1, () -> tag + ": " + r.text());
      assertTrue(r.parts().get(0).indexOf("Dana") < r.parts().get(0).indexOf("Samira"), () -> tag + ": " + r.parts());

      Reply later = empathy.compose().conversation("chat-" + c, 1).customer("Dana").agent("Samira")
          .acknowledge(Emotion.FRUSTRATED).action(tag.equals("de") ? "Ich habe es geprüft." : "x").build();
      String text = Channels.require("chat").render(later).text();
      assertFalse(text.contains("Samira"), () -> tag + " turn 1: " + text);
    }
  }
}
