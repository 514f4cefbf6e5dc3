package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.Register;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A summary that is the agent's note of what the customer asks or thanks for, in the third person
 * ("demande si les lunettes sont prêtes", "fragt nach dem Stand", "メガネの仕上がり日の問い合わせ",
 * "お礼"), is never said back as the customer's words (s23/s24 probes: "Si je résume : demande la date
 * de livraison", "So habe ich es verstanden: Fragt nach…", 「お礼」と言ってもらえて): the actions
 * answer it, on any turn. A noun that only looks like such a verb ("demande de remboursement
 * refusée") is still said back.
 */
class AgentNoteSummaryTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC);

  private static Reply compose(String tag, Register register, Emotion emotion, String summary, int turn) {
    Empathy e = Empathy.builder().locale(Locale.forLanguageTag(tag)).register(register).clock(CLOCK).build();
    Composer c = e.compose().conversation("agent-note-" + tag, turn).customer("Alex").acknowledge(emotion).summary(summary);
    return (summary.equals("お礼") ? c : c.action(tag.startsWith("fr") ? "j’ai vérifié la commande"
        : tag.startsWith("de") ? "ich habe die Bestellung geprüft" : "ご注文を確認いたしました")).build();
  }

  @ParameterizedTest(name = "{0} {1} turn {4}: {3}")
  @CsvSource(delimiter = '|', value = {
      "fr    | FORMAL   | NEUTRAL  | demande si les lunettes sont prêtes            | 0",
      "fr-CA | INFORMAL | NEUTRAL  | demande comment fermer son compte BIXI          | 4",
      "fr-CH | FORMAL   | NEUTRAL  | souhaite modifier la plaque d'immatriculation   | 0",
      "fr    | INFORMAL | NEUTRAL  | demande la date de livraison                    | 0",
      "fr    | INFORMAL | GRATEFUL | remercie pour le badge                          | 2",
      "de    | FORMAL   | NEUTRAL  | fragt nach dem Stand der Steuererklärung        | 1",
      "de    | INFORMAL | GRATEFUL | bedankt sich                                    | 3",
      "de    | FORMAL   | NEUTRAL  | Kundin bittet um Rückruf                        | 0",
      "ja    | FORMAL   | NEUTRAL  | メガネの仕上がり日の問い合わせ                    | 0",
      "ja    | INFORMAL | GRATEFUL | お礼                                            | 2"})
  void theAgentsNoteIsNeverSaidBackAsTheCustomersWords(String tag, Register register, Emotion emotion, String note, int turn) {
    Reply r = compose(tag, register, emotion, note, turn);
    String text = r.toPlainText();
    // Japanese quotes a summary in 「」; the others say it, maybe with a capital.
    String said = tag.equals("ja") ? "「" + note : note.substring(1);
    assertFalse(text.contains(said), () -> "said back: " + text);
    assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("summary: \"" + note + "\"")), () -> r.warnings().toString());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "fr | demande de remboursement refusée sans explication | demande de remboursement refusée",
      "de | ich frage mich, warum die Rechnung so hoch ist     | warum die Rechnung so hoch ist",
      "ja | 問い合わせたのに返事がない                          | 問い合わせたのに返事がない"})
  void aNounOrTheCustomersOwnSentenceIsStillSaidBack(String tag, String summary, String said) {
    Reply r = compose(tag, Register.FORMAL, Emotion.FRUSTRATED, summary, 0);
    assertTrue(r.toPlainText().contains(said), r::toPlainText);
  }
}
