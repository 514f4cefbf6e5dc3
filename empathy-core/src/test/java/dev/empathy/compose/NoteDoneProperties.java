package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any agent note, however typed (emoji with ZWJ, combining marks, RTL, unpaired surrogates,
 * control characters, 100 KB), goes through {@link NoteDone} and the languages' own shorthand
 * without a crash; a note said as a sentence keeps every figure the agent typed, and a known note
 * wrapped as agents type it (a capital, a final stop) is said the same.
 */
class NoteDoneProperties {
  @Provide
  Arbitrary<String> notes() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(200),
        Arbitraries.strings().withChars("bajtrmiodasenvcg. ,-0123456789👩‍💻é\u0301\u05d0\u0000\ud800").ofMaxLength(60),
        Arbitraries.of("x").map(x -> "baja tramitada, ".repeat(6_500)),
        Arbitraries.of("baja tramitada", "visita reprog. jue 8-12", "troca aprovada", "reserva hecha, pago pendiente 2x",
            "cargo de 49,99 anulado", "reemb. 3-5 días háb.", "turno confirmado mié 10hs",
            "reintegro de la diferencia en 48h", "devolução do valor 2x", "envío del ", "reembolso de la  ", "Devolución DEL cobro."));
  }

  @Provide
  Arbitrary<String> tags() {
    return Arbitraries.of("es", "pt", "fr", "de", "en", "ja");
  }

  @Property(tries = 300)
  void anyNoteIsReadWithoutACrashAndKeepsItsFigures(@ForAll("notes") String note, @ForAll("tags") String tag) {
    Locale locale = Locale.forLanguageTag(tag);
    String said = NoteDone.forLocale(locale).said(note);
    if (said != null) {
      assertFalse(said.isBlank(), note);
      note.chars().filter(Character::isDigit).forEach(d -> assertTrue(said.indexOf(d) >= 0, note + " → " + said));
    }
    String own = ForeignNotes.forLocale(locale).said(note, dev.empathy.Register.INFORMAL, l -> String.join(", ", l));
    if (own != null) {
      assertFalse(own.isBlank(), note);
    }
  }

  @Property(tries = 100)
  void aKnownNoteTypedWithACapitalOrAStopIsSaidTheSame(@ForAll("known") String note, @ForAll boolean capital, @ForAll boolean stop) {
    String[] parts = note.split("=");
    Locale locale = Locale.forLanguageTag(parts[0]);
    String typed = (capital ? Character.toUpperCase(parts[1].charAt(0)) + parts[1].substring(1) : parts[1]) + (stop ? "." : "");
    assertEquals(NoteDone.forLocale(locale).said(parts[1]), NoteDone.forLocale(locale).said(typed), typed);
  }

  @Provide
  Arbitrary<String> known() {
    return Arbitraries.of("es=baja tramitada", "es=anualidad cancelada y devuelta", "es=cuenta cerrada sin cargos",
        "pt=troca aprovada", "pt=reenvio feito", "pt=conta encerrada sem custo");
  }

  /** A note headed by what we do (NoteAction) keeps every word after its "of" word, in order, and never crashes. */
  @Property(tries = 300)
  void aNoteHeadedByWhatWeDoKeepsWhatItIsDoneTo(@ForAll("notes") String note, @ForAll("tags") String tag,
      @ForAll dev.empathy.Register register) {
    String said = NoteAction.forLocale(Locale.forLanguageTag(tag)).said(note, register);
    if (said != null) {
      String tail = note.strip().replaceAll("\\.$", "").strip();
      String lastWord = tail.substring(tail.lastIndexOf(' ') + 1);
      assertTrue(said.endsWith(lastWord), () -> note + " -> " + said);
      assertFalse(said.isBlank(), note);
    }
  }
}
