package dev.empathy.examples.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code compose} answers every line: a reply, or an error naming the field, and goes on. */
class ComposeMalformedInputTest {
  private static final String FIXTURE = "/cli/compose-mixed.jsonl";

  /** Per non-blank fixture line: "ok" for a reply, else the error's field. */
  private static final List<String> EXPECTED =
      List.of(
          "ok", // good-1
          "$", // broken JSON
          "emotion", // duplicate key
          "emotion", // missing
          "emotion", // not in the vocabulary
          "ok", // good-2
          "actions", // a string, not an array
          "actions[1]", // a number in the array
          "turn", // "2"
          "turn", // 2.5
          "turn", // -1
          "ok", // good-3
          "timeline.within", // "three days"
          "timeline", // within and by
          "timeline.by", // February 30
          "timeline.by", // in the past
          "timeline.owner", // blank
          "timeline", // a string
          "channel", // fax
          "flavor", // carrier-pigeon
          "summary", // blank
          "actions", // empty
          "now", // "tomorrow"
          "zone", // Atlantis
          "register", // casual
          "locale", // "12"
          "closing", // "no"
          "$", // an array
          "$", // a string
          "$", // two objects on one line
          "ok"); // good-4

  @Test
  void everyNonBlankLineGetsOneAnswerInOrder() {
    String input = CliRun.resource(FIXTURE);
    CliRun run = CliRun.of(input, "compose");
    List<JsonNode> out = run.json();

    List<Integer> lineNumbers = nonBlankLineNumbers(input);
    assertEquals(EXPECTED.size(), lineNumbers.size(), "fixture and expectations disagree");
    assertEquals(EXPECTED.size(), out.size(), run.out());
    for (int i = 0; i < out.size(); i++) {
      JsonNode answer = out.get(i);
      String expected = EXPECTED.get(i);
      int line = lineNumbers.get(i);
      if (expected.equals("ok")) {
        assertFalse(answer.has("error"), "line " + line + ": " + answer);
        assertTrue(answer.get("text").asText().length() > 0);
      } else {
        assertAll(
            "line " + line + ": " + answer,
            () -> assertEquals(expected, answer.at("/error/field").asText()),
            () -> assertEquals(line, answer.at("/error/line").asInt()),
            () -> assertFalse(answer.at("/error/message").asText().isBlank()));
      }
    }
  }

  @Test
  void exitsWithOneAndSaysHowManyLinesFailed() {
    CliRun run = CliRun.of(CliRun.resource(FIXTURE), "compose");

    long failures = EXPECTED.stream().filter(e -> !e.equals("ok")).count();
    assertEquals(1, run.exitCode());
    assertTrue(run.stderr().contains(failures + " of " + EXPECTED.size()), run.stderr());
  }

  @Test
  void errorsOfParsedLinesCarryTheirIdSoTheyCanBeJoinedBack() {
    List<JsonNode> out = CliRun.of(CliRun.resource(FIXTURE), "compose").json();

    assertEquals("unknown-emotion", out.get(4).get("id").asText());
    assertEquals("actions-number", out.get(7).get("id").asText());
    assertFalse(out.get(1).has("id"), "a line that is not JSON has no id to echo");
  }

  @Test
  void messagesNameTheFieldAndTheRule() {
    List<JsonNode> out = CliRun.of(CliRun.resource(FIXTURE), "compose").json();

    assertEquals("actions[1] must be a string but was a number", out.get(7).at("/error/message").asText());
    assertEquals("summary must not be blank", out.get(20).at("/error/message").asText());
    assertTrue(out.get(9).at("/error/message").asText().startsWith("turn must be an integer"));
    assertTrue(out.get(4).at("/error/message").asText().contains("\"bananas\""));
    assertTrue(out.get(2).at("/error/message").asText().contains("more than once"));
  }

  @Test
  void onlyWellFormedInputExitsWithZero() {
    String good = "{\"emotion\":\"neutral\",\"actions\":[\"I’ve updated your address\"]}\n";

    CliRun run = CliRun.of(good + "\n  \n" + good, "compose");

    assertEquals(0, run.exitCode(), run.stderr());
    assertEquals(2, run.json().size());
    assertEquals("", run.stderr());
  }

  @Test
  void misspeltFieldsAreIgnoredWithAWarningAndUnknownOnesSilently() {
    String line =
        "{\"emotion\":\"neutral\",\"actions\":[\"I’ve updated it\"],\"sumary\":\"x\",\"Turn\":2,"
            + "\"timeline\":{\"within\":\"PT1H\",\"ownr\":\"me\"},\"ticketSource\":\"zendesk\"}\n";

    JsonNode out = CliRun.of(line, "compose").json().get(0);

    String warnings = out.get("warnings").toString();
    assertTrue(warnings.contains("did you mean \\\"summary\\\""), warnings);
    assertTrue(warnings.contains("did you mean \\\"turn\\\""), warnings);
    assertTrue(warnings.contains("did you mean \\\"timeline.owner\\\""), warnings);
    assertFalse(warnings.contains("ticketSource"), warnings);
    assertFalse(out.get("blocks").toString().contains("summary"), "a misspelt field is not used");
  }

  private static List<Integer> nonBlankLineNumbers(String input) {
    List<Integer> numbers = new ArrayList<>();
    String[] lines = input.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        numbers.add(i + 1);
      }
    }
    return numbers;
  }
}
