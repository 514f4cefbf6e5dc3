package dev.empathy.channels;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.channel.Channels;
import dev.empathy.channel.RenderOptions;
import dev.empathy.channel.Rendered;
import dev.empathy.compose.Reply;
import dev.empathy.compose.Timeline;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Session 19's probes: a customer who signs "J." was greeted "Hi J.." in chat, SMS and the public
 * post, and "refunded the full $145 this morning" lost its amount in public as "refunded the full
 * this morning".
 */
class NameStopAndQualifiedAmountTest {

  private static Reply reply(String name, String action) {
    return Empathy.builder().locale(Locale.US).build().compose().customer(name)
        .acknowledge(Emotion.FRUSTRATED).summary("tracking says delivered but it was not").action(action)
        .timeline(Timeline.within(Duration.ofDays(3))).build();
  }

  @Test
  void aNameWithItsOwnStopEndsTheGreeting() {
    for (String channel : new String[] {"chat", "sms", "social"}) {
      Rendered r = Channels.require(channel).render(reply("J.", "opened a USPS trace"), RenderOptions.builder().build());
      String first = r.parts().get(0);
      assertTrue(first.startsWith("Hi J. ") || first.startsWith("Hello J. "), channel + ": " + first);
      assertFalse(first.contains("J.."), channel + ": " + first);
    }
  }

  @Test
  void aQualifiedAmountLeavesItsNounInPublic() {
    Rendered r = Channels.require("social").render(reply("Kayla", "refunded the full $145 this morning"), RenderOptions.builder().build());
    String post = r.parts().get(0);
    assertFalse(post.contains("$145"), post);
    assertTrue(post.contains("the full amount this morning"), post);
  }
}
