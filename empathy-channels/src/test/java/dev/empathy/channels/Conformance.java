package dev.empathy.channels;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the shared conformance oracles ({@code ../shared/conformance}), set by Surefire as the
 * system property {@code empathy.conformance.dir}. A missing directory fails the test: the oracles
 * are the point of these tests, so they must never be skipped silently.
 */
public final class Conformance {
  private Conformance() {}

  /** The file {@code name} in the conformance directory; fails the test when it is absent. */
  public static Path file(String name) {
    String dir = System.getProperty("empathy.conformance.dir");
    if (dir == null || dir.isBlank()) {
      fail("system property empathy.conformance.dir is not set (see empathy-channels/pom.xml)");
    }
    Path path = Path.of(dir).resolve(name);
    assertTrue(Files.isRegularFile(path), "conformance oracle missing: " + path.toAbsolutePath());
    return path;
  }
}
