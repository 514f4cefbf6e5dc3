package dev.empathy.channel;

import com.google.common.collect.ImmutableMap;
import dev.empathy.InvalidInputException;
import java.util.Locale;
import java.util.Map;
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
  private static final ImmutableMap<String, Slot> LOADED = load();

  private Channels() {}

  /**
   * One channel, made on first use: a bundled provider whose id is known from {@code
   * bundled-channels.properties} is instantiated only when asked for (a one-line run on the plain
   * channel never loads the others' data); any other provider is made at once, to learn its id.
   */
  private static final class Slot {
    private final ServiceLoader.Provider<Channel> provider;
    private volatile Channel channel;

    Slot(ServiceLoader.Provider<Channel> provider) {
      this.provider = provider;
    }

    Slot(Channel channel) {
      this.provider = null;
      this.channel = channel;
    }

    Channel channel() {
      Channel c = channel;
      if (c == null) {
        synchronized (this) {
          c = channel;
          if (c == null) {
            c = provider.get();
            channel = c;
          }
        }
      }
      return c;
    }
  }

  private static ImmutableMap<String, Slot> load() {
    Map<String, String> bundled = bundledIds();
    // Sorted by id; a TreeMap copied keeps that order without Guava's sorted map (whose classes
    // are a visible share of a one-line run's start). The first provider of an id wins.
    java.util.TreeMap<String, Slot> b = new java.util.TreeMap<>();
    java.util.Iterator<ServiceLoader.Provider<Channel>> providers =
        ServiceLoader.load(Channel.class, Channels.class.getClassLoader()).stream().iterator();
    while (providers.hasNext()) {
      ServiceLoader.Provider<Channel> p = providers.next();
      String id = bundled.get(p.type().getName());
      if (id != null) {
        b.putIfAbsent(id, new Slot(p));
      } else {
        Channel c = p.get();
        b.putIfAbsent(c.id(), new Slot(c));
      }
    }
    if (!b.containsKey(PlainChannel.ID)) {
      b.put(PlainChannel.ID, new Slot(new PlainChannel()));
    }
    return ImmutableMap.copyOf(b);
  }

  /** The resource {@link #bundledIds} reads, beside this class. */
  static final String BUNDLED = "bundled-channels.properties";

  /**
   * The ids of the bundled channels by class name ({@code BUNDLED}; empathy-channels' {@code
   * BundledChannelIdsTest} checks each against its class). Empty when the file cannot be read:
   * every provider is then made at once, as before.
   */
  static Map<String, String> bundledIds() {
    java.util.Properties p = new java.util.Properties();
    try (java.io.InputStream in = Channels.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        return Map.of();
      }
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      return Map.of();
    }
    Map<String, String> ids = new java.util.HashMap<>();
    for (String name : p.stringPropertyNames()) {
      ids.put(name, p.getProperty(name).strip());
    }
    return ids;
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
    if (id == null) {
      return Optional.empty();
    }
    Slot slot = LOADED.get(id.strip().toLowerCase(Locale.ROOT));
    return slot == null ? Optional.empty() : Optional.of(slot.channel());
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
