package dev.empathy.examples.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.util.Iterator;
import java.util.Map;

/**
 * A reader and a writer for the common case of {@link StrictJson}'s lines, without Jackson's
 * streaming parser and generator: loading those is a visible share of a one-line command's start
 * (about seventy classes). Each answers exactly as Jackson does or not at all:
 *
 * <ul>
 *   <li>{@link #readObject} reads a line that is one well-formed object of strings, small integers
 *       (at most nine digits), booleans, nulls, arrays and objects, with no duplicate key, into the
 *       tree {@code StrictJson}'s Jackson reader builds; for anything else (a syntax error, a
 *       duplicate, a fraction or a long number, a very long string or name, deep nesting) it
 *       returns null and the caller asks Jackson, whose messages the CLI reports.
 *   <li>{@link #write} writes a tree as Jackson's compact generator does; null for a node it does
 *       not handle (binary, a POJO other than a raw value, very deep trees).
 * </ul>
 *
 * <p>{@code FastJsonProperties} compares both with Jackson on arbitrary text and trees.
 */
final class FastJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Deeper lines and trees go to Jackson (its limits are far above; this only bounds recursion). */
  private static final int MAX_DEPTH = 200;
  /** Longer strings and names go to Jackson, which enforces its own length limits. */
  private static final int MAX_STRING = 1 << 20;
  private static final int MAX_NAME = 1000;
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private FastJson() {}

  /** Thrown inside the reader to give the line to Jackson; never escapes this class. */
  private static final class NotFast extends Exception {
    static final NotFast INSTANCE = new NotFast();

    private NotFast() {
      super(null, null, false, false);
    }
  }

  /**
   * The object on {@code line}, as Jackson reads it; null when the line is not of the simple kind
   * this reader takes (or not valid), to be read by Jackson.
   */
  static ObjectNode readObject(String line) {
    Reader r = new Reader(line);
    try {
      r.skipSpace();
      if (r.at >= r.n || r.s.charAt(r.at) != '{') {
        return null;
      }
      ObjectNode o = r.object(0, null);
      r.skipSpace();
      return r.at == r.n ? o : null;
    } catch (NotFast e) {
      return null;
    }
  }

  /**
   * The text of the top-level number field {@code field} as the line spells it, for a line {@link
   * #readObject} reads; null when the field is absent or not a number. The second value says
   * whether this reader could answer at all.
   */
  static String[] rawNumber(String line, String field) {
    Reader r = new Reader(line);
    String[] found = new String[1];
    try {
      r.skipSpace();
      if (r.at >= r.n || r.s.charAt(r.at) != '{') {
        return null;
      }
      r.object(0, new Object[] {field, found});
      return found;
    } catch (NotFast e) {
      return null;
    }
  }

  private static final class Reader {
    final String s;
    final int n;
    int at;
    private StringBuilder sb;

    Reader(String s) {
      this.s = s;
      this.n = s.length();
    }

    void skipSpace() {
      while (at < n) {
        char c = s.charAt(at);
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
          at++;
        } else {
          return;
        }
      }
    }

    /**
     * The object starting at {@code at} (a '{'). With {@code find} ({field, String[1]}) at the top
     * level: stops at that field, putting its number's text (or null) in the array.
     */
    ObjectNode object(int depth, Object[] find) throws NotFast {
      if (depth >= MAX_DEPTH) {
        throw NotFast.INSTANCE;
      }
      at++; // '{'
      ObjectNode o = NODES.objectNode();
      skipSpace();
      if (at < n && s.charAt(at) == '}') {
        at++;
        return o;
      }
      while (true) {
        if (at >= n || s.charAt(at) != '"') {
          throw NotFast.INSTANCE;
        }
        String name = string(MAX_NAME);
        skipSpace();
        if (at >= n || s.charAt(at) != ':') {
          throw NotFast.INSTANCE;
        }
        at++;
        skipSpace();
        int valueStart = at;
        JsonNode v = value(depth + 1);
        if (find != null && name.equals(find[0])) {
          ((String[]) find[1])[0] = v.isNumber() ? s.substring(valueStart, at) : null;
          return o;
        }
        if (o.has(name)) {
          throw NotFast.INSTANCE; // a duplicate: Jackson names it
        }
        o.set(name, v);
        skipSpace();
        if (at >= n) {
          throw NotFast.INSTANCE;
        }
        char c = s.charAt(at++);
        if (c == '}') {
          return o;
        }
        if (c != ',') {
          throw NotFast.INSTANCE;
        }
        skipSpace();
      }
    }

    private ArrayNode array(int depth) throws NotFast {
      if (depth >= MAX_DEPTH) {
        throw NotFast.INSTANCE;
      }
      at++; // '['
      ArrayNode a = NODES.arrayNode();
      skipSpace();
      if (at < n && s.charAt(at) == ']') {
        at++;
        return a;
      }
      while (true) {
        a.add(value(depth + 1));
        skipSpace();
        if (at >= n) {
          throw NotFast.INSTANCE;
        }
        char c = s.charAt(at++);
        if (c == ']') {
          return a;
        }
        if (c != ',') {
          throw NotFast.INSTANCE;
        }
        skipSpace();
      }
    }

    private JsonNode value(int depth) throws NotFast {
      if (at >= n) {
        throw NotFast.INSTANCE;
      }
      char c = s.charAt(at);
      switch (c) {
        case '"':
          return NODES.textNode(string(MAX_STRING));
        case '{':
          return object(depth, null);
        case '[':
          return array(depth);
        case 't':
          literal("true");
          return NODES.booleanNode(true);
        case 'f':
          literal("false");
          return NODES.booleanNode(false);
        case 'n':
          literal("null");
          return NODES.nullNode();
        default:
          return number();
      }
    }

    private void literal(String word) throws NotFast {
      if (!s.startsWith(word, at)) {
        throw NotFast.INSTANCE;
      }
      at += word.length();
      endOfToken();
    }

    /** After a literal or a number: a structural character, a space or the end, as Jackson requires. */
    private void endOfToken() throws NotFast {
      if (at < n) {
        char c = s.charAt(at);
        if (!(c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t')) {
          throw NotFast.INSTANCE;
        }
      }
    }

    /** An integer of at most nine digits, optionally negative, without leading zeros: an int node. */
    private JsonNode number() throws NotFast {
      int start = at;
      boolean negative = false;
      if (s.charAt(at) == '-') {
        negative = true;
        at++;
      }
      int digitsStart = at;
      int value = 0;
      while (at < n) {
        char c = s.charAt(at);
        if (c < '0' || c > '9') {
          break;
        }
        value = value * 10 + (c - '0');
        at++;
      }
      int digits = at - digitsStart;
      if (digits == 0 || digits > 9 || (digits > 1 && s.charAt(digitsStart) == '0')) {
        throw NotFast.INSTANCE;
      }
      if (at < n) {
        char c = s.charAt(at);
        if (c == '.' || c == 'e' || c == 'E') {
          throw NotFast.INSTANCE; // a fraction or an exponent: Jackson's double or decimal
        }
      }
      endOfToken();
      if (at - start > 10) {
        throw NotFast.INSTANCE;
      }
      return NODES.numberNode(negative ? -value : value);
    }

    /** The string starting at {@code at} (a '"'), escapes decoded. */
    private String string(int max) throws NotFast {
      int start = ++at;
      while (at < n) {
        char c = s.charAt(at);
        if (c == '"') {
          if (at - start > max) {
            throw NotFast.INSTANCE;
          }
          return s.substring(start, at++);
        }
        if (c == '\\') {
          return escapedString(start, max);
        }
        if (c < 0x20) {
          throw NotFast.INSTANCE; // an unescaped control character: Jackson's error
        }
        at++;
      }
      throw NotFast.INSTANCE;
    }

    private String escapedString(int start, int max) throws NotFast {
      StringBuilder b = sb == null ? (sb = new StringBuilder()) : sb;
      b.setLength(0);
      b.append(s, start, at);
      while (at < n) {
        char c = s.charAt(at++);
        if (c == '"') {
          if (b.length() > max) {
            throw NotFast.INSTANCE;
          }
          return b.toString();
        }
        if (c < 0x20) {
          throw NotFast.INSTANCE;
        }
        if (c != '\\') {
          b.append(c);
          continue;
        }
        if (at >= n) {
          throw NotFast.INSTANCE;
        }
        char e = s.charAt(at++);
        switch (e) {
          case '"', '\\', '/' -> b.append(e);
          case 'b' -> b.append('\b');
          case 'f' -> b.append('\f');
          case 'n' -> b.append('\n');
          case 'r' -> b.append('\r');
          case 't' -> b.append('\t');
          case 'u' -> {
            if (at + 4 > n) {
              throw NotFast.INSTANCE;
            }
            int v = 0;
            for (int k = 0; k < 4; k++) {
              int d = Character.digit(s.charAt(at++), 16);
              if (d < 0 || s.charAt(at - 1) > 'f') {
                throw NotFast.INSTANCE;
              }
              v = v << 4 | d;
            }
            b.append((char) v);
          }
          default -> throw NotFast.INSTANCE;
        }
      }
      throw NotFast.INSTANCE;
    }
  }

  /** Compact JSON of {@code node} as Jackson's generator writes it, or null when not handled here. */
  static StringBuilder write(JsonNode node, StringBuilder out) {
    return write(node, out, 0) ? out : null;
  }

  private static boolean write(JsonNode node, StringBuilder out, int depth) {
    if (depth >= MAX_DEPTH) {
      return false;
    }
    switch (node.getNodeType()) {
      case OBJECT -> {
        out.append('{');
        boolean first = true;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          if (!first) {
            out.append(',');
          }
          first = false;
          string(e.getKey(), out);
          out.append(':');
          if (!write(e.getValue(), out, depth + 1)) {
            return false;
          }
        }
        out.append('}');
        return true;
      }
      case ARRAY -> {
        out.append('[');
        boolean first = true;
        for (JsonNode v : node) {
          if (!first) {
            out.append(',');
          }
          first = false;
          if (!write(v, out, depth + 1)) {
            return false;
          }
        }
        out.append(']');
        return true;
      }
      case STRING -> {
        string(node.textValue(), out);
        return true;
      }
      case BOOLEAN -> {
        out.append(node.booleanValue() ? "true" : "false");
        return true;
      }
      case NULL, MISSING -> {
        out.append("null");
        return true;
      }
      case NUMBER -> {
        switch (node.numberType()) {
          case INT -> out.append(node.intValue());
          case LONG -> out.append(node.longValue());
          case BIG_INTEGER -> out.append(node.bigIntegerValue().toString());
          case FLOAT -> {
            float f = node.floatValue();
            if (!Float.isFinite(f)) {
              return false;
            }
            out.append(Float.toString(f));
          }
          case BIG_DECIMAL -> out.append(node.decimalValue().toString());
          default -> {
            double d = node.doubleValue();
            if (!Double.isFinite(d)) {
              return false;
            }
            out.append(Double.toString(d));
          }
        }
        return true;
      }
      case POJO -> {
        if (((POJONode) node).getPojo() instanceof RawValue raw && raw.rawValue() instanceof String text) {
          out.append(text);
          return true;
        }
        return false;
      }
      default -> {
        return false;
      }
    }
  }

  /** A quoted string: '"' and '\' escaped, control characters as \b \t \n \f \r or a \\u escape (00XX, upper-case hex). */
  private static void string(String text, StringBuilder out) {
    out.append('"');
    int n = text.length();
    int from = 0;
    for (int i = toEscape(text, 0); i < n; i = toEscape(text, i + 1)) {
      char c = text.charAt(i);
      appendRange(out, text, from, i);
      from = i + 1;
      out.append('\\');
      switch (c) {
        case '"', '\\' -> out.append(c);
        case '\b' -> out.append('b');
        case '\t' -> out.append('t');
        case '\f' -> out.append('f');
        case '\n' -> out.append('n');
        case '\r' -> out.append('r');
        default -> out.append("u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    appendRange(out, text, from, n);
    out.append('"');
  }

  /**
   * {@code out.append(text, from, to)}, as whole strings: the builder appends a range of a
   * {@link CharSequence} one {@code charAt} at a time (most of the JSON writer's time once an answer
   * holds a curly quote), a whole string as one copy.
   */
  private static void appendRange(StringBuilder out, String text, int from, int to) {
    if (to > from) {
      out.append(from == 0 && to == text.length() ? text : text.substring(from, to));
    }
  }

  /**
   * The first index at or after {@code from} of a character to escape, or the length. The scan of
   * every character is a method of its own: compiled again when the first non-Latin-1 string
   * comes by, it is small, where {@link #string} inlines the builder's appends.
   */
  private static int toEscape(String text, int from) {
    int n = text.length();
    for (int i = from; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\') {
        return i;
      }
    }
    return n;
  }
}
