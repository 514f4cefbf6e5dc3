package dev.empathy.examples.json;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;

/**
 * Reads UTF-8 lines with a bound on their length, enforced while reading: a line longer than the
 * limit is never held in memory, its bytes are skipped up to the next line end and it comes back
 * as {@link Line#tooLong()} so the caller can answer it with an error and go on.
 *
 * <pre>{@code
 * BoundedLines lines = new BoundedLines(System.in, BoundedLines.DEFAULT_MAX_BYTES);
 * for (BoundedLines.Line l = lines.next(); l != null; l = lines.next()) {
 *   if (l.tooLong()) { ... l.bytes() ... } else { ... l.text() ... }
 * }
 * }</pre>
 *
 * <p>Lines end with LF, CRLF or CR; a leading byte-order mark is skipped; malformed UTF-8 becomes
 * U+FFFD. Not thread-safe.
 */
public final class BoundedLines {
  /** The default longest line: 1 MiB (1,048,576 bytes of UTF-8, line end excluded). */
  public static final int DEFAULT_MAX_BYTES = 1 << 20;

  /**
   * One line: its 1-based number, its text (null when too long) and its length in bytes (for a
   * line that is too long, the bytes counted before giving up counting at {@code Long.MAX_VALUE}).
   */
  public record Line(long number, String text, long bytes) {
    /** True when the line was longer than the limit; {@link #text()} is then null. */
    public boolean tooLong() {
      return text == null;
    }
  }

  private final InputStream in;
  private final int maxBytes;
  private final byte[] buffer = new byte[64 * 1024];
  private int pos;
  private int limit;
  private byte[] line = new byte[256];
  private long number;
  private boolean skipLf;
  private boolean eof;

  /**
   * @param maxBytes the longest line accepted, at least 1
   */
  public BoundedLines(InputStream in, int maxBytes) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be at least 1, got " + maxBytes);
    }
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** The limit this reader enforces, in bytes. */
  public int maxBytes() {
    return maxBytes;
  }

  /**
   * True when {@link #next} can answer from what is already read, without reading the input
   * again (so without blocking): a whole line is in the buffer, or the input has ended. False
   * does not mean there is no next line.
   */
  public boolean lineReady() {
    if (eof) {
      return true;
    }
    int from = pos;
    if (skipLf && from < limit && buffer[from] == '\n') {
      from++;
    }
    for (int i = from; i < limit; i++) {
      byte b = buffer[i];
      if (b == '\n' || b == '\r') {
        return true;
      }
    }
    return false;
  }

  /** The next line, or null at the end of the input. */
  public Line next() throws IOException {
    int length = 0;
    long counted = 0;
    boolean any = false;
    while (true) {
      if (pos == limit && !fill()) {
        if (!any) {
          return null;
        }
        break;
      }
      byte b = buffer[pos++];
      if (skipLf) {
        skipLf = false;
        if (b == '\n') {
          continue;
        }
      }
      any = true;
      if (b == '\n') {
        break;
      }
      if (b == '\r') {
        skipLf = true;
        break;
      }
      if (counted < maxBytes) {
        if (length == line.length) {
          byte[] bigger = new byte[(int) Math.min(maxBytes, (long) line.length * 2)];
          System.arraycopy(line, 0, bigger, 0, length);
          line = bigger;
        }
        line[length++] = b;
      }
      if (counted < Long.MAX_VALUE) {
        counted++;
      }
    }
    number++;
    if (counted > maxBytes) {
      return new Line(number, null, counted);
    }
    int from = 0;
    if (number == 1 && length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF) {
      from = 3;
    }
    String text = decode(line, from, length - from);
    if (line.length > 64 * 1024) {
      line = new byte[256]; // a long line's buffer is not kept for the rest of the stream
    }
    return new Line(number, text, counted);
  }

  /** One decoder per reader ({@code decode(ByteBuffer)} resets it before each line). */
  private final CharsetDecoder decoder =
      UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);

  private String decode(byte[] bytes, int from, int length) {
    try {
      return decoder.decode(ByteBuffer.wrap(bytes, from, length)).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder cannot fail", e);
    }
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n = in.read(buffer, 0, buffer.length);
    if (n <= 0) {
      eof = n < 0;
      if (n == 0) {
        int b = in.read();
        if (b < 0) {
          eof = true;
          return false;
        }
        buffer[0] = (byte) b;
        pos = 0;
        limit = 1;
        return true;
      }
      return false;
    }
    pos = 0;
    limit = n;
    return true;
  }
}
