package dev.empathy.examples.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.empathy.InvalidInputException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The streaming reader and writer behave exactly as Jackson's {@code ObjectMapper} tree reading
 * and writing with the same strict configuration: same output text, same lines rejected, naming
 * the same kind of field.
 */
class StrictJsonProperties {

  /** What the ObjectMapper makes of a line: its output text, or the kind of rejection. */
  private static String viaMapper(String line) {
    JsonNode node;
    try {
      node = StrictJson.mapper().readTree(line);
    } catch (JsonProcessingException e) {
      return e.getOriginalMessage().startsWith("Duplicate") ? "rejected:field" : "rejected:$";
    }
    if (node == null || node.isMissingNode() || !node.isObject()) {
      return "rejected:$";
    }
    try {
      return StrictJson.mapper().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  private static String viaStreaming(String line) {
    try {
      return StrictJson.write(StrictJson.readObject(line));
    } catch (InvalidInputException e) {
      return e.field().equals("$") ? "rejected:$" : "rejected:field";
    }
  }

  @Property(tries = 400)
  void jsonLikeLinesReadAndWriteAsTheMapperDoes(@ForAll("jsonish") String line) {
    assertEquals(viaMapper(line), viaStreaming(line), line);
  }

  @Property(tries = 300)
  void anyTextIsReadOrRejectedAsTheMapperDoes(@ForAll String line) {
    assertEquals(viaMapper(line), viaStreaming(line), line);
  }

  @Example
  void numbersEmojiAndEscapesKeepTheirForm() {
    String line = "{\"a\":1,\"b\":-9007199254740993,\"c\":123456789012345678901234567890,\"d\":1.5e300,"
        + "\"e\":0.1,\"f\":\"😡 é \\u0000 \\\"q\\\"\",\"g\":[true,false,null,{}],\"h\":{\"x\":[]}}";
    assertEquals(viaMapper(line), viaStreaming(line));
    assertEquals("rejected:field", viaStreaming("{\"a\":1,\"a\":2}"));
    assertEquals("rejected:$", viaStreaming("{\"a\":1} {}"));
    assertEquals("rejected:$", viaStreaming("[1]"));
    assertEquals("rejected:$", viaStreaming("   "));
  }

  @Provide
  Arbitrary<String> jsonish() {
    Arbitrary<String> scalar =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(12).map(s -> "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\""),
            Arbitraries.strings().withChars("\"\\{}[],:0123456789.eE+-tnul ").ofMaxLength(6),
            Arbitraries.integers().map(String::valueOf),
            Arbitraries.longs().map(String::valueOf),
            Arbitraries.doubles().map(String::valueOf),
            Arbitraries.of("true", "false", "null", "[]", "{}", "[1,2]", "{\"k\":[{}]}"));
    Arbitrary<String> key = Arbitraries.of("a", "b", "text", "locale", "id", "é", "😡");
    Arbitrary<String> field = key.flatMap(k -> scalar.map(v -> "\"" + k + "\":" + v));
    return field.list().ofMaxSize(5).flatMap(fields -> Arbitraries.of("", " ", ",", "}", " x", "{}").map(tail -> "{" + String.join(",", fields) + "}" + tail));
  }
}
