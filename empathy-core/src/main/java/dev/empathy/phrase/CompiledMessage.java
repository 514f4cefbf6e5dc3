package dev.empathy.phrase;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.MessagePattern.ArgType;
import com.ibm.icu.text.MessagePattern.Part;
import com.ibm.icu.text.PluralRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Consumer;

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
  /** The message's nodes; arrays, not lists: formatting walks them on every reply. Never shared. */
  private final Node[] nodes;
  private final ImmutableSet<String> argumentNames;
  /**
   * The words the pattern writes right against its arguments, in every branch: argument names
   * and folded words, alternating with a flag (before or after) per pair. Empty for most phrases.
   */
  private final Seam[] seams;

  /**
   * A word the pattern writes right against argument {@code name}, folded; {@code before} when it
   * is the word the formatter does not repeat at the value's start (see {@link Argument}).
   */
  record Seam(String name, String word, boolean before) {}

  private CompiledMessage(String source, Node[] nodes, ImmutableSet<String> names) {
    this.source = source;
    this.nodes = nodes;
    this.argumentNames = names;
    List<Seam> found = new ArrayList<>();
    collectSeams(nodes, found);
    this.seams = found.toArray(Seam[]::new);
  }

  private static void collectSeams(Node[] nodes, List<Seam> out) {
    for (int i = 0; i < nodes.length; i++) {
      Node n = nodes[i];
      if (n instanceof Argument a) {
        if (a.wordBefore != null) {
          out.add(new Seam(a.name, a.wordBefore.toLowerCase(java.util.Locale.ROOT), true));
        } else if (i >= 2 && nodes[i - 1] instanceof Literal space && space.text.equals(" ")
            && nodes[i - 2] instanceof Choice c) {
          // "{detailNumber, select, plural {are those} other {is that}} {detail}": each branch's
          // last word may stand right before the argument.
          for (Node[] branch : c.branches) {
            lastWordBefore(branch, a.name, out);
          }
          for (Node[] branch : c.exactBranches) {
            lastWordBefore(branch, a.name, out);
          }
        }
        if (a.wordAfter != null) {
          out.add(new Seam(a.name, a.wordAfter.toLowerCase(java.util.Locale.ROOT), false));
        }
      } else if (n instanceof Choice c) {
        for (Node[] branch : c.exactBranches) {
          collectSeams(branch, out);
        }
        for (Node[] branch : c.branches) {
          collectSeams(branch, out);
        }
      }
    }
  }

  /** Adds the last word of {@code branch} as a word written right before argument {@code name}. */
  private static void lastWordBefore(Node[] branch, String name, List<Seam> out) {
    if (branch.length == 0 || !(branch[branch.length - 1] instanceof Literal l)) {
      return;
    }
    int end = l.text.length();
    int start = end;
    while (start > 0 && Character.isLetter(l.text.charAt(start - 1))) {
      start--;
    }
    if (end - start >= 2 && end == l.text.length()) {
      // Not "before" in the formatter's sense: a value starting with it is not shortened, so even
      // its first word counts as a repeat.
      out.add(new Seam(name, l.text.substring(start, end).toLowerCase(java.util.Locale.ROOT), false));
    }
  }

  /** The words this pattern writes right against its arguments (see {@link Seam}). */
  Seam[] seams() {
    return seams;
  }

  /** {@link #occurrences}: the value's first word (followed by a space) is the seam word. */
  static final int FIRST = 1;
  /** {@link #occurrences}: a later word of the value is the seam word. */
  static final int LATER = 2;

  /**
   * Where {@code word} (lower case) occurs in {@code value} as a whole word: {@link #FIRST} when
   * the value starts with it and a space (the formatter writes such a word once), {@link #LATER}
   * anywhere else; 0 for none or a value that is not text. One pass, no allocation.
   */
  static int occurrences(Object value, String word) {
    if (!(value instanceof String text)) {
      return 0;
    }
    int n = text.length();
    int w = word.length();
    int found = 0;
    int i = 0;
    while (i < n) {
      if (!isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && isWordChar(text.charAt(i))) {
        i++;
      }
      if (i - start == w && text.regionMatches(true, start, word, 0, w)) {
        found |= start == 0 && i < n && text.charAt(i) == ' ' ? FIRST : LATER;
      }
    }
    return found;
  }

  /**
   * {@link #occurrences(Object, String)} for up to 32 words at once, in one pass over {@code
   * value}: bit {@code k} is set when {@code words[seams[k]]} occurs at all, and bit {@code k + 32}
   * when it occurs as {@link #LATER}. No allocation.
   */
  static long occurrences(Object value, int[] seams, String[] words) {
    return occurrences(value, seams, words, -1L, -1L);
  }

  /**
   * The words' lengths (bit {@code n} for a length {@code n}; every bit for a word of 64 or more)
   * and their first letters (bit {@code c - 'a'}; every bit for a word that does not start with
   * an ASCII letter): a word of a text that passes neither is none of {@code words}, and is not
   * compared with them.
   */
  static long[] filter(int[] seams, String[] words) {
    long lengths = 0;
    long firsts = 0;
    for (int j : seams) {
      String w = words[j];
      lengths |= w.length() < 64 ? 1L << w.length() : -1L;
      char c = w.isEmpty() ? 0 : w.charAt(0);
      firsts |= c >= 'a' && c <= 'z' ? 1L << (c - 'a') : -1L;
    }
    return new long[] {lengths, firsts};
  }

  /**
   * {@link #occurrences(Object, int[], String[])} with the words' {@link #filter}: a word of
   * another length, or starting with an ASCII character that is no first letter of the words in
   * either case, is passed over without comparing.
   */
  static long occurrences(Object value, int[] seams, String[] words, long lengths, long firsts) {
    if (!(value instanceof String text)) {
      return 0;
    }
    int n = text.length();
    long found = 0;
    int i = 0;
    while (i < n) {
      if (!isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && isWordChar(text.charAt(i))) {
        i++;
      }
      int length = i - start;
      if (length < 64 && (lengths >>> length & 1) == 0) {
        continue;
      }
      char c = text.charAt(start);
      if (c < 128 && firsts != -1L) {
        int letter = (c | 0x20) - 'a';
        // An ASCII character equals a word's lower-case ASCII first letter, ignoring case, only as that letter.
        if (letter < 0 || letter > 25 || (c | 0x20) != c && (c < 'A' || c > 'Z') || (firsts >>> letter & 1) == 0) {
          continue;
        }
      }
      for (int k = 0; k < seams.length; k++) {
        String word = words[seams[k]];
        int w = word.length();
        if (i - start == w && text.regionMatches(true, start, word, 0, w)) {
          found |= 1L << k;
          if (!(start == 0 && i < n && text.charAt(i) == ' ')) {
            found |= 1L << (k + 32);
          }
        }
      }
    }
    return found;
  }

  private static boolean startsWithWord(String text, String word) {
    int n = word.length();
    return text.length() > n + 1 && text.regionMatches(true, 0, word, 0, n) && text.charAt(n) == ' ';
  }

  /** ASCII letters, digits and the apostrophe, as a table: every character of a value is tested. */
  private static final boolean[] ASCII_WORD = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_WORD[c] = Character.isLetterOrDigit(c) || c == '\'';
    }
  }

  private static boolean isWordChar(char c) {
    return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c) || c == '’';
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
    Node[] nodes = new Compiler(mp, names).message(0);
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

  /**
   * Formats the message. The pieces are collected first and joined once, so the result is
   * allocated at its exact length and encoding: a reply's phrases are mostly UTF-16 (typographic
   * apostrophes), and a growing {@code StringBuilder} would copy each one several times.
   */
  String format(Map<String, ?> args, Formatters formatters) {
    StringJoiner joined = new StringJoiner("");
    appendAll(nodes, formatters.spelling.isEmpty() ? joined::add : piece -> joined.add(formatters.spelled(piece)),
        args, formatters, Double.NaN);
    return joined.toString();
  }

  /**
   * Hands the message's pieces (literal text, argument values, formatted numbers) to {@code out}
   * in order, without joining them: a caller assembling a longer text joins everything once.
   */
  void formatTo(Consumer<? super String> out, Map<String, ?> args, Formatters formatters) {
    appendAll(nodes, formatters.spelling.isEmpty() ? out : piece -> out.accept(formatters.spelled(piece)),
        args, formatters, Double.NaN);
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

  private static void collectLiterals(Node[] nodes, StringBuilder sb) {
    for (Node n : nodes) {
      if (n instanceof Literal l) {
        sb.append(l.text);
      } else if (n instanceof Choice c) {
        sb.append('\u0000');
        for (Node[] branch : c.exactBranches) {
          collectLiterals(branch, sb);
          sb.append('\u0000');
        }
        for (Node[] branch : c.branches) {
          collectLiterals(branch, sb);
          sb.append('\u0000');
        }
      } else {
        sb.append('\u0000');
      }
    }
  }

  /**
   * Hands the pieces of {@code nodes} to {@code out}. Dispatch is by type checks on the four final
   * node classes: an interface call per node was a measurable part of every reply.
   */
  private static void appendAll(
      Node[] nodes, Consumer<? super String> out, Map<String, ?> args, Formatters f, double pound) {
    boolean stopGiven = false;
    for (int i = 0; i < nodes.length; i++) {
      Node n = nodes[i];
      if (n instanceof Literal l) {
        // The caller's "?" or "!" already ends the sentence: the pattern's own stop is dropped.
        String text = stopGiven ? l.text.substring(1) : l.text;
        stopGiven = false;
        if (f.seams.isEmpty() || i + 1 == nodes.length || !(nodes[i + 1] instanceof Argument a)
            || a.seamWord == null) {
          out.accept(text);
          continue;
        }
        // The language's contractions and elisions where the pattern's last word meets the
        // value's first ("de" + "le retard" → "du retard", "que" + "il" → "qu’il").
        Object v = args.get(a.name);
        String joined = v == null || v instanceof Number ? null : f.seams.join(a.seamWord, a.value(v));
        if (joined == null) {
          out.accept(text);
          continue;
        }
        out.accept(text.substring(0, text.length() - a.seamWord.length() - 1));
        out.accept(joined);
        stopGiven = a.endsSentence(joined);
        i++;
      } else if (n instanceof Argument a) {
        stopGiven = a.append(out, args, f);
      } else if (n instanceof Choice c) {
        c.append(out, args, f, pound);
      } else {
        out.accept(formatNumber(pound, f));
      }
    }
  }

  /**
   * The locale-bound, thread-safe helpers a message needs while formatting. The small whole
   * numbers that phrases count with (durations, business days) are formatted and plural-selected
   * once, here, by the same ICU calls; formatting them again per reply is most of a timeline's
   * cost.
   */
  static final class Formatters {
    private static final int CACHED = 128;

    private final Supplier<PluralRules> plurals;
    private final Supplier<LocalizedNumberFormatter> numbers;
    private final String[] smallNumbers;
    private final String[] smallPluralKeywords;
    /** The language's contractions and elisions where a pattern meets a value. */
    private final Seams seams;
    /**
     * A region's spelling of the language's letters, applied to every piece written ({@code
     * spelling.tsv}: Swiss German writes "ss" for "ß", "Grüsse"); empty for most locales.
     */
    final ImmutableMap<String, String> spelling;

    /** The same formatters with the language's {@code seams} and a region's {@code spelling}. */
    private Formatters(Formatters base, Seams seams, ImmutableMap<String, String> spelling) {
      this.plurals = base.plurals;
      this.numbers = base.numbers;
      this.smallNumbers = base.smallNumbers;
      this.smallPluralKeywords = base.smallPluralKeywords;
      this.seams = seams;
      this.spelling = spelling;
    }

    /** These formatters with the language's contractions and elisions ({@link Seams}). */
    Formatters withSeams(Seams seams) {
      return new Formatters(this, seams, spelling);
    }

    /** These formatters writing each piece with a region's spelling ("ß" → "ss"); themselves for none. */
    Formatters withSpelling(ImmutableMap<String, String> spelling) {
      return spelling.isEmpty() ? this : new Formatters(this, seams, spelling);
    }

    /**
     * {@code piece} in the region's spelling. A key that opens with '~' is a whole word ("~tienes"
     * → "tenés" in Rioplatense Spanish, never inside "mantienes"); any other is replaced wherever it
     * stands ("ß" → "ss").
     */
    String spelled(String piece) {
      String out = piece;
      for (Map.Entry<String, String> e : spelling.entrySet()) {
        String key = e.getKey();
        if (key.charAt(0) == '~') {
          out = wordReplaced(out, key.substring(1), e.getValue());
        } else if (out.contains(key)) {
          out = out.replace(key, e.getValue());
        }
      }
      return out;
    }

    /** {@code text} with each {@code word} that stands between non-letters replaced by {@code by}. */
    private static String wordReplaced(String text, String word, String by) {
      int at = text.indexOf(word);
      if (at < 0) {
        return text;
      }
      StringBuilder sb = null;
      int from = 0;
      while (at >= 0) {
        int end = at + word.length();
        boolean whole = (at == 0 || !Character.isLetter(text.charAt(at - 1)))
            && (end == text.length() || !Character.isLetter(text.charAt(end)));
        if (whole) {
          sb = sb == null ? new StringBuilder(text.length() + 8) : sb;
          sb.append(text, from, at).append(by);
          from = end;
        }
        at = text.indexOf(word, end);
      }
      return sb == null ? text : sb.append(text, from, text.length()).toString();
    }

    Formatters(PluralRules plurals, LocalizedNumberFormatter numbers) {
      this.plurals = Suppliers.ofInstance(plurals);
      this.numbers = Suppliers.ofInstance(numbers);
      this.smallNumbers = new String[CACHED];
      this.smallPluralKeywords = new String[CACHED];
      this.seams = Seams.NONE;
      this.spelling = ImmutableMap.of();
      for (int i = 0; i < CACHED; i++) {
        smallNumbers[i] = numbers.format((double) i).toString();
        smallPluralKeywords[i] = plurals.select(i).intern();
      }
    }

    /**
     * The formatters of {@code locale}, with the small numbers and their plural keywords as the
     * build recorded them ({@link LocaleFacts}: {@code |}-separated, 0 to 127); ICU's rules and
     * number formatter are then built only for a number outside them. Null lists: ICU now.
     */
    Formatters(ULocale locale, String numbers, String keywords) {
      this.plurals = Suppliers.memoize(() -> PluralRules.forLocale(locale));
      this.numbers = Suppliers.memoize(() -> NumberFormatter.withLocale(locale));
      String[] n = numbers == null ? null : numbers.split("\\|");
      String[] k = keywords == null ? null : keywords.split("\\|");
      if (n == null || k == null || n.length != CACHED || k.length != CACHED) {
        Formatters now = new Formatters(plurals.get(), this.numbers.get());
        n = now.smallNumbers;
        k = now.smallPluralKeywords;
      } else {
        for (int i = 0; i < CACHED; i++) {
          k[i] = k[i].intern();
        }
      }
      this.smallNumbers = n;
      this.smallPluralKeywords = k;
      this.seams = Seams.NONE;
      this.spelling = ImmutableMap.of();
    }

    PluralRules plurals() {
      return plurals.get();
    }

    LocalizedNumberFormatter numbers() {
      return numbers.get();
    }

    String format(double value) {
      int i = smallIndex(value);
      return i >= 0 ? smallNumbers[i] : numbers.get().format(value).toString();
    }

    String pluralKeyword(double value) {
      int i = smallIndex(value);
      return i >= 0 ? smallPluralKeywords[i] : plurals.get().select(value);
    }

    /** The cache index of a whole number in [0, CACHED), else -1 (fractions, -0.0, NaN, large). */
    private static int smallIndex(double value) {
      int whole = (int) value; // NaN is 0, infinities clamp: neither equals its cast
      if (whole >= 0 && whole < CACHED && whole == value
          && Double.doubleToRawLongBits(value) != Double.doubleToRawLongBits(-0.0)) {
        return whole;
      }
      return -1;
    }
  }

  /** A node of a compiled message: one of the four records below. */
  private sealed interface Node permits Literal, Pound, Argument, Choice {}

  private record Literal(String text) implements Node {}

  /** {@code #} inside a plural: the number being counted. */
  private record Pound() implements Node {}

  /**
   * An argument, with what the pattern puts at its seams: the word right before it ("about" in
   * "sorry about {situation}"), which the value's own first word does not repeat ("about the
   * delay" is inserted as "the delay"), and whether the pattern ends the sentence right after it
   * with a full stop, which a value ending in "?" or "!" makes redundant.
   */
  private record Argument(
      String name, String wordBefore, String seamWord, String wordAfter, boolean stopAfter) implements Node {
    /** Interned: the composer's argument names are literals, so lookups settle on identity. */
    Argument {
      name = name.intern();
    }

    /** Hands the value to {@code out}; true when it ended the sentence itself before a stop. */
    boolean append(Consumer<? super String> out, Map<String, ?> args, Formatters f) {
      Object v = args.get(name);
      if (v == null) {
        throw new IllegalArgumentException("argument {" + name + "} was not given");
      }
      if (v instanceof Number num) {
        out.accept(formatNumber(num.doubleValue(), f));
        return false;
      }
      String text = value(v);
      out.accept(text);
      return endsSentence(text);
    }

    /** The text a non-numeric value is inserted as. */
    String value(Object v) {
      String text = String.valueOf(v);
      return wordBefore == null ? text : withoutRepeatedWord(text, wordBefore);
    }

    /** True when the pattern's stop follows and {@code text} already ends the sentence. */
    boolean endsSentence(String text) {
      if (!stopAfter || text.isEmpty()) {
        return false;
      }
      char last = text.charAt(text.length() - 1);
      return last == '?' || last == '!' || last == '？' || last == '！';
    }

    /** {@code text} without a first word equal to {@code word} (ignoring case) and its space. */
    private static String withoutRepeatedWord(String text, String word) {
      int n = word.length();
      return startsWithWord(text, word) ? text.substring(n + 1) : text;
    }
  }

  /**
   * plural or select. The cases are parallel arrays searched in order, since a phrase has a
   * handful: keywords are interned, so a match is usually an identity test.
   */
  private record Choice(
      String name,
      boolean plural,
      double offset,
      double[] exactValues,
      Node[][] exactBranches,
      String[] keywords,
      Node[][] branches,
      Node[] other)
      implements Node {
    Choice {
      name = name.intern();
    }

    void append(Consumer<? super String> out, Map<String, ?> args, Formatters f, double pound) {
      Object v = args.get(name);
      if (v == null) {
        throw new IllegalArgumentException("argument {" + name + "} was not given");
      }
      Node[] branch = null;
      double number = Double.NaN;
      if (plural) {
        if (!(v instanceof Number num)) {
          throw new IllegalArgumentException("argument {" + name + "} must be a number");
        }
        number = num.doubleValue();
        for (int i = 0; i < exactValues.length && branch == null; i++) {
          if (exactValues[i] == number) { // -0.0 matches =0, as in ICU
            branch = exactBranches[i];
          }
        }
        if (branch == null) {
          branch = branch(f.pluralKeyword(number - offset));
        }
        number -= offset;
      } else {
        branch = branch(v.toString());
      }
      appendAll(branch, out, args, f, plural ? number : pound);
    }

    private Node[] branch(String keyword) {
      for (int i = 0; i < keywords.length; i++) {
        if (keywords[i] == keyword) {
          return branches[i];
        }
      }
      for (int i = 0; i < keywords.length; i++) {
        if (keywords[i].equals(keyword)) {
          return branches[i];
        }
      }
      return other;
    }
  }

  static String formatNumber(double value, Formatters f) {
    return f.format(value);
  }

  private static final class Compiler {
    private final MessagePattern mp;
    private final Set<String> names;

    Compiler(MessagePattern mp, Set<String> names) {
      this.mp = mp;
      this.names = names;
    }

    /** Compiles the message starting at the MSG_START part {@code start}. */
    Node[] message(int start) {
      List<Node> nodes = new ArrayList<>();
      String pattern = mp.getPatternString();
      int prevIndex = mp.getPart(start).getLimit();
      StringBuilder literal = new StringBuilder();
      for (int i = start + 1; ; i++) {
        Part part = mp.getPart(i);
        Part.Type type = part.getType();
        literal.append(pattern, prevIndex, part.getIndex());
        if (type == Part.Type.MSG_LIMIT) {
          flush(literal, nodes);
          return seams(nodes);
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
          case NONE -> nodes.add(new Argument(name, null, null, null, false));
          case SIMPLE -> {
            String typeName = mp.getSubstring(mp.getPart(i + 2));
            if (!typeName.equals("number")) {
              throw new IllegalArgumentException(
                  "argument {" + name + ", " + typeName + "} is not supported; use number, plural"
                      + " or select (dates are formatted by the library and passed as text)");
            }
            nodes.add(new Argument(name, null, null, null, false));
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
      Map<Double, Node[]> explicit = new LinkedHashMap<>();
      Map<String, Node[]> cases = new LinkedHashMap<>();
      Part first = mp.getPart(i);
      if (plural && first.getType().hasNumericValue()) {
        offset = mp.getNumericValue(first);
        i++;
      }
      while (i < limit) {
        Part selector = mp.getPart(i++);
        String keyword = mp.getSubstring(selector);
        Double exact = null;
        if (mp.getPart(i).getType().hasNumericValue()) {
          exact = mp.getNumericValue(mp.getPart(i));
          i++;
        }
        int msgStart = i;
        Node[] msg = message(msgStart);
        i = mp.getLimitPartIndex(msgStart) + 1;
        if (exact != null) {
          explicit.put(exact == 0 ? 0.0 : exact, msg); // a later duplicate wins, as in ICU
        } else {
          cases.put(keyword.intern(), msg); // interned: selected by literal or interned labels
        }
      }
      Node[] other = cases.get("other");
      if (other == null) {
        throw new IllegalArgumentException("argument {" + name + "} needs an 'other' case");
      }
      return new Choice(
          name,
          plural,
          offset,
          explicit.keySet().stream().mapToDouble(Double::doubleValue).toArray(),
          explicit.values().toArray(Node[][]::new),
          cases.keySet().toArray(String[]::new),
          cases.values().toArray(Node[][]::new),
          other);
    }

    /**
     * Records on each argument what the pattern writes around it (see {@link Argument}): the word
     * right before it when a single space separates them, and whether a sentence stop follows.
     */
    private static Node[] seams(List<Node> nodes) {
      Node[] out = nodes.toArray(Node[]::new);
      for (int i = 0; i < out.length; i++) {
        if (!(out[i] instanceof Argument a)) {
          continue;
        }
        String before = null;
        String seamWord = null;
        if (i > 0 && out[i - 1] instanceof Literal l && l.text.endsWith(" ") && !l.text.endsWith("  ")) {
          int end = l.text.length() - 1;
          int start = end;
          while (start > 0 && Character.isLetter(l.text.charAt(start - 1))) {
            start--;
          }
          if (end - start >= 2) {
            before = l.text.substring(start, end);
          }
          if (end > start) {
            seamWord = l.text.substring(start, end);
          }
        }
        boolean stop = i + 1 < out.length && out[i + 1] instanceof Literal next
            && !next.text.isEmpty() && (next.text.charAt(0) == '.' || next.text.charAt(0) == '。');
        String after = null;
        if (i + 1 < out.length && out[i + 1] instanceof Literal next && next.text.length() > 2
            && next.text.charAt(0) == ' ' && Character.isLetter(next.text.charAt(1))) {
          int end = 1;
          while (end < next.text.length() && Character.isLetter(next.text.charAt(end))) {
            end++;
          }
          if (end - 1 >= 2 && (end == next.text.length() || !isWordChar(next.text.charAt(end)))) {
            after = next.text.substring(1, end);
          }
        }
        out[i] = new Argument(a.name(), before, seamWord, after, stop);
      }
      return out;
    }

    private static void flush(StringBuilder literal, List<Node> nodes) {
      if (literal.length() > 0) {
        nodes.add(new Literal(literal.toString()));
        literal.setLength(0);
      }
    }
  }
}
