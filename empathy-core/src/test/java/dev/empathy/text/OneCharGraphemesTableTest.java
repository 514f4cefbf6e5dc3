package dev.empathy.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build records which BMP characters are a grapheme on their own ({@code
 * one-char-graphemes.txt}, written by {@code PrecompiledData}); the record must be exactly what
 * ICU answers now.
 */
class OneCharGraphemesTableTest {
  @Test
  void theBuildsRecordIsWhatIcuAnswers() {
    BitSet recorded = Graphemes.recordedOneCharGraphemes();
    assertNotNull(recorded, "the build (process-classes) writes " + Graphemes.ONE_CHAR_GRAPHEMES + " for this ICU");
    BitSet computed = Graphemes.computeOneCharGraphemes();
    assertEquals(computed, recorded);
    // What the set means, independently of both: letters and CJK stand alone; marks, ZWJ,
    // surrogates, CR and Hangul jamo do not.
    assertTrue(recorded.get('a') && recorded.get('\n') && recorded.get('\u4E2D') && recorded.get('\u2019'));
    assertFalse(recorded.get('\u0301') || recorded.get('\u200D') || recorded.get('\r'));
    assertFalse(recorded.get(0xD83D) || recorded.get(0xDE00) || recorded.get(0x1100) || recorded.get(0xAC00));
  }

  @Test
  void writingAndReadingKeepEveryRange(@TempDir Path dir) throws Exception {
    Graphemes.writeOneCharGraphemes(dir);
    String text = Files.readString(dir.resolve("dev/empathy/text").resolve(Graphemes.ONE_CHAR_GRAPHEMES));
    assertTrue(text.startsWith("icu " + com.ibm.icu.util.VersionInfo.ICU_VERSION + "\n"), text.substring(0, 20));
    BitSet fromText = new BitSet();
    text.lines().skip(1).forEach(l -> {
      String[] r = l.split(" ");
      fromText.set(Integer.parseInt(r[0], 16), Integer.parseInt(r[1], 16) + 1);
    });
    assertEquals(Graphemes.computeOneCharGraphemes(), fromText);
  }

  @Test
  void aRecordOfAnotherIcuOrADamagedOneIsNotRead() {
    String version = "icu " + com.ibm.icu.util.VersionInfo.ICU_VERSION + "\n";
    BitSet ok = Graphemes.readOneCharGraphemes(stream(version + "41 5a\n61 61\n"));
    BitSet expected = new BitSet();
    expected.set('A', 'Z' + 1);
    expected.set('a');
    assertEquals(expected, ok);
    assertNull(Graphemes.readOneCharGraphemes(stream("icu 1.0\n41 5a\n")));
    assertNull(Graphemes.readOneCharGraphemes(stream(version + "41\n")));
    assertNull(Graphemes.readOneCharGraphemes(stream(version + "zz 5a\n")));
    assertNull(Graphemes.readOneCharGraphemes(stream("")));
  }

  private static java.io.InputStream stream(String s) {
    return new java.io.ByteArrayInputStream(s.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }
}
