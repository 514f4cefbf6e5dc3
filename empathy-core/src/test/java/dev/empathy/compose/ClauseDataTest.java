package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One language's clause data is read once, shared, read-only, and holds what the file says. */
class ClauseDataTest {

  private static Properties readDirectly(String language) throws IOException {
    Properties p = new Properties();
    try (InputStream in = ClauseDataTest.class.getResourceAsStream("/dev/empathy/compose/clauses_" + language + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "es", "fr", "de", "pt", "ja"})
  void holdsEveryEntryOfTheLanguagesFile(String language) throws IOException {
    Properties file = readDirectly(language);
    Properties shared = ClauseData.of(language);
    assertTrue(ClauseData.has(language));
    assertEquals(file.stringPropertyNames(), shared.stringPropertyNames());
    for (String key : file.stringPropertyNames()) {
      assertEquals(file.getProperty(key), shared.getProperty(key), key);
    }
  }

  @Test
  void isReadOncePerLanguageAndSharedByEveryReader() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Properties>> reads = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        reads.add(() -> ClauseData.of("de"));
      }
      Properties first = ClauseData.of("de");
      for (Future<Properties> read : pool.invokeAll(reads)) {
        assertSame(first, read.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertSame(ClauseData.of("en"), ClauseData.of("en"));
  }

  @Test
  void aLanguageWithoutAFileHasEmptyData() {
    assertFalse(ClauseData.has("xx"));
    assertTrue(ClauseData.of("xx").isEmpty());
    assertEquals("fallback", ClauseData.of("xx").getProperty("situation.subject", "fallback"));
  }

  @Test
  void refusesEveryChangeSoNoReaderCanSpoilAnothersData() {
    Properties en = ClauseData.of("en");
    String key = en.stringPropertyNames().iterator().next();
    String before = en.getProperty(key);
    assertThrows(UnsupportedOperationException.class, () -> en.setProperty(key, "changed"));
    assertThrows(UnsupportedOperationException.class, () -> en.put(key, "changed"));
    assertThrows(UnsupportedOperationException.class, () -> en.putIfAbsent("new.key", "x"));
    assertThrows(UnsupportedOperationException.class, () -> en.putAll(Map.of(key, "changed")));
    assertThrows(UnsupportedOperationException.class, () -> en.merge(key, "x", (a, b) -> b));
    assertThrows(UnsupportedOperationException.class, () -> en.compute(key, (k, v) -> "x"));
    assertThrows(UnsupportedOperationException.class, () -> en.computeIfAbsent("new.key", k -> "x"));
    assertThrows(UnsupportedOperationException.class, () -> en.computeIfPresent(key, (k, v) -> "x"));
    assertThrows(UnsupportedOperationException.class, () -> en.replace(key, "x"));
    assertThrows(UnsupportedOperationException.class, () -> en.replace(key, before, "x"));
    assertThrows(UnsupportedOperationException.class, () -> en.replaceAll((k, v) -> "x"));
    assertThrows(UnsupportedOperationException.class, () -> en.remove(key));
    assertThrows(UnsupportedOperationException.class, () -> en.remove(key, before));
    assertThrows(UnsupportedOperationException.class, () -> en.keySet().remove(key));
    assertThrows(UnsupportedOperationException.class, () -> en.entrySet().clear());
    assertThrows(UnsupportedOperationException.class, () -> en.values().clear());
    assertThrows(UnsupportedOperationException.class, () -> en.load(new StringReader("new.key=x")));
    assertThrows(UnsupportedOperationException.class, en::clear);
    assertEquals(before, en.getProperty(key));
    assertFalse(en.containsKey("new.key"));
  }
}
