package dev.empathy.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every limit of the JSON Lines commands answers the line with an error and the stream goes on. */
class CliLimitsTest {
  private static final String GOOD =
      "{\"emotion\":\"frustrated\",\"situation\":\"the double charge\",\"actions\":[\"I’ve refunded it\"]}";

  @Test
  void aLineLongerThanTheLimitIsAnsweredWithAnErrorAndTheNextLineStillAnswered() {
    ByteArrayOutputStream in = new ByteArrayOutputStream();
    in.writeBytes(("{\"id\":1,\"summary\":\"" + "x".repeat(5_000) + "\"}\n").getBytes(UTF_8));
    in.writeBytes((GOOD + "\r\n").getBytes(UTF_8));
    CliRun run = CliRun.of(in.toByteArray(), "compose", "--max-line-bytes", "1000");
    List<JsonNode> out = run.json();
    assertEquals(2, out.size(), run.out());
    assertEquals("$", out.get(0).path("error").path("field").asText());
    assertTrue(out.get(0).path("error").path("message").asText().contains("longer than 1000 bytes"), out.get(0).toString());
    assertEquals(1, out.get(0).path("error").path("line").asInt());
    assertTrue(out.get(1).has("text"), out.get(1).toString());
    assertEquals(1, run.exitCode());
  }

  @Test
  void theDefaultLimitIsOneMebibyte() {
    String big = "{\"text\":\"" + "a".repeat((1 << 20) + 10) + "\"}\n";
    CliRun run = CliRun.of(big + "{\"text\":\"Thanks for waiting.\"}\n", "analyze");
    assertEquals("$", run.json().get(0).path("error").path("field").asText());
    assertFalse(run.json().get(1).has("error"), run.json().get(1).toString());
  }

  @Test
  void aNumericIdIsEchoedExactlyAsGiven() {
    CliRun run = CliRun.of("{\"id\":1e400,\"text\":\"hi\"}\n{\"id\":0.10,\"text\":\"hi\"}\n{\"id\":12345678901234567890123,\"text\":\"hi\"}\n", "analyze");
    String[] lines = run.out().split("\n");
    assertTrue(lines[0].startsWith("{\"id\":1e400,"), lines[0]);
    assertTrue(lines[1].startsWith("{\"id\":0.10,"), lines[1]);
    assertTrue(lines[2].startsWith("{\"id\":12345678901234567890123,"), lines[2]);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"now\":\"+999999999-12-31T23:59:59Z\" | now",
        "\"now\":\"-999999999-01-01T00:00:00Z\" | now",
        "\"timeline\":{\"by\":\"+999999999-12-31\"} | timeline.by",
        "\"timeline\":{\"within\":\"P1D\",\"owner\":\"the\"} | timeline.owner",
        "\"ownContacts\":[\"acme.com\",\" \"] | ownContacts[1]",
        "\"ownContacts\":\"acme.com\" | ownContacts",
        "\"ownContacts\":[\"acme.com\",7] | ownContacts[1]",
      })
  void extremeOrEmptyValuesAreRejectedByField(String field, String expected) {
    CliRun run = CliRun.of(GOOD.substring(0, GOOD.length() - 1) + "," + field + "}\n", "compose");
    JsonNode error = run.json().get(0).path("error");
    assertEquals(expected, error.path("field").asText(), run.out());
    assertFalse(run.stderr().contains("internal error"), run.stderr());
  }

  @Test
  void reviewRejectsAChannelItDoesNotKnow() {
    CliRun run = CliRun.of("{\"text\":\"Thanks, I’ve refunded it.\",\"channel\":\"fax\"}\n", "review");
    JsonNode error = run.json().get(0).path("error");
    assertEquals("channel", error.path("field").asText());
    assertTrue(error.path("message").asText().contains("social"), error.toString());
  }

  /** Session 23: the company's own number, named in ownContacts, stays in the public post; a customer's goes to the DM. */
  @Test
  void ownContactsKeepTheCompanysNumberInThePublicPost() {
    String line = "{\"emotion\":\"confused\",\"situation\":\"the parcel\",\"channel\":\"social\",\"flavor\":\"x\","
        + "\"actions\":[\"our returns team is on 0345 600 1234; I noted your number 07700 900123\"]";
    JsonNode with = CliRun.of(line + ",\"ownContacts\":[\"0345 600 1234\"]}\n", "compose").json().get(0);
    JsonNode without = CliRun.of(line + "}\n", "compose").json().get(0);
    assertTrue(with.path("parts").get(0).asText().contains("0345 600 1234"), with.toString());
    assertFalse(with.path("parts").get(0).asText().contains("900123"), with.toString());
    assertFalse(without.path("parts").get(0).asText().contains("0345 600 1234"), without.toString());
  }

  @Test
  void aLimitSoSmallThatNothingFitsSaysSo() {
    CliRun run = CliRun.of(GOOD.substring(0, GOOD.length() - 1) + ",\"channel\":\"social\",\"limit\":1}\n", "compose");
    JsonNode out = run.json().get(0);
    if (!out.has("error")) {
      assertTrue(out.path("warnings").toString().contains("empty"), out.toString());
    }
  }

  @Test
  void aReviewOfAHugeDraftListsABoundedNumberOfFindings() {
    String draft = "Unfortunately, as I said, you should have read our policy. ".repeat(4_000);
    CliRun run = CliRun.of("{\"text\":\"" + draft + "\",\"channel\":\"social\"}\n", "review");
    JsonNode out = run.json().get(0);
    assertTrue(out.path("findings").size() <= 200, "findings: " + out.path("findings").size());
    assertTrue(out.path("findingsOmitted").asInt() > 0, out.path("findingsOmitted").toString());
    assertTrue(run.stdout().length < 4 * draft.length() + 2_000_000, "output of " + run.stdout().length + " bytes");
  }
}
