package dev.empathy.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.empathy.Empathy;
import dev.empathy.examples.json.EmpathyCache;
import dev.empathy.InvalidInputException;
import dev.empathy.Register;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmpathyCacheTest {
  private final EmpathyCache cache = new EmpathyCache();

  @Test
  void everySpellingOfALocaleIsOneEntry() {
    Empathy e = cache.get("en-US", Register.FORMAL);
    assertSame(e, cache.get("en-us", Register.FORMAL));
    assertSame(e, cache.get("en_US", Register.FORMAL));
    assertSame(e, cache.get(" EN-us ", Register.FORMAL));
    assertSame(e, cache.get("en-US", Register.FORMAL, ZoneOffset.UTC, null));
    assertNotSame(e, cache.get("en-US", Register.INFORMAL));
  }

  @Test
  void anotherZoneOrAFixedInstantIsANewInstanceOverTheSameSettings() {
    Empathy zoned = cache.get("de", Register.INFORMAL, ZoneId.of("Europe/Berlin"), Instant.EPOCH);
    assertEquals(ZoneId.of("Europe/Berlin"), zoned.clock().getZone());
    assertEquals(Instant.EPOCH, zoned.clock().instant());
    assertEquals(Register.INFORMAL, zoned.register());
    assertEquals("de", zoned.locale().toLanguageTag());
  }

  @Test
  void aMalformedTagIsRejectedNamingTheLocale() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> cache.get("12-!!", Register.FORMAL));
    assertEquals("locale", e.field());
  }

  @Test
  void thousandsOfDistinctTagsAreAllAnswered() {
    StringBuilder in = new StringBuilder();
    int n = 2000;
    for (int i = 0; i < n; i++) {
      in.append("{\"id\":").append(i).append(",\"locale\":\"en-US-x-k").append(i).append("\",\"text\":\"Third time asking, where is my refund?\"}\n");
    }
    CliRun run = CliRun.of(in.toString(), "analyze");
    List<JsonNode> out = run.json();
    assertEquals(0, run.exitCode(), run.stderr());
    assertEquals(n, out.size());
    for (int i = 0; i < n; i++) {
      assertEquals(i, out.get(i).get("id").asInt());
      assertEquals("en", out.get(i).get("locale").asText());
    }
  }
}
