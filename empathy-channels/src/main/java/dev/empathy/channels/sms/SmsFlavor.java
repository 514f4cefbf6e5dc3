package dev.empathy.channels.sms;

import dev.empathy.channel.Flavor;

/**
 * The SMS channel's flavours as typed constants, in the order {@code Channels.require("sms").flavors()}
 * lists them (the first is the default).
 *
 * <pre>{@code
 * Rendered r = Channels.render(reply, SmsFlavor.SMS);
 * }</pre>
 */
public enum SmsFlavor implements Flavor {
  /** {@code "sms"}. */
  SMS("sms");

  private final String id;

  SmsFlavor(String id) {
    this.id = id;
  }

  /** Always {@code "sms"}. */
  @Override
  public String channel() {
    return "sms";
  }

  @Override
  public String id() {
    return id;
  }
}
