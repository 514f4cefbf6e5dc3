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
  PLAIN,
  CHAT,
  EMAIL,
  SOCIAL,
  SMS,
  VOICE;

  /** The channel's id, e.g. {@code "sms"}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
