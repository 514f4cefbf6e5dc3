package dev.empathy.benchmarks;

import dev.empathy.signal.Analyzer;
import dev.empathy.signal.Signals;
import dev.empathy.text.Graphemes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Signals throughput: {@code Analyzer.analyze} on a mixed corpus of customer messages at 100 B, 1
 * KB, 10 KB and 100 KB, against the same English lexicon matched by a list of precompiled regular
 * expressions (one per phrase, the way a naive implementation would do it), in the same run.
 * MB/s = ops/s × size / 10^6. {@link #analyzeBangs} is the pathological 1 MB of {@code !}.
 *
 * <pre>{@code
 * java -jar empathy-benchmarks/target/benchmarks.jar AnalyzerBenchmark -f 1 -wi 2 -i 3 -w 1s -r 1s
 * }</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AnalyzerBenchmark {

  /** A message of {@link #size} chars from the mixed corpus, and both matchers. */
  @State(Scope.Benchmark)
  public static class Corpus {
    /** Message length in UTF-16 chars (mostly ASCII, so close to bytes). */
    @Param({"100", "1000", "10000", "100000"})
    public int size;

    Analyzer analyzer;
    List<Pattern> regexes;
    String text;

    @Setup
    public void setUp() {
      analyzer = Analyzer.forLocale(Locale.US);
      regexes = regexesFor("/dev/empathy/signal/lexicon_en.tsv");
      text = corpusOf(size);
    }
  }

  /** The pathological input, in its own state so that it is measured once, not once per size. */
  @State(Scope.Benchmark)
  public static class Bangs {
    Analyzer analyzer;
    String text;

    @Setup
    public void setUp() {
      analyzer = Analyzer.forLocale(Locale.US);
      text = "!".repeat(1_000_000);
    }
  }

  /** The library: lexicon automaton, typography scan and scoring. */
  @Benchmark
  public Signals analyze(Corpus c) {
    return c.analyzer.analyze(c.text);
  }

  /** Baseline: every lexicon phrase as its own precompiled regex, each scanning the text. */
  @Benchmark
  public void regexList(Corpus c, Blackhole bh) {
    int found = 0;
    for (Pattern p : c.regexes) {
      Matcher m = p.matcher(c.text);
      while (m.find()) {
        found++;
      }
    }
    bh.consume(found);
  }

  /** The pathological case: 1 MB of "!" (independent of the corpus size). */
  @Benchmark
  public Signals analyzeBangs(Bangs bangs) {
    return bangs.analyzer.analyze(bangs.text);
  }

  /** Messages from the corpus, concatenated and cut at a grapheme boundary near {@code size}. */
  static String corpusOf(int size) {
    List<String> messages = new ArrayList<>();
    for (String line : lines("/dev/empathy/benchmarks/signals-corpus.txt")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        messages.add(line);
      }
    }
    StringBuilder sb = new StringBuilder(size + 256);
    for (int i = 0; sb.length() < size; i++) {
      sb.append(messages.get(i % messages.size())).append('\n');
    }
    String s = sb.toString();
    return s.substring(0, Graphemes.boundaryAtOrBefore(s, size));
  }

  /**
   * Translates the lexicon's phrase syntax into regular expressions: words joined by non-word
   * runs, {@code *} any word, {@code #} any number, {@code a|b} alternatives, {@code x?} optional,
   * case-insensitive, on word boundaries.
   */
  static List<Pattern> regexesFor(String resource) {
    List<Pattern> out = new ArrayList<>();
    for (String line : lines(resource)) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("@")) {
        continue;
      }
      String phrase = line.split("\t")[1];
      StringBuilder re = new StringBuilder("(?<![\\p{L}\\p{N}])");
      String[] chunks = phrase.strip().split("\\s+");
      for (int i = 0; i < chunks.length; i++) {
        String c = chunks[i];
        boolean optional = c.length() > 1 && c.endsWith("?");
        if (optional) {
          c = c.substring(0, c.length() - 1);
        }
        StringBuilder alt = new StringBuilder("(?:");
        String[] alternatives = c.split("\\|");
        for (int a = 0; a < alternatives.length; a++) {
          String w = alternatives[a];
          alt.append(a > 0 ? "|" : "")
              .append(w.equals("*") ? "\\S+" : w.equals("#") ? "\\d+" : w.equals("#th") ? "\\d+(?:st|nd|rd|th)" : Pattern.quote(w));
        }
        alt.append(')');
        String sep = i < chunks.length - 1 ? "[\\W_]+" : "";
        re.append(optional ? "(?:" + alt + sep + ")?" : alt + sep);
      }
      re.append("(?![\\p{L}\\p{N}])");
      out.add(Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
    return out;
  }

  private static List<String> lines(String resource) {
    try (InputStream in = AnalyzerBenchmark.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      List<String> out = new ArrayList<>();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String l = r.readLine(); l != null; l = r.readLine()) {
          out.add(l);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
