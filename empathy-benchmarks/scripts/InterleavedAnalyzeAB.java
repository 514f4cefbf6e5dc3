import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.*;

/**
 * Interleaved A/B of {@code AnalyzerBenchmark.analyze} for a machine shared with other work, where
 * JMH's wall-clock figures say nothing: two builds loaded in one JVM through two class loaders, each
 * size run by A and B in alternating order, round after round, for at least 0.4 s of this thread's
 * CPU time each ({@code -Dround.ms=}; shorter rounds pair A and B more closely in time on a busy
 * machine); prints the median (and least) thread CPU time per operation, the bytes allocated per
 * operation, B's median over A's, and the median (and quartiles) of each round's B over the A
 * measured beside it. A class path may lay a build's classes over a benchmarks jar
 * ({@code new/classes:old/benchmarks.jar}) to test a change without packaging it.
 *
 * <pre>{@code
 * java empathy-benchmarks/scripts/InterleavedAnalyzeAB.java OLD/benchmarks.jar empathy-benchmarks/target/benchmarks.jar 15 5 1000 100000
 * }</pre>
 *
 * Arguments: class path A, class path B, rounds, warm-up seconds of CPU per build and size, sizes.
 */
public class InterleavedAnalyzeAB {
  interface Op { Object run() throws Exception; }
  public static void main(String[] a) throws Exception {
    int rounds = Integer.parseInt(a[2]);
    double warm = Double.parseDouble(a[3]);
    int[] sizes = Arrays.stream(Arrays.copyOfRange(a, 4, a.length)).mapToInt(Integer::parseInt).toArray();
    com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long tid = Thread.currentThread().getId();
    Op[][] ops = new Op[2][sizes.length];
    for (int j = 0; j < 2; j++) {
      List<URL> urls = new ArrayList<>();
      for (String p : a[j].split(":")) urls.add(new File(p).toURI().toURL());
      ClassLoader cl = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
      Class<?> cc = cl.loadClass("dev.empathy.benchmarks.AnalyzerBenchmark$Corpus");
      Object an = cl.loadClass("dev.empathy.benchmarks.AnalyzerBenchmark").getConstructor().newInstance();
      Method m = an.getClass().getMethod("analyze", cc);
      for (int s = 0; s < sizes.length; s++) {
        Object c = cc.getConstructor().newInstance();
        cc.getField("size").set(c, sizes[s]);
        cc.getMethod("setUp").invoke(c);
        ops[j][s] = () -> m.invoke(an, c);
      }
    }
    for (int s = 0; s < sizes.length; s++) for (int j = 0; j < 2; j++) {
      long until = mx.getCurrentThreadCpuTime() + (long) (warm * 1e9);
      while (mx.getCurrentThreadCpuTime() < until) ops[j][s].run();
    }
    long roundNs = Long.getLong("round.ms", 400) * 1_000_000L;
    List<Double>[][] cpu = new List[2][sizes.length];
    List<Double>[][] alloc = new List[2][sizes.length];
    for (int j = 0; j < 2; j++) for (int s = 0; s < sizes.length; s++) { cpu[j][s] = new ArrayList<>(); alloc[j][s] = new ArrayList<>(); }
    for (int r = 0; r < rounds; r++) {
      for (int s = 0; s < sizes.length; s++) {
        for (int k = 0; k < 2; k++) {
          int j = (r + k) % 2;
          long t0 = mx.getCurrentThreadCpuTime(), b0 = mx.getThreadAllocatedBytes(tid);
          int n = 0; long now;
          do { ops[j][s].run(); n++; now = mx.getCurrentThreadCpuTime(); } while (now - t0 < roundNs);
          long b1 = mx.getThreadAllocatedBytes(tid);
          cpu[j][s].add((now - t0) / (double) n);
          alloc[j][s].add((b1 - b0) / (double) n);
        }
      }
    }
    List<Double>[][] cpuInOrder = new List[2][sizes.length];
    for (int j = 0; j < 2; j++) for (int s = 0; s < sizes.length; s++) cpuInOrder[j][s] = new ArrayList<>(cpu[j][s]);
    System.out.printf("thread CPU per op, median (min) of %d rounds of %d ms; A=%s B=%s%n", rounds, roundNs / 1_000_000, a[0], a[1]);
    for (int s = 0; s < sizes.length; s++) {
      StringBuilder sb = new StringBuilder(String.format("analyze %-7d", sizes[s]));
      double[] med = new double[2];
      for (int j = 0; j < 2; j++) {
        List<Double> l = cpu[j][s]; Collections.sort(l);
        List<Double> al = alloc[j][s]; Collections.sort(al);
        med[j] = l.get(l.size() / 2);
        sb.append(String.format("  %s: %,11.0f ns (min %,11.0f) %6.1f MB/s %,10.0f B/op", j == 0 ? "A" : "B", med[j], l.get(0), sizes[s] / (med[j] / 1e9) / 1e6, al.get(al.size() / 2)));
      }
      sb.append(String.format("  B/A %.3f", med[1] / med[0]));
      // Paired: each round's B over the A measured next to it (same load), median and quartiles.
      List<Double> ratios = new ArrayList<>();
      for (int r = 0; r < rounds; r++) ratios.add(cpuInOrder[1][s].get(r) / cpuInOrder[0][s].get(r));
      Collections.sort(ratios);
      sb.append(String.format("  paired B/A %.3f [%.3f, %.3f]", ratios.get(rounds / 2), ratios.get(rounds / 4), ratios.get(3 * rounds / 4)));
      System.out.println(sb);
    }
  }
}
