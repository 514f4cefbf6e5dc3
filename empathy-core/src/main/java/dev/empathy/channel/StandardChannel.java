package dev.empathy.channel;

import java.util.Locale;

/**
 * The ids of the channels the SDK ships, as typed constants beside their string forms: {@code
 * Channels.require(StandardChannel.SMS)} is {@code Channels.require("sms")}. {@link #PLAIN} is
 * always present; the others come with empathy-channels on the class or module path.
 *
 * <pre>{@code
 * Rendered sms = Channels.require(StandardChannel.SMS).render(reply);
 * StandardChannel.SMS.id();   // "sms"
 * }</pre>
 */
public enum StandardChannel {
  /** Plain text, always present (it ships with core): the reply's blocks as paragraphs. */
  PLAIN,
  /** Chat: web chat, Slack, Teams, WhatsApp and Messenger, in bubbles. */
  CHAT,
  /** E-mail: a subject, a preheader, and an HTML or plain-text body. */
  EMAIL,
  /**
   * Public social posts (X, Facebook, Instagram, LinkedIn), with private details moved to the DM.
   */
  SOCIAL,
  /** SMS, counted and split in GSM-7 or UCS-2 segments. */
  SMS,
  /** Voice: SSML for text-to-speech, or a script for an agent to read aloud. */
  VOICE;

  /** {@return the channel's id, e.g. {@code "sms"}} */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
