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
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A verdict on us at the end of a summary copied from the customer ("…, c'est du vol", "…!!! das
 * ist betrug") is not said back: read in the reply's voice it would be the agent calling the
 * company's charge theft. What happened is still said, and a warning names what was left out.
 */
class SummaryVerdictTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

  private static CallerEcho echo(String tag) {
    Locale locale = Locale.forLanguageTag(tag);
    return CallerEcho.forLocale(locale);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "fr|vous m'avez preleve 2 fois ce mois ci!!! c'est du vol|vous m'avez preleve 2 fois ce mois ci!!!",
      "fr|ca fait 2 mois que je demande la resiliation, c'est une arnaque|ca fait 2 mois que je demande la resiliation",
      "fr|vous avez change mon forfait sans me demander, c'est abuse|vous avez change mon forfait sans me demander",
      "fr|ca fait 3 semaines que j'attends, c'est quoi ce bordel|ca fait 3 semaines que j'attends",
      "fr|g commandé il y a 2 semaines tjs pas livré, c chiant|g commandé il y a 2 semaines tjs pas livré",
      "de|ich warte seit 2 monaten auf die bestaetigung, das ist betrug|ich warte seit 2 monaten auf die bestaetigung",
      "de|ihr habt mir 2x 49,99 abgebucht!!! gehts noch|ihr habt mir 2x 49,99 abgebucht!!!",
      "de|warte seit 3 wochen auf meine kohle, was soll der mist|warte seit 3 wochen auf meine kohle",
      "es|me cobraron dos veces, son unos ladrones|me cobraron dos veces",
      // session 21 probes: verdicts said back as ours
      "fr|ma carte a été bloquée en plein paiement, c'est la honte|ma carte a été bloquée en plein paiement",
      "fr|vous m'avez prélevé 2 fois 39,90€, c'est inadmissible|vous m'avez prélevé 2 fois 39,90€",
  })
  void aVerdictAtTheEndIsLeftOut(String tag, String typed, String kept) {
    assertEquals(kept, echo(tag).withoutJudgingEnd(typed));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "fr|le technicien est jamais venu et personne m'a prevenu",
      "fr|c'est une arnaque",
      "fr|j'ai recu un sms d'arnaque, j'ai clique dessus",
      "de|der bote hat das paket beim nachbarn abgegeben, der hat nix",
      "de|das ist betrug, ihr seid abzocker",
  })
  void aSummaryWithoutAVerdictAtItsEndOrThatIsAllVerdictIsKept(String tag, String typed) {
    assertSame(typed, echo(tag).withoutJudgingEnd(typed));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "fr|INFORMAL|ca fait 2 mois que je demande la resiliation, c'est une arnaque|arnaque|résiliation",
      "fr|FORMAL|vous m'avez preleve 2 fois ce mois ci!!! c'est du vol|vol|2 fois",
      "de|FORMAL|ich warte seit 2 monaten auf die bestaetigung, das ist betrug|betrug|2 Monaten",
      "de|INFORMAL|ihr habt mir 2x 49,99 abgebucht!!! gehts noch|noch|49,99",
  })
  void theReplyNeverSaysTheVerdictAsOursAndSaysWhatHappened(String tag, Register register, String typed, String verdict, String fact) {
    Empathy e = Empathy.builder().locale(Locale.forLanguageTag(tag)).register(register).clock(CLOCK).build();
    for (int c = 0; c < 4; c++) {
      var r = e.compose().conversation("verdict-" + c, 0).customer("Camille").acknowledge(Emotion.ANGRY)
          .summary(typed).action("x").build();
      String summary = r.block(BlockKind.SUMMARY).orElseThrow().text();
      assertFalse(summary.toLowerCase(Locale.ROOT).contains(verdict), summary);
      assertTrue(summary.contains(fact), summary);
      assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("summary: \"") && w.contains("judges us")), r.warnings().toString());
    }
  }

  /**
   * A verdict opening the summary is left out with its clause in languages without attributive
   * insults too (session 21 probes: "So habe ich es verstanden: Unser Kundenservice ist der letzte
   * Mist, 3 Wochen wartest du schon auf dein Geld."; 「また二重に請求されている。ふざけるな」 quoted back).
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "de|INFORMAL|euer Kundenservice ist der letzte Mist, 3 Wochen warte ich schon auf mein Geld|mist|3 Wochen",
      "ja|FORMAL|また二重に請求されている。ふざけるな|ふざけるな|二重に請求されている",
  })
  void aVerdictOpeningOrClosingTheSummaryIsNeverSaid(String tag, Register register, String typed, String verdict, String fact) {
    Empathy e = Empathy.builder().locale(Locale.forLanguageTag(tag)).register(register).clock(CLOCK).build();
    for (int turn = 0; turn < 3; turn++) {
      var r = e.compose().conversation("verdict-open-" + turn, turn).customer("Tim").acknowledge(Emotion.ANGRY)
          .summary(typed).action("Erstattung heute angewiesen").build();
      String summary = r.block(BlockKind.SUMMARY).orElseThrow().text();
      assertFalse(summary.toLowerCase(Locale.ROOT).contains(verdict), summary);
      assertTrue(summary.contains(fact), summary);
    }
  }

  @Property(tries = 300)
  void whatIsKeptIsAlwaysTheTextsOwnStart(@ForAll String typed) {
    for (String tag : new String[] {"fr", "de", "es", "en"}) {
      String kept = echo(tag).withoutJudgingEnd(typed);
      assertTrue(typed.startsWith(kept), typed + " → " + kept);
      assertFalse(kept.isEmpty() && !typed.isEmpty(), typed);
    }
  }
}
