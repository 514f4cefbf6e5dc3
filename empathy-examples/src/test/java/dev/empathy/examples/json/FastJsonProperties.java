package dev.empathy.examples.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.empathy.InvalidInputException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link FastJson} answers exactly as Jackson's streaming reader and generator do, or leaves the
 * line (or tree) to them: the same tree (node types included), the same raw id, the same text.
 */
class FastJsonProperties {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** What Jackson alone makes of a line: the tree, or the rejection's field and message. */
  private static Object jackson(String line) {
    try {
      return StrictJson.readWithJackson(line);
    } catch (InvalidInputException e) {
      return e.field() + ": " + e.getMessage();
    }
  }

  private static void readsAsJackson(String line) {
    ObjectNode fast = FastJson.readObject(line);
    Object slow = jackson(line);
    if (fast != null) {
      assertEquals(slow, fast, line);
      assertEquals(StrictJson.textWithJackson((JsonNode) slow).toString(), StrictJson.textWithJackson(fast).toString(), line);
    }
    assertEquals(slow instanceof ObjectNode o ? StrictJson.textWithJackson(o).toString() : slow,
        viaStrictJson(line), line);
    for (String field : List.of("id", "a", "b")) {
      String[] raw = FastJson.rawNumber(line, field);
      if (raw != null && slow instanceof ObjectNode) {
        assertEquals(StrictJson.rawNumberWithJackson(line, field), raw[0], line);
      }
    }
  }

  private static Object viaStrictJson(String line) {
    try {
      return StrictJson.write(StrictJson.readObject(line));
    } catch (InvalidInputException e) {
      return e.field() + ": " + e.getMessage();
    }
  }

  private static void writesAsJackson(JsonNode tree) {
    String slow = StrictJson.textWithJackson(tree).toString();
    StringBuilder fast = FastJson.write(tree, new StringBuilder());
    if (fast != null) {
      assertEquals(slow, fast.toString());
    }
    assertEquals(slow, StrictJson.write(tree));
    // The UTF-8 line: the same bytes as the text encoded (an unpaired surrogate becomes '?').
    byte[] expected = (slow + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] line = FastJson.writeLine(tree);
    if (line != null) {
      assertArrayEquals(expected, line, slow);
    } else {
      assertNull(fast, slow);
    }
    assertArrayEquals(expected, StrictJson.writeLine(tree), slow);
  }

  @Property(tries = 600)
  void jsonishLinesReadAsJacksonReadsThem(@ForAll("jsonish") String line) {
    readsAsJackson(line);
  }

  @Property(tries = 400)
  void anyTextReadsAsJacksonReadsIt(@ForAll String line) {
    readsAsJackson(line);
  }

  @Property(tries = 400)
  void treesWrittenByJacksonReadBackAsJacksonReadsThem(@ForAll("trees") ObjectNode tree, @ForAll("spaces") String space) {
    String text = StrictJson.textWithJackson(tree).toString();
    readsAsJackson(text);
    readsAsJackson(space + text.replace(",", "," + space).replace(":", space + ":" + space) + space);
  }

  @Property(tries = 600)
  void anyTreeIsWrittenAsJacksonWritesIt(@ForAll("trees") ObjectNode tree) {
    writesAsJackson(tree);
  }

  /**
   * Long strings the same thread writes again (the same instances, as a rule book's notes are)
   * are written from a cache: every writing gives the same bytes as the first, whatever the text
   * (surrogate pairs, unpaired halves, control characters, quotes) and whatever came between.
   */
  @Property(tries = 300)
  void longStringsWrittenAgainGiveTheSameBytes(
      @ForAll("longTexts") List<String> texts, @ForAll("trees") ObjectNode between) {
    ObjectNode tree = NODES.objectNode();
    ArrayNode list = tree.putArray("notes");
    texts.forEach(list::add);
    tree.put("note", texts.isEmpty() ? "" : texts.get(0));
    byte[] expected = (StrictJson.textWithJackson(tree) + "\n").getBytes(StandardCharsets.UTF_8);
    for (int round = 0; round < 3; round++) {
      assertArrayEquals(expected, FastJson.writeLine(tree), "round " + round);
      writesAsJackson(between);
    }
  }

  @Provide
  Arbitrary<List<String>> longTexts() {
    Arbitrary<String> text = Arbitraries.oneOf(
        Arbitraries.strings().ofMinLength(40).ofMaxLength(300),
        Arbitraries.strings().withChars("ab “”’\"\\\n\u0001\uD83D\uDE21\uD800\uDC00é").ofMinLength(38).ofMaxLength(120));
    return text.list().ofMaxSize(12);
  }

  @Example
  void theCommonLinesAreReadAndWrittenWithoutJackson() {
    String line = "{\"id\":-12,\"text\":\"I’m fed up 😡 \\\"again\\\"\\n\\u00e9\\/\",\"locale\":\"en-US\","
        + "\"actions\":[\"Refunded\",\"Called\"],\"timeline\":{\"within\":\"P3D\",\"businessDays\":true},\"x\":null}";
    ObjectNode fast = FastJson.readObject(line);
    assertNotNull(fast);
    assertEquals(StrictJson.readWithJackson(line), fast);
    assertEquals("-12", FastJson.rawNumber(line, "id")[0]);
    assertNotNull(FastJson.write(fast, new StringBuilder()));
    ObjectNode answer = NODES.objectNode();
    answer.set("id", new POJONode(new RawValue("1e400")));
    answer.put("score", 0.75).put("n", 3).put("big", 1L << 40).put("t", "a\u0001b\u001fc\"\\");
    answer.putArray("list").add(1.5f).add(new BigDecimal("1E+3")).add(new BigInteger("123456789012345678901234567890"));
    assertNotNull(FastJson.write(answer, new StringBuilder()));
    assertNotNull(FastJson.writeLine(answer));
    writesAsJackson(answer);
  }

