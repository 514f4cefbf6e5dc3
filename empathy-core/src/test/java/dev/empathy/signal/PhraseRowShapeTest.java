package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The matcher splits a phrase on spaces first, then each word on "|": "please clarify|clarify why"
 * is "please" + ("clarify" or "clarify") + "why", not two phrases, and matches neither "please
 * clarify" nor "clarify why". A row written so offers as an alternative a word it also has in
 * another place (or twice in one place): this test finds any such row in every locale's lexicon
 * and clause data (each row one phrase; several phrases are several rows).
 */
class PhraseRowShapeTest {

  /** Every phrase file the lexicons are built from, for every locale with a lexicon. */
  private static List<String> phraseFiles() {
    Set<String> files = new java.util.LinkedHashSet<>(List.of("lexicon_common.tsv", "lexicon_more.tsv"));
    for (String row : Lexicon.lines("lexicon-locales.txt", false)) {
      String tag = row.strip();
      if (!tag.isEmpty() && !tag.startsWith("#")) {
        files.add("lexicon_" + tag + ".tsv");
        files.add("clauses_" + tag + ".tsv");
      }
    }
    return new ArrayList<>(files);
  }

  /**
   * The words a phrase offers as alternatives ("a|b") that it also has in another of its places,
   * or twice in one: the mark of several phrases run together in one row.
   */
  static Set<String> runTogether(String phrase) {
    String[] slots = phrase.strip().split("\\s+");
    Map<String, Integer> firstSlot = new HashMap<>();
    Set<String> found = new HashSet<>();
    for (int s = 0; s < slots.length; s++) {
      String slot = slots[s].endsWith("?") ? slots[s].substring(0, slots[s].length() - 1) : slots[s];
      String[] alts = slot.split("\\|");
      Set<String> inSlot = new HashSet<>();
      for (String w : alts) {
        if (!inSlot.add(w)) {
          found.add(w); // "clarify|clarify"
        }
        Integer other = firstSlot.putIfAbsent(w, s);
        if (other != null && other != s && (alts.length > 1 || slots[other].contains("|"))) {
          found.add(w); // "still need|waiting for an answer|a reply": "a" in two places, one of them a choice
        }
      }
    }
    return found;
  }

  @Test
  void theCheckFindsPhrasesRunTogetherAndLeavesRealChoicesAlone() {
    assertEquals(Set.of("clarify"), runTogether("please clarify|clarify why"));
    assertEquals(Set.of("a"), runTogether("still need|waiting for an answer|a reply|a response"));
    assertEquals(Set.of("am"), runTogether("im|i'm|i am|am clueless"));
    assertEquals(Set.of("no"), runTogether("si no|o si no|de lo contrario"));
    assertEquals(Set.of("will"), runTogether("ich will|will ich"));
    assertTrue(runTogether("still need an|a answer|reply|response|update").isEmpty());
    assertTrue(runTogether("really really").isEmpty(), "a word said twice is no choice");
    assertTrue(runTogether("so so").isEmpty());
    assertTrue(runTogether("a? couple of minutes|mins|hours").isEmpty());
  }

  @Test
  void everyRowOfEveryLocaleIsOnePhrase() {
    List<String> bad = new ArrayList<>();
    List<String> files = phraseFiles();
    assertTrue(files.size() >= 10, "lexicon and clause files of every locale: " + files);
    int rows = 0;
    for (String file : files) {
      List<String> lines = Lexicon.lines(file, true);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length < 2) {
          continue;
        }
        rows++;
        Set<String> words = runTogether(f[1]);
        if (!words.isEmpty()) {
          bad.add(file + ":" + (i + 1) + " \"" + f[1] + "\" offers " + words + " as a choice and has it elsewhere: write one phrase per row");
        }
      }
    }
    assertTrue(rows > 3000, "rows read: " + rows);
    assertTrue(bad.isEmpty(), String.join("\n", bad));
  }
}
