package dev.empathy.phrase;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.empathy.Register;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The first of a month is written the way each language's writers write it: an ordinal in French
 * ("1er") and Brazilian Portuguese ("1º"), a plain number in Spanish and English, and the next day
 * is a plain number again everywhere.
 */
class FirstOfMonthDateTest {

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "fr    | 2026-12-01 | false | mardi 1er décembre",
        "fr    | 2026-12-02 | false | mercredi 2 décembre",
        "fr    | 2027-01-01 | true  | vendredi 1er janvier 2027",
        "fr    | 2027-01-11 | true  | lundi 11 janvier 2027",
        "pt-BR | 2026-12-01 | false | terça-feira, dia 1º de dezembro",
        "pt-BR | 2026-12-02 | false | quarta-feira, dia 2 de dezembro",
        "pt-BR | 2027-01-01 | true  | sexta-feira, dia 1º de janeiro de 2027",
        "es    | 2026-12-01 | false | martes 1 de diciembre",
        "de    | 2026-12-01 | false | Dienstag, 1. Dezember",
        "en-US | 2026-12-01 | false | Tuesday, December 1",
        "en-GB | 2026-12-01 | false | Tuesday 1 December"
      })
  void theFirstOfAMonthReadsAsTheLocaleWritesIt(String tag, String iso, boolean withYear, String expected) {
    for (Register register : Register.values()) {
      Phrasebook book = Phrasebook.load(Locale.forLanguageTag(tag), register, BrandVoice.none());
      assertEquals(expected, book.date(LocalDate.parse(iso), withYear), tag + " " + register);
    }
  }
}
