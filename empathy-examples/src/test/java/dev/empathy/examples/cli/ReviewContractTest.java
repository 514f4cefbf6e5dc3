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

  /** A draft without a locale is reviewed by its own language's rules when it is clearly in one we review. */
  @Test
  void aDraftWithoutALocaleIsReviewedInItsOwnLanguage() {
    CliRun run = CliRun.of(
        "{\"text\":\"Lo sentimos mucho. Por favor envíanos un DM con tu número de pedido y lo revisamos.\",\"channel\":\"twitter\"}\n"
            + "{\"text\":\"Bonjour, nous sommes désolés pour ce désagrément. Pouvez-vous nous envoyer votre numéro de commande ?\"}\n"
            + "{\"text\":\"Sorry about that! Could you confirm the email on your account so I can check?\"}\n"
            + "{\"text\":\"Lo sentimos mucho. Por favor envíanos un DM con tu número de pedido y lo revisamos.\",\"locale\":\"en-GB\"}\n",
        "review");
    assertEquals(0, run.exitCode(), run.stderr());
    List<JsonNode> lines = run.json();
    assertEquals("es", lines.get(0).get("locale").asText(), lines.get(0).toString());
    assertTrue(lines.get(0).get("rubric").get("validation").asDouble() > 0, "«Lo sentimos mucho» validates in Spanish: " + lines.get(0));
    assertEquals("fr", lines.get(1).get("locale").asText(), lines.get(1).toString());
    assertTrue(lines.get(1).get("findings").toString().contains("boilerplate"), "the French canned apology is found: " + lines.get(1));
    assertEquals("en-US", lines.get(2).get("locale").asText());
    assertEquals("en-GB", lines.get(3).get("locale").asText(), "a locale given is kept");
  }
}
