package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.InvalidInputException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Business days on a calendar: weekends by default, a team's public holidays when it passes them. */
class BusinessCalendarTest {
  /** England and Wales bank holidays at the end of 2026 (Boxing Day falls on a Saturday). */
  private static final BusinessCalendar ENGLAND_2026 =
      BusinessCalendar.weekendsAnd(Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28)));

  @Property(tries = 300)
  void theWeekendCalendarCountsLikeADayByDayWalk(
      @ForAll @IntRange(min = 0, max = 3_650) int offset, @ForAll @IntRange(min = 1, max = 260) int days) {
    LocalDate from = LocalDate.of(2024, 1, 1).plusDays(offset);
    BusinessCalendar dayByDay = d -> d.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue();
    assertEquals(dayByDay.plusBusinessDays(from, days), BusinessCalendar.weekends().plusBusinessDays(from, days));
  }

  @Test
  void holidaysAreSkippedLikeWeekends() {
    LocalDate christmasEve = LocalDate.of(2026, 12, 24); // a Thursday
    assertEquals(LocalDate.of(2026, 12, 25), BusinessCalendar.weekends().plusBusinessDays(christmasEve, 1));
    assertEquals(LocalDate.of(2026, 12, 29), ENGLAND_2026.plusBusinessDays(christmasEve, 1));
    assertEquals(LocalDate.of(2026, 12, 31), ENGLAND_2026.plusBusinessDays(christmasEve, 3));
  }

  @Test
  void aReplyComposedOnChristmasEvePromisesTheDayAfterTheHolidays() {
    Empathy empathy =
        Empathy.builder().locale(Locale.UK)
            .clock(Clock.fixed(Instant.parse("2026-12-24T10:00:00Z"), ZoneOffset.UTC)).build();
    Reply reply =
        empathy.compose()
            .acknowledge(Emotion.FRUSTRATED, "the missing parcel")
            .action("I’ve asked the courier to trace it")
            .timeline(Timeline.businessDays(1, ENGLAND_2026))
            .build();
    Block timeline = reply.block(BlockKind.TIMELINE).orElseThrow();
    assertEquals("2026-12-29", timeline.facts().get("deadline"));
    assertTrue(timeline.text().contains("29"), timeline.text());
  }

  @Test
  void theCalendarIsPartOfTheTimelinesValue() {
    assertEquals(Timeline.businessDays(3), Timeline.businessDays(3, BusinessCalendar.weekends()));
    assertNotEquals(Timeline.businessDays(3), Timeline.businessDays(3, ENGLAND_2026));
    assertEquals(ENGLAND_2026, Timeline.businessDays(3, ENGLAND_2026).ownedBy(Owner.team()).calendar());
    assertTrue(Timeline.businessDays(3, ENGLAND_2026).toString().contains("2026-12-25"));
  }

  @Test
  void badCalendarsAreNamed() {
    assertEquals("calendar", assertThrows(InvalidInputException.class, () -> Timeline.businessDays(3, null)).field());
    assertEquals("holidays", assertThrows(InvalidInputException.class, () -> BusinessCalendar.weekendsAnd(null)).field());
    BusinessCalendar closed = d -> false;
    assertEquals(
        "calendar",
        assertThrows(InvalidInputException.class, () -> closed.plusBusinessDays(LocalDate.of(2026, 1, 1), 1)).field());
    assertEquals(
        "timeline.businessDays",
        assertThrows(InvalidInputException.class, () -> Timeline.businessDays(0, ENGLAND_2026)).field());
  }
}
