package dev.empathy.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.empathy.Empathy;
import dev.empathy.examples.qa.QaCommand;
import dev.empathy.review.ReviewContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
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
 * A line of the CLI's {@code qa} (one past conversation: the customer's message analysed, the
 * agent's reply reviewed against it, the {@code replies.csv} row written), through {@link
 * QaCommand#replyRow}, the code the command's workers run; and a batch of the 1,000 conversations
 * of {@code gen-conversations.js} (542,192 bytes, the first thousand lines of
 * {@code scripts/qa-throughput.sh}'s export). MB/s = 0.542 / (seconds per batch).
 *
 * <p>The baseline in the same run, {@link #analyzeAndReviewBatch}, does the work the other
 * benchmarks measure on the same texts: {@code Empathy.analyze} of each customer message and
 * {@code Empathy.review} of each reply alone (no context, no JSON, no row), so the difference is
 * what a line of {@code qa} adds to analysis plus review.
 *
 * <pre>{@code
 * java -jar empathy-benchmarks/target/benchmarks.jar QaBenchmark -f 1 -wi 4 -w 2s -i 5 -r 2s -prof gc
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class QaBenchmark {
  /** The export line {@link #qaLine} reviews (0-based; 3 is a public, social reply). */
  @Param({"3"})
  public int line;

  private QaCommand qa;
  private Empathy empathy;
  private List<String> lines;
  private List<String> customerTexts;
  private List<String> replies;
  private List<String> channels;
  private String one;

  @Setup
  public void setUp() {
    qa = new QaCommand();
    empathy = Empathy.create();
    lines = conversations();
    customerTexts = new ArrayList<>();
    replies = new ArrayList<>();
    channels = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String l : lines) {
      try {
        JsonNode o = json.readTree(l);
        customerTexts.add(o.path("customerText").asText(""));
        replies.add(o.path("agentReply").asText());
        channels.add(o.path("channel").asText(""));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    one = lines.get(line);
    // The rows must be qa's: scored replies, no error row.
    for (int i = 0; i < lines.size(); i++) {
      String row = qa.replyRow(lines.get(i), i + 1);
      if (!row.endsWith(",\r\n")) {
        throw new IllegalStateException("line " + (i + 1) + " gave an error row: " + row);
      }
    }
  }

  /** One conversation line of {@code qa}. */
  @Benchmark
  public String qaLine() {
    return qa.replyRow(one, line + 1);
  }

  /** The 1,000 conversation lines of {@code qa}, in turn. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public int qaBatch() {
    int chars = 0;
    for (int i = 0; i < lines.size(); i++) {
      chars += qa.replyRow(lines.get(i), i + 1).length();
    }
    return chars;
  }

  /** The baseline: the same 1,000 messages analysed and replies reviewed alone. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public void analyzeAndReviewBatch(Blackhole bh) {
    for (int i = 0; i < lines.size(); i++) {
      if (!customerTexts.get(i).isEmpty()) {
        bh.consume(empathy.analyze(customerTexts.get(i)));
      }
      bh.consume(empathy.review(replies.get(i)));
    }
  }

  /** The same 1,000 replies reviewed against their message and channel as {@code qa} does, without JSON and rows. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public void reviewInContextBatch(Blackhole bh) {
    for (int i = 0; i < lines.size(); i++) {
      String channel = channels.get(i);
      ReviewContext context = ReviewContext.builder()
          .customerText(customerTexts.get(i).isEmpty() ? null : customerTexts.get(i))
          .channel(channel.isBlank() ? null : channel)
          .build();
      bh.consume(empathy.review(replies.get(i), context));
    }
  }

  private static List<String> conversations() {
    List<String> out = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(QaBenchmark.class.getResourceAsStream("/qa/conversations-1000.jsonl.gz")),
                StandardCharsets.UTF_8))) {
      for (String l = in.readLine(); l != null; l = in.readLine()) {
        if (!l.isBlank()) {
          out.add(l);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
