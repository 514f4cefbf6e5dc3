package dev.empathy.benchmarks;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.channel.Channel;
import dev.empathy.channel.Channels;
import dev.empathy.compose.Reply;
import dev.empathy.compose.Timeline;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Composing and rendering a typical reply (greeting, acknowledgement, summary, action, timeline;
 * fixed clock) as plain text, against a hand-written {@link StringBuilder} that produces exactly
 * the same text, measured in the same run. {@link #setUp()} fails if the two texts differ, so the
 * baseline can never drift into measuring something easier.
 *
 * <pre>{@code
 * java -jar empathy-benchmarks/target/benchmarks.jar ComposeBenchmark -prof gc
 * }</pre>
 *
 * <p>Target: {@code composeAndRender} within 3x of {@code handWritten}, and under 2 KB allocated
 * per reply ({@code gc.alloc.rate.norm}). {@code composeAndRenderThroughChannel} adds the plain
 * channel's measurement (grapheme count) on top, for reference.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ComposeBenchmark {
  // 2026-11-25 is a Wednesday: three business days later is Monday, November 30.
  private static final Instant NOW = Instant.parse("2026-11-25T15:00:00Z");
  private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.US);

  // Fields, not constants, so the JIT cannot fold the baseline into a literal.
  private String conversationId = "T-1001";
  private int turn = 0;
  private String customer = "Dana Whitaker";
  private String situation = "the double charge on order 4471";
  private String summary = "you were charged twice for the same order";
  private String action = "I’ve refunded the duplicate charge of $42.00";
  private int businessDays = 3;

  /** English writes small counts in words ("within three business days"), as the library does. */
  private static final String[] SMALL_COUNTS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
  private Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

  private Empathy empathy;
  private Channel plain;

  @Setup
  public void setUp() {
    empathy = Empathy.builder().locale(Locale.US).clock(clock).build();
    plain = Channels.require("plain");
    String library = composeAndRender();
    String baseline = handWritten();
    if (!library.equals(baseline)) {
      throw new IllegalStateException(
          "the baseline must produce the library's text exactly\nlibrary:  " + library + "\nbaseline: " + baseline);
    }
    if (!plain.render(compose()).text().equals(library)) {
      throw new IllegalStateException("the plain channel must render Reply.toPlainText()");
    }
  }

  private Reply compose() {
    return empathy
        .compose()
        .conversation(conversationId, turn)
        .customer(customer)
        .acknowledge(Emotion.FRUSTRATED, situation)
        .summary(summary)
        .action(action)
        .timeline(Timeline.businessDays(businessDays))
        .closing(false)
        .build();
  }

  /** The library: compose the reply, then render it as plain text. */
  @Benchmark
  public String composeAndRender() {
    return compose().toPlainText();
  }

  /** The same through the Channel SPI, which also measures the text in graphemes. */
  @Benchmark
  public int composeAndRenderThroughChannel() {
    return plain.render(compose()).length().value();
  }

  /**
   * What a careful developer would write by hand for this one reply in this one language: the
   * variants the library picks for this conversation and turn, typed in, and the deadline
   * computed from the same clock.
   */
  @Benchmark
  public String handWritten() {
    LocalDate deadline = LocalDate.now(clock);
    for (int added = 0; added < businessDays; ) {
      deadline = deadline.plusDays(1);
      if (deadline.getDayOfWeek() != DayOfWeek.SATURDAY && deadline.getDayOfWeek() != DayOfWeek.SUNDAY) {
        added++;
      }
    }
    String first = customer.substring(0, customer.indexOf(' '));
    return new StringBuilder(320)
        .append("Dear ").append(first).append(",\n\n")
        .append("I can hear how frustrating ").append(situation)
        .append(" has been, and I want to put it right. ")
        .append("From what you’ve told me, ").append(summary).append(".\n\n")
        .append("Good news: ").append(action).append(". ")
        .append("My goal is to wrap this up within ")
        .append(SMALL_COUNTS[businessDays]).append(" business days, by ").append(DEADLINE.format(deadline)).append('.')
        .toString();
  }
}
