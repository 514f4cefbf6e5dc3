package dev.empathy.channel;

import com.google.common.collect.ImmutableMap;
import dev.empathy.InvalidInputException;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Finds {@link Channel} implementations with {@link ServiceLoader}. The {@code plain} channel is
 * always present; {@code empathy-channels} adds chat, email, social, sms and voice; a user's own
 * channel appears once its class is listed in {@code META-INF/services/dev.empathy.channel.Channel}.
 *
 * <pre>{@code
 * Channels.ids();                      // [chat, email, plain, sms, social, voice]
 * Rendered r = Channels.require("email").render(reply);
 * }</pre>
 */
public final class Channels {
  private static final ImmutableMap<String, Channel> LOADED = load();

  private Channels() {}

  private static ImmutableMap<String, Channel> load() {
    // Sorted by id; a TreeMap copied keeps that order without Guava's sorted map (whose classes
    // are a visible share of a one-line run's start).
    java.util.TreeMap<String, Channel> b = new java.util.TreeMap<>();
    for (Channel c : ServiceLoader.load(Channel.class, Channels.class.getClassLoader())) {
      b.putIfAbsent(c.id(), c);
    }
    if (!b.containsKey(PlainChannel.ID)) {
      b.put(PlainChannel.ID, new PlainChannel());
    }
    return ImmutableMap.copyOf(b);
  }

  /** {@return the ids of every channel on the class path, sorted} */
  public static java.util.Set<String> ids() {
    return LOADED.keySet();
  }

  /**
   * The channel with {@code id}, if present.
   *
   * @param id a channel id, e.g. {@code "chat"}
   * @return the channel, or empty when none with that id is on the class or module path
   */
  public static Optional<Channel> find(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(LOADED.get(id.strip().toLowerCase(Locale.ROOT)));
  }

  /**
   * The channel with {@code id}.
   *
   * @param id a channel id, e.g. {@code "chat"}
   * @return the channel
   * @throws InvalidInputException naming {@code channel} when no such channel is on the class path
   */
  public static Channel require(String id) {
    return find(id)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "channel", "channel must be one of " + LOADED.keySet() + " but was \"" + id + "\""));
  }

  /**
   * The bundled channel {@code channel}, e.g. {@code require(StandardChannel.SMS)}.
   *
   * @param channel a bundled channel
   * @return the channel
   * @throws InvalidInputException naming {@code channel} when it is null or not on the path
   *     (empathy-channels provides every one but {@code plain})
   */
  public static Channel require(StandardChannel channel) {
    return require(InvalidInputException.checkNotNull(channel, "channel").id());
  }

  /**
   * Renders {@code reply} in {@code flavor} on its channel, with the channel's defaults otherwise:
   * {@code render(reply, ChatFlavor.SLACK)}.
   *
   * @param reply the composed reply
   * @param flavor the channel and flavour, e.g. {@code ChatFlavor.SLACK}
   * @return the rendered message with every change made to fit
   * @throws InvalidInputException naming {@code flavor} when it is null, or {@code channel} when
   *     its channel is not on the path
   */
  public static Rendered render(dev.empathy.compose.Reply reply, Flavor flavor) {
    InvalidInputException.checkNotNull(flavor, "flavor");
    return require(flavor.channel()).render(reply, RenderOptions.builder().flavor(flavor).build());
  }
}
