package dev.empathy.phrase;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Register;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every variant and select branch of every phrase of es, fr and pt-BR, with every filler of the
 * caller's slots ({@code languagetool/fillers.tsv}) in place, never leaves a preposition and an
 * article apart where the language writes them as one word ("de el", "à le", "em a", "por os"),
 * nor an unelided French "de" or "que" before a vowel ("de une erreur"), nor a singular copula
 * before a plural noun phrase ("¿es los dos pedidos?", "c’est bien les factures"). The pairs are written
 * here, not read from the phrasebooks' own seam data.
 */
class ContractionsAtSeamsTest {
  /** Per language: prepositions that contract, and the articles they contract with. */
  private static final Map<String, List<List<String>>> CONTRACTING = Map.of(
      "es", List.of(List.of("de", "a"), List.of("el")),
      "fr", List.of(List.of("de", "à"), List.of("le", "les")),
      "pt", List.of(List.of("de", "em", "por", "a"), List.of("o", "a", "os", "as")));
  private static final List<String> FRENCH_ELIDING = List.of("de", "que");
  private static final List<String> SLOTS = List.of("situation", "summary", "detail", "action", "followUp");

  static Stream<Arguments> languagesAndRegisters() {
    return Stream.of("es", "fr", "pt-BR").flatMap(tag -> Stream.of(Register.values()).map(r -> Arguments.of(tag, r)));
  }

  /** The faults of one formatted text, given the caller's value that was inserted into it. */
  static List<String> faults(String language, String text, String value) {
    List<String> found = new ArrayList<>();
    List<List<String>> c = CONTRACTING.get(language);
    String first = value.split(" ", 2)[0];
    List<String> preps = new ArrayList<>();
    if (c.get(1).contains(first) && value.contains(" ")) {
      preps.addAll(c.get(0));
    }
    if (language.equals("fr") && !value.isEmpty() && "aeiouéèêàâîôûAEIOUÉÈÊÀÂÎÔÛ".indexOf(value.charAt(0)) >= 0) {
      preps.addAll(FRENCH_ELIDING);
    }
    // A plural noun phrase after a singular copula: "¿es los dos pedidos?", "é os pedidos", "c’est bien les".
    Map<String, List<String>> singularCopula = Map.of(
        "es", List.of("es"), "pt", List.of("é", "É"), "fr", List.of("c’est bien", "C’est bien", "Est-ce bien"));
    List<String> pluralArticles = Map.of("es", List.of("los", "las"), "pt", List.of("os", "as"), "fr", List.of("les", "des"))
        .get(language);
    if (pluralArticles.contains(first)) {
      for (String copula : singularCopula.get(language)) {
        if (Pattern.compile("(?<![\\p{L}’'])" + Pattern.quote(copula + " " + value)).matcher(text).find()) {
          found.add("\"" + copula + " " + first + "\"");
        }
      }
    }
    for (String p : preps) {
      if (Pattern.compile("(?<![\\p{L}’'])(?iu:" + Pattern.quote(p) + ") " + Pattern.quote(value)).matcher(text).find()) {
        found.add("\"" + p + " " + first + "\"");
      }
    }
    return found;
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("languagesAndRegisters")
  void everyPatternWithEveryFillerContractsAtItsSeams(String tag, Register register) {
    Locale locale = Locale.forLanguageTag(tag);
    String language = locale.getLanguage();
    Phrasebook book = Phrasebook.load(locale, register, BrandVoice.none());
    Map<String, List<LanguageCorpus.Filler>> fillers = new HashMap<>();
    for (LanguageCorpus.Filler f : LanguageCorpus.fillers()) {
      if (f.language().equals(language) && SLOTS.contains(f.slot())
          && (f.register().equals("any") || f.register().equals(register.label()))) {
        fillers.computeIfAbsent(f.slot(), k -> new ArrayList<>()).add(f);
      }
    }
    Set<String> problems = new TreeSet<>();
    int formatted = 0;
    for (PhraseKey key : Phrasebook.catalogue()) {
      if (key.raw()) {
        continue;
      }
      for (String slot : SLOTS) {
        if (!key.arguments().contains(slot)) {
          continue;
        }
        for (LanguageCorpus.Filler f : fillers.getOrDefault(slot, List.of())) {
          for (Map<String, Object> combo : RegisterMarkersTest.argumentCombinations(key)) {
            Map<String, Object> args = new HashMap<>(combo);
            args.put(slot, f.text());
            String n = slot.equals("detail") ? "detailNumber" : "situationNumber";
            String g = slot.equals("detail") ? "detailGender" : "situationGender";
            if (args.containsKey(n)) {
              args.put(n, f.kind().contains("plural") ? "plural" : "singular");
            }
            if (args.containsKey(g)) {
              args.put(g, f.kind().contains("feminine") ? "feminine" : f.kind().contains("masculine") ? "masculine" : "other");
            }
            for (int turn = 0; turn < book.variantCount(key.key()); turn++) {
              String text = book.format(key.key(), 0, turn, args);
              formatted++;
              for (String fault : faults(language, text, f.text())) {
                problems.add(fault + " in " + key.key() + ": " + text);
              }
            }
          }
        }
      }
    }
    System.out.printf("Seams %s %s: %d formatted, %d uncontracted%n", tag, register.label(), formatted, problems.size());
    assertTrue(formatted > 200, "only " + formatted + " phrases formatted");
    assertTrue(problems.isEmpty(), () -> problems.size() + " uncontracted seams in " + tag + " " + register.label()
        + ":\n" + String.join("\n", problems));
  }

  @Test
  void theCheckFindsWhatItLooksFor() {
    assertFalse(faults("es", "Gracias por escribirnos acerca de el pedido incompleto.", "el pedido incompleto").isEmpty());
    assertTrue(faults("es", "Gracias por escribirnos acerca del pedido incompleto.", "el pedido incompleto").isEmpty());
    assertFalse(faults("fr", "Merci au sujet de le colis abîmé.", "le colis abîmé").isEmpty());
    assertFalse(faults("fr", "Je comprends votre inquiétude face à les frais.", "les frais").isEmpty());
    assertFalse(faults("fr", "Je regrette que il manque un article.", "il manque un article").isEmpty());
    assertTrue(faults("fr", "Je regrette qu’il manque un article.", "il manque un article").isEmpty());
    assertFalse(faults("pt", "Peço desculpas por a cobrança duplicada.", "a cobrança duplicada").isEmpty());
    assertFalse(faults("pt", "Em a fatura de março.", "a fatura de março").isEmpty());
    assertTrue(faults("pt", "Peço desculpas pela cobrança duplicada.", "a cobrança duplicada").isEmpty());
    assertFalse(faults("es", "Para seguir, ¿me confirma que es los dos pedidos?", "los dos pedidos").isEmpty());
    assertTrue(faults("es", "Para seguir, ¿me confirma que son los dos pedidos?", "los dos pedidos").isEmpty());
    assertFalse(faults("pt", "É os pedidos de março, certo?", "os pedidos de março").isEmpty());
    assertFalse(faults("fr", "Juste pour vérifier : c’est bien les factures ?", "les factures").isEmpty());
  }
}
