package dev.empathy.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.empathy.examples.command.Command;
import dev.empathy.examples.json.ComposeRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line itself: the default demo, help, and wrong invocations. */
class MainTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void withoutArgumentsRunsTheDemoOnEveryBundledTicket() throws Exception {
    CliRun run = CliRun.of("");

    assertEquals(0, run.exitCode(), run.stderr());
    String out = run.out();
    for (JsonNode ticket : tickets()) {
      assertTrue(out.contains(ticket.get("id").asText()), "ticket " + ticket.get("id"));
      assertTrue(out.contains(ticket.get("industry").asText()));
      String firstWords = ticket.get("customerText").asText().split(" ")[0];
      assertTrue(out.contains("“" + firstWords), "customer message of " + ticket.get("id"));
      String firstAction = ticket.get("actions").get(0).asText();
      assertTrue(
          unwrapped(out).contains(unwrapped(firstAction.substring(1))),
          "first action of " + ticket.get("id") + ": " + firstAction);
    }
    assertFalse(out.contains("\u001B["), "no colour codes when stdout is not a terminal");
  }

  @Test
  void demoLinesFitAnEightyColumnTerminal() {
    String out = CliRun.of("", "demo").out();

    for (String line : out.split("\n")) {
      boolean longWord = !line.strip().contains(" ");
      assertTrue(
          Terminal.columns(line) <= Terminal.WIDTH || longWord || line.contains("echo '"),
          "too wide: " + line);
    }
  }

  @Test
  void demoIsTheSameOnEveryRun() {
    assertEquals(CliRun.of("", "demo").out(), CliRun.of("").out());
  }

  @Test
  void demoReadsAFileAndReportsABadTicketWithoutStopping() throws Exception {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("tickets", ".jsonl");
    try {
      java.nio.file.Files.writeString(
          file,
          "{\"id\":\"A-1\",\"emotion\":\"bananas\",\"actions\":[\"x\"]}\n"
              + "{\"id\":\"A-2\",\"customerText\":\"Where is my parcel?\",\"emotion\":\"anxious\","
              + "\"actions\":[\"I’ve opened a trace with the courier\"]}\n");

      CliRun run = CliRun.of("", "demo", file.toString());

      assertEquals(1, run.exitCode());
      assertTrue(run.out().contains("bananas"), run.out());
      assertTrue(run.out().contains("A-2"));
      assertTrue(run.out().contains("I’ve opened a trace with the courier"));
    } finally {
      java.nio.file.Files.delete(file);
    }
  }

  @Test
  void helpListsEveryCommand() {
    CliRun run = CliRun.of("", "--help");

    assertEquals(0, run.exitCode());
    for (Command c : Main.commands()) {
      assertTrue(run.out().contains(c.name()), c.name());
    }
  }

  @Test
  void everyListedCommandIsFoundByItsNameAndNoOtherName() {
    for (Command c : Main.commands()) {
      assertEquals(c.getClass(), Main.command(c.name()).orElseThrow().getClass(), c.name());
    }
    assertTrue(Main.command("composee").isEmpty());
    assertTrue(Main.command("--help").isEmpty());
  }

  @Test
  void commandHelpShowsItsContract() {
    CliRun run = CliRun.of("", "compose", "--help");

    assertEquals(0, run.exitCode());
    for (String field : ComposeRequest.FIELDS) {
      assertTrue(run.out().contains(field), "compose --help documents " + field);
    }
    assertEquals(run.out(), CliRun.of("", "help", "compose").out());
  }

  @Test
  void unknownCommandIsAUsageError() {
    CliRun run = CliRun.of("", "composee");

    assertEquals(2, run.exitCode());
    assertTrue(run.stderr().contains("unknown command \"composee\""), run.stderr());
    assertEquals("", run.out());
  }

  @Test
  void jsonLinesCommandsTakeNoArguments() {
    CliRun run = CliRun.of("{}\n", "compose", "input.jsonl");

    assertEquals(2, run.exitCode());
    assertTrue(run.stderr().contains("stdin"), run.stderr());
    assertEquals("", run.out(), "nothing is read when the command line is wrong");
  }

  @Test
  void emptyInputGivesNoOutputAndSuccess() {
    CliRun run = CliRun.of("", "compose");

    assertEquals(0, run.exitCode());
    assertEquals("", run.out());
  }

  /** The text without the demo's line wrapping and margins. */
  private static String unwrapped(String text) {
    // An SMS is shown segment by segment ("┌ segment 2 of 2"); a sentence may run across them.
    // French typography writes the spaces of "18 h 40" as no-break spaces: they count as spaces.
    return text.replaceAll("(?m)^\\s*┌ segment \\d+ of \\d+$", "").replaceAll("[\\s│\\u00a0\\u202f]+", "");
  }

  private static List<JsonNode> tickets() throws Exception {
    List<JsonNode> t = new ArrayList<>();
    for (String line : CliRun.resource(DemoCommand.TICKETS).split("\n")) {
      if (!line.isBlank()) {
        t.add(JSON.readTree(line));
      }
    }
    return t;
  }
}
