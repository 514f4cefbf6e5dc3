package dev.empathy.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Empathy;
import dev.empathy.channel.Change;
import dev.empathy.channel.Channels;
import dev.empathy.channel.Overflow;
import dev.empathy.channel.RenderOptions;
import dev.empathy.channel.Rendered;
import dev.empathy.compose.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Our own conformance fixtures, one file per channel in {@code src/test/resources/fixtures}: a
 * reply in (the CLI's compose fields, with the single-variant phrases of {@code phrases.yml}),
 * the expected rendering and size out. The expectations were written by hand from each channel's
 * documented rules.
 */
class ChannelFixturesTest {
  private static final Empathy EMPATHY = Replies.fixed();

  @SuppressWarnings("unchecked")
  static Stream<Arguments> fixtures() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (String file : List.of("chat", "email", "social", "sms", "voice")) {
      try (InputStream in = ChannelFixturesTest.class.getResourceAsStream("/fixtures/" + file + ".yml")) {
        List<Map<String, Object>> cases = new Yaml().load(in);
        assertFalse(cases == null || cases.isEmpty(), "no fixtures in " + file + ".yml");
        for (Map<String, Object> c : cases) {
          out.add(Arguments.of(Named.of(file + ": " + c.get("name"), c)));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  @SuppressWarnings("unchecked")
  void rendersAsWrittenByHand(Map<String, Object> fixture) {
    Reply reply = Replies.of(EMPATHY, (Map<String, Object>) fixture.get("reply"));
    RenderOptions.Builder opts = RenderOptions.builder();
    if (fixture.containsKey("flavor")) {
      opts.flavor((String) fixture.get("flavor"));
    }
    Map<String, Object> o = (Map<String, Object>) fixture.getOrDefault("options", Map.of());
    o.forEach((k, v) -> {
      switch (k) {
        case "limit" -> opts.limit(((Number) v).intValue());
        case "maxParts" -> opts.maxParts(((Number) v).intValue());
        case "overflow" -> opts.overflow(Overflow.valueOf(String.valueOf(v).toUpperCase(Locale.ROOT)));
        default -> opts.option(k, String.valueOf(v));
      }
    });
    Rendered r = Channels.require((String) fixture.get("channel")).render(reply, opts.build());
    Map<String, Object> expect = (Map<String, Object>) fixture.get("expect");

    if (expect.containsKey("parts")) {
      // leadingPartsOnly compares only the leading parts (the public posts, without the DM).
      List<String> want = (List<String>) expect.get("parts");
      List<String> got = expect.containsKey("leadingPartsOnly") ? r.parts().subList(0, Math.min(want.size(), r.parts().size())) : r.parts();
      assertEquals(want, got, "parts");
    }
    if (expect.containsKey("text")) {
      assertEquals(expect.get("text"), r.text(), "text");
    }
    ((Map<String, String>) expect.getOrDefault("fields", Map.of()))
        .forEach((k, v) -> assertEquals(v, r.field(k).orElse(null), "field " + k));
    ((Map<String, List<String>>) expect.getOrDefault("fieldContains", Map.of()))
        .forEach((k, frags) -> frags.forEach(f -> assertTrue(r.field(k).orElse("").contains(f), "field " + k + " should contain " + f)));
    if (expect.containsKey("length")) {
      Map<String, Object> l = (Map<String, Object>) expect.get("length");
      assertEquals(l.get("unit"), r.length().unit(), "length unit");
      assertEquals(((Number) l.get("value")).intValue(), r.length().value(), "length value");
      Object limit = l.get("limit");
      assertEquals(limit == null ? null : ((Number) limit).intValue(), r.length().limit(), "length limit");
    }
    if (expect.containsKey("changes")) {
      List<String> kinds = r.changes().stream().map(Change::kind).map(Change.Kind::label).toList();
      assertEquals(expect.get("changes"), kinds, "change kinds, in order: " + r.changes());
    }
  }
}
