package dev.empathy.phrase;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.Lists;
import dev.empathy.Emotion;
import dev.empathy.Register;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Register that holds, proved over every phrase rather than over a sample of replies: every
 * variant of every key (the core phrases and the channel phrases), with every select branch, in
 * every non-English language and register, contains none of the other register's markers listed
 * in {@code conformance/register-markers.tsv}; and the informal German "du" forms are never
 * capitalised mid-sentence ({@code conformance/lowercase-mid-sentence.tsv}).
 */
class RegisterMarkersTest {
  /** Stand-in for a caller's text: not a letter, so it never reads as a word of any language. */
  private static final String SUPPLIED = "◆";

  static Stream<Arguments> languagesAndRegisters() {
    return Stream.of("es", "fr", "de", "pt-BR", "pt-PT", "ja")
        .flatMap(tag -> Stream.of(Register.values()).map(r -> Arguments.of(tag, r)));
  }

  /** Every formatted variant and branch of every phrase of a language and register. */
  static List<String> everyPhrase(String tag, Register register) {
    Phrasebook book = Phrasebook.load(Locale.forLanguageTag(tag), register, BrandVoice.none());
    List<String> out = new ArrayList<>();
    for (PhraseKey key : Phrasebook.catalogue()) {
      if (key.raw()) {
        continue;
      }
      for (Map<String, Object> args : argumentCombinations(key)) {
        for (int turn = 0; turn < book.variantCount(key.key()); turn++) {
          out.add(key.key() + "\t" + book.format(key.key(), 0, turn, args));
        }
      }
    }
    return out;
  }

  /** The values each argument takes, so that every select and plural branch is reached. */
  static List<Map<String, Object>> argumentCombinations(PhraseKey key) {
    Map<String, List<Object>> values = new LinkedHashMap<>();
    for (String arg : key.arguments()) {
      List<Object> v;
      if (arg.equals("owner")) {
        v = List.of("me", "team", "named");
      } else if (arg.equals("deadlineKind")) {
        v = key.key().equals("timeline.by")
            ? List.of("today", "tomorrow", "date")
            : List.of("none", "time", "today", "tomorrow", "date");
      } else if (arg.equals("hour")) {
        v = List.of(1, 16);
      } else if (arg.equals("count")) {
        v = List.of(0L, 1L, 2L, 5L, 21L, 1.5);
      } else if (arg.equals("emotion")) {
        List<Object> labels = new ArrayList<>();
        for (Emotion e : Emotion.values()) {
          labels.add(e.label().replace('-', '_'));
        }
        labels.add("none");
        v = labels;
      } else if (arg.endsWith("Number")) {
        v = List.of("singular", "plural");
      } else if (arg.endsWith("Gender")) {
        v = List.of("masculine", "feminine", "other");
      } else if (arg.endsWith("Shape")) {
        v = List.of("said", "other");
      } else {
        v = List.of(SUPPLIED);
      }
      values.put(arg, v);
    }
    List<String> names = new ArrayList<>(values.keySet());
    List<Map<String, Object>> combos = new ArrayList<>();
    for (List<Object> combo : Lists.cartesianProduct(new ArrayList<>(values.values()))) {
      Map<String, Object> m = new HashMap<>();
      for (int i = 0; i < names.size(); i++) {
        m.put(names.get(i), combo.get(i));
      }
      combos.add(m);
    }
    return combos;
  }

  /** The markers forbidden in a language and register, each as a pattern. */
  static List<Pattern> markers(String language, Register register) {
    List<Pattern> out = new ArrayList<>();
    for (String m : LocaleConformanceTest.forbiddenWords(language, register)) {
      String text = m.replace('_', ' ');
      out.add(language.equals("ja")
          ? Pattern.compile(Pattern.quote(text))
          : Pattern.compile("(?<![\\p{L}\\p{M}’'])" + Pattern.quote(text) + (text.endsWith("’") ? "" : "(?![\\p{L}\\p{M}])")));
    }
    return out;
  }

