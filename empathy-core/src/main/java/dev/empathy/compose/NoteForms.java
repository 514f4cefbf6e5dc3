package dev.empathy.compose;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.Properties;

/**
 * How an agent's terse note becomes a sentence, beyond the subject {@link CallerClauses} gives a
 * note that opens with a past tense: the language's data ({@code note*} keys in {@code
 * clauses_<language>.properties}), read once per language. A language without the keys gets none
 * of these forms and its notes are kept as typed.
 *
 * <ul>
 *   <li>{@code noteParticiples}: a past whose participle differs takes the perfect with it
 *       ("broke down the new charges" → "I’ve broken down the new charges");
 *   <li>{@code noteClauseEnds}: words that open the note's next clause, past which its subject is
 *       not looked for ("waived the fee so we can drop it off" → "I’ve waived the fee so we can…");
 *   <li>{@code notePassiveVerbs} and {@code notePassive}: a note naming a thing, then what was done
 *       to it ("Refund issued today", "courier pickup booked for Monday") is said as a sentence
 *       ("The refund has been issued today");
 *   <li>{@code noteAlone} and {@code noteObject}: a note of one word ("done", "resent") is said
 *       whole ("I’ve taken care of that", "I’ve resent it");
 *   <li>{@code noteProgressive}, {@code noteProgressiveSuffix}, {@code noteProgressiveNouns}: a note
 *       opening with a gerund takes a subject ("sending replacement" → "I’m sending the replacement");
 *   <li>{@code noteArticle}, {@code noteNoArticle}: a bare object after the note's verb takes the
 *       article ("cancelled duplicate booking" → "I’ve cancelled the duplicate booking");
 *   <li>{@code noteInfoPlaces}, {@code noteInfoPossessive}: a place of the customer's named bare
 *       after an info preposition takes the possessive ("in email" → "in your email");
 *   <li>{@code noteCopula}, {@code noteInfoPrepositions}: a note naming a thing, then an amount or a
 *       place, is said as a statement ("new rate $45/mo" → "The new rate is $45/mo"), and a thing
 *       followed by its own past tense gets its article ("promo ended Nov 1" → "The promo ended Nov 1").
 * </ul>
 *
 * <pre>{@code
 * CallerClauses en = CallerClauses.forLocale(Locale.US);
 * en.withSubject("Refund issued today");   // "The refund has been issued today"
 * en.withSubject("resent");                // "I’ve resent it"
 * }</pre>
 */
final class NoteForms {
  private static final Splitter LIST = Splitter.on(',').trimResults().omitEmptyStrings();
  static final NoteForms NONE = new NoteForms("", new Properties());

  final ImmutableMap<String, String> participles;
  final ImmutableSet<String> clauseEnds;
  final ImmutableSet<String> passiveVerbs;
  /** The passive's auxiliaries: singular, plural, then singular and plural with a past time word. */
  final String[] passive;
  final ImmutableMap<String, String> alone;
  /**
   * Twice the longest key of {@link #alone}, in chars: a longer text cannot fold to a key (each
   * code point, one or two chars, lower-cases to at least one), so it is not folded to look.
   */
  final int aloneMostChars;
  final String object;
  /** The subject and auxiliary a note opening with a gerund takes ("sending…" → "I’m sending…"); empty: none. */
  final String progressive;
  final String progressiveSuffix;
  /** Words with the gerund's ending that name a thing ("tracking", "billing"): never a gerund note. */
  final ImmutableSet<String> ingNouns;
  /** The ending of a present verb ("fixes"): followed by an object, it makes a gerund the note's subject. */
  final String verbSuffix;
  /** The article a bare object after the note's verb takes ("cancelled duplicate booking"); empty: none. */
  final String article;
  /** Words after the verb that are no object (particles, adverbs, time words): no article before them. */
  final ImmutableSet<String> noArticle;
  /** Mass nouns: an object whose head is one takes no article ("offered store credit"). */
  final ImmutableSet<String> massNouns;
  /** Prepositions that, after a thing, make the note a statement about where or how it is. */
  final ImmutableSet<String> infoPrepositions;
  /** The copula, singular then plural ("new rate $45" → "The new rate is $45"); empty: none. */
  final String[] copula;
  /** The customer's places a note names bare after an info preposition ("in email" → "in your email"). */
  final ImmutableSet<String> infoPlaces;
  /** The possessive those places take ("your"); empty: none. */
  final String infoPossessive;

  NoteForms(String path, Properties p) {
    this.participles = pairs(path, "noteParticiples", p.getProperty("noteParticiples", ""));
    this.clauseEnds = words(p.getProperty("noteClauseEnds", ""));
    this.passiveVerbs = words(p.getProperty("notePassiveVerbs", ""));
    String[] aux = LIST.splitToList(p.getProperty("notePassive", "")).toArray(new String[0]);
    if (aux.length != 0 && aux.length != 4) {
      throw new IllegalStateException(path + ": notePassive lists four forms (singular, plural, singular past, plural past)");
    }
    this.passive = aux;
    this.alone = pairs(path, "noteAlone", p.getProperty("noteAlone", ""));
    this.aloneMostChars = 2 * alone.keySet().stream().mapToInt(String::length).max().orElse(0);
    this.object = p.getProperty("noteObject", "").strip();
    this.progressive = p.getProperty("noteProgressive", "").strip();
    this.progressiveSuffix = fold(p.getProperty("noteProgressiveSuffix", "").strip());
    this.ingNouns = words(p.getProperty("noteProgressiveNouns", ""));
    this.verbSuffix = fold(p.getProperty("noteVerbSuffix", "").strip());
    this.article = p.getProperty("noteArticle", "").strip();
    this.noArticle = words(p.getProperty("noteNoArticle", ""));
    this.massNouns = words(p.getProperty("noteMassNouns", ""));
    this.infoPrepositions = words(p.getProperty("noteInfoPrepositions", ""));
    String[] cop = LIST.splitToList(p.getProperty("noteCopula", "")).toArray(new String[0]);
    if (cop.length != 0 && cop.length != 2) {
      throw new IllegalStateException(path + ": noteCopula lists two forms (singular, plural)");
    }
    this.copula = cop;
    this.infoPlaces = words(p.getProperty("noteInfoPlaces", ""));
    this.infoPossessive = p.getProperty("noteInfoPossessive", "").strip();
  }

  private static ImmutableSet<String> words(String list) {
    ImmutableSet.Builder<String> b = ImmutableSet.builder();
    for (String w : LIST.split(list)) {
      b.add(fold(w));
    }
    return b.build();
  }

  private static ImmutableMap<String, String> pairs(String path, String key, String list) {
    ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
    for (String pair : LIST.split(list)) {
      int eq = pair.indexOf('=');
      if (eq <= 0 || eq == pair.length() - 1) {
        throw new IllegalStateException(path + ": " + key + " entry \"" + pair + "\" must read \"words=words\"");
      }
      b.put(fold(pair.substring(0, eq).strip()), pair.substring(eq + 1).strip());
    }
    return b.buildOrThrow();
  }

  static String fold(String word) {
    return word.toLowerCase(Locale.ROOT).replace('\'', '’');
  }
}
