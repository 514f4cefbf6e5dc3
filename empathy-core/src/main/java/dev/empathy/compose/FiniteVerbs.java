package dev.empathy.compose;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A finite verb told by its form rather than by a list, so that a situation typed as a sentence
 * with a verb the {@code verbs} list lacks is still read as one ("el envío se retrasó", "no me
 * llego el pedido", "o app travou de novo", "le colis ne marche pas", "la commande a été
 * annulée"). From {@code clauses_<language>.properties}: {@code verbs.endings} (endings only a
 * finite verb has: Spanish "-ó", "-aron"; the word must be two letters longer than the ending),
 * {@code verbs.endings.except} (words with such an ending that are no verb: "dominó", "forfait"),
 * {@code verbs.after} (words only a finite verb follows: Spanish clitics "me", "le"; French "ne"),
 * {@code verbs.auxiliaries} with {@code verbs.participleEndings} (French "a" before "-é", "-u":
 * "a été", "a disparu"; never "a" before an English word, "a hour-long wait"). As in {@link
 * CallerClauses#isClause}, a verb after a relative word ({@code relatives}) belongs to a relative
 * clause: "el paquete que llegó roto" stays a noun phrase; where {@code relatives.mainVerb} says so,
 * a verb after the relative's own is the sentence's ("o casaco que encomendou veio com a cor
 * errada"), unless "y"/"e" ({@code incise.listWords}) joined it to the relative's. A language
 * without the data finds none.
 *
 * <pre>{@code
 * FiniteVerbs es = FiniteVerbs.forLocale(Locale.forLanguageTag("es"));
 * es.in("el envío se retrasó");        // true
 * es.in("el paquete que llegó roto");  // false: the verb is the relative clause's
 * }</pre>
 */
final class FiniteVerbs {
  private static final Map<String, FiniteVerbs> BY_LANGUAGE = new ConcurrentHashMap<>();

  private final Locale locale;
  private final String[] endings;
  private final ImmutableSet<String> except;
  private final ImmutableSet<String> after;
  private final ImmutableSet<String> auxiliaries;
  private final String[] participleEndings;
  private final ImmutableSet<String> relatives;
  /** {@code relatives.mainVerb}: a verb after the relative clause's own is the sentence's. */
  private final boolean mainVerbAfterRelative;
  /** The verbs listed whole ({@code verbs}: "es", "veio"), read as verbs about a relative clause only. */
  private final ImmutableSet<String> listed;
  /** Words that join a second verb to the relative clause's ({@code incise.listWords}: "y", "e"). */
  private final ImmutableSet<String> and;

  private FiniteVerbs(Locale locale, Properties p) {
    this.locale = locale;
    this.endings = list(p, "verbs.endings").toArray(new String[0]);
    this.except = ImmutableSet.copyOf(list(p, "verbs.endings.except"));
    this.after = ImmutableSet.copyOf(list(p, "verbs.after"));
    this.auxiliaries = ImmutableSet.copyOf(list(p, "verbs.auxiliaries"));
    this.participleEndings = list(p, "verbs.participleEndings").toArray(new String[0]);
    this.relatives = ImmutableSet.copyOf(list(p, "relatives"));
    this.mainVerbAfterRelative = Boolean.parseBoolean(p.getProperty("relatives.mainVerb", "false").strip());
    this.and = ImmutableSet.copyOf(list(p, "incise.listWords"));
    this.listed = mainVerbAfterRelative ? ImmutableSet.copyOf(list(p, "verbs")) : ImmutableSet.of();
  }

  private List<String> list(Properties p, String key) {
    return ClauseData.words(p, locale, key).stream().map(w -> w.replace('\'', '’')).distinct().toList();
  }

  static FiniteVerbs forLocale(Locale locale) {
    return ClauseData.shared(BY_LANGUAGE, locale, FiniteVerbs::new);
  }

  /** True when {@code text} has a finite verb, told by its form, outside a relative clause. */
  boolean in(String text) {
    if (text == null || endings.length == 0 && after.isEmpty() && auxiliaries.isEmpty()) {
      return false;
    }
    String previous = null;
    int relative = 0; // after a relative word (mainVerbAfterRelative): 1 before its verb, 2 after it
    WordWalk words = new WordWalk(text);
    while (words.next()) {
      String word = words.word().replace('\'', '’').toLowerCase(locale);
      int elided = word.indexOf('’');
      if (relatives.contains(word) || elided > 0 && relatives.contains(word.substring(0, elided + 1))) {
        if (!mainVerbAfterRelative) {
          return false; // "el paquete que llegó roto", "le colis qu’il a livré": the verb is the relative clause's
        }
        relative = 1;
        previous = word;
        continue;
      }
      if (relative == 2 && and.contains(word)) {
        relative = 1; // "el paquete que llegó y está roto": the next verb is the relative's too
      } else if (finite(previous, word) || relative != 0 && listed.contains(word)) {
        if (relative != 1) {
          return true; // "el envío se retrasó"; "o casaco que encomendou veio com a cor errada"
        }
        relative = 2;
      }
      previous = word;
    }
    return false;
  }

  /** True when {@code word}, after {@code previous} (null at the start), is a finite verb by its form. */
  private boolean finite(String previous, String word) {
    if (mainVerbAfterRelative && after.contains(word)) {
      return false; // "que no me llegó": "me" after "no" is the verb's clitic, not the verb
    }
    if (previous != null && after.contains(previous) && Character.isLetter(word.charAt(0))) {
      return true; // "no me llego el pedido", "le colis ne marche pas"
    }
    if (previous != null && auxiliaries.contains(previous) && endsWithAny(word, participleEndings, 1)) {
      return true; // "la commande a été annulée"
    }
    return !except.contains(word) && endsWithAny(word, endings, 2); // "el envío se retrasó", "o app travou"
  }

  private static boolean endsWithAny(String word, String[] endings, int longer) {
    for (String e : endings) {
      if (word.length() >= e.length() + longer && word.endsWith(e)) {
        return true;
      }
    }
    return false;
  }
}
