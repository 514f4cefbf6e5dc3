package dev.empathy.phrase;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.Register;
import dev.empathy.compose.Reply;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

  /** Forms that say "tu" to the customer: a pt-PT reply of either register never has one. */
  private static final Pattern TU = Pattern.compile("(?i)(-te\\b|\\btu\\b|\\bteu\\b|\\btua\\b|\\bteus\\b|\\btuas\\b|\\btens\\b|\\bcontigo\\b)");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "cobraram-me a fatura duas vezes!!                     | cobraram-lhe a fatura duas vezes",
      "cobraram-me a mensalidade do ginásio depois de cancelar | cobraram-lhe a mensalidade do ginásio",
      "enviaram-me a encomenda errada e ninguém responde        | enviaram-lhe a encomenda errada",
  })
  void anInformalReplySaysTheCustomersWordsInTheFormsOfItsPhrases(String situation, String said) {
    // Session 22: "Olá, Rui. Mil desculpas; deixe-me resolver isso" then "cobraram-te a fatura" in one reply.
    Empathy pt = Empathy.builder().locale(Locale.forLanguageTag("pt-PT")).register(Register.INFORMAL)
        .clock(Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC)).build();
    for (int turn = 0; turn < 3; turn++) {
      Reply r = pt.compose().conversation("c-pt-tu", turn).customer("Rui")
          .acknowledge(Emotion.FRUSTRATED, situation).summary(situation).action("Devolvi o valor duplicado").build();
      Matcher m = TU.matcher(r.toPlainText());
      assertFalse(m.find(), () -> "\"" + m.group() + "\" in " + r.toPlainText());
      assertTrue(r.toPlainText().toLowerCase(Locale.ROOT).contains(said), r::toPlainText);
      // Session 24: the register kept formal is said, never silently (a pt-BR informal reply says nothing of it).
      assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("register: informal pt-PT replies never say \"tu\"")), r.warnings()::toString);
    }
    Reply br = Empathy.builder().locale(Locale.forLanguageTag("pt-BR")).register(Register.INFORMAL).build().compose()
        .customer("Rui").acknowledge(Emotion.FRUSTRATED, situation).action("Devolvi o valor duplicado").build();
    assertFalse(br.warnings().stream().anyMatch(w -> w.startsWith("register:")), br.warnings()::toString);
  }

  @Test
  void aPortugueseEnglishNoteReadsAsPortugal() {
    Empathy pt = Empathy.builder().locale(Locale.forLanguageTag("pt-PT")).register(Register.INFORMAL)
        .clock(Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC)).build();
    Reply r = pt.compose().conversation("c-pt-note", 0).customer("Rui")
        .acknowledge(Emotion.FRUSTRATED, "a conta bloqueada").action("unlocked account").action("escalated to billing team").build();
    Matcher m = BRAZILIAN.matcher(r.toPlainText());
    assertFalse(m.find(), () -> "\"" + m.group() + "\" in " + r.toPlainText());
    assertTrue(r.toPlainText().contains("desbloqueei a sua conta") && r.toPlainText().contains("equipa de cobrança"), r::toPlainText);
  }
}
