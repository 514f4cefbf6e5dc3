package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.Register;
import dev.empathy.compose.Reply;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * Caller text in the other register ("te escribiré" in a formal Spanish reply) is kept as the
 * agent wrote it, and the reply carries a warning naming the field and the words.
 */
class RegisterWarningsTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC);

  private static Composer composer(String tag, Register register) {
    return Empathy.builder().locale(Locale.forLanguageTag(tag)).register(register).clock(CLOCK).build().compose();
  }

  private static List<String> registerWarnings(Reply reply) {
    // Kept and warned, or rewritten into the reply's register by its data and warned (RegisterMarkers.rewrite).
    return reply.warnings().stream().filter(w -> w.contains(" reply; the text is kept as written") || w.contains(" reply; the reply says")).toList();
  }

  @Test
  void spanishFormalReplyWarnsAboutTuInTheSituationAndTheFollowUp() {
    Reply r = composer("es", Register.FORMAL)
        .acknowledge(Emotion.FRUSTRATED, "los dos cargos en tu tarjeta")
        .actions(List.of("He devuelto el segundo cargo"))
        .followUp("Te escribiré cuando llegue el reembolso")
        .build();
    List<String> w = registerWarnings(r);
    assertEquals(2, w.size(), w::toString);
    assertTrue(w.get(0).startsWith("situation: \"tu\" addresses the customer informally in a formal reply"), w.get(0));
    assertTrue(w.get(1).startsWith("followUp: \"Te\""), w.get(1));
    // Every marker has a rewrite in clauses_es (register.rewrite.formal): the reply says it in usted, and says so.
    assertTrue(r.toPlainText().contains("su tarjeta"), r::toPlainText);
    assertTrue(r.toPlainText().contains("le escribiré cuando llegue el reembolso"), r::toPlainText);
    assertTrue(w.get(1).endsWith("the reply says \"Le escribiré cuando llegue el reembolso\""), w.get(1));
  }

  @Test
  void eachLanguageWarnsAboutItsOwnMarkersInTheField() {
    assertWarns("pt-BR", Register.FORMAL, null, "Vou te avisar quando o estorno cair", "followUp: \"te\"");
    assertWarns("de", Register.FORMAL, "Ich habe dein Konto entsperrt", null, "actions[0]: \"dein\"");
    assertWarns("de", Register.INFORMAL, "Ich habe Ihr Konto entsperrt", null, "actions[0]: \"Ihr\"");
    assertWarns("fr", Register.FORMAL, "J'ai remboursé ta commande", null, "actions[0]: \"ta\"");
    assertWarns("fr", Register.FORMAL, null, "je t'écrirai dès que le remboursement arrive", "followUp: \"t'\"");
    assertWarns("fr", Register.INFORMAL, null, "je vous écrirai demain", "followUp: \"vous\"");
    assertWarns("es", Register.INFORMAL, null, "le escribiré a usted mañana", "followUp: \"usted\"");
    assertWarns("pt-BR", Register.FORMAL, "a gente já estornou a cobrança", null, "actions[0]: \"a gente\"");
    Reply situation = composer("de", Register.INFORMAL).acknowledge(Emotion.ANXIOUS, "Ihre Bestellung")
        .actions(List.of("x")).build();
    assertEquals(List.of("situation: \"Ihre\" addresses the customer formally in an informal reply; the reply says"
        + " \"deine Bestellung\""), registerWarnings(situation), "a noun phrase has no sentence start");
  }

  @Test
  void textInTheRepliesOwnRegisterOrAmbiguousWordsDoNotWarn() {
    assertWarns("es", Register.FORMAL, "He devuelto el segundo cargo de su tarjeta", "Le escribiré mañana", null);
    assertWarns("de", Register.INFORMAL, "Sie ist schon unterwegs", "ich melde mich, sobald sie da ist", null);
    assertWarns("de", Register.FORMAL, "Ich habe Ihr Konto entsperrt", null, null);
    assertWarns("fr", Register.FORMAL, "J'ai remboursé votre commande", "je vous écrirai demain", null);
    assertWarns("pt-BR", Register.FORMAL, "Estornei a segunda cobrança", "Vou avisar você quando o estorno cair", null);
    assertWarns("en", Register.FORMAL, "I refunded you", "I'll text you, mate", null);
  }

  private static void assertWarns(String tag, Register register, String action, String followUp, String expected) {
    Composer c = composer(tag, register).acknowledge(Emotion.NEUTRAL)
        .actions(List.of(action == null ? "x" : action));
    if (followUp != null) {
      c.followUp(followUp);
    }
    List<String> w = registerWarnings(c.build());
    if (expected == null) {
      assertTrue(w.isEmpty(), tag + " " + register + ": " + w);
    } else {
      assertEquals(1, w.size(), tag + " " + register + ": " + w);
      assertTrue(w.get(0).startsWith(expected), w.get(0));
    }
  }

  /** Whatever the text, the marker a warning quotes is the caller's own words. */
  @Property(tries = 200)
  void anyTextIsCheckedWithoutFailingAndQuotesOnlyWhatItFound(@ForAll String text) {
    RegisterMarkers markers = RegisterMarkers.forLocale(Locale.GERMAN);
    for (Register r : Register.values()) {
      String found = markers.otherRegister(text, r);
      if (found != null) {
        assertTrue(text.replace('\'', '’').contains(found.replace('\'', '’')), found);
      }
      String padded = markers.otherRegister("x " + text + " dein", Register.FORMAL);
      assertTrue(padded != null, "a marker at the end is found after any text");
    }
  }
}
