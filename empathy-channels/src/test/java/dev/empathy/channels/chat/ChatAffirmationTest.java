package dev.empathy.channels.chat;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.channel.Channels;
import dev.empathy.channel.RenderOptions;
import dev.empathy.compose.Reply;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The micro-affirmation fits what the customer did: a joke or a laugh is answered in kind, never
 * with a clerk's "Got it." or "Sure."; a confused customer asked for an explanation, so "Of
 * course." and "Absolutely." (answers to a favour nobody asked) never open the reply.
 */
class ChatAffirmationTest {
  private static final Empathy US = Empathy.builder().locale(Locale.US).build();

  private static String firstBubble(Reply reply) {
    return Channels.require("chat").render(reply, RenderOptions.builder().build()).parts().get(0);
  }

  @Test
  void aJokeIsNeverAnsweredLikeATicket() {
    Set<String> clerk = Set.of("Got it.", "Sure.", "Of course.", "Sure thing.", "Thanks for flagging this.", "Thanks for the heads-up.");
    boolean playful = false;
    for (int c = 0; c < 24; c++) {
      for (String joke : new String[] {"your joke about our hold music 😂", "haha your autocorrect joke", "your tweet about the chicken costume lmao"}) {
        Reply r = US.compose().conversation("joke-" + c, 0).customer("Brenda").acknowledge(Emotion.NEUTRAL, joke).build();
        String bubble = firstBubble(r);
        for (String a : clerk) {
          assertFalse(bubble.contains("! " + a) || bubble.contains(". " + a), () -> "clerk's answer to a joke: " + bubble);
        }
        playful |= bubble.contains("Ha") || bubble.contains("laugh");
      }
    }
    assertTrue(playful, "some variant answers the joke in kind");
  }

  @Test
  void aConfusedCustomerIsNotAnsweredAsIfTheyAskedAFavour() {
    for (int c = 0; c < 24; c++) {
      Reply r = US.compose().conversation("confused-" + c, 0).customer("Jen").acknowledge(Emotion.CONFUSED, "why my seat changed")
          .action("The aircraft was swapped, so seats were reassigned").build();
      String bubble = firstBubble(r);
      assertFalse(bubble.contains("Of course.") || bubble.contains("Absolutely.") || bubble.contains("Got it."), bubble);
    }
  }
}
