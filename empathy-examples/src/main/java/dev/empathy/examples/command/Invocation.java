package dev.empathy.examples.command;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;

/**
 * What a {@link Command} runs with: its arguments and the three standard streams. Tests pass
 * in-memory streams, so every command runs in-process exactly as it does from a terminal.
 *
 * <pre>{@code
 * Invocation io = new Invocation(List.of(), stdin, stdout, stderr, false);
 * int exit = new ComposeCommand().run(io);
 * }</pre>
 *
 * @param args the arguments after the command name
 * @param in standard input (bytes; commands decode it as UTF-8)
 * @param out standard output (bytes; commands encode UTF-8 whatever the platform default)
 * @param err diagnostics for humans, UTF-8
 * @param terminal true when a person is watching a terminal (colours and the like are welcome)
 */
public record Invocation(List<String> args, InputStream in, OutputStream out, PrintStream err, boolean terminal) {
  public Invocation {
    args = List.copyOf(args);
  }
}
