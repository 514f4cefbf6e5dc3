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
 * French writes what follows a colon in lower case unless it is a name: an agent's note and a
 * customer's text moved after our words lose the capital that opened them ("À savoir : Ligne
 * réinitialisée à distance" was written; "Si j’ai bien saisi, Cela fait deux mois…" too). A name, a
 * brand or a code keeps it ("Chronopost", "RDV", "AF123"). Since session 20 a French note that names
 * a thing and its participle is said as what we did (NoteDone), which starts in lower case too.
 */
class FrenchColonCaseTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Ligne réinitialisée à distance|ligne réinitialisée|j’ai réinitialisé la ligne",
      "Résiliation enregistrée au 31/12|résiliation enregistrée|j’ai enregistré la résiliation",
      "Remboursement viré ce jour|remboursement viré|j’ai viré le remboursement",
      "Prélèvement bloqué, enquête ouverte|prélèvement bloqué|j’ai bloqué le prélèvement",
      "Technicien prévu jeudi 8h-12h|technicien prévu|j’ai prévu un technicien",
      "Adresse mise à jour|adresse mise à jour|j’ai mis l’adresse à jour",
      "Chronopost a repris le colis|Chronopost a repris|Chronopost a repris",
      "RDV reprogrammé samedi 10h|RDV reprogrammé|j’ai reprogrammé le RDV",
  })
  void aNoteAfterOurWordsIsLowerCaseUnlessAName(String note, String midSentence, String saidAsDone) {
    String capital = note.substring(0, midSentence.length());
    for (Register register : Register.values()) {
      Empathy e = Empathy.builder().locale(Locale.FRENCH).register(register).clock(CLOCK).build();
      for (Emotion emotion : new Emotion[] {Emotion.FRUSTRATED, Emotion.CONFUSED, Emotion.ANXIOUS, Emotion.NEUTRAL}) {
        for (int turn = 0; turn < 3; turn++) {
          String text = e.compose().conversation("colon-" + emotion + turn, turn).customer("Camille")
              .acknowledge(emotion, "la connexion").summary("ça fait 3 jours que j’ai pas internet").action(note).build()
              .toPlainText();
          // after a colon or a comma the note is written as midSentence says, or said as what we did
          // (NoteDone: "Ligne réinitialisée" → "j’ai réinitialisé la ligne"); at a sentence's start it keeps its capital
          assertTrue(text.contains(midSentence) || text.contains(capital) || text.contains(saidAsDone), text);
          if (!capital.equals(midSentence)) {
            assertFalse(text.contains("\u00a0: " + capital) || text.contains(", " + capital), text);
          } else {
            assertFalse(text.contains(midSentence.toLowerCase(Locale.FRENCH)), text);
          }
        }
      }
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Cela fait 6 semaines que j’attends mon remboursement.|Cela fait 6 semaines",
      "Malgré ma résiliation, vous continuez à me prélever chaque mois.|Malgré votre résiliation",
  })
  void aCustomersTextAfterOurWordsIsLowerCase(String summary, String notSaid) {
    for (Register register : Register.values()) {
      Empathy e = Empathy.builder().locale(Locale.FRENCH).register(register).clock(CLOCK).build();
      for (Emotion emotion : new Emotion[] {Emotion.FRUSTRATED, Emotion.ANGRY, Emotion.DISAPPOINTED}) {
        String text = e.compose().conversation("colon-s-" + emotion, 0).customer("Camille")
            .acknowledge(emotion, "le remboursement").summary(summary).action("J’ai relancé le service comptable").build()
            .toPlainText();
        assertFalse(text.contains("\u00a0: " + notSaid) || text.contains(", " + notSaid), text);
      }
    }
  }
}
