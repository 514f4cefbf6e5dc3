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

  @Test
  void anchoringsAreKeptAsABitPerPhraseAcrossWords() {
    // 130 phrases: the bits of phrases 0, 63, 64 and 129 sit at both ends of three longs.
    List<Anchoring> anchorings = new java.util.ArrayList<>();
    for (int i = 0; i < 130; i++) {
      anchorings.add(i == 0 || i == 63 || i == 64 || i == 129 ? Anchoring.INSIDE_WORDS : Anchoring.WHOLE_WORDS);
    }
    long[] bits = PhraseMatcher.insideWords(anchorings);
    assertEquals(3, bits.length);
    assertEquals(anchorings, PhraseMatcher.anchorings(bits, 130));
    assertThrows(IndexOutOfBoundsException.class, () -> PhraseMatcher.anchorings(bits, 130).get(130));
    PhraseMatcher.Builder<Integer> b = PhraseMatcher.builder();
    for (int i = 0; i < 130; i++) {
      b.add("word" + i, i, anchorings.get(i));
    }
    assertEquals(anchorings, b.build().anchorings());
  }

  @Test
  void aMatcherRefusesAnchoringBitsThatNameNoPhrase() {
    long[] oneTooMany = {0b100}; // phrase 2 of two
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new PhraseMatcher<>(false, List.of("a", "b"), oneTooMany, "f", null, List.of("a", "b")));
    assertTrue(e.getMessage().startsWith("anchorings"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new PhraseMatcher<>(false, List.of("a"), new long[2], "f", null, List.of("a")));
  }
}
