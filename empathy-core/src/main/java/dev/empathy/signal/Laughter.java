package dev.empathy.signal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds laughter in a message: a laughing word in any language ("lol", "hahaha", "lmao",
 * "jajaja", "kkkk", "mdr", "www") or a laughing emoji (😂 🤣). The composer reads a laugh quoted
 * as evidence as a light moment, so a joke gets a playful answer rather than an apology. Patterns
 * are data ({@code laughter.tsv}); immutable and thread-safe; one pass over the text, a regular
 * expression tried only on short words whose first two letters start a laugh ("ha", "lo", "lm").
 */
final class Laughter {
  /** Longer words are not laughs worth reading (and not worth a regular expression). */
  private static final int MAX_WORD = 24;
  static final Laughter SHARED = load();

  private final Pattern words;
  /** The first two letters a laugh can start with, as {@code 26 * a + b}: other words are never tried. */
  private final boolean[] starts;
  private final List<String> signs;

  private Laughter(Pattern words, Set<String> starts, List<String> signs) {
    this.words = words;
    this.starts = new boolean[26 * 26];
    for (String st : starts) {
      if (st.length() != 2 || st.charAt(0) < 'a' || st.charAt(0) > 'z' || st.charAt(1) < 'a' || st.charAt(1) > 'z') {
        throw new IllegalStateException("laughter.tsv: a start is two letters a-z, not " + st);
      }
      this.starts[26 * (st.charAt(0) - 'a') + st.charAt(1) - 'a'] = true;
    }
    this.signs = signs;
  }

  private static Laughter load() {
    StringBuilder regex = new StringBuilder();
    List<String> signs = new ArrayList<>();
    List<String> starts = new ArrayList<>();
    for (String row : Lexicon.lines("laughter.tsv", false)) {
      if (row.isBlank() || row.startsWith("#")) {
        continue;
      }
      String[] f = row.split("\t");
      if (f[0].equals("word")) {
        regex.append(regex.length() == 0 ? "" : "|").append("(?:").append(f[1].strip()).append(')');
      } else if (f[0].equals("starts")) {
        starts.addAll(List.of(f[1].strip().split("\\|")));
      } else if (f[0].equals("sign")) {
        signs.add(f[1].strip());
      } else {
        throw new IllegalStateException("laughter.tsv: unknown kind " + f[0]);
      }
    }
    if (starts.isEmpty()) {
      throw new IllegalStateException("laughter.tsv: no starts row");
    }
    // Laughs are ASCII: case is ignored the ASCII way ("HAHA", "LoL").
    return new Laughter(Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE), Set.copyOf(starts), List.copyOf(signs));
  }

  /** The spans {@code {start, end}} of the laughs in {@code typed}, in text order. */
  List<int[]> find(String typed) {
    return find(typed, typed.toCharArray());
  }

  /**
   * {@link #find(String)} with {@code typed}'s characters given ({@code chars.length >= typed.length()}):
   * the scan reads the array, which costs less per character than a string's {@code charAt}.
   */
  List<int[]> find(String typed, char[] chars) {
    List<int[]> out = null;
    Matcher m = null;
    int n = typed.length();
    int i = 0;
    while (i < n) {
      char c = chars[i];
      if (c < 0x80) {
        // ASCII as Character answers it: the letters are A-Z and a-z.
        if (!isAsciiLetter(c)) {
          i++;
          continue;
        }
        int s = i;
        while (i < n && isAsciiLetter(chars[i])) {
          i++;
        }
        // The cheap questions first: most words are too long or start unlike any laugh.
        if (i - s >= 2 && i - s <= MAX_WORD && startsLikeALaugh(chars, s)
            && (s == 0 || !Character.isLetterOrDigit(chars[s - 1])) && (i == n || !Character.isLetterOrDigit(chars[i]))) {
          Boolean known = remembered(chars, s, i);
          boolean laugh;
          if (known != null) {
            laugh = known;
          } else {
            // One matcher per message, moved from word to word: no allocation per word tried.
            m = m == null ? words.matcher(typed) : m;
            laugh = m.region(s, i).matches();
            remember(chars, s, i, laugh);
          }
          if (laugh) {
            out = add(out, s, i);
          }
        }
        continue;
      }
      if (Character.isHighSurrogate(c) || c >= 0x2000) {
        for (String sign : signs) {
          if (typed.startsWith(sign, i)) {
            out = add(out, i, i + sign.length());
            break;
          }
        }
      }
      i++;
    }
    return out == null ? List.of() : out;
  }

  /**
   * Words tried lately and their answers, by a hash of the word in lower case: the same few words
   * ("have", "help", "hours", "long") start like a laugh in message after message, and the regular
   * expression, which allocates for its repetitions, is then asked once per word, not once per
   * occurrence. The answer depends only on the word's ASCII letters in lower case (the pattern
   * ignores ASCII case and has no look-around), so a remembered answer is the expression's. Bounded
   * ({@code MEMO} slots, a newer word replaces an older one); an entry is immutable and published
   * whole, so threads share the table without a lock.
   */
  private final Remembered[] memo = new Remembered[MEMO];

  private static final int MEMO = 1024;

  /** A word tried, in lower case, and whether it is a laugh. */
  private static final class Remembered {
    final char[] word;
    final boolean laugh;

    Remembered(char[] word, boolean laugh) {
      this.word = word;
      this.laugh = laugh;
    }
  }

  private static int hash(char[] chars, int s, int e) {
    int h = 0;
    for (int k = s; k < e; k++) {
      h = 31 * h + (chars[k] | 0x20);
    }
    return (h ^ (h >>> 13)) & (MEMO - 1);
  }

  /** The answer remembered for the ASCII word {@code chars[s, e)}, or null. */
  private Boolean remembered(char[] chars, int s, int e) {
    Remembered r = memo[hash(chars, s, e)];
    if (r == null || r.word.length != e - s) {
      return null;
    }
    for (int k = s; k < e; k++) {
      if (r.word[k - s] != (char) (chars[k] | 0x20)) {
        return null;
      }
    }
    return r.laugh;
  }

  private void remember(char[] chars, int s, int e, boolean laugh) {
    char[] w = new char[e - s];
    for (int k = s; k < e; k++) {
      w[k - s] = (char) (chars[k] | 0x20);
    }
    memo[hash(chars, s, e)] = new Remembered(w, laugh);
  }

  private static boolean isAsciiLetter(char c) {
    return c < 0x80 && (char) ((c | 0x20) - 'a') < 26;
  }

  private boolean startsLikeALaugh(char[] chars, int s) {
    int a = (chars[s] | 0x20) - 'a'; // ASCII letters only reach here
    int b = (chars[s + 1] | 0x20) - 'a';
    return a >= 0 && a < 26 && b >= 0 && b < 26 && starts[26 * a + b];
  }

  private static List<int[]> add(List<int[]> out, int s, int e) {
    List<int[]> o = out == null ? new ArrayList<>(2) : out;
    o.add(new int[] {s, e});
    return o;
  }
}
