package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.signal.ClauseReader.Finding;
import dev.empathy.signal.ClauseReader.Type;
import dev.empathy.text.PhraseMatcher.Match;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 17, session 15: complaints heard by comparing what the message tells (a month then a later
 * present, a promised time then the time gone by, a fault then the same fault after a replacement)
 * and a thing that does not work in every language. Session 16: a point in time (a time of day, a
 * day of the month) held against a later present, a promise in every language (the Japanese
 * promise tells its duration first), and a verb of failing with a thing as its subject. One table per mechanism; each table holds the
 * look-alikes that tell none beside the readings, written as customers write.
 */
class HeardByComparisonTest {

  /** The clause reader's findings for {@code text} in {@code locale}, as the analyzer feeds it. */
  static List<Finding> read(String locale, String text) {
    return reader(locale, text).read();
  }

  private static ClauseReader reader(String locale, String text) {
    Lexicon lexicon = Lexicon.shared(Locale.forLanguageTag(locale));
    MessageBody body = MessageBody.of(text);
    List<Match<Cue>> words = new ArrayList<>();
    for (Match<Cue> m : lexicon.matcher().findAll(body.words())) {
      if (m.payload().is(Cue.Kind.CLAUSE) || m.payload().is(Cue.Kind.NEGATOR)) {
        words.add(m);
      }
    }
    String t = body.words();
    return new ClauseReader(t, t.toCharArray(), ClauseReader.Words.of(lexicon.tag()), OwnSituation.of(lexicon.tag()).ours(), words, false);
  }

  private static Set<Type> types(String locale, String text) {
    Set<Type> out = EnumSet.noneOf(Type.class);
    read(locale, text).forEach(f -> out.add(f.type()));
    return out;
  }

