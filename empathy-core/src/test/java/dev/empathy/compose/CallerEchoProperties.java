package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** CallerEcho on any text: never throws, never adds a character that was not typed (a run of marks settles into a comma or a full stop), never grows. */
class CallerEchoProperties {
  private static final CallerEcho EN = CallerEcho.forLocale(Locale.ENGLISH);
  private static final CallerEcho ES = CallerEcho.forLocale(Locale.forLanguageTag("es"));

  @Provide
  Arbitrary<String> emoji() {
    return Arbitraries.of("😡", "🤬", "🙄", "👍🏽", "👨‍👩‍👧", "❤️", "⌚", "💔", "😰😰");
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(200),
        Arbitraries.strings().withChars("\"'“”‘’«» lolhax!?&;#gtamp0123").ofMaxLength(200),
        Arbitraries.strings().withChars("\"' a!").ofMinLength(50_000).ofMaxLength(100_000));
  }

  @Property(tries = 300)
  void plainOnlyRemoves(@ForAll("texts") String text) {
    String out = EN.plain(text);
    assertTrue(out.length() <= text.length(), () -> "grew: " + out);
    out.codePoints().filter(cp -> cp != ' ').forEach(cp -> assertTrue(text.indexOf(cp) >= 0, () -> "added " + Integer.toHexString(cp)));
    EN.judges(text);
  }

  /** Where the data says so (Spanish), every emoji goes from the named situation and nothing else is added. */
  @Property(tries = 300)
  void plainLeavesNoEmojiWhereTheLanguageDropsThem(@ForAll("texts") String text, @ForAll("emoji") String emoji) {
    String typed = text + " " + emoji + (text.length() % 2 == 0 ? "" : " " + text);
    String out = ES.plain(typed);
    assertTrue(out.length() <= typed.length(), () -> "grew: " + out);
    assertTrue(out.codePoints().noneMatch(cp -> cp >= 0x2300
        && com.ibm.icu.lang.UCharacter.hasBinaryProperty(cp, com.ibm.icu.lang.UProperty.EXTENDED_PICTOGRAPHIC)), () -> "kept an emoji: " + out);
    out.codePoints().filter(cp -> cp != ' ').forEach(cp -> assertTrue(typed.indexOf(cp) >= 0, () -> "added " + Integer.toHexString(cp)));
  }

  /**
   * No emoji ending a clause is said back (reply-en s23: "your parcel 📦", "for 3 days 🙃"); letters,
   * digits and ©®™ are all kept, and nothing is added.
   */
  @Property(tries = 300)
  void withoutEmojiOnlyRemovesEmoji(@ForAll("emojiTexts") String text) {
    String out = CallerEcho.withoutClosingEmoji(text);
    assertTrue(out.length() <= text.length(), () -> "grew: " + out);
    out.codePoints().forEach(cp -> assertTrue(text.indexOf(cp) >= 0, () -> "added " + Integer.toHexString(cp)));
    int[] cps = out.replaceAll("[\\s.,;:!?]+$", "").codePoints().toArray();
    assertTrue(cps.length == 0 || cps[cps.length - 1] < 0x2190 || cps[cps.length - 1] == 0x2122
        || !com.ibm.icu.lang.UCharacter.hasBinaryProperty(cps[cps.length - 1], com.ibm.icu.lang.UProperty.EXTENDED_PICTOGRAPHIC), () -> "kept " + out);
    assertEquals(text.codePoints().filter(Character::isLetterOrDigit).count(), out.codePoints().filter(Character::isLetterOrDigit).count(), out);
  }

  @Provide
  Arbitrary<String> emojiTexts() {
    return Arbitraries.of("my", "parcel", " ", " ", "3", "days", ".", "!", "?", ",", "©", "®", "™", "📦", "🙃", "🎉", "👍🏽",
            "👨\u200D👩\u200D👧", "❤\uFE0F", "🇬🇧", "é", "日本")
        .list().ofMaxSize(20).map(parts -> String.join("", parts));
  }

  /** CI draw (seed -398907328147258072): U+3030 WAVY DASH is a pictograph beyond the scan's first range. */
  @net.jqwik.api.Example
  void cjkPictographsGoWhereTheLanguageDropsThem() {
    assertEquals("llegó tarde", ES.plain("〰 llegó tarde 〽"));
    assertEquals("llegó tarde", ES.plain("llegó tarde ㊙ 😡"));
    assertEquals("〰 llegó tarde", EN.plain("〰 llegó tarde"));
  }

  /** Every pictograph from U+2300 on, walked one by one: the scan's fast path skips none of them. */
  @net.jqwik.api.Example
  void everyPictographIsFoundByTheScan() {
    for (int cp = 0x2300; cp <= 0x10FFFF; cp++) {
      if (com.ibm.icu.lang.UCharacter.hasBinaryProperty(cp, com.ibm.icu.lang.UProperty.EXTENDED_PICTOGRAPHIC)) {
        String typed = "tarde " + new String(Character.toChars(cp));
        int shown = cp;
        assertEquals("tarde", CallerEcho.withoutPictographs(typed), () -> "kept U+" + Integer.toHexString(shown));
      }
    }
  }

  @net.jqwik.api.Example
  void emojiTypedIntoASituationAreLeftOut() {
    assertEquals("your parcel", CallerEcho.withoutClosingEmoji("your parcel 📦"));
    assertEquals("stuck for 3 days.", CallerEcho.withoutClosingEmoji("stuck for 3 days 🙃."));
    assertEquals("your upgrade, finally", CallerEcho.withoutClosingEmoji("your upgrade 🎉, finally"));
    // an emoji with words after it stands for a word: kept
    assertEquals("the 📦 that never came", CallerEcho.withoutClosingEmoji("the 📦 that never came"));
    assertEquals("👨‍👩‍👧 family plan", CallerEcho.withoutClosingEmoji("👨‍👩‍👧 family plan"));
    assertEquals("my Acme® card", CallerEcho.withoutClosingEmoji("my Acme® card"));
  }

  /** A run of marks is settled, never grown: only '!' and '?' go, and only ',' or '.' come in their place. */
  @Property(tries = 300)
  void settledMarksOnlyTradesMarks(@ForAll("texts") String text) {
    String out = CallerEcho.settledMarks(text);
    assertTrue(out.length() <= text.length(), () -> "grew: " + out);
    String typed = text.replaceAll("[!?,.\\s]", "");
    String said = out.replaceAll("[!?,.\\s]", "");
    assertTrue(typed.equals(said), () -> "changed more than marks: " + out);
  }

  @Property(tries = 300)
  void decodingNeverGrowsOrMakesAControlCharacter(@ForAll("texts") String text) {
    String out = CallerEcho.decoded(text);
    assertTrue(out.length() <= text.length(), () -> "grew: " + out);
    if (text.codePoints().noneMatch(Character::isISOControl)) {
      assertTrue(out.codePoints().noneMatch(Character::isISOControl), () -> "control character from " + text);
    }
  }
}
