package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class CallerClausesTest {
  private static final CallerClauses EN = CallerClauses.forLocale(Locale.US);
  private static final Empathy US =
      Empathy.builder().clock(Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC)).build();

  @Test
  void tellsSentencesFromNounPhrases() {
    for (String clause : new String[] {
        "I was charged twice", "my package is lost", "the app keeps crashing", "it’s been a week",
        "There's no signal since Monday", "we can't log in", "my card was declined again",
        "the charge I didn't make is still there", "the app I use keeps crashing"}) {
      assertTrue(EN.isClause(clause), clause);
    }
    for (String phrase : new String[] {
        "the double charge on order 4471", "the refund that was never paid", "your flight in 2 hours",
        "the app crashing every time I open it", "losing your photos", "the issue", "Is",
        "a card payment you don't recognise", "the charge I didn't make"}) {
      assertFalse(EN.isClause(phrase), phrase);
    }
  }

  /**
   * Session 23/24 probes: "Peço desculpas pelo casaco que encomendou veio com a cor errada" put a
   * sentence in a noun's slot: in Spanish and Portuguese a verb after the relative's own is the
   * sentence's; the relative's own verb, or one after its "y"/"e", is not.
   */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0}: {1}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "pt | o casaco que encomendou veio com a cor errada | true",
      "pt | o casaco que encomendei veio com a cor errada | true",
      "pt | o valor que foi cobrado está errado           | true",
      "es | la factura que me llegó está mal               | true",
      "es | lo que pasó es que nadie me avisó              | true",
      "es | necesito la factura hoy para deducir           | true",
      "es | tengo miedo de quedarme sin saldo              | true",
      "es | el reembolso que nunca llegó                   | false",
      "es | el paquete que llegó y está roto               | false",
      "pt | a cobrança que apareceu na fatura             | false",
  })
  void aVerbAfterARelativeClauseMakesASentence(String tag, String text, boolean clause) {
    Locale locale = Locale.forLanguageTag(tag);
    // As the composer reads a situation: by its listed verbs, or by a verb's form.
    assertEquals(clause, CallerClauses.forLocale(locale).isClause(text) || FiniteVerbs.forLocale(locale).in(text), text);
  }

  @Test
  void restatesTheCustomersFirstPersonToThem() {
    assertEquals("you were charged twice", EN.restate("I was charged twice"));
    assertEquals("your package is lost and you’re worried", EN.restate("my package is lost and I'm worried"));
    assertEquals("you are stuck, and nobody told you (order #12)", EN.restate("I am stuck, and nobody told me (order #12)"));
    assertEquals("the team says it's fine", EN.restate("the team says it's fine"));
  }

  @Test
  void aPhraseInTheCustomersVoiceTurnsEveryPerson() {
    assertEquals("the email we sent you", EN.restate("the email you sent me"));
    assertEquals("your order from our store", EN.restate("my order from your store"));
    assertEquals("your complaint to us about our app", EN.restate("my complaint to you about your app"));
    assertEquals("your mum’s account", EN.restate("my mum’s account"));
    assertEquals("the charge that isn’t yours", EN.restate("the charge that isn’t mine"));
    assertEquals("your kids' tablets", EN.restate("our kids' tablets"), "our + a possessive is the customer's family");
    // The agent's own words keep their persons: "our" is the company, "you" the customer.
    for (String agent : new String[] {"your joke about our hold music", "the outage on our servers", "the refund you asked for"}) {
      assertTrue(agent == EN.restate(agent), agent);
    }
    assertEquals("your router drops every hour and you can’t work",
        EN.restateCustomerVoice("my router drops every hour and I can’t work"));
    String agentSummary = "I can see you were charged twice";
    assertTrue(agentSummary == EN.restateCustomerVoice(agentSummary), "an agent's summary is kept as typed");
  }

  @Test
  void theIndefiniteArticleFollowsTheSoundOfTheNextWord() {
    String[][] cases = {
      {"a hour-long wait", "an hour-long wait"}, {"an unit that failed", "a unit that failed"},
      {"a FAQ answer", "an FAQ answer"}, {"an USB cable", "a USB cable"}, {"a 8-day delay", "an 8-day delay"},
      {"an one-off fee", "a one-off fee"}, {"a unidentified charge", "an unidentified charge"},
      {"A eBay order", "An eBay order"}, {"an European plug", "a European plug"}, {"a 11 pm call", "an 11 pm call"},
      {"about a hour-long wait", "an hour-long wait"},
    };
    for (String[] c : cases) {
      assertEquals(c[1], EN.nounPhrase(c[0]), c[0]);
    }
    for (String kept : new String[] {"an honest mistake", "a unit", "an iPad", "a 12-month plan", "a user account", "an MOT"}) {
      assertTrue(kept == EN.nounPhrase(kept), kept);
    }
  }

  @Test
  void aBareSingularGetsTheArticle() {
    assertEquals("the refund", EN.nounPhrase("refund"));
    assertEquals("the login problem", EN.nounPhrase("login problem"));
    assertEquals("the iPad screen", EN.nounPhrase("iPad screen"));
    for (String kept : new String[] {"your refund", "Netflix", "both refunds", "the $4.99 charge", "Dana’s order"}) {
      assertEquals(kept, EN.nounPhrase(kept), kept);
    }
  }

  @Property(tries = 300)
  void theArticleIsTheOnlyWordANounPhraseChanges(@ForAll String text) {
    String clean = dev.empathy.text.UserText.clean(text);
    String np = EN.nounPhrase("a " + clean);
    assertTrue(np.equals("a " + clean) || np.equals("an " + clean) || np.equals(EN.nounPhrase(clean)) || ("a " + clean).endsWith(np), np);
    String restated = EN.restate("my " + clean + " you sent me");
    assertEquals(("my " + clean + " you sent me").replaceAll("[\\p{L}\\p{N}'’]", ""), restated.replaceAll("[\\p{L}\\p{N}'’]", ""),
        "restating changes words only");
  }

  @Test
  void givesAgentNotesTheirSubject() {
    assertEquals("I’ve refunded the second charge", EN.withSubject("Refunded the second charge"));
    assertEquals("I will send a replacement today", EN.withSubject("will send a replacement today"));
    assertEquals("I’ve checked your account: the payment is pending", EN.withSubject("checked your account: the payment is pending"));
    assertEquals("I’ve sent a new label", EN.withSubject("Sent a new label"));
    for (String kept : new String[] {
        "Detailed steps are below", "I’ve refunded it", "Exports are under Settings",
        "Speed up the delivery", "We refunded it", "Attached is the label"}) {
      assertEquals(kept, EN.withSubject(kept), kept);
    }
    // "need" opens a note (noteStarts, session 19): the agent's "Need you to…" reads as ours with
    // its subject, not as a fragment or as the customer's need.
    assertEquals("I need you to confirm the address", EN.withSubject("Need you to confirm the address"));
    // A note of one past tense is said whole (noteObject, session 10).
    assertEquals("I’ve refunded it", EN.withSubject("Refunded"));
  }

  @Test
  void aLoneLowerCaseIIsCapitalised() {
    assertEquals("I reset your session, and I’m checking why I couldn't see it", EN.capitalize("i reset your session, and i’m checking why i couldn't see it"));
    String untouched = "in it is fine, iPhone and IKEA";
    assertTrue(untouched == EN.capitalize(untouched), "no change, no copy");
    Reply r = US.compose().acknowledge(Emotion.NEUTRAL).action("I’ve checked it").action("i reset your session").build();
    assertTrue(r.toPlainText().contains("I reset your session"), r.toPlainText());
  }

  @Test
  void aSentenceAsTheSituationBecomesTheSummaryWithAVisibleWarning() {
    Reply r = US.compose().conversation("c", 0).customer("Sam")
        .acknowledge(Emotion.CONFUSED, "my package is lost").action("will send a replacement today").build();
    Block ack = r.block(BlockKind.ACKNOWLEDGEMENT).orElseThrow();
    assertFalse(ack.text().contains("package"), ack.text());
    assertTrue(ack.fact("situation").isEmpty(), "the acknowledgement was not made from the sentence");
    Block summary = r.block(BlockKind.SUMMARY).orElseThrow();
    assertTrue(summary.text().contains("your package is lost"), summary.text());
    assertEquals("situation", summary.fact("source").orElseThrow());
    assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("situation:")), r.warnings().toString());
    assertTrue(r.block(BlockKind.ACTION).orElseThrow().text().contains("I will send a replacement today"));
    // An angry customer hears it in the acknowledgement itself ("I’m sorry your package is lost"), once.
    Reply angry = US.compose().conversation("c", 0).customer("Sam")
        .acknowledge(Emotion.ANGRY, "my package is lost").action("will send a replacement today").build();
    assertTrue(angry.block(BlockKind.ACKNOWLEDGEMENT).orElseThrow().text().contains("your package is lost"), angry.toPlainText());
    assertTrue(angry.block(BlockKind.SUMMARY).isEmpty(), angry.toPlainText());
  }

  @Test
  void anExplicitSummaryIsKeptWhenTheSituationIsASentence() {
    Reply r = US.compose().customer("Sam").acknowledge(Emotion.FRUSTRATED, "I was charged twice")
        .summary("you were charged twice for order 4471").action("I’ve refunded it").build();
    assertEquals(1, r.blocks(BlockKind.SUMMARY).size());
    assertTrue(r.block(BlockKind.SUMMARY).orElseThrow().text().contains("order 4471"));
  }

  @Test
  void saysTerseInformationNotesAsSentences() {
    // a thing, then an amount or a place: the copula (noteCopula, noteInfoPrepositions, session 10)
    assertEquals("The new rate is $45/mo", EN.withSubject("new rate $45/mo"));
    // the customer's own things, with their article, and their places with "your" (session 11)
    assertEquals("The new charges are £12.50", EN.withSubject("new charges £12.50"));
    assertEquals("The tracking is in your email", EN.withSubject("tracking in email"));
    assertEquals("The boarding pass is in your app", EN.withSubject("boarding pass in app"));
    // a word after a plural is its verb: not a thing to say "is" about
    assertEquals("points expire 12 months after you earn them", EN.withSubject("points expire 12 months after you earn them"));
    assertEquals("The refund is in progress", EN.withSubject("refund in progress"));
    // a thing, then its own past tense: its article
    assertEquals("The promo ended Nov 1", EN.withSubject("promo ended Nov 1"));
    for (String kept : new String[] {
        "Jess rang yesterday", "courier took the parcel", "tracking in email is wrong", "Dana at 5 PM",
        "your bag is in Denver, courier delivering tonight", "The part arrives Thursday", "please update to v4.2.1"}) {
      assertEquals(kept, EN.withSubject(kept), kept);
    }
  }

  @Test
  void givesGerundNotesTheirSubjectAndBareObjectsTheirArticle() {
    assertEquals("I’m sending the replacement machine", EN.withSubject("sending replacement machine"));
    assertEquals("I’m looking into it", EN.withSubject("looking into it"));
    assertEquals("I’ve cancelled the duplicate booking", EN.withSubject("cancelled duplicate booking"));
    assertEquals("I’ve closed the account and stopped all billing", EN.withSubject("closed account and stopped all billing"));
    assertEquals("I’ve broken down the new charges", EN.withSubject("broke down the new charges"));
    // a rebooking with no object rebooks the customer
    assertEquals("I’ve rebooked you for Monday at 9 AM with Dr Patel", EN.withSubject("rebooked for Monday at 9 AM with Dr Patel"));
    // an upgrade with no object upgrades the customer, as a rebooking does (session 20: "I’ve upgraded to Pro" said we upgraded ourselves)
    assertEquals("I’ve upgraded you to express", EN.withSubject("upgraded to express"));
    for (String kept : new String[] {
        "I’ve refunded $120", "I’ve resent it",
        "I’ve refunded it today"}) {
      assertEquals(kept, EN.withSubject(kept.substring(kept.indexOf(' ') + 1)), kept);
    }
    for (String kept : new String[] {"billing team looking into it", "nothing to pay", "something went wrong", "updating the app fixes this"}) {
      assertEquals(kept, EN.withSubject(kept), kept);
    }
  }

  @Test
  void languagesWithoutRulesInsertTheSituationAsGiven() {
    Empathy de = Empathy.builder().locale(Locale.GERMAN).build();
    Reply r = de.compose().acknowledge(Emotion.FRUSTRATED, "die doppelte Abbuchung").action("Ich habe es erstattet").build();
    assertTrue(r.block(BlockKind.ACKNOWLEDGEMENT).orElseThrow().text().contains("doppelte Abbuchung"));
    assertTrue(r.warnings().isEmpty(), r.warnings().toString());
  }

  @Property(tries = 300)
  void anyTextIsHandledAndOnlyWordsChange(@ForAll String text) {
    String clean = dev.empathy.text.UserText.clean(text);
    EN.isClause(clean);
    String restated = EN.restate(clean);
    String noted = EN.withSubject(clean);
    assertEquals(clean.replaceAll("[\\p{L}\\p{N}'’]", ""), restated.replaceAll("[\\p{L}\\p{N}'’]", ""),
        "restating changes words only");
    assertTrue(noted.equals(clean) || noted.endsWith(clean.substring(Math.min(clean.length(), 1))) || noted.startsWith("I "), noted);
  }

  @Test
  void readsTheGenderOfANounPhraseFromItsFirstWord() {
    CallerClauses es = CallerClauses.forLocale(Locale.forLanguageTag("es"));
    CallerClauses fr = CallerClauses.forLocale(Locale.FRENCH);
    CallerClauses pt = CallerClauses.forLocale(Locale.forLanguageTag("pt-BR"));
    CallerClauses de = CallerClauses.forLocale(Locale.GERMAN);
    assertEquals("masculine", es.gender("el cargo repetido"));
    assertEquals("feminine", es.gender("la factura de marzo"));
    assertEquals("masculine", es.gender("los dos cargos en su tarjeta"));
    assertEquals("feminine", es.gender("las entregas que no llegaron"));
    assertEquals("other", es.gender("su pedido"), "a possessive that does not tell");
    assertEquals("masculine", fr.gender("le colis abîmé"));
    assertEquals("feminine", fr.gender("la facture de mars"));
    assertEquals("other", fr.gender("l’annulation de votre vol"));
    assertEquals("other", fr.gender("les frais de livraison"));
    assertEquals("masculine", pt.gender("o pedido incompleto"));
    assertEquals("feminine", pt.gender("as duas cobranças no seu cartão"));
    assertEquals("feminine", pt.gender("sua fatura de março"));
    assertEquals("masculine", de.gender("den fehlenden Artikel"));
    assertEquals("feminine", de.gender("die doppelte Abbuchung"));
    assertEquals("neuter", de.gender("das defekte Ladegerät"));
    assertEquals("other", EN.gender("the double charge"), "English has no gender data");
    assertEquals("other", es.gender(""));
    assertEquals("other", es.gender("¿?"));
  }
}
