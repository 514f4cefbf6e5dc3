package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 17, session 19: a day told after "since" is a wait only beside a failure, a wait word or a
 * contact tried ("since friday is a holiday, are you open?" is none: the old list rows that read any
 * "since monday" as a repeat are gone); trying to reach us since a day is a long wait of ours; and a
 * wait since a day of the week held against a later day told as the present ("since tuesday. it's
 * saturday") is a broken promise in every language. One table per mechanism, look-alikes beside.
 */
class WaitsSinceADayTest {

  private static Signals analyze(String locale, String text) {
    return Analyzer.forLocale(Locale.forLanguageTag(locale)).analyze(text);
  }

  private static boolean care(Signals s) {
    return s.escalation().level().atLeast(EscalationLevel.MEDIUM);
  }

  /** "since" before a day is a wait only when the message tells one: a failure, a wait word, a contact tried. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | since friday is a holiday, are you open? | false",
        "en | since monday is a holiday, will the branch be open? | false",
        "en | open since friday? | false",
        "en | we've been customers since march and love the new app | false",
        "es | desde el lunes estamos de vacaciones, ¿abren el sábado? | false",
        "fr | depuis lundi je suis en vacances, vous êtes ouverts dimanche ? | false",
        "de | seit Montag bin ich im Urlaub, habt ihr Sonntag offen? | false",
        "pt-BR | desde segunda estou de férias, vocês abrem domingo? | false",
        // a release "since" starts from tells what set the failure off, not how long (session 22)
        "en | @CloudDrive sync doesnt work on mac since last update | false",
        "en | @BankWise app wont let me log in since the update | false",
        "en | @ZipMobile my phone keeps freezing since the latest ios update | false",
        "fr | @BoxNet l'appli plante depuis la mise à jour | false",
        "es | @MovilStar la app no abre desde la actualización | false",
        // the same onsets beside a failure, a wait or a contact tried still need care
        "en | the app is down since friday | true",
        "en | no internet since monday @NetZoom | true",
        "en | i've been trying to reach someone since friday | true",
        "en | been calling since monday, nobody picks up | true",
        "en | waiting since yesterday for my refund | true",
        "es | sin luz desde el lunes | true",
        "es | desde ayer no funciona la app | true",
        "fr | plus d'internet depuis hier | true",
        "de | seit gestern kein Strom | true",
        "pt-BR | sem internet desde ontem | true",
        "pt-BR | desde segunda o app não abre | true",
      })
  void aDayAfterSinceIsAWaitOnlyBesideOne(String locale, String text, boolean needsCare) {
    Signals s = analyze(locale, text);
    assertEquals(needsCare, care(s), () -> text + " -> " + s);
    if (!needsCare) {
      assertEquals(false, s.escalation().has(SignalKind.REPEAT_CONTACT), () -> text + " -> " + s.escalation());
    }
  }

  /** Waiting or trying to get in touch since a day has lasted hours at least; since a clock time it may be minutes. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "i've been trying to reach someone since friday | true",
        "been emailing since the update and nothing | true",
        "calling your store since yesterday | true",
        "been waiting since 2pm lol | false",
        "been trying since 4:15 to log in lol | false",
      })
  void aWaitSinceADayIsLong(String text, boolean needsCare) {
    Signals s = analyze("en", text);
    assertEquals(needsCare, care(s), () -> text + " -> " + s);
  }

  /** A wait since a day of the week, then a later day told as the present: the days gone by are held against it. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | my package says \"out for delivery\" since tuesday. it's saturday @ShipFast | true",
        "en | tracking stuck at the depot since monday. today is thursday | true",
        "es | mi pedido está en reparto desde el lunes y hoy es viernes | true",
        "fr | mon colis est au dépôt depuis lundi, on est vendredi | true",
        "de | mein Paket liegt seit Montag im Lager, heute ist Freitag | true",
        "pt-BR | meu pedido está em rota desde segunda e hoje já é sexta | true",
        // a day ahead, a day named without "since", one day gone, a story with nothing of ours
        "en | booked for friday. it's tuesday, can i change it? | false",
        "en | my order ships friday, it's monday now so no rush | false",
        "en | been on vacation since friday. it's sunday and i'm so relaxed | false",
      })
  void aDayHeldAgainstALaterPresent(String locale, String text, boolean broken) {
    List<ClauseReader.Finding> found = HeardByComparisonTest.read(locale, text);
    boolean promise = found.stream().anyMatch(f -> f.type() == ClauseReader.Type.BROKEN_PROMISE);
    assertEquals(broken, promise, () -> text + " -> " + found);
    if (broken) {
      Signals s = analyze(locale, text);
      assertEquals(true, care(s), () -> text + " -> " + s);
    }
  }

  /** A Japanese time of departure or arrival ("7時発", "9時着") is a time of day held against a later present; a plan ahead is none. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "7時発の便なのに10時になってもまだ飛ばない | true",
        "9時着の予定の荷物が15時になっても届かない | true",
        "10時発の便に乗ります。今8時です | false",
      })
  void aJapaneseDepartureTime(String text, boolean broken) {
    List<ClauseReader.Finding> found = HeardByComparisonTest.read("ja", text);
    assertEquals(broken, found.stream().anyMatch(f -> f.type() == ClauseReader.Type.BROKEN_PROMISE), () -> text + " -> " + found);
  }

  private static final String[] EN_DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  private static final String[] ES_DAYS = {"lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"};

  /** Any pair of days: a broken promise exactly when two days or more have gone by, in English and in Spanish. */
  @Property(tries = 120)
  void daysGoneByDecideThePromise(@ForAll @IntRange(min = 0, max = 6) int since, @ForAll @IntRange(min = 0, max = 6) int now) {
    int gone = Math.floorMod(now - since, 7);
    String en = "my parcel is stuck at the depot since " + EN_DAYS[since] + ". it's " + EN_DAYS[now];
    String es = "mi paquete está parado desde el " + ES_DAYS[since] + " y hoy es " + ES_DAYS[now];
    for (String[] c : new String[][] {{"en", en}, {"es", es}}) {
      boolean promise = HeardByComparisonTest.read(c[0], c[1]).stream().anyMatch(f -> f.type() == ClauseReader.Type.BROKEN_PROMISE);
      if (promise != gone >= 2) {
        throw new AssertionError(c[1] + " read a broken promise: " + promise);
      }
    }
  }

  /** A causal "since" before any day and any text that tells no failure sets no level and no repeat. */
  @Property(tries = 150)
  void aCauseIsNoWait(@ForAll("days") String day, @ForAll("questions") String question) {
    String text = "since " + day + " is a holiday, " + question;
    Signals s = analyze("en", text);
    if (care(s) || s.escalation().has(SignalKind.REPEAT_CONTACT)) {
      throw new AssertionError(text + " read as " + s);
    }
  }

  /** Any text between "since" and a day, or around the days compared, never breaks the reading's spans. */
  @Property(tries = 200)
  void anyTextAroundTheDaysKeepsItsSpans(@ForAll @StringLength(max = 200) String noise) {
    String[][] cases = {
        {"en", "tracking stuck since " + noise + " monday. it's friday"},
        {"en", "since monday " + noise + " it's friday"},
        {"fr", "bloqué depuis lundi " + noise + ", on est vendredi"},
        {"de", "seit " + noise + " Montag. heute ist Freitag"},
    };
    for (String[] c : cases) {
      Signals s = analyze(c[0], c[1]);
      EvidenceSpans.assertOwnSpans(s, c[1]);
    }
  }

  @Provide
  Arbitrary<String> days() {
    return Arbitraries.of(EN_DAYS).flatMap(d -> Arbitraries.of(d, d.substring(0, 1).toUpperCase(Locale.ROOT) + d.substring(1)));
  }

  @Provide
  Arbitrary<String> questions() {
    return Arbitraries.of(
        "are you open?", "will the branch be open?", "do you deliver on saturday?", "can i still pick up my order?",
        "what are your hours", "is the pharmacy open till 6?", "does the shuttle run?");
  }
}
