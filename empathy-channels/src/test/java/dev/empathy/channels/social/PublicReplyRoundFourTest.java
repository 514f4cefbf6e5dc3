package dev.empathy.channels.social;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.channel.Channels;
import dev.empathy.channel.RenderOptions;
import dev.empathy.channel.Rendered;
import dev.empathy.compose.Owner;
import dev.empathy.compose.Reply;
import dev.empathy.compose.Timeline;
import dev.empathy.channels.Replies;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Public replies read against the best brands' (reply-en, session 9, demo ticket T-1006): a post
 * answering @jess_k opened "Hi there." though X already shows whom it answers, shrank its
 * acknowledgement to "I understand how disappointing this is." while keeping "One last thing: I’ll
 * message you the tracking link…", and said that follow-up beside the DM hand-off line.
 */
class PublicReplyRoundFourTest {
  private static final Empathy US = Empathy.builder().locale(Locale.US).clock(Clock.fixed(Replies.NOW, ZoneOffset.UTC)).build();

  private static Reply t1006(String customer) {
    return US.compose().conversation("T-1006", 0).customer(customer)
        .acknowledge(Emotion.DISAPPOINTED, "the ruined birthday present")
        .summary("your parcel was left outside in the rain and the gift inside was damaged")
        .action("I’ve arranged a free replacement with express delivery")
        .timeline(Timeline.businessDays(2).ownedBy(Owner.me()))
        .followUp("I’ll message you the tracking link as soon as it ships")
        .build();
  }

  private static Rendered social(Reply reply, String flavor) {
    return Channels.require("social").render(reply, RenderOptions.builder().flavor(flavor).build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"x", "instagram"})
  void aCustomerKnownByAHandleIsNotGreetedWithFiller(String flavor) {
    String post = social(t1006("@jess_k"), flavor).parts().get(0);
    assertFalse(post.startsWith("Hi") || post.startsWith("Hello"), post);
    assertFalse(post.contains("Hi there") || post.contains("@jess_k"), post);
  }

  @Test
  void aNamedCustomerIsStillGreetedOnFacebook() {
    assertTrue(social(t1006("Jess Kim"), "facebook").parts().get(0).startsWith("H"), "greeting expected");
  }

  @ParameterizedTest
  @ValueSource(strings = {"x", "facebook", "instagram"})
  void theLongPostKeepsTheAcknowledgementThatNamesWhatHappened(String flavor) {
    Rendered r = social(t1006("@jess_k"), flavor);
    String post = r.parts().get(0);
    assertTrue(post.contains("the ruined birthday present"), post);
    assertFalse(post.contains("One last thing"), post);
    assertTrue(post.contains("free replacement"), post);
    assertTrue(r.field("dm").orElseThrow().contains("tracking link"), "the DM keeps the follow-up");
  }

  @Test
  void theFollowUpIsNotPromisedBesideTheHandOffLine() {
    Reply reply = US.compose().conversation("dm", 0).customer("@sam")
        .acknowledge(Emotion.FRUSTRATED, "the double charge")
        .action("I’ve refunded the charge to the card ending 4471")
        .followUp("I’ll message you once the refund shows")
        .build();
    String post = social(reply, "x").parts().get(0);
    assertTrue(post.contains("DM") || post.contains("private"), post);
    assertFalse(post.contains("message you once"), post);
    assertEquals(1, post.split("I’ll message you|I’ve sent you|I’ve messaged you", -1).length - 1, post);
  }
}
