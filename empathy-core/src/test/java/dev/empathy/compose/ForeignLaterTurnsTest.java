package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.Register;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A later turn of a conversation in Spanish, French, German, Brazilian Portuguese and Japanese, in
 * both registers, reads as the same conversation going on: it never apologizes again for what turn
 * 0 apologized for ("…haben wir Sie enttäuscht – das tut mir leid" on turn 2), still names what the
 * customer just added, and two consecutive turns never open with the same acknowledgement.
 */
class ForeignLaterTurnsTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T15:00:00Z"), ZoneOffset.UTC);
  private static final Emotion[] APOLOGETIC = {Emotion.FRUSTRATED, Emotion.ANGRY, Emotion.DISAPPOINTED, Emotion.SAD};

  private static Pattern apology(String tag) {
    return Pattern.compile(switch (tag) {
      case "es" -> "(?iu)(disculp|perd[oó]n|lo siento|lo lamento|lamento|siento (mucho|de veras|que))";
      case "fr" -> "(?iu)(excuse|d[ée]sol[ée]|pardon|regrett)";
      case "de" -> "(?iu)(tut mir (wirklich |sehr )?leid|entschuldig|bedaure|verzeih)";
      case "pt-BR" -> "(?iu)(desculp|perd[aã]o|sinto muito|lament)";
      case "ja" -> "(申し訳|すみません|ごめん|お詫び)";
      default -> throw new IllegalArgumentException(tag);
    });
  }

  private static String ack(Empathy e, String conversation, int turn, Emotion emotion, String situation, String action) {
    Composer c = e.compose().conversation(conversation, turn).customer("Ana");
    return (situation == null ? c.acknowledge(emotion) : c.acknowledge(emotion, situation))
        .action(action).build().block(BlockKind.ACKNOWLEDGEMENT).orElseThrow().text();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "es|el pedido que sigue sin llegar|pedido|Ya he abierto una reclamación con la agencia",
      "fr|la commande qui n’arrive toujours pas|commande|J’ai ouvert une réclamation auprès du transporteur",
      "de|die Lieferung, die immer noch nicht da ist|Lieferung|Ich habe beim Paketdienst nachgehakt",
      "pt-BR|o pedido que ainda não chegou|pedido|Já abri uma reclamação com a transportadora",
      "ja|まだ届かない荷物|荷物|配送業者に確認しました"})
  void aLaterTurnNeverApologizesAgain(String tag, String situation, String head, String action) {
    Pattern apology = apology(tag);
    for (Register register : Register.values()) {
      Empathy e = Empathy.builder().locale(Locale.forLanguageTag(tag)).register(register).clock(CLOCK).build();
      int apologiesFirst = 0;
      for (Emotion emotion : APOLOGETIC) {
        for (int c = 0; c < 10; c++) {
          for (String named : new String[] {situation, null}) {
            String ack0 = ack(e, "conv-" + c, 0, emotion, named, action);
            int turn = 1 + c % 3;
            String ack1 = ack(e, "conv-" + c, turn, emotion, named, action);
            apologiesFirst += apology.matcher(ack0).find() ? 1 : 0;
            String where = tag + " " + register + " " + emotion + " turn " + turn + ": ";
            assertFalse(apology.matcher(ack1).find(), () -> where + "apologizes again: " + ack1);
            assertNotEquals(ack0, ack1, () -> where + "repeats turn 0: " + ack1);
            if (named != null) {
              assertTrue(ack1.contains(head), () -> where + "a later turn still names what the customer added: " + ack1);
            }
          }
        }
      }
      assertNotEquals(0, apologiesFirst, () -> tag + " " + register + ": no first turn apologized: nothing was checked");
    }
  }

  /**
   * A disappointed customer on a later turn, with no situation named, is told the feeling is seen
   * (the old "Le agradezco mucho su paciencia con todo esto." thanked for patience only and scored
   * validation 0 in the review rubric).
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "es|(?iu)decepci",
      "fr|(?iu)dé[çc][eo]",
      "de|(?iu)enttäusch",
      "pt-BR|(?iu)decepç",
      "ja|[残が][念っ]"})
  void aLaterTurnForADisappointedCustomerNamesTheFeeling(String tag, String feeling) {
    Pattern named = Pattern.compile(feeling);
    for (Register register : Register.values()) {
      Empathy e = Empathy.builder().locale(Locale.forLanguageTag(tag)).register(register).clock(CLOCK).build();
      for (int c = 0; c < 12; c++) {
        for (int turn = 1; turn <= 3; turn++) {
          String ack = ack(e, "dis-" + c, turn, Emotion.DISAPPOINTED, null, "x");
          String where = tag + " " + register + " turn " + turn + ": ";
          assertTrue(named.matcher(ack).find(), () -> where + "does not name the disappointment: " + ack);
        }
      }
    }
  }

  /**
   * The same with the situation named: the later-turn acknowledgement names the disappointment
   * and the situation together (the old "Merci de votre patience au sujet de la réparation ; je
   * l’apprécie vraiment.", "Danke, dass Sie uns für den Service noch einmal vertrauen.",
   * "修理について、気長に待ってくれてありがとうございます。", "Gracias por su paciencia con el pedido; de
   * verdad se lo agradezco." thanked only).
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "es|el pedido incompleto|pedido|(?iu)decepci",
      "pt-BR|o pedido incompleto|pedido|(?iu)decepç",
      "fr|la réparation de l’écran|réparation|(?iu)dé[çc][eo]",
      "fr|les écouteurs cassés|écouteurs|(?iu)dé[çc][eo]",
      "de|die Reparatur|Reparatur|(?iu)enttäusch",
      "de|der kaputte Router|Router|(?iu)enttäusch",
      "ja|修理|修理|[残が][念っ]",
      "ja|誕生日プレゼント|プレゼント|[残が][念っ]"})
  void aLaterTurnForADisappointedCustomerNamesTheFeelingAndTheSituation(String tag, String situation, String head, String feeling) {
    Pattern named = Pattern.compile(feeling);
    for (Register register : Register.values()) {
      Empathy e = Empathy.builder().locale(Locale.forLanguageTag(tag)).register(register).clock(CLOCK).build();
      for (int c = 0; c < 12; c++) {
        for (int turn = 1; turn <= 3; turn++) {
          String ack = ack(e, "dis-" + c, turn, Emotion.DISAPPOINTED, situation, "x");
          String where = tag + " " + register + " turn " + turn + ": ";
          assertTrue(named.matcher(ack).find(), () -> where + "does not name the disappointment: " + ack);
          assertTrue(ack.contains(head), () -> where + "does not name the situation: " + ack);
        }
      }
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "es|la configuración del router|Conecte el cable gris al puerto WAN",
      "fr|la configuration de votre box|Branchez le câble gris sur le port WAN",
      "de|die Einrichtung des Routers|Stecken Sie das graue Kabel in den WAN-Anschluss",
      "pt-BR|a configuração do roteador|Conecte o cabo cinza na porta WAN",
      "ja|ルーターの設定|灰色のケーブルをWANポートに差し込んでください"})
  void consecutiveLaterTurnsDoNotRepeatTheirAcknowledgement(String tag, String situation, String action) {
    for (Register register : Register.values()) {
      Empathy e = Empathy.builder().locale(Locale.forLanguageTag(tag)).register(register).clock(CLOCK).build();
      for (Emotion emotion : Emotion.values()) {
        for (int c = 0; c < 6; c++) {
          for (String named : new String[] {situation, null}) {
            String previous = ack(e, "rep-" + c, 0, emotion, named, action);
            for (int turn = 1; turn <= 4; turn++) {
              String now = ack(e, "rep-" + c, turn, emotion, named, action);
              String before = previous;
              int t = turn;
              assertNotEquals(before, now,
                  () -> tag + " " + register + " " + emotion + " turn " + t + " repeats the turn before: " + now);
              previous = now;
            }
          }
        }
      }
    }
  }
}
