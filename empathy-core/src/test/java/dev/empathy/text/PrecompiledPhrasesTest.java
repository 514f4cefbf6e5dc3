package dev.empathy.text;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.text.PhraseMatcher.Anchoring;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The key of a matcher's source files, and how a record is told apart from the files' present state. */
class PrecompiledPhrasesTest {
  private static final List<String> NAMES = List.of("rules_en.ini", "channels.ini");

  private static String key(String loader, List<String> names, byte[]... contents) {
    return PrecompiledPhrases.key(loader, names, Arrays.asList(contents));
  }

  @Test
  void theKeyChangesWithAnyByteAnyNameTheOrderAndTheLoadersVersion() {
    String k = key("rulebook/1", NAMES, "a = b".getBytes(UTF_8), "[x]".getBytes(UTF_8));
    assertEquals(24, k.length());
    assertEquals(k, key("rulebook/1", NAMES, "a = b".getBytes(UTF_8), "[x]".getBytes(UTF_8)));
    assertNotEquals(k, key("rulebook/1", NAMES, "a = c".getBytes(UTF_8), "[x]".getBytes(UTF_8)));
    assertNotEquals(k, key("rulebook/2", NAMES, "a = b".getBytes(UTF_8), "[x]".getBytes(UTF_8)));
    assertNotEquals(k, key("rulebook/1", List.of("rules_de.ini", "channels.ini"), "a = b".getBytes(UTF_8), "[x]".getBytes(UTF_8)));
    assertNotEquals(k, key("rulebook/1", List.of("channels.ini", "rules_en.ini"), "[x]".getBytes(UTF_8), "a = b".getBytes(UTF_8)));
    // Bytes moved from one file to the next are another source.
    assertNotEquals(k, key("rulebook/1", NAMES, "a = b[".getBytes(UTF_8), "x]".getBytes(UTF_8)));
  }

  @Test
  void aMissingFileIsNotAnEmptyOne() {
    assertNotEquals(key("lexicon/1", List.of("spelling_ja.tsv"), (byte[]) null), key("lexicon/1", List.of("spelling_ja.tsv"), new byte[0]));
  }

  @Test
  void oneNamePerFile() {
    assertThrows(IllegalArgumentException.class, () -> key("x", NAMES, new byte[0]));
  }

  @Test
  void noRecordIsFoundForANameTheBuildNeverWrote() {
    assertEquals(Optional.empty(), PrecompiledPhrases.find("lexicon_xx"));
    assertEquals(Optional.empty(), PrecompiledPhrases.find(key("rulebook/1", List.of("rules_en.ini"), new byte[] {1})));
  }

  @Test
  void twoMatchersDifferWhereTheirPhrasesAnchoringOrPayloadsDiffer() {
    PhraseMatcher<String> a = PhraseMatcher.<String>builder().add("fed up", "x").add("calm down", "y").build();
    PhraseMatcher<String> same = PhraseMatcher.<String>builder().add("fed up", "x").add("calm down", "y").build();
    PhraseMatcher<String> payload = PhraseMatcher.<String>builder().add("fed up", "x").add("calm down", "z").build();
    PhraseMatcher<String> phrase = PhraseMatcher.<String>builder().add("fed up", "x").add("calm down now", "y").build();
    PhraseMatcher<String> anchoring =
        PhraseMatcher.<String>builder().add("fed up", "x").add("calm down", "y", Anchoring.INSIDE_WORDS).build();
    assertEquals(Optional.empty(), PrecompiledPhrases.difference(a, same, String::equals));
    assertTrue(PrecompiledPhrases.difference(a, payload, String::equals).orElseThrow().contains("payload 1"));
    assertTrue(PrecompiledPhrases.difference(a, phrase, String::equals).orElseThrow().startsWith("tables"));
    assertTrue(PrecompiledPhrases.difference(a, anchoring, String::equals).isPresent());
  }
}
