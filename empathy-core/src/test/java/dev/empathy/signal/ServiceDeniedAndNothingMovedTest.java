package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.empathy.Emotion;
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
 * Issue 17, session 19: a service the customer lives by, denied by a word of lack ("no internet",
 * "kein Warmwasser", "pas d'internet", "sin luz", "sem sinal"), is a failure in every language,
 * a compound or an elided form included, and needs care beside the time it has lasted; and a
 * negated perfect before "in" and a duration ("the tracking hasn't moved in 10 days") tells how
 * long nothing has happened. One table per mechanism, look-alikes beside.
 */
class ServiceDeniedAndNothingMovedTest {

  private static Signals analyze(String locale, String text) {
    return Analyzer.forLocale(Locale.forLanguageTag(locale)).analyze(text);
  }

  private static boolean care(Signals s) {
    return s.escalation().level().atLeast(EscalationLevel.MEDIUM);
  }

  private static boolean failureRead(String locale, String text) {
    return HeardByComparisonTest.read(locale, text).stream().anyMatch(f -> f.type() == ClauseReader.Type.FAILURE);
  }

  /** A word of lack before a service that ends its noun phrase is a failure; a service word inside a longer noun or a question is none. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "de | kein Warmwasser | true",
        "de | wir haben keinen Strom mehr | true",
        "de | kein Festnetz und kein WLAN | true",
        "fr | pas d'internet depuis samedi | true",
        "fr | toujours pas d'eau chaude | true",
        "es | no hay agua caliente | true",
        "es | llevo dos días sin señal | true",
        "pt-BR | sem água quente | true",
        "pt-BR | não tem internet desde ontem | true",
        "en | zero signal in the whole hotel | true",
        "en | no power at our house | true",
        // a longer noun, a question, a supposition, an idiom, a word that only ends like a service
        "en | is there no wifi on the train? | false",
        "en | no power bank allowed in checked bags? | false",
        "en | if there's no internet i'll just read | false",
        "de | kein Problem, danke | false",
        "de | keine Wasserflasche im Handgepäck? | false",
        "fr | c'est pas beau | false",
        "es | sin agua no hay vida jaja | false",
      })
  void aServiceDenied(String locale, String text, boolean failure) {
    assertEquals(failure, failureRead(locale, text), () -> text + " -> " + HeardByComparisonTest.read(locale, text));
  }

  /** Beside the time it has lasted, a service denied needs care: the known misses of session 18 and their kin. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "de | seit drei tagen kein warmwasser",
        "de | kein Internet seit Montag, echt jetzt",
        "fr | pas d'internet depuis samedi",
        "fr | plus de chauffage depuis lundi @EnergieFR",
        "es | sin calefacción desde el viernes",
        "pt-BR | sem sinal há 3 dias",
        "en | no hot water since monday @CityHomes",
        "en | no wifi for 3 days now",
      })
  void aServiceDeniedThatLastsNeedsCare(String locale, String text) {
    Signals s = analyze(locale, text);
    assertEquals(true, care(s), () -> text + " -> " + s);
    assertEquals(true, s.primary() == Emotion.FRUSTRATED || s.primary() == Emotion.ANGRY || s.primary() == Emotion.ANXIOUS, () -> text + " -> " + s);
  }

  /** A negated perfect before "in" and a duration is a wait beside a failure; a negated future is a time ahead; a habit is no complaint. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "the tracking hasn't moved in 10 days | true",
        "tracking hasn't updated in a week @ParcelGo | true",
        "my order has not shipped in 2 weeks | true",
        "the lift in your garage hasnt worked in ages | true",
        "i haven't smoked in 10 days | false",
        "haven't been to your store in years, what's new? | false",
        "it won't arrive in 3 days, right? | false",
      })
  void nothingMovedInADuration(String text, boolean needsCare) {
    Signals s = analyze("en", text);
    assertEquals(needsCare, care(s), () -> text + " -> " + s);
  }

  /** Any count of days with a negated perfect and a thing of ours needs care. */
  @Property(tries = 100)
  void anyDurationOfNothingMovedNeedsCare(@ForAll @IntRange(min = 2, max = 60) int n, @ForAll("units") String unit, @ForAll("things") String thing) {
    String text = thing + " hasn't moved in " + n + " " + unit;
    Signals s = analyze("en", text);
    if (!care(s)) {
      throw new AssertionError(text + " read as " + s);
    }
  }

  /** Any service after "kein" with any duration after "seit" needs care, its compound form too. */
  @Property(tries = 100)
  void anyGermanServiceDeniedSinceDaysNeedsCare(@ForAll("deServices") String service, @ForAll @IntRange(min = 2, max = 30) int n, @ForAll boolean compound) {
    String text = "seit " + n + " Tagen kein " + (compound ? "Warm" + service.toLowerCase(Locale.ROOT) : service);
    Signals s = analyze("de", text);
    if (!care(s)) {
      throw new AssertionError(text + " read as " + s);
    }
  }

  /** Any text around a lack and a service never breaks the reading or its spans. */
  @Property(tries = 200)
  void anyTextAroundALackKeepsItsSpans(@ForAll @StringLength(max = 200) String noise) {
    String[][] cases = {
        {"en", "no " + noise + " internet since monday"},
        {"en", "the tracking hasn't " + noise + " moved in 10 days"},
        {"de", "kein" + noise + "wasser seit 3 Tagen"},
        {"fr", "pas d'" + noise + " depuis samedi"},
    };
    for (String[] c : cases) {
      EvidenceSpans.assertOwnSpans(analyze(c[0], c[1]), c[1]);
    }
  }

  @Provide
  Arbitrary<String> units() {
    return Arbitraries.of("days", "weeks", "hours", "hrs", "months");
  }

  @Provide
  Arbitrary<String> things() {
    return Arbitraries.of("the tracking", "my order", "my parcel", "the package", "my refund", "the status");
  }

  @Provide
  Arbitrary<String> deServices() {
    return Arbitraries.of("Internet", "Strom", "Wasser", "WLAN", "Netz", "Heizung", "Empfang");
  }
}
