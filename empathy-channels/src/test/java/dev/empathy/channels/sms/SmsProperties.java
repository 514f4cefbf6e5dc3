package dev.empathy.channels.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.channel.Channels;
import dev.empathy.channel.RenderOptions;
import dev.empathy.channel.Rendered;
import dev.empathy.channels.AnyReply;
import dev.empathy.compose.Reply;
import dev.empathy.text.Graphemes;
import java.util.List;
import dev.empathy.Emotion;
import dev.empathy.Empathy;
import java.math.BigInteger;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** SMS keeps its promises for any Unicode in any caller-supplied field. */
class SmsProperties {

  /**
   * A UCS-2 text whose cut falls inside "alert(1)</script>": the cut looked back for a clause end
   * (")" is one in Japanese), found the one inside the tag, and cut where no line may break (a
   * random draw in CI, seed -7837885223623408836). Every cut is a line-break opportunity.
   */
  @net.jqwik.api.Example
  void aClauseEndInsideAWordIsNoPlaceToCut() {
    String text = "keep our conversation respectful. X   <script>alert(1)</script> \t\u2e80\u2e80. Expect an update by Thursday, March 5. "
        + "I want to help you sort this out, and I can do that best if we keep our conversation respectful.";
    for (int pad = 0; pad < 40; pad++) {
      String padded = "x ".repeat(pad) + text;
      SmsSegments s = SmsSegments.atWordBoundaries(padded, Locale.US);
      com.ibm.icu.text.BreakIterator lines = com.ibm.icu.text.BreakIterator.getLineInstance(com.ibm.icu.util.ULocale.US);
      lines.setText(padded);
      int at = 0;
      for (int i = 0; i + 1 < s.segments().size(); i++) {
        at += s.segments().get(i).length();
        int join = at;
        assertTrue(lines.isBoundary(join), () -> "cut inside a word at " + join + ": " + s.segments());
      }
    }
  }

  @Provide
  Arbitrary<Reply> replies() {
    return AnyReply.replies();
  }

  @Property(tries = 200)
  void segmentsFitTheCarrierRulesAndNeverSplitAGrapheme(
      @ForAll("replies") Reply reply, @ForAll @IntRange(min = 1, max = 5) int maxSegments) {
    Rendered r = Channels.require("sms").render(reply, RenderOptions.builder().maxParts(maxSegments).build());
    List<String> parts = r.parts();
    assertTrue(parts.size() <= maxSegments, () -> parts.size() + " segments, limit " + maxSegments);
    assertEquals(parts.size(), r.length().value());
    assertEquals(r.text(), String.join("", parts), "segments concatenate to the message");
    boolean shifted = !r.field("languageShift").orElseThrow().equals("none");
    // A national table is named only when the default alphabet cannot carry the text.
    SmsSegments again = shifted ? SmsSegments.atWordBoundaries(r.text(), reply.locale()) : SmsSegments.of(r.text());
    assertEquals(r.field("encoding").orElseThrow(), again.encoding().label());
    assertEquals(r.field("languageShift").orElseThrow(), again.languageShift().orElse("none"));
    boolean gsm = again.encoding() == SmsSegments.Encoding.GSM_7;
    if (gsm && !shifted) {
      assertTrue(SmsSegments.isGsm7(r.text()));
    }
    if (shifted) {
      assertFalse(SmsSegments.isGsm7(r.text()), () -> "a national table named for a text the default alphabet holds: " + r.text());
      assertTrue(List.of("es", "pt").contains(reply.locale().getLanguage()), () -> "a national table for " + reply.locale());
    }
    int single = gsm ? (shifted ? 155 : 160) : 70;
    int multi = gsm ? (shifted ? 149 : 153) : 67;
    List<Integer> units = again.unitsPerSegment();
    for (int u : units) {
      assertTrue(u <= (units.size() == 1 ? single : multi), () -> "segment of " + u + " units");
    }
    if (!again.splitsGrapheme()) {
      int at = 0;
      for (String p : parts) {
        assertTrue(Graphemes.isBoundary(r.text(), at), () -> "segment boundary inside a grapheme");
        at += p.length();
      }
    }
  }

  /**
   * Any text in Spanish or Portuguese: sent with a national table only when that takes fewer
   * segments than UCS-2, every segment within the table's 149 septets (155 alone), the segments
   * whole graphemes that give the text back, and never with a table when the default alphabet
   * holds the text.
   */
  @Property(tries = 300)
  void aNationalTableIsChosenOnlyWhenItSavesASegment(
      @ForAll("shiftable") String text, @ForAll boolean portuguese) {
    Locale locale = Locale.forLanguageTag(portuguese ? "pt-BR" : "es");
    SmsSegments s = SmsSegments.atWordBoundaries(text, locale);
    SmsSegments ucs2 = SmsSegments.atWordBoundaries(text, locale, false);
    assertEquals(text, String.join("", s.segments()));
    if (s.languageShift().isPresent()) {
      assertFalse(SmsSegments.isGsm7(text));
      assertEquals(portuguese ? "portuguese" : "spanish", s.languageShift().get());
      assertTrue(s.segments().size() < ucs2.segments().size(), () -> s + " vs " + ucs2);
      s.unitsPerSegment().forEach(u -> assertTrue(u <= (s.segments().size() == 1 ? 155 : 149), s::toString));
      assertEquals(s.segments().size(), SmsSegments.countAtWordBoundaries(text, locale, Integer.MAX_VALUE - 1));
    } else {
      assertTrue(s.segments().size() <= ucs2.segments().size());
    }
  }

