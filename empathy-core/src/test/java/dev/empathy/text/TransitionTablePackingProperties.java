package dev.empathy.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A finished {@link TransitionTable} packs each slot into one long when its numbers fit; packed
 * or not, it must answer every (state, symbol) as a map of its edges does, and give back the
 * two-array form slot for slot (what the precompiled files are written from).
 */
class TransitionTablePackingProperties {
  /** Edges as {state, symbol, next}: small numbers (packed) and numbers too wide to pack. */
  @Provide
  Arbitrary<List<int[]>> edges() {
    Arbitrary<Integer> small = Arbitraries.integers().between(0, 3000);
    Arbitrary<Integer> any = Arbitraries.oneOf(small, Arbitraries.integers().between(0, Integer.MAX_VALUE - 1));
    Arbitrary<int[]> narrow = small.list().ofSize(3).map(l -> new int[] {l.get(0), l.get(1), l.get(2)});
    Arbitrary<int[]> wide = any.list().ofSize(3).map(l -> new int[] {l.get(0), l.get(1), l.get(2)});
    return Arbitraries.oneOf(narrow.list().ofMaxSize(300), wide.list().ofMaxSize(60));
  }

  @Property(tries = 300)
  void answersAsItsEdges(@ForAll("edges") List<int[]> edges) {
    TransitionTable building = new TransitionTable(4);
    Map<Long, Integer> expected = new HashMap<>();
    for (int[] e : edges) {
      building.put(e[0], e[1], e[2]);
      expected.put((long) e[0] << 32 | e[1], e[2]);
    }
    TransitionTable finished = building.compact();
    TransitionTable readBack = new TransitionTable(finished.keys(), finished.values(), finished.size());
    TransitionTable readInPlace = inPlace(finished);
    TransitionTable fromFile = throughTheFile(finished);
    for (TransitionTable t : List.of(finished, readBack, readInPlace, fromFile)) {
      assertEquals(expected.size(), t.size());
      for (int[] e : edges) {
        assertEquals(expected.get((long) e[0] << 32 | e[1]), t.get(e[0], e[1]));
        // Neighbours of every edge: other symbols of its state, its symbol from other states.
        for (int d : new int[] {1, 2, 1 << 12, 1 << 20}) {
          for (int[] q : new int[][] {{e[0], e[1] + d}, {e[0] + d, e[1]}, {e[0], e[1] - d}, {e[0] - d, e[1]}}) {
            if (q[0] >= 0 && q[1] >= 0) {
              assertEquals(expected.getOrDefault((long) q[0] << 32 | q[1], -1), t.get(q[0], q[1]));
            }
          }
        }
      }
      assertEquals(-1, t.get(Integer.MAX_VALUE, Integer.MAX_VALUE));
    }
    assertArrayEquals(finished.keys(), readBack.keys());
    assertArrayEquals(finished.values(), readBack.values());
    assertArrayEquals(finished.keys(), readInPlace.keys());
    assertArrayEquals(finished.values(), readInPlace.values());
    assertArrayEquals(finished.keys(), fromFile.keys());
    assertArrayEquals(finished.values(), fromFile.values());
    assertEquals(finished.packedSlots() != null, fromFile.packedSlots() != null, "packed read back as packed, wide as wide");
  }

  /** The table written by {@link Automata#write} and read back: whole when packed, as its used slots when too wide. */
  private static TransitionTable throughTheFile(TransitionTable t) {
    int[] none = new int[0];
    Automata.Tables tables = new Automata.Tables(new char[0], none, t, none, none, none, none, none, none, none, none, none, none, false);
    try {
      return Automata.read(new ByteArrayInputStream(Automata.write(tables)), "drawn").transitions();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The table as {@link Automata#read} makes it: keys at their slots, a bit per used slot, next states in slot order. */
  private static TransitionTable inPlace(TransitionTable t) {
    long[] keys = t.keys();
    int[] values = t.values();
    long[] used = new long[(keys.length + 63) >>> 6];
    int[] next = new int[t.size()];
    int k = 0;
    for (int i = 0; i < keys.length; i++) {
      if (values[i] >= 0) {
        used[i >>> 6] |= 1L << i;
        next[k++] = values[i];
      }
    }
    return TransitionTable.ofUsedSlots(keys.clone(), used, next);
  }

  @Example
  void usedSlotsMustMatchTheNextStates() {
    assertThrows(IllegalArgumentException.class, () -> TransitionTable.ofUsedSlots(new long[16], new long[] {0b11}, new int[] {1}));
    assertThrows(IllegalArgumentException.class, () -> TransitionTable.ofUsedSlots(new long[16], new long[] {1L << 20}, new int[] {1}));
    assertThrows(IllegalArgumentException.class, () -> TransitionTable.ofUsedSlots(new long[12], new long[] {1}, new int[] {1}));
  }

  @Example
  void aPackedTableMustHaveRoomForItsEdgesAndItsState() {
    assertEquals(1, TransitionTable.ofPacked(new long[16], 1, 31, 31).size());
    assertThrows(IllegalArgumentException.class, () -> TransitionTable.ofPacked(new long[12], 1, 4, 4)); // not a power of two
    assertThrows(IllegalArgumentException.class, () -> TransitionTable.ofPacked(new long[16], 17, 4, 4)); // more edges than slots
    assertThrows(IllegalArgumentException.class, () -> TransitionTable.ofPacked(new long[16], 1, 31, 32)); // no bit left for the state
    assertThrows(IllegalArgumentException.class, () -> TransitionTable.ofPacked(new long[16], 1, 0, 4));
  }

  @Example
  void aFinishedTableIsReadOnly() {
    TransitionTable building = new TransitionTable(4);
    building.put(0, 7, 1);
    TransitionTable finished = building.compact();
    assertEquals(1, finished.get(0, 7));
    assertThrows(IllegalStateException.class, () -> finished.put(1, 7, 2));
  }

  @Example
  void aSymbolWiderThanAnyEdgesIsNoEdge() {
    TransitionTable building = new TransitionTable(4);
    building.put(1, 1, 2); // one symbol bit: symbol 3 would reach into the state's bits
    TransitionTable finished = building.compact();
    assertEquals(2, finished.get(1, 1));
    assertEquals(-1, finished.get(0, 3));
    assertEquals(-1, finished.get(1, 3));
    assertEquals(-1, finished.get(0, 1 << 30));
  }
}
