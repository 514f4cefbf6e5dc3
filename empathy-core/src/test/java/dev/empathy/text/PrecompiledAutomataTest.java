package dev.empathy.text;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.text.PhraseMatcher.Anchoring;
import java.net.URISyntaxException;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The automata the build compiled ({@code dev.empathy.PrecompiledData}) are exactly what compiling
 * their source phrases gives now, and are what a matcher over those phrases loads.
 */
class PrecompiledAutomataTest {

  private static List<Path> bundled() throws Exception {
    var url = PrecompiledAutomataTest.class.getResource("/dev/empathy/text/automata/");
    assertNotNull(url, "the build writes dev/empathy/text/automata/ (exec-maven-plugin, process-classes)");
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      return files.filter(p -> p.toString().endsWith(".bin")).sorted().toList();
    }
  }

  @Test
  void everyLanguagesLexiconAndRuleBookIsBundled() throws Exception {
    // six lexicons (en, es, fr, de, pt_BR, ja) and six rule books
    assertTrue(bundled().size() >= 12, bundled().toString());
  }

  @Test
  void everyBundledTableIsWhatItsSourceCompilesTo() throws Exception {
    for (Path bin : bundled()) {
      String name = bin.getFileName().toString().replace(".bin", "");
      List<String> src = Files.readAllLines(bin.resolveSibling(name + ".src"), UTF_8);
      boolean fold = Boolean.parseBoolean(src.get(0));
      List<String> phrases = new ArrayList<>();
      List<Anchoring> anchorings = new ArrayList<>();
      for (String line : src.subList(1, src.size())) {
        int tab = line.indexOf('\t');
        anchorings.add(Anchoring.valueOf(line.substring(0, tab)));
        phrases.add(line.substring(tab + 1));
      }
      assertEquals(name, Automata.fingerprint(fold, phrases, anchorings), "fingerprint of " + bin);
      Automata.Tables stored = Automata.read(new ByteArrayInputStream(Files.readAllBytes(bin)), name);
      assertTrue(stored.sameAs(PhraseMatcher.compile(phrases, fold)), "stale tables in " + bin);
      // A matcher over the same phrases reads the stored tables.
      PhraseMatcher.Builder<Integer> b = PhraseMatcher.<Integer>builder().foldAccents(fold);
      for (int i = 0; i < phrases.size(); i++) {
        b.add(phrases.get(i), i, anchorings.get(i));
      }
      PhraseMatcher<Integer> m = b.build();
      assertTrue(m.precompiled(), bin.toString());
      assertTrue(m.tables().sameAs(stored));
    }
  }

  @Test
  void tablesSurviveTheRoundTrip() throws Exception {
    PhraseMatcher<String> m =
        PhraseMatcher.<String>builder().add("cancel my * account", "a").add("really? ridiculous|rediculous", "b").add("最悪", "c", Anchoring.INSIDE_WORDS).build();
    assertTrue(!m.precompiled());
    Automata.Tables t = m.tables();
    assertTrue(Automata.read(new ByteArrayInputStream(Automata.write(t)), "test").sameAs(t));
  }

  /** A stream that hands out at most three bytes per read, as a slow or chunked source may. */
  private static java.io.InputStream trickle(byte[] bytes) {
    return new java.io.FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] b, int off, int len) throws java.io.IOException {
        return super.read(b, off, Math.min(len, 3));
      }
    };
  }

  @Test
  void tablesReadTheSameFromAStreamThatTrickles() throws Exception {
    // The reader refills a 64 KB buffer; the largest bundled table crosses many refills, and a
    // stream that returns three bytes at a time splits every number across refills.
    Path largest = bundled().stream().max(java.util.Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
    byte[] bytes = Files.readAllBytes(largest);
    assertTrue(bytes.length > 1 << 20, largest + " is " + bytes.length + " bytes");
    Automata.Tables whole = Automata.read(new ByteArrayInputStream(bytes), "whole");
    assertTrue(Automata.read(trickle(bytes), "trickle").sameAs(whole));
  }

  @Test
  void aTableCutShortOrWithBytesAfterItIsRefusedByName() throws Exception {
    PhraseMatcher<String> m = PhraseMatcher.<String>builder().add("cancel my account", "a").add("fed up", "b").build();
    byte[] bytes = Automata.write(m.tables());
    for (int cut : new int[] {3, 12, bytes.length / 2, bytes.length - 1}) {
      IllegalStateException e =
          org.junit.jupiter.api.Assertions.assertThrows(
              IllegalStateException.class, () -> Automata.read(new ByteArrayInputStream(java.util.Arrays.copyOf(bytes, cut)), "cut.bin"));
      assertTrue(e.getMessage().contains("cut.bin"), e.getMessage());
    }
    IllegalStateException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalStateException.class, () -> Automata.read(new ByteArrayInputStream(java.util.Arrays.copyOf(bytes, bytes.length + 1)), "long.bin"));
    assertTrue(e.getMessage().contains("long.bin") && e.getMessage().contains("after"), e.getMessage());
  }

  @Test
  void aDifferentPhraseListHasADifferentFingerprint() {
    String a = Automata.fingerprint(false, List.of("a b", "c"), List.of(Anchoring.WHOLE_WORDS, Anchoring.WHOLE_WORDS));
    assertTrue(!a.equals(Automata.fingerprint(false, List.of("a", "b c"), List.of(Anchoring.WHOLE_WORDS, Anchoring.WHOLE_WORDS))));
    assertTrue(!a.equals(Automata.fingerprint(true, List.of("a b", "c"), List.of(Anchoring.WHOLE_WORDS, Anchoring.WHOLE_WORDS))));
    assertTrue(!a.equals(Automata.fingerprint(false, List.of("a b", "c"), List.of(Anchoring.WHOLE_WORDS, Anchoring.INSIDE_WORDS))));
  }

  @Test
  void aOneCharacterChangeChangesTheFingerprint() {
    String a = Automata.fingerprint(false, List.of("frustrating", "fed up"), List.of(Anchoring.WHOLE_WORDS, Anchoring.WHOLE_WORDS));
    String b = Automata.fingerprint(false, List.of("frustrating", "fed uq"), List.of(Anchoring.WHOLE_WORDS, Anchoring.WHOLE_WORDS));
    assertTrue(a.matches("[0-9a-f]{24}"), a);
    assertTrue(!a.equals(b));
  }

  @Test
  void bundledTablesAreCompact() throws Exception {
    for (Path bin : bundled()) {
      Automata.Tables t = Automata.read(new ByteArrayInputStream(Files.readAllBytes(bin)), bin.toString());
      int capacity = t.transitions().keys().length;
      int edges = t.transitions().size();
      assertTrue(edges * 2 <= capacity && (capacity <= 16 || capacity < edges * 4), bin + ": " + edges + " edges in " + capacity + " slots");
    }
  }

  @Test
  void compactingKeepsEveryEdgeAndNoOther() {
    java.util.Random random = new java.util.Random(15);
    TransitionTable table = new TransitionTable(5_000);
    java.util.Map<Long, Integer> edges = new java.util.HashMap<>();
    for (int i = 0; i < 2_000; i++) {
      int state = random.nextInt(700);
      int symbol = random.nextInt(300) - 2; // a few negative symbols too
      int next = random.nextInt(10_000);
      table.put(state, symbol, next);
      edges.put(((long) state << 32) | (symbol & 0xFFFFFFFFL), next);
    }
    TransitionTable compact = table.compact();
    assertEquals(edges.size(), compact.size());
    assertTrue(compact.keys().length < table.keys().length);
    for (int state = 0; state < 700; state++) {
      for (int symbol = -2; symbol < 298; symbol++) {
        Integer expected = edges.get(((long) state << 32) | (symbol & 0xFFFFFFFFL));
        assertEquals(expected == null ? -1 : expected, compact.get(state, symbol), state + "/" + symbol);
      }
    }
  }
}
