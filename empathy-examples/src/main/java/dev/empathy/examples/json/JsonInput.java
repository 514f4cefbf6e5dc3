package dev.empathy.examples.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.empathy.InvalidInputException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Typed, strict reads from one JSON input object. Every failure is an {@link
 * InvalidInputException} naming the field by its path in the input ({@code turn}, {@code
 * actions[1]}, {@code timeline.within}), with the rule and what was found instead.
 *
 * <pre>{@code
 * JsonInput in = JsonInput.of(StrictJson.readObject(line));
 * String summary = in.optionalText("summary");    // null when absent or null
 * Integer turn = in.optionalInt("turn");          // "turn must be an integer …" for "3" or 1.5
 * JsonInput timeline = in.optionalObject("timeline");
 * }</pre>
 *
 * <p>A JSON {@code null} counts as absent. Types are never coerced: {@code "3"} is not an integer
 * and {@code "true"} is not a boolean.
 */
public final class JsonInput {
  private static final LevenshteinDistance NEAR = new LevenshteinDistance(2);

  private final ObjectNode node;
  private final String prefix;

  private JsonInput(ObjectNode node, String prefix) {
    this.node = node;
    this.prefix = prefix;
  }

  public static JsonInput of(ObjectNode node) {
    return new JsonInput(node, "");
  }

  /** The underlying object. */
  public ObjectNode node() {
    return node;
  }

  /** The field's path as reported in errors, e.g. {@code timeline.owner}. */
  public String path(String name) {
    return prefix + name;
  }

  /** True when the field is present and not {@code null}. */
  public boolean has(String name) {
    JsonNode v = node.get(name);
    return v != null && !v.isNull();
  }

  /** The string value, or {@code null} when absent. */
  public String optionalText(String name) {
    JsonNode v = value(name);
    if (v == null) {
      return null;
    }
    if (!v.isTextual()) {
      throw wrongType(name, "a string", v);
    }
    return v.textValue();
  }

  /**
   * The string value.
   *
   * @throws InvalidInputException "{@code <name> is required}" when absent
   */
  public String text(String name, String hint) {
    String s = optionalText(name);
    if (s == null) {
      throw new InvalidInputException(path(name), path(name) + " is required" + hint);
    }
    return s;
  }

  /** The array of strings, or {@code null} when absent. Elements are named {@code name[i]}. */
  public List<String> optionalTextList(String name) {
    JsonNode v = value(name);
    if (v == null) {
      return null;
    }
    if (!v.isArray()) {
      throw wrongType(name, "an array of strings", v);
    }
    List<String> out = new ArrayList<>(v.size());
    for (int i = 0; i < v.size(); i++) {
      JsonNode item = v.get(i);
      if (!item.isTextual()) {
        String at = path(name) + "[" + i + "]";
        throw new InvalidInputException(
            at, at + " must be a string but was " + StrictJson.describe(item));
      }
      out.add(item.textValue());
    }
    return out;
  }

  /** The integer value (no fraction, within {@code int}), or {@code null} when absent. */
  public Integer optionalInt(String name) {
    JsonNode v = value(name);
    if (v == null) {
      return null;
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      String found = v.isNumber() ? v.asText() : StrictJson.describe(v);
      throw new InvalidInputException(
          path(name), path(name) + " must be an integer (a whole number, no quotes) but was " + found);
    }
    return v.intValue();
  }

  /** The boolean value, or {@code null} when absent. */
  public Boolean optionalBoolean(String name) {
    JsonNode v = value(name);
    if (v == null) {
      return null;
    }
    if (!v.isBoolean()) {
      throw wrongType(name, "true or false", v);
    }
    return v.booleanValue();
  }

  /** The nested object, read with paths prefixed {@code name.}; {@code null} when absent. */
  public JsonInput optionalObject(String name, String example) {
    JsonNode v = value(name);
    if (v == null) {
      return null;
    }
    if (!v.isObject()) {
      throw new InvalidInputException(
          path(name),
          path(name) + " must be an object such as " + example + " but was " + StrictJson.describe(v));
    }
    return new JsonInput((ObjectNode) v, path(name) + ".");
  }

  /**
   * Warnings for fields that are not in {@code known} but look like a misspelling of one ({@code
   * "sumary"}, {@code "Summary"}). Other unknown fields are ignored without a word, so inputs may
   * carry extra data (ids, ticket metadata) and newer fields stay compatible with older readers.
   */
  public List<String> misspelledFields(Set<String> known) {
    List<String> warnings = new ArrayList<>(0);
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (known.contains(name)) {
        continue;
      }
      String lower = name.toLowerCase(Locale.ROOT);
      for (String k : known) {
        int distance = NEAR.apply(lower, k.toLowerCase(Locale.ROOT));
        if (distance >= 0 && distance <= Math.min(2, k.length() / 3)) {
          warnings.add(
              "field \"" + path(name) + "\" is not part of the input and was ignored; did you mean \""
                  + path(k) + "\"?");
          break;
        }
      }
    }
    return warnings;
  }

  private JsonNode value(String name) {
    JsonNode v = node.get(name);
    return v == null || v.isNull() ? null : v;
  }

  private InvalidInputException wrongType(String name, String expected, JsonNode found) {
    return new InvalidInputException(
        path(name), path(name) + " must be " + expected + " but was " + StrictJson.describe(found));
  }
}
