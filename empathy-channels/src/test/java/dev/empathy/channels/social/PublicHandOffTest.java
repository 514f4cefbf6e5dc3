package dev.empathy.channels.social;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.channel.Channels;
import dev.empathy.channel.RenderOptions;
import dev.empathy.channel.Rendered;
import dev.empathy.channels.Replies;
import dev.empathy.compose.Reply;
import dev.empathy.compose.Timeline;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A public post that leaves the customer's next steps (the follow-up, further actions) to the DM
 * says so, briefly, with its reason, as brands do ("I’ve sent you a DM with the next steps."): the
 * demo's T-1006 on X said nothing about the DM although only the DM carried the follow-up.
 */
class PublicHandOffTest {
  private static final Empathy EMPATHY =
      Empathy.builder().locale(Locale.US).clock(Clock.fixed(Replies.NOW, ZoneOffset.UTC)).build();

  private static Reply t1006(int conversation) {
    return EMPATHY.compose().conversation("T-1006-" + conversation, 0).customer("@jess_k")
        .acknowledge(Emotion.DISAPPOINTED, "the ruined birthday present")
        .summary("your parcel was left outside in the rain and the gift inside was damaged")
        .action("I’ve arranged a free replacement with express delivery")
        .timeline(Timeline.businessDays(2))
        .followUp("I’ll message you the tracking link as soon as it ships")
        .build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"x", "instagram"})
  void aPostThatLeavesTheFollowUpToTheDmSaysSo(String flavor) {
    for (int c = 0; c < 8; c++) {
      Reply reply = t1006(c);
      Rendered r = Channels.require("social").render(reply, RenderOptions.builder().flavor(flavor).build());
      String post = r.parts().get(0);
      String dm = r.parts().get(r.parts().size() - 1);
      if (post.contains("tracking link")) {
        continue; // the follow-up fits in public: nothing to point to
      }
      assertTrue(dm.contains("tracking link"), dm);
      assertTrue(post.contains("DM") || post.contains("privately") || post.contains("private message"),
          () -> "the post leaves the follow-up to the DM without saying so: " + post);
      assertTrue(post.contains("next steps"), () -> "the hand-off line gives no reason: " + post);
      assertFalse(post.contains("in case you need anything else"), () -> "a closing before the hand-off line: " + post);
      assertTrue(Channels.require("social").render(reply, RenderOptions.builder().flavor(flavor).build()).length().value() <= 280, post);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"x", "instagram"})
  void aPostThatKeepsEverythingHasNoHandOffLine(String flavor) {
    Reply reply = EMPATHY.compose().conversation("short", 0).customer("@jess_k")
        .acknowledge(Emotion.DISAPPOINTED, "the ruined birthday present")
        .action("I’ve arranged a free replacement").build();
    String post = Channels.require("social").render(reply, RenderOptions.builder().flavor(flavor).build()).parts().get(0);
    assertFalse(post.contains("DM"), post);
    assertEquals(-1, post.indexOf("next steps"), post);
  }
}
