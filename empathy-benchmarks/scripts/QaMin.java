import java.lang.management.ManagementFactory;
import java.nio.file.*;
import java.util.*;

/**
 * Steady state of a {@code qa} line on a loaded machine: {@code QaCommand.replyRow} (the code qa's
 * workers run) on every line of an export, ROUNDS times on the calling thread; prints per round the
 * thread's CPU time per line, the minimum and the median of the second half, the bytes allocated per
 * line in the last round, and a hash of every row (two builds must print the same). Run each build in
 * turn, with the batch child's flags for qa as it runs:
 *
 *   java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp <classes>:empathy-examples/target/empathy-cli.jar \
 *     empathy-benchmarks/scripts/QaMin.java conversations-1000.jsonl 8 new
 */
public class QaMin {
  public static void main(String[] a) throws Exception {
    List<String> lines = new ArrayList<>();
    for (String l : Files.readAllLines(Path.of(a[0]))) if (!l.isBlank()) lines.add(l);
    int rounds = Integer.parseInt(a[1]);
    var qa = new dev.empathy.examples.qa.QaCommand();
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    double[] cpu = new double[rounds]; double[] kb = new double[rounds];
    long hash = 0;
    for (int r = 0; r < rounds; r++) {
      long t0 = threads.getCurrentThreadCpuTime(), a0 = threads.getCurrentThreadAllocatedBytes();
      long h = 0;
      for (int i = 0; i < lines.size(); i++) h = h * 31 + qa.replyRow(lines.get(i), i + 1).hashCode();
      long t1 = threads.getCurrentThreadCpuTime(), a1 = threads.getCurrentThreadAllocatedBytes();
      cpu[r] = (t1 - t0) / 1e3 / lines.size(); kb[r] = (a1 - a0) / 1024.0 / lines.size();
      hash = h;
    }
    double[] s = cpu.clone(); Arrays.sort(s);
    int warm = rounds / 2; // the second half
    double[] tail = Arrays.copyOfRange(cpu, warm, rounds); Arrays.sort(tail);
    StringBuilder sb = new StringBuilder();
    for (double c : cpu) sb.append(String.format("%.0f ", c));
    System.out.printf("%s: per line cpu us by round [%s] min %.1f, median of 2nd half %.1f; %.2f KB/line (last); rows hash %x%n",
        a.length > 2 ? a[2] : "", sb.toString().trim(), s[0], tail[tail.length / 2], kb[rounds - 1], hash);
  }
}
