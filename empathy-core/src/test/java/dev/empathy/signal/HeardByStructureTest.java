package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 17, session 14: complaints heard by structure in every language, and a level that follows
 * the feeling. Each reading is checked beside a look-alike that tells no complaint.
 */
class HeardByStructureTest {

  private static Signals read(String locale, String text) {
    return Analyzer.forLocale(Locale.forLanguageTag(locale)).analyze(text);
  }

  private static boolean negative(Emotion e) {
    return e != Emotion.NEUTRAL && e != Emotion.GRATEFUL && e != Emotion.CONFUSED;
  }

  /** A promise, then the time gone by since it: the promise is broken, and the wait needs care. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | was told 24 hours, it's been 72",
        "en | they said 3-5 days. it's been 9",
        "es | me dijeron 48 horas y ya van 6 días",
        "fr | on m'a dit 24h, ça fait une semaine",
        "pt-BR | falaram 24 horas e já faz uma semana",
      })
  void aPromiseThenTheTimeGoneByIsABrokenPromise(String locale, String text) {
    Signals s = read(locale, text);
    assertTrue(negative(s.primary()), () -> text + " -> " + s);
    assertTrue(s.escalation().level().atLeast(EscalationLevel.MEDIUM), () -> text + " -> " + s);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | was told 24 hours, thanks for the info",
        "en | they said it's been a great year for the team",
        "es | me dijeron 48 horas, gracias",
        "pt-BR | falaram que faz calor em agosto",
      })
  void aPromiseWithNoTimeGoneByIsNone(String locale, String text) {
    Signals s = read(locale, text);
    assertFalse(s.escalation().level().atLeast(EscalationLevel.MEDIUM), () -> text + " -> " + s);
    assertFalse(negative(s.primary()) && s.primary() != Emotion.ANGRY, () -> text + " -> " + s);
  }

  /**
   * A thing that does not do its job, with a relative clause between it and the negation, or named
   * bare as tweets name it (a thing a customer has with us).
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "the tracking number you gave me doesn't exist",
        "the charger that i bought last week doesn't charge anymore",
        "tracking hasnt moved since tuesday",
        "wifi doesnt work in the lounge",
      })
  void aThingDeniedIsHeardThroughARelativeClauseOrBare(String text) {
    Signals s = read("en", text);
    assertTrue(negative(s.primary()), () -> text + " -> " + s);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "people don't understand how this works",
        "Japan shouldn't have attacked the USA.",
        "if tracking doesn't update by friday that's fine",
      })
  void aBareSubjectThatIsNoThingOfOursTellsNoFailure(String text) {
    Signals s = read("en", text);
    assertFalse(negative(s.primary()) && s.primary() != Emotion.PRESSED_FOR_TIME && s.primary() != Emotion.ANGRY, () -> text + " -> " + s);
  }

  /** A wait sat out where a service keeps its customers: on hold, in the queue. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "es | una hora en espera para nada",
        "de | 45 Minuten in der Warteschleife und dann aufgelegt",
        "fr | deux heures en attente au téléphone",
        "pt-BR | fiquei 1 hora na fila de espera e caiu a ligação",
      })
  void aWaitWhereAServiceKeepsItsCustomersIsAComplaint(String locale, String text) {
    Signals s = read(locale, text);
    assertTrue(negative(s.primary()), () -> text + " -> " + s);
  }

  /** A verb of working stopped: "dejó de funcionar", "parou de funcionar"; not "dejó de llover". */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "es | el cargador que compré la semana pasada dejó de funcionar | true",
        "es | por fin dejó de llover | false",
        "pt-BR | o app parou de funcionar | true",
        "pt-BR | parou de chover finalmente | false",
        "fr | l'appli a arrêté de fonctionner | true",
        "fr | il a arrêté de pleuvoir | false",
      })
  void anActionStoppedIsAFailure(String locale, String text, boolean failure) {
    Signals s = read(locale, text);
    assertEquals(failure, negative(s.primary()), () -> text + " -> " + s);
  }

  /** Japanese: a duration before a wait told as done, a count of calls, a verb of working negated. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "3日待っても届かない | medium",
        "2週間待ってるのにまだ返金されない | medium",
        "3回電話したのに繋がらない | medium",
        "アプリが開かない | low",
        "3日待ってください | none",
        "1時間待ってから行きます | none",
      })
  void japaneseWaitsCountsAndFailures(String text, String level) {
    Signals s = read("ja", text);
    assertEquals(EscalationLevel.fromLabel(level), s.escalation().level(), () -> text + " -> " + s);
  }

  /**
   * The level follows the feeling: anger that needs care, told about a failure of ours, needs a
   * person (high); a strong feeling beside two explicit reasons is several signals at once (high);
   * the same feeling with no failure or a single reason stays medium.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "i am so angry right now. you lost my bag with my meds in it | high",
        "worst airline on the planet. lost my bag, lied about it, hung up on me | high",
        "this is the 5th time i've contacted you about this. absolutely ridiculous. i want a manager | high",
        "i am so angry right now | medium",
        "this is the 5th time i've contacted you about this | medium",
        "3rd time calling about the same bill. every time a different answer | medium",
        "still waiting on the callback i was promised on monday @NetFibre | medium",
      })
  void theLevelFollowsTheFeelingAndItsReasons(String text, String level) {
    Signals s = read("en", text);
    assertEquals(EscalationLevel.fromLabel(level), s.escalation().level(), () -> text + " -> " + s);
  }
}
