package dev.empathy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.signal.Analyzer;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * HotSpot never compiles a method whose bytecode is longer than 8,000 bytes ({@code
 * -XX:HugeMethodLimit}, with {@code -XX:+DontCompileHugeMethods} the default): such a method runs
 * interpreted for the life of the process, whatever its share of the work. Every method of
 * empathy-core's own classes stays under that limit; a method that grows past it is to be split
 * into named steps. The sizes are read from the compiled class files ({@code Code} attribute's
 * {@code code_length}), the number {@code javap -c} ends each method with.
 */
class MethodSizeTest {
  /** HotSpot's {@code HugeMethodLimit}: a method with more bytecode than this is never compiled. */
  static final int HUGE_METHOD_LIMIT = 8000;

  @Test
  void noMethodOfOurClassesIsTooLargeForTheJit() throws IOException {
    Path classes = classesOf(Analyzer.class);
    List<String> huge = new ArrayList<>();
    int methods = 0;
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
        for (Map.Entry<String, Integer> m : codeLengths(Files.readAllBytes(file)).entrySet()) {
          methods++;
          if (m.getValue() > HUGE_METHOD_LIMIT) {
            huge.add(classes.relativize(file) + " " + m.getKey() + ": " + m.getValue() + " bytes");
          }
        }
      }
    }
    assertTrue(methods > 1000, "read the methods of empathy-core's classes in " + classes + ", found " + methods);
    assertEquals(List.of(), huge, "methods over " + HUGE_METHOD_LIMIT + " bytes of bytecode never leave the interpreter: split them");
  }

  /** The reader itself: a method of known bytecode is measured exactly. */
  @Test
  void theReaderMeasuresAKnownMethod() throws IOException {
    byte[] self;
    try (InputStream in = MethodSizeTest.class.getResourceAsStream("MethodSizeTest.class")) {
      self = in.readAllBytes();
    }
    Map<String, Integer> lengths = codeLengths(self);
    assertEquals(2, lengths.get("returnsZero()I"), "iconst_0, ireturn");
    assertEquals(4, lengths.get("sum(II)I"), "iload_0, iload_1, iadd, ireturn");
  }

  static int returnsZero() {
    return 0;
  }

  static int sum(int a, int b) {
    return a + b;
  }

  private static Path classesOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Each method's name and descriptor with the length of its bytecode (JVMS 4.1, 4.6, 4.7.3):
   * the constant pool is read for the names, fields are skipped, abstract and native methods
   * (no {@code Code}) are left out.
   */
  static Map<String, Integer> codeLengths(byte[] classFile) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
    if (in.readInt() != 0xCAFEBABE) {
      throw new IOException("not a class file");
    }
    in.readUnsignedShort(); // minor
    in.readUnsignedShort(); // major
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
        case 5, 6 -> {
          in.readLong();
          i++; // a long or a double takes two entries
        }
        case 7, 8, 16, 19, 20 -> in.readUnsignedShort();
        case 15 -> {
          in.readUnsignedByte();
          in.readUnsignedShort();
        }
        default -> throw new IOException("constant pool tag " + tag);
      }
    }
    in.readUnsignedShort(); // access
    in.readUnsignedShort(); // this
    in.readUnsignedShort(); // super
    in.skipNBytes(2L * in.readUnsignedShort()); // interfaces
    int fields = in.readUnsignedShort();
    for (int f = 0; f < fields; f++) {
      in.skipNBytes(6);
      skipAttributes(in);
    }
    Map<String, Integer> lengths = new HashMap<>();
    int methods = in.readUnsignedShort();
    for (int m = 0; m < methods; m++) {
      in.readUnsignedShort(); // access
      String name = utf8[in.readUnsignedShort()] + utf8[in.readUnsignedShort()];
      int attributes = in.readUnsignedShort();
      for (int a = 0; a < attributes; a++) {
        String attribute = utf8[in.readUnsignedShort()];
        int length = in.readInt();
        if (attribute.equals("Code")) {
          in.readUnsignedShort(); // max_stack
          in.readUnsignedShort(); // max_locals
          lengths.put(name, in.readInt());
          in.skipNBytes(length - 8L);
        } else {
          in.skipNBytes(length);
        }
      }
    }
    return lengths;
  }

  private static void skipAttributes(DataInputStream in) throws IOException {
    int attributes = in.readUnsignedShort();
    for (int a = 0; a < attributes; a++) {
      in.readUnsignedShort();
      in.skipNBytes(in.readInt() & 0xFFFFFFFFL);
    }
  }
}
