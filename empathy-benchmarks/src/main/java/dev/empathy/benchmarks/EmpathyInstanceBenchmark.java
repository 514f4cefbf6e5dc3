package dev.empathy.benchmarks;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.compose.Timeline;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
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
 * What another {@link Empathy} costs once its language is warm: a new instance for the same
 * language in another time zone, used once for each of compose, analyze and review, against the
 * same three calls on one long-lived instance in the same run. The difference is the instance's
 * own cost, in time and (with {@code -prof gc}) in bytes allocated.
 *
 * <pre>{@code
 * java -jar empathy-benchmarks/target/benchmarks.jar EmpathyInstanceBenchmark -prof gc
 * }</pre>
 *
 * <p>{@code composeInZone} is the alternative to a new instance: the shared one with the
 * customer's zone given per reply ({@code compose().zone(zone)}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EmpathyInstanceBenchmark {
  private static final String[] ZONES = {"Europe/Paris", "Asia/Tokyo", "America/Lima", "Australia/Perth", "Africa/Lagos"};
  private static final Instant NOW = Instant.parse("2026-11-25T15:00:00Z");
  private static final String MESSAGE = "Third time I'm writing!!! Fix it or I cancel my account.";
  private static final String DRAFT = "Per our policy we can't refund. It will be looked into soon.";

  private Empathy shared;
  private ZoneId[] zones;
  private int next;

  @Setup
  public void setUp() {
    shared = Empathy.builder().locale("en-US").clock(Clock.fixed(NOW, ZoneId.of("UTC"))).build();
    zones = new ZoneId[ZONES.length];
    for (int i = 0; i < ZONES.length; i++) {
      zones[i] = ZoneId.of(ZONES[i]);
    }
    use(shared); // the language's data is built here, once
  }

  private static int use(Empathy e) {
    int n = e.compose().acknowledge(Emotion.FRUSTRATED, "the double charge").action("I’ve refunded the second charge")
        .timeline(Timeline.businessDays(3)).build().toPlainText().length();
    n += e.analyze(MESSAGE).emotions().size();
    n += e.review(DRAFT).score();
    return n;
  }

  /** A new instance (another zone) used once for each kind of call. */
  @Benchmark
  public int newInstanceInAnotherZone() {
    ZoneId zone = zones[next++ % zones.length];
    return use(Empathy.builder().locale("en-US").clock(Clock.fixed(NOW, zone)).build());
  }

  /** The baseline: the same three calls on one instance. */
  @Benchmark
  public int sameInstance() {
    return use(shared);
  }

  /** Only building the instance. */
  @Benchmark
  public Empathy buildOnly() {
    return Empathy.builder().locale("en-US").clock(Clock.fixed(NOW, zones[next++ % zones.length])).build();
  }

  /** One reply in the customer's zone from the shared instance. */
  @Benchmark
  public int composeInZone() {
    return shared.compose().zone(zones[next++ % zones.length]).acknowledge(Emotion.FRUSTRATED, "the double charge")
        .action("I’ve refunded the second charge").timeline(Timeline.businessDays(3)).build().toPlainText().length();
  }
}
