package dev.empathy.examples.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.empathy.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one JSON configuration of the CLI: strict RFC 8259 input (no comments, single quotes,
 * trailing commas, NaN, trailing garbage or duplicate keys) and compact UTF-8 output in which
 * emoji and every other non-ASCII character are written as themselves, never as escapes.
 *
 * <pre>{@code
 * ObjectNode line = StrictJson.readObject("{\"emotion\":\"angry\"}");
 * String out = StrictJson.write(line); // {"emotion":"angry"}
 * }</pre>
 *
 * <p>Syntax errors become {@link InvalidInputException}s naming {@code "$"} (the whole line, as in
 * JSONPath), except a duplicate key, which names the duplicated field ({@code "timeline.owner"}).
 */
public final class StrictJson {
  /** Field name for problems with the line as a whole: broken JSON, or not an object. */
  public static final String WHOLE_LINE = "$";

  /**
   * The streaming parser and generator only. Jackson's {@code ObjectMapper} costs a few hundred
   * milliseconds of class loading on a cold start, most of one-line commands' time; the tree
   * model is all the CLI needs, so lines are parsed and written with {@code jackson-core} alone
   * (the mapper is still there, built on first use, for callers that want one).
   */
  private static final class Factory {
    // Built on first use: FastJson reads and writes the common lines without it (start-up).
    static final JsonFactory FACTORY =
        JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
  }

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Jackson appends "at [Source: …]" locations to some messages; we report the column instead. */
  private static final class SourceNote {
    static final Pattern PATTERN = Pattern.compile("\\s*\\(?\\s*(?:start marker )?at \\[Source:.*$", Pattern.DOTALL);
  }

  private StrictJson() {}

  private static final class Mapper {
    static final ObjectMapper MAPPER =
        JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();
  }

  /** A mapper with the same strict configuration, built on first use. */
  public static ObjectMapper mapper() {
    return Mapper.MAPPER;
  }

  /** A new, empty object node for an output line. */
  public static ObjectNode object() {
    return NODES.objectNode();
  }

  /**
   * Parses one line that must hold exactly one JSON object.
   *
   * @throws InvalidInputException naming {@code "$"} for broken JSON or a value that is not an
   *     object, or the duplicated field's path for a duplicate key
   */
  public static ObjectNode readObject(String line) {
    ObjectNode simple = FastJson.readObject(line);
    return simple != null ? simple : readWithJackson(line);
  }

  /** {@link #readObject} by Jackson's streaming parser alone (every line FastJson leaves). */
  static ObjectNode readWithJackson(String line) {
    JsonNode node;
    try (JsonParser p = Factory.FACTORY.createParser(line)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new InvalidInputException(WHOLE_LINE, "line holds no JSON value");
      }
      node = value(p, first);
      if (p.nextToken() != null) {
        JsonLocation where = p.currentTokenLocation();
        String column = where == null || where.getColumnNr() < 1 ? "" : " (column " + where.getColumnNr() + ")";
        throw new InvalidInputException(
            WHOLE_LINE, "line has more after the JSON object" + column + "; write one object per line");
      }
    } catch (JsonProcessingException e) {
      throw syntaxError(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a String source cannot fail to read
    }
    if (!node.isObject()) {
      throw new InvalidInputException(
          WHOLE_LINE, "each line must be a JSON object ({…}) but this one is " + describe(node));
    }
    return (ObjectNode) node;
  }

