package dev.empathy.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The review command's JSON Lines contract: {@code empathyScore} beside {@code score}, every earlier field kept. */
class ReviewContractTest {
  private static final String CUSTOMER = "\"customerText\":\"internet has dropped every night this week. third time I'm tweeting you\"";

  @Test
  void everyReviewCarriesAnEmpathyScoreBesideTheScore() {
    CliRun run = CliRun.of(
        "{\"text\":\"Dropping every night this week, and the third time you've had to raise it: I've booked an engineer for Thursday.\",\"locale\":\"en-US\"," + CUSTOMER + ",\"channel\":\"social\"}\n"
            + "{\"text\":\"Please DM us your account number so we can take a look.\",\"locale\":\"en-US\"," + CUSTOMER + ",\"channel\":\"social\"}\n",
        "review");
    assertEquals(0, run.exitCode(), run.stderr());
    List<JsonNode> lines = run.json();
    assertEquals(2, lines.size());
    for (JsonNode r : lines) {
      for (String field : List.of("findings", "rubric", "score", "empathyScore", "notes", "locale")) {
        assertTrue(r.has(field), field + " missing in " + r);
      }
      int e = r.get("empathyScore").asInt();
      assertTrue(e >= 0 && e <= 100, r.toString());
    }
    int specific = lines.get(0).get("empathyScore").asInt();
    int none = lines.get(1).get("empathyScore").asInt();
    assertTrue(specific >= 80 && none == 0, specific + " vs " + none);
    assertTrue(lines.get(1).get("findings").isEmpty(), "asking for a detail by DM is not a leak: " + lines.get(1).get("findings"));
  }
}
