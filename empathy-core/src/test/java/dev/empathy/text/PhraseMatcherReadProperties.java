package dev.empathy.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link PhraseMatcher#read} counts the words in the matcher's own pass; its matches must be
 * {@code findAll}'s and its counts those of a root word iterator, in every range, whatever the text.
 */
class PhraseMatcherReadProperties {
  private static final PhraseMatcher<String> MATCHER =
      PhraseMatcher.<String>builder()
          .add("cancel my * account", "churn")
          .add("i'll", "promise")
          .add("#th time", "repeat")
          .add("😡", "emoji")
          .add("最悪", "ja", PhraseMatcher.Anchoring.INSIDE_WORDS)
          .build();

  @Provide
  Arbitrary<String> text() {
    Arbitrary<String> pieces =
        Arbitraries.of(
            "cancel", "my", "Netflix", "account", "I’ll", "3rd", "time", "😡", "👩\u200D👩\u200D👧", "最悪", "だ", "ไทย",
            "é", "\u0301", "1,000.50", "don't", " ", "  ", "\t", "\n", "\r\n", ".", "!", "?", ",", "_", "\u200B", "\uD800",
            "ש", "׳", "\"", "@Acme", "https://example.com/a?b=1");
    Arbitrary<String> mixed = pieces.list().ofMaxSize(40).map(l -> String.join("", l));
    return Arbitraries.oneOf(mixed, Arbitraries.strings().all().ofMaxLength(80));
  }

  @Property(tries = 1500)
  void matchesAreFindAllsAndWordsTheRootIteratorsCount(
      @ForAll("text") String s, @ForAll @IntRange(min = 0, max = 90) int a, @ForAll @IntRange(min = 0, max = 90) int b) {
    PhraseMatcher.Reading<String> read = MATCHER.read(s);
    assertEquals(MATCHER.findAll(s), read.matches());
    int from = Math.min(a, s.length());
    int to = Math.min(b, s.length());
    WordCounter expected = WordCounter.of(s, BreakIterator.getWordInstance(ULocale.ROOT));
    assertEquals(expected.count(from, to), read.words().count(from, to), from + "-" + to);
    assertEquals(expected.count(0, s.length()), read.words().count(0, s.length()));
  }

  @Example
  void rootRulesAreRecognised() {
    assertTrue(WordCounter.usesRootRules(BreakIterator.getWordInstance(ULocale.ENGLISH)));
    assertTrue(WordCounter.usesRootRules(BreakIterator.getWordInstance(ULocale.ROOT)));
    assertFalse(WordCounter.usesRootRules(BreakIterator.getWordInstance(new ULocale("en_US_POSIX"))));
  }

  @Example
  void wordsAreCountedAsTheIteratorCountsThem() {
    String text = "Thanks, Dana. We'll ship 2 boxes today.";
    PhraseMatcher.Reading<String> read = MATCHER.read(text);
    assertEquals(2, read.words().count(0, 13));
    assertEquals(5, read.words().count(14, text.length()));
  }
}
