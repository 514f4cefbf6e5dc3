package dev.empathy.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.InvalidInputException;
import dev.empathy.channel.Channels;
import dev.empathy.channel.Flavor;
import dev.empathy.channel.RenderOptions;
import dev.empathy.channel.Rendered;
import dev.empathy.channel.RenderedField;
import dev.empathy.channel.StandardChannel;
import dev.empathy.channels.chat.ChatField;
import dev.empathy.channels.chat.ChatFlavor;
import dev.empathy.channels.email.EmailField;
import dev.empathy.channels.email.EmailFlavor;
import dev.empathy.channels.sms.SmsField;
import dev.empathy.channels.sms.SmsFlavor;
import dev.empathy.channels.social.SocialField;
import dev.empathy.channels.social.SocialFlavor;
import dev.empathy.channels.voice.VoiceField;
import dev.empathy.channels.voice.VoiceFlavor;
import dev.empathy.compose.Reply;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The typed constants (StandardChannel, each channel's Flavor and RenderedField enums) name exactly
 * what the channels render, so they cannot drift from the string forms.
 */
class TypedConstantsTest {
  private static final Reply REPLY =
      Replies.of(
          Replies.fixed(),
          Map.of("customer", "Dana", "situation", "the late parcel", "actions", List.of("I’ve re-sent it")));

  static Stream<Arguments> flavourEnums() {
    return Stream.of(
        Arguments.of("chat", ChatFlavor.values()),
        Arguments.of("email", EmailFlavor.values()),
        Arguments.of("social", SocialFlavor.values()),
        Arguments.of("sms", SmsFlavor.values()),
        Arguments.of("voice", VoiceFlavor.values()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("flavourEnums")
  void eachFlavourEnumListsTheChannelsFlavoursInOrder(String channel, Flavor[] flavours) {
    assertEquals(Channels.require(channel).flavors(), Arrays.stream(flavours).map(Flavor::id).toList());
    for (Flavor f : flavours) {
      assertEquals(channel, f.channel(), f.toString());
    }
  }

  @ParameterizedTest
  @EnumSource(StandardChannel.class)
  void everyStandardChannelIsInstalled(StandardChannel c) {
    assertEquals(c.id(), Channels.require(c).id());
  }

  @Test
  void renderingByFlavourIsRenderingByItsStrings() {
    Rendered typed = Channels.render(REPLY, ChatFlavor.SLACK);
    Rendered strings = Channels.require("chat").render(REPLY, RenderOptions.builder().flavor("slack").build());
    assertEquals(strings, typed);
    assertEquals("slack", typed.flavor());
    assertNotEquals(Channels.render(REPLY, ChatFlavor.TEAMS), typed);
    assertEquals(
        RenderOptions.builder().flavor("x").build(), RenderOptions.builder().flavor(SocialFlavor.X).build());
  }

  static Stream<Arguments> fieldEnums() {
    return Stream.of(
        Arguments.of(ChatFlavor.WEB, ChatField.values()),
        Arguments.of(EmailFlavor.HTML, EmailField.values()),
        Arguments.of(SmsFlavor.SMS, SmsField.values()),
        Arguments.of(VoiceFlavor.SSML, VoiceField.values()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fieldEnums")
  void eachFieldConstantIsAFieldTheChannelWrites(Flavor flavour, RenderedField[] fields) {
    Rendered r = Channels.render(REPLY, flavour);
    assertEquals(r.fields().keySet(), Arrays.stream(fields).map(RenderedField::id).collect(java.util.stream.Collectors.toSet()));
    for (RenderedField f : fields) {
      assertEquals(r.field(f.id()), r.field(f));
    }
  }

  @Test
  void theSocialDirectMessageFieldIsTheOneTheChannelWrites() {
    Rendered r = Channels.render(REPLY, SocialFlavor.X);
    assertTrue(r.fields().keySet().stream().allMatch(k -> k.equals(SocialField.DM.id())), r.fields().keySet().toString());
  }

  @Test
  void renderedValuesPrintWhatTheyHold() {
    Rendered sms = Channels.render(REPLY, SmsFlavor.SMS);
    String s = sms.toString();
    assertTrue(s.startsWith("Rendered[sms/sms, length="), s);
    assertTrue(s.contains("parts=" + sms.parts().size()), s);
    assertTrue(s.contains("fields=[encoding, unit, unitsPerSegment, languageShift]"), s);
    assertTrue(s.contains("text=\"" + sms.text().substring(0, 20).replace("\n", "\\n")), s);
    assertTrue(RenderOptions.builder().flavor(ChatFlavor.TEAMS).limit(300).build().toString().contains("flavor=teams"));
  }

  @Test
  void aNullConstantIsNamed() {
    assertEquals("flavor", assertThrows(InvalidInputException.class, () -> Channels.render(REPLY, null)).field());
    assertEquals(
        "channel", assertThrows(InvalidInputException.class, () -> Channels.require((StandardChannel) null)).field());
    Rendered r = Channels.render(REPLY, EmailFlavor.TEXT);
    assertEquals("field", assertThrows(InvalidInputException.class, () -> r.field((RenderedField) null)).field());
  }
}
