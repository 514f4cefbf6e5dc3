package dev.empathy.signal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Splits a hashtag written in one case ("#epicfail", "#nothappy", "#worstairlineever") into the
 * words it joins, so that they are read like words typed apart. The vocabulary is the lexicon's
 * own: every word of its phrases, so a hashtag is split only where a split can matter. A
 * dynamic-programming word break: a known word costs one, an unknown letter two, so the fewest
 * known words that cover the most letters win, and letters no word covers stay together. The
 * split keeps every letter in order; it only adds spaces. Immutable and thread-safe; linear in the
 * hashtag's length times the longest word.
 */
final class HashtagWords {
  /** Hashtags longer than this are not split (runs of text, not tags). */
  static final int MAX = 40;
  private static final int UNKNOWN = 2;
  private static final ConcurrentHashMap<String, HashtagWords> SHARED = new ConcurrentHashMap<>();

  private final Set<String> words;
  private final int longest;

  private HashtagWords(Set<String> words) {
    this.words = words;
    int l = 0;
    for (String w : words) {
      l = Math.max(l, w.length());
    }
    this.longest = l;
  }

  /** The splitter for a lexicon locale ({@code en}, {@code pt_BR}), built once per JVM. */
  static HashtagWords of(Locale locale) {
    return SHARED.computeIfAbsent(locale.toString(), HashtagWords::load);
  }

  private static HashtagWords load(String tag) {
    Set<String> words = new HashSet<>();
    for (String row : Lexicon.lines("lexicon_" + tag + ".tsv", true)) {
      if (row.isBlank() || row.startsWith("#") || row.startsWith("@")) {
        continue;
      }
      String[] f = row.split("\t");
      if (f.length < 2 || f[0].equals("ignore")) {
        continue;
      }
      for (String w : f[1].toLowerCase(Locale.ROOT).split("[ |]")) {
        String word = w.endsWith("?") ? w.substring(0, w.length() - 1) : w;
        word = word.replace("'", "").replace("’", "");
        if (word.length() >= 2 && word.chars().allMatch(c -> c < 0x80 && Character.isLetter(c))) {
          words.add(word);
        }
      }
    }
    return new HashtagWords(Set.copyOf(words));
  }

  /**
   * The words of a one-case hashtag's letters, separated by single spaces and as long as {@code
   * tag} plus the spaces; or {@code null} when it is one word, not letters, too long, or has no
   * split into at least two known words.
   */
  String split(String tag) {
    int n = tag.length();
    if (n < 4 || n > MAX || words.isEmpty()) {
      return null;
    }
    String lower = tag.toLowerCase(Locale.ROOT);
    if (lower.length() != n || words.contains(lower)) {
      return null;
    }
    for (int i = 0; i < n; i++) {
      char c = lower.charAt(i);
      if (c >= 0x80 || !Character.isLetter(c)) {
        return null;
      }
    }
    int[] cost = new int[n + 1];
    int[] from = new int[n + 1];
    boolean[] known = new boolean[n + 1];
    for (int i = 1; i <= n; i++) {
      cost[i] = cost[i - 1] + UNKNOWN;
      from[i] = i - 1;
      for (int j = Math.max(0, i - longest); j <= i - 2; j++) {
        if (cost[j] + 1 < cost[i] && words.contains(lower.substring(j, i))) {
          cost[i] = cost[j] + 1;
          from[i] = j;
          known[i] = true;
        }
      }
    }
    // Walk back; letters no word covers are joined into one piece.
    java.util.ArrayDeque<String> pieces = new java.util.ArrayDeque<>();
    int knownPieces = 0;
    int i = n;
    int unknownEnd = -1;
    while (i > 0) {
      if (known[i]) {
        if (unknownEnd >= 0) {
          pieces.push(tag.substring(i, unknownEnd));
          unknownEnd = -1;
        }
        pieces.push(tag.substring(from[i], i));
        knownPieces++;
        i = from[i];
      } else {
        if (unknownEnd < 0) {
          unknownEnd = i;
        }
        i--;
      }
    }
    if (unknownEnd >= 0) {
      pieces.push(tag.substring(0, unknownEnd));
    }
    if (knownPieces < 2) {
      return null;
    }
    return String.join(" ", pieces);
  }
}
