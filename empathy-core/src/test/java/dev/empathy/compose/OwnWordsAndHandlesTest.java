package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.Register;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Spanish, French, German and Portuguese replies never speak as the customer, never greet a bare
 * handle, never say what happened twice and never read an acronym as a word:
 * <ul>
 *   <li>a situation's relative clause in the customer's first person that {@link OwnPerson} cannot
 *       say back ("la factura q me cobrasteis", "la box que vous m'avez envoyée") is left out of the acknowledgement, which names the thing
 *       ({@link OwnClause}); a clause about someone else ("el técnico que nunca vino") stays;
 *   <li>a customer known only by a handle is greeted as a customer whose name is not known
 *       ("Hola:", "Bonjour,"), with a warning; English keeps "Hi @jess_k," (its data);
 *   <li>a summary that repeats the situation ("o presente chegou com defeito…" after "o presente
 *       que chegou com defeito", demo T-1014) leaves the acknowledgement naming the feeling only;
 *   <li>"le MOT de ma voiture" is not thanked for as a word said ("mot").
 * </ul>
 */
class OwnWordsAndHandlesTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC);

  private static Empathy empathy(String tag, Register register) {
    return Empathy.builder().locale(Locale.forLanguageTag(tag)).register(register).clock(CLOCK).build();
  }

  private static String action(String tag) {
    return switch (tag) {
      case "es" -> "he anulado el cargo";
      case "fr" -> "j’ai annulé le prélèvement";
      case "de" -> "ich habe die Abbuchung storniert";
      default -> "cancelei a cobrança";
    };
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "es    | FORMAL   | la factura que os pagué dos veces              | la factura               | pagué",
      "fr    | FORMAL   | la box que vous m'avez envoyée et que j'ai jamais pu brancher | la box    | envoyée",
      "de    | FORMAL   | den Router, den ihr mir geschickt habt und den ich nie bekommen hab | den Router | geschickt",
      "pt-BR | FORMAL   | o roteador que vcs me mandaram e que eu nunca recebi | o roteador         | mandaram"})
  void theAgentNamesTheThingWithoutTheCustomersOwnClause(String tag, Register register, String situation, String thing, String verb) {
    Empathy e = empathy(tag, register);
    for (Emotion emotion : new Emotion[] {Emotion.ANGRY, Emotion.FRUSTRATED, Emotion.DISAPPOINTED, Emotion.ANXIOUS}) {
      for (int c = 0; c < 6; c++) {
        Reply r = e.compose().conversation("own-" + c, 0).customer("Alex").acknowledge(emotion, situation).action(action(tag)).build();
        String ack = r.block(BlockKind.ACKNOWLEDGEMENT).orElseThrow().text().replace('\u00a0', ' ').replace('\u202f', ' ');
        assertFalse(ack.contains(verb), () -> "the agent speaks as the customer: " + ack);
        String head = thing.substring(thing.indexOf(' ') + 1);
        assertTrue(ack.contains(head), () -> "the acknowledgement no longer names \"" + head + "\": " + ack);
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("situation:") && w.contains(verb)), () -> "no warning: " + r.warnings());
      }
    }
  }

  /** Words addressed to us in a situation's own clause are said from our side (OwnPerson.towardUs), no longer cut. */
  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "fr    | FORMAL   | la box que vous m'avez envoyée                 | la box que nous vous avons envoyée",
      "de    | FORMAL   | den Router, den ihr mir geschickt habt          | den Router, den wir Ihnen geschickt haben",
      "es    | INFORMAL | la factura que me cobrasteis dos veces         | la factura que te cobramos dos veces"})
  void aSituationsClauseAddressedToUsIsSaidFromOurSide(String tag, Register register, String situation, String said) {
    Empathy e = empathy(tag, register);
    for (Emotion emotion : new Emotion[] {Emotion.ANGRY, Emotion.FRUSTRATED, Emotion.DISAPPOINTED, Emotion.ANXIOUS}) {
      for (int c = 0; c < 6; c++) {
        Reply r = e.compose().conversation("own-" + c, 0).customer("Alex").acknowledge(emotion, situation).action(action(tag)).build();
        String ack = r.block(BlockKind.ACKNOWLEDGEMENT).orElseThrow().text().replace('\u00a0', ' ').replace('\u202f', ' ');
        String tail = said.substring(said.indexOf(' ') + 1);
        assertTrue(ack.replace('’', '\'').contains(tail.replace('’', '\'')), () -> "expected \"" + tail + "\" in: " + ack);
      }
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "es    | el técnico que nunca vino      | vino",
      "fr    | le technicien qui n’est jamais venu | venu",
      "de    | den Techniker, der nie kam     | kam",
      "pt-BR | o técnico que nunca veio       | veio",
      "es    | lo que pedí                    | lo que pidió",
      "de    | die Bewertung, die Sie uns hinterlassen haben | hinterlassen",
      "fr    | l’avis que vous avez laissé     | laissé",
      "pt-BR | a avaliação que você deixou     | deixou"})
  void aClauseAboutSomeoneElseOrWithNoHeadStaysWhole(String tag, String situation, String verb) {
    Reply r = empathy(tag, Register.FORMAL).compose().customer("Alex").acknowledge(Emotion.ANGRY, situation).action(action(tag)).build();
    assertTrue(r.block(BlockKind.ACKNOWLEDGEMENT).orElseThrow().text().contains(verb), () -> r.toPlainText());
    assertFalse(r.warnings().stream().anyMatch(w -> w.contains("own person")), () -> r.warnings().toString());
  }

  @Test
  void ownClauseReadsItsDataPerLanguage() {
    assertEquals("el cargo", OwnClause.forLocale(Locale.forLanguageTag("es")).cut("el cargo que no reconozco"));
    assertEquals("die Abbuchung für das Abo", OwnClause.forLocale(Locale.GERMAN).cut("die Abbuchung für das Abo, das ich gekündigt habe"));
    // German "die" is an article too: without a comma nothing is a relative clause.
    assertEquals("die Abbuchung für das Abo ich", OwnClause.forLocale(Locale.GERMAN).cut("die Abbuchung für das Abo ich"));
    // English restates such clauses itself ("the charge you don't recognise"): no data, no cut.
    assertEquals("the charge that I don't recognise", OwnClause.forLocale(Locale.ENGLISH).cut("the charge that I don't recognise"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"es, FORMAL", "es, INFORMAL", "fr, FORMAL", "fr, INFORMAL", "de, FORMAL", "de, INFORMAL", "pt-BR, FORMAL", "pt-BR, INFORMAL"})
  void aHandleAloneIsGreetedAsANamelessCustomer(String tag, Register register) {
    Reply r = empathy(tag, register).compose().customer("@jess_k").acknowledge(Emotion.FRUSTRATED, "el pedido").action(action(tag)).build();
    String greeting = r.block(BlockKind.GREETING).orElseThrow().text();
    assertFalse(greeting.contains("@") || greeting.contains("jess"), greeting);
    // Nothing is lost: the greeting block keeps the handle as its name fact (channels read it).
    assertEquals("@jess_k", r.block(BlockKind.GREETING).orElseThrow().facts().get("name"));
    Reply named = empathy(tag, register).compose().customer("Jess").acknowledge(Emotion.FRUSTRATED, "el pedido").action(action(tag)).build();
    assertTrue(named.block(BlockKind.GREETING).orElseThrow().text().contains("Jess"));
  }

  @Test
  void functionWordsSaidAgainAreNoRepetition() {
    // "your" and "invoice" come back, but "your" says nothing of what happened: the increase is
    // still named in the acknowledgement (demo T-1005).
    Reply r = empathy("en-US", Register.FORMAL).compose().customer("Alex")
        .acknowledge(Emotion.CONFUSED, "the increase on your latest invoice")
        .summary("this month's invoice is higher than last month's even though your seat count hasn't changed")
        .action("I’ve broken down the invoice line by line").build();
    assertTrue(r.block(BlockKind.ACKNOWLEDGEMENT).orElseThrow().text().contains("increase"), r::toPlainText);
    assertFalse(r.warnings().stream().anyMatch(w -> w.contains("summary says it again")), () -> r.warnings().toString());
  }

  @Test
  void englishGreetsAHandleAsANamelessCustomerToo() {
    Reply r = empathy("en-US", Register.FORMAL).compose().customer("@jess_k").acknowledge(Emotion.FRUSTRATED, "the order").action("I’ve refunded it").build();
    String greeting = r.block(BlockKind.GREETING).orElseThrow().text();
    assertFalse(greeting.contains("@") || greeting.contains("jess"), greeting);
    assertEquals("@jess_k", r.block(BlockKind.GREETING).orElseThrow().facts().get("name"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "pt-BR | o presente que chegou com defeito | o presente chegou com defeito e você precisava dele hoje | chegou com defeito",
      "es    | el sofá que llegó roto            | el sofá llegó roto y lo necesitabas para el sábado       | llegó roto",
      "fr    | le canapé arrivé cassé            | le canapé est arrivé cassé alors que vous en aviez besoin samedi | arrivé cassé",
      "de    | das Sofa, das kaputt geliefert wurde | das Sofa wurde kaputt geliefert, und Sie brauchten es am Samstag | kaputt",
      "en-US | the gift that arrived broken      | the gift arrived broken and you needed it today          | arrived broken"})
  void whatHappenedIsSaidOnceWhenTheSummarySaysIt(String tag, String situation, String summary, String words) {
    for (int c = 0; c < 8; c++) {
      Reply r = empathy(tag, Register.INFORMAL).compose().conversation("T-1014-" + c, 0).customer("Rafael")
          .acknowledge(Emotion.DISAPPOINTED, situation).summary(summary).action(tag.startsWith("en") ? "I’ve sent a new one" : action(tag)).build();
      String text = r.toPlainText();
      int first = text.indexOf(words);
      assertTrue(first >= 0 && text.indexOf(words, first + 1) < 0, () -> "\"" + words + "\" said twice or never: " + text);
      assertTrue(r.block(BlockKind.SUMMARY).orElseThrow().text().contains(words), text);
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "en-US | the parcel left out in the rain | your parcel was left outside and the gift inside was damaged | out in the rain",
      "es    | la factura duplicada de marzo   | le hemos cobrado dos veces la factura de marzo | duplicada",
      "fr    | la facture de mars              | votre facture de mars est deux fois plus élevée que d’habitude | facture de mars"})
  void theThingItselfMayBeNamedAgain(String tag, String situation, String summary, String named) {
    Reply r = empathy(tag, Register.FORMAL).compose().customer("Rafael").acknowledge(Emotion.FRUSTRATED, situation).summary(summary)
        .action(tag.startsWith("en") ? "I’ve sent a new one" : action(tag)).build();
    assertTrue(r.block(BlockKind.ACKNOWLEDGEMENT).orElseThrow().text().contains(named), r::toPlainText);
  }

  @Test
  void aSummaryThatSaysSomethingElseLeavesTheNamingAcknowledgement() {
    Reply r = empathy("pt-BR", Register.FORMAL).compose().customer("Rafael")
        .acknowledge(Emotion.DISAPPOINTED, "o presente com defeito").summary("você precisava dele hoje para o aniversário").action("cancelei a cobrança").build();
    assertTrue(r.block(BlockKind.ACKNOWLEDGEMENT).orElseThrow().text().contains("presente com defeito"), r::toPlainText);
  }

  @Test
  void anAcronymIsNotAWordSaid() {
    SituationShape fr = SituationShape.forLocale(Locale.FRENCH);
    assertEquals(SituationShape.OTHER, fr.of("le MOT de ma voiture"));
    assertEquals(SituationShape.SAID, fr.of("ton petit mot sur la boutique"));
  }
}
