package dev.empathy.compose;

import com.google.common.collect.ImmutableMap;
import dev.empathy.InvalidInputException;
import dev.empathy.phrase.Fit;
import dev.empathy.phrase.Phrasebook;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** Writes a {@link Timeline}'s sentence and returns its facts, with the deadline from the clock. */
final class TimelineText {
  private TimelineText() {}

  /**
   * Writes the timeline's sentence to {@code out} and returns its facts as alternating names and
   * values (made into strings only when a caller reads them).
   */
  static Object[] write(
      Timeline t, Phrasebook book, Clock clock, Fit fit, int seed, int turn, Args args, ReplyText out) {
    Owner owner = t.owner();
    CallerClauses clauses = CallerClauses.forLocale(book.locale());
    String select = clauses.ownerSelect(owner);
    String name = owner.name().orElse("");
    // Someone not ours ("the hotel", "Apple") is named as typed, never as "our hotel team".
    args.reset()
        .with("owner", select)
        .with("team", select.equals("party") || select.equals("name") ? name : clauses.teamName(name));
    String kind = KIND_LABELS[t.kind().ordinal()];
    Object[] facts;
    String key;
    switch (t.kind()) {
      case BUSINESS_DAYS -> {
        int n = t.businessDays();
        LocalDate today = today(clock);
        LocalDate deadline = t.calendar().plusBusinessDays(today, n);
        args.with("duration", book.quantity("timeline.unit.businessDays", n)).with("hour", 0);
        putDate(args, book, today, deadline);
        facts = new Object[] {
          "kind", kind, "owner", owner.label(), "count", n, "unit", "business_days", "deadline", deadline
        };
        key = "timeline.within";
      }
      case WITHIN -> {
        ZonedDateTime now = ZonedDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        Duration d = t.duration().orElseThrow();
        ZonedDateTime at = now.plus(d);
        long minutes = d.toMinutes();
        String unit;
        double count;
        if (minutes < 60) {
          unit = "minutes";
          count = minutes;
        } else if (minutes % (24 * 60) == 0) {
          long days = minutes / (24 * 60);
          if (days % 7 == 0) {
            unit = "weeks";
            count = days / 7;
          } else {
            unit = "days";
            count = days;
          }
        } else if (minutes % 30 == 0 && minutes < 48 * 60) {
          unit = "hours";
          count = minutes / 60.0;
        } else if (minutes < 48 * 60) {
          unit = "minutes";
          count = minutes;
        } else {
          unit = "hours";
          count = Math.round(minutes / 60.0);
        }
        args.with("duration", book.quantity(UNIT_KEYS.get(unit), count));
        if (minutes < 24 * 60 && at.toLocalDate().equals(today)) {
          args.with("deadlineKind", "time")
              .with("deadline", book.time(at.toLocalTime()))
              .with("hour", at.getHour()); // the deadline's hour: "la 1:30", "las 4:30"
          facts = new Object[] {
            "kind", kind, "owner", owner.label(), "deadlineTime", at.toLocalTime().withSecond(0).withNano(0),
            "count", formatCount(count), "unit", unit, "deadline", at.toLocalDate()
          };
        } else {
          putDate(args, book, today, at.toLocalDate());
          args.with("hour", 0);
          facts = new Object[] {
            "kind", kind, "owner", owner.label(), "count", formatCount(count), "unit", unit,
            "deadline", at.toLocalDate()
          };
        }
        key = "timeline.within";
      }
      case BY -> {
        if (t.date().isEmpty()) {
          key = "timeline.at";
          facts = byClockTime(t, book, clock, args, kind, owner);
          break;
        }
        LocalDate today = today(clock);
        LocalDate date = t.date().orElseThrow();
        if (date.isBefore(today)) {
          throw new InvalidInputException(
              "timeline.by", "timeline.by must not be in the past (" + date + " is before " + today + ")");
        }
        putDate(args, book, today, date);
        args.with("hour", 0);
        facts = new Object[] {"kind", kind, "owner", owner.label(), "deadline", date};
        key = "timeline.by";
      }
      default -> throw new AssertionError(t.kind());
    }
    book.formatTo(out, key, fit, seed, turn, args);
    return facts;
  }

