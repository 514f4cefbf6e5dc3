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

  /**
   * The same JSON as {@link #write(JsonNode, StringBuilder)} plus a line feed, encoded as UTF-8
   * exactly as {@code String.getBytes(UTF_8)} encodes that text (an unpaired surrogate becomes
   * '?'), or null when {@link #write(JsonNode, StringBuilder)} would not handle the tree. Written
   * straight into the calling thread's byte buffer: no UTF-16 text of the answer, no growing
   * builder, and the long strings a thread writes again and again (a rule book's notes) are
   * encoded once.
   */
  static byte[] writeLine(JsonNode node) {
    Utf8 out = Utf8.LOCAL.get();
    out.n = 0;
    try {
      if (!out.write(node, 0)) {
        return null;
      }
      out.ensure(1);
      out.b[out.n++] = '\n';
      return java.util.Arrays.copyOf(out.b, out.n);
    } finally {
      out.release();
    }
  }

  /**
   * A thread's UTF-8 output buffer and its cache of encoded long strings; also a writer for
   * answers written without a tree ({@link ContractJson#reviewLine}): {@link #open}, the
   * structure by {@link #ascii(char)} and the values by {@link #name}, {@link #string}, {@link
   * #integer}, {@link #decimal} and {@link #node}, then {@link #line}.
   */
  static final class Utf8 {
    static final ThreadLocal<Utf8> LOCAL = ThreadLocal.withInitial(Utf8::new);
    /** A buffer that grew past this for one long answer is not kept for the next. */
    private static final int KEEP = 1 << 20;
    /** Strings at least this long are worth a look in the cache. */
    private static final int CACHED_LENGTH = 40;
    private static final int SLOTS = 256;

    byte[] b = new byte[8192];
    int n;
    private char[] chars = new char[256];
    /**
     * Direct-mapped by identity: a string seen once is remembered ({@code bytes} null), a string
     * seen twice (the same instance) keeps its quoted, escaped UTF-8 form.
     */
    private final String[] keys = new String[SLOTS];
    private final byte[][] bytes = new byte[SLOTS][];

    /** The calling thread's writer, emptied. */
    static Utf8 open() {
      Utf8 out = LOCAL.get();
      out.n = 0;
      return out;
    }

    /** The line written since {@link #open}, with its line feed, as a new array. */
    byte[] line() {
      try {
        ensure(1);
        b[n++] = '\n';
        return java.util.Arrays.copyOf(b, n);
      } finally {
        release();
      }
    }

    /** One ASCII character of structure: '{', ',', ':'... */
    void ascii(char c) {
      ensure(1);
      b[n++] = (byte) c;
    }

    /** {@code "name":}. */
    void name(String name) {
      string(name);
      ascii(':');
    }

    /** A string value, or {@code null} for null (as a tree's null node is written). */
    void stringOrNull(String text) {
      if (text == null) {
        ascii("null");
      } else {
        string(text);
      }
    }

    void integer(int v) {
      digits(v);
    }

    /** A double as the tree writes it; false (nothing written) when it is not finite. */
    boolean decimal(double d) {
      if (!Double.isFinite(d)) {
        return false;
      }
      ascii(Double.toString(d));
      return true;
    }

    /** Any node, as {@link #writeLine} writes it; false when it cannot. */
    boolean node(JsonNode node) {
      return write(node, 0);
    }

    void ensure(int more) {
      if (b.length - n < more) {
        long wanted = Math.max((long) b.length * 2, (long) n + more);
        if (wanted > Integer.MAX_VALUE - 16) {
          throw new OutOfMemoryError("JSON answer too large");
        }
        b = java.util.Arrays.copyOf(b, (int) wanted);
      }
    }

    void release() {
      if (b.length > KEEP) {
        b = new byte[8192];
      }
      if (chars.length > KEEP) {
        chars = new char[256];
      }
    }

    private void ascii(String text) {
      int len = text.length();
      ensure(len);
      for (int i = 0; i < len; i++) {
        b[n++] = (byte) text.charAt(i);
      }
    }

    private void digits(int v) {
      if (v >= 0 && v < 10) {
        ensure(1);
        b[n++] = (byte) ('0' + v);
      } else {
        ascii(Integer.toString(v));
      }
    }

    boolean write(JsonNode node, int depth) {
      if (depth >= MAX_DEPTH) {
        return false;
      }
      switch (node.getNodeType()) {
        case OBJECT -> {
          ensure(1);
          b[n++] = '{';
          boolean first = true;
          for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!first) {
              ensure(1);
              b[n++] = ',';
            }
            first = false;
            string(e.getKey());
            ensure(1);
            b[n++] = ':';
            if (!write(e.getValue(), depth + 1)) {
              return false;
            }
          }
          ensure(1);
          b[n++] = '}';
          return true;
        }
        case ARRAY -> {
          ensure(1);
          b[n++] = '[';
          boolean first = true;
          for (JsonNode v : node) {
            if (!first) {
              ensure(1);
              b[n++] = ',';
            }
            first = false;
            if (!write(v, depth + 1)) {
              return false;
            }
          }
          ensure(1);
          b[n++] = ']';
          return true;
        }
        case STRING -> {
          string(node.textValue());
          return true;
        }
        case BOOLEAN -> {
          ascii(node.booleanValue() ? "true" : "false");
          return true;
        }
        case NULL, MISSING -> {
          ascii("null");
          return true;
        }
        case NUMBER -> {
          return number(node);
        }
        case POJO -> {
          if (((POJONode) node).getPojo() instanceof RawValue raw && raw.rawValue() instanceof String text) {
            // The line's own spelling of a number: as text, then encoded like the rest.
            raw(text);
            return true;
          }
          return false;
        }
        default -> {
          return false;
        }
      }
    }

    private boolean number(JsonNode node) {
      switch (node.numberType()) {
        case INT -> digits(node.intValue());
        case LONG -> ascii(Long.toString(node.longValue()));
        case BIG_INTEGER -> ascii(node.bigIntegerValue().toString());
        case FLOAT -> {
          float f = node.floatValue();
          if (!Float.isFinite(f)) {
            return false;
          }
          ascii(Float.toString(f));
        }
        case BIG_DECIMAL -> ascii(node.decimalValue().toString());
        default -> {
          double d = node.doubleValue();
          if (!Double.isFinite(d)) {
            return false;
          }
          ascii(Double.toString(d));
        }
      }
      return true;
    }

    /** Text written as it is (a raw value), encoded. */
    private void raw(String text) {
      int len = text.length();
      char[] c = chars(text);
      ensure(3 * len);
      n = encode(c, 0, len, b, n);
    }

    private char[] chars(String text) {
      int len = text.length();
      if (chars.length < len) {
        chars = new char[Math.max(len, chars.length * 2)];
      }
      text.getChars(0, len, chars, 0);
      return chars;
    }

    /** A quoted string as {@link FastJson#string} writes it, in UTF-8. */
    void string(String text) {
      int len = text.length();
      if (len >= CACHED_LENGTH) {
        int slot = System.identityHashCode(text) & (SLOTS - 1);
        if (keys[slot] == text) {
          byte[] known = bytes[slot];
          if (known != null) {
            ensure(known.length);
            System.arraycopy(known, 0, b, n, known.length);
            n += known.length;
            return;
          }
          int start = n;
          quoted(text);
          bytes[slot] = java.util.Arrays.copyOfRange(b, start, n);
          return;
        }
        keys[slot] = text;
        bytes[slot] = null;
      }
      quoted(text);
    }

    private void quoted(String text) {
      int len = text.length();
      char[] c = chars(text);
      // Three bytes per UTF-16 unit at most, and the quotes; escapes ask for more room themselves.
      ensure(3 * len + 2);
      b[n++] = '"';
      int from = 0;
      for (int i = toEscape(c, 0, len); i < len; i = toEscape(c, i + 1, len)) {
        n = encode(c, from, i, b, n);
        from = i + 1;
        escape(c[i]);
        ensure(3 * (len - from) + 1);
      }
      n = encode(c, from, len, b, n);
      b[n++] = '"';
    }

    private void escape(char c) {
      ensure(6);
      b[n++] = '\\';
      switch (c) {
        case '"', '\\' -> b[n++] = (byte) c;
        case '\b' -> b[n++] = 'b';
        case '\t' -> b[n++] = 't';
        case '\f' -> b[n++] = 'f';
        case '\n' -> b[n++] = 'n';
        case '\r' -> b[n++] = 'r';
        default -> {
          b[n++] = 'u';
          b[n++] = '0';
          b[n++] = '0';
          b[n++] = (byte) HEX[c >> 4];
          b[n++] = (byte) HEX[c & 0xF];
        }
      }
    }

    /** The first index at or after {@code from} of a character to escape, or {@code to}. */
    private static int toEscape(char[] c, int from, int to) {
      for (int i = from; i < to; i++) {
        char ch = c[i];
        if (ch < 0x20 || ch == '"' || ch == '\\') {
          return i;
        }
      }
      return to;
    }

    /**
     * {@code c[from, to)} in UTF-8 into {@code out} at {@code at} (room for three bytes per unit
     * is there); returns the end. An unpaired surrogate becomes '?', as {@code getBytes} makes it.
     */
    private static int encode(char[] c, int from, int to, byte[] out, int at) {
      int i = from;
      while (i < to) {
        char ch = c[i++];
        if (ch < 0x80) {
          out[at++] = (byte) ch;
        } else if (ch < 0x800) {
          out[at++] = (byte) (0xC0 | ch >> 6);
          out[at++] = (byte) (0x80 | ch & 0x3F);
        } else if (!Character.isSurrogate(ch)) {
          out[at++] = (byte) (0xE0 | ch >> 12);
          out[at++] = (byte) (0x80 | ch >> 6 & 0x3F);
          out[at++] = (byte) (0x80 | ch & 0x3F);
        } else if (Character.isHighSurrogate(ch) && i < to && Character.isLowSurrogate(c[i])) {
          int cp = Character.toCodePoint(ch, c[i++]);
          out[at++] = (byte) (0xF0 | cp >> 18);
          out[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
          out[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
          out[at++] = (byte) (0x80 | cp & 0x3F);
        } else {
          out[at++] = '?';
        }
      }
      return at;
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
