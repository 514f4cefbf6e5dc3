import com.sun.management.ThreadMXBean;
import dev.empathy.Empathy;
import dev.empathy.review.Reviewer;
import java.io.*;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.*;

/**
 * Steady state of {@code review} on a loaded machine: the JMH corpus draft of SIZE characters (as
 * ReviewBenchmark builds it) reviewed WARM times, then in CHUNKS chunks of REPS reviews; prints the
 * thread's CPU time per review, the minimum and the median of the chunks (the minimum is the chunk
 * least disturbed by other work on a shared machine). Run each build in turn, interleaved:
 *
 *   java -cp <classes>:empathy-benchmarks/target/benchmarks.jar empathy-benchmarks/scripts/ReviewMin.java 10000 4000 15 150
 */
public class ReviewMin {
  public static void main(String[] a) throws Exception {
    int size = Integer.parseInt(a[0]); int warm = Integer.parseInt(a[1]); int chunks = Integer.parseInt(a[2]); int reps = Integer.parseInt(a[3]);
    Reviewer reviewer = Empathy.create().reviewer();
    List<String> corpus = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(ReviewMin.class.getResourceAsStream("/review/drafts.txt"), StandardCharsets.UTF_8))) {
      for (String l = in.readLine(); l != null; l = in.readLine()) if (!l.isBlank() && !l.startsWith("#")) corpus.add(l.replace("\\n", "\n").replace("\\\\", "\\"));
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; sb.length() < size; i = (i + 1) % corpus.size()) sb.append(corpus.get(i)).append("\n\n");
    sb.setLength(size);
    String draft = sb.toString();
    ThreadMXBean t = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    long sink = 0;
    for (int i = 0; i < warm; i++) sink += reviewer.review(draft).score();
    double[] us = new double[chunks];
    for (int c = 0; c < chunks; c++) {
      long c0 = t.getThreadCpuTime(id);
      for (int i = 0; i < reps; i++) sink += reviewer.review(draft).score();
      us[c] = (t.getThreadCpuTime(id) - c0) / 1e3 / reps;
    }
    Arrays.sort(us);
    System.out.printf("size %d: min %.1f us (%.1f MB per CPU s), median %.1f us (%.1f MB/s) over %d chunks of %d (sink %d)%n", size, us[0], size / us[0], us[chunks / 2], size / us[chunks / 2], chunks, reps, sink);
  }
}
