package dev.empathy.compose;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.empathy.Register;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The customer's first person said back to them in the reply's register: "no recibí el pedido que
 * compré" → "no recibiste el pedido que compraste" (tú) or "no recibió el pedido que compró"
 * (usted); "o pacote que não recebi" → "o pacote que você não recebeu". The verbs turn by data in
 * {@code clauses_<language>.properties}: {@code person.formal} / {@code person.informal} (whole
 * words: "tengo=tiene", "yo=usted", "yo=" drops the word), {@code person.endings.formal} / {@code
 * person.endings.informal} (the longest ending first: "gué=gó", "é=ó"), {@code person.reflexive.*}
 * (a clitic before a turned verb: "me quedé" → "se quedó", never "le quedó"), and {@code
 * person.subject} with {@code person.subject.before} for a language whose turned verb needs its
 * subject said (Portuguese "você", put before "não", "já", "me"… when the verb opens its clause).
 *
 * <p>Only a certain turn is made: a text holding any word of {@code restate.keepWith} or ending of
 * {@code restate.keepWithEndings} that these rules do not turn ("vosotros", "cobrasteis", "os",
 * English words) is left to the caller's usual handling (kept as typed, or its clause cut by {@link
 * OwnClause}), and so is a text without a first person, one that does not read as the
 * language ({@link #inLanguage}) and one without any word of {@code person.languageWords}. The words {@code restate.keepWith} lists
 * with a leading "!" ("!café", "!aquí") and those of {@code person.notVerbs} ("recibo", "serviço")
 * are never verbs. The rest of the text (possessives,
 * "me" of another's verb) is then restated by {@link CallerClauses#restateTurned}. A language
 * without {@code person.*} data turns nothing.
 *
 * <pre>{@code
 * OwnPerson es = OwnPerson.forLocale(Locale.forLanguageTag("es"));
 * es.turn("el cargo que no reconozco", Register.INFORMAL, clauses);   // "el cargo que no reconoces"
 * es.turn("me quedé sin internet", Register.FORMAL, clauses);         // "se quedó sin internet"
 * es.turn("la factura q me cobrasteis", Register.FORMAL, clauses);    // null: addresses the company
 * }</pre>
 */
final class OwnPerson {
  private static final Splitter LIST = Splitter.on(',').trimResults().omitEmptyStrings();
  private static final Map<String, OwnPerson> BY_LANGUAGE = new ConcurrentHashMap<>();

  /** One register's rules. */
  private record Rules(ImmutableMap<String, String> words, String[][] endings, ImmutableMap<String, String> reflexive, String subject) {}

  private final Locale locale;
  private final Rules formal;
  private final Rules informal;
  private final ImmutableSet<String> subjectBefore;
  private final ImmutableSet<String> clauseStarts;
  private final ImmutableSet<String> keep;
  private final ImmutableSet<String> never;
  private final List<String> keepEndings;
  /** Words that show a text is in this language ({@code person.languageWords}: "el", "que", "não"). */
  private final ImmutableSet<String> languageWords;
  /** Words of other languages ({@code person.foreignWords}: "the", "vous", "não" in Spanish data). */
  private final ImmutableSet<String> foreignWords;
  /** The letters of this language beyond a–z ({@code person.letters}); empty: any letter. */
  private final String letters;

  private OwnPerson(Locale locale, Properties p) {
    this.locale = locale;
    this.formal = rules(p, "formal");
    this.informal = rules(p, "informal");
    this.subjectBefore = folded(p.getProperty("person.subject.before", ""));
    this.clauseStarts = folded(p.getProperty("ownClause.relatives", ""));
    ImmutableSet.Builder<String> k = ImmutableSet.builder();
    ImmutableSet.Builder<String> n = ImmutableSet.builder();
    for (String w : LIST.split(p.getProperty("restate.keepWith", ""))) {
      if (w.startsWith("!")) {
        n.add(fold(w.substring(1)));
      } else {
        k.add(fold(w));
      }
    }
    LIST.split(p.getProperty("person.notVerbs", "")).forEach(w -> n.add(fold(w)));
    this.keep = k.build();
    this.never = ImmutableSet.copyOf(n.build());
    List<String> endings = new ArrayList<>();
    LIST.split(p.getProperty("restate.keepWithEndings", "")).forEach(e -> endings.add(fold(e)));
    this.keepEndings = List.copyOf(endings);
    this.languageWords = folded(p.getProperty("person.languageWords", ""));
    this.letters = p.getProperty("person.letters", "").strip();
    this.foreignWords = folded(p.getProperty("person.foreignWords", ""));
  }

  /**
   * True when {@code text} reads as this language: none of its words holds a letter beyond a–z
   * that {@code person.letters} does not list ("abîmé" is not Spanish), and one of its words is a
   * word of {@code person.languageWords} or none is one of {@code person.foreignWords} ("he
   * restablecido tu acceso" reads as Spanish; "your card was charged" does not). A text pasted in another language ("vous avez été débité" in a
   * Spanish reply) is never turned or rewritten by this language's rules. False without the data.
   */
  boolean inLanguage(String text) {
    if (text == null || languageWords.isEmpty()) {
      return false;
    }
    boolean anchored = false;
    boolean foreign = false;
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && isWordChar(text.charAt(i))) {
        char c = Character.toLowerCase(text.charAt(i));
        if (Character.isLetter(c) && (c < 'a' || c > 'z') && !letters.isEmpty() && letters.indexOf(c) < 0) {
          return false;
        }
        i++;
      }
      String word = fold(text.substring(start, i));
      anchored |= languageWords.contains(word);
      foreign |= foreignWords.contains(word);
    }
    return anchored || !foreign;
  }

  private Rules rules(Properties p, String register) {
    ImmutableMap<String, String> words = pairs(p, "person." + register, "person");
    List<String[]> endings = new ArrayList<>();
    pairs(p, "person.endings." + register, "person.endings").forEach((k, v) -> endings.add(new String[] {k, v}));
    // The longest ending first: "gué" before "é".
    endings.sort((a, b) -> b[0].length() - a[0].length());
    return new Rules(words, endings.toArray(new String[0][]), pairs(p, "person.reflexive." + register, "person.reflexive"),
        p.getProperty("person.subject." + register, p.getProperty("person.subject", "")).strip());
  }

  private ImmutableMap<String, String> pairs(Properties p, String key, String fallback) {
    String value = p.getProperty(key, p.getProperty(fallback, ""));
    ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
    for (String pair : LIST.split(value)) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new IllegalStateException("clauses_" + locale.getLanguage() + ".properties: " + key + " entry \"" + pair + "\" must be word=word");
      }
      b.put(fold(pair.substring(0, eq).strip()), pair.substring(eq + 1).strip());
    }
    return b.buildKeepingLast();
  }

  private ImmutableSet<String> folded(String list) {
    ImmutableSet.Builder<String> b = ImmutableSet.builder();
    LIST.split(list).forEach(w -> b.add(fold(w)));
    return b.build();
  }

  static OwnPerson forLocale(Locale locale) {
    return BY_LANGUAGE.computeIfAbsent(locale.getLanguage(), OwnPerson::load);
  }

  private static OwnPerson load(String language) {
    String path = "/dev/empathy/compose/clauses_" + language + ".properties";
    Properties p = new Properties();
    try (InputStream in = OwnPerson.class.getResourceAsStream(path)) {
      if (in != null) {
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(path, e);
    }
    return new OwnPerson(Locale.forLanguageTag(language), p);
  }

  private String fold(String w) {
    return w.replace('\'', '’').toLowerCase(locale);
  }

  /**
   * {@code text} with the customer's first person turned to the person {@code register} addresses
   * and then restated by {@code clauses}; null when it has no first person or one these rules
   * cannot turn with certainty.
   */
  String turn(String text, Register register, CallerClauses clauses) {
    Rules r = register == Register.INFORMAL ? informal : formal;
    if (text == null || r.words.isEmpty() && r.endings.length == 0 || !inLanguage(text) || !anchored(text)) {
      return null;
    }
    // Read the words: which turn, which block.
    int n = text.length();
    List<int[]> spans = new ArrayList<>();
    List<String> turned = new ArrayList<>();
    int i = 0;
    boolean any = false;
    while (i < n) {
      if (!isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && isWordChar(text.charAt(i))) {
        i++;
      }
      String word = fold(text.substring(start, i));
      String to = verb(r, word);
      if (to != null) {
        any = true;
      } else if (keeps(word)) {
        return null; // a first person or an address the rules cannot turn: never half restated
      }
      spans.add(new int[] {start, i});
      turned.add(to);
    }
    if (!any) {
      return null;
    }
    // Where a subject goes: before the first verb of each clause (and its negation, clitics).
    boolean[] subjectBeforeWord = new boolean[spans.size()];
    if (!r.subject.isEmpty()) {
      boolean subjectSaid = false;
      for (int w = 0; w < spans.size(); w++) {
        if (clauseStarts.contains(wordAt(text, spans.get(w)))) {
          subjectSaid = false; // "o pacote que pedi": a relative clause needs its own subject
        }
        String to = turned.get(w);
        if (to == null) {
          continue;
        }
        if (!subjectSaid && !fold(to).equals(fold(r.subject))) {
          int first = w;
          while (first > 0 && subjectBefore.contains(wordAt(text, spans.get(first - 1)))
              && onlySpaces(text, spans.get(first - 1)[1], spans.get(first)[0])) {
            first--;
          }
          subjectBeforeWord[first] = true;
        }
        subjectSaid = true;
      }
    }
    StringBuilder out = new StringBuilder(n + 16);
    int copied = 0;
    int lowerAt = -1;
    for (int w = 0; w < spans.size(); w++) {
      int[] span = spans.get(w);
      if (subjectBeforeWord[w]) {
        out.append(text, copied, span[0]).append(r.subject).append(' ');
        copied = span[0];
        if (span[0] == 0) {
          lowerAt = out.length(); // "Não recebi…" → "você não recebeu…"
        }
      }
      String to = turned.get(w);
      if (to == null) {
        String reflexive = r.reflexive.get(wordAt(text, span));
        if (reflexive != null && w + 1 < spans.size() && turned.get(w + 1) != null && onlySpaces(text, span[1], spans.get(w + 1)[0])) {
          out.append(text, copied, Math.max(copied, span[0])).append(reflexive);
          copied = span[1];
        }
        continue;
      }
      out.append(text, copied, Math.max(copied, span[0]));
      if (to.isEmpty()) {
        // "yo=": the word goes, with the space after it.
        int end = span[1];
        while (end < n && text.charAt(end) == ' ') {
          end++;
        }
        copied = end;
      } else {
        out.append(to);
        copied = span[1];
      }
    }
    out.append(text, copied, n);
    if (lowerAt >= 0 && lowerAt < out.length()) {
      out.setCharAt(lowerAt, Character.toLowerCase(out.charAt(lowerAt)));
    }
    // A turned word is written in lower case, as a restated one is: the composer capitalises a
    // sentence start where it places the text.
    String result = clauses.restateTurned(out.toString());
    return result.isBlank() ? null : result; // "yo" alone says nothing back
  }

  /** True when a word of {@code text} is one of {@code person.languageWords}: a verb is turned only in a text that shows its language. */
  private boolean anchored(String text) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && isWordChar(text.charAt(i))) {
        i++;
      }
      if (languageWords.contains(fold(text.substring(start, i)))) {
        return true;
      }
    }
    return false;
  }

  /** The turned form of {@code word}, or null when it is not a first person these rules know. */
  private String verb(Rules r, String word) {
    String to = r.words.get(word);
    if (to != null) {
      return to;
    }
    if (never.contains(word)) {
      return null;
    }
    for (String[] e : r.endings) {
      if (word.length() > e[0].length() + 1 && word.endsWith(e[0])) {
        return word.substring(0, word.length() - e[0].length()) + e[1];
      }
    }
    return null;
  }

  private boolean keeps(String word) {
    if (never.contains(word)) {
      return false;
    }
    if (keep.contains(word)) {
      return true;
    }
    for (String e : keepEndings) {
      if (word.length() > e.length() + 1 && word.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  private String wordAt(String text, int[] span) {
    return fold(text.substring(span[0], span[1]));
  }

  private static boolean onlySpaces(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) != ' ') {
        return false;
      }
    }
    return to > from;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '’' || c == '\'';
  }
}
