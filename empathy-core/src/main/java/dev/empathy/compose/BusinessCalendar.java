package dev.empathy.compose;

import dev.empathy.InvalidInputException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * Which days count as business days for {@link Timeline#businessDays(int, BusinessCalendar)}. The
 * default, {@link #weekends()}, counts Monday to Friday; a team that closes on public holidays
 * passes its own, e.g. England and Wales around Christmas 2026:
 *
 * <pre>{@code
 * BusinessCalendar england = BusinessCalendar.weekendsAnd(Set.of(
 *     LocalDate.of(2026, 12, 25),    // Christmas Day
 *     LocalDate.of(2026, 12, 28)));  // Boxing Day (substitute day)
 * Timeline t = Timeline.businessDays(1, england);
 * // composed on Thursday 24 December 2026: "by Tuesday, December 29"
 * }</pre>
 *
 * <p>Any rule fits: implement {@link #isBusinessDay} (a country's holiday API, a rota, half days
 * treated as closed). Implementations must be immutable and thread-safe.
 */
@FunctionalInterface
public interface BusinessCalendar {
  /**
   * Whether work is done on {@code day}, a date in the customer's time zone.
   *
   * @param day the date
   * @return true when {@code day} is a business day
   */
  boolean isBusinessDay(LocalDate day);

  /**
   * The day {@code days} business days after {@code from}: one business day after a Friday (or a
   * Saturday) is the next business day after the weekend.
   *
   * @param from the day counting starts from; it need not be a business day
   * @param days the number of business days to add, zero or more
   * @return the business day reached
   * @throws InvalidInputException naming {@code calendar} when it has no business day for ten years
   */
  default LocalDate plusBusinessDays(LocalDate from, int days) {
    LocalDate day = from;
    int left = days;
    int idle = 0;
    while (left > 0) {
      day = day.plusDays(1);
      if (isBusinessDay(day)) {
        left--;
        idle = 0;
      } else if (++idle > 3660) {
        throw new InvalidInputException("calendar", "calendar has no business day in the ten years after " + from);
      }
    }
    return day;
  }

  /** {@return the default calendar: Monday to Friday, every week} */
  static BusinessCalendar weekends() {
    return WeekendCalendar.INSTANCE;
  }

  /**
   * Monday to Friday except {@code holidays}.
   *
   * @param holidays the dates work stops on, e.g. a country's public holidays for the years ahead
   * @return an immutable calendar, safe to share between threads
   * @throws InvalidInputException naming {@code holidays} when it is null or holds a null
   */
  static BusinessCalendar weekendsAnd(Collection<LocalDate> holidays) {
    InvalidInputException.checkNotNull(holidays, "holidays");
    for (LocalDate day : holidays) { // contains(null) throws on immutable sets
      if (day == null) {
        throw InvalidInputException.forRule("holidays", "must not contain null");
      }
    }
    return new HolidayCalendar(Set.copyOf(holidays));
  }
}
