package dev.empathy.channels.social;

import dev.empathy.channel.Flavor;

/**
 * The public social channel's flavours as typed constants, in the order {@code Channels.require("social").flavors()}
 * lists them (the first is the default).
 *
 * <pre>{@code
 * Rendered r = Channels.render(reply, SocialFlavor.X);
 * }</pre>
 */
public enum SocialFlavor implements Flavor {
  /** {@code "x"}. */
  X("x"),
  /** {@code "facebook"}. */
  FACEBOOK("facebook"),
  /** {@code "instagram"}. */
  INSTAGRAM("instagram"),
  /** {@code "linkedin"}. */
  LINKEDIN("linkedin");

  private final String id;

  SocialFlavor(String id) {
    this.id = id;
  }

  /** Always {@code "social"}. */
  @Override
  public String channel() {
    return "social";
  }

  @Override
  public String id() {
    return id;
  }
}
