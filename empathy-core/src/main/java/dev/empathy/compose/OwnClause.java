package dev.empathy.compose;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A situation's relative clause in the customer's own first person ("el cargo de 49,99 € que no
 * reconozco", "o produto que comprei", "le colis que j’ai commandé", "die Abbuchung, die ich nicht
 * kenne"), or one addressing the company ("la factura q me cobrasteis"): said by the agent it puts
 * the customer's "I" in the agent's mouth, so the agent names the thing without that clause ("el
 * cargo de 49,99 €"), which the customer knows. The clause starts at a relative word ({@code
 * ownClause.relatives} in {@code clauses_<language>.properties}; an entry ending in an apostrophe,
 * French "qu’", opens a word), after a comma where {@code ownClause.comma = required} (German: "die"
 * is an article too); it is the customer's own when it holds a word or ending of {@code
 * restate.keepWith} / {@code restate.keepWithEndings} (the same data that keeps such a text from
 * being half restated), except the words of {@code ownClause.notOwn}: the customer addressed in
 * the agent's voice ("die Bewertung, die Sie uns hinterlassen haben", "l’avis que vous avez laissé"
 * is already said to them). The head kept must have two words at least ("lo que pedí" stays whole). A
 * language without {@code ownClause.relatives} (English restates such clauses instead) keeps every
 * situation as typed.
 *
 * <pre>{@code
 * OwnClause.forLocale(Locale.forLanguageTag("es")).cut("el cargo de 49,99 que no reconozco");   // "el cargo de 49,99"
 * OwnClause.forLocale(Locale.forLanguageTag("de")).cut("die Abbuchung, die ich nicht kenne");   // "die Abbuchung"
 * OwnClause.forLocale(Locale.forLanguageTag("pt")).cut("o técnico que nunca veio");             // unchanged
 * }</pre>
 */
final class OwnClause {
  private static final Splitter LIST = Splitter.on(',').trimResults().omitEmptyStrings();
  private static final Map<String, OwnClause> BY_LANGUAGE = new ConcurrentHashMap<>();

  private final Locale locale;
  private final ImmutableSet<String> relatives;
  private final List<String> relativePrefixes;
  private final boolean afterComma;
  private final ImmutableSet<String> own;
  private final ImmutableSet<String> notOwn;
  private final List<String> ownEndings;

  private OwnClause(Locale locale, Properties p) {
    this.locale = locale;
    ImmutableSet.Builder<String> rel = ImmutableSet.builder();
    List<String> prefixes = new ArrayList<>();
    for (String w : LIST.split(p.getProperty("ownClause.relatives", ""))) {
      String f = fold(w);
      if (f.endsWith("’")) {
        prefixes.add(f);
      } else {
        rel.add(f);
      }
    }
    this.relatives = rel.build();
    this.relativePrefixes = List.copyOf(prefixes);
    String comma = p.getProperty("ownClause.comma", "optional").strip();
    if (!comma.equals("optional") && !comma.equals("required")) {
      throw new IllegalStateException("clauses_" + locale.getLanguage() + ".properties: ownClause.comma must be optional or required but was \"" + comma + "\"");
    }
    this.afterComma = comma.equals("required");
    ImmutableSet.Builder<String> keep = ImmutableSet.builder();
    ImmutableSet.Builder<String> except = ImmutableSet.builder();
    Set<String> agents = new HashSet<>();
    LIST.split(p.getProperty("ownClause.notOwn", "")).forEach(w -> agents.add(fold(w)));
    for (String w : LIST.split(p.getProperty("restate.keepWith", ""))) {
      if (agents.contains(fold(w))) {
        continue;
      }
      if (w.startsWith("!")) {
        except.add(fold(w.substring(1)));
      } else {
        keep.add(fold(w));
      }
    }
    this.own = keep.build();
    this.notOwn = except.build();
    List<String> endings = new ArrayList<>();
    LIST.split(p.getProperty("restate.keepWithEndings", "")).forEach(e -> endings.add(fold(e)));
    this.ownEndings = List.copyOf(endings);
  }

  static OwnClause forLocale(Locale locale) {
    return BY_LANGUAGE.computeIfAbsent(locale.getLanguage(), OwnClause::load);
  }

  private static OwnClause load(String language) {
    Properties p = ClauseData.of(language);
    return new OwnClause(Locale.forLanguageTag(language), p);
  }

  private String fold(String w) {
    return w.replace('\'', '’').toLowerCase(locale);
  }

  /** {@code phrase} without its relative clause in the customer's first person; {@code phrase} itself when it has none. */
  String cut(String phrase) {
    if (phrase == null || relatives.isEmpty() && relativePrefixes.isEmpty()) {
      return phrase;
    }
    int n = phrase.length();
    int i = 0;
    int words = 0;
    while (i < n) {
      char c = phrase.charAt(i);
      if (!isWordChar(c)) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && isWordChar(phrase.charAt(i))) {
        i++;
      }
      if (words >= 2 && relative(fold(phrase.substring(start, i))) && (!afterComma || commaBefore(phrase, start))) {
        String head = phrase.substring(0, start).replaceAll("[\\s,]+$", "");
        if (ownWords(phrase, start, n) && !ownWords(head, 0, head.length())) {
          return head;
        }
      }
      // "l’accueil" is an article and a noun: two words of the head.
      int apostrophe = Math.max(phrase.lastIndexOf('’', i - 1), phrase.lastIndexOf('\'', i - 1));
      words += apostrophe > start && apostrophe <= start + 2 && apostrophe < i - 1 ? 2 : 1;
    }
    return phrase;
  }

  private boolean relative(String word) {
    if (relatives.contains(word)) {
      return true;
    }
    for (String p : relativePrefixes) {
      if (word.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  /** True when a comma and a space come just before {@code at} ("…, die ich", never "49,99"). */
  private static boolean commaBefore(String text, int at) {
    int j = at;
    while (j > 0 && text.charAt(j - 1) == ' ') {
      j--;
    }
    return j < at && j > 0 && text.charAt(j - 1) == ',';
  }

  /** True when {@code text[from, to)} holds a word or ending of the customer's own person. */
  private boolean ownWords(String text, int from, int to) {
    int i = from;
    while (i < to) {
      if (!isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < to && isWordChar(text.charAt(i))) {
        i++;
      }
      String word = fold(text.substring(start, i));
      if (own.contains(word)) {
        return true;
      }
      // "j’ai" is read whole and as "j’": a French elided subject opens its word.
      int apostrophe = word.indexOf('’');
      if (apostrophe > 0 && own.contains(word.substring(0, apostrophe + 1))) {
        return true;
      }
      if (!notOwn.contains(word)) {
        for (String ending : ownEndings) {
          if (word.length() > ending.length() + 1 && word.endsWith(ending)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '’' || c == '\'';
  }
}
