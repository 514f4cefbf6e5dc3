package dev.empathy.benchmarks;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The benchmarks' set-up checks that each hand-written baseline produces exactly the library's
 * output; running it in the build catches a phrase change that would otherwise surface only when
 * someone next runs JMH.
 */
class BaselinesTest {

  @Test
  void theComposeBaselineWritesTheLibrarysText() {
    ComposeBenchmark b = new ComposeBenchmark();
    assertDoesNotThrow(b::setUp);
    assertEquals(b.composeAndRender(), b.handWritten());
  }
}
