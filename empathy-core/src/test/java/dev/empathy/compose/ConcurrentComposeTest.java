package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * ICU's MessageFormat and date formats are not thread-safe; the phrasebook compiles patterns into
 * immutable trees instead of locking. This test shares one Empathy between 8 threads.
 */
class ConcurrentComposeTest {
  private static final int REPLIES = 100_000;
  private static final int THREADS = 8;
  private static final Emotion[] EMOTIONS = Emotion.values();

  private final Empathy empathy =
      Empathy.builder().locale(Locale.UK)
          .clock(Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC)).build();

  private String compose(int i) {
    Timeline timeline = switch (i % 4) {
      case 0 -> Timeline.businessDays(1 + i % 9);
      case 1 -> Timeline.within(Duration.ofMinutes(30 + 30L * (i % 50)));
      case 2 -> Timeline.by(LocalDate.of(2026, 12, 1).plusDays(i % 40)).ownedBy(Owner.team());
      default -> Timeline.within(Duration.ofDays(1 + i % 20)).ownedBy(Owner.named("returns team"));
    };
    return empathy.compose()
        .conversation("conv-" + (i % 997), i % 13)
        .customer("Customer " + i)
        .acknowledge(EMOTIONS[i % EMOTIONS.length], "order " + i)
        .summary("your order " + i + " arrived late")
        .action("refund " + (i % 100) + " pounds")
        .action("send a voucher")
        .timeline(timeline)
        .build()
        .toPlainText();
  }

  @Test
  void eightThreadsGiveExactlyTheSequentialOutputs() throws Exception {
    String[] sequential = new String[REPLIES];
    for (int i = 0; i < REPLIES; i++) {
      sequential[i] = compose(i);
    }
    String[] parallel = new String[REPLIES];
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t;
        // Interleaved indexes so that all threads hit every phrase and date pattern at once.
        futures.add(pool.submit(() -> {
          for (int i = offset; i < REPLIES; i += THREADS) {
            parallel[i] = compose(i);
          }
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(REPLIES, parallel.length);
    assertArrayEquals(sequential, parallel);
  }
}
