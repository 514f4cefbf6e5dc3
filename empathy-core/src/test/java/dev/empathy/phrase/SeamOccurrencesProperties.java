package dev.empathy.phrase;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A phrase argument is scanned once for all its seam words, with a filter by length and first
 * letter: on any text (seam words in every case, Unicode look-alikes such as the Kelvin sign and
 * the long s, digits, apostrophes, arbitrary characters), the answer is the word-by-word answer
 * of {@link CompiledMessage#occurrences(Object, String)}.
 */
class SeamOccurrencesProperties {
  private static final String[] WORDS = {"about", "with", "for", "on", "in", "at", "to", "from", "of", "by", "over",
      "regarding", "that", "like", "über", "für", "sur", "à", "de", "sobre", "con", "über’s"};

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of(WORDS), Arbitraries.of(WORDS).map(String::toUpperCase),
        Arbitraries.of("\u212Aind", "\u017Fo", "ſur", "With", "wIth", "FOR's", "4for", "for4", "İn", "ın", "ABOUT", "a"),
        Arbitraries.strings().all().ofMaxLength(5));
    Arbitrary<String> separator = Arbitraries.of(" ", "  ", ", ", "'", "’", "-", "\n", "");
    return Arbitraries.oneOf(word, word, separator).list().ofMaxSize(12).map(parts -> String.join("", parts));
  }

  @Provide
  Arbitrary<int[]> seams() {
    return Arbitraries.integers().between(0, WORDS.length - 1).set().ofMinSize(1).ofMaxSize(8)
        .map(set -> set.stream().mapToInt(Integer::intValue).toArray());
  }

  @Property(tries = 3000)
  void oneFilteredPassIsEveryWordChecked(@ForAll("texts") String text, @ForAll("seams") int[] seams) {
    long[] filter = CompiledMessage.filter(seams, WORDS);
    long expected = 0;
    for (int k = 0; k < seams.length; k++) {
      int found = CompiledMessage.occurrences(text, WORDS[seams[k]]);
      expected |= found != 0 ? 1L << k : 0;
      expected |= (found & CompiledMessage.LATER) != 0 ? 1L << (k + 32) : 0;
    }
    assertEquals(expected, CompiledMessage.occurrences(text, seams, WORDS, filter[0], filter[1]), text);
    assertEquals(expected, CompiledMessage.occurrences(text, seams, WORDS), text);
  }

  @Property(tries = 300)
  void anyText(@ForAll String text) {
    int[] seams = {0, 1, 2, 12, 14, 15, 21};
    long[] filter = CompiledMessage.filter(seams, WORDS);
    assertEquals(CompiledMessage.occurrences(text, seams, WORDS),
        CompiledMessage.occurrences(text, seams, WORDS, filter[0], filter[1]), text);
    assertEquals(0, CompiledMessage.occurrences(List.of(text), seams, WORDS));
  }
}
