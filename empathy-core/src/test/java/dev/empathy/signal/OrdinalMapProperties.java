package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.empathy.Emotion;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The map a reading keeps its feelings and signals in answers as an {@link EnumMap} does, whatever
 * is put, read, removed and walked, in the same order; and a walk hands out the entries it holds
 * rather than new ones.
 */
class OrdinalMapProperties {

  /** One step on both maps: 0 put-if-absent, 1 get, 2 remove, 3 remove while walking, 4 set a walked value, 5 drop by value. */
  record Step(int op, Emotion key, int value) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Step> step = Combinators.combine(
            Arbitraries.integers().between(0, 5), Arbitraries.of(Emotion.class), Arbitraries.integers().between(0, 9))
        .as(Step::new);
    return step.list().ofMaxSize(60);
  }

  @Property(tries = 500)
  void answersAsAnEnumMapDoes(@ForAll("steps") List<Step> steps) {
    Map<Emotion, Integer> expected = new EnumMap<>(Emotion.class);
    Map<Emotion, Integer> actual = new OrdinalMap<>(Emotion.values());
    for (Step s : steps) {
      switch (s.op()) {
        case 0 -> assertEquals(expected.computeIfAbsent(s.key(), k -> s.value()), actual.computeIfAbsent(s.key(), k -> s.value()));
        case 1 -> assertEquals(expected.get(s.key()), actual.get(s.key()));
        case 2 -> assertEquals(expected.remove(s.key()), actual.remove(s.key()));
        case 3 -> {
          removeWhileWalking(expected, s.key());
          removeWhileWalking(actual, s.key());
        }
        case 4 -> {
          setWhileWalking(expected, s.key(), s.value());
          setWhileWalking(actual, s.key(), s.value());
        }
        default -> assertEquals(expected.values().removeIf(v -> v == s.value()), actual.values().removeIf(v -> v == s.value()));
      }
      assertEquals(expected.size(), actual.size());
      assertEquals(expected.isEmpty(), actual.isEmpty());
      assertEquals(expected.containsKey(s.key()), actual.containsKey(s.key()));
      assertEquals(new ArrayList<>(expected.entrySet()), new ArrayList<>(actual.entrySet()));
      assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(actual.keySet()));
      assertEquals(new ArrayList<>(expected.values()), new ArrayList<>(actual.values()));
      assertEquals(expected, actual);
      assertEquals(expected.hashCode(), actual.hashCode());
    }
  }

  private static void removeWhileWalking(Map<Emotion, Integer> map, Emotion key) {
    for (Iterator<Map.Entry<Emotion, Integer>> it = map.entrySet().iterator(); it.hasNext(); ) {
      if (it.next().getKey() == key) {
        it.remove();
      }
    }
  }

  private static void setWhileWalking(Map<Emotion, Integer> map, Emotion key, int value) {
    for (Map.Entry<Emotion, Integer> en : map.entrySet()) {
      if (en.getKey() == key) {
        en.setValue(value);
      }
    }
  }

  @Example
  void aWalkHandsOutTheSameEntriesEveryTime() {
    Map<Emotion, Integer> map = new OrdinalMap<>(Emotion.values());
    map.put(Emotion.ANGRY, 1);
    map.put(Emotion.GRATEFUL, 2);
    List<Map.Entry<Emotion, Integer>> first = new ArrayList<>(map.entrySet());
    List<Map.Entry<Emotion, Integer>> second = new ArrayList<>(map.entrySet());
    assertEquals(2, first.size());
    for (int i = 0; i < first.size(); i++) {
      assertSame(first.get(i), second.get(i));
    }
  }

  @Example
  void aKeyPutAheadOfAWalkIsMetAsInAnEnumMap() {
    for (Map<Emotion, Integer> map : List.<Map<Emotion, Integer>>of(new EnumMap<>(Emotion.class), new OrdinalMap<>(Emotion.values()))) {
      Emotion[] all = Emotion.values();
      map.put(all[0], 0);
      List<Emotion> met = new ArrayList<>();
      for (Map.Entry<Emotion, Integer> en : map.entrySet()) {
        met.add(en.getKey());
        if (en.getKey() == all[0]) {
          map.put(all[all.length - 1], 1);
        }
      }
      assertEquals(List.of(all[0], all[all.length - 1]), met, map.getClass().getSimpleName());
    }
  }

  @Example
  void refusesNullValuesAndAWalkPastItsEnd() {
    Map<Emotion, Integer> map = new OrdinalMap<>(Emotion.values());
    assertThrows(NullPointerException.class, () -> map.put(Emotion.SAD, null));
    Iterator<Map.Entry<Emotion, Integer>> it = map.entrySet().iterator();
    assertThrows(IllegalStateException.class, it::remove);
    assertThrows(NoSuchElementException.class, it::next);
    assertEquals(null, map.get("SAD"));
    assertEquals(false, map.containsKey(SignalKind.values()[0]));
  }
}
