package dev.empathy.channel;

import dev.empathy.compose.Reply;
import java.util.List;

/**
 * The service-provider interface for a medium: turns a channel-agnostic {@link Reply} into a
 * {@link Rendered} message that keeps that medium's promises (its limit, counted by its own rule;
 * its escaping; its etiquette). A channel translates; it never decides what to say.
 *
 * <p>Implementations are found with {@link java.util.ServiceLoader}: list the class in {@code
 * META-INF/services/dev.empathy.channel.Channel} and it appears in {@link Channels}.
 *
 * <pre>{@code
 * Channel chat = Channels.require("chat");
 * Rendered r = chat.render(reply, RenderOptions.builder().flavor("slack").build());
 * r.parts();  // the bubbles to send, in order
 * }</pre>
 *
 * <p>Implementations must be immutable and thread-safe.
 */
public interface Channel {
  /** {@return the channel id used to look it up, e.g. {@code "chat"}; lower case, stable} */
  String id();

  /**
   * {@return the flavours this channel renders, e.g. {@code slack, teams}: distinct, unmodifiable,
   * never empty; the first is the default}
   */
  List<String> flavors();

  /**
   * Renders {@code reply}.
   *
   * @param reply the composed reply; not null
   * @param options the flavour, overflow policy, limits and channel options; not null
   * @return the rendered message with every change made to fit
   * @throws ChannelOverflowException when the options say {@link Overflow#FAIL} and the reply does
   *     not fit
   * @throws dev.empathy.InvalidInputException naming {@code flavor} when the flavour is unknown
   */
  Rendered render(Reply reply, RenderOptions options);

  /**
   * The flavour {@code options} ask for, or this channel's default (the first of {@link
   * #flavors()}).
   *
   * @param options the options to read the flavour from
   * @return the flavour's id, one of {@link #flavors()}
   * @throws dev.empathy.InvalidInputException naming {@code flavor} when this channel does not
   *     render it
   */
  default String flavorOf(RenderOptions options) {
    String flavor = options.flavor().orElse(flavors().iterator().next());
    if (!flavors().contains(flavor)) {
      throw new dev.empathy.InvalidInputException(
          "flavor",
          "flavor for " + id() + " must be one of " + flavors() + " but was \"" + flavor + "\"");
    }
    return flavor;
  }

  /**
   * Renders with the default options.
   *
   * @param reply the composed reply; not null
   * @return the rendered message in the default flavour
   */
  default Rendered render(Reply reply) {
    return render(reply, RenderOptions.defaults());
  }
}
