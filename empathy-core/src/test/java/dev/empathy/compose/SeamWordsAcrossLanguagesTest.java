package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.Register;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Spanish, French, German and Portuguese acknowledgements never put a preposition right against
 * a caller's phrase that repeats it ("sobre el comentario sobre el repartidor", "über die
 * Nachricht über den Fahrer"): meta.seamWords passes such a variant over for another that fits.
 * (Where every fitting variant writes the same preposition, as Spanish "sobre" and French "sur" in
 * a grateful acknowledgement do, one is kept: the cases below have another variant to take.)
 */
class SeamWordsAcrossLanguagesTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC);

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource(delimiter = '|', value = {
      "fr    | INFORMAL | avec  | le souci avec l’appli",
      "fr    | FORMAL   | pour  | le remboursement pour la commande",
      "de    | INFORMAL | mit   | das Problem mit der App",
      "de    | FORMAL   | für   | die Rechnung für die Firma",
      "pt-BR | FORMAL   | para  | a ligação para o suporte"})
  void noPrepositionIsWrittenAgainstAPhraseThatRepeatsIt(String tag, Register register, String seam, String situation) {
    Empathy empathy = Empathy.builder().locale(Locale.forLanguageTag(tag)).register(register).clock(CLOCK).build();
    List<String> repeated = new ArrayList<>();
    for (Emotion emotion : Emotion.values()) {
      for (int c = 0; c < 12; c++) {
        for (int turn = 0; turn < 3; turn++) {
          Reply r = empathy.compose().conversation("seam-" + c, turn).customer("Alex").acknowledge(emotion, situation)
              .action(tag.equals("de") ? "Ich habe es geprüft." : "x").build();
          String ack = r.block(BlockKind.ACKNOWLEDGEMENT).orElseThrow().text();
          if (ack.contains(seam + " " + situation)) {
            repeated.add(ack);
          }
        }
      }
    }
    assertEquals(List.of(), repeated);
  }
}
