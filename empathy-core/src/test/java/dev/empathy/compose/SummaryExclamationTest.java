package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Empathy;
import dev.empathy.Emotion;
import java.util.Locale;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Session 16, read aloud: "To recap: we charged you twice!", "Si lo he entendido correctamente, le
 * cobraron dos veces!" (no "¡"), "Wir haben Ihnen 2x 49,99 abgebucht!". A summary says back what
 * happened in our calm voice: the customer's exclamation marks are not ours; a question stays one.
 */
class SummaryExclamationTest {
  private static String summary(String tag, String text) {
    Reply r = Empathy.builder().locale(Locale.forLanguageTag(tag)).build().compose().conversation("bang", 0)
        .customer("Jo").acknowledge(Emotion.ANGRY).summary(text).action("refunded the duplicate charge").build();
    return r.block(BlockKind.SUMMARY).orElseThrow().text();
  }

  @Example
  void theCustomersExclamationIsNotSaidBack() {
    String[][] cases = {
        {"en-US", "you charged me twice!", "twice."},
        {"en-US", "my order never came!!!", "came."},
        {"es-ES", "¡me cobraron dos veces!", "veces."},
        {"de-DE", "Ihr habt mir 2x 49,99 abgebucht!", "abgebucht."},
        // French types a space before "!!": it goes with them, never "la résiliation ."
        {"fr-FR", "Cela fait deux mois que je demande la résiliation !!", " la résiliation."},
    };
    for (String[] c : cases) {
      String s = summary(c[0], c[1]);
      assertTrue(s.endsWith(c[2]), c[0] + ": " + s);
      assertFalse(s.contains("!") || s.contains("¡"), c[0] + ": " + s);
    }
  }

  @Example
  void aQuestionStaysAQuestion() {
    assertEquals("why was I charged twice?", Composer.withoutExclamation("why was I charged twice?!"));
    assertEquals("why was I charged twice?", Composer.withoutExclamation("why was I charged twice?"));
    assertEquals("¡qué desastre! pero bueno", Composer.withoutExclamation("¡qué desastre! pero bueno"));
    assertEquals("!!!", Composer.withoutExclamation("!!!"));
    assertEquals("toujours rien", Composer.withoutExclamation("toujours rien\u202F!!"));
    assertEquals("vous êtes où ?", Composer.withoutExclamation("vous êtes où ?!!"));
  }

  @Property(tries = 300)
  void neverEndsWithAnExclamationAndOnlyDropsMarks(@ForAll String text) {
    String out = Composer.withoutExclamation(text);
    assertTrue(out.length() <= text.length(), out);
    String core = out.startsWith("¡") || !text.startsWith("¡") ? out : "¡" + out;
    assertTrue(text.startsWith(core.replaceAll("[?？]$", "")), () -> text + " -> " + out);
    if (!text.matches("(?s)[!?！？]*")) {
      assertFalse(out.endsWith("!") || out.endsWith("！"), () -> text + " -> " + out);
    }
  }
}
