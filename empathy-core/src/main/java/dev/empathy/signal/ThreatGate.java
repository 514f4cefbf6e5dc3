package dev.empathy.signal;

import dev.empathy.text.PhraseMatcher.Match;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a threat (to leave, to sue, to go public) is made by the customer rather than told of
 * ("Thanks for posting this", "he's going to leave her", "everyone is leaving early"). A threat
 * counts when the speaker makes it: a first-person word (or a condition, "unless", "or else") in
 * its own words or as the nearest subject before it in its clause ("I'll post this", "we are
 * switching", "my lawyer"); when it opens its clause, a bare statement or an order ("Cancel my
 * account.", "Switching to Delta.", "Honestly, thinking of switching"); or when an act made so sits in the same sentence ("I'll make
 * sure everyone on Twitter sees this"). The words are data per language ({@code
 * threats_<tag>.tsv}: speaker, lead, others, and for French the words that elide, "j'vais"); a
 * language without that file is not gated. Immutable and thread-safe.
 */
final class ThreatGate {
  /** Words looked at before a threat for its subject. */
  private static final int LOOK_BACK = 4;
  private static final String CLAUSE_ENDS = ",;:.!?…—–\n。、！？()\"“”";
  private static final ConcurrentHashMap<String, ThreatGate> SHARED = new ConcurrentHashMap<>();
  /** Not gated: every threat counts (languages without data). */
  static final ThreatGate OPEN = new ThreatGate(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), false);
  /** Characters looked back through for the condition of an ultimatum: one sentence, bounded. */
  private static final int ULTIMATUM_REACH = 160;

  private final Set<String> speaker;
  private final Set<String> lead;
  private final Set<String> others;
  /** Words that elide before an apostrophe ("j'vais", "l'avocat"): read as words of their own. */
  private final Set<String> elided;
  /** Words that make what follows the price of a demand unmet ("unless", "otherwise", "sinon", "sonst"). */
  private final Set<String> condition;
  /** Words that offer the threat as the other choice, when a speaker word or the threat follows ("or I'm", "ou eu"). */
  private final Set<String> alternative;
  /** Words before a threat that put it in the past ("was", "almost"): with a {@link #turn} after it, one given up. */
  private final Set<String> bygone;
  /** Words after a threat that turn from it ("but", "until"): "i was ready to complain but the new router is fast". */
  private final Set<String> turn;
  private final boolean gated;

  private ThreatGate(
      Set<String> speaker, Set<String> lead, Set<String> others, Set<String> elided, Set<String> condition, Set<String> alternative,
      Set<String> bygone, Set<String> turn, boolean gated) {
    this.speaker = speaker;
    this.lead = lead;
    this.others = others;
    this.elided = elided;
    this.condition = condition;
    this.alternative = alternative;
    this.bygone = bygone;
    this.turn = turn;
    this.gated = gated;
  }

  /** The gate for a lexicon locale ({@code en}, {@code pt_BR}), read once per JVM. */
  static ThreatGate of(Locale locale) {
    return of(locale.toString());
  }

  /** {@link #of(Locale)} by the locale's {@code toString()} tag. */
  static ThreatGate of(String tag) {
    return SHARED.computeIfAbsent(tag, ThreatGate::load);
  }

  private static ThreatGate load(String tag) {
    List<String> rows = Lexicon.lines("threats_" + tag + ".tsv", true);
    if (rows.isEmpty()) {
      return OPEN;
    }
    Set<String> speaker = Set.of();
    Set<String> lead = Set.of();
    Set<String> others = Set.of();
    Set<String> elided = Set.of();
    Set<String> condition = Set.of();
    Set<String> alternative = Set.of();
    Set<String> bygone = Set.of();
    Set<String> turn = Set.of();
    for (String row : rows) {
      if (row.isBlank() || row.startsWith("#")) {
        continue;
      }
      String[] f = row.split("\t");
      Set<String> words = Set.of(f[1].strip().split("\\|"));
      if (f[0].equals("speaker")) {
        speaker = words;
      } else if (f[0].equals("lead")) {
        lead = words;
      } else if (f[0].equals("others")) {
        others = words;
      } else if (f[0].equals("elided")) {
        elided = words;
      } else if (f[0].equals("condition")) {
        condition = words;
      } else if (f[0].equals("alternative")) {
        alternative = words;
      } else if (f[0].equals("bygone")) {
        bygone = words;
      } else if (f[0].equals("turn")) {
        turn = words;
      } else {
        throw new IllegalStateException("threats_" + tag + ".tsv: unknown role " + f[0]);
      }
    }
    return new ThreatGate(speaker, lead, others, elided, condition, alternative, bygone, turn, true);
  }

  /**
   * Whether the threat starting at {@code start} is the price of a demand: a condition word before
   * it in its sentence ("unless I get my money back today I'm posting this everywhere", "Remboursez-moi,
   * sinon je publie tout"), or an alternative word right before its subject or the threat itself
   * ("refund me or I'm posting this", "fix it or else"). An ultimatum is a grievance told: the
   * customer wants something they have not had. "I might post it on Twitter or Reddit" offers
   * no choice to us.
   */
  boolean ultimatum(int start, String typed) {
    if (condition.isEmpty() && alternative.isEmpty()) {
      return false;
    }
    boolean nextIsSpeaker = true; // the threat itself follows
    int pos = Math.min(start, typed.length());
    int floor = Math.max(0, start - ULTIMATUM_REACH);
    while (pos > floor) {
      int e = pos;
      while (e > floor && !isWordChar(typed.charAt(e - 1))) {
        if (".!?\n。！？".indexOf(typed.charAt(e - 1)) >= 0) {
          return false;
        }
        e--;
      }
      int s = e;
      while (s > floor && isWordChar(typed.charAt(s - 1))) {
        s--;
      }
      if (s == e) {
        return false;
      }
      String w = word(typed, s, e);
      if (condition.contains(w) || alternative.contains(w) && nextIsSpeaker) {
        return true;
      }
      nextIsSpeaker = speaker.contains(w);
      pos = s;
    }
    return false;
  }

  /**
   * Whether the threat {@code m} is made by the speaker of {@code typed} (the customer's words),
   * given the acts found in the message.
   */
  boolean made(Match<Cue> m, List<Match<Cue>> acts, String typed) {
    if (gated && givenUp(m.start(), m.end(), typed)) {
      return false;
    }
    if (!gated || spoken(m.start(), m.end(), typed)) {
      return true;
    }
    for (Match<Cue> a : acts) {
      boolean overlaps = a.start() < m.end() && m.start() < a.end();
      if (!overlaps && sameSentence(a, m, typed) && spoken(a.start(), a.end(), typed)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the threat was given up: a word of {@link #bygone} among the {@link #LOOK_BACK} words
   * before it in its clause and a word of {@link #turn} after it in its sentence ("i was ready to
   * complain but the new router is fast af", "was about to cancel until the agent called me back";
   * not "I was told to complain" alone, nor "I'm ready to cancel but first tell me why").
   */
  private boolean givenUp(int start, int end, String typed) {
    if (bygone.isEmpty() || turn.isEmpty()) {
      return false;
    }
    boolean past = false;
    int pos = start;
    for (int n = 0; n < LOOK_BACK && !past; n++) {
      int e = pos;
      while (e > 0 && !isWordChar(typed.charAt(e - 1))) {
        if (CLAUSE_ENDS.indexOf(typed.charAt(e - 1)) >= 0) {
          return false;
        }
        e--;
      }
      int s = e;
      while (s > 0 && isWordChar(typed.charAt(s - 1))) {
        s--;
      }
      if (s == e) {
        return false;
      }
      past = bygone.contains(word(typed, s, e));
      pos = s;
    }
    if (!past) {
      return false;
    }
    int i = end;
    for (int n = 0; n < TURN_REACH && i < typed.length(); n++) {
      while (i < typed.length() && !isWordChar(typed.charAt(i))) {
        if (".!?\n。！？".indexOf(typed.charAt(i)) >= 0) {
          return false;
        }
        i++;
      }
      int s = i;
      while (i < typed.length() && isWordChar(typed.charAt(i))) {
        i++;
      }
      if (i > s && turn.contains(word(typed, s, i))) {
        return true;
      }
    }
    return false;
  }

  /** Words at most after a threat within which a turn gives it up ("ready to switch to another carrier but"). */
  private static final int TURN_REACH = 6;

  /** Whether the span holds a speaker word, opens its clause, or has the speaker as its nearest subject. */
  private boolean spoken(int start, int end, String typed) {
    // The span's own words: "my lawyer", "I'm switching", "im cancelling".
    int i = start;
    while (i < end) {
      int s = i;
      while (s < end && !isWordChar(typed.charAt(s))) {
        s++;
      }
      int e = s;
      while (e < end && isWordChar(typed.charAt(e))) {
        e++;
      }
      if (e > s && speaker.contains(word(typed, s, e))) {
        return true;
      }
      i = Math.max(e, s + 1);
    }
    // Back through the clause: the nearest subject decides.
    int pos = start;
    boolean leadOnly = true;
    for (int n = 0; n < LOOK_BACK; n++) {
      int e = pos;
      while (e > 0 && !isWordChar(typed.charAt(e - 1))) {
        if (CLAUSE_ENDS.indexOf(typed.charAt(e - 1)) >= 0) {
          return leadOnly; // the threat opens its clause: a bare statement or an order
        }
        e--;
      }
      if (e == 0) {
        return leadOnly;
      }
      int s = e;
      while (s > 0 && isWordChar(typed.charAt(s - 1))) {
        s--;
      }
      String w = word(typed, s, e);
      if (speaker.contains(w)) {
        return true;
      }
      if (others.contains(w)) {
        return false;
      }
      leadOnly &= lead.contains(w);
      pos = s;
    }
    return false;
  }

  private static boolean sameSentence(Match<Cue> a, Match<Cue> m, String typed) {
    int from = Math.min(a.end(), m.end());
    int to = Math.max(a.start(), m.start());
    for (int k = from; k < to; k++) {
      if (".!?\n。！？".indexOf(typed.charAt(k)) >= 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '\'' || c == '’';
  }

  /**
   * The word from {@code s} to {@code e}, lower case, apostrophes dropped ("I'll" is "ill"); a word
   * that elides before an apostrophe is read alone ("j'vais" is "j" when {@code j} elides).
   */
  private String word(String typed, int s, int e) {
    StringBuilder b = new StringBuilder(e - s);
    boolean surrogates = false;
    for (int k = s; k < e; k++) {
      char c = typed.charAt(k);
      if (c != '\'' && c != '’') {
        surrogates |= Character.isSurrogate(c);
        b.append(Character.toLowerCase(c));
      } else if (!elided.isEmpty() && elided.contains(surrogates ? b.toString().toLowerCase(Locale.ROOT) : b.toString())) {
        break;
      }
    }
    // Characters lowered one by one are their own lower case as a string too (every BMP one:
    // LowerCaseOnceTest); only a letter beyond the BMP ("𐐀") is lowered by the string alone.
    return surrogates ? b.toString().toLowerCase(Locale.ROOT) : b.toString();
  }
}
