package dev.empathy.review;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.empathy.Empathy;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The blind drafts ({@code drafts-blind.jsonl}): 80 agent replies written and labelled by hand
 * before the reviewer's rules were read (a 0–100 quality score and the friction categories a QA
 * lead would flag). Even lines are the tuning half; odd lines are held out and were never tuned on.
 * Prints ranking and finding figures per half; asserts floors slightly below the measured figures.
 */
class BlindDraftSetTest {
  /** Two drafts are ordered when their hand scores differ by at least this much. */
  private static final int MARGIN = 20;

  record Draft(int index, String id, String scenario, String locale, int score, Set<String> expect, String text) {}

  record Scored(Draft draft, Review review) {}

  record Figures(double pairwise, double sameTicket, double spearman, double precision, double recall, double goodAboveBad) {}

  private static final List<Scored> SCORED = new ArrayList<>();

  @BeforeAll
  static void reviewAll() throws IOException {
    Map<String, Empathy> byLocale = new HashMap<>();
    int index = 0;
    for (JsonNode n : DraftLines.read("/dev/empathy/review/drafts-blind.jsonl")) {
      Draft d = new Draft(index++, n.get("id").asText(), n.get("scenario").asText(), n.get("locale").asText(), n.get("score").asInt(), DraftLines.expected(n), n.get("text").asText());
      Empathy e = byLocale.computeIfAbsent(d.locale(), l -> Empathy.builder().locale(l).build());
      Review r = e.review(d.text(), ReviewContext.builder().customerText(n.get("customerText").asText()).channel(n.get("channel").asText()).build());
      SCORED.add(new Scored(d, r));
    }
  }

  static boolean tuning(Scored s) {
    return s.draft().index() % 2 == 0;
  }

  static Set<String> found(Scored s) {
    Set<String> found = new TreeSet<>();
    for (FrictionFinding f : s.review().findings()) {
      if (f.severity() != Severity.INFO) {
        found.add(f.category().label());
      }
    }
    return found;
  }

  static Figures measure(String name, Predicate<Scored> half, boolean print) {
    List<Scored> set = SCORED.stream().filter(half).toList();
    int pairs = 0;
    double correct = 0;
    int ticketPairs = 0;
    double ticketCorrect = 0;
    int gb = 0;
    double gbCorrect = 0;
    for (Scored a : set) {
      for (Scored b : set) {
        if (a.draft().score() - b.draft().score() < MARGIN) {
          continue;
        }
        double win = a.review().score() > b.review().score() ? 1 : a.review().score() == b.review().score() ? 0.5 : 0;
        pairs++;
        correct += win;
        if (a.draft().scenario().equals(b.draft().scenario())) {
          ticketPairs++;
          ticketCorrect += win;
        }
        if (a.draft().score() >= 70 && b.draft().score() < 40) {
          gb++;
          gbCorrect += win;
        }
      }
    }
    Map<String, int[]> perCategory = new TreeMap<>(); // {expected and found, found, expected}
    for (Scored s : set) {
      Set<String> found = found(s);
      Set<String> all = new TreeSet<>(found);
      all.addAll(s.draft().expect());
      for (String c : all) {
        int[] n = perCategory.computeIfAbsent(c, k -> new int[3]);
        boolean e = s.draft().expect().contains(c);
        boolean f = found.contains(c);
        n[0] += e && f ? 1 : 0;
        n[1] += f ? 1 : 0;
        n[2] += e ? 1 : 0;
      }
    }
    int tp = perCategory.values().stream().mapToInt(n -> n[0]).sum();
    int fp = perCategory.values().stream().mapToInt(n -> n[1]).sum();
    int ex = perCategory.values().stream().mapToInt(n -> n[2]).sum();
    Figures fig = new Figures(correct / pairs, ticketCorrect / ticketPairs, spearman(set), fp == 0 ? 1 : (double) tp / fp, (double) tp / ex, gbCorrect / gb);
    if (print) {
      System.out.printf(Locale.ROOT, "%s (%d drafts): pairwise %.3f over %d pairs (hand scores %d+ apart); same ticket %.3f over %d; good above bad %.3f; Spearman %.3f; category precision %.3f (%d/%d), recall %.3f (%d/%d)%n",
          name, set.size(), fig.pairwise(), pairs, MARGIN, fig.sameTicket(), ticketPairs, fig.goodAboveBad(), fig.spearman(), fig.precision(), tp, fp, fig.recall(), tp, ex);
      perCategory.forEach((c, n) -> System.out.printf(Locale.ROOT, "  %-14s precision %s recall %s%n", c,
          n[1] == 0 ? "  -      " : String.format(Locale.ROOT, "%.2f (%d/%d)", (double) n[0] / n[1], n[0], n[1]),
          n[2] == 0 ? "  -" : String.format(Locale.ROOT, "%.2f (%d/%d)", (double) n[0] / n[2], n[0], n[2])));
    }
    return fig;
  }

