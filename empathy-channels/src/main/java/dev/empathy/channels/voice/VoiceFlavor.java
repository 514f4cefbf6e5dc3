package dev.empathy.channels.voice;

import dev.empathy.channel.Flavor;

/**
 * The voice channel's flavours as typed constants, in the order {@code Channels.require("voice").flavors()}
 * lists them (the first is the default).
 *
 * <pre>{@code
 * Rendered r = Channels.render(reply, VoiceFlavor.SSML);
 * }</pre>
 */
public enum VoiceFlavor implements Flavor {
  /** {@code "ssml"}. */
  SSML("ssml"),
  /** {@code "script"}. */
  SCRIPT("script");

  private final String id;

  VoiceFlavor(String id) {
    this.id = id;
  }

  /** Always {@code "voice"}. */
  @Override
  public String channel() {
    return "voice";
  }

  @Override
  public String id() {
    return id;
  }
}
