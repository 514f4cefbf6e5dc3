package dev.empathy.examples.command;

import java.io.IOException;

/**
 * One subcommand of {@code empathy-cli}: {@code compose}, {@code demo}, and later {@code analyze},
 * {@code review}, {@code bot}, {@code drill}, {@code qa}, {@code serve}. Each lives in its own
 * class and is registered with one line in {@code dev.empathy.examples.cli.Main.commands()}.
 *
 * <pre>{@code
 * final class EchoCommand implements Command {
 *   public String name() { return "echo"; }
 *   public String summary() { return "Copies stdin to stdout."; }
 *   public String usage() { return "echo < in.txt"; }
 *   public int run(Invocation io) throws IOException {
 *     io.in().transferTo(io.out());
 *     return 0;
 *   }
 * }
 * }</pre>
 *
 * <p>Commands that answer JSON Lines extend {@code dev.empathy.examples.cli.JsonLinesCommand},
 * which owns the line loop, the strict parsing and the error objects.
 */
public interface Command {
  /** The word typed after {@code empathy-cli}, e.g. {@code compose}. */
  String name();

  /** One line for the command list in {@code --help}. */
  String summary();

  /** The usage text shown by {@code <command> --help}: arguments, input and output. */
  String usage();

  /**
   * Runs the command.
   *
   * @return the exit code: 0 success, 1 when some input was rejected
   * @throws UsageException when the arguments are wrong (exit code 2, usage printed)
   * @throws IOException when stdin or stdout fails
   */
  int run(Invocation io) throws IOException;
}
