package dev.empathy.review;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.empathy.Empathy;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Reviews a hand-scored draft set (JSON Lines with {@code score}, {@code expect} and {@code
 * phrases}) and measures it: ranking against the hand scores, and friction categories and spans
 * against what a QA lead expected. Shared by the blind and the wild draft-set tests.
 */
final class DraftSetFigures {
  /** Two drafts are ordered when their hand scores differ by at least this much. */
  static final int MARGIN = 20;

  record Draft(int index, String id, String scenario, String locale, String channel, String label, int score, Set<String> expect, Map<String, List<String>> phrases, String customerText, String text) {}

  record Scored(Draft draft, Review review) {}

  /**
   * @param pairwise share of pairs (hand scores {@link #MARGIN}+ apart) the review orders the same way
   * @param sameTicket the same over pairs answering one customer message
   * @param goodAboveBad the same over pairs of a draft scored 70+ by hand and one under 40
   * @param spearman rank correlation of hand and review scores
   * @param precision share of flagged categories (warning or error) a lead expected
   * @param recall share of expected categories flagged
   * @param spanRecall share of expected phrases overlapped by a finding of their category
   * @param cleanGood share of drafts labelled good with no warning or error finding
   */
  record Figures(double pairwise, double sameTicket, double spearman, double precision, double recall, double goodAboveBad, double spanRecall, double cleanGood) {
    /** Fails naming the first figure under its floor. */
    void assertAtLeast(double pairwise, double sameTicket, double goodAboveBad, double spearman, double precision, double recall) {
      assertAll(
          () -> assertTrue(pairwise() >= pairwise, "pairwise " + pairwise()),
          () -> assertTrue(sameTicket() >= sameTicket, "same ticket " + sameTicket()),
          () -> assertTrue(goodAboveBad() >= goodAboveBad, "good above bad " + goodAboveBad()),
          () -> assertTrue(spearman() >= spearman, "Spearman " + spearman()),
          () -> assertTrue(precision() >= precision, "category precision " + precision()),
          () -> assertTrue(recall() >= recall, "category recall " + recall()));
    }
  }

  private DraftSetFigures() {}

  static List<Scored> review(String resource) throws IOException {
    Map<String, Empathy> byLocale = new HashMap<>();
    List<Scored> scored = new ArrayList<>();
    int index = 0;
    for (JsonNode n : DraftLines.read(resource)) {
      Map<String, List<String>> phrases = new LinkedHashMap<>();
      if (n.has("phrases")) {
        n.get("phrases").fields().forEachRemaining(e -> {
          List<String> list = new ArrayList<>();
          e.getValue().forEach(p -> list.add(p.asText()));
          phrases.put(e.getKey(), list);
        });
      }
      Draft d = new Draft(index++, n.get("id").asText(), n.get("scenario").asText(), n.get("locale").asText(), n.get("channel").asText(), n.get("label").asText(),
          n.get("score").asInt(), DraftLines.expected(n), phrases, n.get("customerText").asText(), n.get("text").asText());
      Empathy e = byLocale.computeIfAbsent(d.locale(), l -> Empathy.builder().locale(l).build());
      Review r = e.review(d.text(), ReviewContext.builder().customerText(d.customerText()).channel(d.channel()).build());
      scored.add(new Scored(d, r));
    }
    return scored;
  }

  /** The categories of the warning and error findings. */
  static Set<String> found(Scored s) {
    Set<String> found = new TreeSet<>();
    for (FrictionFinding f : s.review().findings()) {
      if (f.severity() != Severity.INFO) {
        found.add(f.category().label());
      }
    }
    return found;
  }

  /** The expected phrases no finding of their category overlaps, as "category: phrase". */
  static List<String> missedPhrases(Scored s) {
    List<String> missed = new ArrayList<>();
    String text = s.draft().text();
    s.draft().phrases().forEach((category, list) -> {
      for (String p : list) {
        int start = text.indexOf(p);
        int end = start + p.length();
        boolean hit = s.review().findings().stream().anyMatch(f -> f.severity() != Severity.INFO && f.category().label().equals(category) && f.start() < end && f.end() > start);
        if (!hit) {
          missed.add(category + ": " + p);
        }
      }
    });
    return missed;
  }

  /**
   * What is wrong with the finding's rewrites, as "rule: problem". A rewrite built from the
   * sentence must read cleanly (no doubled or leading punctuation, no double spaces), keep the
   * sentence's capitalisation, and not carry the phrase it replaces (reviewed again, the same
   * rule stays quiet). Bracketed hints ("[Say it in your own words …]") are instructions, not text.
   */
  static List<String> rewriteProblems(Scored s, Empathy empathy) {
    List<String> problems = new ArrayList<>();
    String text = s.draft().text();
    for (FrictionFinding f : s.review().findings()) {
      String g = f.suggestion();
      if (f.severity() == Severity.INFO || g.isEmpty() || g.startsWith("[")) {
        continue;
      }
      if (g.contains("  ") || g.contains(" ,") || g.contains(",,") || g.contains(", ,") || g.contains(" .") || ",;:.".indexOf(g.charAt(0)) >= 0) {
        problems.add(f.rule() + ": untidy \"" + g + "\"");
      }
      int from = f.start();
      while (from > 0 && ".!?\n。！？".indexOf(text.charAt(from - 1)) < 0) {
        from--;
      }
      String sentence = text.substring(from).stripLeading();
      String first = sentence.split("[\\s,]", 2)[0];
      String firstOfRewrite = g.split("[\\s,]", 2)[0];
      if (!first.isEmpty() && first.equalsIgnoreCase(firstOfRewrite) && !first.equals(firstOfRewrite)) {
        problems.add(f.rule() + ": capitalisation changed \"" + first + "\" -> \"" + firstOfRewrite + "\"");
      }
      for (FrictionFinding again : empathy.review(g).findings()) {
        if (again.rule().equals(f.rule()) && again.text().equalsIgnoreCase(f.text())) {
          problems.add(f.rule() + ": still says \"" + again.text() + "\" in \"" + g + "\"");
          break;
        }
      }
    }
    return problems;
  }

