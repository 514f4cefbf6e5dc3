package dev.empathy.phrase;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.MessagePattern.ArgType;
import com.ibm.icu.text.MessagePattern.Part;
import com.ibm.icu.text.PluralRules;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * An ICU MessageFormat pattern compiled once into an immutable tree. ICU's own {@code
 * MessageFormat} is mutable and not thread-safe; this tree is parsed by ICU's {@link
 * MessagePattern} (so the syntax, quoting and error messages are ICU's) and then formatted without
 * locks or per-call parsing. Supported: simple arguments, {@code plural} (with offsets, explicit
 * {@code =n} cases and {@code #}), {@code select}, and {@code number}. Argument values are always
 * inserted as data.
 */
final class CompiledMessage {
  private final String source;
  private final ImmutableList<Node> nodes;
  private final ImmutableSet<String> argumentNames;

  private CompiledMessage(String source, ImmutableList<Node> nodes, ImmutableSet<String> names) {
    this.source = source;
    this.nodes = nodes;
    this.argumentNames = names;
  }

  /**
   * Compiles {@code pattern}.
   *
   * @throws IllegalArgumentException with ICU's explanation when the pattern is malformed or uses
   *     an argument type this formatter does not support
   */
  static CompiledMessage compile(String pattern) {
    checkNoStrayClosingBrace(pattern);
    MessagePattern mp = new MessagePattern(pattern);
    Set<String> names = new LinkedHashSet<>();
    ImmutableList<Node> nodes = new Compiler(mp, names).message(0);
    return new CompiledMessage(pattern, nodes, ImmutableSet.copyOf(names));
  }

  /**
   * ICU prints an unmatched top-level {@code }} as text; in a phrase it is always a typo, and a
   * brace in front of a customer is exactly what patterns must never leave behind.
   */
  private static void checkNoStrayClosingBrace(String pattern) {
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
          i++; // '' is one apostrophe, inside or outside quotes
        } else if (quoted) {
          quoted = false;
        } else if (i + 1 < pattern.length() && "{}#|".indexOf(pattern.charAt(i + 1)) >= 0) {
          quoted = true;
        }
      } else if (!quoted && c == '{') {
        depth++;
      } else if (!quoted && c == '}' && --depth < 0) {
        throw new IllegalArgumentException(
            "unmatched '}' at index " + i + "; write '}' (in apostrophes) to print a brace");
      }
    }
  }

  String source() {
    return source;
  }

  ImmutableSet<String> argumentNames() {
    return argumentNames;
  }

  void format(StringBuilder out, Map<String, ?> args, Formatters formatters) {
    appendAll(nodes, out, args, formatters, Double.NaN);
  }

  /**
   * Literal text of every branch, for banned-phrase checks. Each argument and each branch
   * boundary becomes U+0000 (which cleaned user text never contains), so a ban cannot match
   * across text that never appears side by side.
   */
  String literalText() {
    StringBuilder sb = new StringBuilder();
    collectLiterals(nodes, sb);
    return sb.toString();
  }

  private static void collectLiterals(ImmutableList<Node> nodes, StringBuilder sb) {
    for (Node n : nodes) {
      if (n instanceof Literal l) {
        sb.append(l.text);
      } else if (n instanceof Choice c) {
        sb.append('\u0000');
        for (ImmutableList<Node> branch : c.explicit.values()) {
          collectLiterals(branch, sb);
          sb.append('\u0000');
        }
        for (ImmutableList<Node> branch : c.cases.values()) {
          collectLiterals(branch, sb);
          sb.append('\u0000');
        }
      } else {
        sb.append('\u0000');
      }
    }
  }

  private static void appendAll(
      ImmutableList<Node> nodes, StringBuilder out, Map<String, ?> args, Formatters f, double pound) {
    for (Node n : nodes) {
      n.append(out, args, f, pound);
    }
  }

  /** The locale-bound, thread-safe helpers a message needs while formatting. */
  record Formatters(PluralRules plurals, LocalizedNumberFormatter numbers) {}

  private interface Node {
    void append(StringBuilder out, Map<String, ?> args, Formatters f, double pound);
  }

  private record Literal(String text) implements Node {
    @Override
    public void append(StringBuilder out, Map<String, ?> args, Formatters f, double pound) {
      out.append(text);
    }
  }

  private record Pound() implements Node {
    @Override
    public void append(StringBuilder out, Map<String, ?> args, Formatters f, double pound) {
      out.append(formatNumber(pound, f));
    }
  }

  private record Argument(String name) implements Node {
    @Override
    public void append(StringBuilder out, Map<String, ?> args, Formatters f, double pound) {
      Object v = args.get(name);
      if (v == null) {
        throw new IllegalArgumentException("argument {" + name + "} was not given");
      }
      if (v instanceof Number num) {
        out.append(formatNumber(num.doubleValue(), f));
      } else {
        out.append(v);
      }
    }
  }

  /** plural or select. */
  private record Choice(
      String name,
      boolean plural,
      double offset,
      ImmutableMap<Double, ImmutableList<Node>> explicit,
      ImmutableMap<String, ImmutableList<Node>> cases)
      implements Node {
    @Override
    public void append(StringBuilder out, Map<String, ?> args, Formatters f, double pound) {
      Object v = args.get(name);
      if (v == null) {
        throw new IllegalArgumentException("argument {" + name + "} was not given");
      }
      ImmutableList<Node> branch;
      double number = Double.NaN;
      if (plural) {
        if (!(v instanceof Number num)) {
          throw new IllegalArgumentException("argument {" + name + "} must be a number");
        }
        number = num.doubleValue();
        branch = explicit.get(number);
        if (branch == null) {
          String keyword = f.plurals().select(number - offset);
          branch = cases.get(keyword);
        }
        number -= offset;
      } else {
        branch = cases.get(v.toString());
      }
      if (branch == null) {
        branch = cases.get("other");
      }
      appendAll(branch, out, args, f, plural ? number : pound);
    }
  }

  static String formatNumber(double value, Formatters f) {
    return f.numbers().format(value).toString();
  }

  private static final class Compiler {
    private final MessagePattern mp;
    private final Set<String> names;

    Compiler(MessagePattern mp, Set<String> names) {
      this.mp = mp;
      this.names = names;
    }

    /** Compiles the message starting at the MSG_START part {@code start}. */
    ImmutableList<Node> message(int start) {
      ImmutableList.Builder<Node> nodes = ImmutableList.builder();
      String pattern = mp.getPatternString();
      int prevIndex = mp.getPart(start).getLimit();
      StringBuilder literal = new StringBuilder();
      for (int i = start + 1; ; i++) {
        Part part = mp.getPart(i);
        Part.Type type = part.getType();
        literal.append(pattern, prevIndex, part.getIndex());
        if (type == Part.Type.MSG_LIMIT) {
          flush(literal, nodes);
          return nodes.build();
        }
        prevIndex = part.getLimit();
        if (type == Part.Type.SKIP_SYNTAX) {
          continue;
        }
        if (type == Part.Type.INSERT_CHAR) {
          literal.append((char) part.getValue());
          continue;
        }
        if (type == Part.Type.REPLACE_NUMBER) {
          flush(literal, nodes);
          nodes.add(new Pound());
          continue;
        }
        if (type != Part.Type.ARG_START) {
          continue;
        }
        flush(literal, nodes);
        int limit = mp.getLimitPartIndex(i);
        ArgType argType = part.getArgType();
        Part namePart = mp.getPart(i + 1);
        String name = mp.getSubstring(namePart);
        names.add(name);
        switch (argType) {
          case NONE -> nodes.add(new Argument(name));
          case SIMPLE -> {
            String typeName = mp.getSubstring(mp.getPart(i + 2));
            if (!typeName.equals("number")) {
              throw new IllegalArgumentException(
                  "argument {" + name + ", " + typeName + "} is not supported; use number, plural"
                      + " or select (dates are formatted by the library and passed as text)");
            }
            nodes.add(new Argument(name));
          }
          case PLURAL, SELECT -> nodes.add(choice(name, argType == ArgType.PLURAL, i + 2, limit));
          default ->
              throw new IllegalArgumentException(
                  "argument {" + name + "} uses " + argType + ", which is not supported");
        }
        prevIndex = mp.getPart(limit).getLimit();
        i = limit;
      }
    }

    private Node choice(String name, boolean plural, int i, int limit) {
      double offset = 0;
      ImmutableMap.Builder<Double, ImmutableList<Node>> explicit = ImmutableMap.builder();
      ImmutableMap.Builder<String, ImmutableList<Node>> cases = ImmutableMap.builder();
      Part first = mp.getPart(i);
      if (plural && first.getType().hasNumericValue()) {
        offset = mp.getNumericValue(first);
        i++;
      }
      boolean sawOther = false;
      while (i < limit) {
        Part selector = mp.getPart(i++);
        String keyword = mp.getSubstring(selector);
        Double exact = null;
        if (mp.getPart(i).getType().hasNumericValue()) {
          exact = mp.getNumericValue(mp.getPart(i));
          i++;
        }
        int msgStart = i;
        ImmutableList<Node> msg = message(msgStart);
        i = mp.getLimitPartIndex(msgStart) + 1;
        if (exact != null) {
          explicit.put(exact, msg);
        } else {
          cases.put(keyword, msg);
          sawOther |= keyword.equals("other");
        }
      }
      if (!sawOther) {
        throw new IllegalArgumentException("argument {" + name + "} needs an 'other' case");
      }
      return new Choice(name, plural, offset, explicit.buildKeepingLast(), cases.buildKeepingLast());
    }

    private static void flush(StringBuilder literal, ImmutableList.Builder<Node> nodes) {
      if (literal.length() > 0) {
        nodes.add(new Literal(literal.toString()));
        literal.setLength(0);
      }
    }
  }
}
