package dev.empathy.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Whatever text arrives, {@code compose} answers each line with one JSON object and never crashes. */
class ComposeProperties {
  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final ObjectMapper ASCII =
      JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

  @Provide
  Arbitrary<String> anyText() {
    Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(60);
    Arbitrary<String> tricky =
        Arbitraries.of(
            "👩‍👩‍👧‍👦", "🇫🇷", "e\u0301", "שלום עולם", "مرحبا", "{0}", "'{'", "''", "\uD800", "\uDC00x",
            "\u0000\u0007\u001B[31m", "\u2028\u2029", "&amp; <b>", "@channel <!here>", "https://e.x/?a=1&b=2",
            " ", "", "\t\n\r");
    return Arbitraries.oneOf(unicode, tricky, Arbitraries.strings().withChars("{}'\"\\ 😀é\n\r").ofMaxLength(30));
  }

  @Property(tries = 300)
  void everyLineGetsExactlyOneObject(
      @ForAll("anyText") String customer,
      @ForAll("anyText") String summary,
      @ForAll @Size(max = 3) List<@From("anyText") String> actions,
      @ForAll boolean escapeNonAscii) throws Exception {
    ObjectNode line = PLAIN.createObjectNode();
    line.put("customer", customer);
    line.put("emotion", "frustrated");
    line.put("situation", summary);
    line.put("summary", summary);
    actions.forEach(line.putArray("actions")::add);
    String json = (escapeNonAscii ? ASCII : PLAIN).writeValueAsString(line);

    CliRun run = CliRun.of(json + "\n" + json + "\n", "compose");
    List<JsonNode> out = run.json();

    assertEquals(2, out.size(), run.out());
    out.stream().filter(o -> o.has("error")).forEach(o -> ((ObjectNode) o.get("error")).remove("line"));
    assertEquals(out.get(0), out.get(1), "same line, same answer");
    JsonNode answer = out.get(0);
    if (answer.has("error")) {
      assertFalse(answer.at("/error/message").asText().startsWith("internal error"), answer.toString());
      assertTrue(List.of("customer", "situation", "summary", "actions").contains(answer.at("/error/field").asText())
          || answer.at("/error/field").asText().startsWith("actions["), answer.toString());
      assertEquals(1, run.exitCode());
    } else {
      assertEquals(0, run.exitCode(), run.stderr());
      assertTrue(answer.get("text").asText().length() > 0);
      assertFalse(answer.get("text").asText().contains("\uFFFE"));
    }
  }

  @Property(tries = 300)
  void anyRawLineIsAnsweredNotSkippedOrFatal(@ForAll("anyText") String raw) {
    String line = raw.replace('\n', ' ').replace('\r', ' ');

    CliRun run = CliRun.of(line + "\n", "compose");
    List<JsonNode> out = run.json();

    boolean blank = line.chars().allMatch(c -> c == ' ' || c == '\t');
    assertEquals(blank ? 0 : 1, out.size(), "line " + line);
    out.forEach(o -> assertFalse(o.at("/error/message").asText().startsWith("internal error"), o.toString()));
  }
}
