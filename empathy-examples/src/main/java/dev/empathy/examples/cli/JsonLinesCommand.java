package dev.empathy.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.empathy.InvalidInputException;
import dev.empathy.channel.ChannelOverflowException;
import dev.empathy.examples.command.Command;
import dev.empathy.examples.command.OrderedPipeline;
import dev.empathy.examples.command.Invocation;
import dev.empathy.examples.command.UsageException;
import dev.empathy.examples.json.JsonInput;
import dev.empathy.examples.json.StrictJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;

/**
 * A command that reads JSON Lines on stdin and writes exactly one JSON object per non-blank input
 * line on stdout, in order, flushed line by line so it can sit in a pipe or behind a process
 * pool. Subclasses only turn one input object into one output object.
 *
 * <pre>{@code
 * final class EchoCommand extends JsonLinesCommand {
 *   public String name() { return "echo"; }
 *   public String summary() { return "Echoes each object."; }
 *   public String usage() { return "echo < in.jsonl"; }
 *   protected ObjectNode answer(JsonInput in) { return in.node(); }
 * }
 * }</pre>
 *
 * <p>The loop's rules, shared by every such command:
 *
 * <ul>
 *   <li>Input is UTF-8 (a leading byte-order mark is skipped; malformed bytes become U+FFFD);
 *       lines end with LF, CRLF or CR. Output is UTF-8 with LF line ends, whatever the platform.
 *   <li>A line that is empty or holds only JSON whitespace (space, tab) is skipped and produces no
 *       output. Every other line produces exactly one object.
 *   <li>A line the command cannot answer produces {@code {"error":{"field":…,"message":…,"line":n}}}
 *       and the loop goes on. {@code field} is the input path of the offending value ({@code
 *       summary}, {@code actions[1]}, {@code timeline.within}), or {@code "$"} for the line as a
 *       whole (broken JSON, not an object, or an internal error). {@code line} is the 1-based
 *       input line number.
 *   <li>When the input object has an {@code "id"} (string or number), the output object starts
 *       with the same {@code "id"}, errors included, so results can be joined back to inputs.
 *   <li>The exit code is 0 when every line was answered, 1 when any line produced an error.
 * </ul>
 */
abstract class JsonLinesCommand implements Command {
  /**
   * Answers one input object.
   *
   * @throws InvalidInputException naming the field (by its input path) that breaks a rule
   */
  protected abstract ObjectNode answer(JsonInput input);

  @Override
  public final int run(Invocation io) throws IOException {
    if (!io.args().isEmpty()) {
      throw new UsageException(
          name() + " takes no arguments; it reads JSON Lines on stdin (got " + io.args() + ")");
    }
    BufferedReader in = new BufferedReader(new InputStreamReader(io.in(), UTF_8));
    OutputStream out = io.out();
    int[] lineNumber = {0};
    int[] counts = {0, 0}; // answered, failed
    // Lines are answered on every core and written in input order; the next line's answer is
    // flushed at once unless the one after it is already done (see OrderedPipeline).
    OrderedPipeline.Source<NumberedLine> lines =
        () -> {
          for (String line = in.readLine(); line != null; line = in.readLine()) {
            int number = ++lineNumber[0];
            if (number == 1 && line.startsWith("\uFEFF")) {
              line = line.substring(1);
            }
            if (!isBlank(line)) {
              return new NumberedLine(line, number);
            }
          }
          return null;
        };
    OrderedPipeline.run(
        lines,
        l -> {
          ObjectNode result = answerLine(l.text(), l.number(), io);
          return new Answer(StrictJson.writeLine(result), result.has("error"));
        },
        (answer, more) -> {
          counts[0]++;
          if (answer.failed()) {
            counts[1]++;
          }
          out.write(answer.json());
          if (!more) {
            out.flush();
          }
        },
        OrderedPipeline.defaultThreads());
    out.flush();
    int answered = counts[0];
    int failed = counts[1];
    if (failed > 0) {
      io.err().println(name() + ": " + failed + " of " + answered + " lines were rejected (see their \"error\" objects)");
    }
    return failed == 0 ? 0 : 1;
  }

  private record NumberedLine(String text, int number) {}

  /** One answered line: its UTF-8 JSON with the line feed, and whether it is an error. */
  private record Answer(byte[] json, boolean failed) {}

  private ObjectNode answerLine(String line, int lineNumber, Invocation io) {
    JsonNode id = null;
    try {
      ObjectNode input = StrictJson.readObject(line);
      id = id(input);
      return withId(id, answer(JsonInput.of(input)));
    } catch (InvalidInputException e) {
      return error(id, e.field(), e.getMessage(), lineNumber);
    } catch (ChannelOverflowException e) {
      return error(id, "overflow", e.getMessage() + " and overflow is \"fail\"", lineNumber);
    } catch (RuntimeException e) {
      // A bug, not bad input: keep the stream going, and leave the stack trace for the report.
      io.err().println(name() + ": internal error on line " + lineNumber);
      e.printStackTrace(io.err());
      return error(id, StrictJson.WHOLE_LINE, "internal error (please report it): " + e, lineNumber);
    }
  }

  private static JsonNode id(ObjectNode input) {
    JsonNode id = input.get("id");
    return id != null && (id.isTextual() || id.isNumber()) ? id : null;
  }

  private static ObjectNode withId(JsonNode id, ObjectNode answer) {
    if (id == null) {
      return answer;
    }
    ObjectNode o = StrictJson.object();
    o.set("id", id);
    o.setAll(answer);
    return o;
  }

  private static ObjectNode error(JsonNode id, String field, String message, int lineNumber) {
    ObjectNode error = StrictJson.object();
    error.put("field", field);
    error.put("message", message);
    error.put("line", lineNumber);
    ObjectNode o = StrictJson.object();
    o.set("error", error);
    return withId(id, o);
  }

  private static boolean isBlank(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return true;
  }
}
