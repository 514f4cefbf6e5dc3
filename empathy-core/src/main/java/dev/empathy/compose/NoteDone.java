package dev.empathy.compose;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An agent's note in a language whose participle follows the thing and agrees with it, naming the
 * thing and then what was done to it with no verb of its own ("baja tramitada", "QRs reenviados",
 * "troca aprovada", "anuidade cancelada e estornada"), said as a sentence by the language's frame
 * ({@code noteDone.*} in {@code clauses_<language>.properties}): "he tramitado la baja", "he
 * reenviado los QRs", "aprovei a troca", "cancelei e estornei a anuidade". The thing's
 * gender and number are read from the participle's agreeing ending; its article comes from the
 * data. The language's own note shorthand is written out first ({@code noteDone.spelled}: "dif." →
 * "diferencia", "c/" → "con"), as are a weekday, a span and a clock time after the participle
 * ("jue 9-13" → "el jueves de 9 a 13"). A note whose thing starts with a word that is no noun
 * ({@code noteDone.notThings}: "todo reembolsado", "ya enviado") or that has a verb of its own
 * ("te llamo en 10 min") is kept as typed, as is every part without a participle. A language
 * without the data says none.
 *
 * <pre>{@code
 * NoteDone es = NoteDone.forLocale(Locale.forLanguageTag("es"));
 * es.said("Baja tramitada");                // "he tramitado la baja"
 * es.said("visita reprog. jue 8-12");        // "he reprogramado la visita el jueves de 8 a 12"
 * NoteDone.forLocale(Locale.forLanguageTag("pt")).said("troca aprovada");   // "aprovei a troca"
 * es.said("todo ok");                        // null: no thing and no participle
 * }</pre>
 */
