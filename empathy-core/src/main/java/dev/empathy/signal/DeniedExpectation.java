package dev.empathy.signal;

import dev.empathy.text.PhraseMatcher.Match;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A hope let down, read from its shape: a hope or an expectation told as past ("i was hoping",
 * "expected", "esperaba") and then denied, after a contrast in its sentence ("i was really hoping
 * the new version would fix the battery but nope"), in a short sentence right after ("thought the
 * upgrade would be worth it. it wasn't"), before it with a word between ("not what i was hoping
 * for"), or set against more ("expected more from you", "esperava bem mais"). A belief ("thought",
 * "pensé") hopes only about a future in the past ("would", "iba a"): "I thought it was closed but
 * it's not" corrects a belief. The words are data per language ({@code expectations.tsv}); a
 * language without a row reads none. Immutable and thread-safe.
 */
final class DeniedExpectation {
  /** How far after the hope its denial is looked for, in characters. */
  static final int REACH = 100;
  /** The most words a sentence right after the hope may hold to deny it on its own ("it wasn't", "nope."). */
  static final int SHORT_SENTENCE = 4;
  /** The most words between a denial and the hope after it ("not what i was hoping for", "não era bem o que eu esperava"). */
  static final int DENIED_BEFORE = 5;
  /** The most words between a hope and its "more" ("expected so much more"). */
  static final int MORE_REACH = 3;
  /** How much of the message is read for hopes, in characters: a hope let down is told early. */
  static final int READ = LanguageGuess.SAMPLE * 4;
  private static final String SENTENCE_ENDS = ".!?\n。！？";
  private static final String CLAUSE_ENDS = ",;:.!?\n、。！？";
  private static final int LONGEST = 14;
  private static final Set<String> ROLES = Set.of("hope", "belief", "would", "more", "nope", "self");
  private static final DeniedExpectation NONE = new DeniedExpectation(Map.of());
  private static final Map<String, DeniedExpectation> BY_TAG = load();

  private final KnownWords hope;
  private final KnownWords belief;
  private final KnownWords would;
  private final KnownWords more;
  private final KnownWords nope;
  private final KnownWords self;
  private final boolean anyone;
  private final boolean none;

  private DeniedExpectation(Map<String, Set<String>> roles) {
    this.hope = KnownWords.ofWords(roles.getOrDefault("hope", Set.of()));
    this.belief = KnownWords.ofWords(roles.getOrDefault("belief", Set.of()));
    this.would = KnownWords.ofWords(roles.getOrDefault("would", Set.of()));
    this.more = KnownWords.ofWords(roles.getOrDefault("more", Set.of()));
    this.nope = KnownWords.ofWords(roles.getOrDefault("nope", Set.of()));
    this.self = KnownWords.ofWords(roles.getOrDefault("self", Set.of()));
    this.anyone = roles.getOrDefault("self", Set.of()).isEmpty();
    this.none = roles.getOrDefault("hope", Set.of()).isEmpty() && roles.getOrDefault("belief", Set.of()).isEmpty();
  }

  static DeniedExpectation of(String tag) {
    return BY_TAG.getOrDefault(tag, NONE);
  }

  private static Map<String, DeniedExpectation> load() {
    Map<String, Map<String, Set<String>>> byTag = new HashMap<>();
    for (String row : Lexicon.lines("expectations.tsv", false)) {
      if (row.isBlank() || row.startsWith("#")) {
        continue;
      }
      String[] f = row.split("\t");
      if (f.length != 3 || !ROLES.contains(f[0])) {
        throw new IllegalStateException("expectations.tsv: expected " + ROLES + "<TAB>tag<TAB>word|word: " + row);
      }
      if (byTag.computeIfAbsent(f[1], k -> new HashMap<>()).put(f[0], Set.of(f[2].split("\\|"))) != null) {
        throw new IllegalStateException("expectations.tsv: " + f[0] + " for " + f[1] + " is listed twice: " + row);
      }
    }
    Map<String, DeniedExpectation> out = new HashMap<>();
    byTag.forEach((tag, roles) -> out.put(tag, new DeniedExpectation(roles)));
    return Map.copyOf(out);
  }

  /**
   * The span from a hope to what denies it, or null. {@code contrasts} and {@code denials} are the
   * lexicon's contrasts ("but", "pero") and negators ("not", "never"), in text order.
   */
  int[] find(String typed, List<Match<Cue>> contrasts, List<Match<Cue>> denials) {
    if (none) {
      return null;
    }
    char[] lower = new char[LONGEST];
    for (int i = 0, n = Math.min(typed.length(), READ); i < n; i++) {
      if (!wordStart(typed, i)) {
        continue;
      }
      int e = wordEnd(typed, i);
      boolean hoped = hope.holds(typed, i, e, lower);
      if ((hoped || belief.holds(typed, i, e, lower) && wouldFollows(typed, e, lower)) && customers(typed, i, lower)) {
        int[] found = deniedAfter(typed, i, e, contrasts, denials, lower);
        if (found == null && hoped) {
          found = deniedBefore(typed, i, e, denials);
        }
        if (found == null && hoped) {
          found = moreAfter(typed, i, e, lower);
        }
        if (found != null) {
          return found;
        }
      }
      i = e - 1;
    }
    return null;
  }

  /** The most words looked back from a hope for its subject ("i was really hoping"). */
  private static final int SUBJECT_REACH = 3;

