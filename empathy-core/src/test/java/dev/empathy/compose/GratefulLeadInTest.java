package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.Register;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A thank-you that also reports something done ("se lo he pasado al equipo") introduces it as news,
 * never with a lead-in meant for a problem being fixed ("Para empezar:", "Tout d’abord :", "Gleich
 * vorweg:", "Primeiro passo, sem enrolação:"), and still varies from turn to turn.
 */
class GratefulLeadInTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC);

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "es    | FORMAL   | se lo he pasado al equipo de la tienda    | Para empezar,Lo más urgente,Estoy en ello,Para que no",
      "es    | INFORMAL | se lo he pasado al equipo de la tienda    | Para empezar,Lo más urgente,Estoy en ello,Para que no",
      "fr    | FORMAL   | je l’ai transmis à l’équipe de la boutique | Tout d’abord,Dans l’immédiat,Je m’en occupe,Pour que",
      "fr    | INFORMAL | je l’ai transmis à l’équipe de la boutique | Tout d’abord,Dans l’immédiat,Je m’en occupe,Pour que",
      "de    | FORMAL   | ich habe sie an das Team weitergegeben     | Gleich vorweg,Als Erstes,Ohne Umschweife,Damit",
      "de    | INFORMAL | ich habe sie an das Team weitergegeben     | Gleich vorweg,Als Erstes,Ohne Umschweife,Damit",
      "pt-BR | FORMAL   | passei para a equipe da loja               | Para começar,Começando pelo,De imediato,Sem deixar",
      "pt-BR | INFORMAL | passei pra equipe da loja                  | Primeiro passo,Começando pelo,De imediato,Sem te deixar"})
  void aThankYouReportsWhatWasDoneAsNews(String tag, Register register, String action, String urgent) {
    Empathy empathy = Empathy.builder().locale(Locale.forLanguageTag(tag)).register(register).clock(CLOCK).build();
    List<String> wrong = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int c = 0; c < 12; c++) {
      String previous = null;
      for (int turn = 0; turn < 4; turn++) {
        Reply r = empathy.compose().conversation("thanks-" + c, turn).customer("Alex")
            .acknowledge(Emotion.GRATEFUL, tag.startsWith("de") ? "die Hilfe mit der Rücksendung" : "la ayuda")
            .action(action).build();
        String text = r.block(BlockKind.ACTION).orElseThrow().text();
        seen.add(text);
        for (String lead : urgent.split(",")) {
          if (text.startsWith(lead)) {
            wrong.add(text);
          }
        }
        assertTrue(!text.equals(previous), "repeated at turn " + turn + ": " + text);
        previous = text;
      }
    }
    assertEquals(List.of(), wrong);
    assertTrue(seen.size() >= 2, "one lead-in only: " + seen);
  }
}
