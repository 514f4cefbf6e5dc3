package dev.empathy.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The demo's word wrapping loses nothing and keeps to the width wherever a break is possible. */
class TerminalProperties {
  @Provide
  Arbitrary<String> paragraphs() {
    Arbitrary<String> word =
        Arbitraries.oneOf(
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12),
            Arbitraries.of("👩‍👩‍👧", "café", "請求書の金額が先月の倍", "שלום", "https://example.com/a/very/long/path", "—"));
    return word.list().ofMaxSize(40).map(words -> String.join(" ", words));
  }

  @Property(tries = 300)
  void wrappingKeepsEveryCharacterExceptTheSpacesAtTheBreaks(
      @ForAll("paragraphs") String paragraph, @ForAll @IntRange(min = 10, max = 80) int width) {
    List<String> lines = Terminal.wrap(paragraph, width);

    assertEquals(paragraph.replace(" ", ""), String.join("", lines).replace(" ", ""));
    for (String line : lines) {
      boolean oneUnbreakableWord = !line.contains(" ") && !line.matches(".*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}].*");
      assertTrue(Terminal.columns(line) <= width || oneUnbreakableWord, width + ": " + line);
    }
  }

  @Example
  void wideCharactersTakeTwoColumnsAndJoinersNone() {
    assertEquals(4, Terminal.columns("請求"));
    assertEquals(1, Terminal.columns("e\u0301\u200D"));
    assertEquals(3, Terminal.columns("\u001B[1mabc\u001B[0m"));
  }
}
