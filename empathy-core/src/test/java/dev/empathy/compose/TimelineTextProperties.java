package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The timeline's date arithmetic against the obvious day-by-day definitions. */
class TimelineTextProperties {

  @Property(tries = 2000)
  void businessDaysMatchCountingDayByDay(
      @ForAll @LongRange(min = -30_000, max = 60_000) long epochDay, @ForAll @IntRange(min = 0, max = 260) int n) {
    LocalDate from = LocalDate.ofEpochDay(epochDay);
    LocalDate d = from;
    for (int added = 0; added < n; ) {
      d = d.plusDays(1);
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        added++;
      }
    }
    assertEquals(d, TimelineText.addBusinessDays(from, n), from + " (" + from.getDayOfWeek() + ") + " + n);
  }

  @Property(tries = 2000)
  void todayIsTheClocksLocalDate(
      @ForAll @LongRange(min = -5_000_000_000L, max = 5_000_000_000L) long epochSecond,
      @ForAll @IntRange(min = -18 * 3600, max = 18 * 3600) int offsetSeconds) {
    Instant instant = Instant.ofEpochSecond(epochSecond);
    ZoneOffset offset = ZoneOffset.ofTotalSeconds(offsetSeconds);
    assertEquals(LocalDate.ofInstant(instant, offset), TimelineText.today(Clock.fixed(instant, offset)));
    ZoneId region = ZoneId.of("America/Los_Angeles");
    assertEquals(LocalDate.ofInstant(instant, region), TimelineText.today(Clock.fixed(instant, region)));
  }

  @Property(tries = 200)
  void composedBlocksAreRangesOfThePlainText(
      @ForAll @IntRange(min = 1, max = 260) int days, @ForAll Emotion emotion, @ForAll @IntRange(max = 50) int turn) {
    Empathy empathy =
        Empathy.builder().clock(Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC)).build();
    Reply reply = empathy.compose().conversation("c", turn).customer("Dana")
        .acknowledge(emotion, "the refund").summary("you were charged twice")
        .action("I’ve refunded it").action("I’ve flagged the order").timeline(Timeline.businessDays(days))
        .followUp("I’ll write when it lands").build();
    String text = reply.toPlainText();
    int from = 0;
    StringBuilder rebuilt = new StringBuilder();
    for (Block b : reply.blocks()) {
      int at = text.indexOf(b.text(), from);
      assertEquals(true, at >= from, b.kind() + " is in the text in order");
      rebuilt.append(text, from, at).append(b.text());
      from = at + b.text().length();
      assertEquals(b, new Block(b.kind(), b.text(), b.facts(), b.items()), "a composed block equals its copy");
    }
    assertEquals(text, rebuilt.toString());
    assertEquals(from, text.length(), "the text ends with the last block");
  }
}
