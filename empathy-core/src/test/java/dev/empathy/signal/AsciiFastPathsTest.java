package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The character tests the analyze scans answer by comparison for ASCII (the JDK's answers go
 * through a table per character) give the JDK's answers for every UTF-16 unit, ASCII or not.
 */
class AsciiFastPathsTest {
  @Test
  void maskedSwearingLettersAreTheJdksLetters() {
    for (int i = 0; i <= 0xFFFF; i++) {
      char c = (char) i;
      assertEquals(Character.isLetter(c), MaskedSwearing.isLetter(c), () -> "isLetter U+" + Integer.toHexString(c));
      assertEquals(Character.isLetterOrDigit(c), MaskedSwearing.isLetterOrDigit(c), () -> "isLetterOrDigit U+" + Integer.toHexString(c));
    }
  }

  @Test
  void typographyWhitespaceIsTheJdksWhitespace() {
    for (int cp = 0; cp <= 0x10FFFF; cp++) {
      int at = cp;
      assertEquals(Character.isWhitespace(cp), Typography.isWhitespace(cp), () -> "isWhitespace U+" + Integer.toHexString(at));
    }
  }

  @Test
  void clauseWordsLowerCaseAsTheJdkDoes() {
    for (int i = 0; i <= 0xFFFF; i++) {
      char c = (char) i;
      assertEquals(Character.toLowerCase(c), ClauseReader.lowerCase(c), () -> "toLowerCase U+" + Integer.toHexString(c));
    }
  }
}
