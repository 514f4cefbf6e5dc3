package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Normalizer2;
import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ComposerProperties {
  private static final Empathy EMPATHY =
      Empathy.builder().clock(Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC)).build();

  @Property(tries = 300)
  void consecutiveTurnsNeverRepeatAnAcknowledgement(
      @ForAll String conversationId, @ForAll Emotion emotion, @ForAll @IntRange(max = 10_000) int start) {
    int n = EMPATHY.phrasebook().variantCount("ack." + emotion.label());
    String previous = null;
    for (int turn = start; turn < start + n; turn++) {
      String ack = EMPATHY.compose().conversation(conversationId, turn)
          .acknowledge(emotion, "the delayed parcel").action("check the tracking").build()
          .block(BlockKind.ACKNOWLEDGEMENT).orElseThrow().text();
      if (previous != null) {
        assertNotEquals(previous, ack, "turn " + turn);
      }
      previous = ack;
    }
  }

  @Property(tries = 300)
  void customerTextIsInsertedAsData(@ForAll("hostileText") String text) {
    Reply r = EMPATHY.compose().customer("Dana")
        .acknowledge(Emotion.CONFUSED, "x " + text)
        .summary("y " + text)
        .action("z " + text)
        .build();
    // HTML character references a web form left are read as their characters ("&amp;" → "&"): data, decoded once.
    String expected = CallerEcho.decoded(expectedClean(text));
    String plain = r.toPlainText();
    assertTrue(plain.contains(expected.strip()), () -> "missing " + escape(expected) + " in " + escape(plain));
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      assertFalse(Character.isISOControl(c) && c != '\n' && c != '\t', "control char at " + i);
      assertFalse((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069'), "bidi override at " + i);
      assertFalse(Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < plain.length()
          && Character.isLowSurrogate(plain.charAt(++i))), "unpaired surrogate at " + i);
    }
  }

  @Property(tries = 200)
  void anyUnicodeComposesWithoutCrashing(@ForAll String text, @ForAll Emotion emotion) {
    if (showsNothing(expectedClean(text))) {
      // Documented: a text of only spaces and invisible format characters (U+200B, U+00AD) is blank.
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> EMPATHY.compose().conversation(text, 0).customer(text).acknowledge(emotion, text).action(text).build());
      assertTrue(e.getMessage().contains("must not be blank"), e.getMessage());
      return;
    }
    if (CallerEcho.decoded(expectedClean(text)).codePoints().noneMatch(Character::isLetterOrDigit)) {
      // Documented: an action of punctuation, symbols or emoji alone says nothing and is refused by name.
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> EMPATHY.compose().conversation(text, 0).customer(text).acknowledge(emotion, text).action(text).build());
      assertEquals("actions[0]", e.field(), e.getMessage());
      return;
    }
    Reply r = EMPATHY.compose().conversation(text, 0).customer(text).acknowledge(emotion, text).summary(text)
        .action(text).followUp(text).confirm(text).build();
    assertEquals(Normalizer2.getNFCInstance().normalize(r.toPlainText()), r.toPlainText());
  }

  @org.junit.jupiter.api.Test
  void casingKeepsRepliesNfc() {
    // Title-casing a Greek letter with a combining mark once left it un-composed (found by the
    // property above): the greeting's name and a capitalised clause must stay NFC.
    for (String text : new String[] {"\u1FB3\u0342", "\u03B1\u0342\u0345 b", "\u1FB3\u0342 a"}) {
      Reply r = EMPATHY.compose().customer(text).acknowledge(Emotion.SAD, text).summary(text).action(text).build();
      assertEquals(Normalizer2.getNFCInstance().normalize(r.toPlainText()), r.toPlainText(), text);
    }
  }

  @Provide
  Arbitrary<String> hostileText() {
    Arbitrary<String> pieces = Arbitraries.of(
        "{0}", "{name}", "'", "''", "'{'", "}", "#", "{count, plural, one {#} other {#}}",
        "👩‍👩‍👧‍👦", "🇯🇵", "e\u0301", "שלום עולם", "مرحبا", "\u202Eevil", "\u0000", "\u0007", "\u001B[31m",
        "\uD800", "\uDC00", "\r\n", "\t", "<b>bold</b>", "&amp;", "$1", "\\", "%s", "ｆｕｌｌ");
    return pieces.list().ofMinSize(1).ofMaxSize(6).map(l -> "a" + String.join(" ", l) + "b");
  }

  /** True when {@code s} shows nothing: only white space, no-break spaces and format characters. */
  static boolean showsNothing(String s) {
    return s.codePoints().allMatch(cp -> Character.isWhitespace(cp) || cp == 0x00A0 || Character.getType(cp) == Character.FORMAT);
  }

  /** What UserText.clean promises, computed independently. */
  static String expectedClean(String text) {
    StringBuilder sb = new StringBuilder();
    String t = text.replace("\r\n", "\n").replace('\r', '\n');
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < t.length() && Character.isLowSurrogate(t.charAt(i + 1))) {
        sb.append(c).append(t.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        sb.append('\uFFFD');
      } else if ((Character.isISOControl(c) && c != '\n' && c != '\t') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
        continue; // controls, and the bidi overrides and isolates that could reorder the reply
      } else {
        sb.append(c);
      }
    }
    return Normalizer2.getNFCInstance().normalize(sb.toString());
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints().forEach(cp -> sb.append(cp < 0x20 || cp > 0x7E ? String.format("\\u%04X", cp) : String.valueOf((char) cp)));
    return sb.toString();
  }
}
