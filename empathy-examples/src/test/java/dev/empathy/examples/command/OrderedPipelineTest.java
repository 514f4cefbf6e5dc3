package dev.empathy.examples.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class OrderedPipelineTest {

  private static OrderedPipeline.Source<Integer> upTo(int n, AtomicInteger read) {
    return () -> read.get() < n ? read.getAndIncrement() : null;
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 4})
  void resultsComeBackInInputOrderWhateverTheWorkTakes(int threads) throws IOException {
    List<Integer> out = new ArrayList<>();
    List<String> workers = new ArrayList<>();
    OrderedPipeline.run(
        upTo(2000, new AtomicInteger()),
        i -> {
          if (ThreadLocalRandom.current().nextInt(10) == 0) {
            Thread.onSpinWait();
            Thread.yield();
          }
          synchronized (workers) {
            workers.add(Thread.currentThread().getName());
          }
          return i * 2;
        },
        (r, more) -> out.add(r),
        threads);
    assertEquals(2000, out.size());
    for (int i = 0; i < out.size(); i++) {
      assertEquals(i * 2, out.get(i));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 4})
  void laterItemsFinishedFirstStillComeOutInInputOrder(int threads) throws IOException {
    // Forced, not left to chance: in every group of `threads` items the first waits until all the
    // others of its group are done, so results complete out of input order on every group.
    int n = 40 * threads;
    List<CountDownLatch> othersDone = new ArrayList<>();
    for (int g = 0; g < n / threads; g++) {
      othersDone.add(new CountDownLatch(threads - 1));
    }
    List<Integer> finished = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Integer> out = new ArrayList<>();
    OrderedPipeline.run(
        upTo(n, new AtomicInteger()),
        i -> {
          CountDownLatch group = othersDone.get(i / threads);
          if (i % threads == 0) {
            try {
              assertTrue(group.await(60, TimeUnit.SECONDS), "the rest of group " + i / threads + " never ran");
            } catch (InterruptedException e) {
              throw new IllegalStateException(e);
            }
          }
          finished.add(i);
          if (i % threads != 0) {
            group.countDown();
          }
          return "r" + i;
        },
        (r, more) -> out.add(Integer.parseInt(r.substring(1))),
        threads);
    List<Integer> inOrder = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      inOrder.add(i);
    }
    assertEquals(inOrder, out);
    assertEquals(n, finished.size());
    assertTrue(finished.indexOf(1) < finished.indexOf(0), "item 1 finished before item 0: " + finished.subList(0, threads));
  }

  @Test
  void theInputIsReadOnlyABoundedWindowAhead() throws IOException {
    AtomicInteger read = new AtomicInteger();
    int threads = 2;
    int[] maxAhead = {0};
    AtomicInteger written = new AtomicInteger();
    OrderedPipeline.run(
        upTo(5000, read),
        i -> i,
        (r, more) -> {
          maxAhead[0] = Math.max(maxAhead[0], read.get() - written.incrementAndGet());
        },
        threads);
    // the queue's 8 × threads, one item being submitted and one being written
    assertTrue(maxAhead[0] <= 8 * threads + 2, "read ahead " + maxAhead[0]);
  }

  @Test
  void aResultIsHandedOverBeforeTheNextItemArrives() throws IOException {
    // A client that sends one line and waits for its answer before sending the next.
    CountDownLatch firstAnswered = new CountDownLatch(1);
    AtomicInteger read = new AtomicInteger();
    List<Integer> out = new ArrayList<>();
    boolean[] flushedAlone = {false};
    OrderedPipeline.run(
        () -> {
          int n = read.getAndIncrement();
          if (n == 1) {
            try {
              assertTrue(firstAnswered.await(60, TimeUnit.SECONDS), "the first answer never came");
            } catch (InterruptedException e) {
              throw new IOException(e);
            }
          }
          return n < 2 ? n : null;
        },
        i -> i + 100,
        (r, more) -> {
          out.add(r);
          if (r == 100) {
            flushedAlone[0] = !more;
            firstAnswered.countDown();
          }
        },
        2);
    assertEquals(List.of(100, 101), out);
    assertTrue(flushedAlone[0], "the first answer must be flushed: nothing else was ready");
  }

  @Test
  void aFailureInTheWorkReachesTheCaller() {
    IllegalStateException boom = new IllegalStateException("boom");
    IllegalStateException thrown =
        assertThrows(
            IllegalStateException.class,
            () ->
                OrderedPipeline.run(
                    upTo(100, new AtomicInteger()),
                    i -> {
                      if (i == 40) {
                        throw boom;
                      }
                      return i;
                    },
                    (r, more) -> {},
                    2));
    assertSame(boom, thrown);
  }

  @Test
  void aFailingSourceOrSinkReachesTheCaller() {
    assertThrows(
        IOException.class,
        () -> OrderedPipeline.run(() -> { throw new IOException("stdin"); }, i -> i, (r, more) -> {}, 2));
    AtomicInteger read = new AtomicInteger();
    IOException e =
        assertThrows(
            IOException.class,
            () -> OrderedPipeline.run(upTo(100_000, read), i -> i, (r, more) -> { throw new IOException("stdout closed"); }, 2));
    assertEquals("stdout closed", e.getMessage());
    assertFalse(read.get() >= 100_000, "the run stops reading when the output failed");
  }
}
