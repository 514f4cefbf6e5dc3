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
}
