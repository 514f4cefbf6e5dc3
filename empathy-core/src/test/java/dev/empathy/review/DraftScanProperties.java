package dev.empathy.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The draft's scans that read only where something can be (the addresses around "@", "://" and
 * "www.", the ticket-id words around a run of digits) find what a pass over every character finds.
 */
class DraftScanProperties {
  @Provide
  Arbitrary<String> addressish() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("hHtTpPsS:/wW.@a-z \n\t(<>)[]\"“”,;!?0").ofMaxLength(40),
        Arbitraries.of("http://", "HTTPS://", "www.", "WwW.", "dana@example.com", "@acme", "x@y", "://", " ", "(", "“", ".", "?q=1")
            .list().ofMaxSize(8).map(l -> String.join("", l)),
        Arbitraries.strings().all().ofMaxLength(40));
  }

  @Property(tries = 4000)
  void theAddressesAreThoseOfEveryRun(@ForAll("addressish") String text) {
    TreeMap<Integer, Integer> found = new TreeMap<>();
    DraftReading.addresses(text, text.toCharArray(), found);
    TreeMap<Integer, Integer> reference = new TreeMap<>();
    DraftReading.addressesByRuns(text, text.toCharArray(), reference);
    assertEquals(reference, found, () -> "in " + text);
  }

  @Provide
  Arbitrary<String> wordish() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("INC-0123456789٣𝟐abc- \n.,#").ofMaxLength(40),
        Arbitraries.strings().all().ofMaxLength(40));
  }

  @Property(tries = 4000)
  void theDigitWordsAreThoseOfEveryWord(@ForAll("wordish") String text) {
    char[] chars = text.toCharArray();
    List<Long> reference = new ArrayList<>();
    for (long w = FrictionScan.nextDigitWord(chars, 0); w >= 0; w = FrictionScan.nextDigitWord(chars, (int) w + 1)) {
      reference.add(w);
    }
    assertEquals(reference, digitWords(chars), () -> "in " + text);
  }

  /** The words tokenFindings tries: one per word that has a run of digits. */
  private static List<Long> digitWords(char[] chars) {
    List<Long> out = new ArrayList<>();
    int[] runs = DraftReading.digitRuns(chars);
    int wordEnd = -1;
    for (int k = 1; k <= runs[0]; k++) {
      if (runs[k] >= wordEnd) {
        long w = FrictionScan.digitWord(chars, runs[k]);
        out.add(w);
        wordEnd = (int) w;
      }
    }
    return out;
  }

  @Property(tries = 2000)
  void theWalkOverTheWordsCountsAsTheSearches(@ForAll("wordish") String text, @ForAll java.util.Random random) {
    dev.empathy.text.WordCounter counter =
        dev.empathy.text.WordCounter.of(text, com.ibm.icu.text.BreakIterator.getWordInstance(com.ibm.icu.util.ULocale.ROOT));
    int[] walk = new int[2];
    int a = 0;
    while (a <= text.length()) {
      int b = a + random.nextInt(text.length() - a + 1);
      int from = a;
      int to = b;
      assertEquals(counter.count(from, to), RubricScorer.wordsIn(counter, walk, from, to), () -> from + ".." + to + " in " + text);
      a = b + 1;
    }
  }

  @Test
  void digitRunsStartWhereADigitFollowsANonDigit() {
    int[] runs = DraftReading.digitRuns("a1b22 333٣x".toCharArray());
    assertEquals(3, runs[0]);
    assertEquals(List.of(1, 3, 6), List.of(runs[1], runs[2], runs[3]));
  }

  @Test
  void examples() {
    TreeMap<Integer, Integer> found = new TreeMap<>();
    String text = "See https://acme.example/help?q=1, write to help@acme.example. or WWW.acme.example!";
    DraftReading.addresses(text, text.toCharArray(), found);
    assertEquals(List.of(4, 44, 66), new ArrayList<>(found.keySet()));
    assertEquals(List.of(33, 61, 82), new ArrayList<>(found.values()));
    char[] ticket = "ref --INC-40211, ok".toCharArray();
    assertEquals((6L << 32) | 15, FrictionScan.digitWord(ticket, 10));
  }
}
