package dev.empathy.text;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableMap;
import com.ibm.icu.util.VersionInfo;
import dev.empathy.text.PhraseMatcher.Anchoring;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Automata compiled at build time. Compiling a lexicon's automaton means tokenising thousands of
 * phrases with ICU, which is most of a cold start; the build does it once ({@code
 * dev.empathy.PrecompiledData}, run by Maven in {@code process-classes}) and stores each
 * automaton's tables as {@code /dev/empathy/text/automata/<fingerprint>.bin}. The fingerprint is
 * two checksums of everything the tables are made from (see {@link #fingerprint}): the phrases in
 * order, their anchoring, the accent folding, the ICU version and this format's version. A matcher whose fingerprint has no
 * resource (a team's own banned phrases, data edited since the build) is compiled as before, so a
 * stale or missing file can only cost time, never change a result. {@code
 * PrecompiledAutomataTest} compares every bundled table with a fresh compilation.
 *
 * <p>Format (big-endian): magic {@code EMPA}, version, flags, then the vocabulary (the words in
 * id order as one UTF-8 string, then the char offset where each word ends), the transition table's arrays, the failure and output links, the
 * outputs (lengths, then values) and the part and pattern arrays, each as a length and values.
 */
final class Automata {
  private static final int MAGIC = 0x454D5041; // "EMPA"
  private static final int VERSION = 3;
  private static final String DIR = "/dev/empathy/text/automata/";
  /** Set by the build: where newly compiled tables are written. */
  static final String OUT_PROPERTY = "dev.empathy.automata.out";

  /** Everything a {@link PhraseMatcher} computes from its phrases. Read-only once built. */
  record Tables(
      ImmutableMap<String, Integer> vocabulary,
      TransitionTable transitions,
      int[] fail,
      int[] outputLink,
      int[][] outputs,
      int[] partPattern,
      int[] partOrdinal,
      int[] partLength,
      int[] partGapBefore,
      int[] patternParts,
      int[] patternEntry,
      boolean hasGaps) {

    /** Same tables, compared array by array. */
    boolean sameAs(Tables o) {
      return vocabulary.equals(o.vocabulary)
          && Arrays.equals(transitions.keys(), o.transitions.keys())
          && Arrays.equals(transitions.values(), o.transitions.values())
          && transitions.size() == o.transitions.size()
          && Arrays.equals(fail, o.fail)
          && Arrays.equals(outputLink, o.outputLink)
          && Arrays.deepEquals(outputs, o.outputs)
          && Arrays.equals(partPattern, o.partPattern)
          && Arrays.equals(partOrdinal, o.partOrdinal)
          && Arrays.equals(partLength, o.partLength)
          && Arrays.equals(partGapBefore, o.partGapBefore)
          && Arrays.equals(patternParts, o.patternParts)
          && Arrays.equals(patternEntry, o.patternEntry)
          && hasGaps == o.hasGaps;
    }
  }

  private Automata() {}

  /**
   * The fingerprint of a matcher's inputs: 24 hex digits, a CRC-32 and a CRC-32C (two different
   * polynomials) of the phrases with their anchoring, the accent folding, ICU's version and this
   * format's version, then the input's length. An accidental match of a changed phrase list is
   * about one in 2^64. Both checksums are native code in the JDK, so a cold start pays about a
   * millisecond for a lexicon's 1.5 MB of phrases, where a SHA-256 run by the interpreter paid
   * hundreds.
   */
  static String fingerprint(boolean foldAccents, List<String> phrases, List<Anchoring> anchorings) {
    StringBuilder all = new StringBuilder(phrases.size() * 32);
    all.append('v').append(VERSION).append("|icu").append(VersionInfo.ICU_VERSION).append("|fold").append(foldAccents).append('\n');
    for (int i = 0; i < phrases.size(); i++) {
      all.append(phrases.get(i)).append('\0').append((char) anchorings.get(i).ordinal());
    }
    byte[] bytes = all.toString().getBytes(UTF_8);
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bytes.length);
    CRC32C crcC = new CRC32C();
    crcC.update(bytes, 0, bytes.length);
    StringBuilder hex = new StringBuilder(24);
    hex8(hex, crc.getValue());
    hex8(hex, crcC.getValue());
    hex8(hex, bytes.length);
    return hex.toString();
  }

  static void hex8(StringBuilder out, long value) {
    for (int shift = 28; shift >= 0; shift -= 4) {
      out.append(Character.forDigit((int) (value >>> shift) & 0xF, 16));
    }
  }

  /** The bundled tables for {@code fingerprint}, or null when the build made none. */
  static Tables precompiled(String fingerprint) {
    try (InputStream in = Automata.class.getResourceAsStream(DIR + fingerprint + ".bin")) {
      return in == null ? null : read(in, fingerprint);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read precompiled automaton " + fingerprint, e);
    }
  }

  /**
   * Writes freshly compiled tables when the build asked for them ({@value #OUT_PROPERTY}), with
   * their inputs beside them ({@code <fingerprint>.src}: the accent folding on the first line,
   * then one {@code anchoring<TAB>phrase} line per phrase), so a test can compile them again.
   */
  static void record(String fingerprint, Tables tables, boolean foldAccents, List<String> phrases, List<Anchoring> anchorings) {
    String out = System.getProperty(OUT_PROPERTY);
    if (out == null || out.isBlank()) {
      return;
    }
    try {
      Path dir = Path.of(out);
      Files.createDirectories(dir);
      Files.write(dir.resolve(fingerprint + ".bin"), write(tables));
      StringBuilder src = new StringBuilder().append(foldAccents).append('\n');
      for (int i = 0; i < phrases.size(); i++) {
        src.append(anchorings.get(i).name()).append('\t').append(phrases.get(i)).append('\n');
      }
      Files.writeString(dir.resolve(fingerprint + ".src"), src, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write precompiled automaton " + fingerprint, e);
    }
  }

  static byte[] write(Tables t) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      out.writeInt(t.hasGaps() ? 1 : 0);
      String[] words = new String[t.vocabulary().size()];
      t.vocabulary().forEach((w, id) -> words[id] = w);
      StringBuilder all = new StringBuilder();
      int[] ends = new int[words.length];
      for (int id = 0; id < words.length; id++) {
        ends[id] = all.append(words[id]).length();
      }
      byte[] utf8 = all.toString().getBytes(UTF_8);
      out.writeInt(utf8.length);
      out.write(utf8);
      ints(out, ends);
      long[] keys = t.transitions().keys();
      out.writeInt(keys.length);
      out.writeInt(t.transitions().size());
      for (long k : keys) {
        out.writeLong(k);
      }
      ints(out, t.transitions().values());
      ints(out, t.fail());
      ints(out, t.outputLink());
      int[] lengths = new int[t.outputs().length];
      int total = 0;
      for (int s = 0; s < lengths.length; s++) {
        lengths[s] = t.outputs()[s].length;
        total += lengths[s];
      }
      ints(out, lengths);
      int[] flat = new int[total];
      int at = 0;
      for (int[] o : t.outputs()) {
        System.arraycopy(o, 0, flat, at, o.length);
        at += o.length;
      }
      ints(out, flat);
      ints(out, t.partPattern());
      ints(out, t.partOrdinal());
      ints(out, t.partLength());
      ints(out, t.partGapBefore());
      ints(out, t.patternParts());
      ints(out, t.patternEntry());
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void ints(DataOutputStream out, int[] a) throws IOException {
    out.writeInt(a.length);
    for (int v : a) {
      out.writeInt(v);
    }
  }

  /**
   * Reads tables written by {@link #write}. The stream is read in 64 KB chunks straight into the
   * tables' arrays: a lexicon's 6 MB is copied once, with no whole-file buffer (which doubled a cold
   * start's allocation and made the young collector run).
   */
  static Tables read(InputStream stream, String name) throws IOException {
    Chunks in = new Chunks(stream, name);
    if (in.getInt() != MAGIC || in.getInt() != VERSION) {
      throw new IllegalStateException("precompiled automaton " + name + " has another format; rebuild");
    }
    boolean gaps = in.getInt() == 1;
    String words = new String(in.bytes(in.getInt()), UTF_8);
    int[] ends = in.ints();
    ImmutableMap.Builder<String, Integer> vocab = ImmutableMap.builderWithExpectedSize(ends.length);
    int start = 0;
    for (int id = 0; id < ends.length; id++) {
      vocab.put(words.substring(start, ends[id]), id);
      start = ends[id];
    }
    int capacity = in.getInt();
    int size = in.getInt();
    long[] keys = in.longs(capacity);
    int[] values = in.ints();
    int[] fail = in.ints();
    int[] outputLink = in.ints();
    int[] lengths = in.ints();
    int[] flat = in.ints();
    int[][] outputs = new int[lengths.length][];
    int at = 0;
    int[] empty = new int[0];
    for (int s = 0; s < lengths.length; s++) {
      outputs[s] = lengths[s] == 0 ? empty : Arrays.copyOfRange(flat, at, at + lengths[s]);
      at += lengths[s];
    }
    Tables tables =
        new Tables(
            vocab.buildOrThrow(),
            new TransitionTable(keys, values, size),
            fail,
            outputLink,
            outputs,
            in.ints(),
            in.ints(),
            in.ints(),
            in.ints(),
            in.ints(),
            in.ints(),
            gaps);
    in.expectEnd();
    return tables;
  }

  /** Big-endian numbers and arrays read through one reused 64 KB buffer. */
  private static final class Chunks {
    private final InputStream in;
    private final String name;
    private final ByteBuffer buf = ByteBuffer.allocate(1 << 16);

    Chunks(InputStream in, String name) {
      this.in = in;
      this.name = name;
      buf.limit(0);
    }

    /** Makes at least {@code n} (at most the buffer's size) bytes readable. */
    private void need(int n) throws IOException {
      if (buf.remaining() >= n) {
        return;
      }
      buf.compact();
      while (buf.position() < n) {
        int read = in.read(buf.array(), buf.position(), buf.capacity() - buf.position());
        if (read < 0) {
          throw new IllegalStateException("precompiled automaton " + name + " is cut short; rebuild");
        }
        buf.position(buf.position() + read);
      }
      buf.flip();
    }

    int getInt() throws IOException {
      need(Integer.BYTES);
      return buf.getInt();
    }

    byte[] bytes(int n) throws IOException {
      byte[] a = new byte[n];
      int at = Math.min(n, buf.remaining());
      buf.get(a, 0, at);
      if (in.readNBytes(a, at, n - at) != n - at) {
        throw new IllegalStateException("precompiled automaton " + name + " is cut short; rebuild");
      }
      return a;
    }

    int[] ints() throws IOException {
      int[] a = new int[getInt()];
      for (int at = 0; at < a.length; ) {
        need(Integer.BYTES);
        int n = Math.min(a.length - at, buf.remaining() / Integer.BYTES);
        buf.asIntBuffer().get(a, at, n);
        buf.position(buf.position() + n * Integer.BYTES);
        at += n;
      }
      return a;
    }

    long[] longs(int length) throws IOException {
      long[] a = new long[length];
      for (int at = 0; at < a.length; ) {
        need(Long.BYTES);
        int n = Math.min(a.length - at, buf.remaining() / Long.BYTES);
        buf.asLongBuffer().get(a, at, n);
        buf.position(buf.position() + n * Long.BYTES);
        at += n;
      }
      return a;
    }

    void expectEnd() throws IOException {
      if (buf.hasRemaining() || in.read() >= 0) {
        throw new IllegalStateException("precompiled automaton " + name + " has bytes after its tables; rebuild");
      }
    }
  }
}
