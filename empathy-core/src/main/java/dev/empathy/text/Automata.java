package dev.empathy.text;

import static java.nio.charset.StandardCharsets.UTF_8;

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
 * id order as one run of UTF-16 chars, then the char offset where each word ends), the transition
 * table (its capacity, size and form, then either the symbol and value widths and every packed
 * slot, or, for a table too wide to pack, a bit per slot and the used slots' keys and values), the
 * failure and output links, the outputs (where each state's parts start, then the parts), the
 * part and pattern arrays, and the derived tables (each state's first output, the root's edges by
 * symbol), each as a length and values, then the longest reach of a gapped phrase's part.
 */
final class Automata {
  private static final int MAGIC = 0x454D5041; // "EMPA"
  private static final int VERSION = 6;
  /** The transition table's forms in the file: its packed array whole, or its used slots. */
  private static final int PACKED = 1;
  private static final int USED_SLOTS = 0;
  private static final String DIR = "/dev/empathy/text/automata/";
  /** Set by the build: where newly compiled tables are written. */
  static final String OUT_PROPERTY = "dev.empathy.automata.out";

  /**
   * Everything a {@link PhraseMatcher} computes from its phrases. Read-only once built. The last
   * three are derived from the others (the shorter constructor derives them) and stored in the
   * file too: deriving them ran a loop over every state and every word, interpreted at a cold start.
   */
  record Tables(
      char[] words,
      int[] wordEnds,
      TransitionTable transitions,
      int[] fail,
      int[] outputLink,
      int[] outputStart,
      int[] outputParts,
      int[] partPattern,
      int[] partOrdinal,
      int[] partLength,
      int[] partGapBefore,
      int[] patternParts,
      int[] patternEntry,
      boolean hasGaps,
      int[] firstOutput,
      int[] rootNext,
      int maxReach) {

    /** Tables with the derived arrays computed from the others. */
    Tables(
        char[] words,
        int[] wordEnds,
        TransitionTable transitions,
        int[] fail,
        int[] outputLink,
        int[] outputStart,
        int[] outputParts,
        int[] partPattern,
        int[] partOrdinal,
        int[] partLength,
        int[] partGapBefore,
        int[] patternParts,
        int[] patternEntry,
        boolean hasGaps) {
      this(
          words, wordEnds, transitions, fail, outputLink, outputStart, outputParts, partPattern, partOrdinal, partLength, partGapBefore,
          patternParts, patternEntry, hasGaps, firstOutputs(outputStart, outputLink), rootEdges(transitions, wordEnds.length),
          maxReach(partLength, partGapBefore));
    }

    /** Each state's first state with an output along its output links (0: none): the state itself when it has outputs. */
    static int[] firstOutputs(int[] outputStart, int[] outputLink) {
      int[] first = new int[outputLink.length];
      for (int s = 0; s < first.length; s++) {
        first[s] = outputStart[s + 1] > outputStart[s] ? s : outputLink[s];
      }
      return first;
    }

    /** The root state's edges as an array by symbol: most tokens are read from the root. */
    static int[] rootEdges(TransitionTable transitions, int symbols) {
      int[] next = new int[symbols];
      for (int s = 0; s < symbols; s++) {
        next[s] = transitions.get(0, s);
      }
      return next;
    }

    /** The most tokens from a gapped phrase's part's end to the next part's end: a part's length plus the gap before it. */
    static int maxReach(int[] partLength, int[] partGapBefore) {
      int reach = 0;
      for (int p = 0; p < partLength.length; p++) {
        reach = Math.max(reach, partLength[p] + partGapBefore[p]);
      }
      return reach;
    }

    /** Same tables, compared array by array. */
    boolean sameAs(Tables o) {
      return Arrays.equals(words, o.words)
          && Arrays.equals(wordEnds, o.wordEnds)
          && Arrays.equals(transitions.keys(), o.transitions.keys())
          && Arrays.equals(transitions.values(), o.transitions.values())
          && transitions.size() == o.transitions.size()
          && Arrays.equals(fail, o.fail)
          && Arrays.equals(outputLink, o.outputLink)
          && Arrays.equals(outputStart, o.outputStart)
          && Arrays.equals(outputParts, o.outputParts)
          && Arrays.equals(partPattern, o.partPattern)
          && Arrays.equals(partOrdinal, o.partOrdinal)
          && Arrays.equals(partLength, o.partLength)
          && Arrays.equals(partGapBefore, o.partGapBefore)
          && Arrays.equals(patternParts, o.patternParts)
          && Arrays.equals(patternEntry, o.patternEntry)
          && hasGaps == o.hasGaps
          && Arrays.equals(firstOutput, o.firstOutput)
          && Arrays.equals(rootNext, o.rootNext)
          && maxReach == o.maxReach;
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
      char[] words = t.words();
      out.writeInt(words.length);
      for (char c : words) {
        out.writeChar(c);
      }
      ints(out, t.wordEnds());
      TransitionTable table = t.transitions();
      long[] packed = table.packedSlots();
      if (packed != null) {
        // A packed table as it lies in memory, empty slots and all: the reader copies it into its
        // array in bulk and runs no loop over the slots (scattering the used slots and packing
        // them cost a cold start 20-30 ms for each of the two largest tables; the 1 MB more to read
        // costs a few).
        out.writeInt(packed.length);
        out.writeInt(table.size());
        out.writeInt(PACKED);
        out.writeInt(table.symbolBits());
        out.writeInt(table.valueBits());
        for (long slot : packed) {
          out.writeLong(slot);
        }
      } else {
        usedSlots(out, table);
      }
      ints(out, t.fail());
      ints(out, t.outputLink());
      ints(out, t.outputStart());
      ints(out, t.outputParts());
      ints(out, t.partPattern());
      ints(out, t.partOrdinal());
      ints(out, t.partLength());
      ints(out, t.partGapBefore());
      ints(out, t.patternParts());
      ints(out, t.patternEntry());
      ints(out, t.firstOutput());
      ints(out, t.rootNext());
      out.writeInt(t.maxReach());
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A table whose numbers do not fit a packed slot, without its empty slots: which slots are used
   * (one bit each), then the used slots' keys and values in slot order.
   */
  private static void usedSlots(DataOutputStream out, TransitionTable table) throws IOException {
    long[] keys = table.keys();
    int[] values = table.values();
    out.writeInt(keys.length);
    out.writeInt(table.size());
    out.writeInt(USED_SLOTS);
    long[] used = new long[(keys.length + 63) >>> 6];
    for (int i = 0; i < keys.length; i++) {
      if (values[i] >= 0) {
        used[i >>> 6] |= 1L << i;
      }
    }
    for (long w : used) {
      out.writeLong(w);
    }
    for (int i = 0; i < keys.length; i++) {
      if (values[i] >= 0) {
        out.writeLong(keys[i]);
      }
    }
    for (int i = 0; i < keys.length; i++) {
      if (values[i] >= 0) {
        out.writeInt(values[i]);
      }
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
   * tables' arrays, with no whole-file buffer (which doubled a cold start's allocation and made the
   * young collector run). A packed transition table is copied whole into its array ({@link
   * TransitionTable#ofPacked}); one that could not be packed is written as its used slots, which go
   * to their places through a small buffer ({@link TransitionTable#ofUsedSlots}).
   */
  static Tables read(InputStream stream, String name) throws IOException {
    Chunks in = new Chunks(stream, name);
    if (in.getInt() != MAGIC || in.getInt() != VERSION) {
      throw new IllegalStateException("precompiled automaton " + name + " has another format; rebuild");
    }
    boolean gaps = in.getInt() == 1;
    char[] words = in.chars(in.getInt());
    int[] ends = in.ints();
    for (int id = 0, start = 0; id < ends.length; start = ends[id++]) {
      if (ends[id] < start || ends[id] > words.length) {
        throw new IllegalStateException("precompiled automaton " + name + " has a broken vocabulary; rebuild");
      }
    }
    int capacity = in.getInt();
    int size = in.getInt();
    if (Integer.bitCount(capacity) != 1 || size < 0 || size > capacity) {
      throw new IllegalStateException("precompiled automaton " + name + " has a broken transition table; rebuild");
    }
    int form = in.getInt();
    TransitionTable transitions;
    if (form == PACKED) {
      int symbolBits = in.getInt();
      int valueBits = in.getInt();
      try {
        transitions = TransitionTable.ofPacked(in.longs(capacity), size, symbolBits, valueBits);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("precompiled automaton " + name + " has a broken transition table; rebuild", e);
      }
    } else if (form == USED_SLOTS) {
      transitions = usedSlots(in, name, capacity, size);
    } else {
      throw new IllegalStateException("precompiled automaton " + name + " has a broken transition table; rebuild");
    }
    Tables tables =
        new Tables(
            words,
            ends,
            transitions,
            in.ints(),
            in.ints(),
            in.ints(),
            in.ints(),
            in.ints(),
            in.ints(),
            in.ints(),
            in.ints(),
            in.ints(),
            in.ints(),
            gaps,
            in.ints(),
            in.ints(),
            in.getInt());
    in.expectEnd();
    if (tables.firstOutput().length != tables.outputLink().length || tables.rootNext().length != ends.length || tables.maxReach() < 0) {
      throw new IllegalStateException("precompiled automaton " + name + " has broken derived tables; rebuild");
    }
    return tables;
  }

  /** A table written as its used slots: the keys scattered to their slots, then packed in place. */
  private static TransitionTable usedSlots(Chunks in, String name, int capacity, int size) throws IOException {
    long[] used = in.longs((capacity + 63) >>> 6);
    int usedSlots = 0;
    for (long u : used) {
      usedSlots += Long.bitCount(u);
    }
    if (usedSlots != size) {
      throw new IllegalStateException("precompiled automaton " + name + " has a broken transition table; rebuild");
    }
    // The used slots' keys, scattered to their slots through one small buffer, then their next
    // states in slot order: the table packs them in place (TransitionTable.ofUsedSlots).
    long[] slots = new long[capacity];
    if (scatterKeys(in, used, size, new long[Math.min(size, 4096)], slots) != size) {
      throw new IllegalStateException("precompiled automaton " + name + " has a broken transition table; rebuild");
    }
    return TransitionTable.ofUsedSlots(slots, used, in.ints(size));
  }

  /** Reads {@code size} keys in chunks and puts each in the next used slot; the number of slots filled. */
  private static int scatterKeys(Chunks in, long[] used, int size, long[] chunk, long[] keys) throws IOException {
    int w = 0;
    long bits = used.length == 0 ? 0 : used[0];
    int done = 0;
    while (done < size) {
      int n = Math.min(chunk.length, size - done);
      in.longs(chunk, n);
      for (int k = 0; k < n; k++) {
        while (bits == 0) {
          if (++w == used.length) {
            return done;
          }
          bits = used[w];
        }
        int slot = (w << 6) + Long.numberOfTrailingZeros(bits);
        if (slot >= keys.length) {
          return done;
        }
        keys[slot] = chunk[k];
        bits &= bits - 1;
        done++;
      }
    }
    return done;
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

    int[] ints() throws IOException {
      return ints(getInt());
    }

    int[] ints(int length) throws IOException {
      if (length < 0) {
        throw new IllegalStateException("precompiled automaton " + name + " has a negative length; rebuild");
      }
      int[] a = new int[length];
      ints(a, length);
      return a;
    }

    /** Reads {@code length} ints into the start of {@code a}. */
    void ints(int[] a, int length) throws IOException {
      for (int at = 0; at < length; ) {
        need(Integer.BYTES);
        int n = Math.min(length - at, buf.remaining() / Integer.BYTES);
        buf.asIntBuffer().get(a, at, n);
        buf.position(buf.position() + n * Integer.BYTES);
        at += n;
      }
    }

    char[] chars(int length) throws IOException {
      if (length < 0) {
        throw new IllegalStateException("precompiled automaton " + name + " has a negative length; rebuild");
      }
      char[] a = new char[length];
      for (int at = 0; at < a.length; ) {
        need(Character.BYTES);
        int n = Math.min(a.length - at, buf.remaining() / Character.BYTES);
        buf.asCharBuffer().get(a, at, n);
        buf.position(buf.position() + n * Character.BYTES);
        at += n;
      }
      return a;
    }

    long[] longs(int length) throws IOException {
      if (length < 0) {
        throw new IllegalStateException("precompiled automaton " + name + " has a negative length; rebuild");
      }
      long[] a = new long[length];
      longs(a, length);
      return a;
    }

    /** Reads {@code length} longs into the start of {@code a}. */
    void longs(long[] a, int length) throws IOException {
      for (int at = 0; at < length; ) {
        need(Long.BYTES);
        int n = Math.min(length - at, buf.remaining() / Long.BYTES);
        buf.asLongBuffer().get(a, at, n);
        buf.position(buf.position() + n * Long.BYTES);
        at += n;
      }
    }

    void expectEnd() throws IOException {
      if (buf.hasRemaining() || in.read() >= 0) {
        throw new IllegalStateException("precompiled automaton " + name + " has bytes after its tables; rebuild");
      }
    }
  }
}
