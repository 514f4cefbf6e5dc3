package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.InvalidInputException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 17 (session 11): complaints to brands that need care by their structure, however plainly
 * they are told, in five languages: a failure that leaves the customer unanswered, that loses what
 * cannot be replaced or their money, a promise held against the present, an ultimatum, a failure
 * shouted; and the high and critical acts. Messages written by us in tweet style (they flatter
 * us); the measure on text we did not write is GoEmotions (README, "Issue 17, session 11").
 */
class FailuresThatNeedCareTest {
  private static final Map<String, Analyzer> ANALYZERS = new ConcurrentHashMap<>();

  private static Signals read(String locale, String text) {
    return ANALYZERS.computeIfAbsent(locale, t -> Analyzer.forLocale(Locale.forLanguageTag(t))).analyze(text);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en    | @AskPayPal you never replied to any of my emails",
        "en    | no one replies to my emails",
        "es    | nadie contesta el teléfono",
        "es    | @Orange_Esp nadie responde a mis correos",
        "fr    | personne ne répond au téléphone",
        "fr    | @Bouygues aucune réponse à mes mails",
        "de    | niemand geht ans Telefon",
        "de    | keiner antwortet auf meine Mails",
        "pt-BR | ninguém atende o telefone",
        "pt-BR | ninguém responde meus emails",
      })
  void aCustomerLeftUnansweredNeedsCare(String locale, String text) {
    Signals s = read(locale, text);
    assertTrue(s.escalation().level().atLeast(EscalationLevel.MEDIUM), text + " -> " + s);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en    | @united you lost my bag with my dad's ashes in it",
        "en    | you charged me twice and I still haven't gotten my money back",
        "es    | me cobraron dos veces y no me devuelven el dinero",
        "es    | perdieron mi maleta con las cenizas de mi padre",
        "fr    | j'ai été débité deux fois et pas de remboursement",
        "de    | Ich habe zweimal bezahlt und bekomme mein Geld nicht zurück",
        "de    | alle meine Hochzeitsfotos sind weg nach dem Update",
        "pt-BR | me cobraram duas vezes e não devolveram o dinheiro",
        "pt-BR | perderam minha mala com as cinzas do meu pai",
        "es    | Me cancelaron el vuelo sin avisar",
      })
  void aLossOfMoneyOrOfWhatCannotBeReplacedNeedsCare(String locale, String text) {
    Signals s = read(locale, text);
    assertTrue(s.escalation().level().atLeast(EscalationLevel.MEDIUM), text + " -> " + s);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en    | you said it would arrive yesterday",
        "en    | @FedEx promised delivery by friday, it's monday",
        "es    | me dijeron que llegaba ayer",
        "es    | el paquete debía llegar el lunes",
        "fr    | vous m'aviez dit qu'il arriverait hier",
        "de    | ihr habt gesagt, es kommt gestern",
        "de    | Lieferung war für Freitag versprochen, heute ist Montag",
        "pt-BR | disseram que chegava ontem",
        "pt-BR | era pra chegar na segunda",
      })
  void aPromiseHeldAgainstThePresentNeedsCare(String locale, String text) {
    Signals s = read(locale, text);
    assertTrue(s.escalation().level().atLeast(EscalationLevel.MEDIUM), text + " -> " + s);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en    | the parcel is supposed to arrive tomorrow",
        "en    | you said yesterday it would come today, thanks!",
        "es    | me dijeron que llega mañana",
        "de    | ihr habt gesagt, es kommt morgen",
        "pt-BR | disseram que chega amanhã",
      })
  void aPromiseStillAheadIsNone(String locale, String text) {
    Signals s = read(locale, text);
    assertFalse(s.escalation().level().atLeast(EscalationLevel.MEDIUM), text + " -> " + s);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en    | fix this or I'm done",
        "en    | last chance @Sprint",
        "es    | o lo arreglan o me voy",
        "es    | última oportunidad que os doy",
        "fr    | réglez ça ou je m'en vais",
        "fr    | dernière chance",
        "de    | entweder ihr löst das oder ich bin weg",
        "de    | letzte Chance",
        "pt-BR | resolvam isso ou eu saio",
        "pt-BR | última chance",
      })
  void anUltimatumNeedsCare(String locale, String text) {
    Signals s = read(locale, text);
    assertTrue(s.escalation().level().atLeast(EscalationLevel.MEDIUM), text + " -> " + s);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en    | where is my refund???",
        "en    | MY ORDER STILL HASN'T ARRIVED",
        "es    | DÓNDE ESTÁ MI PEDIDO???",
        "fr    | TOUJOURS PAS DE REMBOURSEMENT",
        "de    | WO IST MEIN PAKET???",
        "pt-BR | CADÊ MEU REEMBOLSO???",
      })
  void aFailureShoutedNeedsCare(String locale, String text) {
    Signals s = read(locale, text);
    assertTrue(s.escalation().level().atLeast(EscalationLevel.MEDIUM), text + " -> " + s);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en    | sorry I didn't reply sooner!",
        "en    | she never answers her phone lol",
        "en    | saving money for the wedding!!! so excited",
        "en    | WOW THANK YOU SO MUCH!!!",
        "en    | Just want to say a HUGE thanks to Maria. I was stressed about the missing parcel and she sorted it",
        "en    | no one told me they existed lol",
        "en    | everyone please RT, we're raising money for the shelter 🐶",
        "es    | perdón por no contestar antes",
        "fr    | désolé de ne pas avoir répondu plus tôt",
        "de    | sorry, dass ich nicht geantwortet habe",
        "pt-BR | desculpa não ter respondido antes",
      })
  void aStoryAThanksOrTheWritersOwnSilenceIsNone(String locale, String text) {
    Signals s = read(locale, text);
    assertFalse(s.escalation().level().atLeast(EscalationLevel.MEDIUM), text + " -> " + s);
  }

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en    | everyone needs to know how @Comcast treats its customers, RT this | public_exposure | high",
        "de    | ich zeige euch an                                                  | legal_threat    | high",
        "es    | hay un hombre con una pistola en la tienda                         | vulnerability   | critical",
        "fr    | il y a un homme avec un couteau dans le magasin                     | vulnerability   | critical",
        "de    | ein Mann mit einem Messer steht im Laden                           | vulnerability   | critical",
        "pt-BR | tem um homem com uma arma na loja                                  | vulnerability   | critical",
        "fr    | je veux mourir                                                      | vulnerability   | critical",
        "pt-BR | quero morrer                                                        | vulnerability   | critical",
      })
  void actsThatCallForMoreThanCare(String locale, String text, String kind, String level) {
    Signals s = read(locale, text);
    assertTrue(s.escalation().level().atLeast(EscalationLevel.fromLabel(level)), text + " -> " + s);
    assertTrue(s.escalation().signals().stream().anyMatch(x -> x.kind() == SignalKind.fromLabel(kind)), text + " -> " + s);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | loved the wedding photos you posted",
      })
  void whatIsNoFailureIsNoCase(String locale, String text) {
    Signals s = read(locale, text);
    assertFalse(s.escalation().level().atLeast(EscalationLevel.MEDIUM), text + " -> " + s);
  }

  /**
   * The words these rules read, thrown together with arbitrary text in any order: the reading
   * never fails, stays inside the text, and the level is decided (never null).
   */
  @Property(tries = 300)
  void anyArrangementOfTheseWordsIsRead(@ForAll("arrangements") String text, @ForAll("locales") String locale) {
    Signals s;
    try {
      s = read(locale, text);
    } catch (InvalidInputException e) {
      assertEquals("text", e.field(), text); // text with nothing to read is the one documented rejection
      return;
    }
    assertTrue(s.escalation().level() != null, text);
    for (EscalationSignal sig : s.escalation().signals()) {
      for (Evidence e : sig.evidence()) {
        assertTrue(e.start() >= 0 && e.end() <= text.length() && e.start() <= e.end(), text + " -> " + e);
        assertEquals(text.substring(e.start(), e.end()), e.text(), text);
      }
    }
  }

  @Provide
  Arbitrary<String> locales() {
    return Arbitraries.of("en", "es", "fr", "de", "pt-BR");
  }

  @Provide
  Arbitrary<String> arrangements() {
    Arbitrary<String> words =
        Arbitraries.of(
            "nobody", "no one", "reply", "answered", "ashes", "money", "wedding", "said", "would", "yesterday", "tomorrow",
            "it's", "today is", "friday", "que", "ayer", "hoy es", "lunes", "dijeron", "debía", "hier", "dit", "qu'il",
            "gestern", "heute ist", "Montag", "gesagt", "sollte", "ontem", "era pra", "segunda", "nadie", "contesta",
            "personne", "répond", "niemand", "antwortet", "ninguém", "atende", "dinero", "Geld", "???", "?!", "!!!",
            "WHERE IS MY", "REFUND", "or I'm done", "last chance", "lol", "😂", "I", "didn't", "never", "lost", "my",
            ".", ",", "\n", "\u200d", "\u0301", "\ud800", "‮");
    Arbitrary<String> noise = Arbitraries.strings().ofMaxLength(12);
    return Arbitraries.oneOf(words, words, words, noise).list().ofMaxSize(40).map(l -> String.join(" ", l));
  }
}
