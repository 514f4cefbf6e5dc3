package dev.empathy.compose;

import java.util.Arrays;

/**
 * The words of one caller text (runs of {@link CallerClauses#isWordChar word characters}), each
 * scanned, hashed and looked up in the language's lexicon once: every check of the text (a
 * sentence or a noun phrase, its number, the kind of clause, a restatement) reads these instead
 * of scanning the text again. Filled by {@link CallerClauses#read}; a composer keeps a few per
 * thread ({@link Cache}), reused reply after reply, so reading a reply's texts allocates nothing.
 */
final class ClauseWords {
  /** The text read, or null for an empty slot. */
  String text;
  /** The number of words. */
  int count;
  /** The lexicon flags of every word together. */
  int all;
  /** Per word, four ints: start, end, folded hash ({@link CallerClauses.Lexicon#step}), lexicon flags. */
  private int[] data = new int[32];

  int start(int word) {
    return data[word << 2];
  }

  int end(int word) {
    return data[(word << 2) + 1];
  }

  int hash(int word) {
    return data[(word << 2) + 2];
  }

  int flags(int word) {
    return data[(word << 2) + 3];
  }

  /**
   * Per ASCII character, its fold ({@link CallerClauses.Lexicon#step}: lower case, ' as ’) when
   * it is a {@link CallerClauses#isWordChar word character}, else -1.
   */
  private static final int[] ASCII_FOLDED_WORD = new int[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_FOLDED_WORD[c] = CallerClauses.isWordChar(c) ? CallerClauses.Lexicon.step(0, c) : -1;
    }
  }

  /** Reads {@code text}'s words, looking each up in {@code lexicon}; returns this. */
  ClauseWords read(String text, CallerClauses.Lexicon lexicon) {
    this.text = text;
    int words = 0;
    int together = 0;
    int n = text.length();
    int i = 0;
    while (true) {
      while (i < n && !CallerClauses.isWordChar(text.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int start = i;
      int hash = 0;
      // One table look-up per ASCII character tells a word character and its fold together:
      // the hash is CallerClauses.Lexicon.step's.
      while (i < n) {
        char c = text.charAt(i);
        int folded;
        if (c < 128) {
          folded = ASCII_FOLDED_WORD[c];
          if (folded < 0) {
            break;
          }
        } else if (CallerClauses.isWordChar(c)) {
          folded = Character.toLowerCase(c);
        } else {
          break;
        }
        hash = 31 * hash + folded;
        i++;
      }
      int flags = lexicon.flags(text, start, i, hash);
      int at = words << 2;
      if (at + 4 > data.length) {
        data = Arrays.copyOf(data, data.length * 2);
      }
      data[at] = start;
      data[at + 1] = i;
      data[at + 2] = hash;
      data[at + 3] = flags;
      words++;
      together |= flags;
    }
    this.count = words;
    this.all = together;
    return this;
  }

  /**
   * The words of the few texts a reply checks, per thread: looked up by identity, refilled in
   * turn. A reply takes it at its start and clears it at its end ({@link #clear}), so no text
   * outlives its reply and no reply sees another's.
   */
  static final class Cache {
    private static final ThreadLocal<Cache> PER_THREAD = ThreadLocal.withInitial(Cache::new);
    /** A slot that read a long text gives its array back when cleared, above this many ints. */
    private static final int KEPT = 256;

    private final ClauseWords[] slots = new ClauseWords[6];
    private int next;

    private Cache() {
      for (int i = 0; i < slots.length; i++) {
        slots[i] = new ClauseWords();
      }
    }

    /** This thread's cache. */
    static Cache forThread() {
      return PER_THREAD.get();
    }

    /**
     * The words of {@code text} as {@code clauses} reads them, read now unless this reply read
     * them already. The result is valid until the next call (a slot is refilled in turn).
     */
    ClauseWords of(String text, CallerClauses clauses) {
      for (ClauseWords w : slots) {
        if (w.text == text) {
          return w;
        }
      }
      ClauseWords w = slots[next];
      next = next + 1 == slots.length ? 0 : next + 1;
      return clauses.read(w, text);
    }

    /** Forgets every text (a reply ended). */
    /** The words of {@code text} when this reply has read them already, else null (nothing is read). */
    ClauseWords peek(String text) {
      for (ClauseWords w : slots) {
        if (w.text == text) {
          return w;
        }
      }
      return null;
    }

    void clear() {
      for (ClauseWords w : slots) {
        w.text = null;
        if (w.data.length > KEPT) {
          w.data = new int[32];
        }
      }
      next = 0;
    }
  }
}
