package dev.empathy.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Human-readable output for the demo and the interactive commands: headings, labelled values and
 * indented, word-wrapped text, in colour only when a person is watching a terminal that wants it
 * (not with {@code NO_COLOR} set, not on a {@code dumb} terminal, never in a pipe).
 *
 * <pre>{@code
 * Terminal t = new Terminal(System.out, false);
 * t.heading("T-1001 · retail · email");
 * t.wrapped("    │ ", "I was charged twice for order #4471 …");
 * }</pre>
 *
 * <p>Lines are wrapped at ICU line-break opportunities to {@value #WIDTH} columns; wide (CJK)
 * characters count as two columns, combining marks, joiners and colour codes as none.
 */
final class Terminal {
  static final int WIDTH = 80;

  private final PrintStream out;
  private final boolean color;

  Terminal(OutputStream out, boolean color) {
    this.out = new PrintStream(out, false, UTF_8);
    this.color = color;
  }

  /** True when the environment asks for colour: a terminal, no {@code NO_COLOR}, not {@code dumb}. */
  static boolean wantsColor(boolean terminal) {
    String noColor = System.getenv("NO_COLOR");
    return terminal && (noColor == null || noColor.isEmpty()) && !"dumb".equals(System.getenv("TERM"));
  }

  void line(String text) {
    out.print(text);
    out.print('\n');
  }

  void blank() {
    out.print('\n');
  }

  /** A full-width heading bar: {@code ━━ text ━━━…}. */
  void heading(String text) {
    String left = "━━ ";
    int fill = Math.max(3, WIDTH - columns(left) - columns(text) - 1);
    line(bold(left + text + " " + "━".repeat(fill)));
  }

  /** {@code text} wrapped to the width, every line starting with {@code prefix}. */
  void wrapped(String prefix, String text) {
    wrapped(prefix, prefix, text);
  }

  /** Wraps with {@code first} before the first line and {@code rest} before the others. */
  void wrapped(String first, String rest, String text) {
    String prefix = first;
    for (String paragraph : text.split("\r\n|\r|\n", -1)) {
      for (String l : wrap(paragraph, WIDTH - Math.max(columns(first), columns(rest)))) {
        line(l.isEmpty() ? prefix.stripTrailing() : prefix + l);
        prefix = rest;
      }
    }
  }

  void flush() {
    out.flush();
  }

  String bold(String s) {
    return style("1", s);
  }

  String dim(String s) {
    return style("2", s);
  }

  String accent(String s) {
    return style("36", s);
  }

  String warn(String s) {
    return style("33", s);
  }

  String fail(String s) {
    return style("31", s);
  }

  private String style(String code, String s) {
    return color ? "\u001B[" + code + "m" + s + "\u001B[0m" : s;
  }

  /** Splits one paragraph at line-break opportunities into lines of at most {@code width} columns. */
  static List<String> wrap(String paragraph, int width) {
    List<String> lines = new ArrayList<>();
    BreakIterator breaks = BreakIterator.getLineInstance(ULocale.ROOT);
    breaks.setText(paragraph);
    int start = 0;
    int fits = 0; // the last break at which [start, fits) still fits
    for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
      if (fitsIn(paragraph, start, end, width)) {
        fits = end;
        continue;
      }
      if (fits > start) {
        lines.add(paragraph.substring(start, fits).stripTrailing());
        start = fits;
      }
      if (fitsIn(paragraph, start, end, width)) {
        fits = end;
      } else { // one word longer than a line: it gets a line of its own, uncut
        lines.add(paragraph.substring(start, end).stripTrailing());
        start = end;
        fits = end;
      }
    }
    if (start < paragraph.length() || lines.isEmpty()) {
      lines.add(paragraph.substring(start).stripTrailing());
    }
    return lines;
  }

  private static boolean fitsIn(String s, int start, int end, int width) {
    return columns(s.substring(start, end).stripTrailing()) <= width;
  }

  /** Terminal columns: East Asian wide and full-width characters take two, marks and joiners none. */
  static int columns(String s) {
    int cols = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (cp == 0x1B) { // an ANSI style sequence (ESC [ … m) takes no room
        int m = s.indexOf('m', i);
        i = m < 0 ? s.length() : m + 1;
        continue;
      }
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
          || cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F)) {
        continue;
      }
      int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
      boolean wide = eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH;
      cols += wide ? 2 : 1;
    }
    return cols;
  }
}
