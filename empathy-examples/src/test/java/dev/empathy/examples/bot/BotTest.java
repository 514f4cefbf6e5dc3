package dev.empathy.examples.bot;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Empathy;
import dev.empathy.compose.Block;
import dev.empathy.compose.BlockKind;
import dev.empathy.examples.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console bot on the bundled script: fresh phrasing every turn, a boundary for abuse. */
class BotTest {
  private static final List<String> SCRIPT =
      CliRun.resource("/bot/script.txt").lines().filter(l -> !l.isBlank()).toList();
  private static final int ABUSIVE_LINE = 4; // "honestly you people are useless idiots, …"

  @Test
  void consecutiveRepliesNeverShareAnAcknowledgement() {
    for (String conversation : List.of("conv-1", "conv-2", "T-99812", "")) {
      List<ChatBot.Turn> turns = converse(conversation);
      for (int i = 1; i < turns.size(); i++) {
        String before = acknowledgement(turns.get(i - 1));
        String now = acknowledgement(turns.get(i));
        assertNotEquals(before, now, conversation + ": turns " + (i - 1) + " and " + i);
      }
    }
  }

  @Test
  void theAbusiveLineGetsARespectfulBoundaryAndTheFirstLineDoesNot() {
    List<ChatBot.Turn> turns = converse("conv-1");

    assertTrue(turns.get(ABUSIVE_LINE).reply().has(BlockKind.BOUNDARY), SCRIPT.get(ABUSIVE_LINE));
    assertTrue(turns.get(ABUSIVE_LINE).signals().suggestion().boundary());
    assertFalse(turns.get(0).reply().has(BlockKind.BOUNDARY), SCRIPT.get(0));
    assertFalse(turns.get(turns.size() - 1).reply().has(BlockKind.BOUNDARY), "the closing thanks");
  }

  @Test
  void theBotGreetsOnceAndNeverInventsAnAction() {
    List<ChatBot.Turn> turns = converse("conv-1");

    for (ChatBot.Turn t : turns) {
      String greeting = t.reply().block(BlockKind.GREETING).orElseThrow().text().replaceAll("\\W+$", "");
      // The chat greeting is its own phrase (chat.greeting…), picked independently of the letter's.
      // Chat greetings are formatted for the customer's emotion (an ICU select), so compare text.
      boolean greeted = t.bubbles().get(0).startsWith(greeting)
          || t.bubbles().get(0).startsWith(t.reply().phrase("chat.greeting.anonymous", java.util.Map.of("emotion",
              t.reply().block(BlockKind.ACKNOWLEDGEMENT).flatMap(b -> b.fact("emotion")).orElse("none").replace('-', '_')))
              .replaceAll("\\W+$", ""))
          || t.reply().phrasebook().patterns("chat.greeting.anonymous").stream()
              .anyMatch(p -> t.bubbles().get(0).startsWith(p.replaceAll("\\W+$", "")));
      assertEquals(t.number() == 0, greeted, "turn " + t.number() + ": " + t.bubbles());
      Block action = t.reply().block(BlockKind.ACTION).orElseThrow();
      assertEquals("slot", action.facts().get("position"), "turn " + t.number());
    }
  }

  @Test
  void theCommandShowsWhatItHeardAndEachReply(@TempDir Path dir) throws Exception {
    Path script = dir.resolve("script.txt");
    Files.writeString(script, String.join("\n", SCRIPT) + "\n", UTF_8);

    CliRun run = CliRun.of("", "bot", "--script", script.toString(), "--conversation", "demo-1");

    assertEquals(0, run.exitCode(), run.stderr());
    String out = run.out();
    assertTrue(out.startsWith("conversation demo-1\n"), out);
    for (String line : SCRIPT) {
      assertTrue(out.contains("customer  › " + line), line);
    }
    long replies = out.lines().filter(l -> l.startsWith("bot       › ")).count();
    assertTrue(replies >= SCRIPT.size(), "at least one bubble per customer line:\n" + out);
    assertTrue(out.contains("boundary"), out);
    assertEquals(out, CliRun.of(String.join("\n", SCRIPT), "bot", "--conversation", "demo-1").out(),
        "stdin and --script give the same conversation");
  }

  @Test
  void aMissingScriptIsAUsageError() {
    CliRun run = CliRun.of("", "bot", "--script", "/no/such/script.txt");

    assertEquals(2, run.exitCode());
    assertTrue(run.stderr().contains("--script"), run.stderr());
  }

  private static List<ChatBot.Turn> converse(String conversation) {
    ChatBot bot = new ChatBot(Empathy.create(), conversation);
    List<ChatBot.Turn> turns = new ArrayList<>();
    SCRIPT.forEach(line -> turns.add(bot.answer(line)));
    return turns;
  }

  private static String acknowledgement(ChatBot.Turn t) {
    return t.reply().block(BlockKind.ACKNOWLEDGEMENT).orElseThrow().text();
  }
}
