package dev.empathy.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The character classes a draft's scans use answer what {@link Character} answers, for every
 * UTF-16 unit (they only skip the lookup for ASCII).
 */
class DraftReadingCharactersTest {
  @Test
  void everyUnitIsClassedAsCharacterClassesIt() {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      assertEquals(Character.isWhitespace(c), DraftReading.isWhitespace(c), () -> "isWhitespace of U+" + Integer.toHexString(c));
      assertEquals(Character.isDigit(c), DraftReading.isDigit(c), () -> "isDigit of U+" + Integer.toHexString(c));
      assertEquals(Character.isLetterOrDigit(c), DraftReading.isLetterOrDigit(c), () -> "isLetterOrDigit of U+" + Integer.toHexString(c));
    }
  }
}
