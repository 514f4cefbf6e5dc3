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

  private Timeline(Kind kind, Duration duration, int businessDays, LocalDate date, Owner owner) {
    this.kind = kind;
    this.duration = duration;
    this.businessDays = businessDays;
    this.date = date;
    this.owner = owner;
  }

  /**
   * Within a duration of calendar time, at least one minute.
   *
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
   * @throws InvalidInputException naming {@code timeline.by} when null
   */
  public static Timeline by(LocalDate date) {
    if (date == null) {
      throw InvalidInputException.forRule("timeline.by", "must not be null");
    }
    return new Timeline(Kind.BY, null, 0, date, Owner.me());
  }

  /** A copy owned by {@code owner} (the default owner is {@link Owner#me()}). */
  public Timeline ownedBy(Owner owner) {
    checkNotNull(owner, "owner");
    return new Timeline(kind, duration, businessDays, date, owner);
  }

  public Kind kind() {
    return kind;
  }

  /** The duration for {@link Kind#WITHIN}. */
  public Optional<Duration> duration() {
    return Optional.ofNullable(duration);
  }

  /** The number of business days for {@link Kind#BUSINESS_DAYS}, else 0. */
  public int businessDays() {
    return businessDays;
  }

  /** The date for {@link Kind#BY}. */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

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
        && owner.equals(t.owner);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, duration, businessDays, date, owner);
  }

  @Override
  public String toString() {
    String when =
        switch (kind) {
          case WITHIN -> "within " + duration;
          case BUSINESS_DAYS -> businessDays + " business days";
          case BY -> "by " + date;
        };
    return "Timeline[" + when + ", owner=" + owner + "]";
  }
}
