package dev.empathy.compose;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a situation's noun phrase names, so that a phrase can put the right words before it:
 * {@code said} when its head is something the customer said or sent ("el comentario sobre el
 * repartidor", "ton message sur la boutique", "die tolle Bewertung", "a sua pergunta sobre…"), which
 * a grateful or neutral acknowledgement thanks for itself ("Muchas gracias por el comentario sobre
 * el repartidor"), never "your kind words about the comment about…"; {@code other} otherwise. The
 * head is read up to the first of the language's {@code number.headStops} or a comma; the words are
 * data ({@code shape.said}, and {@code shape.saidEndings} for compounds such as German
 * "Montagsmeme") in {@code clauses_<language>.properties}. A language without them reads every
 * situation as {@code other}.
 *
 * <p>It also gives a noun phrase that opens with a bare possessive the article the language writes
 * before it ({@code nounPhrase.possessiveArticles}, Brazilian Portuguese "seu voo" → "o seu voo"),
 * so that a phrase's preposition contracts with it ("do seu voo", "no seu pedido", "pela sua
 * mensagem"), never "de seu voo".
 *
 * <pre>{@code
 * SituationShape es = SituationShape.forLocale(Locale.forLanguageTag("es"));
 * es.of("el comentario sobre el repartidor");   // "said"
 * es.of("la ayuda con la devolución");          // "other"
 * SituationShape.forLocale(Locale.forLanguageTag("pt")).withArticle("seu voo de amanhã");   // "o seu voo de amanhã"
 * }</pre>
 */
final class SituationShape {
  static final String SAID = "said";
  static final String OTHER = "other";
  /** A stretch of time without something ("five days without hot water", {@link Consequence}): said as one length of time. */
  static final String SPAN = "span";

  private static final Splitter LIST = Splitter.on(',').trimResults().omitEmptyStrings();
  private static final Map<String, SituationShape> BY_LANGUAGE = new ConcurrentHashMap<>();

  private final Locale locale;
  private final ImmutableSet<String> said;
  private final String[] saidEndings;
  /** Words that end the head: {@code number.headStops} and {@code shape.stops} (text-speak "q" for "que"). */
  private final ImmutableSet<String> stops;
  private final ImmutableMap<String, String> possessiveArticles;
  /** A masculine determiner typed in the nominative and its accusative ({@code case.masculine.determiners}: "der=den"). */
  private final ImmutableMap<String, String> masculineCase;
  /** Determiners whose own form says the noun is masculine ({@code case.masculine.certain}: "der", "dieser"). */
  private final ImmutableSet<String> masculineCertain;
  /** Adjective endings after such a determiner, nominative=accusative ({@code case.masculine.adjectives}: "e=en", "er=en"). */
  private final String[][] adjectiveCase;
  /** Adjective endings that say the noun is masculine or neuter after "ein", "mein" ({@code case.masculine.adjectiveSays}, {@code case.neuter.adjectiveSays}). */
  private final String masculineAdjective;
  private final String neuterAdjective;
  /** Masculine nouns, read as the last part of a compound ({@code case.masculine.nouns}: "Vertrag" in "Handyvertrag"). */
  private final String[] masculineNouns;
  /** Endings of feminine nouns ({@code case.feminine.nounEndings}: "ung") and the determiner they take after a typed "der". */
  private final String[] feminineEndings;
  private final String feminineDeterminer;
  /** Masculine nouns of the weak declension ({@code case.masculine.weakNouns}: "Bote" → "den Boten"). */
  private final String[] weakNouns;
  /** What makes a clause a noun phrase ({@code situation.nominaliser}: Japanese "こと"), after one of {@link #clauseEndings}. */
  private final String nominaliser;
  /** How a situation typed as a clause ends ({@code situation.clauseEndings}: "ない", "た", "る"). */
  private final String[] clauseEndings;

  private SituationShape(Locale locale, Properties p) {
    this.locale = locale;
    this.said = ClauseData.words(p, locale, "shape.said");
    this.saidEndings = ClauseData.words(p, locale, "shape.saidEndings").toArray(String[]::new);
    this.stops = ClauseData.words(p, locale, "number.headStops", "shape.stops");
    ImmutableMap.Builder<String, String> articles = ImmutableMap.builder();
    for (String pair : LIST.split(p.getProperty("nounPhrase.possessiveArticles", ""))) {
      int eq = pair.indexOf('=');
      if (eq <= 0 || eq == pair.length() - 1) {
        throw new IllegalStateException("clauses_" + locale.getLanguage()
            + ".properties: nounPhrase.possessiveArticles entry \"" + pair + "\" must read \"possessive=article\"");
      }
      articles.put(pair.substring(0, eq).strip().toLowerCase(locale), pair.substring(eq + 1).strip());
    }
    this.possessiveArticles = articles.buildOrThrow();
    ImmutableMap.Builder<String, String> cases = ImmutableMap.builder();
    for (String pair : LIST.split(p.getProperty("case.masculine.determiners", ""))) {
      int eq = pair.indexOf('=');
      if (eq <= 0 || eq == pair.length() - 1) {
        throw new IllegalStateException("clauses_" + locale.getLanguage()
            + ".properties: case.masculine.determiners entry \"" + pair + "\" must read \"nominative=accusative\"");
      }
      cases.put(pair.substring(0, eq).strip().toLowerCase(locale), pair.substring(eq + 1).strip());
    }
    this.masculineCase = cases.buildOrThrow();
    this.masculineCertain = ClauseData.words(p, locale, "case.masculine.certain");
    java.util.List<String[]> endings = new java.util.ArrayList<>();
    for (String pair : LIST.split(p.getProperty("case.masculine.adjectives", ""))) {
      int eq = pair.indexOf('=');
      endings.add(new String[] {pair.substring(0, Math.max(eq, 0)).strip(), pair.substring(eq + 1).strip()});
    }
    endings.sort((a, b) -> b[0].length() - a[0].length());
    this.adjectiveCase = endings.toArray(new String[0][]);
    this.masculineAdjective = p.getProperty("case.masculine.adjectiveSays", "").strip();
    this.neuterAdjective = p.getProperty("case.neuter.adjectiveSays", "").strip();
    this.masculineNouns = ClauseData.words(p, locale, "case.masculine.nouns").toArray(String[]::new);
    this.feminineEndings = ClauseData.words(p, locale, "case.feminine.nounEndings").toArray(String[]::new);
    this.feminineDeterminer = p.getProperty("case.feminine.determiner", "").strip();
    this.weakNouns = ClauseData.words(p, locale, "case.masculine.weakNouns").toArray(String[]::new);
    String nominal = p.getProperty("situation.nominaliser", "").strip();
    this.nominaliser = nominal.isEmpty() ? null : nominal;
    this.clauseEndings = LIST.splitToList(p.getProperty("situation.clauseEndings", "")).toArray(new String[0]);
  }

  /**
   * {@code phrase} in the accusative the phrases put it in ("um {situation}", "über
   * {situation}"), when the customer typed a masculine noun phrase in the nominative: "der kaputte
   * Router" → "den kaputten Router", "ein falscher Artikel" → "einen falschen Artikel", "Ihr
   * Handyvertrag" → "Ihren Handyvertrag". The noun is masculine by its determiner ({@code
   * case.masculine.certain}), by the adjective's ending after "ein", "mein" ("neuer" is masculine,
   * "neues" neuter) or by the noun's data ({@code case.masculine.nouns}, read as the last part of a
   * compound); a noun of unknown gender after "ein", "mein" ("mein Paket", neuter, already
   * accusative) is left as typed. Only the phrase's first noun phrase changes ("der Streit mit dem
   * Kundenservice" → "den Streit mit dem Kundenservice"). A language without the data keeps every
   * phrase.
   */
  String accusative(String phrase) {
    if (masculineCase.isEmpty() || phrase == null) {
      return phrase;
    }
    int n = phrase.length();
    int end = 0;
    while (end < n && Character.isLetter(phrase.charAt(end))) {
      end++;
    }
    if (end == 0 || end == n || phrase.charAt(end) != ' ') {
      return phrase;
    }
    String determiner = phrase.substring(0, end);
    String accusative = masculineCase.get(determiner.toLowerCase(locale));
    if (accusative == null) {
      return phrase;
    }
    // The words up to the noun: lower-case adjectives, then the first capitalised word (or the last before a stop).
    java.util.List<int[]> words = new java.util.ArrayList<>();
    int i = end;
    int noun = -1;
    while (i < n) {
      while (i < n && phrase.charAt(i) == ' ') {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetter(phrase.charAt(i))) {
        i++;
      }
      if (i == start) {
        break;
      }
      words.add(new int[] {start, i});
      String word = phrase.substring(start, i).toLowerCase(locale);
      if (Character.isUpperCase(phrase.charAt(start)) || stops.contains(word)) {
        noun = words.size() - 1;
        break;
      }
      if (i >= n || phrase.charAt(i) != ' ') {
        noun = words.size() - 1;
        break;
      }
    }
    if (noun < 0 || stops.contains(phrase.substring(words.get(noun)[0], words.get(noun)[1]).toLowerCase(locale))) {
      return phrase;
    }
    String head = phrase.substring(words.get(noun)[0], words.get(noun)[1]).toLowerCase(locale);
    for (String ending : feminineEndings) {
      if (head.endsWith(ending) && head.length() > ending.length() + 1) {
        // "der doppelte Abbuchung": a feminine noun; only a "der" typed for it is put right ("die").
        return masculineCertain.contains(determiner.toLowerCase(locale)) && determiner.equalsIgnoreCase("der") && !feminineDeterminer.isEmpty()
            ? (Character.isUpperCase(determiner.charAt(0)) ? Character.toUpperCase(feminineDeterminer.charAt(0)) + feminineDeterminer.substring(1)
                : feminineDeterminer) + phrase.substring(end)
            : phrase;
      }
    }
    boolean masculine = masculineCertain.contains(determiner.toLowerCase(locale));
    if (!masculine && noun > 0) {
      String adjective = phrase.substring(words.get(noun - 1)[0], words.get(noun - 1)[1]).toLowerCase(locale);
      if (!neuterAdjective.isEmpty() && adjective.endsWith(neuterAdjective)) {
        return phrase; // "ein neues Handy": neuter, already accusative
      }
      masculine = !masculineAdjective.isEmpty() && adjective.endsWith(masculineAdjective);
    }
    for (int k = 0; !masculine && k < masculineNouns.length; k++) {
      masculine = head.endsWith(masculineNouns[k]);
    }
    if (!masculine) {
      return phrase;
    }
    StringBuilder out = new StringBuilder(n + 4);
    out.append(Character.isUpperCase(determiner.charAt(0)) && !Character.isUpperCase(accusative.charAt(0))
        ? Character.toUpperCase(accusative.charAt(0)) + accusative.substring(1) : accusative);
    int copied = end;
    for (int k = 0; k < noun; k++) {
      int[] w = words.get(k);
      String adjective = phrase.substring(w[0], w[1]);
      for (String[] e : adjectiveCase) {
        if (adjective.length() > e[0].length() + 1 && adjective.endsWith(e[0])) {
          out.append(phrase, copied, w[0]).append(adjective, 0, adjective.length() - e[0].length()).append(e[1]);
          copied = w[1];
          break;
        }
      }
    }
    int[] nounSpan = words.get(noun);
    out.append(phrase, copied, nounSpan[1]);
    for (String weak : weakNouns) {
      if (head.endsWith(weak)) {
        out.append(head.endsWith("e") || head.endsWith("r") ? "n" : "en"); // "den Paketboten", "den Nachbarn", "den Studenten"
        break;
      }
    }
    return out.append(phrase, nounSpan[1], n).toString();
  }

  static SituationShape forLocale(Locale locale) {
    return ClauseData.shared(BY_LANGUAGE, locale, SituationShape::new);
  }

  /** {@link #SAID} when the noun phrase's head names something the customer said or sent, else {@link #OTHER}. */
  String of(String phrase) {
    if (said.isEmpty() && saidEndings.length == 0 || phrase == null) {
      return OTHER;
    }
    int n = phrase.length();
    int i = 0;
    boolean any = false;
    while (i < n) {
      int c = phrase.codePointAt(i);
      if (c == ',' || c == ';' || c == ':' || c == '(' || c == '—' || c == '–') {
        return OTHER;
      }
      if (!isWordChar(c)) {
        i += Character.charCount(c);
        continue;
      }
      int start = i;
      while (i < n && isWordChar(phrase.codePointAt(i))) {
        i += Character.charCount(phrase.codePointAt(i));
      }
      String typed = phrase.substring(start, i);
      String word = typed.toLowerCase(locale);
      // A word in capitals is an acronym, often English ("le MOT de ma voiture", "an MOT"), never
      // the French "mot" a customer wrote.
      boolean acronym = i - start >= 2 && typed.equals(typed.toUpperCase(locale)) && !typed.equals(word);
      if (!acronym && said.contains(word)) {
        return SAID;
      }
      for (String ending : saidEndings) {
        if (!acronym && word.endsWith(ending)) {
          return SAID;
        }
      }
      if (any && stops.contains(word)) {
        return OTHER;
      }
      any = true;
    }
    return OTHER;
  }

  /**
   * {@code phrase} with the article its opening bare possessive takes ("seu voo" → "o seu voo"),
   * in the {@link #accusative} where the language's data says so, and a clause made a noun phrase
   * where it has a nominaliser ("ネットがつながらない" → "ネットがつながらないこと"); the same text otherwise.
   */
  String withArticle(String phrase) {
    phrase = accusative(phrase);
    if (nominaliser != null && phrase != null) {
      // "ネットが3日つながらない" is a clause: "…つながらないことについて", never "…つながらないについて".
      for (String ending : clauseEndings) {
        if (phrase.length() > ending.length() && phrase.endsWith(ending)) {
          return phrase + nominaliser;
        }
      }
    }
    if (possessiveArticles.isEmpty() || phrase == null || phrase.isEmpty() || !Character.isLowerCase(phrase.charAt(0))) {
      return phrase;
    }
    int end = 0;
    while (end < phrase.length() && Character.isLetter(phrase.charAt(end))) {
      end++;
    }
    if (end == phrase.length() || phrase.charAt(end) != ' ') {
      return phrase; // a possessive alone, or followed by anything but a word, is left as typed
    }
    String article = possessiveArticles.get(phrase.substring(0, end));
    return article == null ? phrase : article + " " + phrase;
  }

  private static boolean isWordChar(int c) {
    return Character.isLetterOrDigit(c) || c == '-'; // "l’avis" is read as "l" and "avis"
  }
}