  /** The share of contextual rewrites (warning and error findings) with no problem, over {@code set}. */
  static double cleanRewrites(List<Scored> set, String name) {
    Map<String, Empathy> byLocale = new HashMap<>();
    int checked = 0;
    int bad = 0;
    for (Scored s : set) {
      Empathy e = byLocale.computeIfAbsent(s.draft().locale(), l -> Empathy.builder().locale(l).build());
      checked += (int) s.review().findings().stream().filter(f -> f.severity() != Severity.INFO && !f.suggestion().isEmpty() && !f.suggestion().startsWith("[")).count();
      bad += (int) rewriteProblems(s, e).stream().map(p -> p.substring(0, p.indexOf(':'))).count();
    }
    double share = checked == 0 ? 1 : 1 - (double) bad / checked;
    System.out.printf(Locale.ROOT, "%s: %d contextual rewrites, %.3f without a problem%n", name, checked, share);
    return share;
  }

  /**
   * The categories a set's labellers could choose from: those it expects somewhere. A family added
   * after a set was labelled (deflection) cannot be judged by it, so its findings are left out of
   * that set's precision and counted apart.
   */
  static Set<String> labelledCategories(List<Scored> all) {
    Set<String> out = new TreeSet<>();
    all.forEach(s -> out.addAll(s.draft().expect()));
    return out;
  }

  static Figures measure(List<Scored> all, String name, Predicate<Scored> half, boolean print) {
    List<Scored> set = all.stream().filter(half).toList();
    Set<String> labelled = labelledCategories(all);
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
    int phrases = 0;
    int phrasesHit = 0;
    int good = 0;
    int cleanGood = 0;
    int unjudged = 0;
    for (Scored s : set) {
      Set<String> found = found(s);
      unjudged += (int) found.stream().filter(c -> !labelled.contains(c)).count();
      found.retainAll(labelled);
      Set<String> cats = new TreeSet<>(found);
      cats.addAll(s.draft().expect());
      for (String c : cats) {
        int[] n = perCategory.computeIfAbsent(c, k -> new int[3]);
        boolean e = s.draft().expect().contains(c);
        boolean f = found.contains(c);
        n[0] += e && f ? 1 : 0;
        n[1] += f ? 1 : 0;
        n[2] += e ? 1 : 0;
      }
      int expectedPhrases = s.draft().phrases().values().stream().mapToInt(List::size).sum();
      phrases += expectedPhrases;
      phrasesHit += expectedPhrases - missedPhrases(s).size();
      if (s.draft().label().equals("good")) {
        good++;
        cleanGood += found.isEmpty() ? 1 : 0;
      }
    }
    int tp = perCategory.values().stream().mapToInt(n -> n[0]).sum();
    int fp = perCategory.values().stream().mapToInt(n -> n[1]).sum();
    int ex = perCategory.values().stream().mapToInt(n -> n[2]).sum();
    Figures fig = new Figures(correct / pairs, ticketCorrect / ticketPairs, spearman(set), fp == 0 ? 1 : (double) tp / fp, (double) tp / ex, gbCorrect / gb,
        phrases == 0 ? 1 : (double) phrasesHit / phrases, good == 0 ? 1 : (double) cleanGood / good);
    if (print) {
      System.out.printf(Locale.ROOT, "%s (%d drafts): pairwise %.3f over %d pairs (hand scores %d+ apart); same ticket %.3f over %d; good above bad %.3f; Spearman %.3f; category precision %.3f (%d/%d), recall %.3f (%d/%d); phrase recall %.3f (%d/%d); good drafts with no finding %.3f (%d/%d)%n",
          name, set.size(), fig.pairwise(), pairs, MARGIN, fig.sameTicket(), ticketPairs, fig.goodAboveBad(), fig.spearman(), fig.precision(), tp, fp, fig.recall(), tp, ex,
          fig.spanRecall(), phrasesHit, phrases, fig.cleanGood(), cleanGood, good);
      System.out.printf(Locale.ROOT, "  (%d findings of families this set was not labelled for, left out of precision)%n", unjudged);
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
    double ma = Arrays.stream(a).average().orElse(0);
    double mb = Arrays.stream(b).average().orElse(0);
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

  private static double[] ranks(double[] x) {
    Integer[] order = new Integer[x.length];
    for (int i = 0; i < x.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> x[i]));
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
}
