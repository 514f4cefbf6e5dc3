package dev.empathy.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.empathy.InvalidInputException;
import dev.empathy.channel.ChannelOverflowException;
import dev.empathy.examples.command.Command;
import dev.empathy.examples.command.OrderedPipeline;
import dev.empathy.examples.command.Invocation;
import dev.empathy.examples.command.UsageException;
import dev.empathy.examples.json.JsonInput;
import dev.empathy.examples.json.BoundedLines;
import dev.empathy.examples.json.StrictJson;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

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
 *   <li>No line may be longer than 1 MiB (1,048,576 bytes; {@code --max-line-bytes N} changes
 *       it): a longer line is skipped while it is read, never held whole, and answered with an
 *       error naming {@code "$"}.
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
 *       with the same {@code "id"}, errors included, so results can be joined back to inputs; an
 *       id of another type is an error naming {@code id}.
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

  /**
   * The answer's JSON line, UTF-8 with its line feed, written without a tree: exactly the bytes
   * {@code StrictJson.writeLine} makes of {@link #answer}'s object with {@code id} first (when
   * not null). The default returns null: the line is {@link #answer}'s tree, written. A command
   * whose answers are large overrides it (a tree of a few dozen maps per line is a visible share
   * of a long batch).
   *
   * @throws InvalidInputException as {@link #answer} does
   */
  protected byte[] answerLine(JsonInput input, JsonNode id) {
    return null;
  }

  @Override
  public final int run(Invocation io) throws IOException {
    int maxLineBytes = maxLineBytes(io.args());
    BoundedLines in = new BoundedLines(io.in(), maxLineBytes);
    OutputStream out = io.out();
    int[] counts = {0, 0}; // answered, failed
    // Lines are read with a byte limit (a longer one is never held whole and becomes an error
    // answer), answered on every core and written in input order; the next line's answer is
    // flushed at once unless the one after it is already done (see OrderedPipeline).
    OrderedPipeline.Source<NumberedLine> lines = () -> nextLine(in, false);
    java.util.function.Function<NumberedLine, Answer> work =
        l -> {
          if (l.text() == null) {
            ObjectNode result = error(null, StrictJson.WHOLE_LINE,
                "line is longer than " + maxLineBytes + " bytes (" + l.bytes() + " bytes); it was skipped"
                    + " (raise the limit with --max-line-bytes)", l.number());
            return new Answer(encode(result, l.number()), true);
          }
          return answerLine(l.text(), l.number(), io);
        };
    OrderedPipeline.Sink<Answer> sink =
        (answer, more) -> {
          counts[0]++;
          if (answer.failed()) {
            counts[1]++;
          }
          out.write(answer.json());
          if (!more) {
            out.flush();
          }
        };
    // The first line is answered here, before any thread is started, and the pool only starts when
    // a second line comes: a one-line run (a hook, a cron job, a test) pays for no threads, queues
    // or futures. Output order and flushing are unchanged.
    NumberedLine first = lines.next();
    if (first != null) {
      sink.accept(work.apply(first), false);
      NumberedLine second = lines.next();
      if (second != null) {
        // From the second line on, the pipeline's items are batches: a line and the lines after
        // it that are already read in (never waiting for more input, so a client that writes a
        // line and waits gets its answer), at most BATCH_LINES lines or about BATCH_BYTES. Per
        // line, handing work between threads (a task, a future, a queue and a wake-up each way)
        // cost as much as a short draft's review.
        NumberedLine[] pending = {second};
        OrderedPipeline.run(
            () -> {
              NumberedLine next = pending[0];
              pending[0] = null;
              if (next == null) {
                next = lines.next();
                if (next == null) {
                  return null;
                }
              }
              List<NumberedLine> batch = new java.util.ArrayList<>();
              batch.add(next);
              long bytes = next.bytes();
              while (batch.size() < BATCH_LINES && bytes < BATCH_BYTES) {
                NumberedLine more = nextLine(in, true);
                if (more == null) {
                  break;
                }
                batch.add(more);
                bytes += more.bytes();
              }
              return batch;
            },
            batch -> {
              Answer[] answers = new Answer[batch.size()];
              for (int k = 0; k < answers.length; k++) {
                answers[k] = work.apply(batch.get(k));
              }
              return answers;
            },
            (answers, more) -> {
              for (int k = 0; k < answers.length; k++) {
                sink.accept(answers[k], more || k + 1 < answers.length);
              }
            },
            OrderedPipeline.defaultThreads());
      }
    }
    out.flush();
    int answered = counts[0];
    int failed = counts[1];
    if (failed > 0) {
      io.err().println(name() + ": " + failed + " of " + answered + " lines were rejected (see their \"error\" objects)");
    }
    return failed == 0 ? 0 : 1;
  }

  /** At most this many lines are handed to a worker at once. */
  private static final int BATCH_LINES = 64;
  /** A batch takes no further line once its lines hold this many bytes. */
  private static final long BATCH_BYTES = 64 * 1024;

  /**
   * The next line that is not blank, or null at the end of the input; with {@code onlyIfRead},
   * null as well when the next line is not wholly read in yet (nothing blocks).
   */
  private static NumberedLine nextLine(BoundedLines in, boolean onlyIfRead) throws IOException {
    while (!onlyIfRead || in.lineReady()) {
      BoundedLines.Line read = in.next();
      if (read == null) {
        return null;
      }
      int number = (int) Math.min(Integer.MAX_VALUE, read.number());
      if (read.tooLong()) {
        return new NumberedLine(null, number, read.bytes());
      }
      if (!isBlank(read.text())) {
        return new NumberedLine(read.text(), number, read.bytes());
      }
    }
    return null;
  }

  /** A line to answer: its text (null when longer than the limit), number and length in bytes. */
  private record NumberedLine(String text, int number, long bytes) {}

  /** One answered line: its UTF-8 JSON with the line feed, and whether it is an error. */
  private record Answer(byte[] json, boolean failed) {}

  /** The only option: {@code --max-line-bytes N} (default {@link BoundedLines#DEFAULT_MAX_BYTES}). */
  private int maxLineBytes(List<String> args) {
    if (args.isEmpty()) {
      return BoundedLines.DEFAULT_MAX_BYTES;
    }
    String value = null;
    if (args.size() == 1 && args.get(0).startsWith("--max-line-bytes=")) {
      value = args.get(0).substring("--max-line-bytes=".length());
    } else if (args.size() == 2 && args.get(0).equals("--max-line-bytes")) {
      value = args.get(1);
    }
    if (value == null) {
      throw new UsageException(
          name() + " reads JSON Lines on stdin and takes only --max-line-bytes N (got " + args + ")");
    }
    try {
      int n = Integer.parseInt(value);
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException("--max-line-bytes must be a whole number from 1 to " + Integer.MAX_VALUE + ", got " + value);
  }

  /** The answer's UTF-8 line; an answer too large to encode becomes that line's error, not the process's. */
  private static byte[] encode(ObjectNode result, int lineNumber) {
    try {
      return StrictJson.writeLine(result);
    } catch (OutOfMemoryError | StackOverflowError e) {
      return StrictJson.writeLine(error(result.get("id"), StrictJson.WHOLE_LINE,
          "line is too large to answer within this process's memory (" + e.getClass().getSimpleName() + ")", lineNumber));
    }
  }

  private Answer answerLine(String line, int lineNumber, Invocation io) {
    JsonNode id = null;
    ObjectNode result;
    try {
      ObjectNode input = StrictJson.readObject(line);
      id = id(input);
      if (id != null && id.isNumber()) {
        String raw = StrictJson.rawNumber(line, "id");
        if (raw != null) {
          id = new com.fasterxml.jackson.databind.node.POJONode(new com.fasterxml.jackson.databind.util.RawValue(raw));
        }
      }
      JsonInput in = JsonInput.of(input);
      byte[] written = answerLine(in, id);
      if (written != null) {
        return new Answer(written, false);
      }
      result = withId(id, answer(in));
    } catch (InvalidInputException e) {
      result = error(id, e.field(), e.getMessage(), lineNumber);
    } catch (ChannelOverflowException e) {
      result = error(id, "overflow", e.getMessage() + " and overflow is \"fail\"", lineNumber);
    } catch (OutOfMemoryError | StackOverflowError e) {
      // One line's answer is garbage as soon as it is dropped: report it and go on.
      result = error(id, StrictJson.WHOLE_LINE, "line is too large to answer within this process's memory (" + e.getClass().getSimpleName() + ")", lineNumber);
    } catch (RuntimeException e) {
      // A bug, not bad input: keep the stream going, and leave the stack trace for the report.
      io.err().println(name() + ": internal error on line " + lineNumber);
      e.printStackTrace(io.err());
      result = error(id, StrictJson.WHOLE_LINE, "internal error (please report it): " + e, lineNumber);
    }
    return new Answer(encode(result, lineNumber), result.has("error"));
  }

  /** The line's id to echo: a string or a number; null when absent or null; else an error naming it. */
  private static JsonNode id(ObjectNode input) {
    JsonNode id = input.get("id");
    if (id == null || id.isNull() || id.isTextual() || id.isNumber()) {
      return id == null || id.isNull() ? null : id;
    }
    throw new InvalidInputException("id", "id must be a string or a number, to be echoed, but was " + StrictJson.describe(id));
  }

  static ObjectNode withId(JsonNode id, ObjectNode answer) {
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
