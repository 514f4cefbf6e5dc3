package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A {@link CallerClauses.Lexicon} finds a range of a text by its folded hash and skips the words
 * of other hashes without comparing them: its answer is still the answer of comparing the range,
 * folded a character at a time, with every word (the word's flags, or 0), for lexicons of folded
 * words and for lexicons holding words that are not their own fold ("Mr", "don't").
 */
class LexiconProperties {
  private static final List<String> FOLDED = List.of("i", "you", "the", "i’ve", "we’re", "é", "straße", "ß", "ı", "σ",
      "about", "on", "of", "4471", "日本", "ab", "ba", "aa", "bb", "zz");
  private static final List<String> NOT_FOLDED = List.of("Mr", "don't", "İ", "Σ", "ABOUT", "K");

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.of(FOLDED), Arbitraries.of(NOT_FOLDED),
        Arbitraries.of("YOU", "The", "I'VE", "I’ve", "STRASSE", "Straße", "Σ", "ς", "İ", "i̇", "K", "k", "'", "’", " "),
        Arbitraries.strings().all().ofMaxLength(4));
    return piece.list().ofMaxSize(8).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<Map<String, Integer>> lexicons() {
    Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of(FOLDED), Arbitraries.of(FOLDED), Arbitraries.of(NOT_FOLDED));
    return word.set().ofMinSize(0).ofMaxSize(12).map(set -> {
      ImmutableMap.Builder<String, Integer> b = ImmutableMap.builder();
      int flag = 1;
      for (String w : set) {
        b.put(w, flag);
        flag = flag == 1 << 30 ? 1 : flag << 1;
      }
      return b.buildOrThrow();
    });
  }

  @Property(tries = 1500)
  void aRangeIsFoundExactlyWhenItFoldsToAWord(@ForAll("texts") String text, @ForAll("lexicons") Map<String, Integer> words) {
    CallerClauses.Lexicon lexicon = new CallerClauses.Lexicon(ImmutableMap.copyOf(words));
    for (int start = 0; start <= text.length(); start++) {
      for (int end = start; end <= text.length() && end - start <= 8; end++) {
        int expected = 0;
        for (Map.Entry<String, Integer> e : words.entrySet()) {
          String w = e.getKey();
          if (w.length() == end - start && CallerClauses.Lexicon.sameFolded(text, start, w, w.length())) {
            expected = e.getValue();
          }
        }
        int hash = 0;
        for (int i = start; i < end; i++) {
          hash = CallerClauses.Lexicon.step(hash, text.charAt(i));
        }
        String at = text + " [" + start + ", " + end + ") in " + words.keySet();
        assertEquals(expected, lexicon.flags(text, start, end), at);
        assertEquals(expected, lexicon.flags(text, start, end, hash), at);
      }
    }
  }
}
