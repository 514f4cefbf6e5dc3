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

/**
 * A situation the customer typed as a question, restated by its structure as an indirect question
 * or a statement, so that the reply never echoes a question inside its own sentence: "can I get a
 * refund for the broken blender?" → "whether I can get a refund for the broken blender" (an
 * auxiliary first: a yes/no question), "why was I charged twice??" → "why I was charged twice" (a
 * wh-word, then the auxiliary moved after the subject), "why does the app keep crashing" → "why the
 * app keeps crashing" (do-support dropped, the verb takes its tense), "how do I cancel" → "how to
 * cancel", "what happened to my points?" kept in its order (the wh-word is the subject), "isn't
 * this supposed to be waterproof?" → "whether this is supposed to be waterproof" (the negation only
 * leans on the answer expected), "my order still hasn't come?" → "my order still hasn't come" (a
 * statement asked by its mark alone). The
 * result is still in the customer's person: the caller restates it ("I" → "you").
 *
 * <p>The words are data ({@code question.*} in {@code clauses_<language>.properties}); a language
 * without them restates no question. A language that asks a yes/no question by its mark alone, in
 * statement order ({@code question.byMark = whether}: Spanish, Portuguese), says it with its
 * {@code question.whether} word: "¿puedo recibir el reembolso antes del viernes?" → "si puedo recibir
 * el reembolso antes del viernes"; a mark that opens a question ({@code question.open}: "¿") marks it
 * as the closing one does, and a wh-word typed without its accent is said with it ("como cancelo?" →
 * "cómo cancelo").
 *
 * <pre>{@code
 * AskedQuestion en = AskedQuestion.forLocale(Locale.ENGLISH);
 * en.restate("why was I charged twice??").text();   // "why I was charged twice"
 * en.restate("why was I charged twice??").asked();  // true
 * en.restate("the double charge");                  // null: not a question
 * }</pre>
 */
final class AskedQuestion {
  private static final Splitter LIST = Splitter.on(',').trimResults().omitEmptyStrings();
  private static final Map<String, AskedQuestion> BY_LANGUAGE = new ConcurrentHashMap<>();

  /**
   * A question restated: {@code text} in the customer's person without its question mark; {@code
   * asked} when it is an indirect question ("why I was charged twice"), false when it is a statement
   * ("this is supposed to be waterproof"); {@code lead} the length of the words said before the
   * customer's own, in the order typed ("si " of "si puedo recibir el reembolso", "por qué " of "por
   * qué me cobraron"), 0 when the words were reordered: a caller turns the person of the rest alone,
   * so that a subject it adds goes after the lead ("se você pode", never "você se pode").
   */
  record Restated(String text, boolean asked, int lead) {
    Restated(String text, boolean asked) {
      this(text, asked, 0);
    }
  }

