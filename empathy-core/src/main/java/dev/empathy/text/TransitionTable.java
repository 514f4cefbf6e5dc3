package dev.empathy.text;

import java.util.Arrays;

/**
 * The goto function of an Aho–Corasick automaton: (state, symbol) to next state, as an
 * open-addressing hash table of primitive longs, so a lookup neither boxes nor allocates.
 * Filled once while building, read-only afterwards (safe to share between threads).
 */
final class TransitionTable {
  private long[] keys;
  private int[] values;
  private int size;
  private int mask;

  TransitionTable(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[capacity];
    values = new int[capacity];
    Arrays.fill(values, -1);
    mask = capacity - 1;
  }

  /** A table read back from its arrays (see {@link Automata}). */
  TransitionTable(long[] keys, int[] values, int size) {
    if (Integer.bitCount(keys.length) != 1 || values.length != keys.length) {
      throw new IllegalArgumentException("a transition table's arrays must have one power-of-two length");
    }
    this.keys = keys;
    this.values = values;
    this.size = size;
    this.mask = keys.length - 1;
  }

  /**
   * The same edges in the smallest table that keeps the load at or under one half. The builder
   * sizes its table for the phrases' symbols before the trie shares their prefixes (about ten
   * times too large for a lexicon), and a matcher keeps its table for life: compacting takes a
   * lexicon's from 6 MB to 1.5 MB, in memory and in the precompiled file. Edges are re-inserted in
   * slot order, so the result depends only on this table.
   */
  TransitionTable compact() {
    TransitionTable t = new TransitionTable(Math.max(8, size));
    for (int i = 0; i < keys.length; i++) {
      if (values[i] >= 0) {
        long k = keys[i];
        t.put((int) (k >>> 32), (int) k, values[i]);
      }
    }
    return t;
  }

  long[] keys() {
    return keys;
  }

  int[] values() {
    return values;
  }

  int size() {
    return size;
  }

  /** The next state, or -1 when there is no edge. */
  int get(int state, int symbol) {
    long key = key(state, symbol);
    for (int i = slot(key); ; i = (i + 1) & mask) {
      int v = values[i];
      if (v < 0) {
        return -1;
      }
      if (keys[i] == key) {
        return v;
      }
    }
  }

  void put(int state, int symbol, int next) {
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    long key = key(state, symbol);
    for (int i = slot(key); ; i = (i + 1) & mask) {
      if (values[i] < 0) {
        keys[i] = key;
        values[i] = next;
        size++;
        return;
      }
      if (keys[i] == key) {
        values[i] = next;
        return;
      }
    }
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    Arrays.fill(values, -1);
    mask = keys.length - 1;
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldValues[i] >= 0) {
        long k = oldKeys[i];
        put((int) (k >>> 32), (int) k, oldValues[i]);
      }
    }
  }

  private static long key(int state, int symbol) {
    return ((long) state << 32) | (symbol & 0xFFFFFFFFL);
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 29)) & mask;
  }
}
