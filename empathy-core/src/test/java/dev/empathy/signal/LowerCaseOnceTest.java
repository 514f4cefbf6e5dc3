package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What {@code OwnSituation.word} and {@code ThreatGate.word} rely on to lower a word once: a string
 * of BMP characters each lowered by {@link Character#toLowerCase(char)} is its own lower case as
 * {@link String#toLowerCase(Locale)} gives it, so the string needs lowering again only when it
 * holds a surrogate.
 */
class LowerCaseOnceTest {
  @Test
  void everyBmpCharacterLoweredAloneIsItsOwnLowerCase() {
    StringBuilder all = new StringBuilder();
    for (int c = 0; c < 0x10000; c++) {
      if (Character.isSurrogate((char) c)) {
        continue;
      }
      String lowered = String.valueOf(Character.toLowerCase((char) c));
      String code = "U+" + Integer.toHexString(c);
      assertEquals(lowered, lowered.toLowerCase(Locale.ROOT), code);
      all.append(lowered);
    }
    String joined = all.toString(); // in context too: letters around a lowered sigma or dotted I
    assertEquals(joined, joined.toLowerCase(Locale.ROOT));
  }

  @Test
  void aLetterBeyondTheBmpIsLoweredByTheStringAlone() {
    String deseret = "\uD801\uDC00"; // 𐐀, whose lower case is 𐐨
    StringBuilder perChar = new StringBuilder();
    for (char c : deseret.toCharArray()) {
      perChar.append(Character.toLowerCase(c));
    }
    assertEquals(deseret, perChar.toString());
    assertNotEquals(deseret, perChar.toString().toLowerCase(Locale.ROOT));
  }
}
