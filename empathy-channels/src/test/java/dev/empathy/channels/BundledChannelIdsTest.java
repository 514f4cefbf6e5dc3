package dev.empathy.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.channel.Channel;
import dev.empathy.channel.Channels;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Core's {@code Channels} lists the bundled channels by the ids written in its {@code
 * bundled-channels.properties} and makes each one only when it is asked for; every line there must
 * name a provider of this module with the id its class answers, and every provider must be there.
 */
class BundledChannelIdsTest {
  private static Properties bundled() throws Exception {
    Properties p = new Properties();
    try (InputStream in = Channels.class.getResourceAsStream("bundled-channels.properties")) {
      assertNotNull(in, "core ships bundled-channels.properties beside Channels");
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void everyLineIsTheIdItsClassAnswers() throws Exception {
    Properties p = bundled();
    assertEquals(5, p.size(), p.toString());
    for (String name : p.stringPropertyNames()) {
      Channel made = (Channel) Class.forName(name).getConstructor().newInstance();
      assertEquals(made.id(), p.getProperty(name).strip(), name);
      Channel found = Channels.require(made.id());
      assertEquals(name, found.getClass().getName());
      assertSame(found, Channels.require(made.id()), "one instance per id");
    }
  }

  @Test
  void everyProviderOfThisModuleIsListed() throws Exception {
    Properties p = bundled();
    Set<String> providers = new TreeSet<>();
    for (ServiceLoader.Provider<Channel> provider : ServiceLoader.load(Channel.class).stream().toList()) {
      if (provider.type().getPackageName().startsWith("dev.empathy.channels.")) {
        providers.add(provider.type().getName());
      }
    }
    assertEquals(new TreeSet<>(p.stringPropertyNames()), providers);
    Set<String> ids = new TreeSet<>();
    for (String name : p.stringPropertyNames()) {
      ids.add(p.getProperty(name).strip());
    }
    ids.add("plain");
    assertEquals(ids, Channels.ids());
    assertTrue(Channels.find(" SMS ").isPresent());
  }
}
