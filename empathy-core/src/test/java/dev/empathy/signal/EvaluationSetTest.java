package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.empathy.Emotion;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Scores the analyzer on three labelled evaluation sets of realistic customer messages with the
 * primary emotion and escalation level a support lead would assign.
 *
 * <ul>
 *   <li>{@code eval-set.jsonl} (360 messages): every fourth message is held out; the lexicons
 *       were first tuned while looking at errors on the other three quarters.
 *   <li>{@code eval-blind.jsonl} (240 messages, with the escalation kinds present): written
 *       before anyone looked at the lexicons, as messages really arrive (e-mails with quoted
 *       replies and signatures, web-form HTML entities, tweets, typos, slang, emoji, sarcasm, five
 *       other locales). Even lines are the tuning half; odd lines are never looked at while tuning,
 *       so {@code blind-holdout} is the honest estimate for unseen text.
 *   <li>{@code eval-blind2.jsonl} (246 messages, a quarter of them in es, fr, de, pt-BR, ja and
 *       in locales without a lexicon): a second blind set, written before the third round of
 *       tuning opened the lexicons, split the same way ({@code blind2-tuning} on even lines,
 *       {@code blind2-holdout} on odd lines, never read while tuning).
 * </ul>
 *
 * <p>The floors sit a little under the measured figures so that a regression fails the build.
 * Run with {@code -Dsignals.eval.verbose=true} to list the development-split errors.
 */
class EvaluationSetTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<Locale, Analyzer> ANALYZERS = new HashMap<>();

  record Example(
      int index, String text, Locale locale, Emotion primary, EscalationLevel escalation, List<SignalKind> kinds) {}

  @ParameterizedTest(name = "{0}: macro-F1 >= {1}, escalation>=medium F1 >= {2}, kinds F1 >= {3}")
  @CsvSource({
    // Escalation floors lowered in issue 17: a strong negative feeling now raises the level to
    // medium without an explicit signal (real tweets to brands are labelled that way), while
    // these sets label it low. See the README's Listen figures.
    // blind2-tuning macro-F1 0.90 -> 0.89 in session 15: sarcasm about a failure is now read as
    // frustration (our tweet probes, GoEmotions' angry precision 0.411 -> 0.443), where this set
    // labels a few such messages angry (0.899 measured; the other splits gain).
    "all, 0.86, 0.81, 0",
    "dev, 0.88, 0.84, 0",
    "holdout, 0.80, 0.71, 0",
    "blind-tuning, 0.90, 0.86, 0.89",
    "blind-holdout, 0.64, 0.77, 0.82",
    "blind2-tuning, 0.89, 0.83, 0.86",
    "blind2-holdout, 0.79, 0.79, 0.69"
  })
  void meetsTheFloors(String split, double macroF1Floor, double escalationF1Floor, double kindsF1Floor) throws IOException {
    List<Example> examples = new ArrayList<>();
    boolean blind = split.startsWith("blind");
    String file = split.startsWith("blind2") ? "eval-blind2.jsonl" : blind ? "eval-blind.jsonl" : "eval-set.jsonl";
    for (Example e : load(file)) {
      boolean holdout = blind ? e.index() % 2 == 1 : e.index() % 4 == 3;
      if (split.equals("all") || split.endsWith("holdout") == holdout) {
        examples.add(e);
      }
    }
    Map<Emotion, int[]> counts = new HashMap<>(); // {tp, fp, fn}
    int[] esc = new int[3];
    int[] kinds = new int[3];
    int correct = 0;
    StringBuilder errors = new StringBuilder();
    for (Example e : examples) {
      Signals s = ANALYZERS.computeIfAbsent(e.locale(), Analyzer::forLocale).analyze(e.text());
      Emotion got = s.primary();
      if (got == e.primary()) {
        correct++;
        counts.computeIfAbsent(got, k -> new int[3])[0]++;
      } else {
        counts.computeIfAbsent(got, k -> new int[3])[1]++;
        counts.computeIfAbsent(e.primary(), k -> new int[3])[2]++;
      }
      boolean wantHot = e.escalation().atLeast(EscalationLevel.MEDIUM);
      boolean gotHot = s.escalation().level().atLeast(EscalationLevel.MEDIUM);
      if (wantHot && gotHot) {
        esc[0]++;
      } else if (gotHot) {
        esc[1]++;
      } else if (wantHot) {
        esc[2]++;
      }
      List<SignalKind> gotKinds = s.escalation().signals().stream().map(EscalationSignal::kind).toList();
      for (SignalKind k : gotKinds) {
        kinds[e.kinds().contains(k) ? 0 : 1]++;
      }
      for (SignalKind k : e.kinds()) {
        kinds[2] += gotKinds.contains(k) ? 0 : 1;
      }
      if (got != e.primary() || wantHot != gotHot || blind && !gotKinds.containsAll(e.kinds())) {
        errors.append(String.format(
            "  #%d want %s/%s %s got %s/%s %s | %s%n", e.index(), e.primary().label(), e.escalation().label(),
            e.kinds().stream().map(SignalKind::label).toList(), got.label(), s.escalation().level().label(),
            gotKinds.stream().map(SignalKind::label).toList(), e.text().replace("\n", "\\n")));
      }
    }
    double macro = 0;
    StringBuilder report = new StringBuilder();
    report.append(String.format("Signals evaluation, %s split: %d messages%n", split, examples.size()));
    report.append(String.format("  %-17s %9s %9s %9s %8s%n", "primary", "precision", "recall", "F1", "support"));
    int labels = 0;
    for (Emotion label : Emotion.values()) {
      int[] c = counts.getOrDefault(label, new int[3]);
      int support = c[0] + c[2];
      if (support == 0) {
        continue;
      }
      double p = prf(c)[0];
      double r = prf(c)[1];
      double f = prf(c)[2];
      macro += f;
      labels++;
      report.append(String.format("  %-17s %9.3f %9.3f %9.3f %8d%n", label.label(), p, r, f, support));
    }
    macro /= labels;
    double[] e = prf(esc);
    report.append(String.format("  primary accuracy %.3f, macro-F1 %.3f%n", (double) correct / examples.size(), macro));
    report.append(String.format(
        "  escalation >= medium: precision %.3f, recall %.3f, F1 %.3f (support %d)%n", e[0], e[1], e[2], esc[0] + esc[2]));
    double[] k = prf(kinds);
    if (blind) {
      report.append(String.format(
          "  escalation kinds (micro): precision %.3f, recall %.3f, F1 %.3f (support %d)%n", k[0], k[1], k[2], kinds[0] + kinds[2]));
    }
    System.out.print(report);
    if (Boolean.getBoolean("signals.eval.verbose") && (split.equals("dev") || split.endsWith("-tuning"))) {
      System.out.print(errors);
    }
    assertTrue(macro >= macroF1Floor, () -> "macro-F1 fell below " + macroF1Floor + "\n" + report);
    assertTrue(e[2] >= escalationF1Floor, () -> "escalation F1 fell below " + escalationF1Floor + "\n" + report);
    assertTrue(k[2] >= kindsF1Floor, () -> "escalation kinds F1 fell below " + kindsF1Floor + "\n" + report);
  }

  private static List<SignalKind> kinds(JsonNode array) {
    List<SignalKind> out = new ArrayList<>();
    if (array != null) {
      array.forEach(k -> out.add(SignalKind.fromLabel(k.asText())));
    }
    return out;
  }

  private static double[] prf(int[] c) {
    double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
    double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new double[] {p, r, f};
  }

  static List<Example> load() throws IOException {
    return load("eval-set.jsonl");
  }

  static List<Example> load(String file) throws IOException {
    List<Example> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        EvaluationSetTest.class.getResourceAsStream("/dev/empathy/signal/" + file), StandardCharsets.UTF_8))) {
      int i = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = JSON.readTree(line);
        out.add(new Example(
            i++,
            n.get("text").asText(),
            Locale.forLanguageTag(n.get("locale").asText()),
            Emotion.fromLabel(n.get("primary").asText()),
            EscalationLevel.fromLabel(n.get("escalation").asText()),
            kinds(n.get("kinds"))));
      }
    }
    return out;
  }
}
