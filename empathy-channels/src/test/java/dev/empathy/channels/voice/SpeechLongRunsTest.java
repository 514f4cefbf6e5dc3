package dev.empathy.channels.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A customer's text can hold 100,000 hyphens or a chain like "A-A-A-…". Each must be split into
 * speech pieces in one pass: the code pattern's look-aheads once rescanned the whole run from every
 * position (a 100 KB situation of hyphens kept the voice channel busy for minutes). What a run is
 * read as stays as it was: a run of punctuation is text, a chain of upper-case letters and digits a
 * code, spelled out.
 */
class SpeechLongRunsTest {

  @ParameterizedTest
  @ValueSource(strings = {"-", "A-", "A--", "1-", "-A1"})
  void aLongRunIsSplitOnceAndKeepsItsCharacters(String unit) {
    String text = unit.repeat(100_000 / unit.length());
    List<Speech.Piece> pieces = Speech.pieces(text, List.of());
    StringBuilder joined = new StringBuilder();
    pieces.forEach(p -> joined.append(p.text()));
    assertEquals(text, joined.toString(), "the pieces put back together are the text");
  }

  @org.junit.jupiter.api.Test
  void aRunOfHyphensIsTextAndAShortMixedChainIsACode() {
    assertEquals(List.of(new Speech.Piece(Speech.Kind.TEXT, "-".repeat(50_000))), Speech.pieces("-".repeat(50_000), List.of()));
    List<Speech.Piece> pieces = Speech.pieces("ref ORD-4471B then " + "-".repeat(20_000), List.of());
    assertEquals(new Speech.Piece(Speech.Kind.CODE, "ORD-4471B"), pieces.get(1));
  }
}
