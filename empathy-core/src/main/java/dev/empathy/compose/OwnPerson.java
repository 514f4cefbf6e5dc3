package dev.empathy.compose;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.empathy.Register;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

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
 * <p>A language that always says its subject ({@code person.subjects}: French "je", German "ich")
 * turns only the finite verb that goes with each subject, found by word order ({@link
 * #turnBySubject}): "je n’ai pas reçu ma commande" → "vous n’avez pas reçu votre commande",
 * "seit Tagen warte ich auf mein Paket" → "seit Tagen warten Sie auf Ihr Paket".
 *
 * <pre>{@code
 * OwnPerson es = OwnPerson.forLocale(Locale.forLanguageTag("es"));
 * es.turn("el cargo que no reconozco", Register.INFORMAL, clauses);   // "el cargo que no reconoces"
 * es.turn("me quedé sin internet", Register.FORMAL, clauses);         // "se quedó sin internet"
 * es.turn("la factura q me cobrasteis", Register.FORMAL, clauses);    // null: addresses the company
 * OwnPerson.forLocale(Locale.FRENCH).turn("j’ai pas reçu mon colis", Register.INFORMAL, fr);  // "tu n’as pas reçu ton colis"
 * OwnPerson.forLocale(Locale.GERMAN).turn("weil ich seit Tagen warte", Register.FORMAL, de);  // "weil Sie seit Tagen warten"
 * }</pre>
 */
final class OwnPerson {
  private static final Splitter LIST = Splitter.on(',').trimResults().omitEmptyStrings();
  private static final Map<String, OwnPerson> BY_LANGUAGE = new ConcurrentHashMap<>();

  /** One register's rules. */
  private record Rules(
      ImmutableMap<String, String> words, String[][] endings, ImmutableMap<String, String> reflexive, String subject,
      ImmutableMap<String, String> reflexiveInClause, ImmutableMap<String, String> fused, String[][] enclitics) {}

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
  /**
   * The first-person subject pronouns ({@code person.subjects}: French "je, j’", German "ich"); a
   * language with them turns only the finite verb that goes with each ({@link #turnBySubject}).
   */
  private final ImmutableSet<String> subjects;
  /** Words between a subject and its verb ({@code person.verbAfter.skip}: "ne", "me", "l’"). */
  private final ImmutableSet<String> skip;
  /** Words after which a clause keeps its verb last ({@code person.verbLast.after}: "weil", "dass", "die"). */
  private final ImmutableSet<String> verbLast;
  /** Words that start a new main clause ({@code person.clauseBreaks}: "und", "aber"). */
  private final ImmutableSet<String> clauseBreaks;
  /** Words after which a clause that opens with a verb shares the subject before ({@code person.sharedSubject}: "und warte"). */
  private final ImmutableSet<String> sharedSubject;
  /** True when a clause after a comma that opens with a lower-case verb shares the subject before ({@code person.sharedAfterComma}). */
  private final boolean sharedAfterComma;
  /** Verbs of the first person only that may open a clause and leave its subject unsaid ({@code person.droppedSubject}: "Hab 4 mal angerufen"). */
  private final ImmutableSet<String> droppedSubject;
  /** True when a subject not first in its clause follows its verb ({@code person.inversion}: "jetzt warte ich"). */
  private final boolean inversion;
  /** Negation words after a verb that call for {@code person.negation.insert} before it ("j’ai pas reçu"). */
  private final ImmutableSet<String> negations;
  /** Words that may stand between a verb and its negation word ("toujours pas"). */
  private final ImmutableSet<String> negationAdverbs;
  private final ImmutableSet<String> negators;
  private final String negationInsert;
  /** Elided forms before a vowel ({@code person.elide}: "ne=n’", "te=t’") and the letters that call for them. */
  private final ImmutableMap<String, String> elide;
  private final String elideBefore;
  /** Words typed without their accents and written with them once said in our words ({@code person.accents}: "nao=não"). */
  private final ImmutableMap<String, String> accents;
  /** Endings typed without their accent, written with it ({@code person.accents.endings}: "-cion" → "-ción"), longest first. */
  private final ImmutableList<Map.Entry<String, String>> accentEndings;
  /**
   * What the letters before an ending of {@link #accentEndings} must look like for the ending to be
   * accented ({@code person.accents.stem}): a word of the language, not typed junk ("aaoes" stays).
   */
  private final Pattern accentStem;
  /** The last letters of {@link #accentEndings}: a word ending otherwise is never looked up. */
  private final String accentEndingLasts;
  /** The longest determiner, subject or word read through that {@link #pastAccented} looks up whatever its ending. */
  private static final int SHORT_WORD = 7;
  /*
   * The tidying after dropped words. Each run of spaces is tried once, from its start ((?<!\s)) and
   * without giving spaces back (*+): "\s*,", tried at every space of a long run, read the rest of the
   * run each time, quadratic ("Pourriez-vous" and 100,000 spaces took minutes in RequestOfUsTest).
   */
  private static final Pattern COMMA_BEFORE_COMMA_OR_END = Pattern.compile("(?<!\\s)\\s*+,\\s*+(,|$)");
  private static final Pattern LEADING_COMMA = Pattern.compile("^\\s*+,");
  private static final Pattern SPACES = Pattern.compile("\\s{2,}+");
  private static final Pattern SPACES_BEFORE_COMMA = Pattern.compile("(?<!\\s)\\s++,");
  /**
   * Which (length, first letter) shapes the keys of {@link #accents} have: a word of another shape
   * is not looked up, so {@link #accented} copies no word it cannot change.
   */
  private final boolean[] accentShapes = new boolean[32 * 27];
  /** A third person's pasts ({@code person.accents.past}: "avisó"), by the form typed without the accent ("aviso"). */
  private final ImmutableMap<String, String> pasts;
  /** Words right after which such a form is the past ({@code person.accents.pastAfter}: "se"). */
  private final ImmutableSet<String> pastAfter;
  /**
   * Clitics ({@code person.accents.clitics}: "me", "te", "le") after which the pasts of {@code
   * person.accents.pastAfterClitic} are the past: "no te llego el correo" → "no te llegó", as no one
   * says "I arrive to you" of a mail ("te aviso", "te mando" are not listed: their present is common).
   */
  private final ImmutableSet<String> pastClitics;
  private final ImmutableSet<String> pastAfterClitic;
  /**
   * Question words typed without their accent that ask when they open a question, a clause that ends
   * with "?" ({@code person.accents.askedOpens}: "como te das de baja?" → "¿cómo te das de baja?"),
   * given the mark the language opens a question with ({@code person.accents.askedOpen}: "¿").
   */
  private final ImmutableSet<String> askedOpens;
  private final String askedOpen;
  /** Subjects after which such a form is the past ({@code person.accents.subjects}: "nadie"). */
  private final ImmutableSet<String> pastSubjects;
  /** Determiners whose noun is such a subject ({@code person.accents.determiners}: "el", "mi"). */
  private final ImmutableSet<String> pastDeterminers;
  /**
   * Words that stand between a determiner and its noun ({@code person.accents.beforeNoun}: "el doble
   * cargo", "el nuevo pedido"): the noun is still to come, so the word after one is no past.
   */
  private final ImmutableSet<String> beforeNoun;
  /** Words with which a customer speaks to the company ({@code person.addressed}: "vcs", "os"). */
  private final ImmutableSet<String> addressed;
  /** The quotation marks of this language ({@code quote.open}, {@code quote.close}). */
  private final String quoteOpen;
  /** The scripts a text in this language is written in ({@code person.scripts}), when words cannot tell it. */
  private final java.util.Set<Character.UnicodeScript> scripts;
  private final boolean quotesSummaries;
  private final String questionMark;
  private final String quoteClose;
  /**
   * Letters typed in place of a letter the keyboard lacked, inside a known stem, and the stem as
   * written ({@code person.typed.stems}: "kuend=künd", "rueck=rück"), longest first: each word
   * holding one is written whole wherever the stem stands ("Rueckerstattung", "gekuendigt").
   */
  private final String[][] typedStems;
  /** Forms typed without their accent or apostrophe and what they stand for ({@code person.typed}: "pague=pagué", "jai=j’ai"). */
  private final ImmutableMap<String, String> typed;
  /** Words after which a {@link #typed} form is unsure and kept ({@code person.typed.notAfter}: "que pague" may be a subjunctive). */
  private final ImmutableSet<String> typedNotAfter;
  /**
   * Per {@link #typed} form, the words after which it is another word and kept ({@code
   * person.typed.keptAfter.<form>}: "pis" is Québec's "et" but "tant pis" stays; "faut que" is "il
   * faut que" but "il faut", "il me faut" stay).
   */
  private final ImmutableMap<String, ImmutableSet<String>> typedKeptAfter;
  /**
   * The words before "que" that make the verb after it a subjunctive ({@code person.subjunctive.before}:
   * "il faut que je paye" → "il faut que vous payiez"), and per register the first person's
   * subjunctive turned, whole words then endings ({@code person.subjunctive.<register>}: "sois=soyez",
   * "e=iez").
   */
  private final ImmutableSet<String> subjunctiveBefore;
  private final String subjunctiveQue;
  private final ImmutableMap<String, String> subjunctiveFormal;
  private final ImmutableMap<String, String> subjunctiveInformal;
  /** Forms restored only right after a subject ({@code person.typed.afterSubject}: "on ma facturé" → "on m’a facturé"). */
  private final ImmutableMap<String, String> typedAfterSubject;
  private final ImmutableSet<String> typedSubjects;
  /** Words read through when looking back for {@link #typedNotAfter} ({@code person.typed.through}: "que me lo envie"). */
  private final ImmutableSet<String> typedThrough;
  /**
   * Forms typed without their accent that are the other word right before a question word ({@code
   * person.typed.beforeAsked}: "se=sé" in "no se qué hacer"), after a word of {@code
   * person.typed.beforeAsked.after} ("no", "ya"); the question words are {@code person.asked.words}.
   */
  private final ImmutableMap<String, String> typedBeforeAsked;
  private final ImmutableSet<String> typedBeforeAskedAfter;
  private final ImmutableSet<String> askedWords;
  /**
   * Question words typed without their accent ({@code person.accents.asked}: "que=qué", "donde=dónde")
   * written with it after a word that asks, negated ({@code person.accents.askedAfter}: "sé" after
   * a word of {@code person.accents.askedAfter.negators}: "no sé que hacer"), or, all but the first
   * pair's word ("que" may also say "that": "ya sé que es tarde"), after one of {@code
   * person.accents.askedAfter.notFirst} ("idea de cuándo"); a preposition of {@code
   * person.accents.askedThrough} may stand between ("no sé a quién").
   */
  private final ImmutableMap<String, String> accentsAsked;
  private final ImmutableSet<String> askedAfter;
  private final ImmutableSet<String> askedAfterNotFirst;
  private final ImmutableSet<String> askedThrough;
  private final ImmutableSet<String> askedNegators;
  /** The words {@link #asked} looks for: the forms of {@code person.typed.beforeAsked} and the words that ask. */
  private final List<String> askedTriggers;
  /** Endings of a first person's form after a turned subject ({@code person.subject.unturnedEndings}: "trabalho"). */
  private final List<String> subjectVerbEndings;
  private final String askedFirst;
  /**
   * Words a verb never follows ({@code person.nounAfter}: "el pago", "su pago"): the next word, when
   * the whole-word tables list it ("pago=paga"), is a noun and never turned.
   */
  private final ImmutableSet<String> nounAfter;
  /**
   * The customer speaking to the company, said from our side ({@link #towardUs}): the subjects
   * that address us ({@code addressee.subjects}: "ihr", "vous", "ustedes", "vocês"; {@code
   * addressee.subjects.asTyped}: "Sie", matched with its capital), what we say instead ({@code
   * addressee.we}: "wir", "nous"; empty where the verb says it: Spanish), their verbs turned
   * ({@code addressee.verbs}: "habt=haben", "avez=avons"; {@code addressee.endings}: "aron=amos",
   * "ez=ons"), endings that address us with no subject said ({@code addressee.alone}: "cobrasteis"),
   * and the customer's object pronoun where the reply's data does not restate it ({@code
   * addressee.object.formal} / {@code .informal}: "m’=vous").
   */
  private final ImmutableSet<String> addresseeSubjects;
  private final ImmutableSet<String> addresseeAsTyped;
  /** Words that keep a text that speaks to us as typed ({@code addressee.keepWith}: "êtes", "seid": a verdict on us is never ours). */
  private final ImmutableSet<String> addresseeKeep;
  /** Words between an addressing subject and its verb ({@code addressee.skip}, else {@code person.verbAfter.skip}: "me", "no"). */
  private final ImmutableSet<String> addresseeSkip;
  private final String addresseeWe;
  private final ImmutableMap<String, String> addresseeVerbs;
  private final String[][] addresseeEndings;
  private final String[][] addresseeAlone;
  private final ImmutableMap<String, String> addresseeObjectFormal;
  private final ImmutableMap<String, String> addresseeObjectInformal;
  /** The customer's words {@link CallerClauses#restateTurned} says in the reply's person ({@code restate.formal}: "mir", "ma"). */
  private final ImmutableSet<String> restatedWords;
  /**
   * The customer's family as we speak of it ({@code kin.formal} / {@code kin.informal}: Japanese
   * "夫=ご主人様", "母=お母様"), longest first, and the verbs said of them with respect ({@code
   * kin.verbs.formal}: "亡くなった=亡くなられた"); see {@link #honoured}.
   */
  private final String[][] kinFormal;
  private final String[][] kinInformal;
  private final String[][] kinVerbsFormal;
  private final String[][] kinVerbsInformal;
  /** Prefixes and suffixes that already honour a word ({@code kin.honoured}: "お", "ご", "様", "さん"): never doubled. */
  private final String kinHonoured;

  /** The customer's own words that show a text speaking to us is theirs ({@code addressee.customerWords}: "mir", "ma", "me"). */
  private final ImmutableSet<String> addresseeCustomerWords;

  /**
   * A request the customer makes of us ({@code request.starts}: "pourriez-vous", "könnten Sie"),
   * longest first, folded; the words left out of it ({@code request.drop}: "s’il vous plaît",
   * "bitte"), the verb it asks for: the first word past {@code request.verb.skip} ("me", "le"), or
   * the last before a comma where {@code request.verb.at} is {@code last}, ending as {@code
   * request.verb.endings} says ("-er", "-en"), a first word that makes it a reproach ({@code
   * request.notBefore}: "Können Sie nicht lesen?"), how the reply says it in each register ({@code request.said.formal} / {@code
   * .informal}: "vous nous demandez de", "Sie möchten, dass wir"), its elisions ({@code
   * request.elide}: "de=d’") and a sentence of courtesy after it ({@code request.courtesy}: "merci
   * d’avance"); see {@link #requested}.
   */
  private final List<String> requestStarts;
  private final List<String> requestDrop;
  private final ImmutableSet<String> requestNotBefore;
  private final List<String> requestVerbEndings;
  private final ImmutableSet<String> requestVerbSkip;
  private final boolean requestVerbLast;
  private final String requestSaidFormal;
  private final String requestSaidInformal;
  private final ImmutableMap<String, String> requestElide;
  private final ImmutableSet<String> requestCourtesy;
  /** Nouns typed with a hyphen whose parts are no address nor first person ({@code person.compounds}: "rendez-vous"). */
  private final ImmutableSet<String> compounds;

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
    this.subjects = folded(p.getProperty("person.subjects", "") + "," + String.join(",", formal.fused.keySet()));
    this.skip = folded(p.getProperty("person.verbAfter.skip", ""));
    this.verbLast = folded(p.getProperty("person.verbLast.after", ""));
    this.clauseBreaks = folded(p.getProperty("person.clauseBreaks", ""));
    this.sharedSubject = folded(p.getProperty("person.sharedSubject", ""));
    this.sharedAfterComma = Boolean.parseBoolean(p.getProperty("person.sharedAfterComma", "false").strip());
    this.droppedSubject = folded(p.getProperty("person.droppedSubject", ""));
    this.inversion = Boolean.parseBoolean(p.getProperty("person.inversion", "false").strip());
    this.negations = folded(p.getProperty("person.negation.words", ""));
    this.negationAdverbs = folded(p.getProperty("person.negation.adverbs", ""));
    this.negators = folded(p.getProperty("person.negation.markers", ""));
    this.negationInsert = p.getProperty("person.negation.insert", "").strip();
    this.elide = pairs(p, "person.elide", "person.elide");
    this.elideBefore = p.getProperty("person.elide.before", "").strip();
    this.accents = pairs(p, "person.accents", "person.accents");
    List<Map.Entry<String, String>> accentEnds = new ArrayList<>(pairs(p, "person.accents.endings", "person.accents.endings").entrySet());
    accentEnds.sort((a, b) -> b.getKey().length() - a.getKey().length());
    this.accentEndings = ImmutableList.copyOf(accentEnds);
    String stem = p.getProperty("person.accents.stem", "").strip();
    try {
      this.accentStem = stem.isEmpty() ? null : Pattern.compile(stem);
    } catch (java.util.regex.PatternSyntaxException e) {
      throw new IllegalStateException("clauses_" + locale.getLanguage() + ".properties: person.accents.stem is not a regular expression: " + e.getMessage(), e);
    }
    StringBuilder lasts = new StringBuilder();
    accentEnds.forEach(e -> lasts.append(e.getKey().charAt(e.getKey().length() - 1)));
    this.accentEndingLasts = lasts.toString();
    ImmutableMap.Builder<String, String> past = ImmutableMap.builder();
    for (String form : LIST.split(p.getProperty("person.accents.past", ""))) {
      past.put(fold(unaccented(form)), form);
    }
    this.pasts = past.buildKeepingLast();
    for (String key : accents.keySet()) {
      accentShapes[shape(key, 0, key.length())] = true;
    }
    for (String word : LIST.split(p.getProperty("person.accents.determiners", "") + "," + p.getProperty("person.accents.subjects", "")
        + "," + p.getProperty("person.typed.through", "") + "," + p.getProperty("person.accents.pastAfter", ""))) {
      if (word.length() > SHORT_WORD) {
        throw new IllegalStateException("clauses_" + locale.getLanguage() + ".properties: \"" + word
            + "\" is longer than the " + SHORT_WORD + " letters a determiner, subject or word read through may have");
      }
    }
    this.pastAfter = folded(p.getProperty("person.accents.pastAfter", ""));
    this.pastClitics = folded(p.getProperty("person.accents.clitics", ""));
    this.pastAfterClitic = ImmutableSet.copyOf(LIST.split(p.getProperty("person.accents.pastAfterClitic", "")));
    this.askedOpens = folded(p.getProperty("person.accents.askedOpens", ""));
    this.askedOpen = p.getProperty("person.accents.askedOpen", "").strip();
    this.pastSubjects = folded(p.getProperty("person.accents.subjects", ""));
    this.pastDeterminers = folded(p.getProperty("person.accents.determiners", ""));
    this.beforeNoun = folded(p.getProperty("person.accents.beforeNoun", ""));
    this.addressed = folded(p.getProperty("person.addressed", ""));
    this.typed = pairs(p, "person.typed", "person.typed");
    this.typedStems = endings(pairs(p, "person.typed.stems", "person.typed.stems"));
    this.typedNotAfter = folded(p.getProperty("person.typed.notAfter", ""));
    ImmutableMap.Builder<String, ImmutableSet<String>> keptAfter = ImmutableMap.builder();
    for (String name : p.stringPropertyNames()) {
      if (name.startsWith("person.typed.keptAfter.")) {
        keptAfter.put(fold(name.substring("person.typed.keptAfter.".length())), folded(p.getProperty(name)));
      }
    }
    this.typedKeptAfter = keptAfter.buildKeepingLast();
    this.subjunctiveBefore = folded(p.getProperty("person.subjunctive.before", ""));
    this.subjunctiveQue = fold(p.getProperty("person.subjunctive.que", "").strip());
    this.subjunctiveFormal = pairs(p, "person.subjunctive.formal", "person.subjunctive.formal");
    this.subjunctiveInformal = pairs(p, "person.subjunctive.informal", "person.subjunctive.informal");
    this.typedAfterSubject = pairs(p, "person.typed.afterSubject", "person.typed.afterSubject");
    this.typedSubjects = folded(p.getProperty("person.typed.subjects", ""));
    this.nounAfter = folded(p.getProperty("person.nounAfter", ""));
    this.typedThrough = folded(p.getProperty("person.typed.through", ""));
    this.typedBeforeAsked = pairs(p, "person.typed.beforeAsked", "person.typed.beforeAsked");
    this.typedBeforeAskedAfter = folded(p.getProperty("person.typed.beforeAsked.after", ""));
    this.askedWords = folded(p.getProperty("person.asked.words", ""));
    this.accentsAsked = pairs(p, "person.accents.asked", "person.accents.asked");
    this.askedFirst = accentsAsked.isEmpty() ? "" : accentsAsked.keySet().iterator().next();
    this.askedAfter = folded(p.getProperty("person.accents.askedAfter", ""));
    this.askedAfterNotFirst = folded(p.getProperty("person.accents.askedAfter.notFirst", ""));
    this.askedThrough = folded(p.getProperty("person.accents.askedThrough", ""));
    this.askedNegators = folded(p.getProperty("person.accents.askedAfter.negators", ""));
    java.util.Set<String> triggers = new java.util.LinkedHashSet<>(typedBeforeAsked.keySet());
    triggers.addAll(askedAfter);
    triggers.addAll(askedAfterNotFirst);
    this.askedTriggers = List.copyOf(triggers);
    this.subjectVerbEndings = List.copyOf(folded(p.getProperty("person.subject.unturnedEndings", "")));
    java.util.EnumSet<Character.UnicodeScript> sc = java.util.EnumSet.noneOf(Character.UnicodeScript.class);
    LIST.split(p.getProperty("person.scripts", "")).forEach(name -> sc.add(Character.UnicodeScript.forName(name)));
    this.scripts = java.util.Collections.unmodifiableSet(sc);
    this.quotesSummaries = p.getProperty("summary.quoted", "").strip().equals("always");
    this.questionMark = p.getProperty("quote.questionMark", "?");
    this.quoteOpen = p.getProperty("quote.open", "\"");
    this.quoteClose = p.getProperty("quote.close", "\"");
    this.addresseeSubjects = folded(p.getProperty("addressee.subjects", ""));
    this.addresseeAsTyped = ImmutableSet.copyOf(LIST.splitToList(p.getProperty("addressee.subjects.asTyped", "")));
    this.addresseeWe = p.getProperty("addressee.we", "").strip();
    this.addresseeKeep = folded(p.getProperty("addressee.keepWith", ""));
    this.addresseeCustomerWords = folded(p.getProperty("addressee.customerWords", ""));
    this.kinFormal = endings(pairs(p, "kin.formal", "kin.formal"));
    this.kinInformal = endings(pairs(p, "kin.informal", "kin.formal"));
    this.kinVerbsFormal = endings(pairs(p, "kin.verbs.formal", "kin.verbs.formal"));
    this.kinVerbsInformal = endings(pairs(p, "kin.verbs.informal", "kin.verbs.informal"));
    this.kinHonoured = p.getProperty("kin.honoured", "").replace(",", "").replace(" ", "");
    this.addresseeSkip = folded(p.getProperty("addressee.skip", p.getProperty("person.verbAfter.skip", "")));
    this.addresseeVerbs = pairs(p, "addressee.verbs", "addressee.verbs");
    this.addresseeEndings = endings(pairs(p, "addressee.endings", "addressee.endings"));
    this.addresseeAlone = endings(pairs(p, "addressee.alone", "addressee.alone"));
    this.addresseeObjectFormal = pairs(p, "addressee.object.formal", "addressee.object.formal");
    this.addresseeObjectInformal = pairs(p, "addressee.object.informal", "addressee.object.informal");
    this.restatedWords = ImmutableSet.<String>builder().addAll(pairs(p, "restate.formal", "restate").keySet())
        .addAll(pairs(p, "restate.informal", "restate").keySet()).build();
    this.requestStarts = longestFirst(folded(p.getProperty("request.starts", "")));
    this.requestDrop = longestFirst(folded(p.getProperty("request.drop", "")));
    this.requestNotBefore = folded(p.getProperty("request.notBefore", ""));
    this.requestVerbEndings = List.copyOf(folded(p.getProperty("request.verb.endings", "")));
    this.requestVerbSkip = folded(p.getProperty("request.verb.skip", ""));
    this.requestVerbLast = p.getProperty("request.verb.at", "first").strip().equals("last");
    this.requestSaidFormal = p.getProperty("request.said.formal", "").strip();
    this.requestSaidInformal = p.getProperty("request.said.informal", this.requestSaidFormal).strip();
    this.requestElide = pairs(p, "request.elide", "request.elide");
    this.requestCourtesy = folded(p.getProperty("request.courtesy", ""));
    this.compounds = folded(p.getProperty("person.compounds", ""));
  }

  /** Pairs of endings, the longest first ("ieron=imos" before "on=…"). */
  private static String[][] endings(ImmutableMap<String, String> pairs) {
    List<String[]> out = new ArrayList<>();
    pairs.forEach((k, v) -> out.add(new String[] {k, v}));
    out.sort((a, b) -> b[0].length() - a[0].length());
    return out.toArray(new String[0][]);
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
    WordWalk words = new WordWalk(text);
    while (words.next()) {
      for (int i = words.start(); i < words.end(); i++) {
        char c = Character.toLowerCase(text.charAt(i));
        if (Character.isLetter(c) && (c < 'a' || c > 'z') && !letters.isEmpty() && letters.indexOf(c) < 0) {
          return false;
        }
      }
      String word = fold(words.word());
      anchored |= languageWords.contains(word);
      foreign |= foreignWords.contains(word);
    }
    return anchored || !foreign;
  }

  /**
   * True when {@code text} reads as another language than this one: one of its words is a word of
   * {@code person.foreignWords} and none a word of {@code person.languageWords} ("the refund", "my
   * order never arrived" in a Spanish reply; "el refund" is Spanish with a borrowed word). A name or
   * a brand alone ("Netflix") reads as no language, and a language without the data finds none. A
   * language written in its own script ({@code person.scripts}: Japanese) reads a text with one
   * letter of it as its own ("the refundの件" is Japanese with a borrowed phrase). A word typed in
   * lower case with a letter the language never writes ({@code person.letters}: "cobranças" in a
   * Spanish reply) is another language's too.
   */
  boolean inOtherLanguage(String text) {
    if (text == null || languageWords.isEmpty() && scripts.isEmpty()) {
      return false;
    }
    // A language told by its script ({@code person.scripts}: Japanese): one letter of it is enough.
    for (int i = 0; !scripts.isEmpty() && i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.isLetter(cp) && scripts.contains(Character.UnicodeScript.of(cp))) {
        return false;
      }
      i += Character.charCount(cp);
    }
    if (!letters.isEmpty()) {
      // "las novedades sobre as duas cobranças": a word typed in lower case with a letter this
      // language never writes is another language's, whatever words of ours stand around it (a
      // name keeps its own letters: "la tienda de São Paulo").
      WordWalk words = new WordWalk(text);
      while (words.next()) {
        if (Character.isLowerCase(text.charAt(words.start())) && foreignLetter(text, words.start(), words.end())) {
          return true;
        }
      }
    }
    boolean foreign = false;
    WordWalk words = new WordWalk(text);
    while (words.next()) {
      String word = fold(words.word());
      if (languageWords.contains(word)) {
        return false;
      }
      foreign |= foreignWords.contains(word);
    }
    return foreign;
  }

  /** True when {@code text}[start, end) holds a letter beyond a–z that {@code person.letters} does not list. */
  private boolean foreignLetter(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = Character.toLowerCase(text.charAt(i));
      if (Character.isLetter(c) && (c < 'a' || c > 'z') && letters.indexOf(c) < 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code text} with the forms a customer typed without their accent or apostrophe written whole
   * ({@code person.typed}: "pague dos veces" → "pagué dos veces", "jai payé" → "j’ai payé"; after a
   * subject only, {@code person.typed.afterSubject}: "on ma facturé" → "on m’a facturé"), the
   * words of {@code person.accents} written with their accents ("el tecnico" → "el técnico") and a
   * third person's past where only the past can stand ("nadie aviso" → "nadie avisó"), so the
   * text is turned and said back as the customer meant it. A form after a word of {@code
   * person.typed.notAfter} ("que pague": a subjunctive as likely) is unsure and kept as typed. The
   * same text when there is nothing to restore; null for null.
   */
  String restored(String text) {
    String out = pastAccented(accented(opensQuestion(asked(stemmed(typedForms(text))))));
    // "the parcel went to my neighbour's cat" is never "went tô" in a Portuguese reply: only a text
    // of this language is restored (read only when something would change: most texts have nothing).
    return out == text || languageWords.isEmpty() || inLanguage(text) ? out : text;
  }

  /**
   * An agent's note ({@code actions}, {@code followUp}) with the words {@code person.accents} lists
   * written with their accents and a third person's past where only the past can stand ("he hecho
   * la devolucion del envio" → "he hecho la devolución del envío", "atualizei o endereco" →
   * "atualizei o endereço", "el pedido llego ayer" → "el pedido llegó ayer"), and umlauts typed
   * as two letters written whole by the data a summary is read with ({@code person.typed.stems}:
   * "Vertrag gekuendigt" → "Vertrag gekündigt"). Unlike {@link #restored}, no first-person form is written whole: "envie el formulario" may be the formal
   * imperative. The same text when there is nothing to restore or it is not this language's.
   */
  String accentedNote(String text) {
    String out = stemmed(pastAccented(accented(text)));
    return out == text || languageWords.isEmpty() || inLanguage(text) ? out : text;
  }

  /**
   * {@code text} with a form typed without its accent before a question word written whole ({@code
   * person.typed.beforeAsked}: "no se qué hacer" → "no sé qué hacer") and a question word after a
   * word that asks written with its accent ({@code person.accents.asked}: "no sé que hacer" → "no sé
   * qué hacer", "idea de cuando viene" → "idea de cuándo viene"). Only words in one clause: a
   * comma or any other mark between breaks the link. The same text when there is none.
   */
  private String asked(String text) {
    if (text == null || typedBeforeAsked.isEmpty() && accentsAsked.isEmpty() || !mayAsk(text)) {
      return text;
    }
    List<int[]> spans = new ArrayList<>();
    WordWalk walk = new WordWalk(text);
    while (walk.next()) {
      spans.add(new int[] {walk.start(), walk.end()});
    }
    int m = spans.size();
    String[] words = new String[m];
    String[] to = new String[m];
    for (int w = 0; w < m; w++) {
      words[w] = fold(text.substring(spans.get(w)[0], spans.get(w)[1]));
    }
    boolean any = false;
    for (int w = 0; w < m; w++) {
      String form = typedBeforeAsked.get(words[w]);
      if (form != null && w > 0 && w + 1 < m && typedBeforeAskedAfter.contains(words[w - 1]) && joined(text, spans, w - 1)
          && askedWords.contains(words[w + 1]) && joined(text, spans, w)) {
        to[w] = form; // "no se qué hacer": "se" before a question word is the verb "sé"
        words[w] = fold(form);
        any = true;
      }
      String accented = accentsAsked.get(words[w]);
      if (accented == null || w == 0) {
        continue;
      }
      int a = w - 1;
      if (a > 0 && askedThrough.contains(words[a]) && joined(text, spans, a)) {
        a--; // "no sé a quién", "idea de cuándo"
      }
      boolean negated = a > 0 && askedNegators.contains(words[a - 1]) && joined(text, spans, a - 1);
      if (joined(text, spans, a) && (negated && askedAfter.contains(words[a])
          || (askedAfter.contains(words[a]) || askedAfterNotFirst.contains(words[a])) && !words[w].equals(askedFirst))) {
        to[w] = accented;
        any = true;
      }
    }
    if (!any) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 4);
    int copied = 0;
    for (int w = 0; w < m; w++) {
      if (to[w] == null) {
        continue;
      }
      int start = spans.get(w)[0];
      String word = to[w];
      if (Character.isUpperCase(text.charAt(start))) {
        word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
      }
      out.append(text, copied, start).append(word);
      copied = spans.get(w)[1];
    }
    return out.append(text, copied, text.length()).toString();
  }

  /**
   * {@code text} with a question word of {@code person.accents.askedOpens} that opens a question
   * (at the text's start or after a sentence's end, its clause ending with "?") written with its
   * accent, and the question opened with {@code person.accents.askedOpen} when it was not: "como te
   * das de baja?" → "¿cómo te das de baja?". The same text when there is none.
   */
  private String opensQuestion(String text) {
    if (text == null || askedOpens.isEmpty() || text.indexOf('?') < 0) {
      return text;
    }
    StringBuilder out = null;
    int copied = 0;
    WordWalk words = new WordWalk(text);
    int searchFrom = 0;
    while (words.next()) {
      int start = words.start();
      if (start < searchFrom) {
        continue;
      }
      // Only a clause's first word: nothing but spaces and "¿" after the text's start or a sentence's end.
      int b = start - 1;
      boolean opened = false;
      while (b >= 0 && (text.charAt(b) == ' ' || text.charAt(b) == '¿')) {
        opened |= text.charAt(b) == '¿';
        b--;
      }
      if (b >= 0 && ".!?\n".indexOf(text.charAt(b)) < 0) {
        continue;
      }
      int end = start;
      while (end < text.length() && ".!?\n".indexOf(text.charAt(end)) < 0) {
        end++;
      }
      searchFrom = end;
      String to = accentsAsked.get(fold(words.word()));
      if (to == null || end == text.length() || text.charAt(end) != '?' || !askedOpens.contains(fold(words.word()))) {
        continue;
      }
      out = out == null ? new StringBuilder(text.length() + 4) : out;
      out.append(text, copied, start);
      if (!opened) {
        out.append(askedOpen);
      }
      out.append(Character.isUpperCase(text.charAt(start)) ? Character.toUpperCase(to.charAt(0)) + to.substring(1) : to);
      copied = words.end();
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  private static boolean endsWithAny(String word, List<String> endings) {
    for (String e : endings) {
      if (word.length() > e.length() + 1 && word.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  /** False when no word that {@link #asked} reads after or restores is in {@code text}: nothing to read. */
  private boolean mayAsk(String text) {
    for (String w : askedTriggers) {
      if (text.regionMatches(true, 0, w, 0, w.length()) || indexOfIgnoringCase(text, w) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static int indexOfIgnoringCase(String text, String w) {
    for (int i = 0; i + w.length() <= text.length(); i++) {
      if (text.regionMatches(true, i, w, 0, w.length())) {
        return i;
      }
    }
    return -1;
  }

  /** True when only spaces stand between word {@code w} and the next one of {@code spans}. */
  private static boolean joined(String text, List<int[]> spans, int w) {
    for (int i = spans.get(w)[1]; i < spans.get(w + 1)[0]; i++) {
      if (text.charAt(i) != ' ') {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code text} with each word that holds a stem of {@code person.typed.stems} written with the
   * stem's letters ("die rueckerstattung fuer die Kopfhoerer" → "die rückerstattung für die
   * Kopfhörer"); a capital stays a capital. A word no stem is in, a name ("Mueller") or an English
   * word ("queue"), is kept as typed. The same text when there is nothing to write.
   */
  private String stemmed(String text) {
    if (typedStems.length == 0 || text == null) {
      return text;
    }
    StringBuilder out = null;
    int copied = 0;
    WordWalk words = new WordWalk(text);
    while (words.next()) {
      int start = words.start();
      int end = words.end();
      if (!stemLetters(text, start, end)) {
        continue; // most words: none of the stems' letters, read without a copy
      }
      String word = text.substring(start, end);
      String lower = word.toLowerCase(locale);
      boolean changed = false;
      for (String[] stem : typedStems) {
        int at = lower.indexOf(stem[0]);
        if (at < 0 || lower.length() != word.length()) {
          continue;
        }
        String to = !Character.isUpperCase(word.charAt(at)) ? stem[1]
            : at + 1 < word.length() && Character.isUpperCase(word.charAt(at + 1)) ? stem[1].toUpperCase(locale)
            : Character.toUpperCase(stem[1].charAt(0)) + stem[1].substring(1);
        word = word.substring(0, at) + to + word.substring(at + stem[0].length());
        lower = word.toLowerCase(locale);
        changed = true;
      }
      if (changed) {
        out = out == null ? new StringBuilder(text.length()) : out;
        out.append(text, copied, start).append(word);
        copied = end;
      }
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  /**
   * {@code text} with a third person's past typed without its accent written whole ({@code
   * person.accents.past}: "nadie aviso" → "nadie avisó", "el pedido llego roto" → "el pedido llegó
   * roto", "mi vuelo se cancelo" → "mi vuelo se canceló"): only right after a word of {@code
   * person.accents.pastAfter} ("se"), or after a subject, a word of {@code person.accents.subjects}
   * ("nadie") or a determiner of {@code person.accents.determiners} and its noun, with only words of
   * {@code person.typed.through} between ("el técnico me dejo" → "me dejó"): there no first person's
   * present ("le aviso", "me quedo") can stand. The same text when there is none.
   */
  private String pastAccented(String text) {
    if (pasts.isEmpty() || text == null) {
      return text;
    }
    StringBuilder out = null;
    int copied = 0;
    String previous = null;
    boolean determiner = false;
    boolean subject = false;
    WordWalk words = new WordWalk(text);
    while (words.next()) {
      // Only a short word (a determiner, a subject, "se", "no") or one ending in "o" is looked up:
      // any other is a noun or verb that only closes what opened before it, read without a copy.
      int length = words.end() - words.start();
      char last = text.charAt(words.end() - 1);
      String word = length <= SHORT_WORD || last == 'o' || last == 'O' ? fold(words.word()) : null;
      String to = word == null ? null : pasts.get(word);
      if (to != null && (subject || previous != null && (pastAfter.contains(previous)
          || pastClitics.contains(previous) && pastAfterClitic.contains(to)))) {
        int start = words.start();
        if (Character.isUpperCase(text.charAt(start))) {
          to = Character.toUpperCase(to.charAt(0)) + to.substring(1);
        }
        out = out == null ? new StringBuilder(text.length() + 4) : out;
        out.append(text, copied, start).append(to);
        copied = words.end();
      }
      // "el pedido" and "nadie" open a subject that words of person.typed.through ("me", "no") keep open.
      boolean isDeterminer = word != null && pastDeterminers.contains(word);
      boolean through = word != null && typedThrough.contains(word);
      // "el doble cargo": "doble" is not the noun yet; "cargo" is, and no past.
      boolean modifier = word != null && determiner && beforeNoun.contains(word);
      subject = word != null && pastSubjects.contains(word) || determiner && !isDeterminer && !through && !modifier || subject && through;
      determiner = isDeterminer || modifier;
      previous = word;
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  /** True when {@code text}[start, end) holds a vowel then "e", or "ss": the letters a typed stem stands for. */
  private static boolean stemLetters(String text, int start, int end) {
    for (int i = start + 1; i < end; i++) {
      char c = Character.toLowerCase(text.charAt(i));
      char b = Character.toLowerCase(text.charAt(i - 1));
      if (c == 'e' && (b == 'a' || b == 'o' || b == 'u') || c == 's' && b == 's') {
        return true;
      }
    }
    return false;
  }

  /** {@code text} with the forms of {@code person.typed} written whole (see {@link #restored}). */
  private String typedForms(String text) {
    if (text == null || typed.isEmpty() && typedAfterSubject.isEmpty()) {
      return text;
    }
    StringBuilder out = null;
    int copied = 0;
    String previous = null;
    WordWalk words = new WordWalk(text);
    while (words.next()) {
      String word = fold(words.word());
      String to = previous != null && typedSubjects.contains(previous) ? typedAfterSubject.get(word) : null;
      if (to == null && (previous == null || !typedNotAfter.contains(previous))) {
        to = typed.get(word);
      }
      if (to != null && previous != null && typedKeptAfter.containsKey(word) && typedKeptAfter.get(word).contains(previous)) {
        to = null; // "tant pis", "il faut": the form is another word there
      }
      if (!typedThrough.contains(word) || previous == null) {
        previous = word;
      }
      if (to == null) {
        continue;
      }
      int start = words.start();
      if (Character.isUpperCase(text.charAt(start))) {
        to = Character.toUpperCase(to.charAt(0)) + to.substring(1);
      }
      out = out == null ? new StringBuilder(text.length() + 8) : out;
      out.append(text, copied, start).append(to);
      copied = words.end();
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  /**
   * {@code text} in this language's quotation marks ({@code quote.open}, {@code quote.close}; a
   * narrow space inside them in the data is kept, as French writes « ainsi »), without its full stop
   * or shouting and with one question mark if it asks: "my order never arrived!!" → «my order
   * never arrived», "did it go through twice??" → «did it go through twice?».
   */
  String quoted(String text) {
    String t = text.strip();
    int end = t.length();
    boolean asked = false;
    while (end > 0 && ".!?…。！？".indexOf(t.charAt(end - 1)) >= 0) {
      asked |= t.charAt(end - 1) == '?' || t.charAt(end - 1) == '？';
      end--;
    }
    // A question keeps one mark ("did the charge go through twice?"); a full stop or shouting goes.
    return quoteOpen + t.substring(0, end) + (asked ? questionMark : "") + quoteClose;
  }

  /** True when the language quotes every summary as the customer's words ({@code summary.quoted = always}: Japanese). */
  boolean quotesSummaries() {
    return quotesSummaries;
  }

  private Rules rules(Properties p, String register) {
    ImmutableMap<String, String> words = pairs(p, "person." + register, "person");
    List<String[]> endings = new ArrayList<>();
    pairs(p, "person.endings." + register, "person.endings").forEach((k, v) -> endings.add(new String[] {k, v}));
    // The longest ending first: "gué" before "é".
    endings.sort((a, b) -> b[0].length() - a[0].length());
    return new Rules(words, endings.toArray(new String[0][]), pairs(p, "person.reflexive." + register, "person.reflexive"),
        p.getProperty("person.subject." + register, p.getProperty("person.subject", "")).strip(),
        pairs(p, "person.reflexiveInClause." + register, "person.reflexiveInClause"),
        pairs(p, "person.fused." + register, "person.fused"),
        endings(pairs(p, "person.enclitics." + register, "person.enclitics")));
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

  /**
   * These rules as the language writes them with the customer's subject: the same rules where the
   * subject is said; the language's where a country drops it ({@code person.subject.droppedIn}).
   */
  OwnPerson withItsSubject() {
    return forLocale(locale);
  }

  static OwnPerson forLocale(Locale locale) {
    String country = locale.getCountry();
    if (!country.isEmpty()) {
      // pt-PT: Portugal's agents say the customer's verb alone ("está sem internet"), never "você".
      Properties p = ClauseData.of(locale.getLanguage());
      if (LIST.splitToList(p.getProperty("person.subject.droppedIn", "")).contains(country)) {
        return BY_LANGUAGE.computeIfAbsent(locale.getLanguage() + "_" + country, k -> {
          Properties q = new Properties();
          q.putAll(p);
          for (String key : p.stringPropertyNames()) {
            if (key.equals("person.subject") || key.startsWith("person.subject.formal") || key.startsWith("person.subject.informal")) {
              q.setProperty(key, "");
            }
          }
          return new OwnPerson(Locale.forLanguageTag(locale.getLanguage()), q);
        });
      }
    }
    return BY_LANGUAGE.computeIfAbsent(locale.getLanguage(), OwnPerson::load);
  }

  private static OwnPerson load(String language) {
    Properties p = ClauseData.of(language);
    return new OwnPerson(Locale.forLanguageTag(language), p);
  }

  /** The (length, first letter) shape of {@code text[start, end)}: an index into {@link #accentShapes}. */
  private static int shape(String text, int start, int end) {
    char c = Character.toLowerCase(text.charAt(start));
    return Math.min(end - start, 31) * 27 + (c >= 'a' && c <= 'z' ? c - 'a' : 26);
  }

  /** {@code word} without the acute accents of its vowels ("avisó" → "aviso"). */
  private static String unaccented(String word) {
    StringBuilder b = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      int k = "áéíóúÁÉÍÓÚ".indexOf(c);
      b.append(k < 0 ? c : "aeiouAEIOU".charAt(k));
    }
    return b.toString();
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
    String asked = requested(text, register, clauses);
    if (asked != null) {
      return asked; // "pourriez-vous mettre à jour mon adresse ?" → "vous nous demandez de mettre à jour votre adresse"
    }
    String toUs = towardUs(text, register, clauses);
    if (toUs != null) {
      return toUs; // "Ihr habt mir 2x abgebucht" → "wir haben Ihnen 2x abgebucht"
    }
    String kin = honoured(text, register);
    if (kin != null) {
      return kin; // "亡くなった夫の契約" → "亡くなられたご主人様の契約"
    }
    String we = text == null || !inLanguage(text) ? null : CustomerWe.forLocale(locale).turn(text, register);
    if (we != null) {
      return we; // "wir wohnen im 5. Stock" → "Sie wohnen im 5. Stock"; "Ihr Kundenservice hat mir…" → "unser Kundenservice hat Ihnen…"
    }
    if (text == null || r.words.isEmpty() && r.endings.length == 0 || !inLanguage(text) || !anchored(text)) {
      return null;
    }
    if (!subjects.isEmpty()) {
      return turnBySubject(text, r, clauses);
    }
    // Read the words: which turn, which block.
    int n = text.length();
    List<int[]> spans = new ArrayList<>();
    List<String> turned = new ArrayList<>();
    boolean any = false;
    WordWalk words = new WordWalk(text);
    String previous = null;
    boolean afterSubject = false;
    while (words.next()) {
      int start = words.start();
      int i = words.end();
      String word = fold(words.word());
      // "hice el pago": after an article or a possessive the word is a noun, never "el paga".
      boolean afterDeterminer = previous != null && nounAfter.contains(previous);
      // "miedo de quedarme": an infinitive's own clitic is the customer's, and an infinitive is no
      // noun after "de" (person.enclitics: "arme=arte").
      String enclitic = never.contains(word) ? null : ending(r.enclitics, word);
      boolean noun = enclitic == null && afterDeterminer && r.words.containsKey(word);
      previous = word;
      String to = enclitic != null ? enclitic : noun ? null : verb(r, word);
      // "o motoboy disse que entregou": a form the same in both persons ("disse=disse") is the
      // customer's only right after their own subject ("eu disse"); elsewhere it is someone else's.
      boolean theirs = to != null && !r.subject.isEmpty() && fold(to).equals(word) && !afterSubject;
      afterSubject = to != null && !r.subject.isEmpty() && fold(to).equals(fold(r.subject))
          || afterSubject && to == null && subjectBefore.contains(word);
      if (theirs) {
        to = null;
      }
      if (afterDeterminer && to != null && enclitic == null) {
        return null; // "al aaaé" (a jqwik draw): a word there that only ends like a first person is unsure, never half restated
      }
      if (to != null) {
        any = true;
      } else if (!noun && !theirs && keeps(word)) {
        return null; // a first person or an address the rules cannot turn: never half restated
      }
      spans.add(new int[] {start, i});
      turned.add(to);
    }
    if (!any) {
      return null;
    }
    if (!r.subject.isEmpty()) {
      // "e eu trabalho de casa": a subject turned ("eu" → "você") before a first person's form the
      // data does not know ({@code person.subject.unturnedEndings}: "-o") would be left half
      // restated ("você trabalho"): the text is kept as the customer's words. "eu tinha" is both persons'.
      for (int w = 0; w < spans.size(); w++) {
        String to = turned.get(w);
        if (to == null || !fold(to).equals(fold(r.subject))) {
          continue;
        }
        int v = w + 1;
        while (v < spans.size() && turned.get(v) == null && subjectBefore.contains(wordAt(text, spans.get(v)))) {
          v++;
        }
        // "eu no recebi": a first person the rules know, read as a noun after "no", is no less the
        // subject's verb; turning the subject alone would leave "você no recebi".
        if (v < spans.size() && turned.get(v) == null
            && (endsWithAny(wordAt(text, spans.get(v)), subjectVerbEndings) || r.words.containsKey(fold(wordAt(text, spans.get(v)))))) {
          return null;
        }
        // "no recebi eu" (CI draw, session 22, seed 3689653678080109753), "no recebi yo yo yo yo eu"
        // (session 24, seed -3635296164858653905): a first person the rules know, left as a noun
        // anywhere beside the turned subject, would be left half restated.
        for (int k = 0; k < spans.size(); k++) {
          if (k != w && turned.get(k) == null && r.words.containsKey(fold(wordAt(text, spans.get(k))))) {
            return null;
          }
        }
      }
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
    List<Integer> lowerLater = null;
    for (int w = 0; w < spans.size(); w++) {
      int[] span = spans.get(w);
      if (subjectBeforeWord[w]) {
        out.append(text, copied, span[0]);
        // "… nunca contratei. Vou acionar o Procon": a later sentence still opens with a capital.
        out.append(span[0] > 0 && sentenceStart(text, span[0]) ? capitalised(r.subject) : r.subject).append(' ');
        copied = span[0];
        if (span[0] == 0) {
          lowerAt = out.length(); // "Não recebi…" → "você não recebeu…"
        } else if (sentenceStart(text, span[0])) {
          lowerLater = lowerLater == null ? new ArrayList<>(1) : lowerLater;
          lowerLater.add(out.length()); // ". Não recebi" → ". Você não recebeu"
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
        // "… sin aviso. Voy a hacer la denuncia": a word turned at a later sentence's start keeps its capital.
        boolean capital = span[0] > 0 && !subjectBeforeWord[w] && sentenceStart(text, span[0]) && Character.isUpperCase(text.charAt(span[0]));
        out.append(capital ? capitalised(to) : to);
        copied = span[1];
      }
    }
    out.append(text, copied, n);
    if (lowerAt >= 0 && lowerAt < out.length()) {
      out.setCharAt(lowerAt, Character.toLowerCase(out.charAt(lowerAt)));
    }
    if (lowerLater != null) {
      for (int at : lowerLater) {
        if (at < out.length()) {
          out.setCharAt(at, Character.toLowerCase(out.charAt(at)));
        }
      }
    }
    // A turned word is written in lower case, as a restated one is: the composer capitalises a
    // sentence start where it places the text.
    String result = clauses.restateTurned(accented(out.toString()));
    return result.isBlank() ? null : result; // "yo" alone says nothing back
  }

  /**
   * True when {@code text} speaks to the company in a way {@link #towardUs} says from our side
   * ("vous m’avez prélevé deux fois"): its "vous" is us, not a register the reply should warn about.
   */
  boolean speaksToUs(String text, Register register, CallerClauses clauses) {
    return towardUs(text, register, clauses) != null || requested(text, register, clauses) != null;
  }

  /**
   * {@code text} in which the customer asks us to do something, said as what they ask: a sentence
   * that opens with a request of {@code request.starts} is answered, never turned into our own
   * question ("Pourriez-vous mettre à jour mon adresse de livraison svp ?" → "vous nous demandez de
   * mettre à jour votre adresse de livraison", "Könnten Sie mir eine Kopie schicken?" → "Sie
   * möchten, dass wir Ihnen eine Kopie schicken"); the words of {@code request.drop} go, the
   * customer's own words in it and the sentences around it are turned as usual ("… ? J’ai besoin de
   * déplacer mon rendez-vous" → "… . Vous avez besoin de déplacer votre rendez-vous"), and a
   * sentence of courtesy after it ("Merci d’avance") is left out. Null when no sentence opens with
   * a request, when the word after the opening asks nothing ("vous pouvez pas savoir"), or when a
   * part keeps a first person or an address these rules cannot turn: never half turned.
   */
  private String requested(String text, Register register, CallerClauses clauses) {
    String said = register == Register.INFORMAL ? requestSaidInformal : requestSaidFormal;
    if (text == null || requestStarts.isEmpty() || said.isEmpty()) {
      return null;
    }
    String folded = fold(text);
    int at = -1;
    String head = null;
    for (int i = 0; i < folded.length() && head == null; i++) {
      if (!sentenceStart(text, i)) {
        continue;
      }
      for (String start : requestStarts) {
        int end = i + start.length();
        if (folded.startsWith(start, i) && (end == folded.length() || !Character.isLetterOrDigit(folded.charAt(end))
            || start.endsWith("’"))) {
          at = i;
          head = start;
          break;
        }
      }
    }
    if (head == null) {
      return null;
    }
    // The request's own sentence: up to its end mark, or a comma before a subject of the customer's ("…, je crois que…").
    int bodyStart = at + head.length();
    int bodyEnd = bodyStart;
    int restStart = -1;
    List<int[]> tokens = subjectTokens(text);
    int next = 0; // the first token after the mark read: one pass over the tokens, never one per comma
    for (int i = bodyStart; i < text.length() && restStart < 0; i++) {
      char c = text.charAt(i);
      if (".!?…".indexOf(c) >= 0) {
        bodyEnd = i;
        restStart = i;
        while (restStart < text.length() && (".!?… ".indexOf(text.charAt(restStart)) >= 0)) {
          restStart++;
        }
      } else if (c == ',') {
        while (next < tokens.size() && tokens.get(next)[0] <= i) {
          next++;
        }
        if (next < tokens.size()) {
          int[] t = tokens.get(next);
          if (onlySpaces(text, i + 1, t[0]) && subjects.contains(fold(text.substring(t[0], t[1])))) {
            bodyEnd = i;
            restStart = t[0];
          }
        }
      }
    }
    if (restStart < 0) {
      bodyEnd = text.length();
      restStart = text.length();
    }
    String body = withoutDropped(text.substring(bodyStart, bodyEnd)).strip();
    String first = body.isEmpty() ? "" : fold(body.split("[\\s,]+", 2)[0]);
    if (requestNotBefore.contains(first) || !asksVerb(body)) {
      return null; // "vous pouvez pas savoir", "merci de votre aide": nothing asked of us
    }
    String before = text.substring(0, at).strip();
    String rest = text.substring(restStart).strip();
    String turnedBefore = before.isEmpty() ? "" : turnedPart(before, register, clauses);
    String turnedBody = turnedPart(body, register, clauses);
    String turnedRest = rest.isEmpty() || courtesy(rest) ? "" : turnedPart(rest, register, clauses);
    if (turnedBefore == null || turnedBody == null || turnedRest == null) {
      return null;
    }
    String saidAt = said;
    int space = said.lastIndexOf(' ');
    String elided = requestElide.get(fold(said.substring(space + 1)));
    if (elided != null && !turnedBody.isEmpty() && elideBefore.indexOf(Character.toLowerCase(turnedBody.charAt(0))) >= 0) {
      saidAt = said.substring(0, space + 1) + elided; // "de annuler" → "d’annuler"
    }
    String sentence = saidAt + (saidAt.endsWith("’") ? "" : " ") + turnedBody + ".";
    StringBuilder out = new StringBuilder(text.length() + said.length() + 8);
    if (!turnedBefore.isEmpty()) {
      out.append(turnedBefore);
      if (".!?…".indexOf(out.charAt(out.length() - 1)) < 0) {
        out.append('.');
      }
      out.append(' ').append(Character.toUpperCase(sentence.charAt(0))).append(sentence, 1, sentence.length());
    } else {
      out.append(sentence);
    }
    if (!turnedRest.isEmpty()) {
      out.append(' ').append(Character.toUpperCase(turnedRest.charAt(0))).append(turnedRest, 1, turnedRest.length());
    }
    String result = out.toString();
    if (text.indexOf('\'') >= 0 && text.indexOf('’') < 0) {
      result = result.replace('’', '\''); // the customer's apostrophes
    }
    return result;
  }

  /**
   * True when {@code rest} is only courtesy ({@code request.courtesy}: "Merci d’avance", "Danke"),
   * or courtesy and a signature ("Danke, Thomas Mueller"): nothing to say back.
   */
  private boolean courtesy(String rest) {
    String plain = rest.replaceAll("[\\p{Punct}…\\s]+$", "").strip();
    if (requestCourtesy.contains(fold(plain))) {
      return true;
    }
    int comma = plain.indexOf(", ");
    if (comma < 0 || !requestCourtesy.contains(fold(plain.substring(0, comma)))) {
      return false;
    }
    String[] names = plain.substring(comma + 2).split(" ");
    for (String name : names) {
      if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
        return false;
      }
    }
    return names.length <= 3;
  }

  /** True when {@code body} has the verb a request asks for where {@code request.verb.*} says it stands. */
  private boolean asksVerb(String body) {
    List<int[]> tokens = subjectTokens(body);
    int comma = body.indexOf(',');
    String verb = null;
    for (int[] t : tokens) {
      if (requestVerbLast) {
        if (comma >= 0 && t[0] > comma) {
          break;
        }
        verb = fold(body.substring(t[0], t[1])); // "meine Adresse ändern": the last word before a comma
      } else if (!requestVerbSkip.contains(fold(body.substring(t[0], t[1])))) {
        verb = fold(body.substring(t[0], t[1])); // "me confirmer": the first word past its clitics
        break;
      }
    }
    return verb != null && endsWithAny(verb, requestVerbEndings);
  }

  /** A part of a request's text in the reply's person: turned, or restated when it has no first person; null when neither is certain. */
  private String turnedPart(String part, Register register, CallerClauses clauses) {
    String turned = towardUs(part, register, clauses);
    if (turned == null && inLanguage(part) && anchored(part)) {
      turned = turnBySubject(part, register == Register.INFORMAL ? informal : formal, clauses);
    }
    if (turned == null && subjectIn(part) != null) {
      return null;
    }
    if (turned != null) {
      return turned;
    }
    for (int[] t : subjectTokens(part)) {
      String w = fold(part.substring(t[0], t[1]));
      if (subjects.contains(w) || addresseeSubjects.contains(w) || addresseeAsTyped.contains(part.substring(t[0], t[1]))
          || keeps(w) && !restatedByClauses(w)) {
        return null; // "…, que vous m’aviez promis": an address or a first person left
      }
    }
    return clauses.restateTurned(accented(part));
  }

  /**
   * {@code word} with a capital where it replaces a word the customer typed with one at a sentence
   * start inside the text ("Le carton était ouvert. Je suis déçue" → "… ouvert. Vous êtes déçue");
   * the text's own start is left to the composer, which capitalises where it places the text.
   */
  private static String sentenceCased(String word, String text, int at) {
    if (at == 0 || word.isEmpty() || !Character.isUpperCase(text.charAt(at)) || !sentenceStart(text, at)) {
      return word;
    }
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  /** True when word {@code w} is part of a noun typed with a hyphen that {@code person.compounds} lists ("rendez-vous"): no address. */
  private boolean inCompound(String text, List<int[]> spans, int w) {
    for (int a = Math.max(0, w - 1); a <= w && a + 1 < spans.size(); a++) {
      int[] left = spans.get(a);
      int[] right = spans.get(a + 1);
      if (right[0] == left[1] + 1 && text.charAt(left[1]) == '-' && compounds.contains(fold(text.substring(left[0], right[1])))) {
        return true;
      }
    }
    return false;
  }

  /** True when a sentence opens at {@code i}: the text's start, or a letter after an end mark and a space. */
  /** {@code word} with its first letter in capitals ("vai" → "Vai"). */
  private String capitalised(String word) {
    return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(locale) + word.substring(1);
  }

  private static boolean sentenceStart(String text, int i) {
    if (i == 0) {
      return true;
    }
    if (i >= text.length() || !Character.isLetter(text.charAt(i)) || text.charAt(i - 1) != ' ') {
      return false;
    }
    int j = i - 1;
    while (j > 0 && text.charAt(j) == ' ') {
      j--;
    }
    return ".!?…".indexOf(text.charAt(j)) >= 0;
  }

  /** {@code body} without the words of {@code request.drop} ("s’il vous plaît", "bitte"), and the comma or space they leave. */
  private String withoutDropped(String body) {
    String folded = fold(body);
    StringBuilder out = new StringBuilder(body.length());
    int i = 0;
    while (i < body.length()) {
      boolean wordStart = i == 0 || !Character.isLetterOrDigit(body.charAt(i - 1));
      String dropped = null;
      for (int d = 0; wordStart && dropped == null && d < requestDrop.size(); d++) {
        String w = requestDrop.get(d);
        int end = i + w.length();
        if (folded.startsWith(w, i) && (end == body.length() || !Character.isLetterOrDigit(body.charAt(end)))) {
          dropped = w;
        }
      }
      if (dropped != null) {
        i += dropped.length();
      } else {
        out.append(body.charAt(i++));
      }
    }
    String tidied = COMMA_BEFORE_COMMA_OR_END.matcher(out).replaceAll("$1");
    tidied = LEADING_COMMA.matcher(tidied).replaceFirst("");
    tidied = SPACES.matcher(tidied).replaceAll(" ");
    return SPACES_BEFORE_COMMA.matcher(tidied).replaceAll(",");
  }

  private static List<String> longestFirst(ImmutableSet<String> words) {
    List<String> out = new ArrayList<>(words);
    out.sort((a, b) -> b.length() - a.length());
    return List.copyOf(out);
  }

  /**
   * {@code text} in which the customer speaks to the company, said from our side: the subject that
   * addresses us becomes ours and its verb turns with it ("Ihr habt mir 2x 49,99 abgebucht" → "wir
   * haben Ihnen 2x 49,99 abgebucht", "vous m’avez prélevé deux fois" → "nous vous avons prélevé
   * deux fois", "ustedes me cobraron 2 veces" → "le cobramos 2 veces", "vcs bloquearam meu
   * cartão" → "nós bloqueamos seu cartão"); the customer's own words ("mir", "ma", "me") are then
   * restated as usual. Null when the text does not address us, when a subject's verb is not
   * found or not known, or when a first person or another address is left that these rules do
   * not turn ("c’est la 4e fois que je vous écris"): never half turned. A language without
   * {@code addressee.*} data turns nothing.
   */
  private String towardUs(String text, Register register, CallerClauses clauses) {
    if (text == null || addresseeSubjects.isEmpty() && addresseeAsTyped.isEmpty() && addresseeAlone.length == 0
        || !inLanguage(text)) {
      return null;
    }
    List<int[]> spans = subjectTokens(text);
    int m = spans.size();
    String[] typedWords = new String[m];
    String[] words = new String[m];
    boolean[] opens = new boolean[m];
    for (int w = 0; w < m; w++) {
      typedWords[w] = text.substring(spans.get(w)[0], spans.get(w)[1]);
      words[w] = fold(typedWords[w]);
      opens[w] = w == 0 || breaks(text, spans.get(w - 1)[1], spans.get(w)[0]) || clauseBreaks.contains(words[w]);
    }
    String[] to = new String[m];
    boolean any = false;
    for (int s = 0; s < m; s++) {
      if (to[s] != null) {
        continue;
      }
      boolean asTyped = addresseeAsTyped.contains(typedWords[s]);
      if (!addresseeSubjects.contains(words[s]) && !(asTyped && opens[s])) {
        String alone = whole(addresseeAlone, words[s]);
        alone = alone != null ? alone : ending(addresseeAlone, words[s]);
        if (alone != null && addresseeKeep.contains(words[s])) {
          return null; // "me ayudasteis un montón": praise is never ours
        }
        if (alone != null) {
          to[s] = alone; // "me cobrasteis el seguro": the ending says who is spoken to
          any = true;
        }
        continue;
      }
      int end = s + 1;
      while (end < m && !opens[end]) {
        end++;
      }
      int v;
      if (s > 0 && !opens[s] && verbLast.contains(words[s - 1])) {
        v = end - 1 > s ? end - 1 : -1; // "weil ihr mir das abgebucht habt"
      } else if (s > 0 && !opens[s] && addresseeVerb(words[s - 1]) != null) {
        v = s - 1; // "warum habt ihr mir…"
      } else if (inversion && !opens[s]) {
        v = -1; // "das ist ihr Paket": in a language that inverts, a subject inside its clause follows its verb
      } else {
        int w = s + 1;
        while (w < end && addresseeSkip.contains(words[w])) {
          w++;
        }
        v = w < end ? w : -1;
      }
      String form = v < 0 || to[v] != null || addresseeKeep.contains(words[v]) ? null : addresseeVerb(words[v]);
      if (form == null) {
        return null; // "vous" as an object ("on vous a dit"), or a verb the data does not know
      }
      to[v] = form;
      to[s] = addresseeWe;
      any = true;
    }
    boolean customers = false;
    for (int w = 0; w < m && !customers; w++) {
      customers = to[w] == null && addresseeCustomerWords.contains(words[w]);
    }
    if (!any || !customers) {
      return null; // "Sie wurden zweimal belastet": an agent's words to the customer, not the customer's to us
    }
    ImmutableMap<String, String> objects = register == Register.INFORMAL ? addresseeObjectInformal : addresseeObjectFormal;
    for (int w = 0; w < m; w++) {
      if (to[w] != null) {
        continue;
      }
      String object = objects.get(words[w]);
      if (object != null) {
        to[w] = object; // "m’avez" → "vous avons"/"t’avons"
      } else if (addresseeKeep.contains(words[w]) || subjects.contains(words[w]) || addressed.contains(words[w]) || addresseeSubjects.contains(words[w])
          || keeps(words[w]) && !restatedByClauses(words[w]) || subjects.isEmpty() && firstPerson(words[w])) {
        return null; // "…que j’ai jamais demandé": a first person or another address left
      }
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    int copied = 0;
    for (int w = 0; w < m; w++) {
      if (to[w] == null) {
        continue;
      }
      int[] span = spans.get(w);
      out.append(text, copied, span[0]);
      String original = typedWords[w];
      String word = to[w];
      int after = span[1];
      if (word.isEmpty()) {
        while (after < text.length() && text.charAt(after) == ' ') {
          after++; // "ustedes me cobraron" → "me cobramos": the subject goes with its space
        }
      } else if ((original.endsWith("’") || original.endsWith("'")) && !word.endsWith("’") && !word.endsWith("'")) {
        word = word + " "; // "m’" → "vous "
      }
      out.append(sentenceCased(word, text, span[0]));
      copied = after;
    }
    out.append(text, copied, text.length());
    String result = clauses.restateTurned(accented(out.toString()));
    if (text.indexOf('\'') >= 0 && text.indexOf('’') < 0) {
      result = result.replace('’', '\'');
    }
    return result.isBlank() ? null : result;
  }

  /**
   * {@code text} with the customer's family named as we name it, in a language that says its
   * kinship words apart for one's own family and the other's (Japanese: "亡くなった夫の契約" →
   * "亡くなられたご主人様の契約", "母の口座" → "お母様の口座"), with the verbs said of them
   * ({@code kin.verbs.*}) honoured too; null when the text names none. A word is a kinship word only
   * standing alone: not inside another written in the same script ("大丈夫", "兄弟"), and not one
   * already honoured ("ご主人", "お母さん").
   */
  String honoured(String text, Register register) {
    String[][] kin = register == Register.INFORMAL ? kinInformal : kinFormal;
    if (text == null || kin.length == 0) {
      return null;
    }
    StringBuilder out = null;
    int copied = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      String[] found = null;
      for (String[] k : kin) {
        if (text.startsWith(k[0], i) && standsAlone(text, i, i + k[0].length())) {
          found = k;
          break;
        }
      }
      if (found == null) {
        i++;
        continue;
      }
      out = out == null ? new StringBuilder(n + 8) : out;
      out.append(text, copied, i).append(found[1]);
      i += found[0].length();
      copied = i;
    }
    if (out == null) {
      return null;
    }
    String said = out.append(text, copied, n).toString();
    for (String[] v : register == Register.INFORMAL ? kinVerbsInformal : kinVerbsFormal) {
      said = said.replace(v[0], v[1]);
    }
    return said;
  }

  /** True when {@code text}[start, end) is a word of its own: no letter of the same script touches it, nor an honorific. */
  private boolean standsAlone(String text, int start, int end) {
    if (start > 0) {
      char before = text.charAt(start - 1);
      if (kinHonoured.indexOf(before) >= 0 || Character.isIdeographic(before)) {
        return false;
      }
    }
    if (end < text.length()) {
      char after = text.charAt(end);
      if (kinHonoured.indexOf(after) >= 0 || Character.isIdeographic(after)) {
        return false;
      }
    }
    return true;
  }

  /** The 1st-person-plural form of a verb that addresses the company ({@code addressee.verbs}, {@code addressee.endings}), or null. */
  private String addresseeVerb(String word) {
    String to = addresseeVerbs.get(word);
    return to != null ? to : ending(addresseeEndings, word);
  }

  /** The form a whole word of {@code pairs} turns to ("habéis=hemos"), or null. */
  private static String whole(String[][] pairs, String word) {
    for (String[] e : pairs) {
      if (word.equals(e[0])) {
        return e[1];
      }
    }
    return null;
  }

  private static String ending(String[][] endings, String word) {
    for (String[] e : endings) {
      if (word.length() > e[0].length() + 1 && word.endsWith(e[0])) {
        return word.substring(0, word.length() - e[0].length()) + e[1];
      }
    }
    return null;
  }

  /** True when {@link CallerClauses#restateTurned} says {@code word} in the reply's person ("mir", "ma", "meu"). */
  private boolean restatedByClauses(String word) {
    return restatedWords.contains(word);
  }

  /**
   * {@code text} with the words {@code person.accents} lists written with their accents ("você nao
   * recebeu" → "você não recebeu"): once turned, the text is said in our words, and we write them
   * whole. Only words that mean one thing either way are listed ("nao", "ate"; never "esta", "mas").
   */
  private String accented(String text) {
    if (accents.isEmpty() && accentEndings.isEmpty() || text == null) {
      return text;
    }
    StringBuilder out = null;
    int n = text.length();
    int i = 0;
    int copied = 0;
    while (i < n) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && Character.isLetter(text.charAt(i))) {
        i++;
      }
      boolean shaped = accentShapes[shape(text, start, i)];
      String to = shaped ? accents.get(fold(text.substring(start, i))) : null;
      if (to == null && accentEndingLasts.indexOf(Character.toLowerCase(text.charAt(i - 1))) >= 0) {
        to = accentedEnding(text.substring(start, i)); // "informacoes": no listed word, an ending
      }
      if (to == null || i < n && (text.charAt(i) == '’' || text.charAt(i) == '\'') || inAddress(text, start, i)) {
        continue;
      }
      if (Character.isUpperCase(text.charAt(start))) {
        to = Character.toUpperCase(to.charAt(0)) + to.substring(1);
      }
      out = out == null ? new StringBuilder(n + 8) : out;
      out.append(text, copied, start).append(to);
      copied = i;
    }
    return out == null ? text : out.append(text, copied, n).toString();
  }

  /**
   * True when the word at {@code start}..{@code end} of {@code text} belongs to an address, which is
   * spelt as typed: its run of non-spaces holds "@", "/" or a dot between letters ("joao@exemplo.com",
   * "loja.com.br/informacao"), or an "@" stands next to it across spaces ("joao @ exemplo.com").
   */
  private static boolean inAddress(String text, int start, int end) {
    int from = start;
    while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
      from--;
    }
    int to = end;
    while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
      to++;
    }
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == '@' || c == '/' || c == '.' && k > from && k + 1 < to
          && Character.isLetter(text.charAt(k - 1)) && Character.isLetter(text.charAt(k + 1))) {
        return true;
      }
    }
    int before = from - 1;
    while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
      before--;
    }
    int after = to;
    while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
      after++;
    }
    return before >= 0 && text.charAt(before) == '@' || after < text.length() && text.charAt(after) == '@';
  }

  /**
   * {@code word} with an ending of {@code person.accents.endings} written with its accent
   * ("devolucion" → "devolución", "informacao" → "informação"), in lower case; null when none ends
   * it, the word already has a letter beyond a–z, less than two letters come before the ending, or
   * those letters do not look like a word of the language ({@code person.accents.stem}: "aaoes" stays).
   */
  private String accentedEnding(String word) {
    String w = fold(word);
    for (int c = 0; c < w.length(); c++) {
      if (w.charAt(c) < 'a' || w.charAt(c) > 'z') {
        return null;
      }
    }
    for (Map.Entry<String, String> e : accentEndings) {
      if (w.length() >= e.getKey().length() + 2 && w.endsWith(e.getKey())) {
        String before = w.substring(0, w.length() - e.getKey().length());
        if (accentStem != null && !accentStem.matcher(before).matches()) {
          return null;
        }
        return before + e.getValue();
      }
    }
    return null;
  }

  /**
   * The word of {@code text} that speaks as the customer or to the company, as typed: the subject
   * of {@link #subjectIn}; a word of {@code person.addressed} ("vcs", "os": the customer speaking to
   * us); or, in a language that drops its subject, a first person these rules know or an ending of
   * {@code restate.keepWithEndings} marks ("reconozco", "fiquei"); null when there is none. A text with one that {@link
   * #turn} could not turn is kept as typed, and the reply says so.
   */
  String firstPersonIn(String text) {
    String subject = subjectIn(text);
    if (subject != null || text == null || !inLanguage(text)) {
      return subject;
    }
    WordWalk words = new WordWalk(text);
    String previous = null;
    while (words.next()) {
      String typed = words.word();
      String word = fold(typed);
      boolean noun = previous != null && nounAfter.contains(previous) && formal.words.containsKey(word);
      previous = word;
      // "o motoboy disse": a form the same in both persons is no sign of the customer's own (see turn).
      String same = formal.subject.isEmpty() ? null : formal.words.get(word);
      if (same != null && fold(same).equals(word)) {
        continue;
      }
      if (addressed.contains(word) || !noun && subjects.isEmpty() && firstPerson(word)) {
        return typed;
      }
    }
    return null;
  }

  /** True when {@code word} is a first person these rules know or an ending of {@code restate.keepWithEndings} marks. */
  private boolean firstPerson(String word) {
    if (never.contains(word) || foreignWords.contains(word)) {
      return false;
    }
    if (formal.words.containsKey(word) || verb(formal, word) != null) {
      return true;
    }
    for (String e : keepEndings) {
      if (word.length() > e.length() + 1 && word.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first subject pronoun of {@code person.subjects} in {@code text} as typed ("je", "Ich"), or
   * null: a text that speaks as the customer, which a reply either turns or warns about.
   */
  String subjectIn(String text) {
    if (text == null || subjects.isEmpty()) {
      return null;
    }
    List<int[]> spans = subjectTokens(text);
    for (int[] span : spans) {
      if (subjects.contains(fold(text.substring(span[0], span[1])))) {
        return text.substring(span[0], span[1]);
      }
    }
    return null;
  }

  /** Words of {@code text}, an elided word ending at its apostrophe ("j’ai" is "j’" and "ai"). */
  private static List<int[]> subjectTokens(String text) {
    int n = text.length();
    List<int[]> spans = new ArrayList<>();
    int i = 0;
    while (i < n) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      // "j’ai" is "j’" and "ai"; so is "j' ai", typed with a space after a one-letter elision.
      if (i < n && (text.charAt(i) == '’' || text.charAt(i) == '\'')
          && (i + 1 < n && Character.isLetter(text.charAt(i + 1)) || i - start == 1 && (i + 1 == n || text.charAt(i + 1) == ' '))) {
        i++;
      }
      spans.add(new int[] {start, i});
    }
    return spans;
  }

  /** True when the text between two words ends a clause: any mark but a space, a hyphen or a slash. */
  private static boolean breaks(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '-' && c != '/' && c != '’' && c != '\'') {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code text} turned where a first-person subject stands ({@code person.subjects}): the subject
   * becomes the reply's ("je" → "vous"/"tu", "ich" → "Sie"/"du") and the finite verb that goes
   * with it turns by the same tables ("ai" → "avez"/"as", "warte" → "warten"/"wartest"). The verb
   * is the word after the subject (past {@code person.verbAfter.skip}: "je ne l’ai"), the word
   * before it when the clause inverts ({@code person.inversion}: "jetzt warte ich"), or the
   * clause's last word after a word of {@code person.verbLast.after} ("weil ich … warte"). A
   * subject whose verb is not found or not known leaves the text to the caller's usual handling
   * (null), never half turned.
   */
  private String turnBySubject(String text, Rules r, CallerClauses clauses) {
    List<int[]> spans = subjectTokens(text);
    int m = spans.size();
    String[] words = new String[m];
    boolean[] opens = new boolean[m];
    for (int w = 0; w < m; w++) {
      words[w] = fold(text.substring(spans.get(w)[0], spans.get(w)[1]));
      opens[w] = w == 0 || breaks(text, spans.get(w - 1)[1], spans.get(w)[0]) || clauseBreaks.contains(words[w]);
    }
    String[] to = new String[m];
    String[] insertBefore = new String[m];
    boolean any = false;
    int lastTurnedClauseEnd = -1;
    if (!droppedSubject.isEmpty()) {
      // "Hab 4 mal angerufen", "Weiß nicht, ob…": a clause that opens with a verb the tables list
      // whole, and has no subject of its own, says the reply's subject ("Sie haben 4 mal angerufen").
      String said = r.words.get(subjects.iterator().next());
      for (int c = 0; c < m && said != null; c++) {
        if (!opens[c] || !droppedSubject.contains(words[c])) {
          continue;
        }
        int end = c + 1;
        boolean own = false;
        while (end < m && !opens[end]) {
          own |= subjects.contains(words[end]) || keeps(words[end]);
          end++;
        }
        if (!own) {
          String form = verb(r, words[c], true);
          if (form == null) {
            continue;
          }
          to[c] = said + " " + form;
          any = true;
          lastTurnedClauseEnd = end;
        }
      }
    }
    for (int s = 0; s < m; s++) {
      if (!subjects.contains(words[s]) || to[s] != null) {
        continue;
      }
      String fusedForm = r.fused.get(words[s]);
      if (fusedForm != null) {
        // "jai pas reçu" (typed without its apostrophe): subject and verb in one word.
        int after = s + 1;
        while (after < m && !opens[after] && negationAdverbs.contains(words[after])) {
          after++;
        }
        int space = fusedForm.indexOf(' ');
        if (!negationInsert.isEmpty() && space > 0 && after < m && !opens[after] && negations.contains(words[after])) {
          String verbForm = fusedForm.substring(space + 1);
          String elided = elide.get(fold(negationInsert));
          fusedForm = fusedForm.substring(0, space + 1)
              + (elided != null && elideBefore.indexOf(Character.toLowerCase(verbForm.charAt(0))) >= 0 ? elided : negationInsert + " ") + verbForm;
        }
        to[s] = fusedForm;
        any = true;
        continue;
      }
      String subject = r.words.get(words[s]);
      if (subject == null) {
        return null;
      }
      int v = -1;
      int end = s + 1;
      while (end < m && !opens[end]) {
        end++;
      }
      int start = s;
      while (start > 0 && !opens[start]) {
        start--;
      }
      if (s > 0 && !opens[s] && verbLast.contains(words[s - 1])) {
        v = end - 1 > s ? end - 1 : -1; // "weil ich seit Tagen warte"
      } else if (opens[s] || !inversion) {
        int w = s + 1;
        while (w < end && skip.contains(words[w])) {
          w++;
        }
        v = w < end ? w : -1;
      } else if (verb(r, words[s - 1], true) != null) {
        v = s - 1; // "seit Tagen warte ich"
      } else if (s + 1 < end && verb(r, words[s + 1], true) != null) {
        v = s + 1; // "also ich habe"
      }
      String turned = v < 0 || to[v] != null ? null : verb(r, words[v], true);
      if (turned == null) {
        return null;
      }
      any = true;
      if (v == s - 1 && opens[v]) {
        // "Hab ich schon dreimal probiert" said back as a statement: "Sie haben schon dreimal probiert".
        to[v] = subject;
        to[s] = turned;
      } else {
        to[s] = subject;
        to[v] = turned;
      }
      boolean negated = false;
      for (int w = Math.min(s, v) + 1; w < Math.max(s, v); w++) {
        String reflexive = r.reflexive.get(words[w]);
        if (reflexive != null) {
          to[w] = reflexive; // "je me suis" → "vous vous êtes", "tu t’es"
        }
        negated |= negators.contains(words[w]);
      }
      if (!negationInsert.isEmpty() && !negated && v > s) {
        int after = v + 1;
        while (after < end && negationAdverbs.contains(words[after])) {
          after++;
        }
        if (after < end && negations.contains(words[after])) {
          insertBefore[s + 1] = negationInsert; // "j’ai pas reçu" → "vous n’avez pas reçu"
        }
      }
      // "ich habe bezahlt und warte seit Tagen": a clause that opens with its verb shares the subject.
      end = shared(text, spans, words, opens, to, r, end);
      for (int w = start; w < end; w++) {
        String reflexive = w == s || to[w] != null ? null : r.reflexiveInClause.get(words[w]);
        if (reflexive != null) {
          to[w] = reflexive; // "ich habe mich beschwert" → "Sie haben sich beschwert"
        }
      }
    }
    if (lastTurnedClauseEnd >= 0) {
      shared(text, spans, words, opens, to, r, lastTurnedClauseEnd);
    }
    if (!any) {
      return null;
    }
    for (int w = 0; w < m; w++) {
      if (to[w] == null && keeps(words[w]) && !inCompound(text, spans, w)) {
        return null; // a first person the rules cannot turn, or the company addressed: never half turned
      }
    }
    subjunctive(words, to, register(r));
    // Pieces: the text before each word, the word as said; then elision ("ne êtes" → "n’êtes").
    List<String> gaps = new ArrayList<>(m + 4);
    List<String> said = new ArrayList<>(m + 4);
    List<Boolean> changed = new ArrayList<>(m + 4);
    int copied = 0;
    for (int w = 0; w < m; w++) {
      int[] span = spans.get(w);
      String gap = text.substring(copied, span[0]);
      if (insertBefore[w] != null) {
        gaps.add(gap);
        said.add(insertBefore[w]);
        changed.add(true);
        gap = " ";
      }
      String original = text.substring(span[0], span[1]);
      String word = to[w] == null ? original : to[w];
      if (to[w] != null && (original.endsWith("’") || original.endsWith("'")) && !word.endsWith("’")) {
        // "j’" → "vous ", "m’" → "vous ": the word after it gets its space
        word = word + " ";
      }
      gaps.add(gap);
      said.add(to[w] == null ? word : sentenceCased(word, text, span[0]));
      changed.add(to[w] != null);
      copied = span[1];
    }
    for (int w = 0; w + 1 < said.size(); w++) {
      String elided = elide.get(fold(said.get(w).strip()));
      String next = said.get(w + 1);
      if (elided != null && (changed.get(w) || changed.get(w + 1)) && gaps.get(w + 1).equals(" ") && !said.get(w).endsWith(" ")
          && !next.isEmpty() && elideBefore.indexOf(Character.toLowerCase(next.charAt(0))) >= 0) {
        said.set(w, elided);
        gaps.set(w + 1, "");
      }
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int w = 0; w < said.size(); w++) {
      String gap = gaps.get(w);
      if (w > 0 && said.get(w - 1).endsWith(" ") && gap.startsWith(" ")) {
        gap = gap.substring(1);
      }
      out.append(gap).append(said.get(w));
    }
    out.append(text, copied, text.length());
    String result = clauses.restateTurned(accented(out.toString()));
    if (text.indexOf('\'') >= 0 && text.indexOf('’') < 0) {
      result = result.replace('’', '\''); // the customer's apostrophes: "vous l'avez… vous n'avez"
    }
    return result.isBlank() ? null : result;
  }

  /**
   * The end of the clauses after the one ending at {@code end} that share its subject, their verbs
   * turned: one after a word of {@code person.sharedSubject} that opens with a verb ("ich habe
   * bezahlt und warte seit Tagen"), or, where {@code person.sharedAfterComma}, one after a comma
   * that opens with a verb typed in lower case ("bin verwirrt, finde meine Bestellungen nicht").
   */
  private int shared(String text, List<int[]> spans, String[] words, boolean[] opens, String[] to, Rules r, int end) {
    int m = words.length;
    while (end < m && to[end] == null) {
      int verbAt;
      if (sharedSubject.contains(words[end]) && end + 1 < m && !opens[end + 1] && to[end + 1] == null) {
        verbAt = end + 1;
      } else if (sharedAfterComma && end > 0 && opens[end] && text.substring(spans.get(end - 1)[1], spans.get(end)[0]).strip().equals(",")
          && Character.isLowerCase(text.charAt(spans.get(end)[0])) && !sharedSubject.contains(words[end])) {
        verbAt = end;
      } else {
        break;
      }
      String form = verb(r, words[verbAt], true);
      if (form == null) {
        break;
      }
      int next = verbAt + 1;
      boolean own = false;
      while (next < m && !opens[next]) {
        own |= subjects.contains(words[next]);
        next++;
      }
      if (own) {
        break; // "und jetzt warte ich": that clause has its own subject
      }
      to[verbAt] = form;
      end = next;
    }
    return end;
  }

  private Register register(Rules r) {
    return r == informal ? Register.INFORMAL : Register.FORMAL;
  }

  /**
   * {@code to} with each turned verb after "que" and a word of {@link #subjunctiveBefore} said as a
   * subjunctive ("il faut que je paye" → "il faut que vous payiez", never "vous payez"; "pour que je
   * puisse" → "pour que vous puissiez"): the customer's own form, which is a subjunctive there, turned
   * by {@code person.subjunctive.<register>}. A form these do not know keeps its turn.
   */
  private void subjunctive(String[] words, String[] to, Register register) {
    ImmutableMap<String, String> forms = register == Register.INFORMAL ? subjunctiveInformal : subjunctiveFormal;
    if (forms.isEmpty() || subjunctiveQue.isEmpty()) {
      return;
    }
    for (int w = 2; w < words.length; w++) {
      if (to[w] == null || to[w - 1] == null) {
        continue; // a verb turned right after its turned subject or clitic
      }
      int k = w - 1;
      while (k > 0 && k >= w - 2 && to[k] != null) {
        k--;
      }
      if (k < 1 || !words[k].startsWith(subjunctiveQue) || !subjunctiveBefore.contains(words[k - 1])) {
        continue;
      }
      String form = forms.get(words[w]);
      if (form == null) {
        for (Map.Entry<String, String> e : forms.entrySet()) {
          if (words[w].length() > e.getKey().length() + 1 && words[w].endsWith(e.getKey())) {
            form = words[w].substring(0, words[w].length() - e.getKey().length()) + e.getValue();
            break;
          }
        }
      }
      if (form != null) {
        to[w] = form;
      }
    }
  }

  /** True when a word of {@code text} is one of {@code person.languageWords}: a verb is turned only in a text that shows its language. */
  private boolean anchored(String text) {
    if (subjectIn(text) != null) {
      return true; // "j’ai payé deux fois": the subject shows the language
    }
    WordWalk words = new WordWalk(text);
    while (words.next()) {
      if (languageWords.contains(fold(words.word()))) {
        return true;
      }
    }
    return false;
  }

  /** The turned form of {@code word}, or null when it is not a first person these rules know. */
  private String verb(Rules r, String word) {
    return verb(r, word, false);
  }

  /**
   * As above; {@code placed}: the word stands where the verb must be (after its subject), so an
   * ending may be the whole word ("gebe=gibst") and subject pronouns are never verbs.
   */
  private String verb(Rules r, String word, boolean placed) {
    if (placed && (subjects.contains(word) || keep.contains(word) && !r.words.containsKey(word))) {
      return null; // "je vous ai écrit": "vous" is no verb
    }
    String to = r.words.get(word);
    if (to != null) {
      return to;
    }
    if (never.contains(word)) {
      return null;
    }
    for (String[] e : r.endings) {
      if ((placed ? word.length() >= e[0].length() : word.length() > e[0].length() + 1) && word.endsWith(e[0])) {
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

}
