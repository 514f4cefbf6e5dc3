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
    lines.forEach(l -> assertTrue(Graphemes.count(l) <= 72, l));
    assertEquals(text, String.join("", lines));
  }

  @Test
  void listItemsHangUnderTheirText() {
    List<String> lines = wrapper.wrap("word ".repeat(20).strip(), "- ", "  ");
    assertTrue(lines.get(0).startsWith("- word"));
    assertTrue(lines.get(1).startsWith("  word"));
  }
}
