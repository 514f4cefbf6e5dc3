package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@code ClauseReader.wordAt}'s table of known words (issue #15, allocation): a word the clause
 * sets hold comes back as the very string the set holds, any other characters as a string of
 * exactly those characters, in every language's table.
 */
class KnownWordsProperties {
  private static final List<String> TAGS = List.of("en", "es", "fr", "de", "pt_BR", "ja");

  @Example
  void everySetWordIsTheSetsOwnString() {
    for (String tag : TAGS) {
      ClauseReader.Words words = ClauseReader.Words.of(tag);
      KnownWords known = KnownWords.of(words);
      int checked = 0;
      for (String w : setWords(words)) {
        char[] c = (w + "tail").toCharArray();
        String answer = known.word(c, w.length());
        assertEquals(w, answer, tag);
        assertSame(setWords(words).stream().filter(w::equals).findFirst().orElseThrow(), answer, tag + ": " + w);
        checked++;
      }
      assertTrue(checked > 0 || tag.equals("ja"), tag + " has clause words");
    }
  }

  @Example
  void theTableIsMadeOncePerWords() {
    ClauseReader.Words words = ClauseReader.Words.of("en");
    assertSame(KnownWords.of(words), KnownWords.of(words));
  }

  @Property(tries = 2000)
  void anyCharactersComeBackAsThemselves(@ForAll("words") String w, @ForAll("tags") String tag) {
    KnownWords known = KnownWords.of(ClauseReader.Words.of(tag));
    char[] c = (w + "x").toCharArray(); // a longer buffer: only the first n characters count
    assertEquals(w, known.word(c, w.length()));
  }

  /** Words outside the sets are handed out again from a small table: never another word's string. */
  @Property(tries = 200)
  void wordsMadeBeforeComeBackAsThemselves(@ForAll("lists") List<String> ws, @ForAll("tags") String tag) {
    KnownWords known = KnownWords.of(ClauseReader.Words.of(tag));
    for (int round = 0; round < 2; round++) {
      for (String w : ws) {
        assertEquals(w, known.word(w.toCharArray(), w.length()));
      }
    }
  }

  @Provide
  Arbitrary<List<String>> lists() {
    return words().list().ofMaxSize(1500);
  }

  @Provide
  Arbitrary<String> words() {
    List<String> near = new ArrayList<>();
    for (String tag : TAGS) {
      for (String w : setWords(ClauseReader.Words.of(tag))) {
        near.add(w);
        near.add(w.isEmpty() ? w : w.substring(0, w.length() - 1));
        near.add(w + "s");
        near.add(w.toUpperCase(java.util.Locale.ROOT));
      }
    }
    return Arbitraries.oneOf(
        Arbitraries.of(near),
        Arbitraries.strings().ofMaxLength(24),
        Arbitraries.strings().withChars("ab\u00e9\u0301\ud83d\ude00\ud800\u200d\u05d0'").ofMaxLength(12),
        Arbitraries.just(""));
  }

  @Provide
  Arbitrary<String> tags() {
    return Arbitraries.of(TAGS);
  }

  private static List<String> setWords(ClauseReader.Words words) {
    List<String> all = new ArrayList<>();
    try {
      for (RecordComponent c : ClauseReader.Words.class.getRecordComponents()) {
        for (Object o : (Set<?>) c.getAccessor().invoke(words)) {
          all.add((String) o);
        }
      }
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    return all;
  }
}
