package dev.empathy.examples.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.empathy.examples.cli.CliRun;
import java.util.List;

/**
 * Fuzz tests of the JSON Lines commands: any bytes, and any values in well-formed objects, give
 * exactly one JSON answer per line and never an internal error. {@code mvn verify} replays the
 * committed seeds in {@code src/test/resources/dev/empathy/examples/fuzz/CliFuzzTestInputs/};
 * {@code JAZZER_FUZZ=1 mvn -pl empathy-examples -am test -Dtest=CliFuzzTest} fuzzes for real.
 */
class CliFuzzTest {
  private static final List<String> CHANNELS = List.of("chat", "email", "social", "sms", "voice");

  @FuzzTest(maxDuration = "30s")
  void anyBytesToAnyCommand(FuzzedDataProvider data) {
    String command = data.pickValue(List.of("compose", "analyze", "review"));
    byte[] input = data.consumeRemainingAsBytes();
    CliRun run = CliRun.of(input, command);
    check(run);
  }

  @FuzzTest(maxDuration = "30s")
  void anyValuesInAComposeRequestForEveryChannel(FuzzedDataProvider data) {
    String channel = data.pickValue(CHANNELS);
    String line = "{\"emotion\":" + json(data.consumeString(20)) + ",\"situation\":" + json(data.consumeString(200))
        + ",\"actions\":[" + json(data.consumeString(200)) + "],\"customer\":" + json(data.consumeString(40))
        + ",\"channel\":\"" + channel + "\",\"limit\":" + data.consumeInt(-5, 5000)
        + ",\"overflow\":" + json(data.pickValue(List.of("shorten", "split", "fail", "x")))
        + ",\"timeline\":{\"within\":" + json(data.consumeString(12)) + ",\"owner\":" + json(data.consumeString(20)) + "}"
        + ",\"now\":" + json(data.consumeString(30)) + "}";
    check(CliRun.of(line + "\n", "compose"));
    String review = "{\"text\":" + json(data.consumeRemainingAsString()) + ",\"channel\":\"" + channel + "\"}";
    check(CliRun.of(review + "\n", "review"));
    check(CliRun.of(review.replace("\"text\"", "\"text\"") + "\n", "analyze"));
  }

  private static void check(CliRun run) {
    assertTrue(run.exitCode() == 0 || run.exitCode() == 1, "exit " + run.exitCode() + ": " + run.stderr());
    assertTrue(!run.stderr().contains("internal error"), run.stderr());
    String out = new String(run.stdout(), UTF_8);
    for (String line : out.split("\n")) {
      if (!line.isEmpty()) {
        assertEquals('{', line.charAt(0), line);
      }
    }
  }

  private static String json(String s) {
    StringBuilder sb = new StringBuilder("\"");
    s.chars().forEach(c -> {
      if (c == '"' || c == '\\') {
        sb.append('\\').append((char) c);
      } else if (c < 0x20) {
        sb.append(String.format("\\u%04x", c));
      } else {
        sb.append((char) c);
      }
    });
    return sb.append('"').toString();
  }
}
