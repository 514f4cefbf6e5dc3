package dev.empathy.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link Graphemes} skips ICU's iterator for text in which every character is its own grapheme,
 * and for a boundary between two such characters; whatever the text, the answers must be exactly
 * ICU's.
 */
class GraphemesFastPathProperties {
  @Provide
  Arbitrary<String> text() {
    // Every grapheme-joining class next to plain text: marks, ZWJ emoji, CR LF, Hangul jamo,
    // regional indicators, Devanagari conjuncts (virama), Thai spacing marks, Arabic prepend.
    Arbitrary<String> pieces =
        Arbitraries.of(
            "a", "Z", " ", "’", "—", "…", "é", "e\u0301", "\r\n", "\r", "\n", "\t", "請", "求", "Ж",
            "👩\u200D👩\u200D👧", "🇫🇷", "\u1100\u1161\u11A8", "क्ष", "\u0E01\u0E33", "\u0600\u0661",
            "\u200B", "\u00AD", "\uFE0F", "\u2028", "\uD800", "\uDC00", "x\u0308");
    Arbitrary<String> mixed = pieces.list().ofMaxSize(40).map(l -> String.join("", l));
    return Arbitraries.oneOf(mixed, Arbitraries.strings().all().ofMaxLength(60), Arbitraries.strings().ofMaxLength(60));
  }

  @Property(tries = 500)
  void countIsIcusCount(@ForAll("text") String s) {
    assertEquals(icuCount(s), Graphemes.count(s));
  }

  @Property(tries = 500)
  void indexAfterIsIcusBoundary(@ForAll("text") String s, @ForAll @IntRange(min = 0, max = 70) int n) {
    assertEquals(icuIndexAfter(s, n), Graphemes.indexAfter(s, n));
  }

  @Property(tries = 500)
  void boundariesAreIcusBoundaries(@ForAll("text") String s, @ForAll @IntRange(min = 0, max = 70) int at) {
    int i = Math.min(at, s.length());
    BreakIterator it = BreakIterator.getCharacterInstance(ULocale.ROOT);
    it.setText(s);
    boolean boundary = it.isBoundary(i);
    assertEquals(boundary, Graphemes.isBoundary(s, i));
    assertEquals(boundary ? i : it.preceding(i), Graphemes.boundaryAtOrBefore(s, i));
    assertEquals(boundary ? i : it.following(i), Graphemes.boundaryAtOrAfter(s, i));
  }

  private static int icuCount(String s) {
    BreakIterator it = BreakIterator.getCharacterInstance(ULocale.ROOT);
    it.setText(s);
    int count = 0;
    while (it.next() != BreakIterator.DONE) {
      count++;
    }
    return count;
  }

  private static int icuIndexAfter(String s, int n) {
    BreakIterator it = BreakIterator.getCharacterInstance(ULocale.ROOT);
    it.setText(s);
    int end = 0;
    for (int i = 0; i < n; i++) {
      int next = it.next();
      if (next == BreakIterator.DONE) {
        return s.length();
      }
      end = next;
    }
    return end;
  }
}
