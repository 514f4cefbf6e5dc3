package dev.empathy.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a JSON Lines batch moves to a child JVM with the quick compiler, and with what line. */
class BatchJvmTest {
  private static final Optional<String> JAVA = Optional.of("/usr/lib/jvm/17/bin/java");
  private static final long BIG = BatchJvm.MIN_PENDING_BYTES;

  private static Optional<List<String>> child(long pending, String[] args, String... jvmLine) {
    return child(pending, Map.of(), null, args, jvmLine);
  }

  private static Optional<List<String>> child(
      long pending, Map<String, String> env, String property, String[] args, String... jvmLine) {
    return BatchJvm.childCommand(args, pending, JAVA, Optional.of(jvmLine), env, property);
  }

  @Test
  void aLongReviewOnStdinRunsWithTheQuickCompilerAndEveryOptionAndArgumentKept() {
    Optional<List<String>> child =
        child(BIG, new String[] {"review"}, "-Xmx512m", "-Dempathy.threads=2", "-jar", "cli.jar", "review");

    assertEquals(
        Optional.of(
            List.of(
                "/usr/lib/jvm/17/bin/java",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Xmx512m",
                "-Dempathy.threads=2",
                "-jar",
                "cli.jar",
                "review")),
        child);
  }

  @Test
  void composeAndAnalyzeMoveTooWithTheirArguments() {
    String[] args = {"analyze", "--max-line-bytes", "2048"};
    Optional<List<String>> child =
        child(BIG, args, "-cp", "cli.jar", "dev.empathy.examples.cli.Main", "analyze", "--max-line-bytes", "2048");

    assertTrue(child.isPresent());
    assertEquals(List.of("analyze", "--max-line-bytes", "2048"), child.get().subList(6, 9));
    assertTrue(child(BIG, new String[] {"compose"}, "-jar", "cli.jar", "compose").isPresent());
  }

  @Test
  void aShortInputStaysInThisJvm() {
    assertEquals(Optional.empty(), child(BIG - 1, new String[] {"review"}, "-jar", "cli.jar", "review"));
    assertEquals(Optional.empty(), child(0, new String[] {"review"}, "-jar", "cli.jar", "review"));
  }

  @Test
  void longRunningAndFileCommandsStayInThisJvm() {
    for (String command : List.of("serve", "bot", "drill", "demo", "--help")) {
      assertEquals(Optional.empty(), child(BIG, new String[] {command}, "-jar", "cli.jar", command), command);
    }
  }

  @Test
  void qaMovesWhenItsInputFileIsLongAndStaysForAShortOneOrNone(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("export.jsonl");
    Files.write(big, new byte[(int) BIG]);
    Path small = dir.resolve("small.jsonl");
    Files.write(small, new byte[(int) BIG - 1]);
    String[] onBig = {"qa", "--in", big.toString(), "--out", dir.resolve("out").toString()};
    String[] onSmall = {"qa", "--out", dir.resolve("out").toString(), "--in", small.toString()};

    assertEquals(BIG, BatchJvm.pendingBytes(onBig, 0));
    assertEquals(BIG - 1, BatchJvm.pendingBytes(onSmall, BIG * 10)); // the file, not stdin
    assertEquals(BIG, BatchJvm.pendingBytes(new String[] {"qa", "--in", "-", "--out", "o"}, BIG));
    assertEquals(0, BatchJvm.pendingBytes(new String[] {"qa", "--in", dir.resolve("missing").toString()}, BIG));
    assertEquals(0, BatchJvm.pendingBytes(new String[] {"qa", "--out", "o"}, BIG));
    assertEquals(0, BatchJvm.pendingBytes(new String[] {"qa", "--in", dir.toString()}, BIG)); // a directory
    assertEquals(7, BatchJvm.pendingBytes(new String[] {"review"}, 7));

    String[] jvm = {"-jar", "cli.jar"};
    assertTrue(child(BatchJvm.pendingBytes(onBig, 0), onBig, concat(jvm, onBig)).isPresent());
    assertFalse(child(BatchJvm.pendingBytes(onSmall, 0), onSmall, concat(jvm, onSmall)).isPresent());
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  @Test
  void theCallersCompilerOrCollectorChoiceOrOptionFileWinsSoTheChildNeverStartsAnother() {
    for (String option :
        List.of(
            "-XX:TieredStopAtLevel=1",
            "-XX:-TieredCompilation",
            "-XX:+UseG1GC",
            "-XX:+UseParallelGC",
            "-XX:+UseZGC",
            "-XX:CompilationMode=high-only",
            "-Xint",
            "-Xcomp",
            "@jvm-options.txt",
            "-XX:Flags=.hotspotrc",
            "-XX:VMOptionsFile=jvm.opts")) {
      assertEquals(
          Optional.empty(), child(BIG, new String[] {"review"}, option, "-jar", "cli.jar", "review"), option);
      assertEquals(
          Optional.empty(),
          child(BIG, Map.of("JAVA_TOOL_OPTIONS", "-Xmx1g  " + option), null, new String[] {"review"}, "-jar", "cli.jar", "review"),
          "JAVA_TOOL_OPTIONS " + option);
    }
    List<String> child = child(BIG, new String[] {"review"}, "-jar", "cli.jar", "review").orElseThrow();
    assertTrue(child.stream().anyMatch(BatchJvm::choosesCompilerOrCollector), "the child's own line: " + child);
  }

  @Test
  void otherOptionsDoNotCount() {
    for (String option : List.of("-Xmx64m", "-XX:MaxRAMPercentage=50", "-XX:SharedArchiveFile=a.jsa", "-Dgc=1")) {
      assertFalse(BatchJvm.choosesCompilerOrCollector(option), option);
    }
  }

  @Test
  void thePropertyFalseKeepsEveryRunInThisJvm() {
    assertEquals(
        Optional.empty(), child(BIG, Map.of(), "false", new String[] {"review"}, "-jar", "cli.jar", "review"));
    assertTrue(child(BIG, Map.of(), "true", new String[] {"review"}, "-jar", "cli.jar", "review").isPresent());
  }

  @Test
  void anUnknownOrUnexpectedJvmCommandLineIsNotGuessed() {
    String[] args = {"review"};
    assertEquals(Optional.empty(), BatchJvm.childCommand(args, BIG, Optional.empty(), Optional.of(new String[] {"-jar", "c.jar", "review"}), Map.of(), null));
    assertEquals(Optional.empty(), BatchJvm.childCommand(args, BIG, JAVA, Optional.empty(), Map.of(), null));
    assertEquals(Optional.empty(), child(BIG, args, "-jar", "cli.jar", "compose"));
    assertEquals(Optional.empty(), child(BIG, new String[] {"review", "-x"}, "review"));
  }
}
