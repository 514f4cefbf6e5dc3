package dev.empathy.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Rewrite.Inversion#restore} only reorders: whatever the rest of a German sentence is, the
 * rewrite keeps every word and every character, and moves nothing unless a verb opens it.
 */
class SubjectInversionProperties {
  private static final Rewrite.Inversion DE = new Rewrite.Inversion(
      Set.of("ich", "wir", "sie", "es", "das"), Set.of("der", "die", "das", "ein", "eine", "unsere", "ihr"));

  @Provide
  Arbitrary<String> rests() {
    Arbitrary<String> word = Arbitraries.oneOf(
        Arbitraries.of("ist", "können", "wir", "Sie", "das", "eine", "Erstattung", "nicht", "möglich", "Ihr", "Paket", "neue", ",", "", "ß", "Ü"),
        Arbitraries.strings().all().ofMaxLength(6));
    return word.list().ofMaxSize(9).map(w -> String.join(" ", w));
  }

  @Property(tries = 2000)
  void keepsEveryWord(@ForAll("rests") String rest) {
    String out = DE.restore(rest);
    assertEquals(rest.length(), out.length());
    String[] a = rest.split(" ", -1);
    String[] b = out.split(" ", -1);
    Arrays.sort(a);
    Arrays.sort(b);
    assertEquals(Arrays.asList(a), Arrays.asList(b));
  }

  @Property(tries = 500)
  void movesNothingWithoutAVerbFirst(@ForAll("rests") String rest) {
    String capitalised = rest.isEmpty() ? rest : "Z" + rest;
    assertEquals(capitalised, DE.restore(capitalised));
    assertEquals(rest, Rewrite.Inversion.NONE.restore(rest));
  }

  @Example
  void aDeterminersNounPhraseOrAPronounGoesFirst() {
    assertEquals("eine Erstattung ist leider nicht möglich", DE.restore("ist eine Erstattung leider nicht möglich"));
    assertEquals("wir können keine Erstattung anbieten", DE.restore("können wir keine Erstattung anbieten"));
    assertEquals("das ist leider nicht möglich", DE.restore("ist das leider nicht möglich"));
    assertEquals("neu starten", DE.restore("neu starten"));
  }
}
