package dev.empathy.examples.command;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.examples.cli.CliRun;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

/** Nothing a customer types reaches the operator's terminal as a control sequence. */
class TerminalTextTest {
  @Test
  void controlsBecomeVisiblePicturesAndLineBreaksStay() {
    assertEquals("␛[31mred␛[0m ␛]0;title␇ ok\n\tnext", TerminalText.inert("\u001B[31mred\u001B[0m \u001B]0;title\u0007 ok\n\tnext"));
    assertEquals("a\uFFFDb\uFFFDc\u2421", TerminalText.inert("a\u009Bb\u202Ec\u007F"));
  }

  @Test
  void thePrintStreamFiltersPrintPrintlnAndPrintf() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = TerminalText.printStream(bytes);
    out.print("\u001B[2J");
    out.println("x\u001B");
    out.printf("%s%n", "\u001B]8;;http://evil\u0007link");
    out.println((Object) "\u0007");
    String written = bytes.toString(UTF_8);
    assertFalse(written.contains("\u001B") || written.contains("\u0007"), written);
    assertTrue(written.contains("␛]8;;http://evil␇link"), written);
  }

  @Test
  void theBotEchoesNoEscapeSequence() {
    CliRun run = CliRun.of("my order \u001B[2J\u001B]0;pwned\u0007 never came!!\n", "bot");
    assertFalse(run.out().contains("\u001B"), run.out());
    assertTrue(run.out().contains("␛[2J"), run.out());
  }
}
