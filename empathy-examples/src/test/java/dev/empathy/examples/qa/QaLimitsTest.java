package dev.empathy.examples.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.examples.cli.CliRun;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** qa's memory is bounded: a unique agent per line and a huge line never take it down. */
class QaLimitsTest {
  private static String line(String agent) {
    return "{\"conversationId\":\"C\",\"agentId\":\"" + agent + "\",\"channel\":\"chat\",\"agentReply\":\"I’ve refunded it.\"}\n";
  }

  @Test
  void agentsBeyondTheLimitShareOneRowWithAWarning(@TempDir Path dir) throws Exception {
    StringBuilder in = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      in.append(line("agent-" + i));
    }
    CliRun run = CliRun.of(in.toString(), "qa", "--in", "-", "--out", dir.toString(), "--max-agents", "5");
    assertEquals(0, run.exitCode(), run.stderr());
    List<List<String>> agents = QaTest.csv(dir.resolve("agents.csv"));
    assertEquals(1 + 5 + 1, agents.size(), agents.toString());
    List<String> other = agents.stream().filter(r -> r.get(0).equals(QaCommand.OTHER_AGENTS)).findFirst().orElseThrow();
    assertEquals("7", other.get(1));
    assertTrue(run.stderr().contains("7 replies of later agents"), run.stderr());
    assertEquals(13, QaTest.csv(dir.resolve("replies.csv")).size());
  }

  @Test
  void aLineLongerThanTheLimitGetsAnErrorRowAndTheRestIsReviewed(@TempDir Path dir) throws Exception {
    String in = "{\"agentReply\":\"" + "x".repeat(3000) + "\"}\n" + line("a");
    CliRun run = CliRun.of(in, "qa", "--in", "-", "--out", dir.toString(), "--max-line-bytes", "1000");
    assertEquals(1, run.exitCode());
    List<List<String>> replies = QaTest.csv(dir.resolve("replies.csv"));
    assertTrue(replies.get(1).get(replies.get(1).size() - 1).startsWith("line 1: longer than 1000 bytes"), replies.get(1).toString());
    assertEquals("a", replies.get(2).get(1));
  }

  @Test
  void rowsFollowTheInputOrderAcrossBatchesBlankRunsAndRejectedLines(@TempDir Path dir) throws Exception {
    // Workers take lines in batches (64 lines or 64 KB): a run of blank lines longer than a batch,
    // a line over the limit, a broken line, long and short lines must still
    // give one row per line, in input order, with the input's line numbers.
    StringBuilder in = new StringBuilder();
    int physical = 0;
    int tooLongAt = -1;
    int brokenAt = -1;
    for (int i = 0; i < 300; i++) {
      if (i == 70) {
        in.append("\n".repeat(150)).append("  \t \n");
        physical += 151;
      }
      physical++;
      if (i == 130) {
        in.append("{\"conversationId\":\"C-130\",\"agentReply\":\"").append("x".repeat(3000)).append("\"}\n");
        tooLongAt = physical;
      } else if (i == 200) {
        in.append("{\"conversationId\":\"C-200\",\"agentReply\":\n");
        brokenAt = physical;
      } else {
        String reply = i % 50 == 7 ? "Sorry for the wait, I have refunded it today. ".repeat(40) : "I’ve refunded it today.";
        in.append("{\"conversationId\":\"C-").append(i).append("\",\"agentId\":\"a-").append(i % 3)
            .append("\",\"channel\":\"chat\",\"customerText\":\"where is my refund??\",\"agentReply\":\"")
            .append(reply).append("\"}\n");
      }
    }
    CliRun run = CliRun.of(in.toString(), "qa", "--in", "-", "--out", dir.toString(), "--max-line-bytes", "2500");

    assertEquals(1, run.exitCode());
    assertTrue(run.stderr().contains("2 lines were rejected"), run.stderr());
    List<List<String>> replies = QaTest.csv(dir.resolve("replies.csv"));
    assertEquals(301, replies.size(), "a header and one row per non-blank line");
    for (int i = 0; i < 300; i++) {
      List<String> row = replies.get(i + 1);
      String error = row.get(row.size() - 1);
      if (i == 130) {
        assertEquals("", row.get(0), row.toString());
        assertTrue(error.startsWith("line " + tooLongAt + ": longer than 2500 bytes"), row.toString());
      } else if (i == 200) {
        assertEquals("", row.get(0), row.toString());
        assertTrue(error.startsWith("line " + brokenAt + ": "), row.toString());
      } else {
        assertEquals(List.of("C-" + i, "a-" + i % 3, ""), List.of(row.get(0), row.get(1), error), row.toString());
      }
    }
    List<List<String>> agents = QaTest.csv(dir.resolve("agents.csv"));
    assertEquals(298, agents.subList(1, agents.size()).stream().mapToInt(r -> Integer.parseInt(r.get(1))).sum(), agents.toString());
  }
}