  /** A thing named as the subject of a negated verb: in every language, through a complement or a German relative clause. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "es | el asiento no se reclina y son 10 horas de vuelo | true",
        "es | mi cargador nuevo no carga | true",
        "es | la puerta del baño no cierra | true",
        "fr | le siège ne s'incline pas 😩 | true",
        "fr | la porte du frigo ne ferme pas bien | true",
        "de | der Sitz lässt sich nicht verstellen | true",
        "de | das WLAN im Zug funktioniert nicht | true",
        "de | die Bestellung, die ich letzte Woche aufgegeben habe, ist nicht da | true",
        "pt-BR | o assento não reclina | true",
        "pt-BR | a porta da geladeira não fecha | true",
        "en | the lid on my new blender doesnt fit | true",
        "en | the side mirror on the rental doesn't adjust | true",
        "ja | 座席がリクライニングしない | true",
        "ja | 充電器が充電できません | true",
        "ja | Wi-Fiがつながらないんですが | true",
        // a verb of failing with a thing as its subject, in its forms
        "en | my new dishwasher leaks all over the floor | true",
        "en | the printer jams on every page | true",
        "en | the headphones i got for christmas already stopped charging | true",
        "en | my laptop screen flickers nonstop and it's 2 weeks old | true",
        "en | the tv started flickering after the update | true",
        "en | my fridge keeps leaking | true",
        "es | el móvil nuevo ya dejó de cargar, tiene una semana | true",
        "fr | mon lave-vaisselle fuit | true",
        "de | meine Waschmaschine leckt | true",
        "pt-BR | minha máquina de lavar vaza água | true",
        "pt-BR | o celular novo já parou de carregar | true",
        // the writer or a person as the subject, a person's act stopped, a supposition, a bare noun not ours
        "en | I stopped smoking last year | false",
        "en | i started smoking again lol | false",
        "en | my son stopped talking to me | false",
        "en | if the roof leaks we will call you | false",
        "en | the leaked photos were fake | false",
        "en | coffee leaks are the worst lol | false",
        // a verb of mind fails nothing; a supposition tells nothing; no thing named
        "es | mi hijo no sabe nadar jaja | false",
        "es | si mi vuelo no sale a tiempo pierdo la conexión | false",
        "fr | mon fils ne sait pas nager | false",
        "de | mein Chef weiß nicht, wo das ist | false",
        "de | falls mein Flug nicht geht, buche ich um | false",
        "pt-BR | meu filho não sabe nadar kkk | false",
        "en | the people in my town don't know the rules | false",
        "en | the staff at the front desk don't care | true",
        "en | the food isn't good but the view is | false",
        "de | die Leute, die ich kenne, wissen nicht | false",
        "ja | 動かない場合はどうすればいいですか | false",
        "ja | 充電できないですか？ | false",
        "ja | 時間がない | false",
        "ja | ありがとうございました | false",
      })
  void aThingThatDoesNotWork(String locale, String text, boolean heard) {
    assertEquals(heard, types(locale, text).contains(Type.FAILURE), () -> text + ": " + read(locale, text));
  }

  /** A month told beside something of ours, then the present told as a month at least two later. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | opened a ticket back in feb and its may now. nobody has touched it | true",
        "en | @QuickShip submitted the claim in january. it is april. zero progress | true",
        "es | abrí un reclamo en marzo y ya es junio | true",
        "fr | j'ai ouvert un dossier en mars, on est en juin | true",
        "de | Reklamation im März eröffnet, jetzt ist Juni | true",
        "pt-BR | abri um chamado em março e já é junho | true",
        "ja | 3月に問い合わせたのにもう6月です | true",
        // nothing of ours, a month ahead, a month too close, no present told
        "en | moved here in march and its june now, loving it | false",
        "en | opened a ticket in may and its june | false",
        "en | booked in march for our trip in june | false",
        "en | cancelled my subscription in june and you charged me in july and august | false",
        "es | pedí en marzo, llega en junio | false",
      })
  void aMonthHeldAgainstALaterPresent(String locale, String text, boolean heard) {
    assertEquals(heard, types(locale, text).contains(Type.BROKEN_PROMISE), () -> text + ": " + read(locale, text));
  }

  /**
   * A time of day or a day of the month told beside something of ours, then the present told as a
   * later point of the same kind (half an hour, four days at least): the time gone by breaks a
   * promise no word made. A point ahead, a point too close, no present told, or a story with
   * nothing of ours tells none.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | been on hold since 10:15. it's 11:30 | true",
        "en | scheduled pickup 9-11am, it's 2:20pm and no driver | true",
        "en | check in opened at 5:00. its 5:50 and there's one agent for 200 people | true",
        "en | @SwiftAir checked in at 6:40, its 9:15 and we still havent boarded | true",
        "es | el técnico tenía que venir a las 10, son las 14 y nada | true",
        "fr | le technicien devait passer à 9h. il est 15h | true",
        "de | der Techniker sollte um 8 Uhr kommen. Jetzt ist es 13 Uhr | true",
        "ja | 10時に来るはずだった業者が、まだ来ません。もう15時です | true",
        "en | ordered on the 3rd, it's the 21st and tracking still says label created | true",
        "en | order placed nov 2nd, its nov 20th and still \"preparing for shipment\" | true",
        "en | i submitted a ticket on the 1st. today is the 15th. crickets | true",
        "es | pedí el 3 de marzo y hoy es 20 y no llega nada | true",
        "fr | commandé le 2, on est le 18 et toujours rien | true",
        "de | bestellt am 2., heute ist der 20. und nichts ist da | true",
        "pt-BR | comprei dia 2, hoje é dia 22 e nada | true",
        "ja | 2日に注文したのに、今日は20日です | true",
        // a point ahead or too close, no present told, nothing of ours, a duration
        "en | boarding at 7:10, it's 6:30 now and no coffee | false",
        "en | check in opened at 5:00. its 5:10, queue is moving | false",
        "en | checked in at 6:40, boarding at 7:10, whats the gate? | false",
        "en | ordered on the 3rd, arriving on the 5th, just wanted to confirm the address | false",
        "en | ordered on the 19th and it's the 21st, any tracking yet? | false",
        "en | woke up at 6:00, it's 10:30 and i'm still in bed lol | false",
        "es | ya son 10 horas de vuelo y el asiento no se reclina | false",
        "ja | 48時間待っています。今日は20日です | false",
      })
  void aPointInTimeHeldAgainstALaterPresent(String locale, String text, boolean heard) {
    assertEquals(heard, types(locale, text).contains(Type.BROKEN_PROMISE), () -> text + ": " + read(locale, text));
  }

  /**
   * Session 17: a later time of day not told as the present still holds the time gone by when
   * "still" tells it ("still here at 1", "seguimos … a las 10", "um 10 noch am Gate") or when the
   * earlier point's clause tells what we owe (a contact, an order, a promise): from an hour on. A
   * bare number after "at", "um", "às" is a time of day; a bare earlier hour may be the evening ("at
   * 6 … it's now 11pm"). A schedule, an hour too close, a story with nothing of ours tells none.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | called at 8am, got through at 11. three hours of elevator music | true",
        "en | ordered at 7, food showed up at 9:15 stone cold | true",
        "en | gate agent said we'd board at 7. it's 8:40 and no updates | true",
        "en | tech said he'd be here at 9, still no one at 11:30 | true",
        "en | our order was placed at 6, it's now 11pm | true",
        "es | mi vuelo salía a las 7 y seguimos en la puerta a las 10 | true",
        "fr | vol prévu à 7h, on est toujours à la porte à 10h | true",
        "de | flug sollte um 7 gehen, wir sitzen um 10 noch am gate | true",
        "pt-BR | meu voo era às 7 e ainda estamos no portão às 10 | true",
        // a schedule, an hour too close, a point ahead, nothing of ours or owed
        "en | checked in at 6:40, boarding at 7:10 | false",
        "en | called at 8am, got through at 8:20, quick one | false",
        "en | flight at 8am, landed at 11, great crew | false",
        "en | ordered at 7 for pickup at 6 | false",
        "en | we met at 3 and talked at 5 | false",
        "es | el vuelo sale a las 7 y llega a las 10 | false",
        "de | um 7 Uhr Abflug, um 10 Uhr Landung | false",
        "pt-BR | o voo sai às 7 e chega às 10 | false",
      })
  void aLaterTimeOfDayNotToldAsThePresent(String locale, String text, boolean heard) {
    assertEquals(heard, types(locale, text).contains(Type.BROKEN_PROMISE), () -> text + ": " + read(locale, text));
  }

  /** Beside a failure, the thing's short age told (three months at most) is a wait: the thing failed while new. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | my laptop screen flickers nonstop and it's 2 weeks old | true",
        "en | my car charger stopped working after 2 days. 2 DAYS | true",
        "es | el móvil nuevo ya dejó de cargar, tiene una semana | true",
        "fr | mon téléphone ne charge plus et il a 2 semaines | true",
        "pt-BR | o celular novo já parou de carregar, tem uma semana | true",
        "ja | 新しいスマホがもう充電できなくなりました。まだ1週間です | true",
        // an old thing, an age with no failure, a failure with no age
        "en | my laptop screen flickers and it's 4 years old | false",
        "en | my daughter is 2 weeks old today | false",
        "en | my new dishwasher leaks all over the floor | false",
      })
  void aThingThatFailedWhileNew(String locale, String text, boolean heard) {
    Set<Type> t = types(locale, text);
    assertEquals(heard, t.contains(Type.FAILURE) && t.contains(Type.WAIT), () -> text + ": " + read(locale, text));
  }

  /** An ordinal before a failure or an event done to a booking: the thing happened again, a repeat and a failure. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | great, 3rd gate change and nobody at the desk @SkyJetAir | true",
        "en | 4th delay notification tonight. love that for me | true",
        "en | second cancelled delivery this week, nobody rang the bell | true",
        "fr | deuxième colis perdu ce mois-ci | true",
        "es | tercer retraso esta semana | true",
        "de | die dritte Verspätung diese Woche | true",
        "pt-BR | segundo voo cancelado esse mês | true",
        // an ordinal of anything else, or asked
        "en | my 2nd time flying with you next week, anything i should know? | false",
        "en | is the 3rd floor lounge open to gold members | false",
        "en | the second season was better | false",
        "en | wait a second, is my flight delayed? | false",
      })
  void anOrdinalBeforeAFailure(String locale, String text, boolean heard) {
    Set<Type> t = types(locale, text);
    assertEquals(heard, t.contains(Type.REPEAT) && t.contains(Type.FAILURE), () -> text + ": " + read(locale, text));
  }

  /**
   * Session 17: a promised duration then a longer one told after it with no word of time elapsed
   * ("we're on week 5", "day 12 and nothing", "já são 10 dias"): the promise is broken. "a week"
   * promises one week; a unit may come after one word ("3-5 business days"). A shorter or equal
   * duration after it, or a duration ahead ("in 2 weeks": a new promise), breaks nothing.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | they said a week tops. we're on week 5 | true",
        "en | they said 2 weeks max. we're on week 6 now | true",
        "en | they told me 3-5 business days. day 12 and nothing @ParcelPro | true",
        "en | rep promised 48 hours, we're at 6 days | true",
        "pt-BR | me falaram 48 horas e já são 10 dias | true",
        "es | me prometieron una semana y vamos por la semana 4 | true",
        "en | they said 3-5 days and it came in 2 days, great | false",
        "en | they said 2 days, now they say in 2 weeks | false",
        "en | they said a week tops. we're on day 5 | false",
        "en | you said 10 business days, its been 8 days | false",
        "pt-BR | me falaram 48 horas e chegou em 24 horas | false",
      })
  void aPromisedDurationAgainstALongerOne(String locale, String text, boolean broken) {
    assertEquals(broken, types(locale, text).contains(Type.BROKEN_PROMISE), () -> text + ": " + read(locale, text));
  }

  /**
   * Session 17: money paid for speed (a word of set {@code speed} in the clause of "paid", before
   * or after it) then a delivery of three days or more told after it: what was paid for did not
   * come, in every language with the words. Two days, a time past ("3 weeks ago"), a supposition or
   * a question, or speed never paid for tells none.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | paid for express shipping, came in 9 days | true",
        "en | paid $40 for next day delivery and it showed up 5 days later smh | true",
        "es | pagué envío exprés y llegó a los 9 días | true",
        "fr | j'ai payé la livraison express et le colis est arrivé au bout de 8 jours | true",
        "de | expressversand bezahlt und das paket kam nach 9 tagen | true",
        "pt-BR | paguei frete expresso e chegou em 9 dias | true",
        "en | paid for express, came in 2 days | false",
        "en | paid for fast shipping 3 weeks ago, love it | false",
        "en | if i pay for express will it come in 3 days? | false",
        "en | paid for the hotel, stayed 5 days, express checkout was nice | false",
        "es | pagué el envío normal y llegó en 9 días | false",
        "de | normal bezahlt, Paket kam nach 4 Tagen | false",
      })
  void speedPaidForAgainstTheDaysItTook(String locale, String text, boolean broken) {
    assertEquals(broken, types(locale, text).contains(Type.BROKEN_PROMISE), () -> text + ": " + read(locale, text));
  }

  /**
   * Session 17: a promise then a nothing that opens its clause or follows a joining word, in the
   * promise's sentence or the next ("prometieron llamarme ayer y nada"); a promise made by agreeing
   * to it ("ficou de vir", "quedó en venir") held against a later present. What was promised named as
   * nothing, a nothing inside another clause, a question, tells none.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | they promised me a refund, nothing came | true",
        "en | promised a callback. nothing | true",
        "es | prometieron llamarme ayer y nada | true",
        "fr | on m'avait promis un rappel hier, rien | true",
        "de | Rückruf wurde mir gestern versprochen, nichts passiert | true",
        "pt-BR | prometeram me ligar ontem e nada | true",
        "pt-BR | o técnico ficou de vir às 9h. já são 15h | true",
        "es | el técnico quedó en venir a las 9 y son las 2 de la tarde | true",
        "en | they promised nothing and delivered | false",
        "en | you said nothing about fees | false",
        "en | they promised a refund, is there nothing i need to do? | false",
        "es | me dijeron que no pasaba nada | false",
        "pt-BR | o técnico ficou de vir às 9h e chegou às 9h10 | false",
      })
  void aPromiseThenNothing(String locale, String text, boolean broken) {
    assertEquals(broken, types(locale, text).contains(Type.BROKEN_PROMISE), () -> text + ": " + read(locale, text));
  }

  /** A promised time against the time gone by: only more time than was promised breaks it, and time still in time is no wait. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | was told 24 hours, it's been 72 | true",
        "en | you said 3 days. its been 5 days | true",
        "en | they told me 5-7 business days, today is day 15 | true",
        "es | me dijeron 48 horas y ya van 6 días | true",
        "fr | on m'a dit 48h, ça fait 6 jours | true",
        "de | Sie sagten 48 Stunden, jetzt sind es 6 Tage | true",
        "es | me dijeron 24 horas y ya pasaron 5 días, nada | true",
        "pt-BR | disseram 48 horas e já se passaram 7 dias | true",
        "ja | 48時間と言われたのに、もう6日です | true",
        "ja | 3日と言われて、もう2日です | false",
        "de | Sie sagten 3 Tage, jetzt sind es 2 Tage | false",
        "es | me dijeron 5 días y ya pasaron 2 días | false",
        "en | was told 72 hours, it's been 24 | false",
        "en | you said 3 days. its been 2 days | false",
        "en | estimated delivery was 10 days, it's day 4 | false",
        "es | me dijeron 5 días y ya van 2 días | false",
      })
  void aPromisedTimeAgainstTheTimeGoneBy(String locale, String text, boolean broken) {
    Set<Type> t = types(locale, text);
    assertEquals(broken, t.contains(Type.BROKEN_PROMISE), () -> text + ": " + read(locale, text));
    if (!broken) {
      assertTrue(!t.contains(Type.WAIT), () -> "a time still in time is no wait: " + text + ": " + read(locale, text));
    }
  }

  /** A call closed by two marks or more that nobody answered is a contact repeated; one mark, or a sentence that goes on, asks. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | hello??? anyone?? ordered 2 weeks ago | true",
        "en | helloooo?? | true",
        "es | hola??? hay alguien??? pedí hace 2 semanas | true",
        "fr | allô??? quelqu'un??? commande passée il y a 2 semaines | true",
        "de | hallo??? jemand da??? vor 2 Wochen bestellt | true",
        "pt-BR | oi??? alguém??? pedi faz 2 semanas | true",
        "en | hello? is this the right place for billing | false",
        "en | anyone know how to reset this?? | false",
        "en | hi, is this the right place?? | false",
        "es | alguien sabe si abren hoy?? | false",
      })
  void aCallNobodyAnswered(String locale, String text, boolean heard) {
    assertEquals(heard, types(locale, text).contains(Type.REPEAT), () -> text + ": " + read(locale, text));
  }

  /** The same fault after a thing replaced or repaired is a failure repeated; "same problem here" alone agrees with someone. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | second replacement this month and it has the exact same fault | true",
        "en | you replaced my phone and the new one has the same dead pixel | true",
        "es | segundo reemplazo en un mes, mismo fallo | true",
        "fr | deuxième remplacement en un mois, même panne | true",
        "de | zweiter Ersatz in einem Monat, gleicher Fehler | true",
        "pt-BR | segunda troca em um mês, mesmo defeito | true",
        "ja | 1ヶ月で2回目の交換、また同じ不具合です | true",
        "en | same problem here, any fix? | false",
        "en | got a replacement, works great, same color as before | false",
        "es | tengo el mismo problema que tú | false",
      })
  void theSameFaultAfterAReplacement(String locale, String text, boolean heard) {
    Set<Type> t = types(locale, text);
    assertEquals(heard, t.contains(Type.REPEAT) && t.contains(Type.FAILURE), () -> text + ": " + read(locale, text));
  }

  /** A queue or hold told beside the duration, before or after it, makes it a wait of ours, long from half an hour. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "es | llevo 40 minutos en espera @Movistar | true",
        "pt-BR | 40 minutos esperando na linha | true",
        "ja | 電話で40分待たされています | true",
        "en | been on hold 55 mins @TelcoOne | true",
        "en | on hold 40 min now | true",
        "es | llevo 10 minutos en espera | false",
        "en | been on hold 10 mins | false",
        "pt-BR | 10 minutos esperando na linha | false",
      })
  void aQueueBesideTheDuration(String locale, String text, boolean longWait) {
    ClauseReader r = reader(locale, text);
    r.read();
    assertTrue(!r.held().isEmpty(), () -> text + ": no wait in a queue");
    assertEquals(longWait, r.held().get(0).weight() >= ClauseReader.LONG_WAIT, () -> text + ": " + r.held());
  }

  /** The comparisons read only the text they were given: any mix of their words, marks and digits keeps every span inside it. */
  @Property(tries = 300)
  void comparisonsNeverLeaveTheText(@ForAll("comparisonSoup") String text, @ForAll("locales") String locale) {
    for (Finding f : read(locale, text)) {
      if (f.start() < 0 || f.end() > text.length() || f.start() >= f.end()) {
        throw new AssertionError("finding outside the text: " + f + " in " + text.length() + " chars: " + text);
      }
    }
  }