  /**
   * Whether the hope at {@code start} is the customer's: in a language whose hope words tell no
   * person, a word of role {@code self} stands in its clause at most {@link #SUBJECT_REACH} words
   * before it, or the hope opens its clause (handles aside): "i was hoping", "expected more".
   */
  private boolean customers(String typed, int start, char[] lower) {
    if (anyone) {
      return true;
    }
    int words = 0;
    for (int i = start - 1; i >= 0 && words < SUBJECT_REACH; i--) {
      char c = typed.charAt(i);
      if (CLAUSE_ENDS.indexOf(c) >= 0) {
        return words == 0;
      }
      if (wordStart(typed, i) && !(i > 0 && typed.charAt(i - 1) == '@')) {
        words++;
        if (self.holds(typed, i, wordEnd(typed, i), lower)) {
          return true;
        }
      }
    }
    return words == 0;
  }

  /** Whether a word of role {@code would} follows in the clause: "thought it would be worth it". */
  private boolean wouldFollows(String typed, int from, char[] lower) {
    for (int i = from, limit = Math.min(typed.length(), from + REACH / 2); i < limit; i++) {
      char c = typed.charAt(i);
      if (CLAUSE_ENDS.indexOf(c) >= 0) {
        return false;
      }
      if (wordStart(typed, i)) {
        int e = wordEnd(typed, i);
        if (would.holds(typed, i, e, lower)) {
          return true;
        }
        i = e - 1;
      }
    }
    return false;
  }

  /**
   * A denial after a contrast in the hope's sentence ("…but nope", "…but the seat didn't even
   * recline", "…pero nada"), or a short sentence right after the hope's that denies ("it wasn't").
   */
  private int[] deniedAfter(String typed, int start, int end, List<Match<Cue>> contrasts, List<Match<Cue>> denials, char[] lower) {
    int sentenceEnd = -1;
    int limit = Math.min(typed.length(), end + REACH);
    for (int i = end; i < limit; i++) {
      if (SENTENCE_ENDS.indexOf(typed.charAt(i)) >= 0) {
        sentenceEnd = i;
        break;
      }
    }
    int clauseTo = sentenceEnd < 0 ? limit : sentenceEnd;
    for (Match<Cue> c : contrasts) {
      if (c.start() < end) {
        continue;
      }
      if (c.start() >= clauseTo) {
        break;
      }
      int[] d = denialIn(typed, c.end(), clauseTo, denials, lower);
      if (d != null) {
        return new int[] {start, d[1]};
      }
    }
    if (sentenceEnd < 0) {
      return null;
    }
    int next = sentenceEnd;
    while (next < typed.length() && !Character.isLetterOrDigit(typed.charAt(next))) {
      next++;
    }
    int nextEnd = next;
    int words = 0;
    while (nextEnd < typed.length() && SENTENCE_ENDS.indexOf(typed.charAt(nextEnd)) < 0) {
      words += wordStart(typed, nextEnd) ? 1 : 0;
      nextEnd++;
    }
    if (words == 0 || words > SHORT_SENTENCE) {
      return null;
    }
    int[] d = denialIn(typed, next, nextEnd, denials, lower);
    return d == null ? null : new int[] {start, d[1]};
  }

  /** The first denial in {@code [from, to)}: a negator, or a word of role {@code nope}. */
  private int[] denialIn(String typed, int from, int to, List<Match<Cue>> denials, char[] lower) {
    for (Match<Cue> d : denials) {
      if (d.start() >= to) {
        break;
      }
      if (d.start() >= from) {
        return new int[] {d.start(), d.end()};
      }
    }
    for (int i = from; i < to; i++) {
      if (wordStart(typed, i)) {
        int e = wordEnd(typed, i);
        if (nope.holds(typed, i, e, lower)) {
          return new int[] {i, e};
        }
        i = e - 1;
      }
    }
    return null;
  }

  /** A denial before the hope in its clause, with a word or more between: "not what i was hoping for". */
  private int[] deniedBefore(String typed, int start, int end, List<Match<Cue>> denials) {
    for (Match<Cue> d : denials) {
      if (d.end() > start) {
        break;
      }
      int words = 0;
      boolean apart = false;
      for (int k = d.end(); k < start && !apart; k++) {
        apart = CLAUSE_ENDS.indexOf(typed.charAt(k)) >= 0;
        words += wordStart(typed, k) ? 1 : 0;
      }
      if (!apart && words >= 1 && words <= DENIED_BEFORE) {
        return new int[] {d.start(), end};
      }
    }
    return null;
  }

  /** A word of role {@code more} within {@link #MORE_REACH} words after the hope: "expected more", "esperava bem mais". */
  private int[] moreAfter(String typed, int start, int end, char[] lower) {
    int words = 0;
    for (int i = end; i < typed.length(); i++) {
      if (CLAUSE_ENDS.indexOf(typed.charAt(i)) >= 0) {
        return null;
      }
      if (wordStart(typed, i)) {
        if (++words > MORE_REACH) {
          return null;
        }
        int e = wordEnd(typed, i);
        if (more.holds(typed, i, e, lower)) {
          return new int[] {start, e};
        }
        i = e - 1;
      }
    }
    return null;
  }

  private static boolean wordStart(String typed, int i) {
    // After an apostrophe too: "j'espérais" ("wasn't" gives "t", which no role holds).
    return Character.isLetter(typed.charAt(i)) && (i == 0 || !Character.isLetter(typed.charAt(i - 1)));
  }

  private static int wordEnd(String typed, int s) {
    int e = s;
    while (e < typed.length() && Character.isLetter(typed.charAt(e))) {
      e++;
    }
    return e;
  }

}
