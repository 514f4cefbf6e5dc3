package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.empathy.signal.Cue.Kind;
import dev.empathy.text.PhraseMatcher.Match;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The reading's fast paths (issue #15) answer as the code they replaced: overlapping lexicon
 * matches resolved by a packed sort and token marks keep exactly what the comparator sort and the
 * tree of kept spans kept, and evidence is deduplicated and ordered as {@code distinct().sorted()}.
 */
class ReadingFastPathProperties {
  private static final Cue WORD = cue(Kind.PROBLEM);
  private static final Cue IGNORED = cue(Kind.IGNORE);

  @Property(tries = 1000)
  void longestKeepsWhatTheComparatorKept(@ForAll("matches") List<Match<Cue>> all) {
    List<Match<Cue>> reference = Reading.longestByComparator(new ArrayList<>(all));
    assertEquals(reference, Reading.longest(new ArrayList<>(all)));
    List<Match<Cue>> packed = Reading.longestPacked(new ArrayList<>(all));
    if (packed != null) {
      assertEquals(reference, packed);
    }
  }

  /**
   * The same in any order: matches listed in text order are put in length order by counting, any
   * other list by the packed sort; both keep what the comparator keeps.
   */
  @Property(tries = 500)
  void longestKeepsWhatTheComparatorKeptInAnyListedOrder(@ForAll("shuffledMatches") List<Match<Cue>> all) {
    List<Match<Cue>> reference = Reading.longestByComparator(new ArrayList<>(all));
    assertEquals(reference, Reading.longest(new ArrayList<>(all)));
    List<Match<Cue>> packed = Reading.longestPacked(new ArrayList<>(all));
    if (packed != null) {
      assertEquals(reference, packed);
    }
  }

  @Provide
  Arbitrary<List<Match<Cue>>> shuffledMatches() {
    return matches().flatMap(Arbitraries::shuffle);
  }

  @Property(tries = 1000)
  void evidenceIsDistinctAndInTextOrder(@ForAll("evidence") List<Evidence> evidence) {
    List<Evidence> reference =
        evidence.stream().distinct().sorted(Comparator.comparingInt(Evidence::start).thenComparingInt(Evidence::end)).toList();
    assertEquals(reference, Reading.sorted(evidence));
  }

  /** Matches over tokens 0..40, ordered as the matcher reports them (by start, longest first), some ignored. */
  @Provide
  Arbitrary<List<Match<Cue>>> matches() {
    Arbitrary<int[]> one = Combinators.combine(Arbitraries.integers().between(0, 40), Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 6))
        .as((first, length, kind) -> new int[] {first, length, kind});
    return one.list().ofMaxSize(60).map(spans -> {
      List<Match<Cue>> out = new ArrayList<>();
      for (int[] s : spans) {
        int first = s[0];
        int last = s[0] + s[1];
        Cue c = s[2] == 0 ? IGNORED : WORD;
        out.add(new Match<>(5 * first, 5 * last + 4, "x".repeat(5 * (last - first) + 4), c, first, last));
      }
      out.sort(Comparator.<Match<Cue>>comparingInt(Match::start).thenComparing(Comparator.<Match<Cue>>comparingInt(Match::end).reversed()));
      return out;
    });
  }

  /** Spans with repeats, equal spans of different text, and any order. */
  @Provide
  Arbitrary<List<Evidence>> evidence() {
    Arbitrary<Evidence> one = Combinators.combine(Arbitraries.integers().between(0, 12), Arbitraries.integers().between(0, 3), Arbitraries.of("a", "b", "ab"))
        .as((start, length, text) -> new Evidence(start, start + length, text));
    return one.list().ofMaxSize(30);
  }

  private static Cue cue(Kind kind) {
    return new Cue(kind, null, null, 0.5, 0, false, false, false, false, false, false, List.of(), null, false);
  }
}
