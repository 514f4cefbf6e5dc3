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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Rioplatense Spanish (es-AR, es-UY) says "vos" to a customer it does not say "usted" to: "vos
 * tenés", "podés", "contá conmigo" (spelling.tsv, es-AR.informal). Session 22 probes: an Argentine
 * customer who wrote "che, me debitaron…" was told "tienes miedo de quedarte sin plata".
 *
 * <p>Québec French says "courriel", "fin de semaine" and "jours ouvrables" where France says "e-mail",
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

  /** The tú forms a Rioplatense informal reply never has. */
  private static final Pattern TU = Pattern.compile(
      "(?iu)(?<!\\p{L})(tienes|puedes|quieres|necesitas|eres|sabes|entiendes|tú|ti|contigo|cuenta conmigo|déjame|escríbeme|avísame)(?!\\p{L})");

  private static Reply spanish(String tag, Register register, Emotion emotion, int turn, int conversation) {
    return Empathy.builder().locale(Locale.forLanguageTag(tag)).register(register).clock(CLOCK).build().compose()
        .conversation("ar-" + conversation, turn).customer("Agus").acknowledge(emotion, "el doble débito")
        .summary("no entiendo la factura y tengo miedo de quedarme sin plata").action("Revisé la cuenta").build();
  }

  /** Any emotion and turn: es-AR and es-UY informal say vos, es-MX keeps tú, and a formal reply keeps usted. */
  @Property(tries = 40)
  void rioplatenseSpanishSaysVos(@ForAll Emotion emotion, @ForAll @IntRange(min = 0, max = 4) int turn,
      @ForAll @IntRange(min = 0, max = 30) int conversation, @ForAll boolean uruguay) {
    String ar = spanish(uruguay ? "es-UY" : "es-AR", Register.INFORMAL, emotion, turn, conversation).toPlainText();
    Matcher m = TU.matcher(ar);
    assertFalse(m.find(), () -> "\"" + m.group() + "\" in " + ar);
    assertTrue(ar.toLowerCase(Locale.ROOT).contains("no entendés la factura y tenés miedo de quedarte sin plata"), ar);
    String mx = spanish("es-MX", Register.INFORMAL, emotion, turn, conversation).toPlainText();
    assertTrue(mx.toLowerCase(Locale.ROOT).contains("no entiendes la factura y tienes miedo de quedarte sin plata"), mx);
    String formal = spanish("es-AR", Register.FORMAL, emotion, turn, conversation).toPlainText();
    assertFalse(formal.contains("tenés"), formal);
  }

  /** A word that only holds a tú form is left as typed: "mantienes" is not "mantenés" by halves, nor "tus cuentas" a verb. */
  @org.junit.jupiter.api.Test
  void aVosFormReplacesWholeWordsOnly() {
    Phrasebook ar = Phrasebook.load(Locale.forLanguageTag("es-AR"), Register.INFORMAL, BrandVoice.none());
    String said = ar.format("summary", Phrasebook.seed("c"), 0, java.util.Map.of("summary", "si mantienes tus cuentas y tienes tiempo"));
    assertTrue(said.contains("si mantienes tus cuentas y tenés tiempo"), said);
  }
}
