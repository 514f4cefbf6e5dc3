package dev.empathy.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.util.VersionInfo;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build records the word-break class {@link Segments} gives every BMP character ({@code
 * segment-classes.bin}, written by {@code PrecompiledData}); the record must be exactly what ICU
 * answers now, and a record of another ICU or a damaged one is never read.
 */
class SegmentClassesTableTest {
  @Test
  void theBuildsRecordIsWhatIcuAnswers() {
    byte[] recorded = Segments.recordedClasses();
    assertNotNull(recorded, "the build (process-classes) writes " + Segments.CLASSES + " for this ICU");
    assertArrayEquals(Segments.computeClasses(), recorded);
    // What the classes mean, independently of both: letters and digits of every script, the
    // apostrophe and the period between letters, spaces; kana and Thai are left to ICU.
    assertEquals(recorded['a'], recorded['\u00E9']);
    assertEquals(recorded['a'], recorded['\u0416']); // Cyrillic Zhe
    assertEquals(recorded['3'], recorded['\u0663']); // Arabic-Indic three
    assertNotEquals(recorded['a'], recorded['3']);
    assertEquals(recorded['.'], recorded['\'']); // MidNumLet and Single_Quote read alike
    assertEquals(recorded['\u3042'], recorded['\u0E01']); // Hiragana A, Thai Ko Kai: ICU's
    assertEquals(recorded['\u3042'], recorded['\uD83D']); // a surrogate: ICU's
    assertEquals(recorded['\n'], recorded['\u2028']);
    assertEquals(recorded[' '], recorded['\u3000']);
    for (int c = 0; c < 0x80; c++) {
      int wb = UCharacter.getIntPropertyValue(c, UProperty.WORD_BREAK);
      if (wb == UCharacter.WordBreak.ALETTER) {
        assertEquals(recorded['a'], recorded[c], Integer.toHexString(c));
      } else {
        assertNotEquals(recorded['a'], recorded[c], Integer.toHexString(c));
      }
    }
  }

  @Test
  void writingAndReadingKeepEveryClass(@TempDir Path dir) throws Exception {
    Segments.writeClasses(dir);
    byte[] file = Files.readAllBytes(dir.resolve("dev/empathy/text").resolve(Segments.CLASSES));
    assertArrayEquals(Segments.computeClasses(), Segments.readClasses(new ByteArrayInputStream(file)));
  }

  @Test
  void aRecordOfAnotherIcuOrADamagedOneIsNotRead() throws Exception {
    byte[] head = ("icu " + VersionInfo.ICU_VERSION + "\n").getBytes(StandardCharsets.US_ASCII);
    byte[] good = Arrays.copyOf(head, head.length + 0x10000);
    Arrays.fill(good, head.length, good.length, (byte) 8);
    byte[] read = Segments.readClasses(new ByteArrayInputStream(good));
    assertNotNull(read);
    assertEquals(8, read[0xFFFF]);
    byte[] other = good.clone();
    other[4] = '0'; // "icu 0…"
    assertNull(Segments.readClasses(new ByteArrayInputStream(other)));
    assertNull(Segments.readClasses(new ByteArrayInputStream(Arrays.copyOf(good, good.length - 1))), "cut short");
    assertNull(Segments.readClasses(new ByteArrayInputStream(Arrays.copyOf(good, good.length + 1))), "too long");
    byte[] unknown = good.clone();
    unknown[head.length + 'a'] = 0;
    assertNull(Segments.readClasses(new ByteArrayInputStream(unknown)), "a class that does not exist");
    byte[] tooHigh = good.clone();
    tooHigh[head.length + 'a'] = 11;
    assertNull(Segments.readClasses(new ByteArrayInputStream(tooHigh)));
    assertNull(Segments.readClasses(new ByteArrayInputStream(new byte[0])));
  }
}
