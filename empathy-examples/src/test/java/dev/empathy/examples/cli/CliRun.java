package dev.empathy.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** One in-process run of the CLI with in-memory streams: what a shell would see. */
public record CliRun(int exitCode, byte[] stdout, String stderr) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public static CliRun of(String stdin, String... args) {
    return of(stdin.getBytes(UTF_8), args);
  }

  public static CliRun of(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream errStream = new PrintStream(err, true, UTF_8)) {
      code = Main.run(args, new ByteArrayInputStream(stdin), out, errStream, false);
    }
    return new CliRun(code, out.toByteArray(), err.toString(UTF_8));
  }

  public String out() {
    return new String(stdout, UTF_8);
  }

  /** Each stdout line parsed as JSON (fails the test if a line is not JSON). */
  public List<JsonNode> json() {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out().split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      try {
        nodes.add(JSON.readTree(line));
      } catch (IOException e) {
        throw new AssertionError("stdout line is not JSON: " + line, e);
      }
    }
    return nodes;
  }

  public static String resource(String path) {
    try (InputStream in = CliRun.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new AssertionError("missing test resource " + path);
      }
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
