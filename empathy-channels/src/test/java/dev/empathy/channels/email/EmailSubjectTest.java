package dev.empathy.channels.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.Register;
import dev.empathy.channel.Channels;
import dev.empathy.channel.RenderOptions;
import dev.empathy.compose.Composer;
import dev.empathy.text.Graphemes;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Subjects read as a person would write them, in every bundled locale and register. */
class EmailSubjectTest {

  private static String subject(String locale, Register register, int turn, UnaryOperator<Composer> reply) {
    Empathy empathy = Empathy.builder().locale(locale).register(register).build();
    Composer c = empathy.compose().conversation("subject", turn);
    return Channels.require("email")
        .render(reply.apply(c).action("x").build(), RenderOptions.builder().build())
        .field("subject")
        .orElseThrow();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en-US | the double charge on your card | Double charge on your card",
        "en-US | Your refund.                   | Your refund",
        "en-GB | a refund                       | Refund",
        "es    | El doble cargo en su tarjeta.  | Doble cargo en su tarjeta",
        "es    | su devolución                  | Su devolución",
        "fr    | la double facturation          | Double facturation",
        "fr    | votre remboursement            | Votre remboursement",
        "pt-BR | O reembolso.                   | Reembolso",
        "pt-BR | seu pedido incompleto          | Seu pedido incompleto",
        "ja    | ご請求の重複                    | ご請求の重複"
      })
  void aSituationLeadsTheSubjectWithArticlesDroppedAndPossessivesKept(String locale, String situation, String lead) {
    for (Register register : Register.values()) {
      for (int turn = 0; turn < 4; turn++) {
        String s = subject(locale, register, turn, c -> c.acknowledge(Emotion.FRUSTRATED, situation));
        assertTrue(s.startsWith(lead), () -> locale + ": " + s);
        int n = Graphemes.count(s);
        assertTrue(locale.equals("ja") ? n >= 15 && n <= 35 : n >= 30 && n <= 60, () -> n + ": " + s);
        assertFalse(s.contains("…"), s);
      }
    }
  }

  @Test
  void germanKeepsTheAccusativeSituationAfterAPrepositionThatTakesIt() {
    for (Register register : Register.values()) {
      for (int turn = 0; turn < 4; turn++) {
        String s = subject("de", register, turn, c -> c.acknowledge(Emotion.ANGRY, "Den fehlenden Artikel."));
        assertTrue(s.matches("(Wir kümmern uns um|Neuigkeiten rund um|Die nächsten Schritte für|Der aktuelle Stand rund um)"
            + " den fehlenden Artikel.*"), s);
        assertTrue(Graphemes.count(s) >= 30 && Graphemes.count(s) <= 60, s);
      }
    }
  }

  @Test
  void aSummaryBecomesTheTopicWholeInEnglishButNotInGerman() {
    assertTrue(subject("en-US", Register.FORMAL, 0, c -> c.acknowledge(Emotion.NEUTRAL).summary("Your card was charged twice."))
        .startsWith("Your card was charged twice: "));
    String de = subject("de", Register.FORMAL, 0, c -> c.acknowledge(Emotion.NEUTRAL).summary("Ihre Karte wurde doppelt belastet."));
    assertFalse(de.contains("belastet"), de);
    assertTrue(de.contains("Ihre Anfrage") || de.contains("Ihre Nachricht an uns"), de);
  }

  @Test
  void aLongGermanSituationIsCutAtAWordBoundaryWithinTheLimit() {
    String s = subject("de", Register.INFORMAL, 1,
        c -> c.acknowledge(Emotion.FRUSTRATED, "die doppelte Abbuchung für die Bestellung vom letzten Dienstag mit Expressversand"));
    assertTrue(Graphemes.count(s) <= 60, s);
    assertEquals(s.strip(), s);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "de    | die doppelte Abbuchung für die Bestellung vom letzten Dienstag mit Expressversand",
        "en-US | the double charge on your card for the order from last Tuesday with express shipping",
        "es    | el doble cargo en su tarjeta por el pedido del martes pasado con envío urgente",
        "fr    | la double facturation sur votre carte pour la commande de mardi dernier en express"
      })
  void aCutTopicDoesNotEndOnAnArticleOrPreposition(String locale, String situation) {
    for (int turn = 0; turn < 4; turn++) {
      String s = subject(locale, Register.FORMAL, turn, c -> c.acknowledge(Emotion.FRUSTRATED, situation));
      assertTrue(Graphemes.count(s) <= 60, s);
      if (s.contains("…")) {
        String before = s.substring(0, s.indexOf('…'));
        String last = before.substring(before.lastIndexOf(' ') + 1);
        assertTrue(last.length() > 3, () -> "ends on \"" + last + "\": " + s);
      }
    }
  }
}