  /** Spearman's rank correlation between the hand scores and the review scores (average ranks for ties). */
  static double spearman(List<Scored> set) {
    double[] a = ranks(set.stream().mapToDouble(s -> s.draft().score()).toArray());
    double[] b = ranks(set.stream().mapToDouble(s -> s.review().score()).toArray());
    double ma = mean(a);
    double mb = mean(b);
    double num = 0;
    double da = 0;
    double db = 0;
    for (int i = 0; i < a.length; i++) {
      num += (a[i] - ma) * (b[i] - mb);
      da += (a[i] - ma) * (a[i] - ma);
      db += (b[i] - mb) * (b[i] - mb);
    }
    return num / Math.sqrt(da * db);
  }

  private static double mean(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s / x.length;
  }

  private static double[] ranks(double[] x) {
    Integer[] order = new Integer[x.length];
    for (int i = 0; i < x.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.comparingDouble(i -> x[i]));
    double[] r = new double[x.length];
    for (int i = 0; i < x.length; ) {
      int j = i;
      while (j + 1 < x.length && x[order[j + 1]] == x[order[i]]) {
        j++;
      }
      for (int k = i; k <= j; k++) {
        r[order[k]] = (i + j) / 2.0 + 1;
      }
      i = j + 1;
    }
    return r;
  }

  @Test
  void printsEveryDraft() {
    for (Scored s : SCORED) {
      System.out.printf(Locale.ROOT, "%s %s %-5s hand %3d review %3d expect %s found %s%n", s.draft().id(), tuning(s) ? "tune" : "held", s.draft().locale(), s.draft().score(), s.review().score(), new TreeSet<>(s.draft().expect()), found(s));
    }
    assertTrue(SCORED.size() == 80, "80 drafts, was " + SCORED.size());
  }

  @Test
  void tuningHalfRanksAndFindsFriction() {
    Figures f = measure("Blind tuning half", BlindDraftSetTest::tuning, true);
    // Floors a little under the figures measured after tuning (pairwise 0.990, same ticket 1.000,
    // good above bad 1.000, Spearman 0.942, precision 0.962, recall 1.000; before: 0.942, 1.000,
    // 0.990, 0.903, 0.900, 0.720).
    assertFloors(f, 0.97, 0.95, 0.98, 0.90, 0.92, 0.95);
  }

  @Test
  void heldOutHalfRanksAndFindsFriction() {
    Figures f = measure("Blind held-out half", s -> !tuning(s), true);
    // Never tuned on. Floors a little under the figures measured (pairwise 0.986, same ticket
    // 1.000, good above bad 1.000, Spearman 0.922, precision 0.904, recall 0.979; before the
    // tuning: 0.958, 1.000, 1.000, 0.799, 0.824, 0.583).
    assertFloors(f, 0.96, 0.95, 0.98, 0.88, 0.85, 0.93);
  }

  private static void assertFloors(Figures f, double pairwise, double sameTicket, double goodAboveBad, double spearman, double precision, double recall) {
    assertTrue(f.pairwise() >= pairwise, "pairwise " + f.pairwise());
    assertTrue(f.sameTicket() >= sameTicket, "same ticket " + f.sameTicket());
    assertTrue(f.goodAboveBad() >= goodAboveBad, "good above bad " + f.goodAboveBad());
    assertTrue(f.spearman() >= spearman, "Spearman " + f.spearman());
    assertTrue(f.precision() >= precision, "category precision " + f.precision());
    assertTrue(f.recall() >= recall, "category recall " + f.recall());
  }
}
