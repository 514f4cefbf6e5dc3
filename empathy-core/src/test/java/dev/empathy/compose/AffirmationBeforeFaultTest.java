package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.Register;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A chat reply's micro-affirmation ("De acuerdo.", "In Ordnung.") never comes before the apology an
 * angry customer gets: in Spanish, French, German and Portuguese, as in English, the
 * acknowledgement comes first ("De acuerdo. Le pido disculpas sinceras…" answered anger with a
 * clerk's reflex), in every variant and register.
 */
class AffirmationBeforeFaultTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"es", "fr", "de", "pt-BR"})
  void noAffirmationBeforeAnAngryCustomersApology(String tag) {
    for (Register register : Register.values()) {
      Empathy e = Empathy.builder().locale(Locale.forLanguageTag(tag)).register(register).clock(CLOCK).build();
      for (Emotion emotion : new Emotion[] {Emotion.ANGRY}) {
        for (int c = 0; c < 12; c++) {
          Reply r = e.compose().conversation("affirm-" + c, c % 3).customer("Ana").acknowledge(emotion, "la factura")
              .action("pago localizado").build();
          String label = emotion.label().replace('-', '_');
          assertEquals("", r.phrase("chat.affirmation", Map.of("emotion", label)).strip(), tag + " " + register + " " + emotion);
        }
      }
      // The other moods keep theirs: a neutral customer is still answered "De acuerdo." / "In Ordnung.".
      Reply neutral = e.compose().conversation("affirm-n", 0).customer("Ana").acknowledge(Emotion.NEUTRAL, "la factura")
          .action("pago localizado").build();
      assertFalse(neutral.phrase("chat.affirmation", Map.of("emotion", "neutral")).isBlank(), tag + " " + register);
    }
  }
}
