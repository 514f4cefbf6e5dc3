package dev.empathy.examples.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs a stream's items through a function on several threads and hands the results back in
 * input order: the JSON Lines commands and {@code qa} use it to keep every core busy while their
 * output stays line for line with their input.
 *
 * <pre>{@code
 * OrderedPipeline.run(reader::readLine, line -> answer(line), (answer, more) -> {
 *   out.write(answer);
 *   if (!more) out.flush();     // flush whenever the next answer is not ready yet
 * }, OrderedPipeline.defaultThreads());
 * }</pre>
 *
 * <ul>
 *   <li><b>Bounded</b>: at most {@code 8 × threads} items are read ahead of the one being
 *       written, so memory does not grow with the input.
 *   <li><b>Interactive</b>: input is read on its own thread and each result is handed over as soon
 *       as it and all before it are done, so a client that writes one line and waits for its
 *       answer gets it at once.
 *   <li>The function must be thread-safe. A {@code RuntimeException} or {@code Error} it throws
 *       ends the run and is rethrown to the caller, as are the source's and sink's exceptions.
 *   <li>With one thread everything runs on the caller's thread, one item at a time.
 * </ul>
 */
public final class OrderedPipeline {
  /** The items to process; {@code null} at the end. */
  @FunctionalInterface
  public interface Source<T> {
    T next() throws IOException;
  }

  /** Receives results in input order. */
  @FunctionalInterface
  public interface Sink<R> {
    /**
     * @param result the next result
     * @param more true when the following result is already done (so a flush can wait)
     */
    void accept(R result, boolean more) throws IOException;
  }

  private static final Future<?> END = CompletableFuture.completedFuture(null);

  private OrderedPipeline() {}

  /** The machine's cores (at most 8), or {@code -Dempathy.threads=N}. */
  public static int defaultThreads() {
    Integer asked = Integer.getInteger("empathy.threads");
    int n = asked != null ? asked : Runtime.getRuntime().availableProcessors();
    return Math.max(1, Math.min(n, 8));
  }

  /** Processes every item of {@code source} with {@code work} and hands the results to {@code sink}, in order. */
  public static <T, R> void run(Source<T> source, Function<T, R> work, Sink<R> sink, int threads) throws IOException {
    if (threads <= 1) {
      for (T item = source.next(); item != null; item = source.next()) {
        sink.accept(work.apply(item), false);
      }
      return;
    }
    AtomicInteger ids = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "empathy-worker-" + ids.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    BlockingQueue<Future<?>> inFlight = new ArrayBlockingQueue<>(8 * threads);
    Thread reader = new Thread(() -> read(source, work, pool, inFlight), "empathy-reader");
    reader.setDaemon(true);
    reader.start();
    try {
      while (true) {
        Future<?> next = inFlight.take();
        if (next == END) {
          return;
        }
        @SuppressWarnings("unchecked")
        R result = (R) next.get();
        Future<?> after = inFlight.peek();
        sink.accept(result, after != null && after != END && after.isDone());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    } finally {
      reader.interrupt(); // unblocks a reader waiting for room when we stopped early
      pool.shutdownNow();
    }
  }

  private static <T, R> void read(Source<T> source, Function<T, R> work, ExecutorService pool, BlockingQueue<Future<?>> inFlight) {
    try {
      try {
        for (T item = source.next(); item != null; item = source.next()) {
          T it = item;
          inFlight.put(pool.submit(() -> work.apply(it)));
        }
      } catch (IOException e) {
        inFlight.put(CompletableFuture.failedFuture(new UncheckedIOException(e)));
      } catch (RuntimeException | Error e) {
        inFlight.put(CompletableFuture.failedFuture(e));
      }
      inFlight.put(END);
    } catch (InterruptedException e) {
      // the consumer stopped; nothing more to hand over
    }
  }
}