  static List<String> registerProblems(String tag, Register register, List<String> phrases) {
    String language = Locale.forLanguageTag(tag).getLanguage();
    List<Pattern> forbidden = markers(language, register);
    List<String> problems = new ArrayList<>();
    for (String line : phrases) {
      String text = line.substring(line.indexOf('\t') + 1);
      for (Pattern p : forbidden) {
        if (p.matcher(text).find()) {
          problems.add(register.label() + " uses \"" + p.pattern().replaceAll("\\(\\?<?!?[^)]*\\)|\\\\Q|\\\\E", "") + "\": " + line);
        }
      }
    }
    return problems;
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("languagesAndRegisters")
  void noPhraseVariantOrBranchUsesTheOtherRegistersMarkers(String tag, Register register) {
    String language = Locale.forLanguageTag(tag).getLanguage();
    assertFalse(markers(language, register).isEmpty(), "no markers for " + tag + " " + register);
    List<String> phrases = everyPhrase(tag, register);
    assertTrue(phrases.size() > 300, "only " + phrases.size() + " phrases");
    Set<String> problems = new TreeSet<>(registerProblems(tag, register, phrases));
    assertTrue(problems.isEmpty(), () -> problems.size() + " register leaks in " + tag + " " + register.label() + ":\n"
        + String.join("\n", problems));
  }

  /** A sentence opening: start of text, after . ! ? … or a line break, and (German) after a colon. */
  private static final Pattern OPENING = Pattern.compile("(?:^|[.!?…:\\n]\\s*|[.!?…]\\s*[»“„\"]\\s*)$");

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("languagesAndRegisters")
  void lowerCaseWordsAreNotCapitalisedMidSentence(String tag, Register register) {
    String language = Locale.forLanguageTag(tag).getLanguage();
    List<String> words = lowercaseMidSentence(language);
    List<String> problems = new ArrayList<>();
    for (String line : everyPhrase(tag, register)) {
      problems.addAll(capitalisedMidSentence(line.substring(line.indexOf('\t') + 1), words).stream()
          .map(w -> "\"" + w + "\" mid-sentence: " + line).toList());
    }
    assertTrue(problems.isEmpty(), () -> String.join("\n", new TreeSet<>(problems)));
  }

  static List<String> lowercaseMidSentence(String language) {
    for (List<String> row : ConformanceData.rows("lowercase-mid-sentence.tsv")) {
      if (row.get(0).equals(language)) {
        return List.of(row.get(1).strip().split(" +"));
      }
    }
    return List.of();
  }

  /** Capitalised forms of {@code words} in {@code text} that do not open a sentence. */
  static List<String> capitalisedMidSentence(String text, List<String> words) {
    List<String> found = new ArrayList<>();
    for (String w : words) {
      String cap = Character.toUpperCase(w.charAt(0)) + w.substring(1);
      Matcher m = Pattern.compile("(?<![\\p{L}\\p{M}])" + Pattern.quote(cap) + "(?![\\p{L}\\p{M}])").matcher(text);
      while (m.find()) {
        if (!OPENING.matcher(text.substring(0, m.start())).find()) {
          found.add(cap);
        }
      }
    }
    return found;
  }

  @Test
  void theChecksThemselvesCatchALeakAndAMidSentenceCapital() {
    // Guards the guards: the faults the issue saw are found.
    assertFalse(registerProblems("pt-BR", Register.FORMAL, List.of("signoff\tAbraços,")).isEmpty());
    assertFalse(registerProblems("pt-BR", Register.FORMAL, List.of("social.dm\tTe chamei no privado.")).isEmpty());
    assertFalse(registerProblems("pt-BR", Register.FORMAL, List.of("closing\tÉ só chamar a gente.")).isEmpty());
    assertFalse(registerProblems("de", Register.FORMAL, List.of("closing\tMelde dich gern.")).isEmpty());
    assertTrue(registerProblems("de", Register.FORMAL, List.of("closing\tMelden Sie sich gern, wenn sie ankommt.")).isEmpty());
    assertFalse(registerProblems("fr", Register.FORMAL, List.of("social.dm\tJe t’ai écrit.")).isEmpty());
    assertFalse(registerProblems("ja", Register.INFORMAL, List.of("greeting\t佐藤様")).isEmpty());
    List<String> de = lowercaseMidSentence("de");
    assertFalse(capitalisedMidSentence("Ich helfe dir, wenn Dein Paket fehlt.", de).isEmpty());
    assertTrue(capitalisedMidSentence("Kurz gesagt: Dein Paket ist unterwegs. Du bekommst es morgen.", de).isEmpty());
  }
}