  /** The value starting at {@code token}, read as databind's tree reader reads it. */
  private static JsonNode value(JsonParser p, JsonToken token) throws IOException {
    switch (token) {
      case START_OBJECT: {
        ObjectNode o = NODES.objectNode();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
          String name = p.currentName();
          o.set(name, value(p, p.nextToken()));
        }
        return o;
      }
      case START_ARRAY: {
        ArrayNode a = NODES.arrayNode();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
          a.add(value(p, t));
        }
        return a;
      }
      case VALUE_STRING:
        return NODES.textNode(p.getText());
      case VALUE_NUMBER_INT:
        return switch (p.getNumberType()) {
          case INT -> NODES.numberNode(p.getIntValue());
          case LONG -> NODES.numberNode(p.getLongValue());
          default -> NODES.numberNode(p.getBigIntegerValue());
        };
      case VALUE_NUMBER_FLOAT: {
        // 1e400 overflows a double; kept as a decimal it is written back as a number, never as
        // the string "Infinity".
        double d = p.getDoubleValue();
        return Double.isFinite(d) ? NODES.numberNode(d) : NODES.numberNode(p.getDecimalValue());
      }
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new IllegalStateException("unexpected JSON token " + token);
    }
  }

  /**
   * The text of a top-level number field exactly as the line spells it ({@code 1e400}, {@code
   * 0.10}), or null when the field is absent or not a number; echoing it keeps an id as given.
   */
  public static String rawNumber(String line, String field) {
    String[] simple = FastJson.rawNumber(line, field);
    return simple != null ? simple[0] : rawNumberWithJackson(line, field);
  }

  /** {@link #rawNumber} by Jackson's streaming parser alone. */
  static String rawNumberWithJackson(String line, String field) {
    try (JsonParser p = Factory.FACTORY.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      for (var t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String name = p.currentName();
        var value = p.nextToken();
        if (name.equals(field)) {
          return value.isNumeric() ? p.getText() : null;
        }
        p.skipChildren();
      }
    } catch (IOException e) {
      return null;
    }
    return null;
  }

  /** Compact JSON for one output line (no line break); non-ASCII text is written as itself. */
  public static String write(JsonNode node) {
    return text(node).toString();
  }

  /** The compact JSON of {@code node}, in a builder the caller may append to. */
  private static StringBuilder text(JsonNode node) {
    StringBuilder simple = FastJson.write(node, new StringBuilder(256));
    return simple != null ? simple : textWithJackson(node);
  }

  /** {@link #text} by Jackson's generator alone (trees FastJson leaves). */
  static StringBuilder textWithJackson(JsonNode node) {
    TextWriter out = new TextWriter();
    try (JsonGenerator g = Factory.FACTORY.createGenerator(out)) {
      write(g, node);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
    return out.text;
  }

  /** A {@link java.io.StringWriter} without its lock (it appends to a StringBuffer). */
  private static final class TextWriter extends java.io.Writer {
    final StringBuilder text = new StringBuilder(256);

    @Override
    public void write(char[] cbuf, int off, int len) {
      text.append(cbuf, off, len);
    }

    @Override
    public void write(String str, int off, int len) {
      text.append(str, off, off + len);
    }

    @Override
    public void write(int c) {
      text.append((char) c);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  /**
   * The same compact JSON as {@link #write(JsonNode)}, encoded as UTF-8 and followed by a line
   * feed: what a JSON Lines command writes, made on the worker thread that answered the line.
   */
  public static byte[] writeLine(JsonNode node) {
    // Encoded as from the text, like the OutputStreamWriter it replaces: an unpaired surrogate in a
    // caller's text becomes '?' exactly as before. FastJson writes the UTF-8 bytes directly (no
    // UTF-16 text, no second copy); the trees it leaves are written as text and encoded.
    byte[] simple = FastJson.writeLine(node);
    return simple != null ? simple : text(node).append('\n').toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void write(JsonGenerator g, JsonNode node) throws IOException {
    switch (node.getNodeType()) {
      case OBJECT -> {
        g.writeStartObject();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          g.writeFieldName(e.getKey());
          write(g, e.getValue());
        }
        g.writeEndObject();
      }
      case ARRAY -> {
        g.writeStartArray();
        for (JsonNode v : node) {
          write(g, v);
        }
        g.writeEndArray();
      }
      case STRING -> g.writeString(node.textValue());
      case BOOLEAN -> g.writeBoolean(node.booleanValue());
      case NULL, MISSING -> g.writeNull();
      case NUMBER -> {
        switch (node.numberType()) {
          case INT -> g.writeNumber(node.intValue());
          case LONG -> g.writeNumber(node.longValue());
          case BIG_INTEGER -> g.writeNumber(node.bigIntegerValue());
          case FLOAT -> g.writeNumber(node.floatValue());
          case BIG_DECIMAL -> g.writeNumber(node.decimalValue());
          default -> g.writeNumber(node.doubleValue());
        }
      }
      case POJO -> {
        // A numeric id echoed as the line spelled it (1e400, 0.10): written raw, never as a string.
        Object pojo = ((POJONode) node).getPojo();
        if (pojo instanceof RawValue raw) {
          g.writeRawValue(raw.rawValue().toString());
        } else {
          throw new IllegalStateException("cannot write a " + (pojo == null ? "null" : pojo.getClass().getName()) + " as JSON");
        }
      }
      default -> g.writeString(node.asText()); // binary nodes are never built here
    }
  }

  /** "a string", "a number", "an array", … for error messages. */
  public static String describe(JsonNode node) {
    return switch (node.getNodeType()) {
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case NULL -> "null";
      default -> "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static InvalidInputException syntaxError(JsonProcessingException e) {
    String detail = SourceNote.PATTERN.matcher(e.getOriginalMessage()).replaceFirst("").strip();
    JsonLocation where = e.getLocation();
    String column = where == null || where.getColumnNr() < 1 ? "" : " (column " + where.getColumnNr() + ")";
    if (detail.startsWith("Duplicate") && e.getProcessor() instanceof JsonParser parser) {
      String path = path(parser.getParsingContext());
      if (!path.isEmpty()) {
        return new InvalidInputException(path, path + " appears more than once in the object" + column);
      }
    }
    if (detail.startsWith("Trailing token")) {
      return new InvalidInputException(
          WHOLE_LINE, "line has more after the JSON object" + column + "; write one object per line");
    }
    return new InvalidInputException(WHOLE_LINE, "line is not valid JSON: " + detail + column);
  }

  /** The dotted path of the parser's current position, e.g. {@code timeline.owner} or {@code actions[2]}. */
  private static String path(JsonStreamContext context) {
    Deque<String> steps = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        steps.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.getCurrentName() != null) {
        steps.push("." + c.getCurrentName());
      }
    }
    String joined = String.join("", steps);
    return joined.startsWith(".") ? joined.substring(1) : joined;
  }
}
