package dev.empathy.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class UserTextTest {
  @Test
  void keepsOrdinaryTextIdentical() {
    String s = "Hi {0}, it's 'fine' — 👩‍👩‍👧 שלום";
    assertEquals(s, UserText.clean(s));
  }

  @Test
  void appliesEachDocumentedRule() {
    assertEquals("a\nb\nc", UserText.clean("a\r\nb\rc"));
    assertEquals("ab\tc\n", UserText.clean("a\u0000b\tc\u0007\n\u009B"));
    assertEquals("x\uFFFDy\uFFFD", UserText.clean("x\uD800y\uDC00"));
    assertEquals("caf\u00E9", UserText.clean("cafe\u0301"));
    assertNull(UserText.clean(null));
  }

  @Test
  void noncharactersBecomeTheReplacementCharacter() {
    // Found by a random seed of the CLI's ComposeProperties: an action of only U+FFFE reached the reply.
    assertEquals("\uFFFD", UserText.clean("\uFFFE"));
    assertEquals("a\uFFFDb\uFFFDc\uFFFD", UserText.clean("a\uFFFFb\uFDD0c\uFDEF"));
    assertEquals("x\uFFFDy\uFFFD", UserText.clean("x" + new String(Character.toChars(0x1FFFE)) + "y" + new String(Character.toChars(0x10FFFF))));
    assertEquals("\uFDCF\uFDF0\uFFFD 😀", UserText.clean("\uFDCF\uFDF0\uFFFD 😀"));
  }

  @Test
  void bidiOverridesAndIsolatesAreRemovedButPlainMarksStay() {
    assertEquals("refund for order 1234 evil", UserText.clean("refund for order \u202E4321\u202C \u2066evil\u2069".replace("\u202E4321", "\u202E1234")));
    assertEquals("abc\u200Fdef\u200E", UserText.clean("a\u202Ab\u202Bc\u202D\u200Fdef\u2067\u2068\u200E"));
  }
}
