package dev.empathy.channels.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.empathy.channels.Conformance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code conformance/sms-segments.jsonl} (a test resource): encoding, segment count and units per segment as
 * measured by a reference SMS calculator, read at test time.
 */
class SmsSegmentsConformanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> out = new ArrayList<>();
    int line = 0;
    for (String l : Files.readAllLines(Conformance.file("sms-segments.jsonl"), StandardCharsets.UTF_8)) {
      line++;
      if (l.isBlank()) {
        continue;
      }
      JsonNode n = JSON.readTree(l);
      String text = n.get("text").asText();
      String name = "line " + line + ": " + (text.length() > 40 ? text.substring(0, 40) + "…" : text);
      out.add(Arguments.of(Named.of(name, n)));
    }
    assertFalse(out.isEmpty(), "sms-segments.jsonl has no cases");
    return out.stream();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void matchesTheReferenceCalculator(JsonNode c) {
    String text = c.get("text").asText();
    if (c.get("smartEncoding").asBoolean()) {
      text = SmsSegments.smartEncode(text);
      if (c.has("encodedText")) {
        assertEquals(c.get("encodedText").asText(), text, "smart-encoded text");
      }
    }
    SmsSegments s = SmsSegments.of(text);
    assertEquals(c.get("encoding").asText(), s.encoding().label(), "encoding");
    assertEquals(c.get("segments").asInt(), s.segments().size(), "segments");
    List<Integer> expected = new ArrayList<>();
    c.get("codeUnitsPerSegment").forEach(u -> expected.add(u.asInt()));
    assertEquals(expected, s.unitsPerSegment(), "code units per segment");
    assertEquals(text, String.join("", s.segments()), "segments concatenate to the text");
  }
}
