package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
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
 * German phrases put the situation after an accusative preposition ("um {situation}", "über
 * {situation}", "für {situation}"): a masculine noun phrase typed in the nominative is put in the
 * accusative ({@link SituationShape#accusative}), by its determiner, an adjective's ending or the
 * noun's gender data; a neuter or feminine one, or one of unknown gender, is kept.
 */
class GermanSituationCaseTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC);
  private static final SituationShape DE = SituationShape.forLocale(Locale.GERMAN);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "der kaputte Router                  | den kaputten Router",
      "ein falscher Artikel                | einen falschen Artikel",
      "Ihr Handyvertrag                    | Ihren Handyvertrag",
      "dein neuer Laptop                   | deinen neuen Laptop",
      "kein Rückruf                        | keinen Rückruf",
      "der Streit mit dem Kundenservice    | den Streit mit dem Kundenservice",
      "dieser ständige Verbindungsabbruch  | diesen ständigen Verbindungsabbruch",
      "mein router                         | meinen router",
      "der Paketbote                       | den Paketboten",
      "der doppelte Abbuchung              | die doppelte Abbuchung"})
  void aMasculineNominativeIsPutInTheAccusative(String typed, String accusative) {
    assertEquals(accusative, DE.accusative(typed));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Ihr Paket", "ein neues Handy", "die Bestellung", "den kaputten Router", "meine Rechnung", "das Update",
      "mein Zimmer", "Ihre Bestellungen", "der", "ein"})
  void anythingElseIsKeptAsTyped(String typed) {
    assertSame(typed, DE.accusative(typed));
  }

  @Test
  void otherLanguagesKeepEveryPhrase() {
    String typed = "der Router";
    assertSame(typed, SituationShape.forLocale(Locale.FRENCH).accusative(typed));
  }

  @Test
  void theAcknowledgementNeverPutsANominativeAfterItsPreposition() {
    for (Register register : Register.values()) {
      Empathy e = Empathy.builder().locale(Locale.GERMAN).register(register).clock(CLOCK).build();
      for (Emotion emotion : new Emotion[] {Emotion.FRUSTRATED, Emotion.ANGRY, Emotion.ANXIOUS, Emotion.DISAPPOINTED, Emotion.CONFUSED}) {
        for (int c = 0; c < 6; c++) {
          Reply r = e.compose().conversation("case-" + c, 0).customer("Jonas").acknowledge(emotion, "der kaputte Router")
              .action("ich habe einen Techniker beauftragt").build();
          String ack = r.block(BlockKind.ACKNOWLEDGEMENT).orElseThrow().text();
          assertFalse(ack.contains("der kaputte Router"), ack);
          assertTrue(ack.contains("den kaputten Router"), ack);
        }
      }
    }
  }
}
