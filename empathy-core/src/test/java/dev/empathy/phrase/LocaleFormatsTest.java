package dev.empathy.phrase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.ULocale;
import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.Register;
import dev.empathy.compose.BlockKind;
import dev.empathy.compose.Reply;
import dev.empathy.compose.Timeline;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dates, clock times, relative days and lists read as each locale's writers put them: ICU's forms,
 * with the locale data's own patterns where CLDR's read as a timetable ("15 h 30", not "15:30").
 */
class LocaleFormatsTest {
  /** Wednesday 25 November 2026, 15:00 UTC. */
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC);

  private static String timeline(String tag, Register register, Timeline t, int turn) {
    Reply reply =
        Empathy.builder().locale(tag).register(register).clock(CLOCK).build()
            .compose().conversation("formats", turn).acknowledge(Emotion.NEUTRAL).action("x").timeline(t).build();
    return reply.block(BlockKind.TIMELINE).orElseThrow().text();
  }

  /** Every variant in both registers contains {@code expected}. */
  private static void assertEveryVariantSays(String tag, Timeline t, String expected) {
    for (Register r : Register.values()) {
      for (int turn = 0; turn < 4; turn++) {
        String text = timeline(tag, r, t, turn);
        assertTrue(text.contains(expected), () -> tag + " " + r + " should say \"" + expected + "\": " + text);
      }
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en-US | Monday, November 30",
        "en-GB | Monday 30 November",
        "de    | Montag, 30. November",
        "fr    | lundi 30 novembre",
        "es    | el lunes 30 de noviembre",
        "pt-BR | segunda-feira, dia 30 de novembro",
        "ja    | 11月30日（月）"
      })
  void businessDaysSkipTheWeekendAndNameTheDayInTheLocalesForm(String tag, String date) {
    assertEveryVariantSays(tag, Timeline.businessDays(3), date);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en-US | Friday, January 8, 2027",
        "en-GB | Friday, 8 January 2027",
        "de    | Freitag, 8. Januar 2027",
        "fr    | vendredi 8 janvier 2027",
        "es    | el viernes 8 de enero de 2027",
        "pt-BR | sexta-feira, dia 8 de janeiro de 2027",
        "ja    | 2027年1月8日（金）"
      })
  void aDateInAnotherYearShowsTheYear(String tag, String date) {
    assertEveryVariantSays(tag, Timeline.by(LocalDate.of(2027, 1, 8)), date);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {"en-US | by 5\u202fPM", "en-GB | 17:00", "de | 17 Uhr", "fr | 17\u00a0h", "es | las 17:00", "pt-BR | as 17h", "ja | 17時まで"})
  void aClockTimeOnTheHourReadsAsTheLocaleWritesIt(String tag, String time) {
    assertEveryVariantSays(tag, Timeline.within(Duration.ofHours(2)), time);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en-US | by 4:30\u202fPM", "en-GB | 16:30", "de | 16:30 Uhr", "fr | 16\u00a0h\u00a030", "es | las 16:30",
        "pt-BR | as 16h30", "ja | 16時30分まで"
      })
  void aClockTimeWithMinutesReadsAsTheLocaleWritesIt(String tag, String time) {
    assertEveryVariantSays(tag, Timeline.within(Duration.ofMinutes(90)), time);
  }

  @ParameterizedTest(name = "{0} never says {1}")
  @CsvSource(
      delimiter = '|',
      value = {"fr | 17:00", "fr | 16:30", "pt-BR | 17:00", "pt-BR | 16:30", "en-US | 5:00", "de | 17:00 Uhr"})
  void noLocaleWritesATimetableTimeWhereItsWritersWouldNot(String tag, String timetable) {
    for (Duration d : List.of(Duration.ofHours(2), Duration.ofMinutes(90))) {
      for (Register r : Register.values()) {
        for (int turn = 0; turn < 4; turn++) {
          String text = timeline(tag, r, Timeline.within(d), turn);
          assertTrue(!text.contains(timetable), () -> tag + " " + r + " should not say \"" + timetable + "\": " + text);
        }
      }
    }
  }

  @Test
  void spanishPutsNoCommaBetweenTheWeekdayAndTheDate() {
    for (Register r : Register.values()) {
      for (int turn = 0; turn < 4; turn++) {
        String text = timeline("es", r, Timeline.by(LocalDate.of(2026, 11, 27)), turn);
        assertTrue(text.contains("viernes 27 de noviembre") && !text.contains("viernes,"), text);
      }
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {"en-US | tomorrow", "en-GB | tomorrow", "de | morgen", "fr | demain", "es | mañana", "pt-BR | amanhã", "ja | 明日"})
  void tomorrowIsIcusRelativeWord(String tag, String word) {
    assertEveryVariantSays(tag, Timeline.by(LocalDate.of(2026, 11, 26)), word);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {"en-US | today", "de | heute", "fr | aujourd’hui/dans la journée", "es | hoy", "pt-BR | hoje", "ja | 本日/今日"})
  void aDeadlineOfTodayReadsAsToday(String tag, String words) {
    for (Register r : Register.values()) {
      for (int turn = 0; turn < 4; turn++) {
        String text = timeline(tag, r, Timeline.by(LocalDate.of(2026, 11, 25)), turn);
        assertTrue(List.of(words.split("/")).stream().anyMatch(text::contains), () -> tag + " " + r + ": " + text);
      }
    }
  }

  @Test
  void spanishAndPortugueseArticlesAgreeWithTheHour() {
    Clock night = Clock.fixed(Instant.parse("2026-11-25T00:45:00Z"), ZoneOffset.UTC);
    for (int turn = 0; turn < 4; turn++) {
      String es = timeline(night, "es", turn);
      assertTrue(es.contains("la 1:15") && !es.contains("las 1:15"), es);
      String pt = timeline(night, "pt-BR", turn);
      assertTrue(pt.contains("a 1h15") && !pt.contains("as 1h15"), pt);
    }
  }

  private static String timeline(Clock clock, String tag, int turn) {
    return Empathy.builder().locale(tag).clock(clock).build().compose().conversation("hour", turn)
        .acknowledge(Emotion.NEUTRAL).action("x").timeline(Timeline.within(Duration.ofMinutes(30))).build()
        .block(BlockKind.TIMELINE).orElseThrow().text();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en    | refund, note, and call",
        "en_GB | refund, note and call",
        "es    | refund, note y call",
        "fr    | refund, note et call",
        "de    | refund, note und call",
        "pt_BR | refund, note e call"
      })
  void listsUseIcusListFormat(String locale, String expected) {
    Phrasebook book = Phrasebook.load(new ULocale(locale).toLocale(), Register.FORMAL, BrandVoice.none());
    assertEquals(expected, book.andList(List.of("refund", "note", "call")));
  }

  @Test
  void spanishListsSayEBeforeAnIsound() {
    Phrasebook book = Phrasebook.load(new ULocale("es").toLocale(), Register.FORMAL, BrandVoice.none());
    assertEquals("reembolso e informe", book.andList(List.of("reembolso", "informe")));
  }

  @Test
  void aFurtherActionsListReadsInTheReply() {
    Reply reply = Empathy.builder().locale("de").clock(CLOCK).build().compose().acknowledge(Emotion.NEUTRAL)
        .action("ich habe die Rückzahlung veranlasst").action("ich habe den Fehler gemeldet")
        .action("Ich habe Ihnen einen Gutschein geschickt.").build();
    String more = reply.blocks(BlockKind.ACTION).get(1).text();
    assertTrue(more.endsWith(": Ich habe den Fehler gemeldet und ich habe Ihnen einen Gutschein geschickt."), more);
  }

  @Test
  void japaneseRunsFurtherActionsTogetherAsSentencesNotWithACommaBetweenFinishedClauses() {
    Reply reply = Empathy.builder().locale("ja").clock(CLOCK).build().compose().acknowledge(Emotion.NEUTRAL)
        .action("2回目の請求を返金しました。").action("アカウントにメモを追加しました")
        .action("代替品をお送りします。").build();
    String more = reply.blocks(BlockKind.ACTION).get(1).text();
    assertTrue(more.endsWith("アカウントにメモを追加しました。代替品をお送りします。"), more);
    assertTrue(!more.contains("しました、"), more);
  }

  @Test
  void aJapaneseSituationTypedWithの件IsNotDoubled() {
    for (int turn = 0; turn < 4; turn++) {
      Reply reply = Empathy.builder().locale("ja").clock(CLOCK).build().compose().conversation("件", turn)
          .acknowledge(Emotion.ANGRY, "返金の件。").action("返金しました").build();
      String ack = reply.block(BlockKind.ACKNOWLEDGEMENT).orElseThrow().text();
      assertTrue(ack.contains("返金") && !ack.contains("件の件"), ack);
    }
  }

  @Test
  void englishLowerCaseIFromAHurriedAgentIsCapitalisedButOtherWordsAreNot() {
    Reply reply = Empathy.builder().locale("en-US").clock(CLOCK).build().compose().acknowledge(Emotion.NEUTRAL)
        .action("i've refunded the second charge.").action("i'll call the courier").action("ifttt was reset")
        .followUp("i'll email you when it lands").build();
    String text = reply.toPlainText();
    assertTrue(text.contains("I've refunded the second charge") && !text.contains("i've"), text);
    assertTrue(text.contains("I'll call the courier and ifttt was reset"), text);
    assertTrue(text.contains("I'll email you when it lands.") && !text.contains("i'll"), text);
  }

  @Test
  void aOneLetterArticleTypedWithACapitalIsLowerCasedMidSentence() {
    Reply reply = Empathy.builder().locale("pt-BR").clock(CLOCK).build().compose().conversation("o", 0)
        .acknowledge(Emotion.ANGRY, "O reembolso.").action("Estornei a cobrança.").build();
    String text = reply.toPlainText();
    assertTrue(text.contains("o reembolso") && !text.contains("O reembolso"), text);
    assertTrue(text.contains(": estornei a cobrança."), text);
  }
}