  @Example
  void whatJacksonAloneReportsIsLeftToIt() {
    for (String line : List.of("{\"a\":1,\"a\":2}", "{\"a\":1.5}", "{\"a\":1e3}", "{\"a\":1234567890}", "{\"a\":01}",
        "{\"a\":\"\u0001\"}", "{\"a\":\"\\x\"}", "{\"a\":tru}", "{\"a\":1,}", "[1]", "{} {}", "", "{\"a\":\"\\u12G4\"}",
        "{\"a\":\"\\u０１２３\"}", "\uFEFF{}")) {
      assertNull(FastJson.readObject(line), line);
      readsAsJackson(line);
    }
    ObjectNode nan = NODES.objectNode().put("d", Double.NaN).put("f", Float.POSITIVE_INFINITY);
    assertNull(FastJson.write(nan, new StringBuilder()));
    assertNull(FastJson.writeLine(nan));
    writesAsJackson(nan);
  }

  @Provide
  Arbitrary<String> spaces() {
    return Arbitraries.strings().withChars(" \t\r\n").ofMaxLength(3);
  }

  @Provide
  Arbitrary<ObjectNode> trees() {
    return object(3);
  }

  private Arbitrary<ObjectNode> object(int depth) {
    Arbitrary<String> key = Arbitraries.oneOf(Arbitraries.of("id", "a", "b", "text", "é", "😡", ""), Arbitraries.strings().ofMaxLength(6));
    Arbitrary<JsonNode> value = depth == 0 ? scalar() : Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, scalar()), net.jqwik.api.Tuple.of(1, object(depth - 1).map(o -> (JsonNode) o)),
        net.jqwik.api.Tuple.of(1, array(depth - 1)));
    return net.jqwik.api.Combinators.combine(key, value).as((k, v) -> new Object[] {k, v}).list().ofMaxSize(6).map(fields -> {
      ObjectNode o = NODES.objectNode();
      for (Object[] f : fields) {
        o.set((String) f[0], (JsonNode) f[1]);
      }
      return o;
    });
  }

  private Arbitrary<JsonNode> array(int depth) {
    Arbitrary<JsonNode> value = depth == 0 ? scalar() : Arbitraries.oneOf(scalar(), object(depth - 1).map(o -> (JsonNode) o));
    return value.list().ofMaxSize(4).map(items -> {
      ArrayNode a = NODES.arrayNode();
      items.forEach(a::add);
      return a;
    });
  }

  private Arbitrary<JsonNode> scalar() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(12).map(NODES::textNode),
        Arbitraries.strings().withCharRange('\u0000', '\u007f').ofMaxLength(8).map(NODES::textNode),
        Arbitraries.integers().map(i -> NODES.numberNode(i)),
        Arbitraries.integers().between(-1000, 1000).map(i -> NODES.numberNode(i)),
        Arbitraries.longs().map(l -> NODES.numberNode(l)),
        Arbitraries.doubles().map(d -> NODES.numberNode(d)),
        Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, -0.0, 1e300, 4.9e-324).map(d -> NODES.numberNode(d)),
        Arbitraries.floats().map(f -> NODES.numberNode(f)),
        Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30)).map(NODES::numberNode),
        Arbitraries.bigDecimals().ofScale(3).map(NODES::numberNode),
        Arbitraries.of("1e400", "0.10", "-0", "7").map(raw -> (JsonNode) new POJONode(new RawValue(raw))),
        Arbitraries.of(NODES.booleanNode(true), NODES.booleanNode(false), NODES.nullNode(), NODES.missingNode()));
  }

  @Provide
  Arbitrary<String> jsonish() {
    Arbitrary<String> scalar =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(12).map(s -> "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\""),
            Arbitraries.strings().withChars("\"\\/bfnrtu0123456789abcdefABCDEF{}").ofMaxLength(8).map(s -> "\"" + s + "\""),
            Arbitraries.strings().withChars("\"\\{}[],:0123456789.eE+-tnul \t\r\n").ofMaxLength(6),
            Arbitraries.integers().map(String::valueOf),
            Arbitraries.integers().between(-2000, 2000).map(i -> (i % 3 == 0 ? "0" : "") + i),
            Arbitraries.longs().map(String::valueOf),
            Arbitraries.doubles().map(String::valueOf),
            Arbitraries.of("true", "false", "null", "[]", "{}", "[1,2]", "{\"k\":[{}]}", "-0", "-", "truex", "nul", "[1,]", "\"\\u00e9\""));
    Arbitrary<String> key = Arbitraries.of("a", "b", "id", "text", "é", "😡", "a\\u0062", "");
    Arbitrary<String> field = key.flatMap(k -> scalar.map(v -> "\"" + k + "\":" + v));
    return field.list().ofMaxSize(5).flatMap(fields -> Arbitraries.of("", " ", ",", "}", " x", "{}", "\n", "\u0000")
        .map(tail -> "{" + String.join(",", fields) + "}" + tail));
  }
}
