package dev.empathy.channel;

/**
 * A channel's flavour as a typed constant, beside its string form: {@code ChatFlavor.SLACK} is
 * {@code "chat"} + {@code "slack"}, so a typo fails to compile instead of at run time. The bundled
 * channels implement it with an enum each ({@code ChatFlavor}, {@code EmailFlavor}, {@code
 * SocialFlavor}, {@code SmsFlavor}, {@code VoiceFlavor} in empathy-channels).
 *
 * <pre>{@code
 * Rendered r = Channels.render(reply, ChatFlavor.SLACK);
 * // the same as
 * Rendered same = Channels.require("chat").render(reply, RenderOptions.builder().flavor("slack").build());
 * }</pre>
 */
public interface Flavor {
  /** {@return the id of the channel that renders this flavour, e.g. {@code "chat"}} */
  String channel();

  /** {@return the flavour's own id, as {@link Channel#flavors()} lists it, e.g. {@code "slack"}} */
  String id();
}
