package dev.empathy.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GraphemesTest {
  @Test
  void countsUserPerceivedCharacters() {
    assertEquals(4, Graphemes.count("👩‍👩‍👧 ok"));
    assertEquals(1, Graphemes.count("🇯🇵"));
    assertEquals(1, Graphemes.count("e\u0301"));
    assertEquals(5, Graphemes.count("hello"));
    assertEquals(1, Graphemes.count("\r\n"));
  }

  @Test
  void neverCutsInsideAGrapheme() {
    assertEquals("a", Graphemes.truncate("a👩‍👩‍👧", 1));
    assertEquals("a👩‍👩‍👧", Graphemes.truncate("a👩‍👩‍👧b", 2));
    assertEquals(1, Graphemes.boundaryAtOrBefore("a🇯🇵", 2));
  }

  @Test
  void shortensAtAWordBoundaryWithinTheAllowance() {
    String s = Graphemes.shorten("Thanks for your patience while we fix this today", 20, "…");
    assertTrue(Graphemes.count(s) <= 20, s);
    assertEquals("Thanks for your…", s);
  }
}
