package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * French typography in the agent's own words: the demo's "à 18 h 40" (typed with plain spaces)
 * used to wrap as "à 18 h" / "40."; a reply now carries the no-break spaces French typesetting
 * puts there, as our own phrases do ("avant 19 h 40", "Tout d’abord :").
 */
class CallerTypographyTest {
  private static final CallerTypography FR = CallerTypography.forLocale(Locale.FRENCH);
  private static final CallerTypography DE = CallerTypography.forLocale(Locale.GERMAN);
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T14:00:00Z"), ZoneOffset.UTC);

  @Test
  void aClockTimeAndPunctuationKeepTheirSpacesUnbroken() {
    assertEquals("à 18\u00A0h\u00A040, porte\u00A0: B12\u202F! Vraiment\u202F? «\u202Foui\u202F» 42\u00A0€ et 15\u00A0%",
        FR.apply("à 18 h 40, porte : B12 ! Vraiment ? « oui » 42 € et 15 %"));
    assertEquals("vers 9\u00A0h.", FR.apply("vers 9 h."));
    // "h" is a unit only after a number, and minutes only after "18 h".
    assertEquals("la touche h 40 fois", FR.apply("la touche h 40 fois"));
    assertEquals("1 2 3 soleil", FR.apply("1 2 3 soleil"));
  }

  @Test
  void otherLanguagesAreLeftAsTyped() {
    String typed = "a las 18 h 40 : ¿vale ? 42 €";
    assertEquals(typed, CallerTypography.forLocale(Locale.forLanguageTag("es")).apply(typed));
    assertEquals(typed, CallerTypography.forLocale(Locale.ENGLISH).apply(typed));
  }

  @Test
  void theDemoFlightKeepsItsClockTimeOnOneLine() {
    Empathy fr = Empathy.builder().locale(Locale.FRANCE).clock(CLOCK).build();
    Reply reply = fr.compose().conversation("T-1011", 0).customer("Camille")
        .acknowledge(Emotion.ANGRY, "l'annulation de votre vol sans préavis")
        .action("je vous ai réservé des places sur le prochain vol, à 18 h 40")
        .build();
    String action = reply.block(BlockKind.ACTION).orElseThrow().text();
    assertTrue(action.contains("18\u00A0h\u00A040"), action);
    assertFalse(action.contains("18 h"), action);
    // The caller's words stay as typed in the block's items.
    assertEquals("je vous ai réservé des places sur le prochain vol, à 18 h 40",
        reply.block(BlockKind.ACTION).orElseThrow().items().get(0));
  }

  /** Japanese notes typed with full-width or mixed-width figures are said as our phrases write them (s19 probes). */
  @Test
  void japaneseFiguresAreWrittenInHalfWidth() {
    CallerTypography ja = CallerTypography.forLocale(Locale.JAPANESE);
    assertEquals("12月31日付で解約を受け付けました", ja.apply("１2月31日付で解約を受け付けました"));
    assertEquals("¥1,500分のクーポン、10:30に発送", ja.apply("￥１，５００分のクーポン、１０：３０に発送"));
    assertEquals("はい、そうです。", ja.apply("はい、そうです。"), "a comma or full stop between words stays full width");
    Reply r = Empathy.builder().locale(Locale.JAPANESE).clock(CLOCK).build().compose().customer("佐藤")
        .acknowledge(Emotion.DISAPPOINTED, "料理").action("￥１５００分のクーポンを付与しました").build();
    String action = r.block(BlockKind.ACTION).orElseThrow().text();
    assertTrue(action.contains("¥1500分のクーポン"), action);
  }

  @Property(tries = 300)
  void japaneseKeepsTheLengthAndLeavesNoFullWidthDigit(@ForAll String text) {
    String out = CallerTypography.forLocale(Locale.JAPANESE).apply(text);
    assertEquals(text.length(), out.length());
    assertFalse(out.chars().anyMatch(c -> c >= 0xFF10 && c <= 0xFF19), out);
  }

  @Property(tries = 300)
  void onlyPlainSpacesChangeAndTheLengthIsKept(@ForAll String text) {
    String out = FR.apply(text);
    assertEquals(text.length(), out.length());
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) != out.charAt(i)) {
        assertEquals(' ', text.charAt(i));
        assertTrue(out.charAt(i) == '\u00A0' || out.charAt(i) == '\u202F');
      }
    }
    assertEquals(out, FR.apply(out), "applying twice changes nothing more");
  }

  /**
   * What a caller left out and the language writes (l10n-b session 23 probes, LanguageTool-de): the
   * comma before a German subordinate clause or infinitive group ("verlängert obwohl du gekündigt
   * hast", "abgesagt ohne Ihnen Bescheid zu geben"), the French space in "8h30" and "85$".
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "de|Vertrag wurde verlängert obwohl ich gekündigt habe|Vertrag wurde verlängert, obwohl ich gekündigt habe",
      "de|ich weiß nicht ob jemand damit zahlt|ich weiß nicht, ob jemand damit zahlt",
      "de|die app stürzt ab wenn ich bezahlen will|die app stürzt ab, wenn ich bezahlen will",
      "de|Termin abgesagt ohne mir Bescheid zu geben|Termin abgesagt, ohne mir Bescheid zu geben",
      "de|angerufen um zu fragen|angerufen, um zu fragen",
      // joined to the word before, already set off, an adverb or a preposition: no comma
      "de|als ob ich nicht bezahlt hätte|als ob ich nicht bezahlt hätte",
      "de|und wenn ich anrufe|und wenn ich anrufe",
      "de|abgebucht, obwohl ich gekündigt habe|abgebucht, obwohl ich gekündigt habe",
      "de|ob jemand damit zahlt|ob jemand damit zahlt",
      "de|ich bin um 10 Uhr zu Hause|ich bin um 10 Uhr zu Hause",
      "de|seit wann ist das so|seit wann ist das so",
      "fr|prise en charge demain à 8h30 à l’aéroport|prise en charge demain à 8\u00A0h\u00A030 à l’aéroport",
      "fr|mon train part dans 1h|mon train part dans 1\u00A0h",
      "fr|crédit de 85$ et 20€ appliqués, -50%|crédit de 85\u00A0$ et 20\u00A0€ appliqués, -50\u00A0%",
      // a code, a word, an address: kept
      "fr|le mp3h, 5hrs, 1ha et https://x.fr/8h30|le mp3h, 5hrs, 1ha et https://x.fr/8h30",
      "en|refunded 85$ at 8h30 although I called|refunded 85$ at 8h30 although I called"})
  void whatTheCallerLeftOutIsCompleted(String language, String typed, String said) {
    String expected = said.replace("\\u00A0", "\u00A0");
    assertEquals(expected, CallerTypography.forLocale(Locale.forLanguageTag(language)).completed(typed));
  }

  @Property(tries = 300)
  void completingOnlyAddsCommasAndNoBreakSpacesOnce(@ForAll String text) {
    for (CallerTypography t : new CallerTypography[] {DE, FR}) {
      String out = t.completed(text);
      assertEquals(out, t.completed(out), "completing twice changes nothing more");
      int k = 0;
      for (int i = 0; i < out.length(); i++) {
        if (k < text.length() && out.charAt(i) == text.charAt(k)) {
          k++;
        } else {
          assertTrue(out.charAt(i) == ',' || out.charAt(i) == '\u00A0', out);
        }
      }
      assertEquals(text.length(), k, "every typed character is kept, in order");
    }
  }
}
