package dev.empathy.channels.voice;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.channel.Channels;
import dev.empathy.channel.RenderOptions;
import dev.empathy.channel.Rendered;
import dev.empathy.compose.Reply;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A call says the customer's name aloud: a "name" holding markup ("<speak>&</speak>", the CLI
 * property's draw in session 20, seed 6394684373082220581) gets the anonymous greeting, in every
 * language, instead of an engine reading its brackets out; the script never opens with markup. (The
 * action holds a digit: since session 22 an action of punctuation alone, "!", is refused by compose.)
 */
class VoiceMarkupNameTest {

  @ParameterizedTest
  @ValueSource(strings = {"ja", "en-US", "de-DE", "fr-FR", "es", "pt-BR"})
  void aNameWithMarkupIsNotSaidOnACall(String locale) {
    Reply reply = Empathy.builder().locale(locale).build().compose().conversation("markup", 0)
        .customer("<speak>&</speak>").acknowledge(Emotion.FRUSTRATED, "!").action("! 1").build();
    for (String flavor : new String[] {"script", "ssml"}) {
      Rendered r = Channels.require("voice").render(reply, RenderOptions.builder().flavor(flavor).build());
      String script = r.field("script").orElse(r.text());
      assertFalse(script.contains("speak>") || script.startsWith("<"), () -> locale + " " + flavor + ": " + script);
      assertFalse(script.isBlank(), locale);
    }
    Rendered named = Channels.require("voice").render(Empathy.builder().locale(locale).build().compose()
        .conversation("plain", 0).customer("Dana Whitaker").acknowledge(Emotion.FRUSTRATED, "the late parcel").action("I’ve resent it").build());
    assertTrue(named.field("script").orElse(named.text()).contains("Dana"), () -> locale + ": the name is still said: " + named.text());
  }
}
