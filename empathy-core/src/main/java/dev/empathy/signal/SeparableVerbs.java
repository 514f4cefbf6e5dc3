package dev.empathy.signal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verbs whose particle ends their clause, as German writes them: "der Zug fällt heute aus", "die
 * App stürzt seit dem Update ständig ab", "das Paket kommt einfach nicht an", "niemand ruft zurück".
 * The verb and its particle mean together what neither means alone ("fällt" falls, "fällt … aus"
 * is cancelled), so the lexicon's phrases, which are contiguous, cannot read them.
 *
 * <p>Data per language, {@code separable_<tag>.tsv}: {@code kind<TAB>verb|forms<TAB>particle}, where
 * kind {@code failed} is a failure whenever the pair is found ("fällt … aus"), and {@code action}
 * an action that is a failure only when denied between the verb and its particle ("kommt nicht
 * an"), or by a denied subject before the verb ("niemand ruft zurück"): {@code deny<TAB>words}
 * lists the denials, {@code ends<TAB>words} the conjunctions that end a clause as a comma does
 * ("und", "aber"). The particle must be the clause's last word, so "fällt auf den Boden" or
 * "kommt an der Haltestelle vorbei" are not read. A language without the file reads nothing.
 * Immutable and thread-safe.
 */
final class SeparableVerbs {
  private static final ConcurrentHashMap<String, SeparableVerbs> SHARED = new ConcurrentHashMap<>();
  private static final SeparableVerbs NONE = new SeparableVerbs(Map.of(), Set.of(), Set.of());
  private static final String CLAUSE_ENDS = ",;:.!?…—–\n()\"“”„";
  /** At most this many words between a verb and its particle: "stürzt seit dem letzten Update ständig ab". */
  private static final int REACH = 8;

  /** One verb form's pairing: its particle and whether the pair is a failure by itself. */
  private record Pair(String particle, boolean failed) {}

  private final Map<String, List<Pair>> verbs;
  private final Set<String> deny;
  /** Words that end a clause as a comma does ("fällt jeden Abend aus und niemand meldet sich"). */
  private final Set<String> ends;

  private SeparableVerbs(Map<String, List<Pair>> verbs, Set<String> deny, Set<String> ends) {
    this.verbs = verbs;
    this.deny = deny;
    this.ends = ends;
  }

  /** The verbs of a lexicon locale ({@code de}), read once per JVM; none for a language without data. */
  static SeparableVerbs of(Locale locale) {
    return SHARED.computeIfAbsent(locale.toString(), SeparableVerbs::load);
  }

  private static SeparableVerbs load(String tag) {
    String file = "separable_" + tag + ".tsv";
    List<String> rows = Lexicon.lines(file, true);
    if (rows.isEmpty()) {
      return NONE;
    }
    Map<String, List<Pair>> verbs = new HashMap<>();
    Set<String> deny = new HashSet<>();
    Set<String> ends = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      String row = rows.get(i);
      if (row.isBlank() || row.startsWith("#")) {
        continue;
      }
      String[] f = row.split("\t");
      boolean pair = f.length == 3 && (f[0].equals("failed") || f[0].equals("action"));
      if (!pair && !(f.length == 2 && (f[0].equals("deny") || f[0].equals("ends")))) {
        throw new IllegalStateException("/dev/empathy/signal/" + file + ":" + (i + 1) + ": expected failed|action<TAB>verb|forms<TAB>particle or deny|ends<TAB>word|word");
      }
      for (String w : f[1].strip().toLowerCase(Locale.ROOT).split("\\|")) {
        if (pair) {
          verbs.computeIfAbsent(w, k -> new ArrayList<>(2)).add(new Pair(f[2].strip().toLowerCase(Locale.ROOT), f[0].equals("failed")));
        } else {
          (f[0].equals("deny") ? deny : ends).add(w);
        }
      }
    }
    Map<String, List<Pair>> frozen = new HashMap<>();
    verbs.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new SeparableVerbs(frozen, Set.copyOf(deny), Set.copyOf(ends));
  }

  /**
   * The failures told with a separated verb, each as {@code {start, end}} from the verb (or the
   * denied subject) to the particle.
   *
   * @param text the customer's own words ({@link MessageBody#words()}: same offsets as evidence)
   */
  List<int[]> failures(String text) {
    if (verbs.isEmpty()) {
      return List.of();
    }
    List<int[]> out = new ArrayList<>(1);
    List<int[]> clause = new ArrayList<>(16); // word spans of the current clause
    int i = 0;
    while (i <= text.length()) {
      char c = i < text.length() ? text.charAt(i) : '\n';
      if (Character.isLetterOrDigit(c)) {
        int s = i;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) {
          i++;
        }
        if (ends.contains(text.substring(s, i).toLowerCase(Locale.ROOT))) {
          readClause(text, clause, out);
          clause.clear();
        } else {
          clause.add(new int[] {s, i});
        }
        continue;
      }
      if (CLAUSE_ENDS.indexOf(c) >= 0 || i == text.length()) {
        readClause(text, clause, out);
        clause.clear();
      }
      i++;
    }
    return out;
  }

  /** The clause's last word as a particle, paired with a verb form before it. */
  private void readClause(String text, List<int[]> clause, List<int[]> out) {
    if (clause.size() < 2) {
      return;
    }
    int last = clause.size() - 1;
    String particle = word(text, clause.get(last));
    for (int v = last - 1; v >= Math.max(0, last - 1 - REACH); v--) {
      List<Pair> pairs = verbs.get(word(text, clause.get(v)));
      if (pairs == null) {
        continue;
      }
      for (Pair p : pairs) {
        if (!p.particle().equals(particle)) {
          continue;
        }
        if (p.failed()) {
          out.add(new int[] {clause.get(v)[0], clause.get(last)[1]});
          return;
        }
        // An action: denied between the verb and its particle, or by the subject right before the verb.
        for (int k = v + 1; k < last; k++) {
          if (deny.contains(word(text, clause.get(k)))) {
            out.add(new int[] {clause.get(v)[0], clause.get(last)[1]});
            return;
          }
        }
        if (v > 0 && deny.contains(word(text, clause.get(v - 1)))) {
          out.add(new int[] {clause.get(v - 1)[0], clause.get(last)[1]});
          return;
        }
        return;
      }
    }
  }

  private static String word(String text, int[] span) {
    return text.substring(span[0], span[1]).toLowerCase(Locale.ROOT);
  }
}
