package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import java.util.Locale;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Spoken French drops the "ne" of a negation; an agent restating the customer writes it (l10n-b
 * session 23 probes: "Votre chèque de remboursement est pas encore arrivé", "le déménageur a brisé
 * votre commode et personne vous répond").
 */
class DroppedNegationTest {
  private static final DroppedNegation FR = DroppedNegation.forLocale(Locale.FRENCH);

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "mon chèque est pas encore arrivé|mon chèque n’est pas encore arrivé",
      "le déménageur a brisé ma commode et personne me répond|le déménageur a brisé ma commode et personne ne me répond",
      "ça marche toujours pas|ça ne marche toujours pas",
      "c'est pas normal|ce n’est pas normal",
      "le technicien est jamais venu|le technicien n’est jamais venu",
      "il m'a pas rappelé|il ne m'a pas rappelé",
      "y a rien qui marche|il n’y a rien qui marche",
      "Personne répond au tel|Personne ne répond au tel",
      // whole already, no verb before the word, a participle after "rien", an elided subject OwnPerson turns
      "personne ne me répond|personne ne me répond",
      "mon colis n'est pas arrivé|mon colis n'est pas arrivé",
      "pourquoi pas|pourquoi pas",
      "toujours pas de réponse|toujours pas de réponse",
      "le colis pas arrivé|le colis pas arrivé",
      "rien reçu depuis lundi|rien reçu depuis lundi",
      "une personne m'a dit non|une personne m'a dit non",
      "j'ai pas reçu|j'ai pas reçu",
      // s22 probe rerun: "vous avez attendu toute la fin de semaine ne pour rien" was said
      "j'ai attendu toute la fin de semaine pour rien|j'ai attendu toute la fin de semaine pour rien",
      "colis jamais arrivé|colis jamais arrivé",
      // s24 probe: a participle before "pas" is no verb of it ("skis ne réservés pas disponibles" was said)
      "skis réservés pas disponibles samedi|skis réservés pas disponibles samedi",
      "les billets achetés jamais reçus|les billets achetés jamais reçus",
      "ça crée pas de compte|ça ne crée pas de compte",
      "marche pas|marche pas"})
  void aDroppedNeIsWrittenBack(String typed, String said) {
    assertEquals(said, FR.whole(typed));
  }

  @Example
  void theSummaryIsSaidWithItsNegationWhole() {
    String summary = Empathy.builder().locale(Locale.FRENCH).build().compose().customer("Mme Pelletier")
        .acknowledge(Emotion.ANXIOUS, "le remboursement").summary("mon chèque est pas arrivé et personne me répond")
        .action("paiement émis par virement").build().block(BlockKind.SUMMARY).orElseThrow().text();
    assertTrue(summary.contains("votre chèque n’est pas arrivé et personne ne vous répond"), summary);
  }

  @Example
  void otherLanguagesKeepEveryText() {
    String typed = "it is pas normal";
    assertSame(typed, DroppedNegation.forLocale(Locale.GERMAN).whole(typed));
    assertSame(typed, DroppedNegation.forLocale(Locale.ENGLISH).whole(typed));
  }

  @Property(tries = 300)
  void writingBackOnlyAddsAndOnce(@ForAll String typed) {
    String said = FR.whole(typed);
    assertEquals(said, FR.whole(said), "a negation written whole is left alone");
    assertTrue(said.length() >= typed.length(), said);
  }

  @Example
  void aWholeNegationIsLeftAloneTheSecondTime() {
    for (String typed : new String[] {"y a rien qui marche", "c'est pas normal", "il m'a pas rappelé", "personne me répond"}) {
      String said = FR.whole(typed);
      assertEquals(said, FR.whole(said));
    }
  }
}
