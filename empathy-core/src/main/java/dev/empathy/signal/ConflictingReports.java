package dev.empathy.signal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Two reports that disagree, read by their shape: a verb of report ("says", "shows", "dice",
 * "zeigt") on either side of a contrast in one sentence ("the email says shipped but tracking says
 * label created?", "app says on time but the board says cancelled, which one is it"). Beside a
 * question, that is confusion, not a complaint. The verbs are data per language ({@code
 * reports.tsv}); a language without a row reads none. Immutable and thread-safe.
 */
final class ConflictingReports {
  /** How far either side of the contrast a verb of report is looked for, in characters. */
  static final int REACH = 120;
  private static final String SENTENCE_ENDS = ".!?\n。！？";
  private static final ConflictingReports NONE = new ConflictingReports(Set.of(), Set.of());
  private static final Map<String, ConflictingReports> BY_TAG = load();

  /** The longest word looked up. */
  private static final int LONGEST = 12;

  /** Verbs of report, found by their characters (no string made per word read). */
  private final KnownWords verbs;
  private final boolean none;
  /** Words that ask without a question mark ("which one is it"). */
  private final KnownWords which;
  private final boolean noWhich;

  private ConflictingReports(Set<String> verbs, Set<String> which) {
    this.verbs = KnownWords.ofWords(verbs);
    this.none = verbs.isEmpty();
    this.which = KnownWords.ofWords(which);
    this.noWhich = which.isEmpty();
  }

  /** Whether {@code typed} holds a word of {@code tag}'s that asks without a mark ("which"). */
  static boolean asksWhich(String typed, String tag) {
    ConflictingReports r = of(tag);
    if (r.noWhich) {
      return false;
    }
    char[] lower = new char[LONGEST];
    for (int i = 0, n = Math.min(typed.length(), LanguageGuess.SAMPLE * 4); i < n; i++) {
      if (Character.isLetter(typed.charAt(i)) && (i == 0 || !Character.isLetter(typed.charAt(i - 1)))) {
        int e = wordEnd(typed, i);
        if (r.which.holds(typed, i, e, lower)) {
          return true;
        }
        i = e - 1;
      }
    }
    return false;
  }

  static ConflictingReports of(String tag) {
    return BY_TAG.getOrDefault(tag, NONE);
  }

  private static Map<String, ConflictingReports> load() {
    Map<String, Set<String>> verbs = new HashMap<>();
    Map<String, Set<String>> which = new HashMap<>();
    for (String row : Lexicon.lines("reports.tsv", false)) {
      if (row.isBlank() || row.startsWith("#")) {
        continue;
      }
      String[] f = row.split("\t");
      if (f[0].equals("which") && f.length == 3) {
        which.put(f[1], Set.of(f[2].split("\\|")));
      } else if (f.length == 2) {
        verbs.put(f[0], Set.of(f[1].split("\\|")));
      } else {
        throw new IllegalStateException("reports.tsv: expected tag<TAB>word|word or which<TAB>tag<TAB>word|word: " + row);
      }
    }
    Map<String, ConflictingReports> out = new HashMap<>();
    for (String tag : verbs.keySet()) {
      out.put(tag, new ConflictingReports(verbs.get(tag), which.getOrDefault(tag, Set.of())));
    }
    return Map.copyOf(out);
  }

  /**
   * The span from the first verb of report before the contrast {@code [start, end)} to the end of
   * the first one after it, in the same sentence and within {@link #REACH} characters, or null.
   */
  int[] around(String typed, int start, int end) {
    if (none) {
      return null;
    }
    char[] lower = new char[LONGEST];
    int before = -1;
    for (int i = start - 1, limit = Math.max(0, start - REACH); i >= limit; i--) {
      char c = typed.charAt(i);
      if (SENTENCE_ENDS.indexOf(c) >= 0) {
        break;
      }
      if (Character.isLetter(c) && (i == 0 || !Character.isLetter(typed.charAt(i - 1)))) {
        int e = wordEnd(typed, i);
        if (e <= start && verbs.holds(typed, i, e, lower)) {
          before = i;
        }
      }
    }
    if (before < 0) {
      return null;
    }
    for (int i = end, limit = Math.min(typed.length(), end + REACH); i < limit; i++) {
      char c = typed.charAt(i);
      if (SENTENCE_ENDS.indexOf(c) >= 0) {
        return null;
      }
      if (Character.isLetter(c) && (i == 0 || !Character.isLetter(typed.charAt(i - 1)))) {
        int e = wordEnd(typed, i);
        if (verbs.holds(typed, i, e, lower)) {
          return new int[] {before, e};
        }
        i = e - 1;
      }
    }
    return null;
  }


  /**
   * The start of a verb of report within {@link #REACH} characters before {@code at} that is set
   * apart from {@code at} by a clause's end or a joining word ({@code join}: "and", "but"), across
   * one sentence end at most; -1 when none ("app said ready 20 min ago and its not even made yet").
   */
  int reportBefore(String typed, int at, Set<String> join) {
    if (none) {
      return -1;
    }
    char[] lower = new char[LONGEST];
    boolean apart = false;
    int sentences = 0;
    for (int i = Math.min(at, typed.length()) - 1, limit = Math.max(0, at - REACH); i >= limit; i--) {
      char c = typed.charAt(i);
      if (SENTENCE_ENDS.indexOf(c) >= 0 && ++sentences > 1) {
        return -1;
      }
      if (",;:.!?\n".indexOf(c) >= 0) {
        apart = true;
      }
      if (Character.isLetter(c) && (i == 0 || !Character.isLetter(typed.charAt(i - 1)))) {
        int e = wordEnd(typed, i);
        if (e <= at && apart && verbs.holds(typed, i, e, lower)) {
          return i;
        }
        if (e <= at && !apart && joins(typed, i, e, join)) {
          apart = true;
        }
      }
    }
    return -1;
  }

  /** Whether the word {@code typed[s, e)} is one of {@code join}, compared in place (no string made per word read). */
  private static boolean joins(String typed, int s, int e, Set<String> join) {
    for (String w : join) {
      if (w.length() == e - s && typed.regionMatches(true, s, w, 0, e - s)) {
        return true;
      }
    }
    return false;
  }

  private static int wordEnd(String typed, int s) {
    int e = s;
    while (e < typed.length() && Character.isLetter(typed.charAt(e))) {
      e++;
    }
    return e;
  }
}
