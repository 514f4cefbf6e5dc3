package dev.empathy.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.review.DraftSetFigures.Figures;
import dev.empathy.review.DraftSetFigures.Scored;
import dev.empathy.Empathy;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The wild drafts ({@code drafts-wild.jsonl}): 110 replies in the shapes agents really send
 * (templated macros, rushed one-liners, walls of apology, HTML e-mail text, signatures and
 * disclaimers, quoted customer lines, sarcasm, private data in public replies, seven locales),
 * written and labelled by hand before the rules were read: a 0–100 quality score, the friction
 * categories a QA lead would flag and the phrases that carry them.
 *
 * <p>The split is by customer message, so a held-out draft never shares a ticket with a tuned one:
 * scenarios whose number is 1 or 2 modulo 4 are held out. Only the tuning half is printed line by
 * line; the held-out half prints aggregates only, and was not tuned on.
 */
class WildDraftSetTest {
  private static List<Scored> scored;

  @BeforeAll
  static void reviewAll() throws IOException {
    scored = DraftSetFigures.review("/dev/empathy/review/drafts-wild.jsonl");
  }

  static boolean heldOut(Scored s) {
    int n = Integer.parseInt(s.draft().scenario().substring(1));
    return n % 4 == 1 || n % 4 == 2;
  }

  @Test
  void printsTheTuningHalfDraftByDraft() {
    for (Scored s : scored) {
      if (heldOut(s)) {
        continue;
      }
      System.out.printf(Locale.ROOT, "%s %-5s %-6s hand %3d review %3d expect %s found %s%s%n", s.draft().id(), s.draft().locale(), s.draft().channel(),
          s.draft().score(), s.review().score(), new TreeSet<>(s.draft().expect()), DraftSetFigures.found(s),
          DraftSetFigures.missedPhrases(s).isEmpty() ? "" : " missed " + DraftSetFigures.missedPhrases(s));
      for (FrictionFinding f : s.review().findings()) {
        System.out.printf(Locale.ROOT, "    %-7s %-28s \"%s\" -> \"%s\"%n", f.severity().label(), f.rule(), f.text().replace("\n", "\\n"), f.suggestion());
      }
      StringBuilder rubric = new StringBuilder("    rubric:");
      s.review().rubric().forEach((c, r) -> rubric.append(' ').append(c.key()).append('=').append(r.score()));
      System.out.println(rubric);
      s.review().notes().forEach(n -> System.out.println("    note: " + n));
      DraftSetFigures.rewriteProblems(s, Empathy.builder().locale(s.draft().locale()).build()).forEach(p -> System.out.println("    REWRITE " + p));
    }
    assertEquals(110, scored.size());
  }

  @Test
  void tuningHalfRanksAndFindsFriction() {
    Figures f = DraftSetFigures.measure(scored, "Wild tuning half", s -> !heldOut(s), true);
    // Floors a little under the figures measured after tuning (pairwise 0.989, same ticket 0.977,
    // good above bad 1.000, Spearman 0.906, precision 0.922, recall 0.959, phrase recall 0.921,
    // clean good drafts 1.000; before: 0.945, 0.932, 0.977, 0.850, 0.875, 0.714, 0.603, 0.952).
    // After #18's families: pairwise 0.986, Spearman 0.898, category precision 0.904.
    assertFloors(f, 0.97, 0.95, 0.98, 0.88, 0.89, 0.93, 0.89, 0.95);
  }

  @Test
  void rewritesReadCleanlyInTheirSentence() {
    double tuning = DraftSetFigures.cleanRewrites(scored.stream().filter(s -> !heldOut(s)).toList(), "Wild tuning half rewrites");
    double held = DraftSetFigures.cleanRewrites(scored.stream().filter(WildDraftSetTest::heldOut).toList(), "Wild held-out half rewrites");
    // Measured 1.000 on both halves (the tuning half was 0.922 before: lower-case chat lines came back capitalised).
    assertTrue(tuning >= 0.95 && held >= 0.95, "rewrites " + tuning + ", " + held);
  }

  @Test
  void heldOutHalfRanksAndFindsFriction() {
    Figures f = DraftSetFigures.measure(scored, "Wild held-out half", WildDraftSetTest::heldOut, true);
    // Never tuned on. Floors a little under the figures measured (pairwise 0.984, same ticket
    // 1.000, good above bad 1.000, Spearman 0.884, precision 0.931, recall 0.931, phrase recall
    // 0.886, clean good drafts 0.955; before the tuning: 0.976, 0.974, 1.000, 0.888, 0.922, 0.810,
    // 0.729, 0.955).
    // After the hedge, deflection and boilerplate families (#18): pairwise 0.970, Spearman 0.849,
    // category precision 0.898 (new-family findings on drafts a lead scored mediocre).
    assertFloors(f, 0.96, 0.95, 0.98, 0.84, 0.88, 0.90, 0.85, 0.90);
  }

  private static void assertFloors(Figures f, double pairwise, double sameTicket, double goodAboveBad, double spearman, double precision, double recall, double phraseRecall, double cleanGood) {
    f.assertAtLeast(pairwise, sameTicket, goodAboveBad, spearman, precision, recall);
    assertTrue(f.spanRecall() >= phraseRecall, "phrase recall " + f.spanRecall());
    assertTrue(f.cleanGood() >= cleanGood, "good drafts with no finding " + f.cleanGood());
  }
}
