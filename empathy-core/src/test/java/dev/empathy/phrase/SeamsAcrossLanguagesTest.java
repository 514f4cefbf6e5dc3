package dev.empathy.phrase;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Register;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
 * What LanguageTool does not see, checked on the same generated corpus ({@link LanguageCorpus}):
 * a capital after a connector's comma ("Además, Mientras tanto", "Além disso, Informei"), and in
 * Japanese a doubled 件 ("入っていた件の件"), a doubled particle or a particle after a particle, and
 * punctuation doubled at a seam ("？。"). The caller's fillers include clauses typed as sentences,
 * with a capital or opened by their own connector, so the composer's seams are exercised.
 */
class SeamsAcrossLanguagesTest {
  static Stream<Arguments> latinLanguages() {
    return Stream.of("es", "fr", "de", "pt-BR")
        .flatMap(tag -> Stream.of(Register.values()).map(r -> Arguments.of(tag, r)));
  }

  /** A capitalised word right after a comma or semicolon (and, outside German, a colon). */
  private static final Pattern AFTER_COMMA = Pattern.compile("[,;][ \\u00a0\\u202f]+(\\p{Lu}[\\p{L}\\p{M}’']*)");
  private static final Pattern AFTER_COLON = Pattern.compile(":[ \\u00a0\\u202f]+(\\p{Lu}[\\p{L}\\p{M}’']*)");

  /** Words that may keep a capital anywhere: the names among the slot fillers. */
  private static Set<String> names(String language) {
    Set<String> names = new HashSet<>();
    for (LanguageCorpus.Filler f : LanguageCorpus.fillers()) {
      if (f.language().equals(language) && (f.slot().equals("customer") || f.slot().equals("team"))) {
        for (String w : f.text().split("[\\s-]+")) {
          names.add(w);
        }
      }
    }
    return names;
  }

  /**
   * Capitals after a connector in {@code paragraph}. German capitalises every noun and a full clause
   * after a colon, so there only the words of {@code lowerWords} (pronouns, articles, conjunctions)
   * count; elsewhere any capital that is not a name.
   */
  static List<String> capitalsAfterConnectors(String language, String paragraph, Set<String> names, Set<String> lowerWords) {
    List<String> found = new ArrayList<>();
    List<Pattern> patterns = language.equals("de") ? List.of(AFTER_COMMA) : List.of(AFTER_COMMA, AFTER_COLON);
    for (Pattern p : patterns) {
      Matcher m = p.matcher(paragraph);
      while (m.find()) {
        String w = m.group(1);
        boolean counts = language.equals("de")
            ? lowerWords.contains(w.toLowerCase(Locale.ROOT))
            : !names.contains(w) && !w.equals(w.toUpperCase(Locale.ROOT));
        if (counts) {
          found.add(m.group());
        }
      }
    }
    return found;
  }

  private static Set<String> germanLowerWords() {
    Phrasebook book = Phrasebook.load(Locale.GERMAN, Register.FORMAL, BrandVoice.none());
    Set<String> words = new HashSet<>(List.of(book.raw("meta.afterGreetingWords").split(",")));
    words.addAll(book.lowercaseLeadWords());
    words.remove("sie");
    words.remove("ihr");
    return words;
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("latinLanguages")
  void noCapitalAfterAConnector(String tag, Register register) {
    Locale locale = Locale.forLanguageTag(tag);
    String language = locale.getLanguage();
    Set<String> names = names(language);
    Set<String> lower = language.equals("de") ? germanLowerWords() : Set.of();
    Set<String> problems = new TreeSet<>();
    for (String p : LanguageCorpus.paragraphs(locale, register)) {
      for (String c : capitalsAfterConnectors(language, p, names, lower)) {
        problems.add("\"" + c + "\" in: " + p);
      }
    }
    System.out.printf("Capitals after connectors %s %s: %d%n", tag, register.label(), problems.size());
    assertTrue(problems.isEmpty(), () -> problems.size() + " capitals after a connector in " + tag + " " + register.label()
        + ":\n" + String.join("\n", problems));
  }

  /** Japanese seams: 件 doubled, a particle doubled or stacked, punctuation doubled. */
  private static final List<Pattern> JAPANESE_FAULTS =
      List.of(
          Pattern.compile("件の件"),
          Pattern.compile("のことの件|の件の件|についての件|について(?:の件|について)"),
          Pattern.compile("(?<![こもな])(の|に|を|は|が|で|と)\\1"),
          Pattern.compile("[をがはに][をがはの]"),
          Pattern.compile("[。、？！?!][。、]"));

  static List<String> japaneseFaults(String text) {
    List<String> found = new ArrayList<>();
    for (Pattern p : JAPANESE_FAULTS) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        found.add(m.group());
      }
    }
    return found;
  }

  @ParameterizedTest(name = "ja {0}")
  @MethodSource("registers")
  void japaneseHasNoDoubledKenOrParticleAtASeam(Register register) {
    Set<String> problems = new TreeSet<>();
    for (String p : LanguageCorpus.paragraphs(Locale.JAPANESE, register)) {
      for (String f : japaneseFaults(p)) {
        problems.add("\"" + f + "\" in: " + p);
      }
    }
    System.out.printf("Japanese seam faults %s: %d%n", register.label(), problems.size());
    assertTrue(problems.isEmpty(), () -> problems.size() + " Japanese seam faults in " + register.label() + ":\n"
        + String.join("\n", problems));
  }

  static Stream<Register> registers() {
    return Stream.of(Register.values());
  }

  @Test
  void theChecksThemselvesFindTheFaultsTheIssueSaw() {
    assertFalse(capitalsAfterConnectors("pt", "Além disso, Informei a transportadora.", Set.of(), Set.of()).isEmpty());
    assertFalse(capitalsAfterConnectors("es", "Además, Mientras tanto he bloqueado la tarjeta.", Set.of(), Set.of()).isEmpty());
    assertFalse(capitalsAfterConnectors("fr", "En outre, En attendant je vous rembourse.", Set.of(), Set.of()).isEmpty());
    assertFalse(capitalsAfterConnectors("pt", "Resumindo: Quando o pedido chegou.", Set.of(), Set.of()).isEmpty());
    assertTrue(capitalsAfterConnectors("es", "Hola, Lucía: gracias, IBAN incluido.", Set.of("Lucía"), Set.of()).isEmpty());
    assertFalse(capitalsAfterConnectors("de", "Parallel dazu, Ich habe das Konto gesperrt.", Set.of(), Set.of("ich")).isEmpty());
    assertTrue(capitalsAfterConnectors("de", "Kurz gesagt: Die Abbuchung, Ihre Rechnung und das Konto.", Set.of(), Set.of("die", "das")).isEmpty());
    assertFalse(japaneseFaults("請求書に誤った金額が入っていた件の件で、申し訳ございません。").isEmpty());
    assertFalse(japaneseFaults("お送りいただけますか？。").isEmpty());
    assertFalse(japaneseFaults("ご請求額のの件").isEmpty());
    assertTrue(japaneseFaults("請求書に誤った金額が入っていた件で、お辛いことと存じます。").isEmpty());
  }
}
