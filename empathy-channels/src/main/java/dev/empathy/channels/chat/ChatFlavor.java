package dev.empathy.channels.chat;

import dev.empathy.channel.Flavor;

/**
 * The chat channel's flavours as typed constants, in the order {@code Channels.require("chat").flavors()}
 * lists them (the first is the default).
 *
 * <pre>{@code
 * Rendered r = Channels.render(reply, ChatFlavor.SLACK);
 * }</pre>
 */
public enum ChatFlavor implements Flavor {
  /** {@code "web"}. */
  WEB("web"),
  /** {@code "slack"}. */
  SLACK("slack"),
  /** {@code "teams"}. */
  TEAMS("teams"),
  /** {@code "whatsapp"}. */
  WHATSAPP("whatsapp"),
  /** {@code "messenger"}. */
  MESSENGER("messenger");

  private final String id;

  ChatFlavor(String id) {
    this.id = id;
  }

  /** Always {@code "chat"}. */
  @Override
  public String channel() {
    return "chat";
  }

  @Override
  public String id() {
    return id;
  }
}
