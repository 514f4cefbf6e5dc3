package dev.empathy.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A long JSON Lines batch on stdin ({@code compose}, {@code analyze}, {@code review}), or a
 * {@code qa} run over a long export ({@code --in FILE}, or {@code --in -} with a long stdin), runs in a
 * child JVM with the quick compiler alone and the serial collector, the flags the launcher script
 * gives these commands: on a stream of thousands of lines the JVM's optimising compiler costs more
 * CPU than its code gives back (empathy-benchmarks/README.md, "Session 12"). A plain {@code java
 * -jar empathy-cli.jar review < drafts.jsonl} therefore behaves like the launcher.
 *
 * <p>Only when the run would gain: at least {@link #MIN_PENDING_BYTES} of input already waiting
 * on stdin (the rest of a redirected file, or what a writer has put in a pipe), and no JVM option
 * on the command line or in {@code JAVA_TOOL_OPTIONS}, {@code JDK_JAVA_OPTIONS} or
 * {@code _JAVA_OPTIONS} that chooses a collector or a compiler mode, or a file of options (the
 * caller's choice wins, and the child itself, started with such flags, never starts another).
 * {@code -Dempathy.batchJvm=false} keeps every run in the first JVM. The child inherits stdin,
 * stdout, stderr, every JVM option and argument; its exit code is the process's, and its answers
 * are the same byte for byte.
 */
final class BatchJvm {
  /** Input waiting on stdin from which a batch gains from the child's flags. */
  static final long MIN_PENDING_BYTES = 32 * 1024;

  /** The flags the child adds before the caller's own options. */
  static final List<String> FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

  private static final Set<String> COMMANDS = Set.of("compose", "analyze", "review", "qa");
  private static final List<String> ENV_OPTIONS =
      List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

  private BatchJvm() {}

  /**
   * The child's command line for this run, or empty when the run stays in this JVM.
   *
   * @param args the program's arguments (the command first)
   * @param pendingBytes bytes already waiting on stdin
   * @param java the path of this JVM's executable, if known
   * @param jvmCommandLine every argument this JVM was started with after the executable (its
   *     options, {@code -jar} and the jar, the program's arguments), if known
   * @param env the environment
   * @param batchJvm the value of {@code -Dempathy.batchJvm}, or null
   */
  static Optional<List<String>> childCommand(
      String[] args,
      long pendingBytes,
      Optional<String> java,
      Optional<String[]> jvmCommandLine,
      Map<String, String> env,
      String batchJvm) {
    if (args.length == 0 || !COMMANDS.contains(args[0]) || "false".equals(batchJvm)) {
      return Optional.empty();
    }
    if (pendingBytes < MIN_PENDING_BYTES || java.isEmpty() || jvmCommandLine.isEmpty()) {
      return Optional.empty();
    }
    List<String> line = List.of(jvmCommandLine.get());
    if (line.size() < args.length || !line.subList(line.size() - args.length, line.size()).equals(List.of(args))) {
      return Optional.empty(); // not the command line we were given: do not guess
    }
    for (String option : line.subList(0, line.size() - args.length)) {
      if (choosesCompilerOrCollector(option)) {
        return Optional.empty();
      }
    }
    for (String name : ENV_OPTIONS) {
      String value = env.get(name);
      if (value != null) {
        for (String option : value.trim().split("\\s+")) {
          if (choosesCompilerOrCollector(option)) {
            return Optional.empty();
          }
        }
      }
    }
    List<String> command = new ArrayList<>(1 + FLAGS.size() + line.size());
    command.add(java.get());
    command.addAll(FLAGS);
    command.addAll(line);
    return Optional.of(command);
  }

  /**
   * The input a run has waiting: for {@code qa}, the size of its {@code --in} file (or what is
   * waiting on stdin for {@code --in -}; 0 without {@code --in} or for a file that cannot be
   * read, which qa then reports itself); for the JSON Lines commands, what is waiting on stdin.
   *
   * @param args the program's arguments (the command first)
   * @param stdinAvailable bytes already waiting on stdin
   */
  static long pendingBytes(String[] args, long stdinAvailable) {
    if (args.length == 0 || !args[0].equals("qa")) {
      return stdinAvailable;
    }
    for (int i = 1; i + 1 < args.length; i += 2) {
      if (args[i].equals("--in")) {
        if (args[i + 1].equals("-")) {
          return stdinAvailable;
        }
        try {
          Path in = Path.of(args[i + 1]);
          return Files.isRegularFile(in) ? Files.size(in) : 0;
        } catch (IOException | InvalidPathException | SecurityException e) {
          return 0;
        }
      }
    }
    return 0;
  }

  /**
   * True for an option that picks a collector, the compilers or how they run, or may (a file of
   * options, which is not read here).
   */
  static boolean choosesCompilerOrCollector(String option) {
    if (option.equals("-Xint") || option.equals("-Xcomp") || option.equals("-Xmixed")) {
      return true;
    }
    if (option.startsWith("@") || option.startsWith("-XX:Flags=") || option.startsWith("-XX:VMOptionsFile=")) {
      return true;
    }
    if (!option.startsWith("-XX:")) {
      return false;
    }
    String name = option.substring(4).replaceFirst("^[+-]", "");
    return name.startsWith("Tiered")
        || name.startsWith("CompilationMode")
        || name.startsWith("UseJVMCICompiler")
        || (name.startsWith("Use") && name.contains("GC"));
  }

  /**
   * Runs the child and waits for it. A signal that ends this JVM ends the child too.
   *
   * @return the child's exit code, or empty when it could not be started (the caller then runs
   *     the command itself)
   */
  static Optional<Integer> run(List<String> command) {
    Process child;
    try {
      child = new ProcessBuilder(command).inheritIO().start();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    Thread stop = new Thread(child::destroy, "empathy-cli-child-stop");
    Runtime.getRuntime().addShutdownHook(stop);
    while (true) {
      try {
        return Optional.of(child.waitFor());
      } catch (InterruptedException e) {
        child.destroy();
      }
    }
  }
}
