import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.TimeZone;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a jar with every entry stored, not deflated, in the same order with the same names and
 * times: run by the build on the shaded CLI jar. A cold JVM then reads each class and ICU data file
 * it loads as a copy, not through the inflater (one line of {@code analyze}, {@code review} or
 * {@code qa}: about 0.1 s less CPU; see the benchmarks README, session 16). The jar is larger on
 * disk (about 28 to 74 MB); its contents are the same bytes.
 *
 * <pre>{@code
 * java empathy-examples/src/build/StoredJar.java empathy-examples/target/empathy-cli.jar
 * }</pre>
 */
public final class StoredJar {
  private StoredJar() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: StoredJar JAR (the jar to rewrite in place)");
    }
    // An entry's time is written back as DOS fields in the default zone; in UTC on every machine,
    // the output depends only on the jar's bytes (.ci/reproducible builds twice and compares).
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    Path jar = Path.of(args[0]);
    Path stored = jar.resolveSibling(jar.getFileName() + ".stored");
    try (ZipFile in = new ZipFile(jar.toFile());
        ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(stored), 1 << 16))) {
      out.setMethod(ZipOutputStream.STORED);
      for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements(); ) {
        ZipEntry e = entries.nextElement();
        byte[] data = in.getInputStream(e).readAllBytes();
        ZipEntry s = new ZipEntry(e.getName());
        s.setTime(e.getTime());
        s.setMethod(ZipEntry.STORED);
        s.setSize(data.length);
        s.setCompressedSize(data.length);
        CRC32 crc = new CRC32();
        crc.update(data);
        s.setCrc(crc.getValue());
        out.putNextEntry(s);
        out.write(data);
        out.closeEntry();
      }
    }
    Files.move(stored, jar, StandardCopyOption.REPLACE_EXISTING);
  }
}
