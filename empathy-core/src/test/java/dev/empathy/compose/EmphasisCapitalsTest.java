package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Words a customer typed in capitals for emphasis are not shouted back (reply-en, session 14: "I’m
 * sorry about the SECOND charge on your card", "your ORDER that never CAME"); acronyms stay.
 */
class EmphasisCapitalsTest {
  private static final CallerEcho EN = CallerEcho.forLocale(Locale.US);
  private static final Empathy US = Empathy.builder().locale(Locale.US).build();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "my ORDER that never CAME|my order that never came",
    "the SECOND charge on my card|the second charge on my card",
    "my internet OUT for 3 DAYS|my internet out for 3 days",
    "the bag that went to ORD via UPS|the bag that went to ORD via UPS",
    "the PS5 order from EMPATHYCO*SUB|the PS5 order from EMPATHYCO*SUB",
    "my USPS parcel|my USPS parcel",
    "the HDMI port is STILL broken|the HDMI port is still broken",
    "the WiFi dropping every HOUR|the WiFi dropping every hour",
    // a longer acronym said as a word (echo.keptCapitals), and a label before its code
    "the IBAN DE89 is WRONG|the IBAN DE89 is wrong",
    "my NASA mug NEVER came|my NASA mug never came",
    "booking REFERENCE X7K2Q1 was LOST|booking REFERENCE X7K2Q1 was lost",
  })
  void emphasisIsCalmedAndAcronymsKept(String typed, String said) {
    assertEquals(said, EN.calmed(typed));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"frustrated", "angry", "disappointed"})
  void theAcknowledgementNeverShoutsTheEmphasisBack(String emotion) {
    for (int c = 0; c < 12; c++) {
      Reply r = US.compose().conversation("calm-" + c, 0).customer("Jenna").acknowledge(Emotion.fromLabel(emotion), "my ORDER that never CAME")
          .action("refunded the order").build();
      String ack = r.block(BlockKind.ACKNOWLEDGEMENT).orElseThrow().text();
      assertFalse(ack.contains("ORDER") || ack.contains("CAME"), ack);
      assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("situation: words typed in capitals")), r.warnings()::toString);
    }
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> words = Arbitraries.of("my", "ORDER", "never", "CAME", "UPS", "OUT", "PS5", "AT&T", "İSTANBUL", "ΣΟΦΙΑ", "ß",
        "👩‍👩‍👧", "e\u0301", "שלום", "\uD800", "\u0000", "\u202E", "  ", "\n", "Ǆ", "ǅ");
    return Arbitraries.oneOf(
        words.list().ofMaxSize(10).map(l -> String.join(" ", l)),
        Arbitraries.strings().ofMaxLength(120),
        Arbitraries.strings().withCharRange(' ', '~').ofMinLength(100_000).ofMaxLength(100_000));
  }

  /** Only the case of whole words changes: same length, same letters folded, and a text with no lower case is left alone. */
  @Property(tries = 300)
  void onlyTheCaseOfWholeWordsChanges(@ForAll("texts") String text) {
    String calmed = EN.calmed(text);
    assertEquals(text.length(), calmed.length());
    assertEquals(text.toLowerCase(Locale.ROOT), calmed.toLowerCase(Locale.ROOT));
    if (text.chars().noneMatch(Character::isLowerCase)) {
      assertSame(text, calmed);
    }
  }
}
