package dev.empathy.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every field of the JSON Lines contract (docs/cli.md) is checked: a value that is wrong gets an
 * error naming the field, and a value the command accepts but cannot use gets a warning; nothing
 * is accepted silently wrong.
 */
class FieldValidationTest {
  private static final String BASE = "\"emotion\":\"angry\",\"actions\":[\"I refunded the charge\"]";

  /** command | the line's own fields | the field an error must name, or "warn:" and a warning's start. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "compose | \"turn\":-1 | turn",
        "compose | \"turn\":2147483648 | turn",
        "compose | \"locale\":\"\" | locale",
        "compose | \"locale\":\"!!!\" | locale",
        "compose | \"locale\":\"en-US-x-\" | locale",
        "compose | \"summary\":\"  \" | summary",
        "compose | \"customer\":\" \" | warn:customer: blank",
        "compose | \"channel\":\"fax\" | channel",
        "compose | \"channel\":\"chat\",\"flavor\":\"fax\" | flavor",
        "compose | \"flavor\":\"slack\" | flavor",
        "compose | \"overflow\":\"explode\" | overflow",
        "compose | \"channel\":\"chat\",\"limit\":0 | limit",
        "compose | \"channel\":\"sms\",\"maxParts\":0 | maxParts",
        "compose | \"zone\":\"Mars/Olympus\" | zone",
        "compose | \"now\":\"2026-11-25\" | now",
        "compose | \"timeline\":{\"within\":\"-PT2H\"} | timeline.within",
        "compose | \"timeline\":{\"within\":\"P1M\"} | timeline.within",
        "compose | \"timeline\":{\"within\":\"PT2H\",\"businessDays\":true} | timeline.within",
        "compose | \"timeline\":{\"within\":\"P3D\",\"owner\":\"our\"} | timeline.owner",
        "compose | \"timeline\":{} | timeline",
        "compose | \"boundary\":\"true\" | boundary",
        "compose | \"maxParts\":2 | warn:maxParts: the plain channel sends its reply as one part",
        "compose | \"channel\":\"voice\",\"maxParts\":2 | warn:maxParts: the voice channel",
        "compose | \"customer\":\"dana1987\" | warn:customer: looks like",
        "compose | \"sumary\":\"x\" | warn:sumary",
        "compose | \"agentName\":\"  \" | agentName",
        "compose | \"agentName\":\"Sam\\u0007\" | agentName",
        "compose | \"agentName\":\"Sam\\nLee\" | agentName",
        "compose | \"agentName\":5 | agentName",
        "compose | \"agentName\":\"Samantha Samantha Samantha Samantha Samantha Samantha Samantha Samantha Samantha Samantha\" | agentName",
        "analyze | \"text\":\"\\u200b\\u200d\" | text",
        "analyze | \"text\":\"hi\",\"locale\":\"en-US-x-\" | locale",
        "review | \"text\":\"hi\",\"customerText\":\"  \" | customerText",
        "review | \"text\":\"hi\",\"customerText\":5 | customerText",
        "review | \"text\":\"hi\",\"channel\":\"fax\" | channel",
        "review | \"text\":\"hi\",\"channel\":\"\" | channel",
        "review | \"text\":\"hi\",\"locale\":\"en-US-x-\" | locale",
        // an id that cannot be echoed was dropped without a word (found probing the CLI)
        "compose | \"id\":{\"ticket\":7} | id",
        "analyze | \"text\":\"hi\",\"id\":[7] | id",
        "review | \"text\":\"hi\",\"id\":true | id",
      })
  void aWrongValueIsAnErrorNamingItsFieldAndAnUnusableOneAWarning(String command, String fields, String expected) {
    String line = command.equals("compose") ? "{" + BASE + "," + fields + "}" : "{" + fields + "}";
    CliRun run = CliRun.of(line + "\n", command);
    List<JsonNode> out = run.json();
    assertEquals(1, out.size(), run.out());
    JsonNode answer = out.get(0);
    if (expected.startsWith("warn:")) {
      String start = expected.substring(5);
      assertTrue(answer.path("error").isMissingNode(), () -> "rejected: " + answer);
      boolean warned = false;
      for (JsonNode w : answer.path("warnings")) {
        warned |= w.asText().contains(start);
      }
      assertTrue(warned, () -> "no warning «" + start + "» in " + answer.path("warnings"));
    } else {
      assertEquals(expected, answer.path("error").path("field").asText(), () -> line + " -> " + answer);
      assertTrue(answer.path("error").path("message").asText().startsWith(expected), answer::toString);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"review | \"text\":\"hi\",\"channel\":\"Chat\"", "compose | \"channel\":\" CHAT \""})
  void aChannelIsReadAsComposeReadsIt(String command, String fields) {
    String line = command.equals("compose") ? "{" + BASE + "," + fields + "}" : "{" + fields + "}";
    JsonNode answer = CliRun.of(line + "\n", command).json().get(0);
    assertTrue(answer.path("error").isMissingNode(), answer::toString);
  }

  /**
   * A platform's name where a channel id belongs is read as the channel serving it, and compose
   * says so; a flavour given alongside is kept. (Integrators send the ticket's source, "twitter".)
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"channel\":\"Twitter\" | social | x",
        "\"channel\":\"x\" | social | x",
        "\"channel\":\"WhatsApp\" | chat | whatsapp",
        "\"channel\":\"live chat\" | chat | web",
        "\"channel\":\"facebook\",\"flavor\":\"instagram\" | social | instagram",
        "\"channel\":\"phone\" | voice | ",
      })
  void aPlatformNameIsReadAsItsChannelWithAWarning(String fields, String channel, String flavor) {
    JsonNode answer = CliRun.of("{" + BASE + "," + fields + "}\n", "compose").json().get(0);
    assertTrue(answer.path("error").isMissingNode(), answer::toString);
    assertEquals(channel, answer.path("channel").asText(), answer::toString);
    if (flavor != null) {
      assertEquals(flavor, answer.path("flavor").asText(), answer::toString);
    }
    boolean warned = false;
    for (JsonNode w : answer.path("warnings")) {
      warned |= w.asText().startsWith("channel: ") && w.asText().contains("read as channel \"" + channel + "\"");
    }
    assertTrue(warned, answer::toString);
    JsonNode review = CliRun.of("{\"text\":\"I refunded the charge.\"," + fields + "}\n", "review").json().get(0);
    assertTrue(review.path("error").isMissingNode(), review::toString);
  }

  /**
   * A helpdesk's own feeling label (reply-en s23: "annoyed", "scared", "relieved" were refused) is
   * acknowledged as the nearest of ours, with a warning naming it; one that names no feeling leaves
   * the customer's message to the listener, with a warning; without a message it is refused naming
   * {@code emotion} and listing the labels we accept.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "annoyed | | acknowledges it as \"frustrated\"",
    "Scared | | acknowledges it as \"anxious\"",
    "relieved | | acknowledges it as \"grateful\"",
    "bananas | half my order is missing AGAIN | the listener read customerText",
    "bananas | | error",
  })
  void aLabelNotOursIsReadAsTheNearestOrLeftToTheListener(String label, String customerText, String expected) {
    String line = "{\"emotion\":\"" + label + "\",\"actions\":[\"refunded the missing items\"]"
        + (customerText == null ? "" : ",\"customerText\":\"" + customerText + "\"") + "}";
    JsonNode answer = CliRun.of(line + "\n", "compose").json().get(0);
    if (expected.equals("error")) {
      assertEquals("emotion", answer.path("error").path("field").asText(), answer::toString);
      assertTrue(answer.path("error").path("message").asText().contains("frustrated, angry, anxious"), answer::toString);
      return;
    }
    assertTrue(answer.path("error").isMissingNode(), answer::toString);
    boolean warned = false;
    for (JsonNode w : answer.path("warnings")) {
      warned |= w.asText().startsWith("emotion: \"" + label + "\"") && w.asText().contains(expected);
    }
    assertTrue(warned, answer::toString);
  }
}