  /**
   * Sets the arguments of a deadline with a clock time, seen from the clock's zone (the
   * customer's): the day ({@code deadlineKind} today, tomorrow or date, {@code deadline} its
   * words), the {@code time} and its {@code hour}. Returns the block's facts.
   *
   * @throws InvalidInputException naming {@code timeline.by} when the deadline has passed
   */
  private static Object[] byClockTime(Timeline t, Phrasebook book, Clock clock, Args args, String kind, Owner owner) {
    ZonedDateTime now = ZonedDateTime.now(clock);
    LocalDateTime at = t.instant().isPresent()
        ? LocalDateTime.ofInstant(t.instant().get(), clock.getZone())
        : t.dateTime().orElseThrow();
    LocalDateTime nowHere = now.toLocalDateTime().withSecond(0).withNano(0);
    if (at.isBefore(nowHere)) {
      throw new InvalidInputException(
          "timeline.by",
          "timeline.by must not be in the past (" + at.withNano(0) + " is before " + nowHere + " in " + clock.getZone() + ")");
    }
    LocalDate day = at.toLocalDate();
    LocalTime time = at.toLocalTime().withSecond(0).withNano(0);
    putDate(args, book, now.toLocalDate(), day);
    args.with("time", book.time(time)).with("hour", time.getHour());
    return new Object[] {"kind", kind, "owner", owner.label(), "deadline", day, "deadlineTime", time};
  }

  /**
   * The clock's date. For a fixed offset (UTC, the usual server clock) it is computed directly:
   * {@code LocalDate.ofInstant} asks {@code ZoneOffset.getRules()}, which builds new rules per call.
   */
  static LocalDate today(Clock clock) {
    ZoneId zone = clock.getZone();
    if (zone instanceof ZoneOffset offset) {
      long seconds = clock.instant().getEpochSecond() + offset.getTotalSeconds();
      return LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400L));
    }
    return LocalDate.ofInstant(clock.instant(), zone);
  }

  private static String formatCount(double count) {
    return count == Math.rint(count) ? Long.toString((long) count) : Double.toString(count);
  }

  /** Wire labels of the timeline kinds ("business_days"), computed once. */
  private static final String[] KIND_LABELS =
      java.util.Arrays.stream(Timeline.Kind.values())
          .map(k -> k.name().toLowerCase(java.util.Locale.ROOT))
          .toArray(String[]::new);

  /** Phrase keys per unit, built once: concatenating them per reply showed up in profiles. */
  private static final ImmutableMap<String, String> UNIT_KEYS =
      ImmutableMap.of(
          "minutes", "timeline.unit.minutes",
          "hours", "timeline.unit.hours",
          "days", "timeline.unit.days",
          "weeks", "timeline.unit.weeks",
          "businessDays", "timeline.unit.businessDays");

  private static void putDate(Args args, Phrasebook book, LocalDate today, LocalDate date) {
    long days = date.toEpochDay() - today.toEpochDay();
    if (days == 0) {
      args.with("deadlineKind", "today").with("deadline", book.today());
    } else if (days == 1) {
      args.with("deadlineKind", "tomorrow").with("deadline", book.tomorrow());
    } else {
      args.with("deadlineKind", "date").with("deadline", book.date(date, date.getYear() != today.getYear()));
    }
  }

  /** Adds {@code n} business days (Monday to Friday) to {@code from}. Shared by every locale. */
  static LocalDate addBusinessDays(LocalDate from, int n) {
    if (n <= 0) {
      return from;
    }
    // A weekend start counts from the Friday before it: one business day after Saturday is Monday.
    int weekday = Math.min(from.getDayOfWeek().getValue(), DayOfWeek.FRIDAY.getValue());
    long back = from.getDayOfWeek().getValue() - weekday;
    long days = (n / 5) * 7L + n % 5;
    if (n % 5 != 0 && weekday + n % 5 > DayOfWeek.FRIDAY.getValue()) {
      days += 2; // the remainder crosses a weekend
    }
    return from.plusDays(days - back);
  }
}
