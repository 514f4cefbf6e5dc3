package dev.empathy.channels.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.channel.Channels;
import dev.empathy.channel.RenderOptions;
import dev.empathy.channel.Rendered;
import dev.empathy.channels.AnyReply;
import dev.empathy.compose.Reply;
import dev.empathy.text.Graphemes;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** SMS keeps its promises for any Unicode in any caller-supplied field. */
class SmsProperties {

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
    SmsSegments again = SmsSegments.of(r.text());
    assertEquals(r.field("encoding").orElseThrow(), again.encoding().label());
    boolean gsm = again.encoding() == SmsSegments.Encoding.GSM_7;
    if (gsm) {
      assertTrue(SmsSegments.isGsm7(r.text()));
    }
    int single = gsm ? 160 : 70;
    int multi = gsm ? 153 : 67;
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

  @Property(tries = 100)
  void ourTypographyNeverForcesUcs2(@ForAll("asciiReplies") Reply reply) {
    Rendered r = Channels.require("sms").render(reply);
    assertEquals("GSM-7", r.field("encoding").orElseThrow(), r.text());
  }

  @Provide
  Arbitrary<Reply> asciiReplies() {
    return AnyReply.replies(net.jqwik.api.Arbitraries.strings().alpha().numeric().withChars(' ', '.', '\'', '$').ofMinLength(1).ofMaxLength(60).map(s -> "x" + s));
  }
}
