package dev.empathy.compose;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import dev.empathy.InvalidInputException;
import dev.empathy.phrase.Phrasebook;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;

/** Turns a {@link Timeline} into its sentence and facts, with the deadline from the clock. */
final class TimelineText {
  private TimelineText() {}

  static Block block(Timeline t, Phrasebook book, Clock clock, int seed, int turn) {
    ZonedDateTime now = ZonedDateTime.now(clock);
    LocalDate today = now.toLocalDate();
    Map<String, Object> args = new HashMap<>(8);
    Owner owner = t.owner();
    args.put("owner", owner.kind().label());
    args.put("team", owner.name().orElse(""));
    args.put("hour", 0); // the deadline's hour, set for clock-time deadlines (la 1:30 / las 4:30)
    ImmutableMap.Builder<String, String> facts = ImmutableMap.builder();
    facts.put("kind", KIND_LABELS.get(t.kind()));
    facts.put("owner", owner.label());
    String key;
    switch (t.kind()) {
      case BUSINESS_DAYS -> {
        int n = t.businessDays();
        LocalDate deadline = addBusinessDays(today, n);
        args.put("duration", unit(book, "businessDays", n));
        putDate(args, book, today, deadline);
        facts.put("count", Integer.toString(n)).put("unit", "business_days");
        facts.put("deadline", deadline.toString());
        key = "timeline.within";
      }
      case WITHIN -> {
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
        args.put("duration", unit(book, unit, count));
        if (minutes < 24 * 60 && at.toLocalDate().equals(today)) {
          args.put("deadlineKind", "time");
          args.put("deadline", book.time(at.toLocalTime()));
          args.put("hour", at.getHour());
          facts.put("deadlineTime", at.toLocalTime().withSecond(0).withNano(0).toString());
        } else {
          putDate(args, book, today, at.toLocalDate());
        }
        facts.put("count", formatCount(count)).put("unit", unit);
        facts.put("deadline", at.toLocalDate().toString());
        key = "timeline.within";
      }
      case BY -> {
        LocalDate date = t.date().orElseThrow();
        if (date.isBefore(today)) {
          throw new InvalidInputException(
              "timeline.by", "timeline.by must not be in the past (" + date + " is before " + today + ")");
        }
        putDate(args, book, today, date);
        facts.put("deadline", date.toString());
        key = "timeline.by";
      }
      default -> throw new AssertionError(t.kind());
    }
    String text = book.format(key, seed, turn, args);
    return new Block(BlockKind.TIMELINE, text, facts.buildKeepingLast(), ImmutableList.of());
  }

  private static String formatCount(double count) {
    return count == Math.rint(count) ? Long.toString((long) count) : Double.toString(count);
  }

  /** Wire labels of the timeline kinds ("business_days"), computed once. */
  private static final ImmutableMap<Timeline.Kind, String> KIND_LABELS =
      Maps.toMap(EnumSet.allOf(Timeline.Kind.class), k -> k.name().toLowerCase(java.util.Locale.ROOT));

  /** Phrase keys per unit, built once: concatenating them per reply showed up in profiles. */
  private static final ImmutableMap<String, String> UNIT_KEYS =
      ImmutableMap.of(
          "minutes", "timeline.unit.minutes",
          "hours", "timeline.unit.hours",
          "days", "timeline.unit.days",
          "weeks", "timeline.unit.weeks",
          "businessDays", "timeline.unit.businessDays");

  private static String unit(Phrasebook book, String unit, double count) {
    Object n = count == Math.rint(count) ? (Object) (long) count : (Object) count;
    return book.format(UNIT_KEYS.get(unit), 0, 0, Map.of("count", n));
  }

  private static void putDate(Map<String, Object> args, Phrasebook book, LocalDate today, LocalDate date) {
    if (date.equals(today)) {
      args.put("deadlineKind", "today");
      args.put("deadline", book.today());
    } else if (date.equals(today.plusDays(1))) {
      args.put("deadlineKind", "tomorrow");
      args.put("deadline", book.tomorrow());
    } else {
      args.put("deadlineKind", "date");
      args.put("deadline", book.date(date, date.getYear() != today.getYear()));
    }
  }

  /** Adds {@code n} business days (Monday to Friday) to {@code from}. Shared by every locale. */
  static LocalDate addBusinessDays(LocalDate from, int n) {
    LocalDate d = from;
    int added = 0;
    while (added < n) {
      d = d.plusDays(1);
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        added++;
      }
    }
    return d;
  }
}
