package dev.empathy.channels.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.channel.Change;
import dev.empathy.channel.ChannelOverflowException;
import dev.empathy.channel.Channels;
import dev.empathy.channel.Overflow;
import dev.empathy.channel.RenderOptions;
import dev.empathy.channel.Rendered;
import dev.empathy.channels.AnyReply;
import dev.empathy.compose.Reply;
import dev.empathy.text.Graphemes;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * SMS keeps its promises when every caller field is long (5 to 100 KB of arbitrary Unicode, typed
 * text, emoji, marks, extension-table characters): shortening such a message measures it many
 * times, and each measure stops as soon as its answer is known, so these properties guard that the
 * early stops never change what is sent. No timing is asserted (speed: the JMH benchmarks).
 */
class SmsLongInputProperties {

  private static final Pattern WAS = Pattern.compile("to fit (\\d+) segments? \\(was (\\d+)\\)");

  @Provide
  Arbitrary<Reply> longReplies() {
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            AnyReply.text().filter(s -> s.length() < 2_000),
            Arbitraries.of("I’ve been charged twice.", "€ [x] {y} ~ ^ |", "está muy mal", "👩‍👩‍👧 🇮🇹", "e\u0301 ", "a-very-long-unbroken-word-" ));
    Arbitrary<String> longText =
        Arbitraries.integers()
            .between(5_000, 100_000)
            .flatMap(size -> piece.list().ofMinSize(1).ofMaxSize(8).map(l -> fill("x" + String.join(" ", l) + " ", size)));
    return AnyReply.replies(longText);
  }

  private static String fill(String unit, int size) {
    StringBuilder sb = new StringBuilder(size + unit.length());
    while (sb.length() < size) {
      sb.append(unit);
    }
    return sb.toString();
  }

  @Property(tries = 25)
  void aLongMessageIsShortenedWithinTheCarrierRules(
      @ForAll("longReplies") Reply reply,
      @ForAll @IntRange(min = 1, max = 5) int maxSegments,
      @ForAll @IntRange(min = 1, max = 3) int target,
      @ForAll("modes") String mode,
      @ForAll boolean foldAccents,
      @ForAll boolean shorten) {
    RenderOptions options =
        RenderOptions.builder()
            .maxParts(maxSegments)
            .overflow(shorten ? Overflow.SHORTEN : Overflow.SPLIT)
            .option(SmsChannel.TARGET_SEGMENTS, String.valueOf(target))
            .option(SmsChannel.SMART_ENCODING, mode)
            .option(SmsChannel.FOLD_ACCENTS, String.valueOf(foldAccents))
            .build();
    Rendered r = Channels.require("sms").render(reply, options);
    List<String> parts = r.parts();

    assertTrue(parts.size() <= maxSegments, () -> parts.size() + " segments, limit " + maxSegments);
    assertEquals(parts.size(), r.length().value());
    assertEquals(Integer.valueOf(maxSegments), r.length().limit());
    assertEquals(r.text(), String.join("", parts), "segments concatenate to the message");

    // The parts and fields are the carrier's cut of the text sent, measured afresh.
    SmsSegments again = SmsSegments.atWordBoundaries(r.text(), reply.locale());
    assertEquals(again.segments(), parts);
    assertEquals(again.encoding().label(), r.field("encoding").orElseThrow());
    boolean gsm = again.encoding() == SmsSegments.Encoding.GSM_7;
    assertEquals(gsm, SmsSegments.isGsm7(r.text()));
    List<Integer> units = again.unitsPerSegment();
    for (int u : units) {
      assertTrue(u <= (units.size() == 1 ? (gsm ? 160 : 70) : (gsm ? 153 : 67)), () -> "segment of " + u + " units");
    }
    if (!again.splitsGrapheme()) {
      int at = 0;
      for (String p : parts) {
        int boundary = at;
        assertTrue(Graphemes.isBoundary(r.text(), boundary), () -> "segment boundary inside a grapheme at " + boundary);
        at += p.length();
      }
    }

    // Nothing silently dropped: every field is at least 5,000 characters, more than five
    // segments, so something was cut, and the change says so and quotes the count it cut from.
    assertFalse(r.changes().isEmpty(), "a long message was shortened without a change saying so");
    assertTrue(
        r.changes().stream().anyMatch(c -> c.kind() == Change.Kind.TRUNCATED),
        () -> "a field of 5 KB or more was not cut: " + r.changes());
    for (Change c : r.changes()) {
      Matcher m = WAS.matcher(c.detail());
      if (m.find()) {
        assertEquals(maxSegments, Integer.parseInt(m.group(1)), c.detail());
        assertTrue(Integer.parseInt(m.group(2)) > maxSegments, c.detail());
      }
    }
  }

  @Property(tries = 10)
  void aLongMessageThatMayNotBeShortenedFailsNamingTheSegments(
      @ForAll("longReplies") Reply reply, @ForAll @IntRange(min = 1, max = 5) int maxSegments) {
    RenderOptions options = RenderOptions.builder().maxParts(maxSegments).overflow(Overflow.FAIL).build();
    ChannelOverflowException e =
        assertThrows(ChannelOverflowException.class, () -> Channels.require("sms").render(reply, options));
    assertTrue(e.getMessage().contains("segments"), e.getMessage());
  }

  @Provide
  Arbitrary<String> modes() {
    return Arbitraries.of("all", "phrases", "none");
  }

  @Property(tries = 40)
  void theEarlyStoppingCountAgreesWithTheFullCut(
      @ForAll("longTexts") String text, @ForAll @IntRange(min = 1, max = 6) int cap, @ForAll("locales") Locale locale) {
    int full = SmsSegments.atWordBoundaries(text, locale).segments().size();
    int counted = SmsSegments.countAtWordBoundaries(text, locale, cap);
    if (full <= cap) {
      assertEquals(full, counted);
    } else {
      assertEquals(cap + 1, counted);
    }
    assertEquals(full, SmsSegments.countAtWordBoundaries(text, locale, Integer.MAX_VALUE - 1));
  }

  @Provide
  Arbitrary<String> longTexts() {
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            Arbitraries.strings().all().ofMaxLength(30),
            Arbitraries.strings().alpha().withChars(' ', '€', '[', '’').ofMaxLength(40),
            Arbitraries.of("👩‍👩‍👧", "e\u0301", "ダナ様", "שלום עולם", "\uD800", " "));
    return Arbitraries.integers()
        .between(0, 3_000)
        .flatMap(size -> piece.list().ofMinSize(1).ofMaxSize(6).map(l -> fill(String.join("", l) + "x", size)));
  }

  @Provide
  Arbitrary<Locale> locales() {
    return Arbitraries.of(Locale.US, Locale.GERMANY, Locale.JAPAN, Locale.forLanguageTag("th"), Locale.forLanguageTag("pt-BR"));
  }
}
