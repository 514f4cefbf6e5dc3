package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.InvalidInputException;
import dev.empathy.Register;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A deadline with a clock time ("by 9 AM tomorrow") from an instant, an offset date-time or a
 * local date-time, written in the customer's zone, in every locale.
 */
class TimelineClockTimeTest {
  /** Wednesday 25 November 2026, 15:00 UTC. */
  private static final Instant NOW = Instant.parse("2026-11-25T15:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final Map<String, Empathy> INSTANCES = new ConcurrentHashMap<>();

  private static Empathy empathy(String tag, Register register) {
    return INSTANCES.computeIfAbsent(tag + register, k ->
        Empathy.builder().locale(Locale.forLanguageTag(tag)).register(register).clock(CLOCK).build());
  }

  private static String timeline(String tag, ZoneId zone, Timeline t, int turn) {
    Reply r = empathy(tag, Register.FORMAL).compose().zone(zone).conversation("deadline", turn)
        .acknowledge(Emotion.ANGRY, "the flight cancellation").action("I’ve rebooked you on the 7:40 flight")
        .timeline(t).build();
    return plain(r.block(BlockKind.TIMELINE).orElseThrow().text());
  }

  /** CLDR writes "9\u202FAM" and "9\u00A0h"; compared here with plain spaces. */
  private static String plain(String text) {
    return text.replace('\u202F', ' ').replace('\u00A0', ' ');
  }

  /**
   * Someone not ours owning the timeline is named as typed, in every phrasing (reply-en s23: "the
   * hotel" was "our hotel team", "Apple" was "our Apple"); our own teams keep "our".
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
    "the hotel|the hotel|our hotel",
    "the bank|the bank|bank team",
    // reply-en s24: "your bank" was "Our your bank team is handling this"
    "your bank|the bank|our your",
    "Your card issuer|the card issuer|our your",
    "the registrar’s office|the registrar’s office|our registrar",
    "Apple|Apple|our Apple",
    "billing team|our billing team|the billing",
    "the billing team|our billing team|the billing",
    "engineering|our engineering team|the engineering",
  })
  void anOwnerNotOursIsNamedAsTyped(String owner, String named, String never) {
    for (int turn = 0; turn < 8; turn++) {
      String said = timeline("en-US", ZoneOffset.UTC, Timeline.within(java.time.Duration.ofHours(2)).ownedBy(Owner.parse(owner)), turn);
      String lower = said.toLowerCase(Locale.ROOT);
      assertTrue(lower.contains(named.toLowerCase(Locale.ROOT)), said);
      assertFalse(lower.contains(never.toLowerCase(Locale.ROOT)), said);
    }
  }

  @Test
  void anInstantReadsAsAClockTimeOnTheCustomersDay() {
    for (int turn = 0; turn < 8; turn++) {
      String tomorrow = timeline("en-US", ZoneOffset.UTC, Timeline.byTime(Instant.parse("2026-11-26T09:00:00Z")), turn);
      assertTrue(tomorrow.endsWith(" by 9 AM tomorrow."), tomorrow);
      String today = timeline("en-US", ZoneOffset.UTC, Timeline.byTime(Instant.parse("2026-11-25T17:30:00Z")), turn);
      assertTrue(today.endsWith(" by 5:30 PM today."), today);
      String later = timeline("en-US", ZoneOffset.UTC, Timeline.byTime(Instant.parse("2026-11-30T09:00:00Z")), turn);
      assertTrue(later.endsWith(" by Monday, November 30 at 9 AM."), later);
    }
  }

  @Test
  void theCustomersZoneDecidesTheDayAndTheTime() {
    Timeline t = Timeline.byTime(Instant.parse("2026-11-26T09:00:00Z"));
    // In Tokyo it is already 00:00 on the 26th; the deadline is 18:00 that day.
    assertTrue(timeline("en-US", ZoneId.of("Asia/Tokyo"), t, 0).endsWith(" by 6 PM today."));
    // In New York, 4 AM tomorrow.
    assertTrue(timeline("en-US", ZoneId.of("America/New_York"), t, 0).endsWith(" by 4 AM tomorrow."));
    // An offset fixes the moment: 09:00+01:00 is 8 AM in UTC.
    Timeline offset = Timeline.byTime(OffsetDateTime.parse("2026-11-26T09:00+01:00"));
    assertTrue(timeline("en-US", ZoneOffset.UTC, offset, 0).endsWith(" by 8 AM tomorrow."));
    // A local date-time is that clock time wherever the customer is.
    Timeline local = Timeline.byTime(LocalDateTime.parse("2026-11-26T09:00"));
    assertTrue(timeline("en-US", ZoneId.of("America/New_York"), local, 0).endsWith(" by 9 AM tomorrow."));
    assertTrue(timeline("en-GB", ZoneId.of("Europe/London"), local, 0).endsWith(" by 09:00 tomorrow."),
        timeline("en-GB", ZoneId.of("Europe/London"), local, 0));
  }

  @Test
  void theBlockNamesTheDeadlinesDayAndTime() {
    Reply r = empathy("en-US", Register.FORMAL).compose().zone(ZoneId.of("Asia/Tokyo")).acknowledge(Emotion.NEUTRAL)
        .action("I’ve booked it").timeline(Timeline.byTime(Instant.parse("2026-11-26T09:00:00Z"))).build();
    Block b = r.block(BlockKind.TIMELINE).orElseThrow();
    assertEquals("2026-11-26", b.fact("deadline").orElseThrow());
    assertEquals("18:00", b.fact("deadlineTime").orElseThrow());
    assertEquals("by", b.fact("kind").orElseThrow());
  }

  @Test
  void aPassedMomentIsRejectedNamingTheField() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> timeline("en-US", ZoneOffset.UTC, Timeline.byTime(Instant.parse("2026-11-25T14:00:00Z")), 0));
    assertEquals("timeline.by", e.field());
    assertTrue(e.getMessage().contains("past"), e.getMessage());
    // A local 8 AM on the 25th has passed in New York, where it is 10 AM.
    assertThrows(InvalidInputException.class,
        () -> timeline("en-US", ZoneId.of("America/New_York"), Timeline.byTime(LocalDateTime.parse("2026-11-25T08:00")), 0));
    assertThrows(InvalidInputException.class, () -> Timeline.byTime((Instant) null));
    assertThrows(InvalidInputException.class, () -> Timeline.byTime((LocalDateTime) null));
    assertThrows(InvalidInputException.class, () -> Timeline.byTime((OffsetDateTime) null));
  }

  @Test
  void everyLocaleWritesTheTimeWithItsOwnWords() {
    Timeline tomorrow = Timeline.byTime(Instant.parse("2026-11-26T09:00:00Z"));
    Timeline later = Timeline.byTime(Instant.parse("2026-11-30T13:00:00Z"));
    Map<String, String[]> expected = Map.of(
        "es", new String[] {"mañana a las 9:00", "el lunes 30 de noviembre a las 13:00"},
        "fr", new String[] {"demain à 9 h", "lundi 30 novembre à 13 h"},
        "de", new String[] {"morgen um 9 Uhr", "30. November um 13 Uhr"},
        "pt-BR", new String[] {"amanhã às 9h", "às 13h"},
        "ja", new String[] {"明日9時までに", "13時までに"});
    expected.forEach((tag, words) -> {
      for (Register register : Register.values()) {
        for (int turn = 0; turn < 6; turn++) {
          Reply a = empathy(tag, register).compose().conversation("d", turn).acknowledge(Emotion.NEUTRAL)
              .action("x").timeline(tomorrow).build();
          String t1 = plain(a.block(BlockKind.TIMELINE).orElseThrow().text());
          assertTrue(t1.contains(words[0]), tag + " " + register + ": " + t1);
          Reply b = empathy(tag, register).compose().conversation("d", turn).acknowledge(Emotion.NEUTRAL)
              .action("x").timeline(later).build();
          String t2 = plain(b.block(BlockKind.TIMELINE).orElseThrow().text());
          assertTrue(t2.contains(words[1]), tag + " " + register + ": " + t2);
          assertFalse(t1.contains("{") || t2.contains("{"), t1 + t2);
        }
      }
    });
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of("UTC", "Asia/Tokyo", "America/New_York", "Pacific/Kiritimati", "Pacific/Pago_Pago",
        "Asia/Kathmandu", "Europe/Berlin").map(ZoneId::of);
  }

  @Property(tries = 200)
  void anyMomentAheadIsWrittenOnItsLocalDayAndTime(
      @ForAll("zones") ZoneId zone, @ForAll("minutesAhead") long minutes,
      @ForAll("tags") String tag, @ForAll Register register) {
    Instant at = NOW.plusSeconds(minutes * 60);
    Reply r = empathy(tag, register).compose().zone(zone).acknowledge(Emotion.ANXIOUS).action("x")
        .timeline(Timeline.byTime(at)).build();
    Block b = r.block(BlockKind.TIMELINE).orElseThrow();
    LocalDateTime local = LocalDateTime.ofInstant(at, zone);
    assertEquals(local.toLocalDate().toString(), b.fact("deadline").orElseThrow());
    assertEquals(local.toLocalTime().withSecond(0).toString(), b.fact("deadlineTime").orElseThrow());
    String time = r.phrasebook().time(LocalTime.of(local.getHour(), local.getMinute()));
    assertTrue(b.text().contains(time), b.text() + " lacks " + time);
    assertFalse(b.text().contains("{"), b.text());
  }

  @Provide
  Arbitrary<Long> minutesAhead() {
    return Arbitraries.longs().between(1, 400L * 24 * 60);
  }

  @Provide
  Arbitrary<String> tags() {
    return Arbitraries.of("en-US", "en-GB", "es", "fr", "de", "pt-BR", "ja");
  }

  @Test
  void aDateStaysADate() {
    Timeline t = Timeline.by(LocalDate.of(2026, 11, 30));
    assertTrue(t.instant().isEmpty() && t.dateTime().isEmpty());
    assertTrue(timeline("en-US", ZoneOffset.UTC, t, 0).endsWith(" by Monday, November 30."));
  }
}
