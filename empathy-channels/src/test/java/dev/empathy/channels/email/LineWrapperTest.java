package dev.empathy.channels.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.text.Graphemes;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LineWrapperTest {
  private final LineWrapper wrapper = new LineWrapper(72, 78, Locale.US);

  @Test
  void wrapsAtSpacesWithin72() {
    String text = "word ".repeat(40).strip();
    List<String> lines = wrapper.wrap(text, "", "");
    assertEquals("word ".repeat(14).strip(), lines.get(0)); // 69 columns; one more word would be 74
    lines.forEach(l -> assertTrue(Graphemes.count(l) <= 72, l));
    assertEquals(text, String.join(" ", lines));
  }

  @Test
  void neverBreaksAUrlEvenWhenLongerThanTheMaximum() {
    String url = "https://example.com/" + "a-b/".repeat(30);
    List<String> lines = wrapper.wrap("see " + url + " now", "", "");
    assertEquals(List.of("see", url, "now"), lines);
  }

  @Test
  void aLongWordWithoutBreaksIsCutAtTheMaximum() {
    String word = "x".repeat(200);
    List<String> lines = wrapper.wrap(word, "", "");
    assertEquals(78, lines.get(0).length());
    assertEquals(word, String.join("", lines));
  }

  @Test
  void japaneseBreaksBetweenCharacters() {
    String text = "お問い合わせいただきありがとうございます。".repeat(6);
    List<String> lines = new LineWrapper(72, 78, Locale.JAPAN).wrap(text, "", "");
    assertTrue(lines.size() > 1);
    lines.forEach(l -> assertTrue(EmailProperties.columns(l) <= 72, l));
    assertEquals(text, String.join("", lines));
  }

  @Test
  void aWideCharacterTakesTwoColumns() {
    // ja, session 13: a Japanese paragraph wrapped at 72 characters ran to 125 columns in a
    // fixed-width mail client; a kana or ideograph is drawn two columns wide.
    String text = "二重請求につきまして、ご不満はごもっともです。申し訳ございません。私の理解では、注文番号 #JP-88213 で 4,250円 が2回請求されたという状況かと存じます。";
    List<String> lines = new LineWrapper(72, 78, Locale.JAPAN).wrap(text, "", "");
    lines.forEach(l -> assertTrue(EmailProperties.columns(l) <= 72, () -> EmailProperties.columns(l) + " columns: " + l));
    assertEquals(text.replace(" ", ""), String.join("", lines).replace(" ", ""));
  }

  @Test
  void aRunWithoutBreaksIsCutByColumns() {
    String text = "ー".repeat(100);
    List<String> lines = new LineWrapper(72, 78, Locale.JAPAN).wrap(text, "", "");
    lines.forEach(l -> assertTrue(EmailProperties.columns(l) <= 78, () -> EmailProperties.columns(l) + " columns: " + l));
    assertEquals(text, String.join("", lines));
  }

  @Test
  void listItemsHangUnderTheirText() {
    List<String> lines = wrapper.wrap("word ".repeat(20).strip(), "- ", "  ");
    assertTrue(lines.get(0).startsWith("- word"));
    assertTrue(lines.get(1).startsWith("  word"));
  }

  @Test
  void aShortNumberStaysWithWhatItCounts() {
    LineWrapper german = new LineWrapper(72, 78, Locale.GERMAN);
    String text = "Damit du nicht länger warten musst: Ich habe dir einen Gutschein über 10 € geschickt.";
    List<String> lines = german.wrap(text, "", "");
    assertEquals("Damit du nicht länger warten musst: Ich habe dir einen Gutschein über", lines.get(0));
    assertEquals("10 € geschickt.", lines.get(1));
    String date = "Ich bleibe dran und melde mich bei dir spätestens am Montag, 30. November – es dauert.";
    assertTrue(german.wrap(date, "", "").get(1).startsWith("30. November"), german.wrap(date, "", "").toString());
  }

  /**
   * Session 22 probes b03, b06, g03: a telephone number's groups fell on two lines ("llámenos al 900
   * 123 / 456", "+44 7700 / 900123"), which no one can read, copy or tap to call.
   */
  @Test
  void aNumberWrittenInGroupsStaysOnOneLine() {
    for (String number : new String[] {"900 123 456", "+44 7700 900123", "7749 1234 5678", "DE44 5001 0517 5407 3249 31"}) {
      for (int lead = 40; lead < 72; lead++) {
        String text = "x".repeat(lead) + " call " + number + " if you need us";
        List<String> lines = wrapper.wrap(text, "", "");
        assertTrue(lines.stream().anyMatch(l -> l.contains(number)), lines::toString);
        lines.forEach(l -> assertTrue(Graphemes.count(l) <= 72, l));
      }
    }
    assertTrue(LineWrapper.keepsDigitGroupsTogether("at 900 123", 7));
    assertTrue(!LineWrapper.keepsDigitGroupsTogether("on 12 December", 6), "a number and a word may part");
  }

  @Test
  void gluesOnlyShortNumbersBeforeWordsOrCurrency() {
    assertTrue(LineWrapper.keepsNumberWithItsWord("within 3 business days", 9));
    assertTrue(LineWrapper.keepsNumberWithItsWord("über 10 €", 8));
    assertTrue(LineWrapper.keepsNumberWithItsWord("1.234,50 €", 9));
    assertTrue(!LineWrapper.keepsNumberWithItsWord("order 123456789 arrived", 16), "a long number is not glued");
    assertTrue(!LineWrapper.keepsNumberWithItsWord("version v2 ships", 11), "only numbers, not words with digits");
    assertTrue(!LineWrapper.keepsNumberWithItsWord("10 - 12", 3), "not before punctuation");
    // An ordinal stays with its month: "le mardi 1er | décembre", "1º | de dezembro", "21st | March".
    assertTrue(LineWrapper.keepsNumberWithItsWord("le mardi 1er décembre", 13));
    assertTrue(LineWrapper.keepsNumberWithItsWord("até 1º de dezembro", 7));
    assertTrue(LineWrapper.keepsNumberWithItsWord("by the 21st March", 12));
    assertTrue(LineWrapper.keepsNumberWithItsWord("dia 1º de dezembro", 10), "the 'de' of a date too");
    assertTrue(!LineWrapper.keepsNumberWithItsWord("we are on it now", 10), "a short word alone is not glued");
  }

  @Test
  void aGluedNumberStillBreaksWhenNothingElseFits() {
    String text = "1 " + "x".repeat(75);
    List<String> lines = wrapper.wrap(text, "", "");
    lines.forEach(l -> assertTrue(Graphemes.count(l) <= 78, l));
    assertEquals(text.replace(" ", ""), String.join("", lines).replace(" ", ""));
  }

  @Test
  void aMonthKeepsItsDayOnTheSameLine() {
    // reply-en, session 10: "…will update you by Friday, December\n4." in a 72-column e-mail
    String line = "Our warehouse team is on this and will update you by Friday, December 4. I’ll send you a link.";
    for (int width = 30; width <= 78; width++) {
      for (String wrapped : new LineWrapper(width, 78, Locale.US).wrap(line, "", "")) {
        assertTrue(!wrapped.endsWith("December"), width + ": " + wrapped);
      }
    }
    assertTrue(LineWrapper.keepsNameWithItsNumber("by Friday, December 4.", 20));
    assertTrue(!LineWrapper.keepsNameWithItsNumber("within 10 business days", 7));
  }
}
