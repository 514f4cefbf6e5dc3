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
 * Words a French customer typed without their accents, that mean one thing either way, are said
 * back with them even where the text is not turned into our person: "toujours rien recu" was said
 * "toujours rien recu", "la resiliation" was named "la resiliation". "a", "ou" and a form whose
 * accent tells tense ("arrive") are never touched.
 */
class FrenchAccentsSaidBackTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "la commande|commande passee il y a 12 jours et toujours rien recu|rien reçu|rien recu",
      "la resiliation|ca fait 2 mois que je demande la resiliation|résiliation|resiliation",
      "le compte de mon pere|mon pere est decede le mois dernier|père|pere ",
      "les ecouteurs|les ecouteurs marchent deja plus apres 1 semaine|écouteurs|ecouteurs",
      "la reservation|ma reservation pour le train a ete annulee|réservation|reservation",
  })
  void wordsTypedWithoutTheirAccentsAreSaidWithThem(String situation, String summary, String said, String notSaid) {
    for (Register register : Register.values()) {
      Empathy e = Empathy.builder().locale(Locale.FRENCH).register(register).clock(CLOCK).build();
      for (Emotion emotion : new Emotion[] {Emotion.FRUSTRATED, Emotion.DISAPPOINTED, Emotion.SAD}) {
        String text = e.compose().conversation("acc-" + emotion, 0).customer("Camille").acknowledge(emotion, situation)
            .summary(summary).action("J’ai relancé le transporteur").build().toPlainText();
        assertTrue(text.contains(said), text);
        assertFalse(text.contains(notSaid), text);
      }
    }
  }
}
