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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A situation typed in English for a reply in another language never reaches an opening: not on
 * the first turn nor a later one, not as a consequence ("no hot water for 5 days"), not restated as
 * a summary. Goes over every emotion, register, turn and several conversations, so every opening
 * variant is read ("Lamento que it's been a week…" was one). Japanese included.
 */
class ForeignSituationOpeningsTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
  private static final String[][] SITUATIONS = {
      {"the refund", "refund"},
      {"my package never arrived", "package"},
      {"no hot water for 5 days", "hot water"},
      {"it's been a week without my order", "week"},
  };

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"es", "fr", "de", "pt-BR", "ja"})
  void anEnglishSituationIsNeverSaidInAnotherLanguagesReply(String tag) {
    int composed = 0;
    for (Register register : Register.values()) {
      Empathy e = Empathy.builder().locale(Locale.forLanguageTag(tag)).register(register).clock(CLOCK).build();
      for (Emotion emotion : Emotion.values()) {
        for (String[] situation : SITUATIONS) {
          for (int turn = 0; turn < 4; turn++) {
            for (int c = 0; c < 3; c++) {
              Reply r = e.compose().conversation("foreign-" + c, turn).customer("Ana").acknowledge(emotion, situation[0])
                  .action(tag.equals("ja") ? "返金処理しました" : "ok").build();
              String text = r.toPlainText();
              assertFalse(text.toLowerCase(Locale.ROOT).contains(situation[1]),
                  () -> tag + " " + register + " " + emotion + " turn " + r.turn() + ": " + text);
              assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("situation:")), () -> r.warnings().toString());
              composed++;
            }
          }
        }
      }
    }
    assertTrue(composed > 400);
  }
}
