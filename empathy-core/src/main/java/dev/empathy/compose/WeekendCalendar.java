package dev.empathy.compose;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** {@link BusinessCalendar#weekends()}: Monday to Friday, counted by arithmetic, not day by day. */
enum WeekendCalendar implements BusinessCalendar {
  INSTANCE;

  @Override
  public boolean isBusinessDay(LocalDate day) {
    return day.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue();
  }

  @Override
  public LocalDate plusBusinessDays(LocalDate from, int days) {
    return TimelineText.addBusinessDays(from, days);
  }

  @Override
  public String toString() {
    return "weekends";
  }
}
