import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Steady state of {@code qa}: runs the CLI's {@code qa} on the same export again and again in one
 * JVM and prints, per round, the process's CPU and wall time, and the calling thread's CPU and
 * allocated bytes per line. With {@code -Dempathy.threads=1} all of a line's work runs on the
 * calling thread, so its figures are per conversation; allocation is the measure to trust on a
 * busy machine.
 *
 * <pre>
 *   java -Dempathy.threads=1 -cp empathy-examples/target/empathy-cli.jar \
 *     empathy-benchmarks/scripts/QaRounds.java conversations.jsonl 8
 * </pre>
 */
public class QaRounds {
  public static void main(String[] a) throws Exception {
    Method run = Class.forName("dev.empathy.examples.cli.Main")
        .getDeclaredMethod("run", String[].class, InputStream.class, OutputStream.class, PrintStream.class, boolean.class);
    run.setAccessible(true);
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    Path in = Path.of(a[0]);
    long bytes = Files.size(in);
    long lines;
    try (var l = Files.lines(in)) {
      lines = l.filter(s -> !s.isBlank()).count();
    }
    int rounds = Integer.parseInt(a[1]);
    Path out = Files.createTempDirectory("qa-rounds");
    for (int r = 1; r <= rounds; r++) {
      long c0 = os.getProcessCpuTime(), w0 = System.nanoTime();
      long a0 = threads.getCurrentThreadAllocatedBytes(), t0 = threads.getCurrentThreadCpuTime();
      Object rc = run.invoke(null, new String[] {"qa", "--in", in.toString(), "--out", out.toString()},
          InputStream.nullInputStream(), OutputStream.nullOutputStream(), System.err, false);
      long c1 = os.getProcessCpuTime(), w1 = System.nanoTime();
      long a1 = threads.getCurrentThreadAllocatedBytes(), t1 = threads.getCurrentThreadCpuTime();
      System.out.printf("round %d (exit %s): process cpu %.2f s (%.1f MB per cpu s), wall %.2f s, load %.1f;"
              + " this thread %.1f KB and %.1f us cpu per line%n",
          r, rc, (c1 - c0) / 1e9, bytes / 1e6 / ((c1 - c0) / 1e9), (w1 - w0) / 1e9, os.getSystemLoadAverage(),
          (a1 - a0) / 1024.0 / lines, (t1 - t0) / 1e3 / lines);
    }
  }
}
