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
    private final String className;
    private volatile Channel channel;

    Slot(ServiceLoader.Provider<Channel> provider) {
      this.provider = provider;
      this.className = null;
    }

    Slot(Channel channel) {
      this.provider = null;
      this.className = null;
      this.channel = channel;
    }

    /** A bundled provider named in a service file on the class path, its class loaded on first use. */
    Slot(String className) {
      this.provider = null;
      this.className = className;
    }

    private Channel make() {
      if (provider != null) {
        return provider.get();
      }
      // What ServiceLoader does for a class-path provider: load, check the type, the public
      // no-argument constructor; a failure is the same error.
      try {
        Class<?> type = Class.forName(className, false, Channels.class.getClassLoader());
        if (!Channel.class.isAssignableFrom(type)) {
          throw new java.util.ServiceConfigurationError(Channel.class.getName() + ": " + className + " not a subtype");
        }
        return (Channel) type.getConstructor().newInstance();
      } catch (ReflectiveOperationException | LinkageError e) {
        throw new java.util.ServiceConfigurationError(Channel.class.getName() + ": Provider " + className + " could not be instantiated", e);
      }
    }

    Channel channel() {
      Channel c = channel;
      if (c == null) {
        synchronized (this) {
          c = channel;
          if (c == null) {
            c = make();
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
    java.util.List<String> named = bundled.isEmpty() ? null : bundledProviderNames(bundled);
    if (named != null) {
      // Every provider on the class path is a bundled one: their ids are known, so no class is
      // loaded until a channel is asked for (ServiceLoader loads each to learn its type).
      for (String className : named) {
        b.putIfAbsent(bundled.get(className), new Slot(className));
      }
      if (!b.containsKey(PlainChannel.ID)) {
        b.put(PlainChannel.ID, new Slot(new PlainChannel()));
      }
      return ImmutableMap.copyOf(b);
    }
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

  /**
   * The service file {@link ServiceLoader} reads for class-path providers: a constant, since
   * {@code LOADED}, initialised first, reads it.
   */
  static final String SERVICES = "META-INF/services/dev.empathy.channel.Channel";

  /**
   * The providers the class path's service files name, in ServiceLoader's order (files in class
   * path order, names in file order, each once), when every one is a bundled channel and this
   * class is on the class path; otherwise null, and {@link ServiceLoader} finds them (on the
   * module path, or with any provider of a user's own, whose id is only known by making it).
   */
  static java.util.List<String> bundledProviderNames(Map<String, String> bundled) {
    if (Channels.class.getModule().isNamed()) {
      return null;
    }
    ClassLoader loader = Channels.class.getClassLoader();
    try {
      return bundledProviderNames(bundled, loader == null ? ClassLoader.getSystemResources(SERVICES) : loader.getResources(SERVICES));
    } catch (java.io.IOException | RuntimeException e) {
      return null;
    }
  }

  /** {@link #bundledProviderNames(Map)} from these service files. */
  static java.util.List<String> bundledProviderNames(Map<String, String> bundled, java.util.Enumeration<java.net.URL> files) {
    java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
    try {
      while (files.hasMoreElements()) {
        try (java.io.BufferedReader r =
            new java.io.BufferedReader(new java.io.InputStreamReader(files.nextElement().openStream(), java.nio.charset.StandardCharsets.UTF_8))) {
          for (String line = r.readLine(); line != null; line = r.readLine()) {
            int hash = line.indexOf('#');
            String name = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (name.isEmpty()) {
              continue;
            }
            if (!bundled.containsKey(name)) {
              return null;
            }
            names.add(name);
          }
        }
      }
    } catch (java.io.IOException | RuntimeException e) {
      return null;
    }
    return java.util.List.copyOf(names);
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
