package dev.empathy.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code timeline.by} takes what integrators pass: dates, instants, offset and local date-times. */
class ComposeDeadlineTest {
  private static String line(String id, String by, String zone) {
    return "{\"id\":\"" + id + "\",\"customer\":\"Marco\",\"emotion\":\"angry\",\"situation\":\"the flight cancellation\","
        + "\"actions\":[\"I've rebooked you on the 7:40 flight tomorrow\"],\"timeline\":{\"by\":\"" + by
        + "\",\"owner\":\"me\"},\"now\":\"2026-11-25T15:00:00Z\"" + (zone == null ? "" : ",\"zone\":\"" + zone + "\"") + "}\n";
  }

  @Test
  void instantsAndDateTimesReadAsAClockTimeInTheCustomersZone() {
    String input = line("instant", "2026-11-26T09:00:00Z", null)
        + line("offset", "2026-11-26T10:00+01:00", null)
        + line("zoned", "2026-11-26T10:00+01:00[Europe/Paris]", null)
        + line("local", "2026-11-26T09:00", "America/New_York")
        + line("tokyo", "2026-11-26T09:00:00Z", "Asia/Tokyo")
        + line("later", "2026-11-30T09:00:00Z", null)
        + line("date", "2026-11-30", null)
        + line("lower", "2026-11-26t09:00:00z", null);
    List<JsonNode> out = CliRun.of(input, "compose").json();
    String[] endings = {
      " by 9 AM tomorrow.", " by 9 AM tomorrow.", " by 9 AM tomorrow.", " by 9 AM tomorrow.", " by 6 PM today.",
      " by Monday, November 30 at 9 AM.", " by Monday, November 30.", " by 9 AM tomorrow."};
    assertEquals(endings.length, out.size());
    for (int i = 0; i < endings.length; i++) {
      JsonNode reply = out.get(i);
      assertTrue(reply.path("error").isMissingNode(), reply.toString());
      String timeline = "";
      for (JsonNode b : reply.get("blocks")) {
        if (b.get("kind").asText().equals("timeline")) {
          timeline = b.get("text").asText().replace('\u202F', ' ');
        }
      }
      String t = timeline;
      int k = i;
      assertTrue(t.endsWith(endings[i]), () -> reply.get("id") + ": " + t + " (wanted …" + endings[k] + ")");
    }
  }

  @Test
  void aMalformedOrPassedDeadlineNamesTheField() {
    String input = line("hour25", "2026-11-26T25:00:00Z", null) + line("past", "2026-11-25T14:00:00Z", null)
        + line("words", "tomorrow 9am", null) + line("year", "99999-01-01T09:00:00Z", null);
    List<JsonNode> out = CliRun.of(input, "compose").json();
    assertEquals(4, out.size());
    for (JsonNode reply : out) {
      assertEquals("timeline.by", reply.path("error").path("field").asText(), reply.toString());
    }
    assertTrue(out.get(0).path("error").path("message").asText().contains("2026-12-01T09:00:00Z"), out.get(0).toString());
    assertTrue(out.get(1).path("error").path("message").asText().contains("past"), out.get(1).toString());
  }
}
