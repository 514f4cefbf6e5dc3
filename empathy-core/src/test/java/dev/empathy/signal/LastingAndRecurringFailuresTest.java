package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.empathy.Emotion;
import dev.empathy.signal.ClauseReader.Type;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 17, session 18: the level follows what a plain complaint tells. A failure beside the time
 * it has lasted until now ("since", "seit", "depuis", "desde") is a failure with a wait; a failure
 * told with a count of times is two failures at once; a duration after a verb told as done is how
 * long it took, no deadline; Japanese tells a wait and a repeat with particles between the words
 * ("3日経っても", "5時間遅れて", "3回も電話した"). One table per mechanism: each reading beside the
 * look-alikes that tell none, written as customers write.
 */
class LastingAndRecurringFailuresTest {

  private static Signals read(String locale, String text) {
    return Analyzer.forLocale(Locale.forLanguageTag(locale)).analyze(text);
  }

  private static boolean medium(Signals s) {
    return s.escalation().level().atLeast(EscalationLevel.MEDIUM);
  }

  /** A failure lasting since a day or a time, in every language, needs care; "since" beside no failure sets no level. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | wifi down since 8am. i work from home @NetLink | true",
        "en | our internet is out since tuesday and nobody came | true",
        "de | seit samstag kein internet | true",
        "de | Seit gestern kein Netz, Router blinkt rot | true",
        "fr | plus d'internet depuis samedi | true",
        "fr | la box est en panne depuis hier soir | true",
        "es | sin luz desde ayer y sin respuesta | true",
        "pt-BR | sem internet desde sábado | true",
        "en | flying with you since 2015 and still love it | false",
        "en | been a member since march, quick question about my points | false",
        "de | seit gestern bin ich Kunde, wie melde ich mich an? | false",
        "fr | j'habite ici depuis lundi, où est l'agence la plus proche ? | false",
        "pt-BR | cliente desde sábado, como ativo o cartão? | false",
      })
  void aFailureLastingUntilNow(String locale, String text, boolean care) {
    Signals s = read(locale, text);
    assertEquals(care, medium(s), () -> text + " -> " + s);
  }

  /** A failure told with a count of two or more needs care; a count of anything else sets no level. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | you charged me twice for one order | true",
        "en | ur app charged me 3x for one ride | true",
        "es | me cobraron dos veces el mismo mes @MovilPlus | true",
        "de | zweimal abgebucht für eine bestellung | true",
        "pt-BR | cobraram duas vezes no meu cartão | true",
        "en | flew with you 3 times this year, always smooth | false",
        "en | tried the new burger twice, so good | false",
        "es | ya fui dos veces a la tienda nueva, me encanta | false",
        "de | war schon zweimal da, super freundlich | false",
      })
  void aFailureCounted(String locale, String text, boolean care) {
    Signals s = read(locale, text);
    assertEquals(care, medium(s), () -> text + " -> " + s);
  }

  /**
   * A duration right after a verb told as done is how long it took: thanks for it is no haste. A
   * deadline asked for keeps its haste.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "de | danke, wurde in 10 minuten gelöst | false",
        "es | gracias, me lo solucionaron en 10 minutos | false",
        "pt-BR | obrigado, resolveram em 10 minutos | false",
        "en | fixed in 10 min, thank you!! | false",
        "en | @PizzaHaus delivered hot in 20 min, thank you!! | false",
        "en | @TowCo arrived super fast in 15 minutes. thank you | false",
        "es | necesito que me lo solucionen en 10 minutos, por favor | true",
        "de | ich brauche die bestätigung in 10 minuten | true",
        "en | i need it delivered in 2 hours, my flight leaves in 3 hours | true",
      })
  void aDurationAfterADoneVerb(String locale, String text, boolean haste) {
    Signals s = read(locale, text);
    boolean urgency = s.escalation().signals().stream().anyMatch(g -> g.kind() == SignalKind.URGENCY);
    assertEquals(haste, urgency, () -> text + " -> " + s);
    if (!haste) {
      assertEquals(Emotion.GRATEFUL, s.primary(), () -> text + " -> " + s);
      assertEquals(EscalationLevel.NONE, s.escalation().level(), () -> text + " -> " + s);
    }
  }

  /** A thing bought a short time "ago" that fails needs care; one bought long ago, or that works, sets no level. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | bought a phone from you 2 weeks ago and it already won't charge | true",
        "es | compré la tele hace 2 semanas y ya no enciende | true",
        "en | bought a phone from you 2 weeks ago, love it so far | false",
        "en | bought this laptop 6 years ago and it finally stopped charging, how do i recycle it? | false",
      })
  void aThingBoughtAgoThatFails(String locale, String text, boolean care) {
    Signals s = read(locale, text);
    assertEquals(care, medium(s), () -> text + " -> " + s);
  }

  /** An accusation of taking, with the sum between the act and its victim, is a failure told; the writer's own act is none. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "you stole $300 from my account | true",
        "u stole 40 bucks from me | true",
        "this is fraud and now you ignore me | true",
        "i stole 2 fries from my kids lol | false",
        "we stole 10 minutes from our lunch break to call you | false",
      })
  void anAccusationOfTaking(String text, boolean told) {
    boolean found = HeardByComparisonTest.read("en", text).stream().anyMatch(f -> f.type() == Type.FAILURE);
    assertEquals(told, found, () -> text + " -> " + HeardByComparisonTest.read("en", text));
  }

  /** Japanese: time gone by and a delay after a duration are waits, a count stressed by "も" a repeat. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "荷物が3日経っても届かない | WAIT | true",
        "注文して1週間たっても連絡がありません | WAIT | true",
        "飛行機が5時間遅れて何の説明もない | WAIT | true",
        "3回も電話したのに誰も出ない | REPEAT | true",
        "5度も問い合わせたのに返事がない | REPEAT | true",
        "3日後に届く予定です | WAIT | false",
        "3日たったら連絡してください | WAIT | false",
        "3回目の旅行です、楽しみ | REPEAT | false",
      })
  void japaneseWaitsAndRepeats(String text, Type type, boolean told) {
    boolean found = HeardByComparisonTest.read("ja", text).stream().anyMatch(f -> f.type() == type);
    assertEquals(told, found, () -> text + " -> " + HeardByComparisonTest.read("ja", text));
  }

  /** The Japanese readings set the level beside the failure they tell; a later time told with "になっても" is the time gone by. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "荷物が1週間たっても届きません | true",
        "3回も電話したのに誰も出ない | true",
        "9時に来るはずの業者が15時になっても来ない | true",
        "10時になっても大丈夫です | false",
        "3時になったら電話します | false",
      })
  void japaneseLevel(String text, boolean care) {
    Signals s = read("ja", text);
    assertEquals(care, medium(s), () -> text + " -> " + s);
  }
}
