package dev.empathy.benchmarks;

import dev.empathy.Emotion;
import dev.empathy.signal.Analyzer;
import dev.empathy.signal.EscalationLevel;
import dev.empathy.signal.SignalKind;
import dev.empathy.signal.Signals;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Measures the listener on real text nobody on the team wrote: the single-label GoEmotions
 * comments (Reddit, crowd-labelled; Apache-2.0), read at run time from a folder outside the
 * project and never copied into it.
 *
 * <pre>{@code
 * mvn -q -DskipTests package
 * java -cp empathy-benchmarks/target/benchmarks.jar dev.empathy.benchmarks.GoEmotionsEvaluation \
 *     ../shared/devsets/goemotions dev train
 * }</pre>
 *
 * <p>For each split it prints:
 *
 * <ul>
 *   <li>per-label precision, recall and F1 of the primary emotion for the seven labels with a clear
 *       GoEmotions counterpart (the mapping of the data's {@code SOURCE.md}: anger and disgust →
 *       angry; annoyance and disapproval → frustrated; disappointment → disappointed; confusion →
 *       confused; gratitude → grateful; fear and nervousness → anxious; sadness and grief → sad),
 *       and their macro-F1. Every comment counts: reading a comment about joy as angry is a false
 *       positive for angry;
 *   <li>polarity (negative / neutral / positive, after the paper's grouping of the 27 emotions)
 *       macro-F1, and the share of negative comments read as neutral: the airline-tweet measure;
 *   <li>the false-alarm rate: escalation at medium or above on comments about admiration, joy,
 *       curiosity, amusement, approval, love, optimism, excitement, caring, pride, relief, desire,
 *       surprise, realization and gratitude; and, for contrast, the same rate on anger.
 * </ul>
 *
 * <p>Arguments: the folder (default {@code ../shared/devsets/goemotions}), then the splits (default
 * {@code dev}); {@code --errors <goemotions-label>} prints up to 40 misread comments of that label
 * from the first split, and {@code --alarms} every false alarm of the first split with the signals
 * and evidence behind it, for development on {@code train} only.
 */
public final class GoEmotionsEvaluation {
  /** The data's mapping to our labels (SOURCE.md); unmapped labels map to nothing. */
  static final Map<String, Emotion> MAPPING =
      Map.ofEntries(
          Map.entry("anger", Emotion.ANGRY),
          Map.entry("disgust", Emotion.ANGRY),
          Map.entry("annoyance", Emotion.FRUSTRATED),
          Map.entry("disapproval", Emotion.FRUSTRATED),
          Map.entry("disappointment", Emotion.DISAPPOINTED),
          Map.entry("confusion", Emotion.CONFUSED),
          Map.entry("gratitude", Emotion.GRATEFUL),
          Map.entry("fear", Emotion.ANXIOUS),
          Map.entry("nervousness", Emotion.ANXIOUS),
          Map.entry("sadness", Emotion.SAD),
          Map.entry("grief", Emotion.SAD));

  /** The labels scored: those with a counterpart, in a fixed order. */
  static final List<Emotion> SCORED =
      List.of(
          Emotion.ANGRY, Emotion.FRUSTRATED, Emotion.DISAPPOINTED, Emotion.CONFUSED, Emotion.GRATEFUL,
          Emotion.ANXIOUS, Emotion.SAD);

  /** Polarity of the 27 labels, after Demszky et al. (2020), section 3. */
  static final Set<String> NEGATIVE =
      Set.of(
          "anger", "annoyance", "disappointment", "disapproval", "disgust", "embarrassment", "fear", "grief",
          "nervousness", "remorse", "sadness");

  static final Set<String> POSITIVE =
      Set.of(
          "admiration", "amusement", "approval", "caring", "desire", "excitement", "gratitude", "joy", "love",
          "optimism", "pride", "relief");

  /** Comments that must not raise escalation: positive and curious ones. */
  static final Set<String> CALM =
      Set.of(
          "admiration", "joy", "curiosity", "amusement", "approval", "love", "optimism", "excitement", "caring",
          "pride", "relief", "desire", "surprise", "realization", "gratitude");

  enum Polarity {
    NEGATIVE,
    NEUTRAL,
    POSITIVE
  }

  /** One labelled comment. */
  record Comment(String text, String label) {}

  /** What the listener said about one comment: the primary emotion, the level and the signal kinds. */
  record Verdict(Emotion primary, EscalationLevel level, Set<SignalKind> kinds) {
    Verdict(Emotion primary, EscalationLevel level) {
      this(primary, level, Set.of());
    }
  }

  /** The figures for one split. */
  record Figures(
      int comments,
      Map<Emotion, double[]> perLabel,
      double macroF1,
      Map<Polarity, double[]> perPolarity,
      double polarityMacroF1,
      double negativeReadAsNeutral,
      double falseAlarmRate,
      int calmComments,
      double angerEscalationRate,
      Map<SignalKind, Integer> falseAlarmKinds) {}

  private GoEmotionsEvaluation() {}

  public static void main(String[] args) {
    Path dir = Path.of("../shared/devsets/goemotions");
    List<String> splits = new ArrayList<>();
    String errorsOf = null;
    boolean alarms = false;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--errors") && i + 1 < args.length) {
        errorsOf = args[++i];
      } else if (args[i].equals("--alarms")) {
        alarms = true;
      } else if (args[i].equals("dev") || args[i].equals("train")) {
        splits.add(args[i]);
      } else {
        dir = Path.of(args[i]);
      }
    }
    if (splits.isEmpty()) {
      splits.add("dev");
    }
    if (!Files.isDirectory(dir)) {
      System.err.println("GoEmotions folder not found: " + dir.toAbsolutePath() + " (pass it as the first argument)");
      System.exit(2);
    }
    Analyzer analyzer = Analyzer.forLocale(Locale.US);
    for (String split : splits) {
      List<Comment> comments = read(dir.resolve(split + ".tsv"));
      List<Verdict> verdicts = new ArrayList<>(comments.size());
      boolean printAlarms = alarms;
      alarms = false;
      for (Comment c : comments) {
        Signals s = analyzer.analyze(c.text());
        if (printAlarms && CALM.contains(c.label()) && s.escalation().level().atLeast(EscalationLevel.MEDIUM)) {
          printAlarm(c, s, System.out);
        }
        Set<SignalKind> kinds = EnumSet.noneOf(SignalKind.class);
        s.escalation().signals().forEach(g -> kinds.add(g.kind()));
        verdicts.add(new Verdict(s.primary(), s.escalation().level(), kinds));
      }
      print(split, score(comments, verdicts), System.out);
      if (errorsOf != null) {
        printErrors(comments, verdicts, errorsOf, System.out);
        errorsOf = null;
      }
    }
  }

  /** Reads a {@code text<TAB>label} file with a header row; blank texts are skipped. */
  static List<Comment> read(Path file) {
    try {
      List<Comment> out = new ArrayList<>();
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 1; i < lines.size(); i++) {
        String line = lines.get(i);
        int tab = line.lastIndexOf('\t');
        if (tab <= 0 || line.substring(0, tab).isBlank()) {
          continue;
        }
        out.add(new Comment(line.substring(0, tab), line.substring(tab + 1).strip()));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Polarity polarityOf(String label) {
    return NEGATIVE.contains(label) ? Polarity.NEGATIVE : POSITIVE.contains(label) ? Polarity.POSITIVE : Polarity.NEUTRAL;
  }

  /** Our primary emotion as polarity: grateful is positive, neutral and confused are neutral. */
  static Polarity polarityOf(Emotion primary) {
    switch (primary) {
      case GRATEFUL:
        return Polarity.POSITIVE;
      case NEUTRAL:
      case CONFUSED:
        return Polarity.NEUTRAL;
      default:
        return Polarity.NEGATIVE;
    }
  }

  static Figures score(List<Comment> comments, List<Verdict> verdicts) {
    Map<Emotion, int[]> counts = new EnumMap<>(Emotion.class); // tp, fp, fn
    for (Emotion e : SCORED) {
      counts.put(e, new int[3]);
    }
    Map<Polarity, int[]> polar = new EnumMap<>(Polarity.class);
    for (Polarity p : Polarity.values()) {
      polar.put(p, new int[3]);
    }
    int negatives = 0;
    int negativeNeutral = 0;
    int calm = 0;
    int calmAlarms = 0;
    int anger = 0;
    int angerEscalated = 0;
    Map<SignalKind, Integer> alarmKinds = new EnumMap<>(SignalKind.class);
    for (int i = 0; i < comments.size(); i++) {
      Comment c = comments.get(i);
      Verdict v = verdicts.get(i);
      Emotion gold = MAPPING.get(c.label());
      for (Emotion e : SCORED) {
        int[] k = counts.get(e);
        boolean g = gold == e;
        boolean p = v.primary() == e;
        k[0] += g && p ? 1 : 0;
        k[1] += !g && p ? 1 : 0;
        k[2] += g && !p ? 1 : 0;
      }
      Polarity gp = polarityOf(c.label());
      Polarity pp = polarityOf(v.primary());
      for (Polarity p : Polarity.values()) {
        int[] k = polar.get(p);
        k[0] += gp == p && pp == p ? 1 : 0;
        k[1] += gp != p && pp == p ? 1 : 0;
        k[2] += gp == p && pp != p ? 1 : 0;
      }
      if (gp == Polarity.NEGATIVE) {
        negatives++;
        negativeNeutral += pp == Polarity.NEUTRAL ? 1 : 0;
      }
      boolean escalated = v.level().atLeast(EscalationLevel.MEDIUM);
      if (CALM.contains(c.label())) {
        calm++;
        calmAlarms += escalated ? 1 : 0;
        if (escalated) {
          v.kinds().forEach(k -> alarmKinds.merge(k, 1, Integer::sum));
        }
      }
      if (c.label().equals("anger")) {
        anger++;
        angerEscalated += escalated ? 1 : 0;
      }
    }
    Map<Emotion, double[]> perLabel = new EnumMap<>(Emotion.class);
    double macro = 0;
    for (Emotion e : SCORED) {
      double[] prf = prf(counts.get(e));
      perLabel.put(e, prf);
      macro += prf[2];
    }
    Map<Polarity, double[]> perPolarity = new EnumMap<>(Polarity.class);
    double polarMacro = 0;
    for (Polarity p : Polarity.values()) {
      double[] prf = prf(polar.get(p));
      perPolarity.put(p, prf);
      polarMacro += prf[2];
    }
    return new Figures(
        comments.size(),
        perLabel,
        macro / SCORED.size(),
        perPolarity,
        polarMacro / Polarity.values().length,
        ratio(negativeNeutral, negatives),
        ratio(calmAlarms, calm),
        calm,
        ratio(angerEscalated, anger),
        alarmKinds);
  }

  /** Precision, recall, F1 and support from true positives, false positives, false negatives. */
  private static double[] prf(int[] k) {
    double p = ratio(k[0], k[0] + k[1]);
    double r = ratio(k[0], k[0] + k[2]);
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new double[] {p, r, f, k[0] + k[2]};
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  static void print(String split, Figures f, PrintStream out) {
    out.printf(Locale.ROOT, "GoEmotions %s: %,d comments%n", split, f.comments());
    out.printf(Locale.ROOT, "  %-18s %9s %9s %9s %8s%n", "label", "precision", "recall", "F1", "support");
    for (Map.Entry<Emotion, double[]> en : f.perLabel().entrySet()) {
      double[] v = en.getValue();
      out.printf(Locale.ROOT, "  %-18s %9.3f %9.3f %9.3f %8d%n", en.getKey().label(), v[0], v[1], v[2], (int) v[3]);
    }
    out.printf(Locale.ROOT, "  %-18s %29.3f%n", "macro-F1", f.macroF1());
    out.printf(Locale.ROOT, "  polarity%n");
    for (Map.Entry<Polarity, double[]> en : f.perPolarity().entrySet()) {
      double[] v = en.getValue();
      out.printf(
          Locale.ROOT, "  %-18s %9.3f %9.3f %9.3f %8d%n", en.getKey().name().toLowerCase(Locale.ROOT), v[0], v[1], v[2], (int) v[3]);
    }
    out.printf(Locale.ROOT, "  %-18s %29.3f%n", "polarity macro-F1", f.polarityMacroF1());
    out.printf(Locale.ROOT, "  negative read as neutral: %.3f%n", f.negativeReadAsNeutral());
    out.printf(
        Locale.ROOT,
        "  false alarms (escalation >= medium on %,d joy/admiration/curiosity/... comments): %.3f%n",
        f.calmComments(),
        f.falseAlarmRate());
    if (!f.falseAlarmKinds().isEmpty()) {
      StringBuilder kinds = new StringBuilder();
      f.falseAlarmKinds().forEach((k, n) -> kinds.append(kinds.length() == 0 ? "" : ", ").append(k.label()).append(' ').append(n));
      out.printf(Locale.ROOT, "    signals among them: %s%n", kinds);
    }
    out.printf(Locale.ROOT, "  escalation >= medium on anger comments: %.3f%n", f.angerEscalationRate());
  }

  /** One false alarm: the level, each signal with its evidence, the primary feeling, the comment. */
  private static void printAlarm(Comment c, Signals s, PrintStream out) {
    StringBuilder why = new StringBuilder();
    s.escalation().signals().forEach(g -> {
      why.append(g.kind().label()).append('=');
      g.evidence().forEach(e -> why.append('"').append(e.text()).append("\" "));
    });
    out.printf(Locale.ROOT, "  ALARM [%s/%s %.2f] %s| %s%n", s.primary().label(), s.escalation().level().label(), s.intensity(), why, c.text());
  }

  private static void printErrors(List<Comment> comments, List<Verdict> verdicts, String label, PrintStream out) {
    out.println("  misread '" + label + "' comments:");
    int n = 0;
    for (int i = 0; i < comments.size() && n < 40; i++) {
      Comment c = comments.get(i);
      Verdict v = verdicts.get(i);
      if (!c.label().equals(label)) {
        continue;
      }
      Emotion gold = MAPPING.get(label);
      boolean wrong =
          gold != null
              ? v.primary() != gold
              : polarityOf(v.primary()) != polarityOf(label) && polarityOf(label) != Polarity.NEUTRAL
                  || CALM.contains(label) && v.level().atLeast(EscalationLevel.MEDIUM);
      if (wrong) {
        out.printf(Locale.ROOT, "    [%s/%s] %s%n", v.primary().label(), v.level().label(), c.text());
        n++;
      }
    }
  }
}
