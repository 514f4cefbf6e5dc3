import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.*;
import java.nio.file.*;
import java.util.*;

/**
 * Interleaved A/B of {@code text.PrivateData.find} in one JVM: the base CLI jar and the new classes
 * (ahead of it) in two class loaders, alternated every round, on every reply and customer message of
 * a qa export, with both {@code everyLanguage()} and {@code forLocale(US)}; prints the thread's CPU
 * time per text per round, the minimum and the median of the second half, and fails when the
 * answers differ in any round:
 *
 *   java -XX:TieredStopAtLevel=1 -cp <base cli jar> empathy-benchmarks/scripts/PdAB.java \
 *     conversations-1000.jsonl 16 <base cli jar> empathy-core/target/classes
 */
public class PdAB {
  public static void main(String[] a) throws Exception {
    List<String> texts = new ArrayList<>();
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    for (String l : Files.readAllLines(Path.of(a[0]))) {
      if (l.isBlank()) continue;
      var o = json.readTree(l);
      texts.add(o.path("agentReply").asText());
      if (o.has("customerText")) texts.add(o.path("customerText").asText());
    }
    int rounds = Integer.parseInt(a[1]);
    URL base = Path.of(a[2]).toUri().toURL();
    URL[] newCp = {Path.of(a[3]).toUri().toURL(), base};
    Method[] finds = new Method[2]; Object[][] dets = new Object[2][];
    ClassLoader[] ls = {new URLClassLoader(new URL[] {base}, null), new URLClassLoader(newCp, null)};
    for (int k = 0; k < 2; k++) {
      Class<?> pd = ls[k].loadClass("dev.empathy.text.PrivateData");
      dets[k] = new Object[] {pd.getMethod("everyLanguage").invoke(null), pd.getMethod("forLocale", Locale.class).invoke(null, Locale.US)};
      finds[k] = pd.getMethod("find", CharSequence.class);
    }
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    double[][] cpu = new double[2][rounds]; long[] alloc = new long[2];
    List<String> answers0 = null;
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < 2; k++) {
        List<String> answers = new ArrayList<>();
        long t0 = threads.getCurrentThreadCpuTime(), a0 = threads.getCurrentThreadAllocatedBytes();
        for (String t : texts) for (Object d : dets[k]) answers.add(finds[k].invoke(d, t).toString());
        long t1 = threads.getCurrentThreadCpuTime(), a1 = threads.getCurrentThreadAllocatedBytes();
        cpu[k][r] = (t1 - t0) / 1e3 / texts.size(); alloc[k] = (a1 - a0) / texts.size();
        if (k == 0) answers0 = answers; else if (!answers.equals(answers0)) throw new AssertionError("answers differ in round " + r);
      }
    }
    for (int k = 0; k < 2; k++) {
      double[] s = Arrays.copyOfRange(cpu[k], rounds / 2, rounds); Arrays.sort(s);
      StringBuilder sb = new StringBuilder(); for (double c : cpu[k]) sb.append(String.format("%.1f ", c));
      System.out.printf("%s: us per text (both detectors) by round [%s] min %.2f median(2nd half) %.2f; %d B per text (incl. answers' toString)%n", k == 0 ? "base" : "new ", sb.toString().trim(), s[0], s[s.length / 2], alloc[k]);
    }
    System.out.println(texts.size() + " texts, answers identical in every round");
  }
}
