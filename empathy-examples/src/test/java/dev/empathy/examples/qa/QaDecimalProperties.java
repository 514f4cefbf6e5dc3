package dev.empathy.examples.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The CSV's decimals are the JDK formatter's {@code %.3f}, whatever the value. */
class QaDecimalProperties {

  private static String jdk(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  @Property(tries = 3000)
  void anyDoubleIsWrittenAsTheFormatterWritesIt(@ForAll double v) {
    assertEquals(jdk(v), QaCommand.decimal(v));
  }

  @Property(tries = 3000)
  void thousandthsAndTheirNeighboursAsTheFormatterWritesThem(@ForAll @IntRange(min = 0, max = 2_000_000) int k) {
    double v = k / 1000.0;
    assertEquals(jdk(v), QaCommand.decimal(v));
    assertEquals(jdk(Math.nextUp(v)), QaCommand.decimal(Math.nextUp(v)));
    assertEquals(jdk(Math.nextDown(v)), QaCommand.decimal(Math.nextDown(v)));
    assertEquals(jdk(k / 10000.0), QaCommand.decimal(k / 10000.0)); // halves: 0.0005, 0.0125
  }

  @Property(tries = 2000)
  void meansOfScoresAsTheFormatterWritesThem(
      @ForAll @IntRange(min = 0, max = 1000) int sum, @ForAll @IntRange(min = 1, max = 997) int count) {
    double v = Math.min(sum, count * 10) / 10.0 / count; // a mean of scores in tenths
    assertEquals(jdk(v), QaCommand.decimal(v));
  }

  @Test
  void signsAndEdges() {
    for (double v : new double[] {0.0, -0.0, 1.0, 0.0005, 0.0015, 0.9995, 2.0 / 3, 1.0 / 3, -0.25, 1e9, 1e9 - 0.001,
        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE}) {
      assertEquals(jdk(v), QaCommand.decimal(v), () -> "v=" + v);
    }
    assertEquals("0.600", QaCommand.decimal(0.6));
    assertEquals("-0.000", QaCommand.decimal(-0.0));
    assertEquals("0.667", QaCommand.decimal(2.0 / 3));
  }
}
