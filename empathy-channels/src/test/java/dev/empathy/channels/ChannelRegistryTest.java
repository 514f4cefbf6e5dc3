package dev.empathy.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.InvalidInputException;
import dev.empathy.channel.Channel;
import dev.empathy.channel.Channels;
import dev.empathy.channel.RenderOptions;
import dev.empathy.channel.Rendered;
import dev.empathy.compose.Reply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The five channels are found through ServiceLoader with exactly their documented flavours. */
class ChannelRegistryTest {
  private static final Reply REPLY =
      Replies.of(Replies.fixed(), Map.of("customer", "Dana", "situation", "the late parcel", "actions", List.of("I’ve re-sent it")));

  @Test
  void everyChannelIsRegisteredWithItsFlavoursDefaultFirst() {
    assertTrue(Channels.ids().containsAll(List.of("chat", "email", "plain", "sms", "social", "voice")), Channels.ids().toString());
    assertEquals(List.of("web", "slack", "teams", "whatsapp", "messenger"), Channels.require("chat").flavors());
    assertEquals(List.of("x", "facebook", "instagram", "linkedin"), Channels.require("social").flavors());
    assertEquals(List.of("ssml", "script"), Channels.require("voice").flavors());
    assertEquals(List.of("html", "text"), Channels.require("email").flavors());
    assertEquals(List.of("sms"), Channels.require("sms").flavors());
  }

  @ParameterizedTest
  @ValueSource(strings = {"chat", "email", "social", "sms", "voice"})
  void withoutAFlavourTheFirstIsUsed(String id) {
    Channel c = Channels.require(id);
    Rendered r = c.render(REPLY);
    assertEquals(c.flavors().get(0), r.flavor());
    assertEquals(id, r.channel());
    assertTrue(r.parts().size() >= 1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"chat", "email", "social", "sms", "voice"})
  void anUnknownFlavourNamesTheField(String id) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> Channels.require(id).render(REPLY, RenderOptions.builder().flavor("fax").build()));
    assertEquals("flavor", e.field());
    assertTrue(e.getMessage().contains("\"fax\""), e.getMessage());
  }

  @Test
  void channelOptionsAreValidated() {
    InvalidInputException sms =
        assertThrows(InvalidInputException.class, () -> Channels.require("sms").render(REPLY, RenderOptions.builder().option("sms.smartEncoding", "maybe").build()));
    assertEquals("options", sms.field());
    InvalidInputException voice =
        assertThrows(InvalidInputException.class, () -> Channels.require("voice").render(REPLY, RenderOptions.builder().option("voice.wordsPerMinute", "9000").build()));
    assertTrue(voice.getMessage().contains("60 to 400"), voice.getMessage());
    // Another channel's options are not this channel's business.
    Channels.require("chat").render(REPLY, RenderOptions.builder().option("sms.smartEncoding", "all").build());
  }
}
