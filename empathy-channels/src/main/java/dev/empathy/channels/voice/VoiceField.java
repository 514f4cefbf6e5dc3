package dev.empathy.channels.voice;

import dev.empathy.channel.RenderedField;

/**
 * The named extras of a rendered voice message as typed constants, beside their string forms.
 *
 * <pre>{@code
 * Rendered r = Channels.render(reply, VoiceFlavor.SSML);
 * r.field(VoiceField.SCRIPT);
 * }</pre>
 */
public enum VoiceField implements RenderedField {
  /** The script an agent reads, with delivery cues. */
  SCRIPT("script"),
  /** The SSML document for a speech engine. */
  SSML("ssml"),
  /** The estimated speaking time, in seconds. */
  SPEAKING_SECONDS("speakingSeconds"),
  /** The speaking rate the estimate assumes. */
  WORDS_PER_MINUTE("wordsPerMinute");

  private final String id;

  VoiceField(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
