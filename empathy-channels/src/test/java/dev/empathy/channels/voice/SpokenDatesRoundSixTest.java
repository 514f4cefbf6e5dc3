package dev.empathy.channels.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 18's probes: numeric dates read as written on a call. German writes them with stops
 * ("am 03.12.", "Fr. 11.12."), a date by its form ({@code date.dotted}); English agents put one
 * after words such as "through", "effective" and "appt is" ({@code date.before}).
 */
class SpokenDatesRoundSixTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "de-DE|ihr habt mir am 03.12. zweimal abgebucht|ihr habt mir am 3. Dezember zweimal abgebucht",
    "de-DE|neuen Termin am Fr. 11.12. von 8 bis 10 Uhr gebucht|neuen Termin am Freitag 11. Dezember von 8 bis 10 Uhr gebucht",
    "de-DE|Reisehinweis bis 15.12. hinterlegt|Reisehinweis bis 15. Dezember hinterlegt",
    "de-DE|bin auf Reise bis 15.12.|bin auf Reise bis 15. Dezember.",
    "de-DE|Kündigung zum 31.01.2027 bestätigt|Kündigung zum 31. Januar 2027 bestätigt",
    // not dates: a version, an amount, a day that does not exist
    "de-DE|Version 18.2 installiert|Version 18.2 installiert",
    "de-DE|Betrag von 1.200 erstattet|Betrag von 1.200 erstattet",
    "de-DE|am 31.02. gebucht|am 31.02. gebucht",
    "en-US|code says expired but it is valid through 12/31|code says expired but it is valid through December thirty-first",
    "en-US|confirmed the cancellation, effective 11/28|confirmed the cancellation, effective November twenty-eighth",
    "en-US|your appt is 12/09 at 10:30|your appt is December ninth at 10:30",
  })
  void aNumericDateIsSaidAsADate(String tag, String written, String said) {
    assertEquals(said, SpokenFigures.forLocale(Locale.forLanguageTag(tag)).say(written));
  }
}
