package dev.empathy.text;

import java.util.Arrays;

/**
 * The goto function of an Aho–Corasick automaton: (state, symbol) to next state, as an
 * open-addressing hash table of primitive longs, so a lookup neither boxes nor allocates.
 * Filled once while building, read-only afterwards (safe to share between threads).
 *
 * <p>A finished table ({@link #compact} or read back from its arrays) is <em>packed</em> when its
 * numbers fit: each slot one long holding the state, the symbol and the next state plus one (0:
 * empty), at the slot the two-array form would use. A lookup then reads one array, not two (a
 * key and a value in arrays a megabyte apart are two cache misses on a lexicon's table), and the
 * table takes 8 bytes a slot instead of 12. {@link #keys} and {@link #values} give the two-array
 * form back, slot for slot.
 */
final class TransitionTable {
  private long[] keys;
  private int[] values;
  private int size;
  private int mask;
  /** The packed slots, or null while building or when the numbers do not fit in 63 bits. */
  private long[] packed;
  /** Bits of the symbol in a packed key, and of the next state plus one in a packed slot. */
  private int symbolBits;
  private int valueBits;
  private long valueMask;

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
    pack();
  }

  /**
   * A table read back from its used slots (see {@link Automata}), in place: {@code slots} holds each
   * used slot's key where the two-array form would (0 in the other slots), {@code used} a bit
   * per slot, and {@code next} the used slots' next states in slot order. When the numbers fit, each
   * used slot of {@code slots} is overwritten with its packed form and the array becomes the table,
   * so a cold start allocates and scans neither the capacity-long arrays of the two-array form nor
   * a second one to pack them into; otherwise the two-array form is made from them as before.
   *
   * @throws IllegalArgumentException when the capacity is not a power of two, or {@code used} does
   *     not mark exactly {@code next.length} slots, all within it
   */
  static TransitionTable ofUsedSlots(long[] slots, long[] used, int[] next) {
    int capacity = slots.length;
    if (Integer.bitCount(capacity) != 1 || used.length != (capacity + 63) >>> 6 || (capacity < 64 && used[0] >>> capacity != 0)) {
      throw new IllegalArgumentException("a transition table's slots must have a power-of-two length and a bit each");
    }
    int marked = 0;
    for (long u : used) {
      marked += Long.bitCount(u);
    }
    if (marked != next.length) {
      throw new IllegalArgumentException(marked + " used slots for " + next.length + " next states");
    }
    long maxState = 0;
    long maxSymbol = 0;
    int maxNext = 0;
    boolean fits = true;
    int k = 0;
    for (int w = 0; w < used.length; w++) {
      for (long bits = used[w]; bits != 0; bits &= bits - 1) {
        long key = slots[(w << 6) + Long.numberOfTrailingZeros(bits)];
        int state = (int) (key >>> 32);
        int symbol = (int) key;
        int n = next[k++];
        if (state < 0 || symbol < 0 || n < 0) {
          fits = false;
        }
        maxState = Math.max(maxState, state);
        maxSymbol = Math.max(maxSymbol, symbol);
        maxNext = Math.max(maxNext, n);
      }
    }
    int symBits = bits((int) maxSymbol);
    int valBits = bits(maxNext + 1);
    if (!fits || bits((int) maxState) + symBits + valBits > 63) {
      int[] values = new int[capacity];
      Arrays.fill(values, -1);
      k = 0;
      for (int w = 0; w < used.length; w++) {
        for (long bits = used[w]; bits != 0; bits &= bits - 1) {
          values[(w << 6) + Long.numberOfTrailingZeros(bits)] = next[k++];
        }
      }
      return new TransitionTable(slots, values, next.length);
    }
    k = 0;
    for (int w = 0; w < used.length; w++) {
      for (long bits = used[w]; bits != 0; bits &= bits - 1) {
        int slot = (w << 6) + Long.numberOfTrailingZeros(bits);
        long key = slots[slot];
        long packedKey = (key >>> 32) << symBits | (int) key;
        slots[slot] = packedKey << valBits | (next[k++] + 1L);
      }
    }
    return new TransitionTable(slots, next.length, symBits, valBits);
  }

  /**
   * A packed table read back whole (see {@link Automata}): {@code packed} is the table's own array,
   * slot for slot as {@link #packedSlots} gave it, and becomes the table as it is, so a cold start
   * runs no loop over the slots. The slots are not checked one by one: the build wrote them from a
   * table, and {@code PrecompiledAutomataTest} compares every bundled table with a fresh compilation.
   *
   * @throws IllegalArgumentException when the capacity is not a power of two, {@code size} does not
   *     fit in it, or the widths leave no bit for the state
   */
  static TransitionTable ofPacked(long[] packed, int size, int symbolBits, int valueBits) {
    if (Integer.bitCount(packed.length) != 1 || size < 0 || size > packed.length) {
      throw new IllegalArgumentException("a packed transition table needs a power-of-two length and at most that many edges");
    }
    if (symbolBits < 1 || symbolBits > 31 || valueBits < 1 || valueBits > 32 || symbolBits + valueBits > 62) {
      throw new IllegalArgumentException("a packed transition table's widths " + symbolBits + " and " + valueBits + " leave no bit for the state");
    }
    return new TransitionTable(packed, size, symbolBits, valueBits);
  }

  /** The packed slots (the table's own array: not to be changed), or null when the table is not packed. */
  long[] packedSlots() {
    return packed;
  }

  /** Bits of the symbol in a packed key (meaningful only when {@link #packedSlots} is not null). */
  int symbolBits() {
    return symbolBits;
  }

  /** Bits of the next state plus one in a packed slot (meaningful only when {@link #packedSlots} is not null). */
  int valueBits() {
    return valueBits;
  }

  private TransitionTable(long[] packed, int size, int symbolBits, int valueBits) {
    this.packed = packed;
    this.size = size;
    this.mask = packed.length - 1;
    this.symbolBits = symbolBits;
    this.valueBits = valueBits;
    this.valueMask = (1L << valueBits) - 1;
  }

  /**
   * Packs the slots into one array when every state, symbol and next state fits (states and
   * symbols are never negative); the two-array form is then dropped. Slots stay where they are.
   */
  private void pack() {
    int maxState = 0;
    int maxSymbol = 0;
    int maxNext = 0;
    for (int i = 0; i < keys.length; i++) {
      if (values[i] >= 0) {
        long k = keys[i];
        int state = (int) (k >>> 32);
        int symbol = (int) k;
        if (state < 0 || symbol < 0) {
          return;
        }
        maxState = Math.max(maxState, state);
        maxSymbol = Math.max(maxSymbol, symbol);
        maxNext = Math.max(maxNext, values[i]);
      }
    }
    int stateBits = bits(maxState);
    int symBits = bits(maxSymbol);
    int valBits = bits(maxNext + 1);
    if (stateBits + symBits + valBits > 63) {
      return;
    }
    long[] p = new long[keys.length];
    for (int i = 0; i < keys.length; i++) {
      if (values[i] >= 0) {
        long k = keys[i];
        long packedKey = (k >>> 32) << symBits | (int) k;
        p[i] = packedKey << valBits | (values[i] + 1L);
      }
    }
    symbolBits = symBits;
    valueBits = valBits;
    valueMask = (1L << valBits) - 1;
    packed = p;
    keys = null;
    values = null;
  }

  /** The bits needed to write {@code n} (at least one). */
  private static int bits(int n) {
    return Math.max(1, 32 - Integer.numberOfLeadingZeros(n));
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
    t.pack();
    return t;
  }

  /** The keys, slot by slot (0 in an empty slot), as the two-array form holds them. */
  long[] keys() {
    if (packed == null) {
      return keys;
    }
    long[] k = new long[packed.length];
    for (int i = 0; i < packed.length; i++) {
      long v = packed[i];
      if (v != 0) {
        long packedKey = v >>> valueBits;
        k[i] = (packedKey >>> symbolBits) << 32 | (packedKey & ((1L << symbolBits) - 1));
      }
    }
    return k;
  }

  /** The next states, slot by slot (-1 in an empty slot), as the two-array form holds them. */
  int[] values() {
    if (packed == null) {
      return values;
    }
    int[] out = new int[packed.length];
    for (int i = 0; i < packed.length; i++) {
      out[i] = (int) (packed[i] & valueMask) - 1;
    }
    return out;
  }

  int size() {
    return size;
  }

  /** The next state, or -1 when there is no edge. */
  int get(int state, int symbol) {
    long[] p = packed;
    if (p != null) {
      if ((symbol >>> symbolBits) != 0 || state < 0) {
        return -1; // a symbol or state no edge has
      }
      long packedKey = (long) state << symbolBits | symbol;
      for (int i = slot(key(state, symbol)); ; i = (i + 1) & mask) {
        long v = p[i];
        if (v == 0) {
          return -1;
        }
        if (v >>> valueBits == packedKey) {
          return (int) (v & valueMask) - 1;
        }
      }
    }
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
    if (packed != null) {
      throw new IllegalStateException("a finished transition table is read-only");
    }
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
