package dev.empathy.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.channel.ChannelOverflowException;
import dev.empathy.channel.Channels;
import dev.empathy.channel.Overflow;
import dev.empathy.channel.RenderOptions;
import dev.empathy.compose.Reply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** FAIL refuses with the measured size and the limit in the medium's own unit. */
class OverflowTest {
  private static final String LONG = "the parcel that was meant to arrive for my daughter’s birthday party last Saturday but never did";
  private static final Reply REPLY =
      Replies.of(
          Replies.fixed(),
          Map.of(
              "customer", "Dana Whitaker",
              "situation", LONG + ", " + LONG + ", " + LONG,
              "summary", "the courier marked it as delivered although nobody came to the door at all",
              "actions", List.of("I’ve sent a replacement by express courier", "I’ve refunded the delivery fee", "I’ve reported the courier"),
              "timeline", Map.of("businessDays", 2),
              "followUp", "I’ll text you the new tracking number"));

  private static ChannelOverflowException refuse(String channel, String flavor, int limit) {
    RenderOptions.Builder b = RenderOptions.builder().overflow(Overflow.FAIL).limit(limit);
    if (flavor != null) {
      b.flavor(flavor);
    }
    return assertThrows(ChannelOverflowException.class, () -> Channels.require(channel).render(REPLY, b.build()));
  }

  @Test
  void socialRefusesInWeightedCharacters() {
    ChannelOverflowException e = refuse("social", "x", 280);
    assertEquals("weighted", e.unit());
    assertEquals(280, e.limit());
    assertTrue(e.measured() > 280);
  }

  @Test
  void smsRefusesInSegments() {
    ChannelOverflowException e = refuse("sms", null, 1);
    assertEquals("segments", e.unit());
    assertEquals(1, e.limit());
    assertTrue(e.measured() > 1);
  }

  @Test
  void chatRefusesABubbleInGraphemes() {
    ChannelOverflowException e = refuse("chat", "messenger", 100);
    assertEquals("graphemes", e.unit());
    assertTrue(e.measured() > 100);
  }

  @Test
  void voiceRefusesInSeconds() {
    ChannelOverflowException e = refuse("voice", null, 10);
    assertEquals("seconds", e.unit());
    assertTrue(e.measured() > 10);
  }

  @Test
  void emailRefusesInGraphemes() {
    ChannelOverflowException e = refuse("email", null, 200);
    assertEquals("graphemes", e.unit());
    assertEquals(200, e.limit());
  }

  @Test
  void shortenDropsTheClosingFirst() {
    var r = Channels.require("social").render(REPLY, RenderOptions.builder().flavor("linkedin").limit(300).build());
    assertTrue(r.length().value() <= 300);
    assertTrue(r.changes().stream().anyMatch(c -> c.detail().contains("closing")), r.changes().toString());
  }
}
