package dev.empathy.examples.command;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Text bound for an operator's terminal, made inert: a customer's or an agent's words can hold
 * escape sequences that would recolour, retitle or rewrite the operator's screen. Each control
 * character becomes its visible Control Picture (ESC shows as "␛", BEL as "␇"), C1 controls and the
 * bidi overrides and isolates show as "�"; line feeds and tabs stay.
 *
 * <pre>{@code
 * PrintStream out = TerminalText.printStream(System.out);
 * out.println("customer › " + line);   // ESC ] 0 ; pwned BEL prints as "␛]0;pwned␇"
 * }</pre>
 */
public final class TerminalText {
  private TerminalText() {}

  /** {@code text} with every control character made visible and inert; null stays null. */
  public static String inert(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char shown = c;
      if ((c < 0x20 && c != '\n' && c != '\t')) {
        shown = (char) (0x2400 + c);
      } else if (c == 0x7F) {
        shown = '\u2421';
      } else if ((c >= 0x80 && c <= 0x9F) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
        shown = '\uFFFD';
      }
      if (shown != c && sb == null) {
        sb = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (sb != null) {
        sb.append(shown);
      }
    }
    return sb == null ? text : sb.toString();
  }

  /** A UTF-8, auto-flushing print stream that writes every string through {@link #inert}. */
  public static PrintStream printStream(OutputStream out) {
    return new PrintStream(out, true, UTF_8) {
      @Override
      public void print(String s) {
        super.print(inert(s));
      }

      @Override
      public void print(char c) {
        super.print(inert(String.valueOf(c)));
      }

      @Override
      public void print(Object o) {
        super.print(inert(String.valueOf(o)));
      }

      @Override
      public void println(String s) {
        synchronized (this) {
          print(s);
          println();
        }
      }

      @Override
      public void println(Object o) {
        synchronized (this) {
          print(o);
          println();
        }
      }
    };
  }
}
