package dev.empathy.compose;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/** {@link BusinessCalendar#weekendsAnd}: Monday to Friday except the given dates. */
record HolidayCalendar(Set<LocalDate> holidays) implements BusinessCalendar {
  @Override
  public boolean isBusinessDay(LocalDate day) {
    return WeekendCalendar.INSTANCE.isBusinessDay(day) && !holidays.contains(day);
  }

  @Override
  public String toString() {
    return "weekends and " + new TreeSet<>(holidays);
  }
}
