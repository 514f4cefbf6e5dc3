package dev.empathy.examples.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.empathy.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fuzz tests of the CLI's JSON input: {@link StrictJson} parses any line into an object or
 * rejects it naming {@code $} or the duplicated field, and what it writes is one line that reads
 * back as the same object; {@link BoundedLines} splits any bytes, delivered in any chunks, exactly
 * as a reference splitter does (LF, CRLF or CR; a leading BOM skipped; malformed UTF-8 replaced)
 * and never returns a line longer than its limit.
 *
 * <p>{@code mvn verify} replays {@code JsonInputFuzzTestInputs/}; docs/cli.md gives the command
 * that fuzzes.
 */
class JsonInputFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void anyLineIsAnObjectOrRejectedByName(FuzzedDataProvider data) {
    String line = data.consumeRemainingAsString();
    ObjectNode node;
    try {
      node = StrictJson.readObject(line);
    } catch (InvalidInputException e) {
      assertTrue(e.field().equals(StrictJson.WHOLE_LINE) || line.contains("\"" + e.field().replaceAll(".*\\.", "")),
          () -> "rejection names " + e.field() + ": " + e.getMessage());
      assertFalse(e.getMessage().contains("[Source:"), () -> "parser internals in the message: " + e.getMessage());
      return;
    }
    String written = StrictJson.write(node);
    assertFalse(written.contains("\n") || written.contains("\r"), () -> "output is not one line: " + written);
    assertEquals(node, StrictJson.readObject(written), "what is written reads back the same");
  }

  @FuzzTest(maxDuration = "60s")
  void linesAreSplitAsTheReferenceSplitsThem(FuzzedDataProvider data) throws IOException {
    int max = data.consumeInt(1, 64);
    int chunk = data.consumeInt(1, 9);
    byte[] input = data.consumeRemainingAsBytes();
    BoundedLines lines = new BoundedLines(trickle(input, chunk), max);
    List<byte[]> expected = split(input);
    for (int i = 0; i < expected.size(); i++) {
      BoundedLines.Line l = lines.next();
      byte[] raw = expected.get(i);
      int n = i + 1;
      assertEquals(n, l.number(), "line numbers count from 1");
      assertEquals(raw.length, l.bytes(), () -> "byte count of line " + n);
      if (raw.length > max) {
        assertTrue(l.tooLong(), () -> "line " + n + " of " + raw.length + " bytes over " + max + " was returned");
      } else {
        byte[] body = i == 0 && raw.length >= 3 && (raw[0] & 0xFF) == 0xEF && (raw[1] & 0xFF) == 0xBB && (raw[2] & 0xFF) == 0xBF
            ? Arrays.copyOfRange(raw, 3, raw.length) : raw;
        assertEquals(decode(body), l.text(), () -> "text of line " + n);
      }
    }
    assertNull(lines.next(), "no line after the last");
  }

  /** The reference: LF, CR LF and CR end a line; text after the last line end is a line. */
  private static List<byte[]> split(byte[] input) {
    List<byte[]> out = new ArrayList<>();
    ByteArrayOutputStream cur = new ByteArrayOutputStream();
    boolean pending = false;
    boolean skipLf = false;
    for (byte b : input) {
      if (skipLf) {
        skipLf = false;
        if (b == '\n') {
          continue;
        }
      }
      if (b == '\n' || b == '\r') {
        out.add(cur.toByteArray());
        cur.reset();
        pending = false;
        skipLf = b == '\r';
        continue;
      }
      pending = true;
      cur.write(b);
    }
    if (pending) {
      out.add(cur.toByteArray());
    }
    return out;
  }

  private static String decode(byte[] bytes) {
    try {
      return UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new AssertionError(e);
    }
  }

  /** A stream that hands out at most {@code chunk} bytes per read, as a pipe may. */
  private static InputStream trickle(byte[] bytes, int chunk) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
  }
}
