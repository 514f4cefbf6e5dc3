package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 17, session 12 (listen-a): the level a plain complaint sets. A wait of hours or more told
 * as a wait needs care by itself, a failed state that has lasted ("out of order for weeks") is a
 * wait, an ordinal counts a contact as it counts a time ("my 3rd chat agent", "tercera llamada"),
 * and anger at us needs care however plainly it is worded.
 */
class WaitsRepeatsAndAngerTest {
  private static final Analyzer EN = Analyzer.forLocale(Locale.US);

  private static boolean negative(Emotion e) {
    return e != Emotion.NEUTRAL && e != Emotion.GRATEFUL && e != Emotion.CONFUSED;
  }

  private static boolean evidenceHas(Signals s, String text) {
    return s.emotions().stream().anyMatch(f -> f.evidence().stream().anyMatch(x -> x.text().contains(text)));
  }

  // ----- a long wait -----

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en-US|waiting 3 weeks for my refund",
        "en-US|on hold for 2 hrs with your billing team",
        "pt-BR|estou esperando há 2 horas na fila do atendimento",
        "es|llevo tres horas esperando en su tienda",
        "fr|vol retardé de 3 heures et aucune info",
        "fr|ça fait deux semaines que j'attends mon colis",
      })
  void aWaitOfHoursOrMoreNeedsCareByItself(String locale, String text) {
    Signals s = Analyzer.forLocale(Locale.forLanguageTag(locale)).analyze(text);
    assertTrue(negative(s.primary()), s::toString);
    assertTrue(s.escalation().level().atLeast(EscalationLevel.MEDIUM), s::toString);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "waited 10 mins for the bus this morning",
        "waited 3 hours in line for the concert lol worth it",
        "the sale ends in 3 days",
      })
  void aShortWaitAWaitLaughedOffOrATimeAheadSetsNoLevel(String text) {
    Signals s = EN.analyze(text);
    assertFalse(s.escalation().level().atLeast(EscalationLevel.MEDIUM), s::toString);
  }

  @Test
  void aFailedStateThatHasLastedIsAWait() {
    Signals s = EN.analyze("the elevator at the station has been out of order for weeks");
    assertEquals(Emotion.FRUSTRATED, s.primary(), s::toString);
    assertTrue(evidenceHas(s, "out of order"), s::toString);
    assertTrue(evidenceHas(s, "for weeks"), s::toString);
    assertTrue(s.escalation().level().atLeast(EscalationLevel.MEDIUM), s::toString);
  }

  @Test
  void outForDeliveryIsNoFailedState() {
    Signals s = EN.analyze("my parcel is out for delivery, see you in 2 hours");
    assertFalse(negative(s.primary()), s::toString);
    assertFalse(s.escalation().level().atLeast(EscalationLevel.MEDIUM), s::toString);
  }

  // ----- an ordinal contact -----

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en-US|Im on my 3rd chat agent today and nobody can fix it|3rd chat",
        "en-US|This is my fifth email about this.|fifth email",
        "en-US|this is the third replacement that's arrived broken|third replacement",
        "en-US|how many more times do I have to explain this to your reps|how many more times",
        "es|tercera llamada a su servicio y nadie me soluciona nada|tercera llamada",
        "fr|troisième appel à votre service pour le même problème|troisième appel",
        "pt-BR|terceira ligação e ninguém resolve|terceira ligação",
      })
  void anOrdinalCountsAContactAsItCountsATime(String locale, String text, String evidence) {
    Signals s = Analyzer.forLocale(Locale.forLanguageTag(locale)).analyze(text);
    EscalationSignal repeat = s.escalation().signal(SignalKind.REPEAT_CONTACT).orElseThrow(() -> new AssertionError(s.toString()));
    assertTrue(repeat.evidence().stream().anyMatch(e -> e.text().equalsIgnoreCase(evidence)), s::toString);
    assertTrue(s.escalation().level().atLeast(EscalationLevel.MEDIUM), s::toString);
  }

  @Test
  void angerWithoutAThingOfOursSetsNoLevelByItself() {
    Signals s = EN.analyze("Nice of you to jump in for no reason, very cool.");
    assertFalse(s.escalation().level().atLeast(EscalationLevel.MEDIUM), s::toString);
  }

  @Test
  void aCountNotToUsIsNoComplaint() {
    Signals s = EN.analyze("this just gets funnier after seeing it for the 30th time");
    assertFalse(s.escalation().level().atLeast(EscalationLevel.MEDIUM), s::toString);
  }

  @ParameterizedTest
  @ValueSource(strings = {"my first call with your team was quick, thanks", "we came second in the chat quiz", "third place in the chat contest, not bad"})
  void aFirstContactOrAnOrdinalOfSomethingElseIsNoRepeat(String text) {
    Signals s = EN.analyze(text);
    assertFalse(s.escalation().has(SignalKind.REPEAT_CONTACT), s::toString);
  }

  /**
   * Issue 17, session 22: a count after the customer's own tries counts attempts, not contacts
   * ("tried restarting 5 times" was a repeat contact, medium); trying to reach us counted still is one.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en|@PhoneCo data not working abroad even tho roaming is on. tried restarting 5 times|false",
        "en|@ZipMobile my phone hasnt had service all day. restarted like 5 times|false",
        "en|@BankWise app wont let me log in. tried reinstalling twice|false",
        "es|@MovilStar la app no abre, reinicié el móvil 3 veces|false",
        "en|@PhoneCo tried calling 5 times and nobody picks up|true",
        "en|@PhoneCo tried to reach you 4 times this week, no answer|true",
        "en|@PhoneCo called 3 times today about the same outage|true",
      })
  void aCountOfTheCustomersOwnTriesIsNoRepeatContact(String locale, String text, boolean repeat) {
    Signals s = Analyzer.forLocale(Locale.forLanguageTag(locale)).analyze(text);
    assertEquals(repeat, s.escalation().has(SignalKind.REPEAT_CONTACT), s::toString);
    assertEquals(repeat, s.escalation().level().atLeast(EscalationLevel.MEDIUM), s::toString);
  }

  // ----- anger -----

  @Test
  void angerAtUsNeedsCareHoweverPlainlyWorded() {
    Signals s = EN.analyze("you guys cancelled my flight and didnt even bother to email me. unreal");
    assertEquals(Emotion.ANGRY, s.primary(), s::toString);
    assertTrue(s.escalation().level().atLeast(EscalationLevel.MEDIUM), s::toString);
  }

  // ----- properties -----

  @Provide
  Arbitrary<String> longUnit() {
    return Arbitraries.of("hours", "hrs", "days", "weeks", "months");
  }

  /** Any count of a unit of hours or more, in any of the wait frames, is a wait that needs care, its evidence on the message's words. */
  @Property(tries = 60)
  void everyLongWaitNeedsCare(@ForAll @IntRange(min = 2, max = 400) int n, @ForAll("longUnit") String unit, @ForAll @IntRange(min = 0, max = 2) int frame) {
    String text =
        switch (frame) {
          case 0 -> "been waiting " + n + " " + unit + " for my refund";
          case 1 -> "on hold for " + n + " " + unit + " now";
          default -> "my order has been stuck for " + n + " " + unit;
        };
    Signals s = EN.analyze(text);
    assertTrue(negative(s.primary()), s::toString);
    assertTrue(s.escalation().level().atLeast(EscalationLevel.MEDIUM), s::toString);
    EvidenceSpans.assertOwnSpans(s, text);
  }

  /** A time ahead ("in 3 hours", "every 2 days") is never a wait, whatever its count and unit. */
  @Property(tries = 40)
  void aTimeAheadIsNoWait(@ForAll @IntRange(min = 1, max = 99) int n, @ForAll("longUnit") String unit) {
    Signals s = EN.analyze("your technician will call in " + n + " " + unit + ", thanks for the update");
    assertFalse(s.escalation().level().atLeast(EscalationLevel.MEDIUM), s::toString);
  }
}