final class NoteDone {
  private static final Map<String, NoteDone> BY_LANGUAGE = new ConcurrentHashMap<>();
  private static final Splitter LIST = Splitter.on(',').trimResults().omitEmptyStrings();
  /** At most this many words name the thing: a longer run is a sentence the agent wrote, kept. */
  private static final int MOST_THING_WORDS = 5;
  private static final Pattern RANGE = Pattern.compile("(\\d{1,2})(?:h|hs)?-(\\d{1,2})(?:h|hs)?");
  /** An ordinal typed in figures ("2e", "1er", "3ème"): a thing it opens still takes its article. */
  private static final Pattern ORDINAL = Pattern.compile("\\d{1,3}(?:e|er|re|ère|ème|eme|nd|nde)");
  private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})(?::(\\d{2}))?(?:hs|h)?");

  private final Locale locale;
  /**
   * The sentence: "{done}" the participle's citation form, "{did}" our first person's past of it
   * ({@code noteDone.firstPerson}), "{agreeing}" the participle as typed, "{thing}", "{aux}".
   */
  private final String frame;
  /** The article by gender and number: masculine, feminine, masculine plural, feminine plural. */
  private final List<String> articles;
  /** The auxiliary of {@code {aux}}, singular then plural ("foi", "foram"); may be empty. */
  private final List<String> aux;
  /** Regular participle endings in the citation form ("ado", "ido"). */
  private final List<String> endings;
  /** Irregular participles in the citation form ("hecho", "abierto"), matched at a word's end ("rehecho"). */
  private final List<String> irregular;
  /** Shortened participles and their stem ("reprog." → "reprogramad"): the thing's ending tells the gender. */
  private final ImmutableMap<String, String> shortened;
  /**
   * Things that are people ({@code noteDone.people}: "técnico", "supervisor"), who take the articles
   * of {@code noteDone.personalArticles} ("al técnico", "a la supervisora") as the object of what we did.
   */
  private final ImmutableSet<String> people;
  private final List<String> personalArticles;
  /** Words that open a thing typed with its own determiner: no article is added ("la baja", "mi cuenta"). */
  private final ImmutableSet<String> determiners;
  /** Words no thing starts with or holds: pronouns, auxiliaries, adverbs ("todo", "ya", "he"). */
  private final ImmutableSet<String> notThings;
  /** The language's own note shorthand, written out ("dif." → "diferencia", "x" → "por"). */
  private final ImmutableMap<String, String> spelled;
  /** Weekdays and time words after which a span or clock time is said in words ("jue", "hoy"). */
  private final ImmutableSet<String> when;
  /** "de {a} a {b}", "a las {h}", "a las {h}:{m}": a span and a clock time after a time word. */
  private final String range;
  private final String clock;
  private final String clockMinutes;
  /** The words joining two participles ("y", "e"). */
  private final ImmutableSet<String> and;
  /** Endings of the citation form and of our first person's past ({@code noteDone.firstPerson}: "cado=quei", "feito=fiz"), longest first. */
  private final List<String[]> firstPerson;
  /**
   * A participle's masculine and feminine endings ({@code noteDone.masculine}, {@code
   * noteDone.feminine}): "o", "a" when not given (Spanish, Portuguese); French "" and "e"
   * ("validé", "validée"). The plural adds "s" to either.
   */
  private final String masculine;
  private final String feminine;
  /** An article elided before a vowel ({@code noteDone.elide}: "le=l’", "la=l’"), and the letters that elide it. */
  private final ImmutableMap<String, String> elide;
  private final String elideBefore;
  /**
   * The word that joins an amount typed after the participle to the thing ({@code
   * noteDone.amountJoin}: "remboursement fait 45,99 €" → "j’ai fait le remboursement de 45,99 €");
   * empty: the amount stays after.
   */
  private final String amountJoin;
  /**
   * Words after the participle that put what was done ahead of us ({@code noteDone.future}:
   * "mañana", "amanhã", "próxima"), and words that do so before a number ({@code
   * noteDone.futureWithin}: "en 5 días", with a unit of {@code noteDone.futureUnits}): the note is a promise, said by {@link #futureFrame}.
   */
  private final ImmutableSet<String> future;
  private final ImmutableSet<String> futureWithin;
  /** The units of time a number after {@link #futureWithin} counts ({@code noteDone.futureUnits}: "días", "horas"). */
  private final ImmutableSet<String> futureUnits;
  /**
   * The sentence of a promise ({@code noteDone.futureFrame}: "{thing} {aux} {agreeing}" → "la factura
   * será enviada mañana"), with {@code {aux}} from {@code noteDone.futureAux} (singular, plural).
   */
  private final String futureFrame;
  private final List<String> futureAux;
  /** The future auxiliary as agents type it before the participle ({@code noteDone.futureTyped}: "será", "sera"). */
  private final ImmutableSet<String> futureTyped;
  /**
   * Participles of setting a time ({@code noteDone.scheduled}: "agendado", "reprogramado"): done now,
   * for the time after them, which {@code noteDone.scheduledFor} introduces ("para amanhã").
   */
  private final ImmutableSet<String> scheduled;
  private final String scheduledFor;
  /** Words a time's shorthand opens with that {@link #scheduledFor} takes the place of ({@code noteDone.scheduledReplaces}: "na quinta" → "para quinta"). */
  private final ImmutableSet<String> scheduledReplaces;
  /**
   * Endings of feminine nouns that end in no "a" ({@code noteDone.feminineEndings}: "ción", "dade"): a
   * masculine participle after such a noun agrees with a later noun ("devolución del cargo duplicado"),
   * and the note is kept as typed.
   */
  private final List<String> feminineEndings;
  /**
   * The sentence for a second thing done after the language's "and" ({@code noteDone.frame.then}:
   * "{done} {thing}", so "compte clôturé et abonnement résilié" → "j’ai clôturé le compte et résilié
   * l’abonnement"); the whole frame when not given.
   */
  private final String frameThen;
  /** Words that name a thing only with an indefinite article ({@code noteDone.indefinite}: "nouvelle" → "une nouvelle"). */
  private final ImmutableSet<String> indefinite;
  private final List<String> indefiniteArticles;
  /** What joins a part said to a kept part after it ({@code noteDone.beforeKept}: " : "); ", " when not given. */
  private final String beforeKept;

  private NoteDone(Locale locale, Properties p) {
    this.locale = locale;
    this.frame = p.getProperty("noteDone.frame", "").strip();
    this.articles = LIST.splitToList(p.getProperty("noteDone.articles", ""));
    this.aux = LIST.splitToList(p.getProperty("noteDone.aux", ""));
    this.endings = LIST.splitToList(p.getProperty("noteDone.endings", ""));
    this.irregular = LIST.splitToList(p.getProperty("noteDone.irregular", ""));
    this.shortened = pairs(p.getProperty("noteDone.shortened", ""));
    this.people = ImmutableSet.copyOf(LIST.split(p.getProperty("noteDone.people", "")));
    this.personalArticles = LIST.splitToList(p.getProperty("noteDone.personalArticles", ""));
    this.determiners = ImmutableSet.copyOf(LIST.split(p.getProperty("noteDone.determiners", "")));
    this.notThings = ImmutableSet.copyOf(LIST.split(p.getProperty("noteDone.notThings", "")));
    this.spelled = pairs(p.getProperty("noteDone.spelled", ""));
    this.when = ImmutableSet.copyOf(LIST.split(p.getProperty("noteDone.when", "")));
    this.range = p.getProperty("noteDone.range", "").strip();
    this.clock = p.getProperty("noteDone.clock", "").strip();
    this.clockMinutes = p.getProperty("noteDone.clockMinutes", "").strip();
    this.and = ImmutableSet.copyOf(LIST.split(p.getProperty("noteDone.and", "")));
    List<String[]> fp = new ArrayList<>();
    pairs(p.getProperty("noteDone.firstPerson", "")).forEach((k, v) -> fp.add(new String[] {k, v}));
    fp.sort((a, b) -> b[0].length() - a[0].length());
    this.firstPerson = List.copyOf(fp);
    String m = p.getProperty("noteDone.masculine");
    String f = p.getProperty("noteDone.feminine");
    this.masculine = m == null ? "o" : m.strip();
    this.feminine = f == null ? "a" : f.strip();
    this.elide = pairs(p.getProperty("noteDone.elide", ""));
    this.elideBefore = p.getProperty("noteDone.elide.before", "").strip();
    this.amountJoin = p.getProperty("noteDone.amountJoin", "").strip();
    this.future = folded(p.getProperty("noteDone.future", ""));
    this.futureWithin = folded(p.getProperty("noteDone.futureWithin", ""));
    this.futureUnits = folded(p.getProperty("noteDone.futureUnits", ""));
    this.futureFrame = p.getProperty("noteDone.futureFrame", "").strip();
    this.futureAux = LIST.splitToList(p.getProperty("noteDone.futureAux", ""));
    this.futureTyped = folded(p.getProperty("noteDone.futureTyped", ""));
    this.scheduled = folded(p.getProperty("noteDone.scheduled", ""));
    this.scheduledFor = p.getProperty("noteDone.scheduledFor", "").strip();
    this.scheduledReplaces = ImmutableSet.copyOf(LIST.split(p.getProperty("noteDone.scheduledReplaces", "")));
    List<String> fem = new ArrayList<>();
    LIST.split(p.getProperty("noteDone.feminineEndings", "")).forEach(e -> fem.add(fold(e)));
    this.feminineEndings = List.copyOf(fem);
    this.frameThen = p.getProperty("noteDone.frame.then", frame).strip();
    this.indefinite = ImmutableSet.copyOf(LIST.split(p.getProperty("noteDone.indefinite", "")));
    this.indefiniteArticles = LIST.splitToList(p.getProperty("noteDone.indefiniteArticles", ""));
    String kept = p.getProperty("noteDone.beforeKept", "");
    this.beforeKept = kept.isBlank() ? ", " : " " + kept.strip() + " ";
  }

  private static ImmutableSet<String> folded(String list) {
    ImmutableSet.Builder<String> b = ImmutableSet.builder();
    LIST.split(list).forEach(w -> b.add(fold(w)));
    return b.build();
  }

  /** {@code word} in lower case without its accents ("Mañana" → "manana"). */
  private static String fold(String word) {
    return java.text.Normalizer.normalize(word.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD).replaceAll("\\p{Mn}+", "");
  }

  private static ImmutableMap<String, String> pairs(String list) {
    ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
    for (String pair : LIST.split(list)) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new IllegalStateException("noteDone entry \"" + pair + "\" must read \"typed=written\"");
      }
      b.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
    }
    return b.buildKeepingLast();
  }

  static NoteDone forLocale(Locale locale) {
    return BY_LANGUAGE.computeIfAbsent(locale.getLanguage(), l -> new NoteDone(Locale.forLanguageTag(l), ClauseData.of(l)));
  }

  /** The note said as a sentence, without its final full stop; null when no part of it can be. */
  String said(String note) {
    if (note == null || frame.isEmpty() || articles.size() != 4) {
      return null;
    }
    String t = note.strip();
    while (t.endsWith(".") && !spelled.containsKey(t.substring(t.lastIndexOf(' ') + 1).toLowerCase(locale))
        && !shortened.containsKey(t.substring(t.lastIndexOf(' ') + 1).toLowerCase(locale))) {
      t = t.substring(0, t.length() - 1).stripTrailing();
    }
    if (t.isEmpty() || t.indexOf('\n') >= 0) {
      return null;
    }
    List<String> parts = Splitter.on(", ").splitToList(t);
    List<String> out = new ArrayList<>(parts.size());
    boolean[] saidParts = new boolean[parts.size()];
    boolean any = false;
    for (int k = 0; k < parts.size(); k++) {
      String said = partOrTwo(parts.get(k));
      saidParts[k] = said != null;
      any |= said != null;
      out.add(said != null ? said : parts.get(k));
    }
    if (!any) {
      return null;
    }
    // The parts after the first keep the note's own shorthand written out too ("pago pendiente").
    for (int k = 0; k < out.size(); k++) {
      out.set(k, String.join(" ", written(List.of(out.get(k).split(" ")))));
    }
    // "seguro anulado, importe devuelto": two things done in a row are one sentence joined by the
    // language's "and" ("he anulado el seguro y he devuelto el importe"), never a comma splice.
    int n = out.size();
    if (n >= 2 && saidParts[n - 1] && saidParts[n - 2] && !and.isEmpty()) {
      String last = out.remove(n - 1);
      out.set(n - 2, out.get(n - 2) + " " + and.iterator().next() + " " + last);
      n--;
    }
    StringBuilder joined = new StringBuilder(out.get(0));
    for (int k = 1; k < n; k++) {
      // "colis localisé, livraison vendredi" → "j’ai localisé le colis – livraison vendredi": a kept
      // fragment after what we did is its detail, never a comma splice (noteDone.beforeKept).
      joined.append(saidParts[k - 1] && !saidParts[k] && k == n - 1 ? beforeKept : ", ").append(out.get(k));
    }
    return joined.toString();
  }

  /**
   * A part said, or two things done joined by the language's "and" ("compte clôturé et abonnement
   * résilié sans frais" → "j’ai clôturé le compte et résilié l’abonnement sans frais"); null when neither.
   */
  private String partOrTwo(String part) {
    String[] w = part.split(" ");
    for (int k = 2; k < w.length - 1; k++) {
      if (!and.contains(w[k].toLowerCase(locale))) {
        continue;
      }
      String left = part(String.join(" ", java.util.Arrays.asList(w).subList(0, k)), frame);
      String right = left == null ? null : part(String.join(" ", java.util.Arrays.asList(w).subList(k + 1, w.length)), frameThen);
      if (right != null) {
        return left + " " + w[k] + " " + right;
      }
    }
    return part(part, frame);
  }

  private String part(String part, String frame) {
    String[] w = part.split(" ");
    if (w.length < 2) {
      return null;
    }
    for (String word : w) {
      if (word.isEmpty()) {
        return null;
      }
    }
    // The thing runs up to the last of the first run of participles ("pago duplicado reembolsado").
    int at = -1;
    for (int k = 1; k < w.length && k <= MOST_THING_WORDS; k++) {
      // "reprise du canapé organisée": a word right after "du" is a noun ("canapé"), never the participle.
      if (participle(w[k]) != null && !(determiners.contains(w[k - 1].toLowerCase(locale)) && k + 1 < w.length
          && participle(w[k + 1]) != null)) {
        at = k;
        while (at + 1 < w.length && participle(w[at + 1]) != null) {
          at++;
        }
        break;
      }
    }
    if (at < 0) {
      return null;
    }
    String first = w[0].toLowerCase(locale);
    // "confirmé el pedido": a word right after a determiner is its noun, never a participle; and a
    // thing with a finite verb ("se canceló el envío") is a sentence the agent wrote.
    int runStart = at;
    while (runStart > 1 && participle(w[runStart - 1]) != null) {
      runStart--;
    }
    if (determiners.contains(w[runStart - 1].toLowerCase(locale)) && runStart == at
        || FiniteVerbs.forLocale(locale).in(String.join(" ", java.util.Arrays.asList(w).subList(0, at)))) {
      return null;
    }
    // "reembolso será processado amanhã": the agent typed the promise's auxiliary; the thing ends before it.
    int thingEnd = at;
    boolean promise = false;
    if (at >= 2 && runStart == at && futureAux.size() == 2 && futureTyped.contains(fold(w[at - 1]))) {
      thingEnd = at - 1;
      promise = true;
    }
    for (int k = 0; k < thingEnd; k++) {
      // "cartão SIM bloqueado": a word in capitals after the first is a name ("SIM", "NIF"), never "sim".
      boolean name = k > 0 && w[k].length() > 1 && w[k].equals(w[k].toUpperCase(locale)) && !w[k].equals(w[k].toLowerCase(locale));
      if (!name && notThings.contains(w[k].toLowerCase(locale)) || !thingWord(w[k])) {
        return null;
      }
    }
    String[] done = participle(w[at]);
    // "cancelada y devuelta": two participles joined, the second agreeing like the first.
    int restFrom = at + 1;
    String agreeing = w[at];
    String citation = done[0];
    if (at + 2 < w.length && and.contains(w[at + 1].toLowerCase(locale)) && participle(w[at + 2]) != null) {
      agreeing = w[at] + " " + w[at + 1] + " " + w[at + 2];
      citation = done[0] + " " + w[at + 1] + " " + participle(w[at + 2])[0];
      restFrom = at + 3;
    }
    int gender = Integer.parseInt(done[1]);
    if (gender < 0) {
      gender = nounGender(w[0]);
      if (gender < 0) {
        return null;
      }
      agreeing = citation; // a shortened participle is written out in the thing's gender below
      if (gender % 2 == 1) {
        agreeing = citation.substring(0, citation.length() - 1) + "a";
      }
      if (gender >= 2) {
        agreeing += "s";
      }
    }
    if (gender % 2 == 0 && !feminineEndings.isEmpty()) {
      String head = fold(w[0]);
      head = head.endsWith("s") && gender >= 2 ? head.substring(0, head.length() - 1) : head;
      for (String e : feminineEndings) {
        if (head.endsWith(e) && head.length() > e.length()) {
          return null; // "devolución del cargo duplicado": the participle is the later noun's
        }
      }
    }
    List<String> thingWords = new ArrayList<>(thingEnd);
    for (int k = 0; k < thingEnd; k++) {
      String word = w[k];
      // "Recarga" at the note's start is a noun in lower case mid-sentence; "QRs", "NF" keep their capitals.
      if (k == 0 && word.length() > 1 && Character.isUpperCase(word.charAt(0)) && Character.isLowerCase(word.charAt(1))) {
        word = Character.toLowerCase(word.charAt(0)) + word.substring(1);
      }
      thingWords.add(word);
    }
    List<String> restWords = new ArrayList<>();
    for (int k = restFrom; k < w.length; k++) {
      restWords.add(w[k]);
    }
    if (!amountJoin.isEmpty() && !restWords.isEmpty() && Character.isDigit(restWords.get(0).charAt(0))) {
      // "remboursement fait 45,99 €": the amount is the thing's ("le remboursement de 45,99 €").
      thingWords.add(amountJoin);
      thingWords.add(restWords.remove(0));
      if (!restWords.isEmpty() && restWords.get(0).length() <= 5 && currencyWord(restWords.get(0))) {
        thingWords.add(restWords.remove(0));
      }
    }
    for (int k = 0; k < restWords.size(); k++) {
      if (and.contains(restWords.get(k).toLowerCase(locale))) {
        for (int j = k + 1; j < restWords.size(); j++) {
          if (participle(restWords.get(j)) != null) {
            return null; // "abonnement résilié et 9,99 € remboursés": a second thing done, not told apart
          }
        }
      }
    }
    String thing = String.join(" ", written(thingWords));
    if (!determiners.contains(first) && (!Character.isDigit(first.charAt(0)) || ORDINAL.matcher(first).matches())) {
      String article = (personalArticles.size() == 4 && people.contains(first) ? personalArticles
          : indefiniteArticles.size() == 4 && indefinite.contains(first) ? indefiniteArticles : articles).get(gender);
      String elided = elide.get(article);
      thing = elided != null && !elideBefore.isEmpty() && elideBefore.indexOf(Character.toLowerCase(thing.charAt(0))) >= 0
          ? elided + thing
          : article + " " + thing;
    }
    String auxWord = aux.size() == 2 ? aux.get(gender >= 2 ? 1 : 0) : "";
    boolean setsATime = restFrom == at + 1 && scheduled.contains(fold(citation)) && !scheduledFor.isEmpty()
        && !restWords.isEmpty() && timeWord(restWords.get(0));
    if (setsATime) {
      // "técnico agendado amanhã" → "agendei o técnico para amanhã"; "qui" ("na quinta") → "para quinta".
      String time = restWords.get(0);
      String s = spelled.get(time.toLowerCase(locale));
      int space = s == null ? -1 : s.indexOf(' ');
      if (space > 0 && scheduledReplaces.contains(s.substring(0, space))) {
        restWords.set(0, scheduledFor + " " + s.substring(space + 1));
      } else {
        restWords.add(0, scheduledFor);
      }
    } else if ((promise || ahead(restWords)) && !futureFrame.isEmpty() && futureAux.size() == 2) {
      // "troca enviada amanhã": not done yet; "a troca será enviada amanhã", never "enviei a troca amanhã".
      String sentence = futureFrame.replace("{thing}", thing).replace("{aux}", futureAux.get(gender >= 2 ? 1 : 0))
          .replace("{agreeing}", agreeing);
      String later = String.join(" ", restWords);
      return later.isEmpty() ? sentence : sentence + " " + later;
    } else if (promise) {
      return null;
    }
    String did = did(done[0]);
    if (restFrom == at + 3) {
      did = did + " " + w[at + 1] + " " + did(participle(w[at + 2])[0]);
    }
    if (frame.contains("{did}") && (did == null || did.contains("null"))) {
      return null;
    }
    String said = frame.replace("{did}", String.valueOf(did)).replace("{done}", citation).replace("{agreeing}", agreeing).replace("{thing}", thing).replace("{aux}", auxWord);
    String rest = String.join(" ", restWords);
    return rest.isEmpty() ? said : said + " " + rest;
  }

  /** True when a word of {@code rest} puts the note ahead of us ("mañana", "en 5 días"). */
  private boolean ahead(List<String> rest) {
    for (int k = 0; k < rest.size(); k++) {
      String f = fold(rest.get(k));
      if (future.contains(f)) {
        return true;
      }
      if (futureWithin.contains(f) && k + 2 < rest.size() && !rest.get(k + 1).isEmpty() && Character.isDigit(rest.get(k + 1).charAt(0))
          && futureUnits.contains(fold(rest.get(k + 2)))) {
        return true; // "en 5 días", never "em 3x" nor "em 2 parcelas"
      }
    }
    return false;
  }

  /** A time word a scheduled time opens with: a word of {@code noteDone.when} or {@code noteDone.future}, or its shorthand. */
  private boolean timeWord(String word) {
    String lower = word.toLowerCase(locale);
    String s = spelled.get(lower);
    String said = s != null ? s : word;
    String last = fold(said.substring(said.lastIndexOf(' ') + 1));
    for (String w : when) {
      if (fold(w).equals(last)) {
        return true;
      }
    }
    return future.contains(last);
  }

  /**
   * {@code word} as a participle: its citation form and its gender and number (0 masculine, 1
   * feminine, 2 and 3 their plurals; -1 when a shortened form leaves it to the thing), or null.
   */
  private String[] participle(String word) {
    String lower = word.toLowerCase(locale);
    String stem = shortened.get(lower);
    if (stem != null) {
      return new String[] {stem + masculine, "-1"};
    }
    if (lower.length() < 4 || !letters(lower) || notThings.contains(lower)) {
      return null;
    }
    if (masculine.isEmpty()) {
      // "pris", "transmis": an irregular citation form may end like a plural, so the irregular ones
      // are matched whole, with their agreeing endings ("prise", "transmises"): "parfait" is no "fait".
      for (String[] form : new String[][] {{"", "0"}, {feminine, "1"}, {"s", "2"}, {feminine + "s", "3"}}) {
        if (lower.endsWith(form[0]) && irregular.contains(lower.substring(0, lower.length() - form[0].length()))) {
          return new String[] {lower.substring(0, lower.length() - form[0].length()), form[1]};
        }
      }
    } else if (lower.length() < 5) {
      return null;
    }
    boolean plural = lower.endsWith("s");
    String single = plural ? lower.substring(0, lower.length() - 1) : lower;
    boolean female = !feminine.isEmpty() && single.endsWith(feminine);
    if (!female && !single.endsWith(masculine)) {
      return null;
    }
    String citation = female
        ? single.substring(0, single.length() - feminine.length()) + masculine
        : single;
    boolean known = false;
    for (String e : endings) {
      known |= citation.endsWith(e) && citation.length() > e.length() + 2;
    }
    for (String i : irregular) {
      known |= !masculine.isEmpty() && citation.endsWith(i);
    }
    if (!known) {
      return null;
    }
    return new String[] {citation, Integer.toString((female ? 1 : 0) + (plural ? 2 : 0))};
  }

  /** Our first person's past of a participle's citation form ("aprovado" → "aprovei"), or null. */
  private String did(String citation) {
    for (String[] e : firstPerson) {
      if (citation.endsWith(e[0])) {
        return citation.substring(0, citation.length() - e[0].length()) + e[1];
      }
    }
    return null;
  }

  /** The gender and number a thing's head noun shows by its ending ("visita" feminine), or -1. */
  private static int nounGender(String noun) {
    String n = noun.toLowerCase(Locale.ROOT);
    boolean plural = n.endsWith("s");
    String single = plural ? n.substring(0, n.length() - 1) : n;
    if (single.endsWith("a")) {
      return plural ? 3 : 1;
    }
    if (single.endsWith("o")) {
      return plural ? 2 : 0;
    }
    return -1;
  }

  /** {@code words} with the note shorthand written out, and a span or clock time after a time word said in words. */
  private List<String> written(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    boolean afterWhen = false;
    for (String word : words) {
      String lower = word.toLowerCase(locale);
      String s = spelled.get(lower);
      String said = s != null ? s : word;
      if (afterWhen) {
        Matcher r = RANGE.matcher(word);
        Matcher c = CLOCK.matcher(word);
        if (r.matches() && !range.isEmpty()) {
          said = range.replace("{a}", r.group(1)).replace("{b}", r.group(2));
        } else if (c.matches() && !clock.isEmpty() && (c.group(2) != null || word.length() > c.group(1).length())) {
          said = c.group(2) == null ? clock.replace("{h}", c.group(1))
              : clockMinutes.replace("{h}", c.group(1)).replace("{m}", c.group(2));
        }
      }
      String lastWord = said.substring(said.lastIndexOf(' ') + 1);
      afterWhen = when.contains(lower) || when.contains(lastWord);
      out.add(said);
    }
    return out;
  }

  /**
   * A word that can be part of a thing's name: letters, digits, a shortening's full stop, an amount
   * ("12 €", "9,99", and "85$" with its sign typed against the figure).
   */
  private static boolean thingWord(String word) {
    if (currencyWord(word)) {
      return true;
    }
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (!Character.isLetterOrDigit(c) && !(c == '.' && k == word.length() - 1 && k > 0)
          && !(c == ',' && k > 0 && k + 1 < word.length() && Character.isDigit(word.charAt(k - 1)) && Character.isDigit(word.charAt(k + 1)))
          && !((c == '\'' || c == '’') && k > 0 && k + 1 < word.length())
          && !(c == '-' && k > 0 && k + 1 < word.length() && Character.isLetter(word.charAt(k - 1)) && Character.isLetter(word.charAt(k + 1)))
          && !(Character.getType(c) == Character.CURRENCY_SYMBOL && (k > 0 && Character.isDigit(word.charAt(k - 1))
              || k + 1 < word.length() && Character.isDigit(word.charAt(k + 1))))) {
        return false;
      }
    }
    return true;
  }

  /** A currency sign or word after an amount ("€", "euros"). */
  private static boolean currencyWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.equals("€") || w.equals("$") || w.equals("£") || w.equals("eur") || w.equals("euro") || w.equals("euros")
        || w.equals("dollars") || w.equals("chf") || w.equals("francs");
  }

  private static boolean letters(String word) {
    for (int k = 0; k < word.length(); k++) {
      if (!Character.isLetter(word.charAt(k))) {
        return false;
      }
    }
    return true;
  }
}
