package dev.empathy.compose;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The first half of a two-part negation that a caller dropped, as spoken French does ("mon colis
 * est pas arrivé", "personne me répond", "c'est pas normal"), written back when the reply says the
 * caller's words: "votre colis n’est pas arrivé", "personne ne vous répond", "ce n’est pas normal".
 * A skilled agent restating a customer writes the negation whole. Read from structure, as {@code
 * negation.*} in {@code clauses_<language>.properties} describes: a word of {@code negation.after}
 * ("pas", "jamais", "rien") after a verb (past the adverbs of {@code person.negation.adverbs}: "marche
 * toujours pas"), or a word of {@code negation.subjects} ("personne", "rien") opening a clause before
 * its verb; the marker goes before the verb's clitics ("me répond" → "ne me répond"). A clause that
 * has its marker already, a word that is no verb ({@code negation.notVerbs}: "pourquoi pas", "ou
 * pas") and an elided subject ("j’ai pas", which OwnPerson turns) are kept. A language without the
 * data keeps every text.
 *
 * <pre>{@code
 * DroppedNegation fr = DroppedNegation.forLocale(Locale.FRENCH);
 * fr.whole("mon colis est pas arrivé et personne me répond");
 *     // "mon colis n’est pas arrivé et personne ne me répond"
 * fr.whole("pourquoi pas");   // the same text
 * }</pre>
 */
final class DroppedNegation {
  private static final Map<String, DroppedNegation> BY_LANGUAGE = new ConcurrentHashMap<>();

  private final Locale locale;
  private final ImmutableSet<String> after;
  private final ImmutableSet<String> subjects;
  private final ImmutableSet<String> adverbs;
  private final ImmutableSet<String> clitics;
  private final ImmutableSet<String> markers;
  private final ImmutableSet<String> notVerbs;
  private final ImmutableSet<String> clauseOpeners;
  /** Words before a noun ({@code noteDone.determiners}): "le colis pas arrivé" has no verb before "pas". */
  private final ImmutableSet<String> determiners;
  /** The subject a clause of {@code negation.impersonal} opened by "y a" takes ("il": "y a rien" → "il n’y a rien"). */
  private final String impersonal;
  /** Past participles' endings ({@code verbs.participleEndings}): "rien reçu" has no finite verb after "rien". */
  private final ImmutableSet<String> participleEndings;
  /**
   * Endings of a participle that never stands for a finite verb right before the negation word
   * ({@code negation.participleBefore}: "skis réservés pas disponibles" negates "disponibles"; never
   * "skis ne réservés pas").
   */
  private final ImmutableSet<String> participleBefore;
  /** Elided clitics glued to their verb ({@code negation.gluedClitics}: "m’a pas répondu" → "ne m’a pas répondu"). */
  private final ImmutableSet<String> gluedClitics;
  /** The marker ("ne") and its elided form before a vowel ("n’"). */
  private final String marker;
  private final String elided;
  private final String elideBefore;
  /** Elided words written whole with the marker after them ("c’est" → "ce n’est"). */
  private final ImmutableMap<String, String> opened;

  private DroppedNegation(Locale locale, Properties p) {
    this.locale = locale;
    this.after = ClauseData.words(p, locale, "negation.after");
    this.subjects = ClauseData.words(p, locale, "negation.subjects");
    this.adverbs = ClauseData.words(p, locale, "person.negation.adverbs");
    this.clitics = ClauseData.words(p, locale, "negation.clitics");
    this.markers = ClauseData.words(p, locale, "person.negation.markers");
    this.notVerbs = ClauseData.words(p, locale, "negation.notVerbs");
    this.clauseOpeners = ClauseData.words(p, locale, "negation.clauseOpeners");
    this.determiners = ClauseData.words(p, locale, "noteDone.determiners");
    this.gluedClitics = ClauseData.words(p, locale, "negation.gluedClitics");
    this.participleEndings = ClauseData.words(p, locale, "verbs.participleEndings");
    this.participleBefore = ClauseData.words(p, locale, "negation.participleBefore");
    this.impersonal = p.getProperty("negation.impersonal", "").strip();
    this.marker = p.getProperty("person.negation.insert", "").strip();
    String elide = "";
    for (String pair : p.getProperty("person.elide", "").split(",")) {
      String[] kv = pair.split("=");
      if (kv.length == 2 && kv[0].strip().equals(marker)) {
        elide = kv[1].strip();
      }
    }
    this.elided = elide;
    this.elideBefore = p.getProperty("person.elide.before", "").strip();
    ImmutableMap.Builder<String, String> o = ImmutableMap.builder();
    for (String pair : p.getProperty("negation.opened", "").split(",")) {
      String[] kv = pair.split("=");
      if (kv.length == 2) {
        o.put(kv[0].strip().toLowerCase(locale), kv[1].strip());
      }
    }
    this.opened = o.buildKeepingLast();
  }

  static DroppedNegation forLocale(Locale locale) {
    return ClauseData.shared(BY_LANGUAGE, locale, DroppedNegation::new);
  }

  /** {@code text} with each dropped marker written; the same instance when none is missing (or no data, or null). */
  String whole(String text) {
    if (text == null || marker.isEmpty() || after.isEmpty() && subjects.isEmpty()) {
      return text;
    }
    List<String> words = new ArrayList<>(List.of(text.split(" ", -1)));
    boolean changed = false;
    for (int j = 0; j < words.size(); j++) {
      String w = bare(words.get(j));
      if (after.contains(w)) {
        changed |= afterVerb(words, j);
      }
      if (subjects.contains(w) && opensClause(words, j) && j + 1 < words.size()) {
        changed |= beforeVerb(words, j + 1, true);
      }
    }
    return changed ? String.join(" ", words) : text;
  }

  /** Writes the marker for the negation word at {@code j} before its verb; true when it did. */
  private boolean afterVerb(List<String> words, int j) {
    int v = j - 1;
    while (v >= 0 && adverbs.contains(bare(words.get(v))) && !ends(words.get(v))) {
      v--;
    }
    if (v < 0 || ends(words.get(v))) {
      return false;
    }
    String verb = words.get(v);
    String lower = bare(verb);
    String whole = opened.get(lower);
    if (whole != null && !negated(words, v)) {
      // "c’est pas" → "ce n’est pas": the elided word is written whole before the marker.
      String rest = verb.substring(lower.length());
      String said = Character.isUpperCase(verb.charAt(0)) ? Character.toUpperCase(whole.charAt(0)) + whole.substring(1) : whole;
      words.set(v, said + rest);
      return true;
    }
    if (negated(words, v) || opensClause(words, v) || determiners.contains(bare(words.get(v - 1)))) {
      // "colis jamais arrivé", "le colis pas arrivé": a noun, or a verb without its subject
      return false;
    }
    int apostrophe = lower.indexOf('’');
    if (apostrophe > 0 && gluedClitics.contains(lower.substring(0, apostrophe + 1)) && letters(lower.substring(apostrophe + 1))) {
      // "il m’a pas répondu" → "il ne m’a pas répondu"
      int at = firstClitic(words, v);
      words.set(at, marker + " " + words.get(at));
      return true;
    }
    if (!letters(lower) || notVerbs.contains(lower)) {
      return false;
    }
    for (String e : participleBefore) {
      if (lower.length() > e.length() + 2 && lower.endsWith(e)) {
        return false; // "réservés pas disponibles": the participle is no verb of the negation
      }
    }
    return beforeVerb(words, firstClitic(words, v), false);
  }

  /**
   * Writes the marker before the word at {@code at} (a clitic or the verb); true when it did. After a
   * negative subject ({@code finite}) the verb is finite: "rien reçu" has none.
   */
  private boolean beforeVerb(List<String> words, int at, boolean finite) {
    int v = at;
    while (v < words.size() && clitics.contains(bare(words.get(v)))) {
      v++;
    }
    if (v >= words.size() || at >= words.size() || markers.contains(bare(words.get(at)))) {
      return false;
    }
    String verb = bare(words.get(v));
    if (!letters(verb) || notVerbs.contains(verb) || after.contains(verb) || subjects.contains(verb) || finite && participle(verb)) {
      return false;
    }
    String first = words.get(at);
    if (!impersonal.isEmpty() && bare(first).equals("y") && (at == 0 || opensClause(words, at))) {
      // "y a rien qui marche" → "il n’y a rien qui marche"
      boolean upper = Character.isUpperCase(first.charAt(0));
      String lead = upper ? Character.toUpperCase(impersonal.charAt(0)) + impersonal.substring(1) : impersonal;
      words.set(at, lead + " " + elided + Character.toLowerCase(first.charAt(0)) + first.substring(1));
      return true;
    }
    boolean vowel = !elided.isEmpty() && !first.isEmpty() && elideBefore.indexOf(Character.toLowerCase(first.charAt(0))) >= 0;
    words.set(at, (vowel ? elided : marker + " ") + first);
    return true;
  }

  /** The index of the first clitic right before the verb at {@code v} ("me" in "me répond"), or {@code v}. */
  private int firstClitic(List<String> words, int v) {
    int c = v;
    while (c > 0 && clitics.contains(bare(words.get(c - 1))) && !ends(words.get(c - 1))) {
      c--;
    }
    return c;
  }

  /** True when a marker stands before the verb at {@code v} or its clitics ("ne me répond", "n’est", "n’y a"). */
  private boolean negated(List<String> words, int v) {
    int c = firstClitic(words, v);
    if (c > 0 && markers.contains(bare(words.get(c - 1)))) {
      return true;
    }
    for (int k = Math.max(0, c - 1); k <= v; k++) {
      String word = words.get(k).toLowerCase(locale).replace('\'', '’');
      for (String m : markers) {
        if (m.endsWith("’") && word.startsWith(m)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean participle(String word) {
    for (String e : participleEndings) {
      if (word.length() > e.length() + 1 && word.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  /** True when the word at {@code j} opens its clause: first, after a mark, or after a word of {@link #clauseOpeners}. */
  private boolean opensClause(List<String> words, int j) {
    if (j == 0) {
      return true;
    }
    String before = words.get(j - 1);
    return ends(before) || clauseOpeners.contains(bare(before));
  }

  /** True when {@code word} ends with a mark that ends a clause ("arrivé," "vrai."). */
  private static boolean ends(String word) {
    return !word.isEmpty() && ",.;:!?)…".indexOf(word.charAt(word.length() - 1)) >= 0;
  }

  /** {@code word} in lower case without the marks around it, its apostrophes as "’". */
  private String bare(String word) {
    int s = 0;
    int e = word.length();
    while (s < e && !Character.isLetterOrDigit(word.charAt(s))) {
      s++;
    }
    while (e > s && !Character.isLetterOrDigit(word.charAt(e - 1)) && word.charAt(e - 1) != '’' && word.charAt(e - 1) != '\'') {
      e--;
    }
    return word.substring(s, e).toLowerCase(locale).replace('\'', '’');
  }

  private static boolean letters(String word) {
    if (word.isEmpty()) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (!Character.isLetter(word.charAt(k)) && word.charAt(k) != '-') {
        return false;
      }
    }
    return true;
  }
}
