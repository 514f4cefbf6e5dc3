package dev.empathy.channels.email;

import dev.empathy.channel.Flavor;

/**
 * The e-mail channel's flavours as typed constants, in the order {@code Channels.require("email").flavors()}
 * lists them (the first is the default).
 *
 * <pre>{@code
 * Rendered r = Channels.render(reply, EmailFlavor.HTML);
 * }</pre>
 */
public enum EmailFlavor implements Flavor {
  /** {@code "html"}. */
  HTML("html"),
  /** {@code "text"}. */
  TEXT("text");

  private final String id;

  EmailFlavor(String id) {
    this.id = id;
  }

  /** Always {@code "email"}. */
  @Override
  public String channel() {
    return "email";
  }

  @Override
  public String id() {
    return id;
  }
}
