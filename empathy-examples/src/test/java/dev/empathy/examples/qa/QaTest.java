package dev.empathy.examples.qa;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.examples.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batch QA on the bundled sample export (qa/README.md says who should come out where). */
public class QaTest {
  @Test
  void ranksTheSampleAgentsAsTheQaLeadWould(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("conversations.jsonl");
    Files.writeString(in, CliRun.resource("/qa/sample-conversations.jsonl"), UTF_8);

    CliRun run = CliRun.of("", "qa", "--in", in.toString(), "--out", dir.resolve("report").toString());

    assertEquals(0, run.exitCode(), run.stderr());
    assertEquals("", run.stderr(), "no progress bar when nobody is watching a terminal");
    List<List<String>> agents = csv(dir.resolve("report/agents.csv"));
    List<String> order = agents.subList(1, agents.size()).stream().map(r -> r.get(0)).toList();
    assertEquals(List.of("agentId", "replies"), agents.get(0).subList(0, 2));
    assertEquals(5, order.size(), order.toString());
    assertEquals("ana", order.get(0), order.toString());
    assertEquals(List.of("chloe", "dev"), order.subList(3, 5).stream().sorted().toList(), order.toString());
    int scoreColumn = agents.get(0).indexOf("score");
    for (List<String> row : agents.subList(1, agents.size())) {
      assertEquals("6", row.get(1), row.toString());
    }
    List<String> dev = agents.stream().filter(r -> r.get(0).equals("dev")).findFirst().orElseThrow();
    assertTrue(dev.get(dev.size() - 1).contains("policy"), "dev's most frequent friction: " + dev);
    assertTrue(Double.parseDouble(agents.get(1).get(scoreColumn)) > Double.parseDouble(agents.get(5).get(scoreColumn)));

    List<List<String>> replies = csv(dir.resolve("report/replies.csv"));
    assertEquals(31, replies.size(), "a header and one row per conversation");
    List<String> header = replies.get(0);
    assertEquals(List.of("conversationId", "agentId", "channel"), header.subList(0, 3));
    assertTrue(header.containsAll(List.of("summary", "dignity", "score", "topFindings", "error")), header.toString());
    assertEquals("QA-0001", replies.get(1).get(0));
    for (List<String> row : replies) {
      assertEquals(header.size(), row.size(), row.toString());
    }
  }

  @Test
  void aReplyRowIsTheLineQaWritesForTheSameConversation(@TempDir Path dir) throws Exception {
    List<String> lines = new ArrayList<>(CliRun.resource("/qa/sample-conversations.jsonl").lines().filter(l -> !l.isBlank()).toList());
    lines.add("{\"conversationId\":\"C-bad\",\"agentId\":\"=x\",\"channel\":\"chat\"}"); // no agentReply: an error row
    Path in = dir.resolve("conversations.jsonl");
    Files.writeString(in, String.join("\n", lines) + "\n", UTF_8);

    CliRun run = CliRun.of("", "qa", "--in", in.toString(), "--out", dir.resolve("report").toString());

    assertEquals(1, run.exitCode(), run.stderr());
    String written = Files.readString(dir.resolve("report/replies.csv"), UTF_8);
    String header = written.substring(0, written.indexOf("\r\n") + 2);
    StringBuilder rows = new StringBuilder(header);
    QaCommand qa = new QaCommand();
    for (int i = 0; i < lines.size(); i++) {
      rows.append(qa.replyRow(lines.get(i), i + 1));
    }
    assertEquals(written, rows.toString());
    String last = written.substring(written.lastIndexOf("C-bad"));
    assertTrue(last.startsWith("C-bad,'=x,chat,") && last.contains("line 31: ") && last.contains("agentReply"), last);
  }

  @Test
  void idsThatASpreadsheetWouldRunAsFormulasAreMadeInert(@TempDir Path dir) throws Exception {
    String line = "{\"conversationId\":\"=HYPERLINK(\\\"http://x\\\")\",\"agentId\":\"@agent\",\"channel\":\"chat\","
        + "\"customerText\":\"where is my refund\",\"agentReply\":\"I refunded it today.\"}\n";

    CliRun run = CliRun.of(line, "qa", "--in", "-", "--out", dir.toString());

    assertEquals(0, run.exitCode(), run.stderr());
    List<List<String>> replies = csv(dir.resolve("replies.csv"));
    assertEquals("'=HYPERLINK(\"http://x\")", replies.get(1).get(0));
    assertEquals("'@agent", replies.get(1).get(1));
    assertEquals("-1.5", QaCommand.inert("-1.5"));
    assertEquals("'-cmd", QaCommand.inert("-cmd"));
  }

