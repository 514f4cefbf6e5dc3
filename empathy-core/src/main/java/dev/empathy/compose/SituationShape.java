package dev.empathy.compose;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

  private static final Splitter LIST = Splitter.on(',').trimResults().omitEmptyStrings();
  private static final Map<String, SituationShape> BY_LANGUAGE = new ConcurrentHashMap<>();

  private final Locale locale;
  private final ImmutableSet<String> said;
  private final String[] saidEndings;
  /** Words that end the head: {@code number.headStops} and {@code shape.stops} (text-speak "q" for "que"). */
  private final ImmutableSet<String> stops;
  private final ImmutableMap<String, String> possessiveArticles;

  private SituationShape(Locale locale, Properties p) {
    this.locale = locale;
    this.said = folded(p.getProperty("shape.said", ""));
    this.saidEndings = folded(p.getProperty("shape.saidEndings", "")).toArray(String[]::new);
    this.stops = folded(p.getProperty("number.headStops", "") + "," + p.getProperty("shape.stops", ""));
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
  }

  private ImmutableSet<String> folded(String list) {
    ImmutableSet.Builder<String> b = ImmutableSet.builder();
    for (String w : LIST.split(list)) {
      b.add(w.toLowerCase(locale));
    }
    return b.build();
  }

  static SituationShape forLocale(Locale locale) {
    return BY_LANGUAGE.computeIfAbsent(locale.getLanguage(), SituationShape::load);
  }

  private static SituationShape load(String language) {
    String path = "/dev/empathy/compose/clauses_" + language + ".properties";
    Properties p = new Properties();
    try (InputStream in = SituationShape.class.getResourceAsStream(path)) {
      if (in != null) {
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(path, e);
    }
    return new SituationShape(Locale.forLanguageTag(language), p);
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

  /** {@code phrase} with the article its opening bare possessive takes ("seu voo" → "o seu voo"); the same text otherwise. */
  String withArticle(String phrase) {
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
