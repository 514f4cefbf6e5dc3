package dev.empathy.review;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.review.DraftSetFigures.Figures;
import dev.empathy.review.DraftSetFigures.Scored;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The blind drafts ({@code drafts-blind.jsonl}): 80 agent replies written and labelled by hand
 * before the reviewer's rules were read (a 0–100 quality score and the friction categories a QA
 * lead would flag). Even lines are the tuning half; odd lines are held out and were never tuned on.
 * Prints ranking and finding figures per half; asserts floors slightly below the measured figures.
 */
class BlindDraftSetTest {
  private static List<Scored> scored;

  @BeforeAll
  static void reviewAll() throws IOException {
    scored = DraftSetFigures.review("/dev/empathy/review/drafts-blind.jsonl");
  }

  static boolean tuning(Scored s) {
    return s.draft().index() % 2 == 0;
  }

  @Test
  void printsEveryDraft() {
    for (Scored s : scored) {
      System.out.printf(Locale.ROOT, "%s %s %-5s hand %3d review %3d expect %s found %s%n", s.draft().id(), tuning(s) ? "tune" : "held", s.draft().locale(), s.draft().score(), s.review().score(), new TreeSet<>(s.draft().expect()), DraftSetFigures.found(s));
    }
    assertTrue(scored.size() == 80, "80 drafts, was " + scored.size());
  }

  @Test
  void tuningHalfRanksAndFindsFriction() {
    Figures f = DraftSetFigures.measure(scored, "Blind tuning half", BlindDraftSetTest::tuning, true);
    // Floors a little under the figures measured after tuning (pairwise 0.990, same ticket 1.000,
    // good above bad 1.000, Spearman 0.942, precision 0.962, recall 1.000; before: 0.942, 1.000,
    // 0.990, 0.903, 0.900, 0.720).
    f.assertAtLeast(0.97, 0.95, 0.98, 0.90, 0.90, 0.95); // category precision 0.909 after #18's hedge families
  }

  @Test
  void heldOutHalfRanksAndFindsFriction() {
    Figures f = DraftSetFigures.measure(scored, "Blind held-out half", s -> !tuning(s), true);
    // Never tuned on. Floors a little under the figures measured (pairwise 0.986, same ticket
    // 1.000, good above bad 1.000, Spearman 0.922, precision 0.904, recall 0.979; before the
    // tuning: 0.958, 1.000, 1.000, 0.799, 0.824, 0.583).
    f.assertAtLeast(0.96, 0.95, 0.98, 0.88, 0.85, 0.93);
  }
}
