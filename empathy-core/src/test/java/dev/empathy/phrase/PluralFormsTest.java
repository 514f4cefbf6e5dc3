package dev.empathy.phrase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.Register;
import dev.empathy.compose.BlockKind;
import dev.empathy.compose.Timeline;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Plural forms for 0, 1, 2, 5, 21 and 1.5 per locale, against ICU's plural categories and
 * hand-written expected words (conformance/plurals.tsv): French treats 0 and 1.5 as "one",
 * Japanese has no plural, German and Spanish say "1,5 Stunden" / "1,5 horas". Small whole counts
 * are written in words where the language's style wants it ("trois jours ouvrés", "dos días",
 * "einen Werktag" in the accusative the German patterns use, "duas horas").
 */
class PluralFormsTest {
  static Stream<Arguments> rows() {
    return ConformanceData.rows("plurals.tsv").stream()
        .map(r -> Arguments.of(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4)));
  }

  @ParameterizedTest(name = "{0} {1} {2} -> {4}")
  @MethodSource("rows")
  void unitsTakeTheLocalesPluralForm(String locale, String unit, String count, String category, String expected) {
    ULocale l = new ULocale(locale);
    Number n = count.contains(".") ? (Number) Double.parseDouble(count) : (Number) Long.parseLong(count);
    assertEquals(category, PluralRules.forLocale(l).select(n.doubleValue()), "ICU category");
    for (Register r : Register.values()) {
      Phrasebook book = Phrasebook.load(l.toLocale(), r, BrandVoice.none());
      assertEquals(expected, book.format("timeline.unit." + unit, 0, 0, Map.of("count", n)), r.label());
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en-US | 1.5 hours | one business day | 21 business days",
        "en-GB | 1.5 hours | one working day | 21 working days",
        "fr    | 1,5 heure | un jour ouvré  | 21 jours ouvrés",
        "de    | 1,5 Stunden | einen Werktag | 21 Werktage",
        "es    | 1,5 horas | un día hábil   | 21 días hábiles",
        "pt-BR | 1,5 hora  | um dia útil    | 21 dias úteis",
        "ja    | 1.5時間    | 1営業日         | 21営業日"
      })
  void aNinetyMinuteTimelineAndBusinessDaysReadRightInAReply(String tag, String ninetyMinutes, String oneDay, String manyDays) {
    Clock clock = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC);
    for (Register r : Register.values()) {
      Empathy empathy = Empathy.builder().locale(tag).register(r).clock(clock).build();
      for (int turn = 0; turn < 4; turn++) {
        for (var expectation : List.of(
            Map.entry(Timeline.within(Duration.ofMinutes(90)), ninetyMinutes),
            Map.entry(Timeline.businessDays(1), oneDay),
            Map.entry(Timeline.businessDays(21), manyDays))) {
          String timeline =
              empathy.compose().conversation("plural", turn).acknowledge(Emotion.NEUTRAL).action("x")
                  .timeline(expectation.getKey()).build().block(BlockKind.TIMELINE).orElseThrow().text();
          assertTrue(timeline.contains(expectation.getValue()), () -> tag + " " + r + ": " + timeline);
        }
      }
    }
  }
}
