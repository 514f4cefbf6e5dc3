package dev.empathy.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The word scan folds a word of ASCII with curly apostrophes ("I’ve") without the normaliser; the
 * token must be exactly what {@link WordTokens#fold} gives for the word's text, with and without
 * accent folding, next to words that do take the normaliser's path.
 */
class WordTokensFoldProperties {
  @Provide
  Arbitrary<String> words() {
    Arbitrary<String> pieces =
        Arbitraries.of(
            "I", "ve", "ll", "re", "d", "s", "t", "can", "WON", "Dana", "x9", "10", "2nd", "1,000", "’", "‘", "'", "ʼ", "′",
            "é", "Ä", "ß", "ﬁ", "Ｓ", "İ", "Σ", "\u0301", ".", ":", "_", "-", " ", "\n", "!", "😀");
    return pieces.list().ofMaxSize(30).map(l -> String.join("", l));
  }

  @Property(tries = 3000)
  void everyWordIsFoldedAsFoldFoldsItsText(@ForAll("words") String text) {
    for (boolean accents : new boolean[] {false, true}) {
      for (String[] token : tokens(text, accents)) {
        assertEquals(token[0], token[1], "fold of \"" + token[0] + "\"");
      }
    }
  }

  @Example
  void curlyApostrophesReadAsStraightOnes() {
    List<String> folded = new ArrayList<>();
    for (String[] token : tokens("I’ve Can’t we‘re", false)) {
      folded.add(token[1]);
    }
    assertEquals(List.of("ive", "cant", "we're"), folded);
  }

  /** Each word token of {@code text}: {fold of its text, the scan's token}; symbols and barriers left out. */
  private static List<String[]> tokens(String text, boolean accents) {
    List<String[]> out = new ArrayList<>();
    WordTokens.scan(text, accents, (start, end, folded, flags) -> {
      String word = text.substring(start, end);
      if (folded != null && Character.isLetterOrDigit(word.codePointAt(0))) {
        out.add(new String[] {WordTokens.fold(word, accents), folded});
      }
    });
    return out;
  }
}