  @Provide
  Arbitrary<String> locales() {
    return Arbitraries.of("en", "es", "fr", "de", "pt-BR", "ja");
  }

  @Provide
  Arbitrary<String> comparisonSoup() {
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            Arbitraries.of(
                "march", "june", "its", "it is", "ya es", "junio", "on est en", "juin", "jetzt ist", "Juni", "já é", "junho", "3月", "もう6月", "told",
                "72 hours", "it's been", "24", "5-7 days", "day 4", "day", "hello", "anyone", "??", "???", "?", "same", "mismo", "fallo", "fault",
                "replacement", "reemplazo", "2nd", "no", "ne", "nicht", "não", "doesn't", "the", "el", "der", "die", ",", ".", "on hold", "en espera",
                "40 minutos", "電話で", "40分", "待たされ", "10:15", "7:30pm", "9-11am", "a las", "son las", "15h", "um 8 Uhr", "am 2.",
                "dia", "le 18", "21st", "10時に", "今日は20日", "もう15時", "12:", "99:99", "1-", "a.m.", "my fridge", "leaks", "stopped", "charging",
                "dejó de", "fuit", "leckt", "vaza", "2 weeks old", "tiene una semana", "まだ1週間です", "3rd", "second", "gate change", "perdu",
                "と言われた", "sagten", "pasaron", "@brand", "at 7", "at", "still", "um", "às", "seguimos", "11pm", "paid for", "express", "promised", "nothing", "y nada", "ficou de", "quedó en", "pagué", "exprés", "bezahlt", "9 days", "ago", "week 5", "a week", "business days", "👨‍👩‍👧", "e\u0301", "\u202Eabc", "\uD800", "\u0000", "999999999999"),
            Arbitraries.strings().ofMaxLength(6));
    return piece.list().ofMaxSize(30).map(l -> String.join(" ", l));
  }
}
