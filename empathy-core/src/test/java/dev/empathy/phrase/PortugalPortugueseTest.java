package dev.empathy.phrase;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Register;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * pt-PT is a locale of its own (session 21: it replied in pt-BR with a warning). Every phrase of
 * both registers reads as Portugal writes: no "você", no gerund after "estar" ("estou
 * verificando"), none of Brazil's words (equipe, contato, conosco, registro, "em até") nor its
 * informal markers ("pra", "a gente", "Oi"); a customer's own words are said back with their verb
 * alone. pt-BR stays as it was.
 */
class PortugalPortugueseTest {
  /** What a Brazilian phrase shows and a Portuguese one never does. */
  static final Pattern BRAZILIAN = Pattern.compile(
      "(?i)\\b(você|vocês|equipe|contato|conosco|registro|pra|pro|Oi|a gente|em até|tô|valeu|poxa)\\b"
          + "|\\b(estou|está|estamos|estão|esteja|sigo|segue|continuo|continua|fico|estar) [a-zçáéíóúâêôãõ]+(ando|endo|indo)\\b");

  @ParameterizedTest
  @EnumSource(Register.class)
  void everyPhraseOfBothRegistersReadsAsPortugal(Register register) {
    for (String phrase : RegisterMarkersTest.everyPhrase("pt-PT", register)) {
      Matcher m = BRAZILIAN.matcher(phrase);
      assertFalse(m.find(), () -> "\"" + m.group() + "\" in " + phrase);
    }
  }

  @ParameterizedTest
  @EnumSource(Register.class)
  void theBrazilianPhrasebookKeepsItsVoce(Register register) {
    assertTrue(RegisterMarkersTest.everyPhrase("pt-BR", register).stream().anyMatch(p -> p.contains("você")));
  }
}
