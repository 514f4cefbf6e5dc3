package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The customer's zone per reply: one instance serves every zone. */
class ComposerZoneTest {
  // Wednesday 25 November 2026, 15:00 UTC: already Thursday in Tokyo, still Wednesday in Lima.
  private static final Clock UTC = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC);
  private final Empathy empathy = Empathy.builder().clock(UTC).build();

  private String deadline(Composer c) {
    Reply r = c.acknowledge(Emotion.NEUTRAL).action("I’ve sent the label").timeline(Timeline.within(Duration.ofDays(1))).build();
    return r.block(BlockKind.TIMELINE).orElseThrow().fact("deadline").orElseThrow();
  }

  @Test
  void aReplysZoneMovesItsDeadlineAsAnInstanceInThatZoneWould() {
    ZoneId tokyo = ZoneId.of("Asia/Tokyo");
    assertEquals("2026-11-27", deadline(empathy.compose().zone(tokyo)));
    assertEquals("2026-11-26", deadline(empathy.compose().zone(ZoneId.of("America/Lima"))));
    Empathy tokyoInstance = empathy.toBuilder().clock(UTC.withZone(tokyo)).build();
    Reply viaZone = empathy.compose().zone(tokyo).acknowledge(Emotion.NEUTRAL).action("a").timeline(Timeline.within(Duration.ofHours(3))).build();
    Reply viaInstance = tokyoInstance.compose().acknowledge(Emotion.NEUTRAL).action("a").timeline(Timeline.within(Duration.ofHours(3))).build();
    assertEquals(viaInstance.toPlainText(), viaZone.toPlainText());
  }

  @Test
  void theZoneIsThisReplysOnly() {
    deadline(empathy.compose().zone(ZoneId.of("Asia/Tokyo")));
    assertEquals("2026-11-26", deadline(empathy.compose()));
  }

  @Test
  void aMissingZoneIsRejected() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> empathy.compose().zone(null));
    assertEquals("zone", e.field());
  }
}
