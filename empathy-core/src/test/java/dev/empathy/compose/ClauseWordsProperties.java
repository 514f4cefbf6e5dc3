package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A caller text's words read once per reply ({@link ClauseWords}) are the text's runs of word
 * characters, and the per-thread slots a reply reads them through answer exactly as a fresh read
 * does, whatever order the texts are asked in and however often slots are refilled.
 */
class ClauseWordsProperties {
  private static final CallerClauses EN = CallerClauses.forLocale(Locale.ENGLISH);

  @Provide
  Arbitrary<String> text() {
    Arbitrary<String> words = Arbitraries.of("I’ve", "i", "please", "could", "you", "the", "charges", "and", "were",
        "charged", "iPad", "passed away", "about", "?", "!", "。", "'", "’s", ",", ":", "👩‍👩‍👧", "e\u0301", "שלום",
        "\uD800", "\u0000", "  ", "order", "4471", "$42.00", "refunded", "updating", "hundred", "let me know");
    return Arbitraries.oneOf(
        words.list().ofMaxSize(14).map(l -> String.join(" ", l)),
        Arbitraries.strings().ofMaxLength(120),
        Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1_000).ofMaxLength(4_000));
  }

  @Property(tries = 300)
  void wordsAreTheRunsOfWordCharacters(@ForAll("text") String text) {
    ClauseWords w = EN.words(text);
    assertSame(text, w.text);
    int k = 0;
    int all = 0;
    for (int i = 0; i < text.length(); ) {
      if (!CallerClauses.isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      int hash = 0;
      while (i < text.length() && CallerClauses.isWordChar(text.charAt(i))) {
        hash = CallerClauses.Lexicon.step(hash, text.charAt(i));
        i++;
      }
      assertTrue(k < w.count, "fewer words than runs");
      assertEquals(start, w.start(k));
      assertEquals(i, w.end(k));
      assertEquals(hash, w.hash(k));
      // The one lookup per word is the lexicon's answer for that word read on its own.
      assertEquals(EN.words(text.substring(start, i)).flags(0), w.flags(k));
      all |= w.flags(k);
      k++;
    }
    assertEquals(k, w.count);
    assertEquals(all, w.all);
  }

  @Property(tries = 200)
  void aReplysSlotsAnswerAsAFreshRead(
      @ForAll("text") String a, @ForAll("text") String b, @ForAll("text") String c,
      @ForAll("order") List<Integer> order) {
    // Equal texts of another identity are other texts: a slot is found by identity only.
    String[] texts = {a, b, c, new String(a), new String(b), a.toUpperCase(Locale.ROOT), c + ".", b + "?"};
    ClauseWords.Cache cache = ClauseWords.Cache.forThread();
    cache.clear();
    try {
      for (int i : order) {
        String text = texts[i];
        ClauseWords read = cache.of(text, EN);
        ClauseWords fresh = EN.words(text);
        assertSame(text, read.text);
        assertEquals(fresh.count, read.count);
        assertEquals(fresh.all, read.all);
        for (int k = 0; k < fresh.count; k++) {
          assertEquals(fresh.start(k), read.start(k));
          assertEquals(fresh.end(k), read.end(k));
          assertEquals(fresh.hash(k), read.hash(k));
          assertEquals(fresh.flags(k), read.flags(k));
        }
        assertEquals(EN.isClause(text), EN.isClause(read));
        assertEquals(EN.number(text), EN.number(read));
        assertEquals(EN.kind(text), EN.kind(read));
        assertEquals(EN.restate(text), EN.restate(read));
        assertEquals(EN.restateCustomerVoice(text), EN.restateCustomerVoice(read));
        assertEquals(EN.restateSituation(text), EN.restateSituation(read));
        assertEquals(EN.nounPhrase(text), EN.nounPhrase(read));
      }
    } finally {
      cache.clear();
    }
  }

  @Provide
  Arbitrary<List<Integer>> order() {
    return Arbitraries.integers().between(0, 7).list().ofMinSize(1).ofMaxSize(30);
  }
}