  /** A platform's name is read as its channel, as compose and review read it: "twitter" is reviewed as a public post. */
  @Test
  void aPlatformNameIsReadAsItsChannel(@TempDir Path dir) throws Exception {
    StringBuilder lines = new StringBuilder();
    for (String channel : List.of("twitter", "social", "chat")) {
      lines.append("{\"conversationId\":\"C-").append(channel).append("\",\"agentId\":\"a\",\"channel\":\"").append(channel)
          .append("\",\"customerText\":\"where is my refund\",\"agentReply\":\"I refunded it to jane.doe@gmail.com today.\"}\n");
    }

    CliRun run = CliRun.of(lines.toString(), "qa", "--in", "-", "--out", dir.toString());

    assertEquals(0, run.exitCode(), run.stderr());
    List<List<String>> replies = csv(dir.resolve("replies.csv"));
    assertEquals(4, replies.size(), replies.toString());
    List<String> twitter = replies.get(1).subList(3, replies.get(1).size());
    List<String> social = replies.get(2).subList(3, replies.get(2).size());
    List<String> chat = replies.get(3).subList(3, replies.get(3).size());
    assertEquals(social, twitter, "twitter is reviewed as social");
    assertFalse(chat.equals(social), "an e-mail address is private only in a public post: " + chat + " vs " + social);
  }

  @Test
  void quotesCellsThatHoldCommasQuotesAndNewlines(@TempDir Path dir) throws Exception {
    String line = "{\"conversationId\":\"C-1\",\"agentId\":\"O'Neil, \\\"Jo\\\"\",\"channel\":\"chat\","
        + "\"customerText\":\"where is my refund\",\"agentReply\":\"Per our policy,\\nit takes 10 days.\"}\n";

    CliRun run = CliRun.of(line, "qa", "--in", "-", "--out", dir.toString());

    assertEquals(0, run.exitCode(), run.stderr());
    List<List<String>> agents = csv(dir.resolve("agents.csv"));
    assertEquals("O'Neil, \"Jo\"", agents.get(1).get(0));
    assertTrue(Files.readString(dir.resolve("agents.csv")).contains("\"O'Neil, \"\"Jo\"\"\""));
    List<List<String>> replies = csv(dir.resolve("replies.csv"));
    assertEquals(2, replies.size());
  }

  @Test
  void aRejectedLineGetsARowNamingTheFieldAndExitCode1(@TempDir Path dir) throws Exception {
    String lines = "{\"conversationId\":\"C-1\",\"agentId\":\"a\",\"agentReply\":\"  \"}\n"
        + "not json\n"
        + "{\"conversationId\":\"C-3\",\"agentId\":\"a\",\"agentReply\":\"I’ve refunded it.\"}\n";

    CliRun run = CliRun.of(lines, "qa", "--in", "-", "--out", dir.toString());

    assertEquals(1, run.exitCode());
    List<List<String>> replies = csv(dir.resolve("replies.csv"));
    assertEquals(4, replies.size());
    String error1 = replies.get(1).get(replies.get(1).size() - 1);
    assertTrue(error1.startsWith("line 1: agentReply"), error1);
    assertTrue(replies.get(2).get(replies.get(2).size() - 1).startsWith("line 2: "), replies.get(2).toString());
    assertEquals("", replies.get(3).get(replies.get(3).size() - 1));
  }

  @Test
  void missingArgumentsAreAUsageError() {
    assertEquals(2, CliRun.of("", "qa", "--in", "x.jsonl").exitCode());
    assertEquals(2, CliRun.of("", "qa", "--in", "/no/such.jsonl", "--out", "/tmp/never").exitCode());
  }

  /** A small RFC 4180 reader, independent of the writer under test. */
  public static List<List<String>> csv(Path file) throws Exception {
    String s = Files.readString(file, UTF_8);
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        cell.append(c);
      }
    }
    return rows;
  }
}
