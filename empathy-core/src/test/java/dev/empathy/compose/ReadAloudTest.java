package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Defects a support lead heard reading English replies aloud, on fields typed the way helpdesk
 * agents and bots fill them ("the fourth time the router has dropped out this week", "shared your
 * kind words with Steve", "charged after cancelling", owner "engineering"), each as a rule over
 * the mechanism rather than one expected reply.
 */
class ReadAloudTest {
  private static final CallerClauses EN = CallerClauses.forLocale(Locale.US);
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC);
  private static final Empathy US = Empathy.builder().locale(Locale.US).clock(CLOCK).build();

  @Test
  void aNounWithARelativeClauseWithoutThatIsANounPhrase() {
    for (String phrase : new String[] {
        "the fourth time the router has dropped out this week", "every time my card is declined",
        "the second time the parcel was sent back", "the day the engineer didn't turn up"}) {
      assertFalse(EN.isClause(phrase), phrase);
    }
    // The same words as a sentence are still read as one.
    for (String clause : new String[] {
        "the router has dropped out this week", "my card is declined every time", "pkg never arrived",
        "the refund never came"}) {
      assertTrue(EN.isClause(clause), clause);
    }
  }

  @Test
  void theRouterThatKeepsDroppingIsAcknowledgedByNameWithoutAWarning() {
    String situation = "the fourth time the router has dropped out this week";
    for (int turn = 0; turn < 8; turn++) {
      Reply r = US.compose().conversation("router", turn).customer("Tom").acknowledge(Emotion.FRUSTRATED, situation)
          .action("I’ve booked an engineer for Thursday morning").build();
      assertTrue(r.warnings().isEmpty(), () -> r.warnings().toString());
      String ack = r.blocks().stream().filter(b -> b.kind() == BlockKind.ACKNOWLEDGEMENT).findFirst().orElseThrow().text();
      assertTrue(ack.contains(situation), ack);
    }
  }

  @Test
  void aNoteWhoseObjectIsYouOrWhoseSecondVerbSharesTheSubjectGetsOne() {
    String[][] notes = {
      {"rebooked you on the 7:40 flight tomorrow", "I’ve rebooked you on the 7:40 flight tomorrow"},
      {"placed the order for you by phone", "I’ve placed the order for you by phone"},
      {"Closed the account and stopped all future billing", "I’ve closed the account and stopped all future billing"},
      {"shared your kind words with Steve", "I’ve shared your kind words with Steve"},
      {"offered store credit for the full amount", "I’ve offered store credit for the full amount"},
      {"answered your question in the portal", "I’ve answered your question in the portal"},
      {"froze your card", "I’ve frozen your card"}, // its participle is data (noteParticiples), session 10
      {"will update you when the courier replies", "I will update you when the courier replies"},
    };
    for (String[] n : notes) {
      assertEquals(n[1], EN.withSubject(n[0]), n[0]);
    }
    // A note with a subject of its own, or an adjective that opens a remark, is left as typed.
    for (String kept : new String[] {
        "Checked and you were charged twice", "Pleased to say the refund went through",
        "Attached is the label", "Delighted to help with this", "red tape is the problem"}) {
      assertTrue(kept == EN.withSubject(kept), kept);
    }
  }

  @Test
  void anOrdinalIsNoCountAndAParticipleEndsTheHead() {
    assertEquals(CallerClauses.SINGULAR_VALUE, EN.number("the 5th time contacting us about the refund"));
    assertEquals(CallerClauses.SINGULAR_VALUE, EN.number("the 4G router"));
    assertEquals(CallerClauses.PLURAL_VALUE, EN.number("3 missed calls"));
    assertEquals(CallerClauses.PLURAL_VALUE, EN.number("the bills still arriving in your mother's name"));
    assertEquals(CallerClauses.PLURAL_VALUE, EN.number("the bills arriving after you closed the account"));
    assertEquals(CallerClauses.PLURAL_VALUE, EN.number("the parcels currently missing"));
    assertEquals(CallerClauses.SINGULAR_VALUE, EN.number("the charging cable"));
    assertEquals(CallerClauses.SINGULAR_VALUE, EN.number("the family plan"));
    assertEquals(CallerClauses.PLURAL_VALUE, EN.number("the 3 missing items"));
    assertEquals(CallerClauses.SINGULAR_VALUE, EN.number("flight ba287 delayed 6 hrs"));
    assertEquals(CallerClauses.PLURAL_VALUE, EN.number("items 3 and 4"));
    assertEquals("the flight ba287 delayed 6 hrs", EN.nounPhrase("flight ba287 delayed 6 hrs"));
    assertEquals(CallerClauses.PLURAL_VALUE, EN.number("the new flashing lights"));
    assertEquals(CallerClauses.SINGULAR_VALUE, EN.number("the parcel missing from my order"));
  }

  @Test
  void anOrdinalTakesTheArticleAndAParticipleSaidOfTheCustomerTakesBeing() {
    assertEquals("the 5th time contacting us", EN.nounPhrase("5th time contacting us"));
    assertEquals("the 4G router", EN.nounPhrase("4G router"));
    assertEquals("being charged after cancelling", EN.nounPhrase("charged after cancelling"));
    assertEquals("being locked out of your account", EN.nounPhrase("Locked out of your account"));
    assertEquals("being charged twice", EN.nounPhrase("charged twice"));
    assertEquals("being billed $40", EN.nounPhrase("billed $40"));
    assertEquals("the locked account", EN.nounPhrase("locked account"), "a participle before a noun is an adjective");
    String count = "3 orders";
    assertTrue(count == EN.nounPhrase(count), "a count keeps its own form");
  }

  @Test
  void theAcknowledgementAgreesWithAPluralHeadFollowedByAParticiple() {
    // The situation as the subject ("… name are"), not inside a gerund ("Dealing with … is").
    Pattern singularVerbAfter = Pattern.compile("(?<!Dealing with )the bills still arriving in your mother’s name (is|has)\\b");
    for (int turn = 0; turn < 12; turn++) {
      for (Emotion e : new Emotion[] {Emotion.SAD, Emotion.FRUSTRATED, Emotion.ANXIOUS, Emotion.ANGRY, Emotion.CONFUSED}) {
        Reply r = US.compose().conversation("bills", turn).customer("Daniel")
            .acknowledge(e, "the bills still arriving in your mother’s name")
            .action("I’ve stopped all further statements").build();
        Matcher m = singularVerbAfter.matcher(r.toPlainText());
        assertFalse(m.find(), r::toPlainText);
      }
    }
  }

  @Test
  void aDepartmentNamedAsOwnerIsATeam() {
    assertEquals("engineering team", EN.teamName("engineering"));
    assertEquals("IT team", EN.teamName("IT"));
    assertEquals("billing team", EN.teamName("billing team"));
    assertEquals("couriers", EN.teamName("couriers"));
    assertEquals("Maria", EN.teamName("Maria"));
    for (int turn = 0; turn < 8; turn++) {
      String text = US.compose().conversation("outage", turn).customer("Lena").acknowledge(Emotion.FRUSTRATED, "the outage")
          .action("I’ve credited a day of service").timeline(Timeline.within(Duration.ofHours(4)).ownedBy(Owner.named("engineering")))
          .build().toPlainText();
      assertTrue(text.contains("engineering team"), text);
    }
  }

  @Test
  void aControlCharacterInTheCustomersNameIsReadAsASpaceWithAWarning() {
    Reply r = US.compose().customer("Dana\u0000Whitaker").acknowledge(Emotion.FRUSTRATED, "the double charge")
        .action("I’ve refunded the second charge").build();
    assertTrue(r.toPlainText().startsWith("Hi Dana,") || r.toPlainText().startsWith("Hello Dana,")
        || r.toPlainText().startsWith("Dear Dana,"), r::toPlainText);
    assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("customer:") && w.contains("control")), () -> r.warnings().toString());
    Reply clean = US.compose().customer("Dana Whitaker").acknowledge(Emotion.FRUSTRATED, "the double charge")
        .action("I’ve refunded the second charge").build();
    assertTrue(clean.warnings().isEmpty(), () -> clean.warnings().toString());
  }

  @Test
  void aSituationInCapitalsIsNotShoutedBackWithAWarning() {
    Reply r = US.compose().customer("KAREN SMITH").acknowledge(Emotion.ANGRY, "THE BROKEN DISHWASHER")
        .action("I’ve booked a repair for Monday").build();
    assertFalse(r.toPlainText().contains("DISHWASHER"), r::toPlainText);
    assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("situation:") && w.contains("capitals")), () -> r.warnings().toString());
    for (String kept : new String[] {"the VAT invoice", "UPS", "the UPS driver", "DHL"}) {
      assertFalse(Composer.shouted(kept), kept);
    }
  }

  /** Content words of at least four letters, lower-cased: what a listener hears twice. */
  private static Set<String> contentWords(String text) {
    Set<String> out = new java.util.HashSet<>();
    Matcher m = Pattern.compile("\\p{L}{4,}").matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      String w = m.group();
      out.add(w.length() > 5 ? w.substring(0, 4) : w); // a stem: "waiting" and "wait" meet
    }
    out.removeAll(Set.of("your", "with", "that", "this", "have", "been", "about", "from", "what", "need"));
    return out;
  }

  @Test
  void theAcknowledgementNeverEchoesAWordOfTheSituationAroundIt() {
    String[] situations = {
      "waiting on your loan decision", "the ruined birthday present", "wrong size shoes",
      "the delivery needed before Saturday", "cancelling your subscription", "the late refund",
      "the missing parcel", "the noisy room on your anniversary"};
    for (String s : situations) {
      Set<String> own = contentWords(s);
      for (Emotion e : Emotion.values()) {
        for (int turn = 0; turn < 8; turn++) {
          Reply r = US.compose().conversation(s, turn).customer("Sam").acknowledge(e, s)
              .action("I’ve sorted it").build();
          String ack = r.blocks().stream().filter(b -> b.kind() == BlockKind.ACKNOWLEDGEMENT).findFirst().orElseThrow().text();
          int at = ack.toLowerCase(Locale.ROOT).indexOf(s.toLowerCase(Locale.ROOT));
          if (at < 0) {
            continue;
          }
          String around = ack.substring(0, at) + " " + ack.substring(at + s.length());
          Set<String> echoed = contentWords(around);
          echoed.retainAll(own);
          assertTrue(echoed.isEmpty(), () -> e + ": " + ack);
        }
      }
    }
  }
}
