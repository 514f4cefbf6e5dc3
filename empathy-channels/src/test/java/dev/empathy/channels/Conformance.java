package dev.empathy.channels;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * Locates the conformance oracles shared with other implementations (X's twitter-text vectors,
 * the reference SMS segment calculator's results), kept as test resources under {@code
 * src/test/resources/conformance} with their source and licence in {@code SOURCES.md} there. A
 * missing file fails the test: the oracles are the point of these tests, so they must never be
 * skipped silently.
 */
public final class Conformance {
  private Conformance() {}

  /** The file {@code name} in the conformance resources; fails the test when it is absent. */
  public static Path file(String name) {
    URL url = Conformance.class.getResource("/conformance/" + name);
    assertNotNull(url, "conformance oracle missing from the test resources: conformance/" + name);
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(url.toString(), e);
    }
  }
}
