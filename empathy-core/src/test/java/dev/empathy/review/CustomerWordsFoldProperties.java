package dev.empathy.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.lang.UCharacter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The content words' fold (customer message, summary overlap) is ICU's default full case fold
 * with the apostrophes taken out, for every text and range: the ASCII path must not differ.
 */
class CustomerWordsFoldProperties {

  private static String icu(String text, int start, int end) {
    return UCharacter.foldCase(text.substring(start, end), true).replace("’", "").replace("'", "");
  }

  @Provide
  Arbitrary<String> words() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("AaZzIi09'’‘-.:_@ßİıΣσﬁＳ\u0301").ofMaxLength(30),
        Arbitraries.strings().ascii().ofMaxLength(30),
        Arbitraries.strings().all().ofMaxLength(30));
  }

  @Property(tries = 3000)
  void foldsAsIcuWithoutApostrophes(@ForAll("words") String text) {
    for (int start = 0; start <= text.length(); start += 1 + start / 3) {
      for (int end = start; end <= text.length(); end += 1 + end / 4) {
        assertEquals(icu(text, start, end), CustomerReading.foldWithoutApostrophes(text, start, end));
      }
    }
  }

  @Test
  void examples() {
    assertEquals("cant", CustomerReading.foldWithoutApostrophes("I CAN’T", 2, 7));
    assertEquals("weve", CustomerReading.foldWithoutApostrophes("We've", 0, 5));
    assertEquals("strasse", CustomerReading.foldWithoutApostrophes("Straße", 0, 6));
    assertEquals("", CustomerReading.foldWithoutApostrophes("’'", 0, 2));
  }
}
