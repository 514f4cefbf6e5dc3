package dev.empathy.channels.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.channel.Channels;
import dev.empathy.channel.RenderOptions;
import dev.empathy.channel.Rendered;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A call never reads an emoji out by name ("The new dark mode raising hands made our day"). */
class VoiceEmojiTest {
  private static final Empathy US = Empathy.builder().locale(Locale.US).build();

  @Test
  void emojiAreLeftUnsaidWithAChange() {
    Rendered r = Channels.require("voice").render(
        US.compose().conversation("emoji", 0).customer("Kai").acknowledge(Emotion.GRATEFUL, "the new 🙌🏽 dark mode").build(),
        RenderOptions.builder().flavor("script").build());
    assertFalse(r.text().contains("🙌"), r.text());
    assertFalse(r.text().contains("\uD83C\uDFFD"), r.text());
    assertTrue(r.text().contains("the new dark mode made our day") || r.text().contains("dark mode"), r.text());
    assertTrue(r.changes().stream().anyMatch(c -> c.detail().startsWith("left emoji unsaid")), r.changes()::toString);
  }

  @Test
  void withoutEmojiKeepsWordsAndSigns() {
    assertEquals("Acme™ © 2026, thanks!", VoiceChannel.withoutEmoji("Acme™ © 2026 👍, thanks! 🇬🇧"));
    assertEquals("family day", VoiceChannel.withoutEmoji("family 👨‍👩‍👧 day"));
    assertFalse(VoiceChannel.pictographic("plain text → arrows and © signs"));
  }
}
