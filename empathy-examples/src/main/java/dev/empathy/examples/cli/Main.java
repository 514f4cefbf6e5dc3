package dev.empathy.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.empathy.examples.assist.ServeCommand;
import dev.empathy.examples.bot.BotCommand;
import dev.empathy.examples.command.Command;
import dev.empathy.examples.command.Invocation;
import dev.empathy.examples.command.UsageException;
import dev.empathy.examples.drill.DrillCommand;
import dev.empathy.examples.qa.QaCommand;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code empathy-cli}: the demo, and subcommands that speak JSON Lines so any language or
 * helpdesk can use the library through a pipe.
 *
 * <pre>{@code
 * java -jar empathy-cli.jar                          # the demo on the bundled sample tickets
 * java -jar empathy-cli.jar compose < in.jsonl       # one reply object per input line
 * java -jar empathy-cli.jar --help                   # every command
 * }</pre>
 *
 * <p>A long batch of {@code compose}, {@code analyze} or {@code review} lines on stdin runs in a
 * child JVM with the quick compiler alone and the serial collector ({@code -Dempathy.batchJvm=false}
 * keeps it in this one).
 *
 * <p>Exit codes: 0 success; 1 when some input line was rejected (each rejected line still has
 * its own {@code {"error":…}} object) or stdout failed; 2 for a wrong command line.
 */
public final class Main {
  private static final String PROGRAM = "empathy-cli";

  private Main() {}

  /**
   * Every command, in the order {@code --help} lists them. Adding a command is one line here and
   * one in {@link #command}.
   */
  static List<Command> commands() {
    return List.of(
        new DemoCommand(),
        new ComposeCommand(),
        new AnalyzeCommand(),
        new ReviewCommand(),
        new ServeCommand(),
        new BotCommand(),
        new DrillCommand(),
        new QaCommand());
  }

  /**
   * The command named {@code name}, built alone: a one-line run loads no other command's classes.
   * {@code MainTest} checks it knows every command of {@link #commands}.
   */
  static Optional<Command> command(String name) {
    Command c =
        switch (name) {
          case "demo" -> new DemoCommand();
          case "compose" -> new ComposeCommand();
          case "analyze" -> new AnalyzeCommand();
          case "review" -> new ReviewCommand();
          case "serve" -> new ServeCommand();
          case "bot" -> new BotCommand();
          case "drill" -> new DrillCommand();
          case "qa" -> new QaCommand();
          default -> null;
        };
    return Optional.ofNullable(c);
  }

  public static void main(String[] args) {
    long pending = args.length > 0 ? BatchJvm.pendingBytes(args, pendingInput()) : 0;
    // Only a long batch can run in a child; the process's own command line (ProcessHandle's
    // classes and a read of /proc: a few per cent of a one-line run) is asked for then alone.
    if (pending >= BatchJvm.MIN_PENDING_BYTES) {
      ProcessHandle.Info self = ProcessHandle.current().info();
      Optional<List<String>> child =
          BatchJvm.childCommand(
              args,
              pending,
              self.command(),
              self.arguments(),
              System.getenv(),
              System.getProperty("empathy.batchJvm"));
      if (child.isPresent()) {
        Optional<Integer> code = BatchJvm.run(child.get());
        if (code.isPresent()) {
          System.exit(code.get());
        }
      }
    }
    OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, UTF_8);
    int code = run(args, System.in, out, err, System.console() != null);
    System.exit(code);
  }

  /** Bytes already waiting on stdin (0 for a terminal or when it cannot be told). */
  private static long pendingInput() {
    try {
      return System.in.available();
    } catch (IOException e) {
      return 0;
    }
  }

  /**
   * Runs one command line against the given streams, as {@link #main} does against the process's
   * own. Tests call this in-process.
   *
   * @param terminal true when stdout is a terminal a person is watching
   * @return the exit code
   */
  static int run(String[] args, InputStream in, OutputStream out, PrintStream err, boolean terminal) {
    List<String> rest = args.length == 0 ? List.of() : Arrays.asList(args).subList(1, args.length);
    String name = args.length == 0 ? "demo" : args[0];
    if (name.equals("--help") || name.equals("-h") || name.equals("help")) {
      Optional<Command> topic = rest.isEmpty() ? Optional.empty() : command(rest.get(0));
      print(out, topic.isPresent() ? topic.get().usage() : overview(commands()));
      return 0;
    }
    Optional<Command> command = command(name);
    if (command.isEmpty()) {
      err.println(PROGRAM + ": unknown command \"" + name + "\"");
      err.print(overview(commands()));
      return 2;
    }
    Command c = command.get();
    if (rest.contains("--help") || rest.contains("-h")) {
      print(out, c.usage());
      return 0;
    }
    try {
      int code = c.run(new Invocation(rest, in, out, err, terminal));
      out.flush();
      return code;
    } catch (UsageException e) {
      err.println(PROGRAM + " " + c.name() + ": " + e.getMessage());
      err.print(c.usage());
      return 2;
    } catch (IOException e) {
      err.println(PROGRAM + " " + c.name() + ": " + e.getMessage());
      return 1;
    }
  }

  private static String overview(List<Command> commands) {
    StringBuilder sb = new StringBuilder();
    sb.append("usage: ").append(PROGRAM).append(" [COMMAND] [--help]\n\n");
    sb.append("Empathy SDK from the command line. Without a command, runs the demo.\n");
    sb.append("JSON Lines commands read one object per line on stdin and write one per line on stdout.\n\n");
    sb.append("commands:\n");
    for (Command c : commands) {
      sb.append(String.format("  %-10s %s\n", c.name(), c.summary()));
    }
    sb.append("\n").append(PROGRAM).append(" COMMAND --help shows a command's input and output.\n");
    return sb.toString();
  }

  private static void print(OutputStream out, String text) {
    PrintStream p = new PrintStream(out, true, UTF_8);
    p.print(text);
    p.flush();
  }
}
