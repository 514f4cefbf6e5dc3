package dev.empathy.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link Segments} reads simple lines without ICU; whatever the text, its segments and their rule
 * statuses must be exactly those of ICU's root word iterator.
 */
class SegmentsProperties {
  @Provide
  Arbitrary<String> text() {
    // Every class the fast reading handles, next to the ones it leaves to ICU: connectors, the
    // three kinds of middle characters, white space of several kinds, line breaks of every kind,
    // emoji alone and in sequences, marks, Hebrew with its quotes, kana, Han, Hangul and Thai.
    Arbitrary<String> pieces =
        Arbitraries.of(
            "a", "Z", "é", "Ж", "1", "٣", "_", "‿", ".", ",", ";", ":", "'", "’", "‘", "·", "\"", "-", "!", "?",
            " ", "  ", "\t", "\u00A0", "\u3000", "\n", "\r", "\r\n", "\u000B", "\u0085", "\u2028", "\u2029",
            "😀", "👍\uD83C\uDFFD", "👩\u200D👩\u200D👧", "🇫🇷", "\uFE0F", "\u0301", "\u200B", "\u00AD", "\u200D",
            "ש", "׳", "ア", "ー", "あ", "漢", "字", "한", "ไทย", "𝐀", "𐐷", "\uD800", "\uDC00", "#", "@", "$",
            "don't", "e.g.", "1,000.50", "3rd", "10am", "a_b", "__", "wait...");
    Arbitrary<String> mixed = pieces.list().ofMaxSize(40).map(l -> String.join("", l));
    return Arbitraries.oneOf(mixed, Arbitraries.strings().all().ofMaxLength(60), Arbitraries.strings().ofMaxLength(60));
  }

  @Property(tries = 3000)
  void segmentsAreIcusSegments(@ForAll("text") String s) {
    assertEquals(icu(s), fast(s));
  }

  @Property(tries = 1000)
  void wordCountsAreTheIteratorsCounts(
      @ForAll("text") String s, @ForAll @IntRange(min = 0, max = 70) int a, @ForAll @IntRange(min = 0, max = 70) int b) {
    int from = Math.min(a, s.length());
    int to = Math.min(b, s.length());
    for (ULocale locale : List.of(ULocale.ENGLISH, ULocale.ROOT, new ULocale("en_US_POSIX"), ULocale.JAPANESE)) {
      BreakIterator it = BreakIterator.getWordInstance(locale);
      int expected = icuCount(s, it, from, to);
      assertEquals(expected, WordCounter.of(s, BreakIterator.getWordInstance(locale)).count(from, to), locale + " " + from + "-" + to);
    }
  }

  /** What a reader counting words with the iterator does: from the first boundary at or after from, up to to. */
  private static int icuCount(String s, BreakIterator words, int a, int b) {
    words.setText(s);
    int n = 0;
    int start = words.isBoundary(a) ? a : words.following(a);
    if (start == BreakIterator.DONE) {
      return 0;
    }
    for (int end = words.next(); end != BreakIterator.DONE && end <= b; end = words.next()) {
      if (words.getRuleStatus() >= BreakIterator.WORD_NONE_LIMIT) {
        n++;
      }
    }
    return n;
  }

  @Example
  void wordsNumbersAndConnectorsAreTaggedAsIcuTagsThem() {
    for (String s :
        List.of("a", "1", "a1", "1a", "_", "__", "a_", "1_", "_a", "_1", "a.b", "1.2", "a1.2", "1.2a", "1__", "__1",
            "a.", "a.1", "can't stop", "I’m here", "1,000.50 €", "e.g. 3rd\r\nnext", "x\n\ny", "")) {
      assertEquals(icu(s), fast(s), s);
    }
  }

  private static List<String> fast(String s) {
    List<String> out = new ArrayList<>();
    Segments.of(s, BreakIterator.getWordInstance(ULocale.ROOT), (start, end, status) -> out.add(start + "-" + end + ":" + status));
    return out;
  }

  private static List<String> icu(String s) {
    List<String> out = new ArrayList<>();
    BreakIterator it = BreakIterator.getWordInstance(ULocale.ROOT);
    it.setText(s);
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      out.add(start + "-" + end + ":" + it.getRuleStatus());
    }
    return out;
  }
}
