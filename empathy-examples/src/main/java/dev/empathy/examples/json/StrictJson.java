package dev.empathy.examples.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.empathy.InvalidInputException;
import java.util.ArrayDeque;
import java.util.Deque;
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

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .build();

  /** Jackson appends "at [Source: …]" locations to some messages; we report the column instead. */
  private static final Pattern SOURCE_NOTE = Pattern.compile("\\s*\\(?\\s*(?:start marker )?at \\[Source:.*$", Pattern.DOTALL);

  private StrictJson() {}

  /** The shared, thread-safe mapper (for building output nodes). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * Parses one line that must hold exactly one JSON object.
   *
   * @throws InvalidInputException naming {@code "$"} for broken JSON or a value that is not an
   *     object, or the duplicated field's path for a duplicate key
   */
  public static ObjectNode readObject(String line) {
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw syntaxError(e);
    }
    if (node == null || node.isMissingNode()) {
      throw new InvalidInputException(WHOLE_LINE, "line holds no JSON value");
    }
    if (!node.isObject()) {
      throw new InvalidInputException(
          WHOLE_LINE, "each line must be a JSON object ({…}) but this one is " + describe(node));
    }
    return (ObjectNode) node;
  }

  /** Compact JSON for one output line (no line break). */
  public static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
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
    String detail = SOURCE_NOTE.matcher(e.getOriginalMessage()).replaceFirst("").strip();
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