  private final boolean enabled;
  private final String whether;
  private final ImmutableMap<String, String> wh;
  private final ImmutableSet<String> auxiliaries;
  private final ImmutableMap<String, String> negated;
  private final ImmutableSet<String> doSupport;
  private final ImmutableSet<String> whSubjects;
  private final ImmutableSet<String> whPersons;
  private final ImmutableSet<String> plainQuestions;
  private final ImmutableMap<String, String> contractions;
  private final ImmutableMap<String, String> subjects;
  private final ImmutableSet<String> determiners;
  private final ImmutableSet<String> predicates;
  private final ImmutableSet<String> verbs;
  private final ImmutableSet<String> adverbs;
  private final ImmutableSet<String> toInfinitiveWh;
  private final ImmutableSet<String> toInfinitiveSubjects;
  private final String to;
  private final ImmutableMap<String, String> pasts;
  private final ImmutableMap<String, String> thirdPersons;
  /**
   * A verb and its subject typed inverted, anywhere in the question, in statement order ({@code
   * question.inverted}: "puis-je=je peux", so "où puis-je télécharger ma facture" → "où je peux
   * télécharger ma facture"), the order an indirect question takes.
   */
  private final ImmutableMap<String, String> inverted;
  /** True when a summary typed as a question is said as the question it asks ({@code question.inSummary}). */
  private final boolean inSummary;
  /**
   * A question's opening verb addressed to the company, said as ours ({@code question.toUs}:
   * "tienen=tenemos", "têm=temos"): "¿tienen la talla M en azul?" → "si tenemos la talla M en azul",
   * never "si tienen…". Only the first word, after an addressee of {@code question.toUs.subjects}
   * ("vocês") and the clitics of {@code question.toUs.clitics} ("me"): later, "tienen" is anyone's.
   */
  private final ImmutableMap<String, String> toUs;
  private final ImmutableSet<String> toUsSubjects;
  private final ImmutableSet<String> toUsClitics;
  private final boolean whetherByMark;
  private final String open;
  /**
   * True for a language whose indirect question puts the finite verb last ({@code question.verbLast}:
   * German "wann wird meine Bestellung geliefert?" → "wann meine Bestellung geliefert wird", "kann ich
   * die Zahlungsart ändern?" → "ob ich die Zahlungsart ändern kann"); a separable particle ending the
   * question joins the verb ({@code question.particles}: "wann kommt mein Paket an" → "wann mein
   * Paket ankommt").
   */
  private final boolean verbLast;
  private final ImmutableSet<String> particles;
  /** Subjects after an opening verb that make the question a request of us ({@code question.requestSubjects}: "kannst du…?"). */
  private final ImmutableSet<String> requestSubjects;
  /** Verbs no particle joins ({@code question.particles.notAfter}: "wo ist mein Paket hin" keeps "hin ist"). */
  private final ImmutableSet<String> particlesNotAfter;

  private AskedQuestion(Properties p) {
    this.whether = p.getProperty("question.whether", "");
    this.enabled = !whether.isEmpty();
    this.wh = pairs(p, "question.wh");
    this.auxiliaries = set(p, "question.auxiliaries");
    this.negated = pairs(p, "question.negated");
    this.doSupport = set(p, "question.doSupport");
    this.whSubjects = set(p, "question.whSubjects");
    this.whPersons = set(p, "question.whPersons");
    this.plainQuestions = set(p, "question.withoutMark");
    this.contractions = pairs(p, "question.contractions");
    this.subjects = pairs(p, "question.subjects");
    this.determiners = set(p, "question.determiners");
    this.predicates = set(p, "question.predicates");
    this.verbs = set(p, "question.verbs");
    this.adverbs = set(p, "question.adverbs");
    this.toInfinitiveWh = set(p, "question.toInfinitive.wh");
    this.toInfinitiveSubjects = set(p, "question.toInfinitive.subjects");
    this.to = p.getProperty("question.toInfinitive", "");
    this.pasts = pairs(p, "question.pasts");
    this.thirdPersons = pairs(p, "question.thirdPersons");
    this.inverted = pairs(p, "question.inverted");
    this.inSummary = Boolean.parseBoolean(p.getProperty("question.inSummary", "false").strip());
    String byMark = p.getProperty("question.byMark", "").strip();
    if (!byMark.isEmpty() && !byMark.equals("whether")) {
      throw new IllegalStateException("question.byMark must be empty or \"whether\", was \"" + byMark + "\"");
    }
    this.whetherByMark = !byMark.isEmpty();
    this.open = p.getProperty("question.open", "").strip();
    this.toUs = pairs(p, "question.toUs");
    this.toUsSubjects = set(p, "question.toUs.subjects");
    this.toUsClitics = set(p, "question.toUs.clitics");
    this.verbLast = Boolean.parseBoolean(p.getProperty("question.verbLast", "false").strip());
    this.particles = set(p, "question.particles");
    this.particlesNotAfter = set(p, "question.particles.notAfter");
    this.requestSubjects = set(p, "question.requestSubjects");
  }

