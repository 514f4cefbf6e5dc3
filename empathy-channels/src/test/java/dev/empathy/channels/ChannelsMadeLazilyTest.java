package dev.empathy.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.channel.Channel;
import dev.empathy.channel.Channels;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * With every provider bundled, {@code Channels} finds them from the service files without loading
 * their classes (issue #15): what it answers is what ServiceLoader finds, channel for channel, and
 * a provider's class is loaded only when its channel is asked for.
 */
class ChannelsMadeLazilyTest {
  @Test
  void everyProviderServiceLoaderFindsIsTheChannelOfItsId() {
    Set<String> ids = new TreeSet<>();
    for (ServiceLoader.Provider<Channel> p : ServiceLoader.load(Channel.class, Channels.class.getClassLoader()).stream().toList()) {
      Channel made = p.get();
      ids.add(made.id());
      Channel found = Channels.require(made.id());
      assertEquals(p.type(), found.getClass(), made.id());
      assertSame(found, Channels.find(made.id().toUpperCase(java.util.Locale.ROOT)).orElseThrow(), "one instance per id");
    }
    ids.add("plain");
    assertEquals(ids, Channels.ids());
  }

  /** A class loader over this test's class path that records the names it is asked to load. */
  private static final class Recording extends URLClassLoader {
    final Set<String> loaded = ConcurrentHashMap.newKeySet();

    Recording(URL[] urls) {
      super(urls, ClassLoader.getPlatformClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      loaded.add(name);
      return super.loadClass(name, resolve);
    }
  }

  @Test
  void listingTheChannelsLoadsNoProviderClass() throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      urls.add(new File(entry).toURI().toURL());
    }
    try (Recording loader = new Recording(urls.toArray(new URL[0]))) {
      Class<?> channels = Class.forName("dev.empathy.channel.Channels", true, loader);
      Object ids = channels.getMethod("ids").invoke(null);
      assertEquals(Channels.ids(), ids);
      assertFalse(loader.loaded.contains(SmsChannelName.SMS), loader.loaded.toString());
      channels.getMethod("require", String.class).invoke(null, "sms");
      assertTrue(loader.loaded.contains(SmsChannelName.SMS));
      assertFalse(loader.loaded.contains("dev.empathy.channels.voice.VoiceChannel"));
    }
  }

  private static final class SmsChannelName {
    static final String SMS = "dev.empathy.channels.sms.SmsChannel";
  }
}
