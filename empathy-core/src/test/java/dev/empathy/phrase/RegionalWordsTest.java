package dev.empathy.phrase;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.Register;
import dev.empathy.compose.Reply;
import dev.empathy.compose.Timeline;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Québec French says "courriel", "fin de semaine" and "jours ouvrables" where France says "e-mail",
 * "week-end" and "jours ouvrés" (spelling.tsv). Session 22 probes: a fr-CA reply promised "sous cinq
 * jours ouvrés" and sent "un e-mail de confirmation".
 */
class RegionalWordsTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

  private static Reply reply(String tag, Register register, int turn, int conversation) {
    return Empathy.builder().locale(Locale.forLanguageTag(tag)).register(register).clock(CLOCK).build().compose()
        .conversation("qc-" + conversation, turn).customer("Mélanie").acknowledge(Emotion.FRUSTRATED, "la livraison de la fin de semaine")
        .summary("j'ai attendu tout le week-end").action("sent confirmation email")
        .timeline(Timeline.businessDays(5)).build();
  }

  /** Any turn and register: fr-CA says Québec's words, fr-FR keeps France's. */
  @Property(tries = 30)
  void quebecFrenchSaysItsOwnWords(@ForAll boolean informal, @ForAll @IntRange(min = 0, max = 4) int turn,
      @ForAll @IntRange(min = 0, max = 30) int conversation) {
    Register register = informal ? Register.INFORMAL : Register.FORMAL;
    String qc = reply("fr-CA", register, turn, conversation).toPlainText();
    assertTrue(qc.contains("courriel") && qc.contains("jours ouvrables") && qc.contains("fin de semaine"), qc);
    assertFalse(qc.contains("e-mail") || qc.contains("ouvrés") || qc.contains("week-end"), qc);
    String fr = reply("fr-FR", register, turn, conversation).toPlainText();
    assertTrue(fr.contains("e-mail") && fr.contains("jours ouvrés") && fr.contains("week-end"), fr);
  }
}