  /**
   * True when the language says a summary typed as one question as the question it asks
   * ({@code question.inSummary}: "où est ma commande ?" → "Vous aimeriez savoir où est votre
   * commande."), never inside a recap of our own ("Si j’ai bien saisi, où est ta commande ?").
   */
  boolean inSummary() {
    return enabled && inSummary;
  }

  private static ImmutableSet<String> set(Properties p, String key) {
    ImmutableSet.Builder<String> b = ImmutableSet.builder();
    for (String w : LIST.split(p.getProperty(key, ""))) {
      b.add(CallerClauses.folded(w));
    }
    return b.build();
  }

  /** "a=b" entries; an entry without "=" maps to itself. */
  private static ImmutableMap<String, String> pairs(Properties p, String key) {
    ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
    for (String pair : LIST.split(p.getProperty(key, ""))) {
      int eq = pair.indexOf('=');
      if (eq == 0 || eq == pair.length() - 1) {
        throw new IllegalStateException(key + " entry \"" + pair + "\" must read \"word\" or \"word=said\"");
      }
      String from = eq < 0 ? pair : pair.substring(0, eq).strip();
      String said = eq < 0 ? pair : pair.substring(eq + 1).strip();
      b.put(CallerClauses.folded(from), said);
    }
    return b.buildKeepingLast();
  }

  static AskedQuestion forLocale(Locale locale) {
    return BY_LANGUAGE.computeIfAbsent(locale.getLanguage(), AskedQuestion::load);
  }

  private static AskedQuestion load(String language) {
    Properties p = ClauseData.of(language);
    return new AskedQuestion(p);
  }

  /**
   * {@code text} restated when it is one question (it ends with "?" or opens as a question does),
   * else null: a text of several sentences, or one that is no question, is left to the caller.
   */
  Restated restate(String text) {
    return restate(text, false);
  }

