package dev.empathy.phrase;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.Register;
import dev.empathy.compose.Composer;
import dev.empathy.compose.Timeline;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;

/**
 * LanguageTool as a grammar oracle for the English replies. The corpus: every variant of every
 * English phrase (both registers, en-US and en-GB) with slot fillers of every kind it fits
 * (singular and plural noun phrases, each clause kind, one-word and full names), plus whole
 * replies for every emotion and register; each paragraph is checked alone. No match may remain in
 * the categories that are real errors; rules that misfire on our style are listed with their
 * reason in {@code languagetool/misfires_en.tsv}. LanguageTool (LGPL) is a test dependency only;
 * it is loaded once.
 */
class EnglishGrammarOracleTest {
  private static final Set<String> STYLE_CATEGORIES = Set.of("STYLE", "REDUNDANCY", "COLLOQUIALISMS",
      "REGIONALISMS", "GENDER_NEUTRALITY", "CREATIVE_WRITING", "PLAIN_ENGLISH", "WIKIPEDIA", "SEMANTICS",
      "REPETITIONS_STYLE", "MISC_STYLE", "TYPOGRAPHY");
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC);

  /** Singular, plural (with a relative clause), a brand in its own case, a bare noun (given its article). */
  private static final List<String> SITUATIONS = List.of("the double charge on your card",
      "the boxes that arrived damaged", "your iPad repair", "billing");
  private static final Map<ClauseKind, String> CLAUSES = Map.of(
      ClauseKind.DONE, "I’ve refunded the second charge of $42",
      ClauseKind.PROMISE, "I’ll send a replacement today",
      ClauseKind.INSTRUCTION, "please keep the box for the courier",
      ClauseKind.INFORMATION, "updating the app fixes this",
      ClauseKind.QUESTION, "could you send a photo of the label?");
  private static final List<String> SUMMARIES = List.of("you were charged twice for order 4471",
      "your refund has been issued", "did the charge go through twice?");
  private static final List<String> DETAILS = List.of("the order ending in 4471", "the two orders from last week");
  private static final List<String> NAMES = List.of("Dana", "Dana Whitaker", "@jess_k");

  private static JLanguageTool tool;
  private static JLanguageTool british;
  private static Map<String, String> misfires;

  @BeforeAll
  static void load() throws IOException {
    tool = new JLanguageTool(Languages.getLanguageForShortCode("en-US"));
    british = new JLanguageTool(Languages.getLanguageForShortCode("en-GB"));
    misfires = new HashMap<>();
    try (InputStream in = EnglishGrammarOracleTest.class.getResourceAsStream("/languagetool/misfires_en.tsv")) {
      for (String line : new String(in.readAllBytes(), UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] c = line.split("\t");
          misfires.put(c[0].strip(), c.length > 1 ? c[1] : "");
        }
      }
    }
  }

  /** The corpus of {@code tag} (en-US or en-GB), without paragraphs already in {@code seen}. */
  static Set<String> corpus(String tag, Set<String> seen) {
    Set<String> out = new LinkedHashSet<>();
    {
      for (Register register : Register.values()) {
        Phrasebook book = Phrasebook.load(Locale.forLanguageTag(tag), register, BrandVoice.none());
        for (PhraseKey spec : Phrasebook.catalogue()) {
          if (spec.raw() || spec.key().equals("action.slot") || spec.key().startsWith("timeline.unit")
              || !spec.key().matches("ack.*|summary|confirm|action.*|followUp|boundary|closing|timeline.*")) {
            continue; // greetings, sign-offs and the signature are not sentences
          }
          for (int i = 0; i < book.variantCount(spec.key()); i++) {
            for (Map<String, Object> args : fillers(spec, book, i)) {
              out.add(capitalize(book.formatVariant(spec.key(), i, args)));
            }
          }
        }
        Empathy empathy = Empathy.builder().locale(Locale.forLanguageTag(tag)).register(register).clock(CLOCK).build();
        int n = 0;
        for (Emotion emotion : Emotion.values()) {
          for (int turn = 0; turn < 2; turn++) {
            n++;
            Composer c = empathy.compose().conversation("lt-" + n, turn).customer(NAMES.get(n % NAMES.size()))
                .acknowledge(emotion, SITUATIONS.get(n % SITUATIONS.size()))
                .summary(SUMMARIES.get(n % 2))
                .action(CLAUSES.get(ClauseKind.values()[n % 5]))
                .action(CLAUSES.get(ClauseKind.values()[(n + 2) % 5]))
                .timeline(n % 2 == 0 ? Timeline.businessDays(3) : Timeline.within(java.time.Duration.ofHours(2)))
                .followUp(n % 3 == 0 ? "let me know if it still happens" : "I’ll email you as soon as the refund lands");
            for (String p : c.build().toPlainText().split("\n\n")) {
              out.add(p.replace('\n', ' '));
            }
          }
        }
      }
    }
    out.removeAll(seen);
    return out;
  }

  /** Argument sets for variant {@code i} of {@code spec}: every filler kind the variant fits. */
  private static List<Map<String, Object>> fillers(PhraseKey spec, Phrasebook book, int i) {
    List<Map<String, Object>> out = new ArrayList<>();
    String key = spec.key();
    if (key.startsWith("timeline.")) {
      String[][] deadlines = key.equals("timeline.by") || key.equals("timeline.at")
          ? new String[][] {{"date", "Monday, November 30"}, {"today", "today"}, {"tomorrow", "tomorrow"}}
          : new String[][] {{"date", "Monday, November 30"}, {"today", "today"}, {"tomorrow", "tomorrow"},
              {"time", "5 PM"}, {"none", ""}};
      String[][] owners = {{"me", ""}, {"team", ""}, {"named", "billing team"}};
      for (int o = 0; o < owners.length; o++) {
        String[] d = deadlines[(i + o) % deadlines.length];
        out.add(Map.of("owner", owners[o][0], "team", owners[o][1], "duration", "3 business days",
            "deadline", d[1], "deadlineKind", d[0], "hour", key.equals("timeline.at") ? 9 : 0, "time", "9 AM"));
      }
      return out;
    }
    if (spec.arguments().contains("situation")) {
      for (String s : SITUATIONS) {
        String np = s.equals("billing") ? "the billing" : s;
        out.add(Map.of("situation", np, "situationNumber", np.contains("boxes") ? "plural" : "singular", "situationShape", "other"));
      }
      // a stretch without something (Consequence), as the composer names it for the acknowledgements
      out.add(Map.of("situation", "five days without hot water", "situationNumber", "singular", "situationShape", "span"));
    } else if (spec.arguments().contains("detail")) {
      for (String d : DETAILS) {
        out.add(Map.of("detail", d, "detailNumber", d.contains("orders") ? "plural" : "singular"));
      }
    } else if (spec.arguments().contains("summary")) {
      for (String s : SUMMARIES) {
        ClauseKind kind = s.endsWith("?") ? ClauseKind.QUESTION : s.contains("issued") ? ClauseKind.DONE : ClauseKind.INFORMATION;
        if (fitsAnyEmotion(book, key, i, kind)) {
          out.add(Map.of("summary", s));
        }
      }
    } else {
      String arg = spec.arguments().isEmpty() ? null : spec.arguments().iterator().next();
      if (arg == null) {
        out.add(Map.of());
      } else {
        for (ClauseKind kind : ClauseKind.values()) {
          if (fitsAnyEmotion(book, key, i, kind)) {
            String clause = CLAUSES.get(kind);
            out.add(Map.of(arg, arg.equals("actions") && kind != ClauseKind.QUESTION
                ? book.andList(List.of(clause, "add a note to your account")) : clause));
          }
        }
      }
    }
    return out;
  }

  private static boolean fitsAnyEmotion(Phrasebook book, String key, int i, ClauseKind kind) {
    for (Emotion e : Emotion.values()) {
      if (book.variantFits(key, i, Fit.of(kind, e))) {
        return true;
      }
    }
    return book.variantFits(key, i, Fit.of(kind, null));
  }

  private static String capitalize(String s) {
    return s.isEmpty() || !Character.isLowerCase(s.charAt(0)) ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static List<String> problems(String paragraph) throws IOException {
    return problems(tool, paragraph);
  }

  private static List<String> problems(JLanguageTool tool, String paragraph) throws IOException {
    List<String> out = new ArrayList<>();
    for (RuleMatch m : tool.check(paragraph)) {
      String category = m.getRule().getCategory().getId().toString();
      if (STYLE_CATEGORIES.contains(category) || misfires.containsKey(m.getRule().getId())
          || misfires.containsKey(m.getRule().getFullId())) {
        continue;
      }
      out.add(m.getRule().getId() + " [" + category + "] \"" + paragraph.substring(m.getFromPos(), m.getToPos())
          + "\": " + m.getMessage() + "\n    in: " + paragraph);
    }
    return out;
  }

  @Test
  void theGeneratedCorpusHasNoRealErrors() throws IOException {
    Set<String> us = corpus("en-US", Set.of());
    Set<String> gb = corpus("en-GB", us); // only what British English writes differently
    Set<String> paragraphs = new LinkedHashSet<>(us);
    paragraphs.addAll(gb);
    assertTrue(paragraphs.size() >= 500, () -> "a corpus of only " + paragraphs.size() + " paragraphs");
    List<String> problems = new ArrayList<>();
    Map<String, Integer> byRule = new TreeMap<>();
    for (String p : paragraphs) {
      for (String problem : problems(us.contains(p) ? tool : british, p)) {
        problems.add(problem);
        byRule.merge(problem.substring(0, problem.indexOf(' ')), 1, Integer::sum);
      }
    }
    System.out.printf("LanguageTool en: %d paragraphs, %d real-error matches %s%n",
        paragraphs.size(), problems.size(), byRule);
    assertTrue(problems.isEmpty(), () -> problems.size() + " matches " + byRule + ":\n"
        + String.join("\n", problems.subList(0, Math.min(60, problems.size()))));
  }

  /** Guards the guard: the oracle does see the faults the issue reported. */
  @Test
  void theOracleCatchesKnownFaults() throws IOException {
    assertFalse(problems("I want to help with with your order.").isEmpty());
    assertFalse(problems("I’m sorry about the the delay.").isEmpty());
  }
}
