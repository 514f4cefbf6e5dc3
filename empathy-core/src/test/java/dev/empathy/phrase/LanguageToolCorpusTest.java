package dev.empathy.phrase;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.Splitter;
import dev.empathy.Register;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;

/**
 * LanguageTool as a grammar oracle for the Spanish, French, German, Brazilian and European
 * Portuguese phrasebooks: the generated corpus of each language and register ({@link LanguageCorpus}), each
 * paragraph checked alone, must have no match in the categories that are real errors (grammar,
 * agreement, casing, confused words, punctuation, spelling). Rules that misfire on our style are
 * listed with their reason in {@code languagetool/misfires.tsv}, the one place to look.
 *
 * <p>LanguageTool is LGPL and a test-scope dependency only: it never reaches our artifacts. Each
 * language is loaded once and reused for both registers.
 */
class LanguageToolCorpusTest {
  /** Categories that are matters of taste, not errors: style advice, regional and register hints. */
  private static final Set<String> STYLE_CATEGORIES =
      Set.of("STYLE", "REDUNDANCY", "COLLOQUIALISMS", "REGIONALISMS", "GENDER_NEUTRALITY", "CREATIVE_WRITING",
          "PLAIN_ENGLISH", "WIKIPEDIA", "SEMANTICS", "REPETITIONS_STYLE", "MISC_STYLE");

  private static final Map<String, JLanguageTool> TOOLS = new ConcurrentHashMap<>();

  static JLanguageTool tool(String code) {
    return TOOLS.computeIfAbsent(code, c -> new JLanguageTool(Languages.getLanguageForShortCode(c)));
  }

  /** LanguageTool's code for each bundled locale. */
  static String toolCode(Locale locale) {
    return switch (locale.getLanguage()) {
      case "de" -> "de-DE";
      case "pt" -> locale.getCountry().equals("PT") ? "pt-PT" : "pt-BR";
      case "es" -> "es";
      case "fr" -> "fr";
      default -> throw new IllegalArgumentException(locale.toString());
    };
  }

  /** A rule that misfires on our style: language ("*" for all), rule id, reason. */
  record Misfire(String language, String rule, String reason) {}

  static List<Misfire> misfires() {
    try (InputStream in = LanguageToolCorpusTest.class.getResourceAsStream("/languagetool/misfires.tsv")) {
      List<Misfire> out = new ArrayList<>();
      for (String line : Splitter.on('\n').split(new String(in.readAllBytes(), UTF_8))) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> c = Splitter.on('\t').splitToList(line);
        out.add(new Misfire(c.get(0), c.get(1), c.get(2)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean ignored(String language, Register register, RuleMatch m, List<Misfire> misfires) {
    String category = m.getRule().getCategory().getId().toString();
    if (STYLE_CATEGORIES.contains(category)) {
      return true;
    }
    // "Prefer para to pra in formal contexts": exactly the difference the informal register makes.
    if (register == Register.INFORMAL && category.equals("FORMAL")) {
      return true;
    }
    String rule = m.getRule().getId();
    String full = m.getRule().getFullId();
    for (Misfire f : misfires) {
      if ((f.language().equals("*") || f.language().equals(language)) && (f.rule().equals(rule) || f.rule().equals(full))) {
        return true;
      }
    }
    return false;
  }

  static Stream<Arguments> languagesAndRegisters() {
    return Stream.of("es", "fr", "de", "pt-BR", "pt-PT")
        .flatMap(tag -> Stream.of(Register.values()).map(r -> Arguments.of(tag, r)));
  }

  /** The real-error matches in a paragraph, described for a reader. */
  static List<String> problems(Locale locale, Register register, String paragraph) {
    String lang = locale.getLanguage();
    List<Misfire> misfires = misfires();
    List<String> out = new ArrayList<>();
    try {
      for (RuleMatch m : tool(toolCode(locale)).check(paragraph)) {
        if (!ignored(lang, register, m, misfires)) {
          String at = paragraph.substring(m.getFromPos(), m.getToPos());
          out.add(m.getRule().getFullId() + " [" + m.getRule().getCategory().getId() + "] \"" + at + "\": "
              + m.getMessage() + " " + m.getSuggestedReplacements().stream().limit(3).toList()
              + "\n    in: " + paragraph.replace("\n", " / "));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("languagesAndRegisters")
  void theGeneratedCorpusHasNoRealErrors(String tag, Register register) {
    Locale locale = Locale.forLanguageTag(tag);
    Set<String> paragraphs = LanguageCorpus.paragraphs(locale, register);
    assertTrue(paragraphs.size() >= 150, () -> "a corpus of only " + paragraphs.size() + " paragraphs");
    List<String> problems = new ArrayList<>();
    Map<String, Integer> byRule = new TreeMap<>();
    for (String p : paragraphs) {
      for (String problem : problems(locale, register, p)) {
        problems.add(problem);
        byRule.merge(problem.substring(0, problem.indexOf(' ')), 1, Integer::sum);
      }
    }
    System.out.printf("LanguageTool %s %s: %d paragraphs, %d real-error matches %s%n",
        tag, register.label(), paragraphs.size(), problems.size(), byRule);
    assertTrue(problems.isEmpty(), () -> problems.size() + " LanguageTool matches in " + tag + " " + register.label()
        + " " + byRule + ":\n" + String.join("\n", problems.subList(0, Math.min(40, problems.size()))));
  }

  /** Guards the guard: the oracle does find the faults the issue saw, in each language. */
  @Test
  void theOracleCatchesKnownFaults() {
    Map<String, String> faults = new HashMap<>();
    faults.put("es", "Le pido disculpas por los retraso del pedido.");
    faults.put("fr", "Je suis désolé pour les retard de votre colis.");
    faults.put("de", "Der Export, der seit Montag abbricht ist jetzt repariert.");
    faults.put("pt-BR", "Eu vi que os pedido atrasados chegaram ontem.");
    faults.forEach((tag, text) ->
        assertFalse(problems(Locale.forLanguageTag(tag), Register.FORMAL, text).isEmpty(), () -> tag + ": nothing found in " + text));
  }

  @Test
  void everyMisfireNamesItsReason() {
    for (Misfire f : misfires()) {
      assertTrue(f.reason().strip().length() >= 20, () -> f.rule() + " needs a reason");
      assertTrue(Set.of("*", "es", "fr", "de", "pt").contains(f.language()), f.language());
    }
  }
}