  @Provide
  Arbitrary<String> shiftable() {
    Arbitrary<String> letters = Arbitraries.strings().withChars("áíóúçãõêâôÁÍÓÚÇÃÕñ€{} .,!?aeiosnrt").ofMinLength(0).ofMaxLength(400);
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(200);
    return Arbitraries.oneOf(letters, letters, Arbitraries.strings().withChars("aeiou ").ofMaxLength(300).flatMap(
        a -> any.map(b -> a + b)), Arbitraries.of("\uD83D", "👨‍👩‍👧", "ã\u0301", "\u202E").flatMap(e -> letters.map(l -> l + e + l)));
  }

  @Property(tries = 100)
  void ourTypographyNeverForcesUcs2(@ForAll("asciiReplies") Reply reply) {
    Rendered r = Channels.require("sms").render(reply);
    assertEquals("GSM-7", r.field("encoding").orElseThrow(), r.text());
  }

  @Provide
  Arbitrary<Reply> asciiReplies() {
    return AnyReply.replies(net.jqwik.api.Arbitraries.strings().alpha().numeric().withChars(' ', '.', '\'', '$').ofMinLength(1).ofMaxLength(60).map(s -> "x" + s));
  }

  /** A secret and the sentence that carries it, in some language; the secret must not be sent. */
  record Secret(Locale locale, String sentence, String value) {}

  @Property(tries = 150)
  void noGeneratedSecretReachesAnSmsPart(
      @ForAll("secrets") Secret secret,
      @ForAll("noise") String before,
      @ForAll("noise") String after,
      @ForAll @IntRange(min = 1, max = 4) int maxSegments) {
    Empathy e = Empathy.builder().locale(secret.locale()).build();
    Reply reply = e.compose().customer("Dana").acknowledge(Emotion.FRUSTRATED, "the account")
        .action(before + " " + secret.sentence() + ". " + after).build();
    Rendered r = Channels.require("sms").render(reply, RenderOptions.builder().maxParts(maxSegments).build());
    String value = secret.value().replaceAll("\\s+", "");
    assertFalse(String.join("", r.parts()).replaceAll("\\s+", "").contains(value), () -> "secret sent: " + r.parts());
  }

  @Provide
  Arbitrary<String> noise() {
    return Arbitraries.strings().withCharRange('a', 'z').withChars(' ', ',', 'é', '😀').ofMaxLength(80);
  }

  @Provide
  Arbitrary<Secret> secrets() {
    Arbitrary<String> password = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(8)
        .flatMap(w -> Arbitraries.integers().between(10, 9999).map(n -> w + n + "X"));
    Arbitrary<String> pin = Arbitraries.integers().between(1000, 9999).map(String::valueOf);
    Arbitrary<String> card = Arbitraries.strings().numeric().ofLength(15).map(d -> group("4" + d.substring(1) + luhn("4" + d.substring(1))));
    Arbitrary<String> iban = Arbitraries.strings().numeric().ofLength(18).map(SmsProperties::germanIban);
    return Arbitraries.oneOf(
        password.map(v -> new Secret(Locale.US, "Your new password is " + v, v)),
        password.map(v -> new Secret(Locale.GERMANY, "Ihr neues Passwort lautet " + v, v)),
        pin.map(v -> new Secret(Locale.US, "Your new PIN is " + v, v)),
        pin.map(v -> new Secret(Locale.FRANCE, "Votre nouveau code PIN est " + v, v)),
        card.map(v -> new Secret(Locale.US, "I've charged the card " + v, v)),
        card.map(v -> new Secret(Locale.forLanguageTag("es"), "Cobramos la tarjeta " + v, v)),
        iban.map(v -> new Secret(Locale.GERMANY, "Die Erstattung geht an " + v, v)),
        iban.map(v -> new Secret(Locale.forLanguageTag("pt-BR"), "O reembolso vai para " + v, v)));
  }

  private static String luhn(String digits) {
    int sum = 0;
    for (int i = digits.length() - 1, k = 0; i >= 0; i--, k++) {
      int d = digits.charAt(i) - '0';
      if (k % 2 == 0) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return String.valueOf((10 - sum % 10) % 10);
  }

  private static String germanIban(String bban) {
    // ISO 13616: BBAN + "DE00" with letters as numbers (D=13, E=14), check = 98 - mod 97.
    int check = 98 - new BigInteger(bban + "131400").mod(BigInteger.valueOf(97)).intValue();
    return group("DE" + String.format("%02d", check) + bban);
  }

  private static String group(String s) {
    return s.replaceAll("(.{4})(?!$)", "$1 ");
  }
}
