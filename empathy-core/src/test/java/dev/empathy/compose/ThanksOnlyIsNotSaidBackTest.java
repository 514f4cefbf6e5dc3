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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A French or German customer's summary that only thanks us is answered by the acknowledgement and
 * never said back, so the agent never thanks themselves or thanks twice (l10n-b, session 21 probes:
 * "De rien, ça m’a fait plaisir. Merci pour ton aide !! 🙏.", "Je vois que merci ben gros pour votre
 * patience", "Schön zu lesen: Vielen Dank für die rasche Erledigung.", "Merci vielmal für die schnelle Hilfe.").
 */
class ThanksOnlyIsNotSaidBackTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "fr-FR|INFORMAL|merci pour ton aide !! 🙏|merci pour ton aide",
      "fr-CA|FORMAL|merci ben gros pour votre patience|ben gros",
      "fr-FR|FORMAL|Merci beaucoup pour votre aide hier.|votre aide hier",
      "de-DE|FORMAL|vielen Dank für die rasche Erledigung|rasche Erledigung",
      "de-CH|FORMAL|merci vielmal für die schnelle Hilfe|schnelle Hilfe",
      "de-DE|INFORMAL|danke dir!!|danke dir",
  })
  void aSummaryThatOnlyThanksIsNotSaidBack(String tag, Register register, String typed, String notSaid) {
    Empathy e = Empathy.builder().locale(Locale.forLanguageTag(tag)).register(register).clock(CLOCK).build();
    for (int turn = 0; turn < 4; turn++) {
      for (int c = 0; c < 4; c++) {
        Reply r = e.compose().conversation("thanks-" + c, turn).customer("Alex").acknowledge(Emotion.GRATEFUL)
            .summary(typed).action("Dossier clôturé").build();
        assertTrue(r.block(BlockKind.SUMMARY).isEmpty(), r::toPlainText);
        assertFalse(r.toPlainText().toLowerCase(Locale.ROOT).contains(notSaid.toLowerCase(Locale.ROOT)), r::toPlainText);
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("only thanks us")), r.warnings()::toString);
      }
    }
  }

  /** A thanks that news follows keeps the news ("merci, tout fonctionne de nouveau"): only the thanks is left out. */
  @Test
  void newsAfterTheThanksIsStillSaid() {
    Empathy fr = Empathy.builder().locale(Locale.FRANCE).clock(CLOCK).build();
    for (int c = 0; c < 6; c++) {
      Reply r = fr.compose().conversation("news-" + c, 3).customer("Thomas").acknowledge(Emotion.GRATEFUL)
          .summary("merci beaucoup, tout fonctionne de nouveau").build();
      String said = r.block(BlockKind.SUMMARY).orElseThrow().text();
      assertTrue(said.toLowerCase(Locale.ROOT).contains("tout fonctionne de nouveau"), said);
      assertFalse(said.toLowerCase(Locale.ROOT).contains("merci"), said);
    }
  }

  /** Any thanks, tail and thing thanked for, in either language: never said back. */
  @Property(tries = 120)
  void anyThanksForAThingIsNeverSaidBack(@ForAll("thanks") String thanks, @ForAll("things") String thing,
      @ForAll boolean german, @ForAll @IntRange(min = 0, max = 4) int turn, @ForAll @IntRange(min = 0, max = 30) int conversation) {
    String typed = german ? thanks.split("\\|")[1] + " für " + thing.split("\\|")[1] + " 😊"
        : thanks.split("\\|")[0] + " pour " + thing.split("\\|")[0] + " !!";
    Empathy e = Empathy.builder().locale(german ? Locale.GERMANY : Locale.FRANCE).clock(CLOCK).build();
    Reply r = e.compose().conversation("t" + conversation, turn).customer("Alex").acknowledge(Emotion.GRATEFUL).summary(typed).build();
    assertTrue(r.block(BlockKind.SUMMARY).isEmpty(), r::toPlainText);
  }

  @Provide
  Arbitrary<String> thanks() {
    return Arbitraries.of("merci|danke", "Merci beaucoup|Vielen Dank", "mille mercis|Danke schön", "merci infiniment|herzlichen Dank",
        "merci encore|danke nochmal");
  }

  @Provide
  Arbitrary<String> things() {
    return Arbitraries.of("votre aide|Ihre Hilfe", "la rapidité|die schnelle Antwort", "tout|alles", "le geste commercial|die Gutschrift");
  }
}
