package dev.empathy.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole {@code review} process on a batch long enough to move to the child JVM answers as the
 * command does in-process, rejected line and exit code included.
 */
class BatchJvmProcessTest {
  @TempDir Path dir;

  private static final String[] DRAFTS = {
    "Unfortunately as per our policy you should have read the FAQ.",
    "ur refund is on its way!! sorry 4 the wait 🙏 lmk if u need anything @dana_k",
    "We apologize for any inconvenience. Per my last email, the order shipped &amp; arrives Tue.",
    "Ich verstehe, wie ärgerlich das ist. Ich habe die Rückerstattung veranlasst.",
  };

  @Test
  void aLongBatchAnswersAsInProcessWithTheRejectedLineAndItsExitCode() throws Exception {
    StringBuilder in = new StringBuilder();
    for (int i = 0; in.length() < 2 * BatchJvm.MIN_PENDING_BYTES; i++) {
      if (i == 57) {
        in.append("{\"id\":57,\"text\":3}\n"); // a number: answered with an error, exit code 1
        continue;
      }
      in.append("{\"id\":").append(i).append(",\"text\":\"").append(DRAFTS[i % DRAFTS.length]).append("\"}\n");
    }
    Path input = dir.resolve("drafts.jsonl");
    Files.writeString(input, in, UTF_8);
    CliRun inProcess = CliRun.of(in.toString(), "review");

    Process plain = start(input, dir.resolve("plain.jsonl"));
    Process oneJvm = start(input, dir.resolve("one.jsonl"), "-Dempathy.batchJvm=false");

    assertEquals(1, inProcess.exitCode());
    assertEquals(1, plain.waitFor(), "exit code of the plain run");
    assertEquals(1, oneJvm.waitFor(), "exit code of the one-JVM run");
    byte[] plainOut = Files.readAllBytes(dir.resolve("plain.jsonl"));
    assertTrue(new String(plainOut, UTF_8).contains("{\"id\":57,\"error\""), "the rejected line's answer");
    assertArrayEquals(inProcess.stdout(), plainOut);
    assertArrayEquals(inProcess.stdout(), Files.readAllBytes(dir.resolve("one.jsonl")));
  }

  private static Process start(Path input, Path output, String... jvmOptions) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(jvmOptions));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.add("review");
    return new ProcessBuilder(command)
        .redirectInput(input.toFile())
        .redirectOutput(output.toFile())
        .redirectError(new File(output + ".err"))
        .start();
  }
}
