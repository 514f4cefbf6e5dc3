package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
 * French and German say the customer's first person back in the reply's person ({@link
 * OwnPerson} by subject): "je n’ai pas reçu ma commande" is "vous n’avez pas reçu votre commande"
 * (vous) or "tu n’as pas reçu ta commande" (tu); "seit Tagen warte ich auf mein Paket" is "seit
 * Tagen warten Sie auf Ihr Paket" or "wartest du auf dein Paket". A verb the data does not know is
 * never guessed: the text is kept, with a warning naming the field.
 */
class FrenchGermanOwnPersonTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC);

  private static Empathy empathy(String tag, Register register) {
    return Empathy.builder().locale(Locale.forLanguageTag(tag)).register(register).clock(CLOCK).build();
  }

  private static String turn(String tag, Register register, String text) {
    Locale locale = Locale.forLanguageTag(tag);
    return OwnPerson.forLocale(locale).turn(text, register, CallerClauses.forLocale(locale).inRegister(register));
  }

  private static String block(Reply r, BlockKind kind) {
    return r.block(kind).orElseThrow(() -> new AssertionError("no " + kind + ": " + r.toPlainText())).text().replace('\u00a0', ' ');
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "fr | FORMAL   | je n’ai pas reçu ma commande                          | vous n’avez pas reçu votre commande",
      "fr | INFORMAL | je n’ai pas reçu ma commande                          | tu n’as pas reçu ta commande",
      "fr | FORMAL   | j'ai pas recu mon colis                               | vous n'avez pas reçu votre colis",
      "fr | INFORMAL | j’ai toujours rien reçu                               | tu n’as toujours rien reçu",
      "fr | FORMAL   | Je me suis fait facturer deux fois                    | vous vous êtes fait facturer deux fois",
      "fr | INFORMAL | Je me suis fait facturer deux fois                    | tu t’es fait facturer deux fois",
      "fr | FORMAL   | je ne suis pas contente du tout                       | vous n’êtes pas contente du tout",
      "fr | INFORMAL | je m’appelle Paul et je veux annuler mon abonnement   | tu t’appelles Paul et tu veux annuler ton abonnement",
      "fr | FORMAL   | je l’ai renvoyé et j’attends mes 40 €                 | vous l’avez renvoyé et vous attendez vos 40 €",
      "fr | FORMAL   | je comprends pas pourquoi je dois payer               | vous ne comprenez pas pourquoi vous devez payer",
      "fr | FORMAL   | j’avais payé en avance et j’en ai marre               | vous aviez payé en avance et vous en avez marre",
      "fr | INFORMAL | je paie chaque mois et je reçois rien                 | tu paies chaque mois et tu ne reçois rien",
      "fr | FORMAL   | j’achète chez eux depuis 10 ans                       | vous achetez chez eux depuis 10 ans",
      "fr | FORMAL   | il faut que je paye mon loyer demain                  | il faut que vous payiez votre loyer demain",
      "fr | INFORMAL | il faut que je paye mon loyer demain                  | il faut que tu payes ton loyer demain",
      "fr | FORMAL   | je rappelle pour que je sois remboursée               | vous rappelez pour que vous soyez remboursée",
      "de | FORMAL   | ich habe meine Bestellung nicht bekommen              | Sie haben Ihre Bestellung nicht bekommen",
      "de | INFORMAL | ich habe meine Bestellung nicht bekommen              | du hast deine Bestellung nicht bekommen",
      "de | FORMAL   | seit zwei Wochen warte ich auf mein Paket             | seit zwei Wochen warten Sie auf Ihr Paket",
      "de | INFORMAL | seit zwei Wochen warte ich auf mein Paket             | seit zwei Wochen wartest du auf dein Paket",
      "de | FORMAL   | ich bin genervt, weil ich seit Tagen warte            | Sie sind genervt, weil Sie seit Tagen warten",
      "de | INFORMAL | ich habe mich schon zweimal beschwert                 | du hast dich schon zweimal beschwert",
      "de | FORMAL   | ich habe mich schon zweimal beschwert                 | Sie haben sich schon zweimal beschwert",
      "de | FORMAL   | ich kann mich nicht einloggen und keiner hilft mir    | Sie können sich nicht einloggen und keiner hilft Ihnen",
      "de | INFORMAL | ich gebe auf, weil ich nichts verstehe                | du gibst auf, weil du nichts verstehst",
      "de | FORMAL   | ich hab bezahlt und warte seit 2 wochen               | Sie haben bezahlt und warten seit 2 wochen",
      "de | INFORMAL | Hab ich schon dreimal probiert                        | du hast schon dreimal probiert",
      "de | FORMAL   | ich weiß nicht, was ich machen soll                   | Sie wissen nicht, was Sie machen sollen",
      // s23 probes: "ich verliere Kunden" was said "Sie verliern Kunden" ("-ere" is "-ern" only after no "i")
      "de | FORMAL   | ich verliere Kunden und ändere nichts                 | Sie verlieren Kunden und ändern nichts",
      "de | INFORMAL | ich verliere Kunden                                   | du verlierst Kunden"})
  void theCustomersFirstPersonIsTurned(String tag, Register register, String typed, String said) {
    assertEquals(said, turn(tag, register, typed));
  }

  /**
   * The customer's "we" (their household, family, firm) is said to them, and the company they address
   * beside their own words is ours (s24 probes: "wir wohnen im 5. Stock", "Ihr Kundenservice hat mir
   * zugesagt", "personne ne nous rappelle" were said back as typed, the agent speaking as the customer).
   */
  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "de | FORMAL   | seit zwei Wochen funktioniert der Aufzug in unserem Haus nicht und wir wohnen im 5. Stock | seit zwei Wochen funktioniert der Aufzug in Ihrem Haus nicht und Sie wohnen im 5. Stock",
      "de | FORMAL   | meine Stromrechnung ist doppelt so hoch obwohl wir weniger verbraucht haben | Ihre Stromrechnung ist doppelt so hoch obwohl Sie weniger verbraucht haben",
      "de | FORMAL   | Wir warten seit 3 Wochen auf den Rückruf wegen unserer Gasheizung | Sie warten seit 3 Wochen auf den Rückruf wegen Ihrer Gasheizung",
      "de | FORMAL   | Ihr Kundenservice hat mir dreimal zugesagt, dass die Küche kommt | Unser Kundenservice hat Ihnen dreimal zugesagt, dass die Küche kommt",
      "de | FORMAL   | die Techniker von Ihrer Firma haben mich versetzt | die Techniker von unserer Firma haben Sie versetzt",
      "de | FORMAL   | bei uns ist seit Montag das Internet weg | bei Ihnen ist seit Montag das Internet weg",
      "fr | FORMAL   | la clinique a facturé deux fois notre chien et personne ne nous rappelle | la clinique a facturé deux fois votre chien et personne ne vous rappelle",
      "fr | INFORMAL | la chaudière de notre immeuble est en panne et nous n’avons pas de chauffage | la chaudière de votre immeuble est en panne et vous n’avez pas de chauffage",
      "fr | FORMAL   | nous sommes sans eau depuis hier | vous êtes sans eau depuis hier",
      "fr | FORMAL   | ma prothèse est en réparation et votre service client ne répond jamais | votre prothèse est en réparation et notre service client ne répond jamais",
      "fr | INFORMAL | ma prothèse est en réparation et votre service client ne répond jamais | ta prothèse est en réparation et notre service client ne répond jamais"})
  void theCustomersWeIsSaidToThemAndTheCompanyTheyAddressIsOurs(String tag, Register register, String typed, String said) {
    assertEquals(said, turn(tag, register, typed));
  }

  /** A "we" whose turn is unsure is kept as typed: an object whose case the verb decides, the agent's own "we", du (its verb would turn). */
  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "de | FORMAL   | der Techniker hat uns nicht angerufen",
      "de | INFORMAL | wir warten seit 3 Wochen",
      "de | FORMAL   | wir warten und ich bin sauer",
      "fr | FORMAL   | nous avons remboursé votre commande"})
  void anUnsureWeIsKeptAsTyped(String tag, Register register, String typed) {
    assertNull(turn(tag, register, typed), () -> register + ": " + typed);
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "fr | FORMAL   | je conclus que c’est une arnaque",
      "fr | FORMAL   | je vous ai écrit trois fois",
      "fr | INFORMAL | je vous ai écrit trois fois",
      "fr | FORMAL   | je me suis fait débiter 2 fois, remboursez-moi",
      "de | FORMAL   | ich zahl doch nicht doppelt",
      "de | INFORMAL | ich zahl doch nicht doppelt",
      "de | FORMAL   | ich habe euch dreimal geschrieben",
      "de | INFORMAL | ich, die seit Jahren Kundin ist, habe nichts bekommen"})
  void aVerbTheDataDoesNotKnowOrAnAddressToUsIsNeverGuessed(String tag, Register register, String typed) {
    assertNull(turn(tag, register, typed), () -> register + ": " + typed);
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "fr | FORMAL   | jai pas recu ma commande                               | vous n’avez pas reçu votre commande",
      "fr | INFORMAL | jsuis perdu, je trouve plus mes commandes                | tu es perdu, tu ne trouves plus tes commandes",
      "fr | FORMAL   | j' ai payé deux fois                                   | vous avez payé deux fois",
      "de | FORMAL   | Hab 4 mal angerufen und keiner ruft zurück             | Sie haben 4 mal angerufen und keiner ruft zurück",
      "de | INFORMAL | Bin total verwirrt, finde meine bestellungen nicht     | du bist total verwirrt, du findest deine bestellungen nicht",
      "de | FORMAL   | Weiß nicht, ob meine Bestellung schon raus ist         | Sie wissen nicht, ob Ihre Bestellung schon raus ist"})
  void howCustomersReallyTypeIsTurnedToo(String tag, Register register, String typed, String said) {
    assertEquals(said, turn(tag, register, typed));
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "fr | FORMAL   | le colis que j’ai commandé le 3       | le colis que vous avez commandé le 3",
      "fr | INFORMAL | le colis que j’ai commandé le 3       | le colis que tu as commandé le 3",
      "de | FORMAL   | die Abbuchung, die ich nicht kenne    | die Abbuchung, die Sie nicht kennen",
      "de | INFORMAL | die Abbuchung, die ich nicht kenne    | die Abbuchung, die du nicht kennst",
      "fr | FORMAL   | le prélèvement de 49,99 € que je ne reconnais pas | que vous ne reconnaissez pas",
      "fr | INFORMAL | le colis que j'ai commandé il y a 2 semaines | que tu as commandé il y a 2 semaines",
      "de | FORMAL   | die Abbuchung über 49,99 €, die ich nicht kenne | die Sie nicht kennen",
      "de | INFORMAL | die Erstattung, auf die ich immer noch warte | auf die du immer noch wartest"})
  void aSituationsOwnClauseIsSaidBackInsteadOfCut(String tag, Register register, String situation, String named) {
    Empathy e = empathy(tag, register);
    for (Emotion emotion : new Emotion[] {Emotion.ANGRY, Emotion.FRUSTRATED, Emotion.DISAPPOINTED, Emotion.ANXIOUS}) {
      for (int c = 0; c < 4; c++) {
        Reply r = e.compose().conversation("fr-de-own-" + c, 0).customer("Alex").acknowledge(emotion, situation)
            .action(tag.equals("fr") ? "j’ai relancé le transporteur" : "ich habe beim Versanddienst nachgefragt").build();
        String ack = block(r, BlockKind.ACKNOWLEDGEMENT);
        String tail = named.substring(named.indexOf(' ') + 1);
        assertTrue(ack.contains(tail), () -> "expected \"" + tail + "\" in: " + ack);
        assertFalse(r.warnings().stream().anyMatch(w -> w.contains("own person")), () -> "still cut: " + r.warnings());
      }
    }
  }

  @Test
  void aSummaryWhoseVerbIsUnknownIsKeptWithAWarningNamingTheField() {
    Reply r = empathy("de", Register.FORMAL).compose().customer("Alex").acknowledge(Emotion.CONFUSED)
        .summary("ich zahl doch nicht doppelt").action("ich habe die Rechnung geprüft").build();
    assertTrue(block(r, BlockKind.SUMMARY).contains("ch zahl doch nicht doppelt"), () -> block(r, BlockKind.SUMMARY));
    assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("summary: \"ich\" speaks in the customer's own person")),
        () -> r.warnings().toString());
    Reply turned = empathy("de", Register.FORMAL).compose().customer("Alex").acknowledge(Emotion.CONFUSED)
        .summary("ich habe doppelt gezahlt").action("ich habe die Rechnung geprüft").build();
    assertFalse(turned.warnings().stream().anyMatch(w -> w.contains("own person")), () -> turned.warnings().toString());
  }

  @Test
  void aShoutedSummaryIsTurnedAndWrittenInLowerCase() {
    Reply r = empathy("fr", Register.FORMAL).compose().customer("Alex").acknowledge(Emotion.ANGRY)
        .summary("JE N'AI TOUJOURS PAS MON REMBOURSEMENT").action("j’ai relancé le service comptable").build();
    String summary = block(r, BlockKind.SUMMARY);
    assertTrue(summary.contains("vous n'avez toujours pas votre remboursement"), () -> summary);
    assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("summary: written in capitals")), () -> r.warnings().toString());
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "FORMAL   | Sie haben Ihre Bestellung nicht bekommen und warten seit zwei Wochen",
      "INFORMAL | du hast deine Bestellung nicht bekommen und wartest seit zwei Wochen"})
  void aGermanSummaryReadsInTheRepliesPerson(Register register, String said) {
    Reply r = empathy("de", register).compose().customer("Alex").acknowledge(Emotion.FRUSTRATED, "die Bestellung")
        .summary("ich habe meine Bestellung nicht bekommen und warte seit zwei Wochen").action("ich habe beim Versanddienst nachgefragt").build();
    String summary = block(r, BlockKind.SUMMARY);
    String capital = said.substring(0, 1).toUpperCase(Locale.ROOT) + said.substring(1);
    assertTrue(summary.contains(said) || summary.contains(capital), () -> summary);
  }

  /**
   * A situation opened by the customer's own subject is a sentence: the acknowledgement never puts
   * it after a preposition as a noun ("Toutes mes excuses pour vous avez tout vérifié", "mit Sie
   * warten seit Tagen"); it names the feeling and the summary restates the sentence.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "fr|j’ai tout vérifié !|vous avez tout vérifié",
      "fr|je n’ai pas reçu ma commande|vous n’avez pas reçu votre commande",
      "de|ich warte seit Tagen auf mein Paket|Sie warten seit Tagen auf Ihr Paket",
  })
  void aSituationInTheCustomersFirstPersonIsASentenceNotANoun(String tag, String situation, String turned) {
    Reply r = empathy(tag, Register.FORMAL).compose().acknowledge(Emotion.FRUSTRATED, situation).action("x").build();
    assertFalse(block(r, BlockKind.ACKNOWLEDGEMENT).contains(turned), () -> block(r, BlockKind.ACKNOWLEDGEMENT));
    assertTrue(block(r, BlockKind.SUMMARY).contains(turned), () -> block(r, BlockKind.SUMMARY));
    assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("situation: reads as a sentence")), () -> r.warnings().toString());
  }
}
