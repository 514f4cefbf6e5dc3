package dev.empathy.compose;

import static dev.empathy.InvalidInputException.checkNotNull;

import dev.empathy.InvalidInputException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A concrete commitment: when, and who owns it. Vague time ("soon", "shortly") is what this type
 * exists to replace. The deadline's weekday and date are computed when the reply is composed, from
 * the {@code Empathy} instance's clock, skipping weekends for business days.
 *
 * <pre>{@code
 * Timeline.businessDays(3);                                   // "within 3 business days, by Monday, November 30"
 * Timeline.within(Duration.ofHours(2)).ownedBy(Owner.team()); // "Our team … within 2 hours, by 4:30 PM"
 * Timeline.by(LocalDate.of(2026, 12, 1)).ownedBy(Owner.named("billing team"));
 * }</pre>
 */
public final class Timeline {
  /** How the commitment is expressed. */
  public enum Kind {
    /** Within a duration of calendar time. */
    WITHIN,
    /** Within N business days (Monday to Friday). */
    BUSINESS_DAYS,
    /** By a calendar date. */
    BY
  }

  private final Kind kind;
  private final Duration duration;
  private final int businessDays;
  private final LocalDate date;
  private final Owner owner;
  private final BusinessCalendar calendar;

  private Timeline(Kind kind, Duration duration, int businessDays, LocalDate date, Owner owner) {
    this(kind, duration, businessDays, date, owner, BusinessCalendar.weekends());
  }

  private Timeline(Kind kind, Duration duration, int businessDays, LocalDate date, Owner owner, BusinessCalendar calendar) {
    this.calendar = calendar;
    this.kind = kind;
    this.duration = duration;
    this.businessDays = businessDays;
    this.date = date;
    this.owner = owner;
  }

  /**
   * Within a duration of calendar time, at least one minute.
   *
   * @param duration how long, at least one minute
   * @return the timeline, owned by {@link Owner#me()}
   * @throws InvalidInputException naming {@code timeline.within} otherwise
   */
  public static Timeline within(Duration duration) {
    if (duration == null) {
      throw InvalidInputException.forRule("timeline.within", "must not be null");
    }
    if (duration.toMinutes() < 1) {
      throw new InvalidInputException(
          "timeline.within", "timeline.within must be at least one minute but was " + duration);
    }
    if (duration.toDays() > 366) {
      throw new InvalidInputException(
          "timeline.within", "timeline.within must be at most a year but was " + duration);
    }
    return new Timeline(Kind.WITHIN, duration, 0, null, Owner.me());
  }

  /**
   * Within {@code days} business days (Monday to Friday), 1 to 260.
   *
   * @param days the number of business days
   * @return the timeline, owned by {@link Owner#me()}
   * @throws InvalidInputException naming {@code timeline.businessDays} otherwise
   */
  public static Timeline businessDays(int days) {
    if (days < 1 || days > 260) {
      throw new InvalidInputException(
          "timeline.businessDays", "timeline.businessDays must be between 1 and 260 but was " + days);
    }
    return days <= COMMON_BUSINESS_DAYS.length
        ? COMMON_BUSINESS_DAYS[days - 1]
        : new Timeline(Kind.BUSINESS_DAYS, null, days, null, Owner.me());
  }

  /**
   * Within {@code days} business days of {@code calendar}, 1 to 260: a team that closes on public
   * holidays counts them out (see {@link BusinessCalendar}).
   *
   * @param days the number of business days
   * @param calendar the business days to count
   * @return the timeline, owned by {@link Owner#me()}
   * @throws InvalidInputException naming {@code timeline.businessDays} for a count out of range,
   *     or {@code calendar} when it is null
   */
  public static Timeline businessDays(int days, BusinessCalendar calendar) {
    checkNotNull(calendar, "calendar");
    return new Timeline(Kind.BUSINESS_DAYS, null, businessDays(days).businessDays, null, Owner.me(), calendar);
  }

  /** The common commitments (1 to 10 business days, owned by me), made once: values are immutable. */
  private static final Timeline[] COMMON_BUSINESS_DAYS = new Timeline[10];

  static {
    for (int d = 1; d <= COMMON_BUSINESS_DAYS.length; d++) {
      COMMON_BUSINESS_DAYS[d - 1] = new Timeline(Kind.BUSINESS_DAYS, null, d, null, Owner.me());
    }
  }

  /**
   * By a calendar date, which must not be in the past when the reply is composed.
   *
   * @param date the date
   * @return the timeline, owned by {@link Owner#me()}
   * @throws InvalidInputException naming {@code timeline.by} when null
   */
  public static Timeline by(LocalDate date) {
    if (date == null) {
      throw InvalidInputException.forRule("timeline.by", "must not be null");
    }
    return new Timeline(Kind.BY, null, 0, date, Owner.me());
  }

  /**
   * A copy owned by {@code owner} (the default owner is {@link Owner#me()}).
   *
   * @param owner who commits to the timeline
   * @return a copy with that owner
   */
  public Timeline ownedBy(Owner owner) {
    checkNotNull(owner, "owner");
    return new Timeline(kind, duration, businessDays, date, owner, calendar);
  }

  /**
   * {@return the calendar business days are counted on; {@link BusinessCalendar#weekends()} by
   * default}
   */
  public BusinessCalendar calendar() {
    return calendar;
  }

  /** {@return how the commitment is expressed} */
  public Kind kind() {
    return kind;
  }

  /** {@return the duration for {@link Kind#WITHIN}} */
  public Optional<Duration> duration() {
    return Optional.ofNullable(duration);
  }

  /** {@return the number of business days for {@link Kind#BUSINESS_DAYS}, else 0} */
  public int businessDays() {
    return businessDays;
  }

  /** {@return the date for {@link Kind#BY}} */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  /** {@return who commits to the timeline; {@link Owner#me()} by default} */
  public Owner owner() {
    return owner;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Timeline t
        && kind == t.kind
        && Objects.equals(duration, t.duration)
        && businessDays == t.businessDays
        && Objects.equals(date, t.date)
        && owner.equals(t.owner)
        && calendar.equals(t.calendar);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, duration, businessDays, date, owner, calendar);
  }

  @Override
  public String toString() {
    String when =
        switch (kind) {
          case WITHIN -> "within " + duration;
          case BUSINESS_DAYS -> businessDays + " business days (" + calendar + ")";
          case BY -> "by " + date;
        };
    return "Timeline[" + when + ", owner=" + owner + "]";
  }
}
