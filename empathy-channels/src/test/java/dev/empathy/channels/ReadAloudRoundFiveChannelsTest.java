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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Channel defects found by reading 48 new requests aloud in six channels (reply-en, session 10):
 * "Hi @becca_b!" in chat and on Facebook, an e-mail list of bare notes ("- Refunded the fee")
 * beside "- I’ve sent…", and a public post's DM line that never says why the conversation moves.
 */
class ReadAloudRoundFiveChannelsTest {
  private static final Empathy US = Empathy.builder().locale(Locale.US).clock(Clock.fixed(Replies.NOW, ZoneOffset.UTC)).build();

  private static Rendered render(String channel, String flavor, Reply reply) {
    return Channels.require(channel).render(reply, RenderOptions.builder().flavor(flavor).build());
  }

  private static Reply handle(String conversation) {
    return US.compose().conversation(conversation, 0).customer("@becca_b")
        .acknowledge(Emotion.FRUSTRATED, "the new charges on my bill").action("I’ve refunded the fee").build();
  }

  @ParameterizedTest
  @CsvSource({"chat, web", "chat, slack", "social, facebook", "social, linkedin", "email, text", "plain, text", "sms, sms"})
  void aHandleIsNeverGreetedAsAName(String channel, String flavor) {
    for (int c = 0; c < 8; c++) {
      Rendered r = render(channel, flavor, handle("becca-" + c));
      String first = r.parts().get(0);
      assertFalse(first.contains("@becca"), first);
      assertFalse(first.contains("becca_b") || first.contains("becca\\_b"), first);
    }
  }

  @Test
  void anEmailListsEveryActionAsTheReplySaysIt() {
    for (int c = 0; c < 8; c++) {
      Reply reply = US.compose().conversation("list-" + c, 0).customer("Dana")
          .acknowledge(Emotion.ANGRY, "the late delivery and the wrong size")
          .action("I’ve sent the size 9 by next-day delivery").action("refunded the shipping")
          .action("broke down the new charges").build();
      String text = render("email", "html", reply).text();
      assertTrue(text.contains("- I’ve refunded the shipping"), text);
      assertTrue(text.contains("- I’ve broken down the new charges"), text);
      assertFalse(text.contains("- Refunded") || text.contains("- Broke"), text);
    }
  }

  @Test
  void theDmLineSaysWhyTheConversationMoves() {
    String generic = "so we can sort this out privately|look into the details together|take care of this privately"
        + "|without sharing your details here";
    for (int c = 0; c < 8; c++) {
      Reply money = US.compose().conversation("dm-" + c, 0).customer("@mike_b").acknowledge(Emotion.ANGRY, "the late refund")
          .action("I’ve refunded the $899").action("added $50 credit for the hassle").build();
      String post = render("social", "x", money).parts().get(0);
      assertFalse(post.contains("$"), post);
      assertTrue(post.contains("exact figures"), post);
      assertFalse(post.matches("(?s).*(" + generic + ").*"), post);
    }
  }
}
