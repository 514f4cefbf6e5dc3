package dev.empathy.signal;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Every word of one language's clause-word sets ({@link ClauseReader.Words}), found by its
 * characters: {@code ClauseReader.wordAt} answers a word the sets hold with the sets' own string
 * (no string made, its hash already known, and {@code Set.contains} finds it by identity) and makes
 * a string only for other words. An open-addressed table of ids into one run of characters.
 */
final class KnownWords {
  /** Tables made so far, by their {@code Words} (compared by identity: a record's hash reads every set). */
  private static volatile Object[] made = new Object[0];
  /** At most this many tables are kept (one per language is the need); beyond, words are made as strings. */
  private static final int MOST = 64;
  private static final KnownWords NONE = new KnownWords(Set.of());

  private final String[] strings;
  private final char[] chars;
  private final int[] ends;
  /**
   * Slot {@code i} is {@code slots[2i]}, a word's id (-1: empty), and {@code slots[2i + 1]}, its
   * hash: a probe compares the hash before it reads the word's characters (one cache line, where
   * ids, ends and characters were three).
   */
  private final int[] slots;
  private final int mask;

  private KnownWords(Collection<String> words) {
    strings = words.toArray(new String[0]);
    ends = new int[strings.length];
    int total = 0;
    for (int i = 0; i < strings.length; i++) {
      total += strings[i].length();
      ends[i] = total;
    }
    chars = new char[total];
    for (int i = 0, at = 0; i < strings.length; at = ends[i++]) {
      strings[i].getChars(0, strings[i].length(), chars, at);
    }
    int capacity = Integer.highestOneBit(Math.max(4, strings.length) * 2) * 2;
    slots = new int[2 * capacity];
    for (int i = 0; i < capacity; i++) {
      slots[2 * i] = -1;
    }
    mask = capacity - 1;
    for (int id = 0; id < strings.length; id++) {
      int h = strings[id].hashCode();
      int i = spread(h) & mask;
      while (slots[2 * i] >= 0) {
        i = (i + 1) & mask;
      }
      slots[2 * i] = id;
      slots[2 * i + 1] = h;
    }
  }

  /**
   * The table of {@code words}' sets, made once per {@link ClauseReader.Words} (one per language:
   * {@code Words.of} keeps them). Every set component is read, so a set added to the record is
   * included without a change here.
   */
  static KnownWords of(ClauseReader.Words words) {
    Object[] m = made;
    for (int i = 0; i < m.length; i += 2) {
      if (m[i] == words) {
        return (KnownWords) m[i + 1];
      }
    }
    synchronized (KnownWords.class) {
      m = made;
      for (int i = 0; i < m.length; i += 2) {
        if (m[i] == words) {
          return (KnownWords) m[i + 1];
        }
      }
      if (m.length >= 2 * MOST) {
        return NONE;
      }
      KnownWords k = build(words);
      Object[] next = Arrays.copyOf(m, m.length + 2);
      next[m.length] = words;
      next[m.length + 1] = k;
      made = next;
      return k;
    }
  }

  private static KnownWords build(ClauseReader.Words words) {
    Set<String> all = new LinkedHashSet<>();
    try {
      for (RecordComponent c : ClauseReader.Words.class.getRecordComponents()) {
        if (c.getType() == Set.class) {
          for (Object o : (Set<?>) c.getAccessor().invoke(words)) {
            all.add((String) o);
          }
        }
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("clause words cannot be read", e);
    }
    return new KnownWords(all);
  }

  /**
   * The known string equal to {@code w[0, n)}, or a string of those characters (made, or one made
   * before for the same characters). The hash is {@code String.hashCode}'s, so the known string's
   * cached hash is never recomputed.
   */
  String word(char[] w, int n) {
    int h = hash(w, n);
    String known = find(h, w, n);
    if (known != null) {
      return known;
    }
    // Words outside the sets recur too ("order", "refund", "hours"): the last one made in each slot
    // of a small table is handed out again when the same characters come (an equal string).
    int slot = spread(h) & (RECENT - 1);
    String r = recent[slot];
    if (r != null && r.length() == n) {
      int j = 0;
      while (j < n && r.charAt(j) == w[j]) {
        j++;
      }
      if (j == n) {
        return r;
      }
    }
    String made = new String(w, 0, n);
    recent[slot] = made; // a string is immutable and published whole: threads share the table without a lock
    return made;
  }

  /** Slots of {@link #recent}. */
  private static final int RECENT = 512;
  /** The last word outside the sets made in each slot, by its hash. */
  private final String[] recent = new String[RECENT];

  /** The known string equal to {@code w[0, n)}, or null: nothing is made. */
  /**
   * Whether {@code typed[s, e)} in lower case is one of these words; {@code lower} is scratch space,
   * and a word longer than it is none.
   */
  boolean holds(String typed, int s, int e, char[] lower) {
    if (e - s > lower.length) {
      return false;
    }
    for (int k = s; k < e; k++) {
      char c = typed.charAt(k);
      if (c == '\u0130' || c == '\u03A3') {
        return false; // no word here holds them; their lower case depends on more than the letter
      }
      lower[k - s] = Character.toLowerCase(c);
    }
    return find(lower, e - s) != null;
  }

  String find(char[] w, int n) {
    return find(hash(w, n), w, n);
  }

  private static int hash(char[] w, int n) {
    int h = 0;
    for (int i = 0; i < n; i++) {
      h = 31 * h + w[i];
    }
    return h;
  }

  private String find(int h, char[] w, int n) {
    for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
      int id = slots[2 * i];
      if (id < 0) {
        return null;
      }
      if (slots[2 * i + 1] != h) {
        continue;
      }
      int from = id == 0 ? 0 : ends[id - 1];
      if (ends[id] - from == n && same(from, w, n)) {
        return strings[id];
      }
    }
  }

  /** A table of {@code words} (any strings: the language guess's words), found as {@link #find} says. */
  static KnownWords ofWords(Collection<String> words) {
    return new KnownWords(words);
  }

  private boolean same(int from, char[] w, int n) {
    for (int j = 0; j < n; j++) {
      if (chars[from + j] != w[j]) {
        return false;
      }
    }
    return true;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
