package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * An agent's note written with its accents ({@link OwnPerson#accentedNote}) only ever adds marks
 * to letters: without its marks it is the note as typed, whatever was typed (emoji, controls,
 * unpaired surrogates, apostrophes, capitals, other languages).
 */
class NoteAccentsProperties {
  @Provide
  Arbitrary<String> note() {
    return Arbitraries.of("he", "hecho", "la", "devolucion", "del", "envio", "Devolucion", "DEVOLUCION", "accion", "cion",
            "bloqueei", "o", "cartao", "por", "seguranca", "informacoes", "ao", "ação", "nao", "ja", "tecnico", "l'accion",
            "😡", "e\u0301", "\uD800", "\u0000", "&amp;", "#4471", "45,99 €", ",", "!!", "the", "refund", "")
        .list().ofMaxSize(10).map(l -> String.join(" ", l));
  }

  @Property(tries = 200)
  void onlyMarksAreAdded(@ForAll("note") String note, @ForAll boolean portuguese) {
    OwnPerson person = OwnPerson.forLocale(Locale.forLanguageTag(portuguese ? "pt-BR" : "es"));
    String said = person.accentedNote(note);
    assertEquals(bare(note), bare(said), () -> note + " → " + said);
  }

  private static String bare(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }
}
