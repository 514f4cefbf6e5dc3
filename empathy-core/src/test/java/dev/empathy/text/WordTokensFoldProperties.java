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

  @Provide
  Arbitrary<String> apostropheWords() {
    Arbitrary<String> first = Arbitraries.of("I", "ve", "LL", "d", "can", "WON", "x9");
    Arbitrary<String> pieces = Arbitraries.of("I", "ve", "ll", "LL", "re", "d", "D", "s", "t", "can", "WON", "x9", "’", "‘", "'");
    return net.jqwik.api.Combinators.combine(first, pieces.list().ofMaxSize(6)).as((f, l) -> f + String.join("", l));
  }

  /**
   * The matcher looks a folded word up without making a string: a phrase must match its own text,
   * and the text with its apostrophes swapped for the other kinds and its case changed.
   */
  @Property(tries = 2000)
  void aWordWithApostrophesMatchesItselfInAnyCaseAndApostrophe(@ForAll("apostropheWords") String word) {
    String phrase = word.strip();
    net.jqwik.api.Assume.that(!tokens(phrase, false).isEmpty() && tokens(phrase, false).size() == 1);
    PhraseMatcher<String> m = PhraseMatcher.<String>builder().add(phrase, "w").build();
    for (String text : List.of(phrase, phrase.toUpperCase(java.util.Locale.ROOT), phrase.replace('\'', '’').replace('‘', '\''))) {
      List<PhraseMatcher.Match<String>> found = m.findAll("so " + text + " now");
      assertEquals(1, found.size(), "\"" + text + "\" for the phrase \"" + phrase + "\"");
      assertEquals(3, found.get(0).start());
    }
  }

  @Example
  void curlyApostrophesReadAsStraightOnes() {
    List<String> folded = new ArrayList<>();
    for (String[] token : tokens("I’ve Can’t we‘re", false)) {
      folded.add(token[1]);
    }
    assertEquals(List.of("ive", "cant", "we're"), folded);
    PhraseMatcher<String> m = PhraseMatcher.<String>builder().add("i'll", "a").add("cant", "b").add("we're", "c").build();
    assertEquals(List.of("a", "b", "c"), m.findAll("I’LL can‘t We're").stream().map(PhraseMatcher.Match::payload).toList());
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
