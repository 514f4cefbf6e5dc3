package dev.empathy.benchmarks;

import dev.empathy.Empathy;
import dev.empathy.review.Review;
import dev.empathy.review.Reviewer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Review throughput: the full review (one pass of the shared phrase matcher over the draft, context
 * rules, rewrites, rubric) against a baseline that only finds the same English friction phrases
 * with one precompiled regex per rule, in the same run. Sizes show the cost grows linearly with
 * the draft's length; {@code bangs} is the pathological input of the issue (repeated "!!!!").
 *
 * <pre>{@code
 * java -jar empathy-benchmarks/target/benchmarks.jar ReviewBenchmark -f 1 -wi 2 -i 3 -w 1s -r 1s
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReviewBenchmark {
  /** Draft length in UTF-16 units: the corpus repeated to this size, or "!!!!" of this size. */
  @Param({"1000", "10000", "100000", "1000000"})
  public int size;

  @Param({"corpus", "bangs"})
  public String input;

  private Reviewer reviewer;
  private List<Pattern> regexRules;
  private String draft;

  @Setup
  public void setUp() {
    reviewer = Empathy.create().reviewer();
    regexRules = regexRules();
    List<String> corpus = lines("/review/drafts.txt");
    StringBuilder sb = new StringBuilder(size + 1000);
    if (input.equals("bangs")) {
      sb.append("!".repeat(size));
    } else {
      for (int i = 0; sb.length() < size; i = (i + 1) % corpus.size()) {
        sb.append(corpus.get(i)).append("\n\n");
      }
      sb.setLength(size);
    }
    draft = sb.toString();
  }

  @Benchmark
  public Review review() {
    return reviewer.review(draft);
  }

  /** The baseline: every rule's phrases as one precompiled, case-insensitive regex, run in turn. */
  @Benchmark
  public int regexBaseline() {
    int found = 0;
    for (Pattern p : regexRules) {
      Matcher m = p.matcher(draft);
      while (m.find()) {
        found++;
      }
    }
    return found;
  }

  /** The English rules' phrases, read from the same data file the reviewer uses. */
  static List<Pattern> regexRules() {
    List<Pattern> out = new ArrayList<>();
    for (String line : lines("/dev/empathy/review/rules_en.ini")) {
      if (!line.startsWith("phrases =")) {
        continue;
      }
      List<String> alternatives = new ArrayList<>();
      for (String phrase : line.substring("phrases =".length()).split("\\|")) {
        alternatives.add(toRegex(phrase.strip()));
      }
      out.add(
          Pattern.compile(
              "(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])",
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
    return out;
  }

  /** "(a/b) c [d] e" → "(?:a|b)[\s,]+c(?:[\s,]+d)?[\s,]+e", apostrophes of either kind. */
  private static String toRegex(String phrase) {
    StringBuilder sb = new StringBuilder();
    for (String word : phrase.split("\\s+(?![^(]*\\))")) {
      boolean optional = word.startsWith("[") && word.endsWith("]");
      String w = optional ? word.substring(1, word.length() - 1) : word;
      String body;
      if (w.startsWith("(") && w.endsWith(")")) {
        List<String> alts = new ArrayList<>();
        for (String a : w.substring(1, w.length() - 1).split("/")) {
          alts.add(literal(a.strip()));
        }
        body = "(?:" + String.join("|", alts) + ")";
      } else {
        body = literal(w);
      }
      if (optional) {
        sb.append("(?:[\\s,]+").append(body).append(")?");
      } else {
        sb.append(sb.length() == 0 ? "" : "[\\s,]+").append(body);
      }
    }
    return sb.toString();
  }

  private static String literal(String words) {
    StringBuilder sb = new StringBuilder();
    for (String w : words.split("\\s+")) {
      if (sb.length() > 0) {
        sb.append("[\\s,]+");
      }
      sb.append(Pattern.quote(w).replace("'", "\\E['’]?\\Q"));
    }
    return sb.toString();
  }

  private static List<String> lines(String resource) {
    List<String> out = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(ReviewBenchmark.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
      for (String l = in.readLine(); l != null; l = in.readLine()) {
        if (!l.isBlank() && !l.startsWith("#")) {
          out.add(l.replace("\\n", "\n").replace("\\\\", "\\"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
