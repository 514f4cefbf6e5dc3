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

  @Property(tries = 1500)
  void wordsAreTheIteratorsWordsWithTheirKind(@ForAll("text") String s) {
    // Walked word by word (start, end, kana or ideographs), the matcher's words are the root
    // iterator's, and a counter built with any iterator holds that iterator's words.
    assertEquals(icuWords(s, BreakIterator.getWordInstance(ULocale.ROOT)), words(MATCHER.read(s).words()));
    for (ULocale locale : java.util.List.of(ULocale.ROOT, ULocale.JAPANESE, new ULocale("en_US_POSIX"))) {
      assertEquals(
          icuWords(s, BreakIterator.getWordInstance(locale)), words(WordCounter.of(s, BreakIterator.getWordInstance(locale))), locale.toString());
    }
  }

  @Example
  void kanaAndIdeographsAreMarked() {
    String text = "返金 refund カード 42";
    WordCounter words = MATCHER.read(text).words();
    assertEquals(java.util.List.of("0-2 cjk", "3-9", "10-13 cjk", "14-16"), words(words));
    // Past 64 words the marks go on (they are kept 64 to a long).
    String many = "word ".repeat(70) + "返金";
    WordCounter w = MATCHER.read(many).words();
    assertEquals(71, w.size());
    assertTrue(w.kanaOrIdeographs(70));
    assertFalse(w.kanaOrIdeographs(69));
    // A long text whose only kana word comes first: the words far past it are not kana.
    WordCounter first = MATCHER.read("返金 " + "word ".repeat(200)).words();
    assertTrue(first.kanaOrIdeographs(0));
    assertFalse(first.kanaOrIdeographs(200));
  }

  private static java.util.List<String> words(WordCounter w) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < w.size(); i++) {
      out.add(w.start(i) + "-" + w.end(i) + (w.kanaOrIdeographs(i) ? " cjk" : ""));
    }
    return out;
  }

  private static java.util.List<String> icuWords(String s, BreakIterator it) {
    java.util.List<String> out = new java.util.ArrayList<>();
    it.setText(s);
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      if (it.getRuleStatus() >= BreakIterator.WORD_NONE_LIMIT) {
        out.add(start + "-" + end + (it.getRuleStatus() >= BreakIterator.WORD_KANA ? " cjk" : ""));
      }
    }
    return out;
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
