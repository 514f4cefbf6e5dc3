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
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * A phrase matcher compiled when the library was built, found by its <em>source</em>: the data
 * files its phrases are made from. A lexicon or rule book spells its files out into tens of
 * thousands of phrases (alternatives, word classes, slips, exception pairs) before a matcher can be
 * built, and on a cold start that expansion costs more than the automaton it leads to. With this
 * class a loader reads its files, checks the build recorded a matcher for exactly those bytes
 * ({@link #find}, {@link #madeFrom}), and then builds only the payloads, in the order it would have
 * added the phrases, and takes the matcher from the stored tables ({@link #matcher}).
 *
 * <pre>{@code
 * List<String> files = List.of("lexicon_en.tsv", "spelling_en.tsv");
 * List<byte[]> bytes = readEach(files);
 * Optional<PrecompiledPhrases> found = PrecompiledPhrases.find("lexicon_en")
 *     .filter(p -> p.sources().equals(files) && p.madeFrom("lexicon/1", bytes));
 * PhraseMatcher<Cue> m = found.isPresent()
 *     ? found.get().matcher(payloadsInOrder)      // no phrase is spelled out
 *     : compileFromTheFiles();
 * // at build time, after compiling:
 * PrecompiledPhrases.record("lexicon_en", files, PrecompiledPhrases.key("lexicon/1", files, bytes), m, notes);
 * }</pre>
 *
 * <p>The build ({@code dev.empathy.PrecompiledData}) runs every bundled loader the slow way and
 * {@link #record}s what it built beside the automata: {@code
 * /dev/empathy/text/automata/<name>.key} holds the sources' names and {@link #key}, the name of
 * the tables (the phrases' fingerprint), the accent folding, each phrase's anchoring and the
 * loader's own notes (for example how many phrases each rule expanded to). A file the build did
 * not see, or edited since, has another key and is compiled as before: a missing or stale record
 * costs time, never a result. Tests compare every bundled loader's precompiled and freshly
 * compiled matchers ({@link #difference}). The stored format is internal to the library and may
 * change in any release.
 */
public final class PrecompiledPhrases {
  private static final int MAGIC = 0x454D504B; // "EMPK"
  private static final int VERSION = 2;
  private static final String DIR = "/dev/empathy/text/automata/";

  private final String name;
  private final String sourceKey;
  private final List<String> sources;
  private final String fingerprint;
  private final boolean foldAccents;
  /** A bit per phrase, set where it is anchored inside words. */
  private final long[] insideWords;
  private final int size;
  private final int[] notes;

  private PrecompiledPhrases(
      String name, String sourceKey, List<String> sources, String fingerprint, boolean foldAccents, long[] insideWords, int size, int[] notes) {
    this.name = name;
    this.sourceKey = sourceKey;
    this.sources = sources;
    this.fingerprint = fingerprint;
    this.foldAccents = foldAccents;
    this.insideWords = insideWords;
    this.size = size;
    this.notes = notes;
  }

  /**
   * The key of a source: 24 hex digits, a CRC-32 and a CRC-32C of the loader's name and version,
   * ICU's version, and each file's name and bytes, then their total length.
   *
   * @param loader the loader and the version of its expansion rules, e.g. {@code "rulebook/1"}; a
   *     loader that changes how files become phrases changes its version
   * @param names the files' names, in the order read
   * @param contents each file's bytes, in the same order; null for a file that does not exist
   * @return the key
   * @throws IllegalArgumentException when the lists differ in length
   */
  public static String key(String loader, List<String> names, List<byte[]> contents) {
    if (names.size() != contents.size()) {
      throw new IllegalArgumentException("one name per file: " + names.size() + " names, " + contents.size() + " files");
    }
    CRC32 crc = new CRC32();
    CRC32C crcC = new CRC32C();
    long length = 0;
    byte[] head = (loader + "|icu" + VersionInfo.ICU_VERSION + "|v" + VERSION + "\n").getBytes(UTF_8);
    crc.update(head);
    crcC.update(head);
    length += head.length;
    for (int i = 0; i < names.size(); i++) {
      byte[] content = contents.get(i);
      byte[] name = ("\0" + names.get(i) + "\0" + (content == null ? "absent" : content.length) + "\0").getBytes(UTF_8);
      crc.update(name);
      crcC.update(name);
      length += name.length;
      if (content != null) {
        crc.update(content);
        crcC.update(content);
        length += content.length;
      }
    }
    StringBuilder hex = new StringBuilder(24);
    Automata.hex8(hex, crc.getValue());
    Automata.hex8(hex, crcC.getValue());
    Automata.hex8(hex, length);
    return hex.toString();
  }

  /**
   * The matcher the build recorded under {@code name}; empty when it recorded none (or its tables
   * are missing). A loader that named the record by its {@link #key} can use it at once; one that
   * named it otherwise (a lexicon's tag) checks {@link #madeFrom} first.
   *
   * @param name the name it was {@link #record}ed under
   * @return the record, or empty
   * @throws UncheckedIOException when a bundled file cannot be read
   */
  public static Optional<PrecompiledPhrases> find(String name) {
    byte[] bytes;
    try (InputStream in = PrecompiledPhrases.class.getResourceAsStream(DIR + name + ".key")) {
      if (in == null) {
        return Optional.empty();
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read precompiled phrases " + name, e);
    }
    ByteBuffer in = ByteBuffer.wrap(bytes);
    if (in.getInt() != MAGIC || in.getInt() != VERSION) {
      return Optional.empty(); // another format: compile as usual
    }
    String sourceKey = string(in);
    String[] sources = new String[in.getInt()];
    for (int i = 0; i < sources.length; i++) {
      sources[i] = string(in);
    }
    String fingerprint = string(in);
    boolean fold = in.get() != 0;
    // The anchorings as a bit per phrase (set: inside words), read in bulk: one byte per phrase
    // read one at a time ran 71,086 times interpreted on a cold start.
    int n = in.getInt();
    if (n < 0 || (n + 63L) / 64 * Long.BYTES > in.remaining()) {
      throw new IllegalStateException("precompiled phrases " + name + " have a broken anchoring count " + n + "; rebuild");
    }
    long[] insideWords = new long[(n + 63) >>> 6];
    in.asLongBuffer().get(insideWords);
    in.position(in.position() + insideWords.length * Long.BYTES);
    int[] notes = new int[in.getInt()];
    in.asIntBuffer().get(notes);
    if (PrecompiledPhrases.class.getResource(DIR + fingerprint + ".bin") == null) {
      return Optional.empty();
    }
    return Optional.of(new PrecompiledPhrases(name, sourceKey, List.of(sources), fingerprint, fold, insideWords, n, notes));
  }

  private static String string(ByteBuffer in) {
    byte[] b = new byte[in.getInt()];
    in.get(b);
    return new String(b, UTF_8);
  }

  /**
   * {@return the files the record was made from, in the order they were read}
   */
  public List<String> sources() {
    return sources;
  }

  /**
   * Whether the record was made from exactly these contents of its {@link #sources()}.
   *
   * @param loader the loader and its version, as given to {@link #key}
   * @param contents the bytes of each source now, in order; null for one that does not exist
   * @return true when their {@link #key} is the one recorded
   */
  public boolean madeFrom(String loader, List<byte[]> contents) {
    return contents.size() == sources.size() && key(loader, sources, contents).equals(sourceKey);
  }

  /**
   * {@return how many phrases the matcher has (and so how many payloads {@link #matcher} takes)}
   */
  public int size() {
    return size;
  }

  /**
   * The loader's own numbers, as it recorded them.
   *
   * @return a copy of the notes
   */
  public int[] notes() {
    return notes.clone();
  }

  /**
   * The matcher, with {@code payloads} in the order the phrases were added when it was recorded.
   *
   * @param payloads one per phrase
   * @param <T> the payload type
   * @return the matcher; {@link PhraseMatcher#precompiled()} is true
   * @throws IllegalStateException when the number of payloads is not {@link #size()}: the loader
   *     and the record disagree (a bug, or data edited without a rebuild)
   */
  public <T> PhraseMatcher<T> matcher(List<T> payloads) {
    if (payloads.size() != size) {
      throw new IllegalStateException(
          "precompiled phrases " + name + " have " + size + " phrases but the loader gave " + payloads.size() + " payloads");
    }
    Automata.Tables tables = Automata.precompiled(fingerprint);
    if (tables == null) {
      throw new IllegalStateException("precompiled phrases " + name + " lost their tables " + fingerprint + "; rebuild");
    }
    return new PhraseMatcher<>(foldAccents, payloads, insideWords, fingerprint, tables, null);
  }

  /**
   * Whether two matchers find the same: the same tables (their phrases have one fingerprint), the
   * same accent folding, and, phrase by phrase, the same anchoring and equivalent payloads. Tests
   * compare a loader's precompiled matcher with a freshly compiled one this way.
   *
   * @param a a matcher
   * @param b another matcher
   * @param samePayload whether two payloads are equivalent
   * @param <T> the payload type
   * @return the first difference found, or empty when they are the same
   */
  public static <T> Optional<String> difference(PhraseMatcher<T> a, PhraseMatcher<T> b, BiPredicate<? super T, ? super T> samePayload) {
    if (!a.fingerprint().equals(b.fingerprint())) {
      return Optional.of("tables " + a.fingerprint() + " and " + b.fingerprint());
    }
    if (a.foldsAccents() != b.foldsAccents()) {
      return Optional.of("accent folding");
    }
    if (!a.anchorings().equals(b.anchorings())) {
      return Optional.of("anchorings");
    }
    List<T> pa = a.payloads();
    List<T> pb = b.payloads();
    if (pa.size() != pb.size()) {
      return Optional.of(pa.size() + " and " + pb.size() + " payloads");
    }
    for (int i = 0; i < pa.size(); i++) {
      if (!samePayload.test(pa.get(i), pb.get(i))) {
        return Optional.of("payload " + i + ": " + pa.get(i) + " and " + pb.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * Records {@code matcher} under {@code name} when the build asks for it (the system property
   * {@code dev.empathy.automata.out} names the output folder); does nothing otherwise.
   *
   * @param name what {@link #find} will ask for: the {@code sourceKey} itself, or a name of the
   *     loader's (a lexicon's tag)
   * @param sources the files the matcher was made from, in the order read
   * @param sourceKey their {@link #key}
   * @param matcher the matcher compiled from them
   * @param notes the loader's own numbers, given back by {@link #notes()}
   * @throws UncheckedIOException when the file cannot be written
   */
  public static void record(String name, List<String> sources, String sourceKey, PhraseMatcher<?> matcher, int[] notes) {
    String out = System.getProperty(Automata.OUT_PROPERTY);
    if (out == null || out.isBlank()) {
      return;
    }
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream data = new DataOutputStream(bytes);
      data.writeInt(MAGIC);
      data.writeInt(VERSION);
      string(data, sourceKey);
      data.writeInt(sources.size());
      for (String source : sources) {
        string(data, source);
      }
      string(data, matcher.fingerprint());
      data.writeByte(matcher.foldsAccents() ? 1 : 0);
      List<Anchoring> anchorings = matcher.anchorings();
      data.writeInt(anchorings.size());
      for (long bits : PhraseMatcher.insideWords(anchorings)) {
        data.writeLong(bits);
      }
      data.writeInt(notes.length);
      for (int v : notes) {
        data.writeInt(v);
      }
      data.flush();
      Path dir = Path.of(out);
      Files.createDirectories(dir);
      Files.write(dir.resolve(name + ".key"), bytes.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write precompiled phrases " + name, e);
    }
  }

  private static void string(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }
}
