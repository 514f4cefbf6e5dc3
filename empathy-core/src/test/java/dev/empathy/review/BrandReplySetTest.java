package dev.empathy.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.empathy.Empathy;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Brand replies on public social ({@code replies-brand.jsonl}): 111 replies from brands' support
 * accounts to 36 customer posts, in the shapes those accounts really write ("Hi there", "DM us",
 * links, thread counters, "^AB" signatures, the company's own phone number), seven locales. Written
 * and labelled by hand before any rule was changed for them, then frozen: each friction phrase a
 * support lead would flag, with its family, and each reply's empathy marked {@code specific}
 * (names the customer's situation or feeling), {@code generic} (an apology alone) or {@code none}.
 *
 * <p>Measured as the issue measures real replies: a labelled phrase is found when any finding
 * overlaps it; a finding is right when it overlaps a labelled phrase (every severity counts, since
 * the CLI reports every finding); the rubric should rank replies with specific empathy above those
 * with none. Split by customer post as the wild set is: posts numbered 1 or 2 modulo 4 are held
 * out; only the tuning half is printed reply by reply.
 */
class BrandReplySetTest {
  private static final String SET = "/dev/empathy/review/replies-brand.jsonl";
  private static List<Scored> withCustomer;
  private static List<Scored> draftOnly;

  /** One reply reviewed: with its labels, its empathy mark and the review. */
  record Scored(DraftSetFigures.Draft draft, String empathy, Review review) {}

  /** Phrase recall and finding precision, and the rubric's ranking of specific over no empathy. */
  record Figures(int phrases, int found, int findings, int right, double byScore, double byEmpathy) {
    double recall() {
      return phrases == 0 ? 1 : (double) found / phrases;
    }

    double precision() {
      return findings == 0 ? 1 : (double) right / findings;
    }
  }

  @BeforeAll
  static void reviewAll() throws IOException {
    withCustomer = review(true);
    draftOnly = review(false);
  }

  private static List<Scored> review(boolean customer) throws IOException {
    Map<String, Empathy> byLocale = new HashMap<>();
    List<Scored> out = new ArrayList<>();
    int index = 0;
    for (JsonNode n : DraftLines.read(SET)) {
      Map<String, List<String>> phrases = new java.util.LinkedHashMap<>();
      n.get("phrases").fields().forEachRemaining(e -> {
        List<String> list = new ArrayList<>();
        e.getValue().forEach(p -> list.add(p.asText()));
        phrases.put(e.getKey(), list);
      });
      DraftSetFigures.Draft d = new DraftSetFigures.Draft(index++, n.get("id").asText(), n.get("scenario").asText(), n.get("locale").asText(),
          n.get("channel").asText(), n.get("label").asText(), n.get("score").asInt(), DraftLines.expected(n), phrases, n.get("customerText").asText(),
          n.get("text").asText());
      Empathy e = byLocale.computeIfAbsent(d.locale(), l -> Empathy.builder().locale(l).build());
      ReviewContext.Builder ctx = ReviewContext.builder().channel(d.channel());
      if (customer) {
        ctx.customerText(d.customerText());
      }
      out.add(new Scored(d, n.get("empathy").asText(), e.review(d.text(), ctx.build())));
    }
    return out;
  }

  static boolean heldOut(Scored s) {
    int n = Integer.parseInt(s.draft().scenario().substring(1));
    return n % 4 == 1 || n % 4 == 2;
  }

  /** Each labelled phrase as {start, end} in the reply. */
  private static List<int[]> spans(Scored s) {
    List<int[]> out = new ArrayList<>();
    s.draft().phrases().values().forEach(list -> list.forEach(p -> {
      int at = s.draft().text().indexOf(p);
      out.add(new int[] {at, at + p.length()});
    }));
    return out;
  }

  private static boolean overlaps(FrictionFinding f, int[] span) {
    return f.start() < span[1] && f.end() > span[0];
  }

  static Figures measure(List<Scored> all, Predicate<Scored> half, String name, boolean print) {
    List<Scored> set = all.stream().filter(half).toList();
    int phrases = 0;
    int found = 0;
    int findings = 0;
    int right = 0;
    for (Scored s : set) {
      List<int[]> spans = spans(s);
      phrases += spans.size();
      for (int[] span : spans) {
        found += s.review().findings().stream().anyMatch(f -> overlaps(f, span)) ? 1 : 0;
      }
      for (FrictionFinding f : s.review().findings()) {
        findings++;
        right += spans.stream().anyMatch(span -> overlaps(f, span)) ? 1 : 0;
      }
    }
    Figures fig = new Figures(phrases, found, findings, right, ranking(set, false), ranking(set, true));
    if (print) {
      System.out.printf(Locale.ROOT, "%s (%d replies): phrase recall %.3f (%d/%d), finding precision %.3f (%d/%d), specific above none by score %.3f, by empathyScore %.3f%n",
          name, set.size(), fig.recall(), found, phrases, fig.precision(), right, findings, fig.byScore(), fig.byEmpathy());
    }
    return fig;
  }

  /** The share of (specific, none) pairs the review orders with specific first; ties count half. */
  private static double ranking(List<Scored> set, boolean empathyScore) {
    int pairs = 0;
    double won = 0;
    for (Scored a : set) {
      if (!a.empathy().equals("specific")) {
        continue;
      }
      for (Scored b : set) {
        if (b.empathy().equals("none")) {
          int x = empathyScore ? a.review().empathyScore() : a.review().score();
          int y = empathyScore ? b.review().empathyScore() : b.review().score();
          pairs++;
          won += x > y ? 1 : x == y ? 0.5 : 0;
        }
      }
    }
    return pairs == 0 ? 1 : won / pairs;
  }

  @Test
  void printsTheTuningHalfReplyByReply() {
    for (Scored s : withCustomer) {
      if (heldOut(s)) {
        continue;
      }
      List<int[]> spans = spans(s);
      System.out.printf(Locale.ROOT, "%s %-5s %-8s score %3d empathy %3d labelled %s%n", s.draft().id(), s.draft().locale(), s.empathy(),
          s.review().score(), s.review().empathyScore(), s.draft().phrases());
      for (FrictionFinding f : s.review().findings()) {
        boolean ok = spans.stream().anyMatch(span -> overlaps(f, span));
        System.out.printf(Locale.ROOT, "    %s %-7s %-30s \"%s\" -> \"%s\"%n", ok ? "+" : "!", f.severity().label(), f.rule(), f.text(), f.suggestion());
      }
    }
    assertEquals(111, withCustomer.size());
  }

  @Test
  void tuningHalf() {
    // Measured: recall 0.927, precision 0.935, specific above none 0.934 by score and 1.000 by
    // empathyScore with customerText (0.993 and 1.000 without). Before the rules were changed:
    // recall 0.220, precision 0.563, 0.930 and 0.870 (validation alone).
    assertFloors(measure(withCustomer, s -> !heldOut(s), "Brand tuning half, with customerText", true), 0.90, 0.90, 0.90, 0.97);
    assertFloors(measure(draftOnly, s -> !heldOut(s), "Brand tuning half, draft only", true), 0.90, 0.90, 0.97, 0.97);
  }

  @Test
  void heldOutHalf() {
    // Never printed line by line. Measured: recall 0.946 (53/56), precision 0.905 (57/63),
    // specific above none 0.934 by score and 0.966 by empathyScore with customerText (0.997 and
    // 0.981 without). Before: recall 0.411 (23/56), precision 0.706 (24/34), 0.919 and 0.822.
    assertFloors(measure(withCustomer, BrandReplySetTest::heldOut, "Brand held-out half, with customerText", true), 0.92, 0.88, 0.90, 0.94);
    assertFloors(measure(draftOnly, BrandReplySetTest::heldOut, "Brand held-out half, draft only", true), 0.92, 0.88, 0.97, 0.96);
  }

  private static void assertFloors(Figures f, double recall, double precision, double byScore, double byEmpathy) {
    org.junit.jupiter.api.Assertions.assertAll(
        () -> assertTrue(f.recall() >= recall, "phrase recall " + f.recall()),
        () -> assertTrue(f.precision() >= precision, "finding precision " + f.precision()),
        () -> assertTrue(f.byScore() >= byScore, "specific above none by score " + f.byScore()),
        () -> assertTrue(f.byEmpathy() >= byEmpathy, "specific above none by empathyScore " + f.byEmpathy()));
  }
}