  /**
   * {@link #restate(String)}, with {@code typedMark} true when the text as the customer typed it
   * ended with "?" (a mark the caller has since dropped with the laughter and scare quotes).
   */
  Restated restate(String text, boolean typedMark) {
    if (!enabled || text == null) {
      return null;
    }
    int end = text.length();
    while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || "?!.…？".indexOf(text.charAt(end - 1)) >= 0)) {
      end--;
    }
    boolean mark = typedMark || text.indexOf('?', end) >= 0 || text.indexOf('？', end) >= 0;
    String body = text.substring(0, end).strip();
    // "¿por qué me cobraron dos veces": the opening mark asks as the closing one does.
    if (!open.isEmpty() && body.startsWith(open)) {
      body = body.substring(open.length()).strip();
      mark = true;
    }
    if (body.isEmpty()) {
      return null;
    }
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      // One sentence only: "where is my order?? it's been 2 weeks" is two, and left as typed; so is
      // "hola, ¿me ayudan?", whose question opens inside it.
      if (c == '?' || c == '!' || c == ';' || c == '\n' || c == '.' && i + 1 < body.length() && body.charAt(i + 1) == ' '
          || !open.isEmpty() && body.startsWith(open, i)) {
        return null;
      }
    }
    List<String> words = new ArrayList<>(List.of(body.split(" +")));
    // "where's my order": the wh-word and its auxiliary written as one.
    String expanded = contractions.get(key(words.get(0)));
    if (expanded != null) {
      words.remove(0);
      words.addAll(0, List.of(expanded.split(" +")));
    }
    if (!inverted.isEmpty()) {
      for (int i = words.size() - 1; i >= 0; i--) {
        String statement = inverted.get(key(words.get(i)));
        if (statement != null) {
          words.remove(i);
          words.addAll(i, List.of(statement.split(" +")));
        }
      }
    }
    if (mark && !toUs.isEmpty()) {
      ourVerb(words);
    }
    Restated restated = restate(words, mark);
    if (restated == null) {
      // "my order still hasn't come?" asks by its mark alone: said back as the statement it is.
      return mark ? new Restated(body, false) : null;
    }
    return restated;
  }

  /** The opening verb of a question addressed to us said as ours, its addressee dropped ({@link #toUs}). */
  private void ourVerb(List<String> words) {
    int i = 0;
    boolean addressee = words.size() > 1 && toUsSubjects.contains(key(words.get(0)));
    if (addressee) {
      i++;
    }
    while (i < words.size() - 1 && toUsClitics.contains(key(words.get(i)))) {
      i++;
    }
    String ours = toUs.get(key(words.get(i)));
    if (ours == null) {
      return;
    }
    words.set(i, ours);
    if (addressee) {
      words.remove(0);
    }
  }

  private Restated restate(List<String> words, boolean mark) {
    if (verbLast) {
      return verbLast(words, mark);
    }
    int n = words.size();
    // The wh-phrase: the longest listed opening ("how come", "how long", "why", "a qué hora").
    String whSaid = null;
    int whLength = 0;
    for (int len = Math.min(3, n); len >= 1 && whSaid == null; len--) {
      String said = wh.get(key(String.join(" ", words.subList(0, len))));
      if (said != null) {
        whSaid = said;
        whLength = len;
      }
    }
    if (whSaid != null) {
      // "which order did you ship": the wh-phrase runs to its auxiliary (two words at most).
      int aux = -1;
      for (int i = whLength; i < Math.min(n, whLength + 3); i++) {
        if (isAuxiliary(words.get(i))) {
          aux = i;
          break;
        }
      }
      boolean subjectAsked = aux < 0 || aux + 1 >= n
          // "who is handling my case", "what is happening": the wh-word is the subject.
          || aux == whLength && whSubjects.contains(key(whSaid)) && !doSupport.contains(key(words.get(aux)))
              && (whPersons.contains(key(whSaid))
                  || predicateStarts(words.get(aux + 1), false) && !determiners.contains(key(words.get(aux + 1))));
      if (!mark && (subjectAsked ? !plainQuestions.contains(key(whSaid)) : !startsSubject(words, aux + 1))) {
        // Without its mark, "when I opened the box it was smashed" is no question.
        return null;
      }
      List<String> out = new ArrayList<>(n);
      out.add(cased(whSaid, words.get(0)));
      out.addAll(words.subList(whLength, aux < 0 ? n : aux));
      if (subjectAsked) {
        // "what happened to my points", "who approved this": the wh-word is the subject; "how
        // come nobody told me" keeps its order. "what is it" without a subject after: kept too.
        out.addAll(words.subList(aux < 0 ? n : aux, n));
        String said = String.join(" ", out);
        // Without auxiliaries to move ("por qué me cobraron"), the words after the wh-phrase are the customer's, in order.
        int lead = aux < 0 && whLength < n ? out.get(0).length() + 1 : 0;
        return new Restated(said, true, lead);
      }
      return inverted(out, words, aux, whSaid, true);
    }
    // Without its mark, "was charged twice" is a statement without its subject: a question needs one.
    if (n >= 2 && isAuxiliary(words.get(0)) && (mark || startsSubject(words, 1))) {
      String folded = key(words.get(0));
      String positive = negated.get(folded);
      List<String> out = new ArrayList<>(n + 1);
      out.add(whether);
      if (positive != null) {
        // "isn't this supposed to be waterproof?" is asked as "whether this is supposed to be
        // waterproof": the negation only leans on the answer the customer expects.
        List<String> first = new ArrayList<>(words);
        first.set(0, positive);
        return inverted(out, first, 0, null, true);
      }
      return inverted(out, words, 0, null, true);
    }
    if (mark && whetherByMark) {
      // "¿mi pedido sigue sin llegar?" asks in statement order: "si mi pedido sigue sin llegar".
      List<String> out = new ArrayList<>(n + 1);
      out.add(whether);
      out.add(lowerFirst(words.get(0)));
      out.addAll(words.subList(1, n));
      return new Restated(String.join(" ", out), true, whether.length() + 1);
    }
    return null;
  }

  /**
   * A question of a verb-second language restated with its finite verb last: after the wh-phrase
   * ("wann wird meine Bestellung geliefert" → "wann meine Bestellung geliefert wird"), or, when the
   * verb opens the question and it has its mark, after {@code question.whether} ("kann ich die
   * Zahlungsart ändern?" → "ob ich die Zahlungsart ändern kann"). Null when neither: the verb after
   * the wh-word must be in lower case, as a German finite verb is typed (never "wie Lange").
   */
  private Restated verbLast(List<String> words, boolean mark) {
    int n = words.size();
    String whSaid = null;
    int whLength = 0;
    for (int len = Math.min(3, n - 1); len >= 1 && whSaid == null; len--) {
      String said = wh.get(key(String.join(" ", words.subList(0, len))));
      if (said != null) {
        whSaid = said;
        whLength = len;
      }
    }
    List<String> out = new ArrayList<>(n + 1);
    int verb;
    if (whSaid != null) {
      if (!mark && !plainQuestions.contains(key(whSaid))) {
        return null; // "wie besprochen habe ich…" without its mark is no question
      }
      out.add(cased(whSaid, words.get(0)));
      verb = whLength;
    } else if (mark && n >= 2 && auxiliaries.contains(key(words.get(0)))
        && !requestSubjects.contains(key(words.get(1)))) {
      // "kannst du meine Bestellung stornieren?" asks something of us: a request, never "ob du… kannst".
      out.add(whether);
      verb = 0;
    } else {
      return null;
    }
    String finite = lowerFirst(words.get(verb));
    if (verb + 1 >= n || finite.isEmpty() || !Character.isLowerCase(finite.charAt(0)) || determiners.contains(key(finite))) {
      return null; // "warum nicht?", "wie viele Tage": no verb in second place to move
    }
    List<String> rest = new ArrayList<>(words.subList(verb + 1, n));
    // "warum wurde mein Vertrag verlängert, ich hatte doch gekündigt": the verb closes its own
    // clause, before the comma ("warum Ihr Vertrag verlängert wurde, Sie hatten…"), never the text.
    List<String> after = List.of();
    int depth = 0; // a comma inside an aside ("da [Premium, jährlich]") ends no clause
    for (int i = 0; i + 1 < rest.size(); i++) {
      String w = rest.get(i);
      for (int k = 0; k < w.length(); k++) {
        char c = w.charAt(k);
        depth += c == '(' || c == '[' || c == '{' ? 1 : c == ')' || c == ']' || c == '}' ? -1 : 0;
      }
      if (depth == 0 && w.length() > 1 && (w.endsWith(",") || w.endsWith(";"))) {
        after = new ArrayList<>(rest.subList(i + 1, rest.size()));
        after.set(0, w.substring(w.length() - 1) + " " + after.get(0));
        rest = new ArrayList<>(rest.subList(0, i + 1));
        rest.set(i, w.substring(0, w.length() - 1));
        break;
      }
    }
    String last = rest.get(rest.size() - 1);
    if (rest.size() > 1 && particles.contains(key(last)) && !particlesNotAfter.contains(key(finite))) {
      // "wann kommt mein Paket an" → "wann mein Paket ankommt": the particle joins its verb.
      rest.set(rest.size() - 1, last + finite);
    } else {
      rest.add(finite);
    }
    out.addAll(rest);
    String said = String.join(" ", out);
    return new Restated(after.isEmpty() ? said : said + String.join(" ", after), true);
  }

  /**
   * {@code out} (the lead) followed by the words after the auxiliary at {@code aux}, in statement
   * order: the subject, then the auxiliary (or, for do-support, the verb in its tense), then the
   * rest.
   */
  private Restated inverted(List<String> out, List<String> words, int aux, String wh, boolean asked) {
    int n = words.size();
    String auxWord = words.get(aux);
    String auxKey = key(auxWord);
    int subjectStart = aux + 1;
    int subjectEnd = subjectEnd(words, subjectStart, doSupport.contains(auxKey) || !isBe(auxKey));
    if (subjectEnd <= subjectStart) {
      return null;
    }
    List<String> subject = new ArrayList<>(words.subList(subjectStart, subjectEnd));
    String subjectKey = key(String.join(" ", subject));
    String subjectSaid = subjects.get(subjectKey);
    if (subjectSaid != null && !subjectSaid.equals(subjectKey)) {
      subject = List.of(subjectSaid);
    }
    List<String> rest = words.subList(subjectEnd, n);
    if (doSupport.contains(auxKey)) {
      if (wh != null && toInfinitiveWh.contains(key(wh)) && toInfinitiveSubjects.contains(subjectKey)
          && auxKey.equals(doSupport.asList().get(0)) && !rest.isEmpty()) {
        // "how do I cancel my subscription" → "how to cancel my subscription"
        out.add(to);
        out.addAll(rest);
        return new Restated(String.join(" ", out), asked);
      }
      out.addAll(subject);
      // The verb after any adverbs ("why does it still charge me") takes the auxiliary's tense.
      int v = 0;
      while (v < rest.size() && adverbs.contains(key(rest.get(v)))) {
        v++;
      }
      if (v >= rest.size()) {
        // "did I?", "did it still?": the verb is left out, so the auxiliary stands for it
        // ("whether I did", "whether it still did"); still asked, never a statement "did I".
        out.addAll(rest);
        out.add(lowerFirst(auxWord));
        return new Restated(String.join(" ", out), asked);
      }
      List<String> after = new ArrayList<>(rest);
      after.set(v, inflect(rest.get(v), auxKey, subjectKey));
      out.addAll(after);
      return new Restated(String.join(" ", out), asked);
    }
    out.addAll(subject);
    out.add(lowerFirst(auxWord));
    out.addAll(rest);
    return new Restated(String.join(" ", out), asked);
  }

  /** "Is" opening the question is written in lower case once it follows the subject. */
  private static String lowerFirst(String word) {
    if (word.length() < 2 || !Character.isUpperCase(word.charAt(0)) || Character.isUpperCase(word.charAt(1))) {
      return word;
    }
    return Character.toLowerCase(word.charAt(0)) + word.substring(1);
  }

  private boolean isBe(String auxKey) {
    String positive = negated.getOrDefault(auxKey, auxKey);
    return positive.equals("is") || positive.equals("are") || positive.equals("was") || positive.equals("were") || positive.equals("am");
  }

  /**
   * Where the subject after the auxiliary ends: a listed subject ("I", "you guys", "anyone"); a
   * determiner's phrase up to its predicate (a listed predicate word, an adverb, a verb when the
   * auxiliary takes one, a word in -ed, -ing or -ly, a figure, or another determiner), or one word
   * after the determiner when none is found; a bare noun is one word.
   */
  private int subjectEnd(List<String> words, int start, boolean verbFollows) {
    int n = words.size();
    if (start >= n) {
      return start;
    }
    for (int len = Math.min(2, n - start); len >= 1; len--) {
      if (subjects.containsKey(key(String.join(" ", words.subList(start, start + len))))) {
        return start + len;
      }
    }
    if (!determiners.contains(key(words.get(start)))) {
      return start + 1;
    }
    for (int i = start + 2; i < n && i <= start + 4; i++) {
      if (predicateStarts(words.get(i), verbFollows)) {
        return i;
      }
    }
    return Math.min(n, start + 2);
  }

  /** True when a listed subject or a determiner opens {@code words} at {@code start}. */
  private boolean startsSubject(List<String> words, int start) {
    if (start >= words.size()) {
      return false;
    }
    String k = key(words.get(start));
    return subjects.containsKey(k) || determiners.contains(k)
        || start + 1 < words.size() && subjects.containsKey(k + " " + key(words.get(start + 1)));
  }

  private boolean predicateStarts(String word, boolean verbFollows) {
    String k = key(word);
    if (predicates.contains(k) || adverbs.contains(k) || determiners.contains(k) || verbFollows && verbs.contains(k)) {
      return true;
    }
    if (!k.isEmpty() && (Character.isDigit(k.charAt(0)) || "$£€¥".indexOf(k.charAt(0)) >= 0)) {
      return true;
    }
    return k.length() > 4 && (k.endsWith("ed") || k.endsWith("ing") || k.endsWith("ly"));
  }

  /** {@code verb} in the tense of {@code aux}: "did" → past, "does" → third person, "do" → as typed. */
  private String inflect(String verb, String aux, String subject) {
    String k = key(verb);
    List<String> forms = doSupport.asList();
    if (forms.size() >= 3 && aux.equals(forms.get(2))) {
      String past = pasts.get(k);
      return cased(past != null ? past : regularPast(k), verb);
    }
    if (forms.size() >= 2 && aux.equals(forms.get(1))) {
      String third = thirdPersons.get(k);
      return cased(third != null ? third : regularThird(k), verb);
    }
    return verb;
  }

  private static String regularPast(String v) {
    if (v.endsWith("e")) {
      return v + "d";
    }
    if (v.length() > 2 && v.endsWith("y") && !isVowel(v.charAt(v.length() - 2))) {
      return v.substring(0, v.length() - 1) + "ied";
    }
    if (v.length() >= 3 && v.length() <= 4 && cvc(v)) {
      return v + v.charAt(v.length() - 1) + "ed"; // "stop" → "stopped", "ship" → "shipped"
    }
    return v + "ed";
  }

  private static String regularThird(String v) {
    if (v.endsWith("s") || v.endsWith("sh") || v.endsWith("ch") || v.endsWith("x") || v.endsWith("z") || v.endsWith("o")) {
      return v + "es";
    }
    if (v.length() > 2 && v.endsWith("y") && !isVowel(v.charAt(v.length() - 2))) {
      return v.substring(0, v.length() - 1) + "ies";
    }
    return v + "s";
  }

  /** One syllable ending consonant, vowel, consonant (not w, x or y). */
  private static boolean cvc(String v) {
    int n = v.length();
    char last = v.charAt(n - 1);
    int vowels = 0;
    for (int i = 0; i < n; i++) {
      if (isVowel(v.charAt(i))) {
        vowels++;
      }
    }
    return vowels == 1 && !isVowel(last) && "wxy".indexOf(last) < 0 && isVowel(v.charAt(n - 2)) && !isVowel(v.charAt(n - 3));
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }

  /**
   * True when {@code text} is one word that opens a question and names nothing: an auxiliary or a
   * wh-word alone ("can", "why"), as "can lol?" leaves once its laughter is not said back.
   */
  boolean loneOpener(String text) {
    if (!enabled || text == null) {
      return false;
    }
    String t = text.strip();
    while (!t.isEmpty() && "?!.…？".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return !t.isEmpty() && t.indexOf(' ') < 0 && (isAuxiliary(t) || wh.containsKey(key(t)));
  }

  private boolean isAuxiliary(String word) {
    String k = key(word);
    return auxiliaries.contains(k) || negated.containsKey(k);
  }

  /** The word folded for lookup, without the punctuation around it ("I," → "i"). */
  private static String key(String word) {
    int s = 0;
    int e = word.length();
    while (s < e && !Character.isLetterOrDigit(word.charAt(s)) && "$£€¥".indexOf(word.charAt(s)) < 0) {
      s++;
    }
    while (e > s && !Character.isLetterOrDigit(word.charAt(e - 1))) {
      e--;
    }
    return CallerClauses.folded(word.substring(s, e));
  }

  /** {@code said} in capitals when {@code typed} opened with one and {@code said} is lower case. */
  private static String cased(String said, String typed) {
    if (typed.length() > 1 && Character.isUpperCase(typed.charAt(0)) && Character.isUpperCase(typed.charAt(1))
        && !said.isEmpty()) {
      return said.toUpperCase(Locale.ROOT);
    }
    return said;
  }
}
