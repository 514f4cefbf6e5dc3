package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.Register;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An agent's note typed in English shorthand for a customer who wrote in Spanish, French, German
 * or Portuguese ({@link ForeignNotes}): a note the language's data knows is said in the reply's
 * language and register, with a warning naming the field; any other English note is quoted as
 * typed with a warning. A reply is never silently half in English.
 */
class ForeignNotesTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC);

  private static Empathy empathy(String tag, Register register) {
    return Empathy.builder().locale(Locale.forLanguageTag(tag)).register(register).clock(CLOCK).build();
  }

  private static String said(String tag, Register register, String note) {
    return ForeignNotes.forLocale(Locale.forLanguageTag(tag)).said(note, register, parts -> String.join(" + ", parts));
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "es    | FORMAL   | Refunded the 2nd charge        | he reembolsado el segundo cargo",
      "es    | INFORMAL | sent confirmation email.       | te he enviado un correo de confirmación",
      "es    | FORMAL   | sent confirmation email        | le he enviado un correo de confirmación",
      "es    | INFORMAL | will check back fri            | te escribiré el viernes",
      "fr    | FORMAL   | will follow up Monday          | je reviendrai vers vous lundi",
      "fr    | INFORMAL | reset password                 | j’ai réinitialisé ton mot de passe",
      "de    | FORMAL   | Replacement sent today         | ich habe Ihnen heute Ersatz geschickt",
      "de    | INFORMAL | will check back next week      | ich melde mich nächste Woche bei dir",
      "pt-BR | FORMAL   | Charge reversed!               | estornei a cobrança",
      "pt-BR | INFORMAL | breakdown sent by email        | te mandei o detalhamento por e-mail",
      "es    | INFORMAL | refund of the extra charge     | he reembolsado el importe cobrado de más",
      "pt-BR | INFORMAL | refund of extra charge         | estornei o valor cobrado a mais",
      "pt-PT | FORMAL   | refunded the difference        | reembolsei a diferença",
  })
  void aKnownNoteIsSaidInTheRepliesLanguageAndRegister(String tag, Register register, String note, String expected) {
    assertEquals(expected, said(tag, register, note));
  }

  /** Parts said with the same opening share it: never "ich habe dich eingecheckt und ich habe dir …" (s18 probes). */
  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "de | INFORMAL | checked in, boarding pass sent     | ich habe dich eingecheckt + dir deine Bordkarte geschickt",
      "de | FORMAL   | line test done, fault found        | ich habe Ihre Leitung durchgemessen + die Störung gefunden",
      "fr | INFORMAL | line test done, fault found        | j’ai testé la ligne + trouvé la panne",
      "fr | FORMAL   | card blocked, new one shipped      | j’ai bloqué votre carte par précaution + je vous ai expédié un remplacement",
  })
  void partsSaidWithTheSameOpeningShareIt(String tag, Register register, String note, String expected) {
    assertEquals(expected, said(tag, register, note));
  }

  /** The reply language's own shorthand ("Ersatz raus", "remb. effectué") is said, and named shorthand, never English. */
  @Test
  void aNotesOwnShorthandIsSaidAndNamedShorthand() {
    assertEquals("ich habe dir einen Ersatz geschickt", said("de", Register.INFORMAL, "Ersatz raus"));
    assertEquals("j’ai effectué le remboursement", said("fr", Register.FORMAL, "remb. effectué"));
    assertTrue(ForeignNotes.forLocale(Locale.GERMAN).ownShorthand("Ersatz raus."));
    assertFalse(ForeignNotes.forLocale(Locale.GERMAN).ownShorthand("refund issued"));
    Reply r = Empathy.builder().locale(Locale.GERMAN).register(Register.INFORMAL).build().compose().customer("Jonas")
        .acknowledge(Emotion.DISAPPOINTED, "die Kopfhörer").action("Ersatz raus").build();
    assertTrue(r.block(BlockKind.ACTION).orElseThrow().text().contains("Ich habe dir einen Ersatz geschickt"), r::toPlainText);
    assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("actions[0]: \"Ersatz raus\" is note shorthand")), r.warnings()::toString);
  }

  /** Spans and clock times in the shorthand reply-en reads ("3-5bd", "w/in 1h", "7:05a", "T2"), said by @span rows. */
  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "es    | FORMAL   | refund issued 3-5bd            | he tramitado el reembolso, que le llegará en un plazo de 3 a 5 días hábiles",
      "es    | INFORMAL | mgr to call back w/in 1h       | un responsable te llamará en menos de una hora",
      "es    | FORMAL   | callback booked 7:05a          | le llamaremos a las 7:05 de la mañana",
      "es    | FORMAL   | escalated to T2                | he pasado el caso al equipo de soporte de nivel 2",
      "es    | FORMAL   | pkg reshipped, ETA Tue         | he vuelto a enviar el paquete + llegará el martes",
      "fr    | FORMAL   | refund issued 3-5bd            | j’ai effectué le remboursement, que vous recevrez sous 3 à 5 jours ouvrés",
      "fr    | FORMAL   | callback booked 7:05p          | nous vous rappellerons à 19 h 05",
      "fr    | INFORMAL | mgr to call back w/in 2h       | un responsable te rappellera d’ici 2 heures",
      "de    | FORMAL   | refund issued 3-5bd            | ich habe die Erstattung veranlasst, das Geld ist in 3 bis 5 Werktagen auf Ihrem Konto",
      "de    | FORMAL   | refund issued today            | ich habe heute die Erstattung veranlasst",
      "de    | INFORMAL | callback booked 7:05a          | wir rufen dich um 7:05 Uhr an",
      "de    | FORMAL   | escalated to T2                | ich habe den Fall an unser Support-Team der Stufe 2 weitergegeben",
      "pt-BR | FORMAL   | refund issued 3-5bd            | fiz o reembolso, que deve cair em 3 a 5 dias úteis",
      "pt-BR | INFORMAL | callback booked 7:05a          | a gente vai te ligar às 7h05",
      "pt-BR | FORMAL   | mgr to call back w/in 1h       | um gerente vai ligar para você em até uma hora",
  })
  void aSpanOrClockTimeInShorthandIsSaidInTheRepliesLanguage(String tag, Register register, String note, String expected) {
    assertEquals(expected, said(tag, register, note));
  }

  @Test
  void aSpanAfterANoteWithoutASpanRowIsNotGuessed() {
    // "sent link to faq" has no "{span}" row: "sent link to faq 3-5bd" is kept as typed, never half said.
    assertNull(said("es", Register.FORMAL, "sent link to faq 3-5bd"));
    assertNull(said("de", Register.FORMAL, "refund issued 3-5xyz"));
  }

  @Test
  void aNoteOfKnownPartsIsSaidPartByPartAndOneUnknownPartKeepsItWhole() {
    assertEquals("lo he consultado con el equipo de facturación + el pago está confirmado",
        said("es", Register.FORMAL, "checked w/ billing team, payment confirmed"));
    assertEquals("ich habe die Erstattung veranlasst + den Fall an unsere Buchhaltung weitergegeben",
        said("de", Register.FORMAL, "refund issued and escalated to billing"));
    assertNull(said("es", Register.FORMAL, "refund issued, rebooked on the 9am flight"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Rebooked on the 9am flight", "he tramitado el reembolso", "", "   ", "will check back", "refund"})
  void whatTheDataDoesNotKnowIsNotSaid(String note) {
    if (note.equals("will check back")) {
      // Known without a time word: said, and the time word alone is not a note.
      assertEquals("le escribiré para contarle cómo va", said("es", Register.FORMAL, note));
      assertNull(said("es", Register.FORMAL, "friday"));
      return;
    }
    assertNull(said("es", Register.FORMAL, note));
  }

  @Test
  void englishHasNoTableAndItsNotesAreNeverTouched() {
    assertNull(ForeignNotes.forLocale(Locale.ENGLISH).said("refund issued", Register.FORMAL, List::toString));
  }

  @Test
  void everyLanguageKnowsTheSameNotes() throws IOException {
    Set<String> es = keys("es");
    for (String language : List.of("fr", "de", "pt", "ja")) {
      Set<String> missing = new TreeSet<>(es);
      missing.removeAll(keys(language));
      assertTrue(missing.isEmpty(), () -> language + " does not know notes es knows: " + missing);
    }
    Set<String> fr = keys("fr");
    for (String language : List.of("de", "ja")) {
      assertEquals(fr, keys(language), language + " knows other notes than fr");
    }
    assertTrue(es.size() >= 90, () -> es.size() + " notes");
  }

  /** Japanese says the notes too (every English note was kept as typed in a Japanese reply), in both registers. */
  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "ja | FORMAL   | refund issued 3-5bd             | 返金の手続きをいたしましたので、3〜5営業日以内にご返金が反映される見込みです",
      "ja | INFORMAL | replacement shipped             | 代わりの品を送りました",
      "ja | FORMAL   | will check back fri             | 金曜日に改めてご連絡いたします",
      "ja | FORMAL   | escalated to T2                 | 2次サポートの担当部署に引き継ぎました",
      "ja | FORMAL   | account closure started, no fees | アカウントの解約手続きを開始いたしました + 費用は一切かかりません",
      "ja | INFORMAL | mgr to call back w/in 1h        | 1時間以内に、責任者から折り返し電話します",
  })
  void japaneseSaysAKnownNoteInItsRegister(String tag, Register register, String note, String expected) {
    assertEquals(expected, said(tag, register, note));
  }

  /**
   * A flight or booking code is carried over in capitals and the rest of the note said ("rebooked
   * AV123 7:05a" was kept as typed in every language); a code in a note with no row for it is not
   * guessed.
   */
  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "fr | FORMAL   | rebooked AF348 7:05a   | je vous ai replacé sur le vol AF348 à 7 h 05",
      "fr | INFORMAL | Rebooked on af348      | je t’ai replacé sur le vol AF348",
      "de | FORMAL   | rebooked OS112 7:05a   | ich habe Sie auf Flug OS112 um 7:05 Uhr umgebucht",
      "de | INFORMAL | rebooked LH400 6:30p   | ich habe dich auf Flug LH400 um 18:30 Uhr umgebucht",
      "ja | FORMAL   | rebooked JL123 7:05a   | 午前7:05発のJL123便に振り替えいたしました",
  })
  void aFlightCodeIsCarriedOverAndTheNoteSaid(String tag, Register register, String note, String expected) {
    assertEquals(expected, said(tag, register, note));
  }

  @Test
  void aCodeInANoteWithoutARowForItIsNotGuessed() {
    assertNull(said("fr", Register.FORMAL, "cancelled AF348"));
    assertNull(said("de", Register.FORMAL, "refund issued AB12"));
  }

  private static Set<String> keys(String language) throws IOException {
    Set<String> out = new TreeSet<>();
    try (InputStream in = ForeignNotes.class.getResourceAsStream("/dev/empathy/compose/notes-from-en_" + language + ".tsv")) {
      for (String row : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        // "@own" rows are a language's own shorthand ("Ersatz raus"): each language has its own.
        if (!row.isBlank() && !row.startsWith("#") && !row.startsWith("@own")) {
          String[] c = row.split("\t");
          out.add(c[0].equals("@when") ? "@when " + c[1] : c[0]);
        }
      }
    }
    return out;
  }

  @Test
  void aSpanishReplySaysAnEnglishNoteInSpanishAndSaysSo() {
    var r = empathy("es", Register.INFORMAL).compose().customer("Karla")
        .acknowledge(Emotion.FRUSTRATED, "el pedido")
        .action("Refunded the 2nd charge").action("Rebooked on the 9am flight").followUp("will check back fri").build();
    String text = r.toPlainText();
    assertTrue(text.contains("he reembolsado el segundo cargo"), text);
    assertTrue(text.contains("te escribiré el viernes"), text);
    assertFalse(text.contains("Refunded") || text.contains("check back"), text);
    assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("actions[0]: \"Refunded the 2nd charge\" is an English note")), r.warnings()::toString);
    assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("followUp: \"will check back fri\" is an English note")), r.warnings()::toString);
    // Not in the data: quoted as typed, visibly and never silently.
    assertTrue(text.contains("«Rebooked on the 9am flight»"), text);
    assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("actions[1]: \"Rebooked on the 9am flight\" reads as another language")
        && w.contains("quoted as written")), r.warnings()::toString);
  }

  @ParameterizedTest
  @ValueSource(strings = {"es", "fr", "de", "pt-BR"})
  void aNoteInTheRepliesOwnLanguageGetsNoLanguageWarning(String tag) {
    String note = switch (tag) {
      case "es" -> "he anulado el cargo duplicado";
      case "fr" -> "j’ai annulé le prélèvement en double";
      case "de" -> "ich habe die doppelte Abbuchung storniert";
      default -> "cancelei a cobrança duplicada";
    };
    var r = empathy(tag, Register.FORMAL).compose().acknowledge(Emotion.ANGRY).action(note).build();
    assertFalse(r.warnings().stream().anyMatch(w -> w.contains("English note") || w.contains("another language")), r.warnings()::toString);
  }

  @Test
  void anEnglishReplyKeepsItsNotesAsTyped() {
    var r = empathy("en", Register.FORMAL).compose().acknowledge(Emotion.ANGRY).action("refund issued").build();
    assertFalse(r.warnings().stream().anyMatch(w -> w.contains("English note")), r.warnings()::toString);
  }
}
