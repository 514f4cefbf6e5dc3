package dev.empathy.compose;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import com.ibm.icu.util.ULocale;
import dev.empathy.phrase.ClauseKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a caller's situation typed as a sentence ("my package is lost") where the phrases
 * expect a noun phrase ("the lost package"), and restates the customer's first person in the
 * second ("I was charged twice" → "you were charged twice"). The word lists are data, one file
 * per language ({@code clauses_<language>.properties}); a language without one has no clause
 * handling, and its situations are inserted as given.
 */
final class CallerClauses {
  private static final Map<String, CallerClauses> BY_LANGUAGE = new ConcurrentHashMap<>();
  private static final CallerClauses NONE =
      new CallerClauses(new Lexicon(ImmutableMap.of()), ImmutableMap.of(), "", "", "", new String[0],
          Phrases.NONE, new Phrases[ClauseKind.values().length], Phrases.NONE, Phrases.NONE, "",
          ImmutableMap.of(), ImmutableMap.of(), new String[0], Phrases.NONE, Phrases.NONE, "", "", Phrases.NONE, Phrases.NONE, Phrases.NONE, "", false, Phrases.NONE,
          null, com.google.common.collect.ImmutableSet.of(), new String[0], com.google.common.collect.ImmutableSet.of(), NoteForms.NONE, new String[ClauseKind.values().length][],
          false);
  private static final Splitter LIST = Splitter.on(',').trimResults().omitEmptyStrings();
  private static final Splitter WORDS = Splitter.on(' ').omitEmptyStrings();

  // What a word is, as flags in one lexicon: a word of a clause is looked up once, whatever the
  // checks ask of it.
  static final int SUBJECT = 1;
  static final int VERB = 1 << 1;
  static final int RELATIVE = 1 << 2;
  static final int RELATIVE_SUBJECT = 1 << 3;
  static final int NOTE_START = 1 << 4;
  static final int NOTE_PAST = 1 << 5;
  static final int CAPITALIZED = 1 << 6;
  static final int HEAD_STOP = 1 << 7;
  static final int PLURAL = 1 << 8;
  static final int SINGULAR = 1 << 9;
  static final int PLURAL_DETERMINER = 1 << 10;
  static final int LOWERCASE = 1 << 11;
  static final int FIRST_PERSON = 1 << 12;
  static final int PERFECT = 1 << 13;
  static final int PARTICIPLE_AUX = 1 << 14;
  static final int PROGRESSIVE = 1 << 15;
  /** A word the restatement changes ("my" → "your"). */
  static final int RESTATED = 1 << 16;
  /** A word that already determines a noun phrase ("the", "your", "two"): no article added. */
  static final int DETERMINER = 1 << 17;
  /** A word a noun phrase does not start with ("about" in "about your order"): dropped. */
  static final int LEADING_PREPOSITION = 1 << 18;
  /** A word only the customer writes of themselves ("my", "me"): the text is in their voice. */
  static final int CUSTOMER_VOICE = 1 << 19;
  /** An indefinite article ("a", "an"), chosen again by the sound of the next word. */
  static final int INDEFINITE = 1 << 20;
  /** A word the customer's voice changes when it is restated ("our" → "your", "you" → "we"). */
  static final int VOICE = 1 << 21;
  /** A determiner of a masculine noun ("el", "le", "o", "den"). */
  static final int MASCULINE = 1 << 22;
  /** A determiner of a feminine noun ("la", "a", "die"). */
  static final int FEMININE = 1 << 23;
  /** A determiner of a neuter noun (German "das"). */
  static final int NEUTER = 1 << 24;
  /** A title that goes with a surname ("Herr", "Mme", "Sr"). */
  static final int TITLE = 1 << 25;
  /** A word that joins two verbs sharing one subject ("and", "then"). */
  static final int COORDINATOR = 1 << 26;
  /** A word that follows a verb, never a noun's head ("every", "constantly"): "the app crashes every time". */
  static final int VERB_ADVERB = 1 << 27;
  /** A past tense whose participle differs ("took", "gave"): a note with it keeps the plain subject. */
  static final int PAST_SIMPLE = 1 << 28;
  /** A word that dates a past action ("yesterday", "ago"): the present perfect cannot take it. */
  static final int PAST_TIME = 1 << 29;
  /** A word with the past ending that is no past tense ("hundred", "pleased": {@code notePastExceptions}). */
  static final int NOT_PAST = 1 << 30;

  private static final String[] KEYS = {
    "subjects", "verbs", "relatives", "relativeSubjects", "noteStarts", "notePast", "capitalized",
    "number.headStops", "number.pluralWords", "number.singularWords", "number.pluralDeterminers",
    "case.lowercase", "kind.firstPerson", "kind.perfect", "kind.passiveAux", "kind.progressive",
    "restatedWords", "nounPhrase.determiners", "nounPhrase.dropLeading", "voice.customerWords",
    "article.indefinite", null /* VOICE: from voice.restate */, "gender.masculine", "gender.feminine", "gender.neuter", "name.titles",
    "noteCoordinators", "clause.verbAdverbs", "notePastSimple", "notePastTimes",
    null /* NOT_PAST: the whole words of notePastExceptions */
  };

  private final Lexicon lexicon;
  private final ImmutableMap<String, String> restate;
  private final String noteSubject;
  private final String notePerfectSubject;
  private final String notePastSuffix;
  /**
   * The endings of {@code notePastExceptions} ("-eed" as "eed"); its whole words are {@link
   * #NOT_PAST} in the lexicon, so a word's one lookup answers for them.
   */
  private final String[] notePastEndings;
  /** The lower-case first characters of the always-capitalised words, each once. */
  private final char[] capitalizedFirsts;
  /** Word sequences that open a question ("could you"). */
  private final Phrases questionStarts;
  /** Per clause kind, the word sequences that open a clause of that kind ("please", "i’ll"). */
  private final Phrases[] kindStarts;
  /**
   * The first words of {@link #questionStarts} and every list of {@link #kindStarts}, each mapped
   * to its index in {@link #kindGroups} plus one: a clause's first word is looked up once.
   */
  private final Lexicon kindFirsts;
  /** Per first word, its group in {@link #questionStarts} (index 0) and in each kind's list (1-based; 0: none). */
  private final int[][] kindGroups;
  /** Word sequences that name a bereavement ("passed away", "funeral"). */
  private final Phrases loss;
  /** True when every word of {@link #loss} is {@link #plainWord plain}: see {@link #lossSeenByTone}. */
  private final boolean lossWordsPlain;
  /** Word endings that make a word lower-case mid-sentence ("-ing", "-ly"). */
  private final Phrases lowercaseEndings;
  /** The article a bare singular noun phrase gets ("the"), or empty for none. */
  private final String article;
  /**
   * The customer's other words restated when the text is in their voice ("our" → "your", "your"
   * → "our", "you" → "we"); {@link #voiceObject} gives the object form ("us") of a replacement.
   */
  private final ImmutableMap<String, String> voice;
  private final ImmutableMap<String, String> voiceObject;
  /** The indefinite article before a vowel sound ("an") and before any other ("a"); empty: none. */
  private final String articleBeforeVowel;
  private final String articleBeforeConsonant;
  /** Word starts spoken with a vowel though spelt otherwise ("hour", "honest"), and the reverse ("uni", "eu", "one"). */
  private final Phrases vowelSoundStarts;
  private final Phrases consonantSoundStarts;
  /** Letters whose names start with a vowel sound ("an FAQ", "an SMS"): for words in capitals. */
  private final String vowelLetters;
  /**
   * What a situation that opens with a participle said of the customer takes before it ("being":
   * "charged twice" → "being charged twice"), and those participles ({@code
   * nounPhrase.personParticiples}).
   */
  private final String participleLead;
  private final Phrases personParticiples;
  /** Words after such a participle that make it a predicate ("out", "twice"). */
  private final Phrases participleNext;
  /** Words that name a group ("team", "department"): a named owner ending in one is kept as is. */
  private final Phrases groupNouns;
  /** What a named owner that names no group gets after it ("team": "engineering" → "engineering team"). */
  private final String groupSuffix;
  /**
   * Whether the timeline's phrases name someone not ours as typed ({@code owner.asTyped}: "the
   * hotel" → "The hotel will…", "Apple" → "You’ll hear back from Apple"), with the owner selects
   * {@code party} and {@code name}.
   */
  private final boolean ownersAsTyped;
  /**
   * True when a verb after a relative clause's own verb is the sentence's ({@code
   * relatives.mainVerb}): "o casaco que encomendou veio com a cor errada" is a sentence, "el
   * reembolso que nunca llegó" a noun phrase.
   */
  private final boolean mainVerbAfterRelative;
  /**
   * Endings of a first word that make a clause done where the language drops the subject
   * ({@code kind.done.endings}: Portuguese "-ei", "remarquei", "encaminhei").
   */
  private final Phrases doneEndings;
  /**
   * The same rules with the informal register's restatement ({@code restate.informal}: "mi
   * tarjeta" → "tu tarjeta", "ma commande" → "ta commande"); this instance when the language has
   * one restatement for both registers.
   */
  private final CallerClauses informal;
  /**
   * Words that keep a caller's text as typed instead of restating it ({@code restate.keepWith}):
   * a first person whose verb would have to change too ("yo", "je", "ich", "eu") or the customer
   * addressing the company ("vosotros", "vous", "ihr"). Restating only the possessive of "nadie
   * me dijo que yo…" or "le mail que vous m’avez envoyé" would mix persons in one sentence.
   */
  private final com.google.common.collect.ImmutableSet<String> restateKeep;
  /**
   * Word endings that do the same ({@code restate.keepWithEndings}: Spanish "-é" in "me quedé"),
   * except the words {@link #restateKeep} lists with a leading "!" ("!qué", "!café").
   */
  private final String[] restateKeepEndings;
  /** Words that make a comma's phrase a list, not an incise ({@code incise.listWords}: "y", "und"). */
  private final com.google.common.collect.ImmutableSet<String> inciseListWords;
  /** How a terse note becomes a sentence beyond its subject ("broke down…" → "I’ve broken down…"). */
  private final NoteForms notes;
  /**
   * Per kind, endings of a whole clause that say what it does where the verb comes last ({@code
   * kind.<kind>.clauseEndings}: Japanese "ました" done, "いたします" a promise, "ください" an
   * instruction, "でしょうか" a question); null for a kind without any.
   */
  private final String[][] clauseEndings;

  private CallerClauses(
      Lexicon lexicon,
      ImmutableMap<String, String> restate,
      String noteSubject,
      String notePerfectSubject,
      String notePastSuffix,
      String[] notePastExceptions,
      Phrases questionStarts,
      Phrases[] kindStarts,
      Phrases loss,
      Phrases lowercaseEndings,
      String article,
      ImmutableMap<String, String> voice,
      ImmutableMap<String, String> voiceObject,
      String[] indefinite,
      Phrases vowelSoundStarts,
      Phrases consonantSoundStarts,
      String vowelLetters,
      String participleLead,
      Phrases personParticiples,
      Phrases participleNext,
      Phrases groupNouns,
      String groupSuffix,
      boolean ownersAsTyped,
      Phrases doneEndings,
      ImmutableMap<String, String> restateInformal,
      com.google.common.collect.ImmutableSet<String> restateKeep,
      String[] restateKeepEndings,
      com.google.common.collect.ImmutableSet<String> inciseListWords,
      NoteForms notes,
      String[][] clauseEndings,
      boolean mainVerbAfterRelative) {
    this.mainVerbAfterRelative = mainVerbAfterRelative;
    this.notes = notes;
    this.clauseEndings = clauseEndings;
    this.doneEndings = doneEndings;
    this.inciseListWords = inciseListWords;
    this.restateKeep = restateKeep;
    this.restateKeepEndings = restateKeepEndings;
    this.participleNext = participleNext;
    this.groupNouns = groupNouns;
    this.groupSuffix = groupSuffix;
    this.ownersAsTyped = ownersAsTyped;
    this.lexicon = lexicon;
    this.participleLead = participleLead;
    this.personParticiples = personParticiples;
    this.restate = restate;
    this.noteSubject = noteSubject;
    this.notePerfectSubject = notePerfectSubject;
    this.notePastSuffix = notePastSuffix;
    List<String> pastEndings = new java.util.ArrayList<>();
    for (String e : notePastExceptions) {
      if (e.startsWith("-")) {
        pastEndings.add(e.substring(1));
      }
    }
    this.notePastEndings = pastEndings.toArray(new String[0]);
    this.capitalizedFirsts = lexicon.firstChars(CAPITALIZED);
    this.questionStarts = questionStarts;
    this.kindStarts = kindStarts;
    // Every list's first words in one lexicon, each mapped to its group in every list.
    Map<String, int[]> groups = new java.util.LinkedHashMap<>();
    for (int list = 0; list <= kindStarts.length; list++) {
      Phrases starts = list == 0 ? questionStarts : kindStarts[list - 1];
      if (starts == null) {
        continue;
      }
      for (String[] entry : starts.entries) {
        int group = starts.firsts.flags(entry[0], 0, entry[0].length());
        int[] byList = groups.get(entry[0]);
        if (byList == null) {
          byList = new int[kindStarts.length + 1];
          groups.put(entry[0], byList);
        }
        byList[list] = group;
      }
    }
    ImmutableMap.Builder<String, Integer> ids = ImmutableMap.builder();
    int id = 0;
    for (String w : groups.keySet()) {
      ids.put(w, ++id);
    }
    this.kindFirsts = new Lexicon(ids.buildOrThrow());
    this.kindGroups = groups.values().toArray(new int[0][]);
    this.loss = loss;
    // An entry with "{person}" never matches here (no word of a text holds a brace): Tone's alone.
    this.lossWordsPlain = allPlain(loss.entries);
    this.lowercaseEndings = lowercaseEndings;
    this.article = article;
    this.voice = voice;
    this.voiceObject = voiceObject;
    this.articleBeforeConsonant = indefinite.length == 2 ? indefinite[0] : "";
    this.articleBeforeVowel = indefinite.length == 2 ? indefinite[1] : "";
    this.vowelSoundStarts = vowelSoundStarts;
    this.consonantSoundStarts = consonantSoundStarts;
    this.vowelLetters = vowelLetters;
    // Last: the copy reads every field above.
    this.informal = restateInformal == null || restateInformal.equals(restate) ? this : new CallerClauses(this, restateInformal);
  }

  /** {@code base}'s rules with another restatement ({@link #informal}). */
  private CallerClauses(CallerClauses base, ImmutableMap<String, String> restate) {
    this.lexicon = base.lexicon;
    this.notes = base.notes;
    this.clauseEndings = base.clauseEndings;
    this.restate = restate;
    this.noteSubject = base.noteSubject;
    this.notePerfectSubject = base.notePerfectSubject;
    this.notePastSuffix = base.notePastSuffix;
    this.notePastEndings = base.notePastEndings;
    this.capitalizedFirsts = base.capitalizedFirsts;
    this.questionStarts = base.questionStarts;
    this.kindStarts = base.kindStarts;
    this.kindFirsts = base.kindFirsts;
    this.kindGroups = base.kindGroups;
    this.loss = base.loss;
    this.lossWordsPlain = base.lossWordsPlain;
    this.lowercaseEndings = base.lowercaseEndings;
    this.article = base.article;
    this.voice = base.voice;
    this.voiceObject = base.voiceObject;
    this.articleBeforeVowel = base.articleBeforeVowel;
    this.articleBeforeConsonant = base.articleBeforeConsonant;
    this.vowelSoundStarts = base.vowelSoundStarts;
    this.consonantSoundStarts = base.consonantSoundStarts;
    this.vowelLetters = base.vowelLetters;
    this.participleLead = base.participleLead;
    this.personParticiples = base.personParticiples;
    this.participleNext = base.participleNext;
    this.groupNouns = base.groupNouns;
    this.groupSuffix = base.groupSuffix;
    this.ownersAsTyped = base.ownersAsTyped;
    this.mainVerbAfterRelative = base.mainVerbAfterRelative;
    this.doneEndings = base.doneEndings;
    this.restateKeep = base.restateKeep;
    this.restateKeepEndings = base.restateKeepEndings;
    this.inciseListWords = base.inciseListWords;
    this.informal = this;
  }

  /**
   * These rules as a reply in {@code register} restates the customer's words: "mi tarjeta" is
   * "su tarjeta" in a formal Spanish reply and "tu tarjeta" in an informal one.
   */
  CallerClauses inRegister(dev.empathy.Register register) {
    return register == dev.empathy.Register.INFORMAL ? informal : this;
  }

  /** The last rules asked for by locale: a composer is made per reply, its locale rarely changes. */
  private static volatile Last last;

  private record Last(ULocale locale, CallerClauses clauses) {}

  /** The rules for {@code locale}'s language, or none; cached for the last locale asked for. */
  static CallerClauses forLocale(ULocale locale) {
    Last l = last;
    if (l != null && l.locale == locale) {
      return l.clauses;
    }
    CallerClauses clauses = forLocale(locale.toLocale());
    last = new Last(locale, clauses);
    return clauses;
  }

  /** The rules for {@code locale}'s language, or none. */
  static CallerClauses forLocale(Locale locale) {
    return BY_LANGUAGE.computeIfAbsent(locale.getLanguage(), CallerClauses::load);
  }

  private static CallerClauses load(String language) {
    String path = ClauseData.path(language);
    if (ClauseData.has(language)) {
      Properties p = ClauseData.of(language);
      // One restatement for both registers ("restate"), or one per register (restate.formal,
      // restate.informal: "mi=su" and "mi=tu").
      ImmutableMap.Builder<String, String> restate = ImmutableMap.builder();
      String formalRestate = p.getProperty("restate.formal", p.getProperty("restate", ""));
      for (String pair : LIST.split(formalRestate)) {
        int eq = pair.indexOf('=');
        if (eq <= 0) {
          throw new IllegalStateException(path + ": restate entry \"" + pair + "\" must be words=words");
        }
        restate.put(fold(pair.substring(0, eq).strip()), pair.substring(eq + 1).strip());
      }
      ImmutableMap<String, String> restateInformal = p.containsKey("restate.informal")
          ? pairs(path, p.getProperty("restate.informal")) : null;
      Map<String, Integer> flags = new java.util.HashMap<>();
      for (int k = 0; k < KEYS.length; k++) {
        int flag = 1 << k;
        if (KEYS[k] == null) {
          continue;
        }
        for (String w : LIST.split(p.getProperty(KEYS[k], ""))) {
          addFlag(flags, fold(w), flag);
        }
      }
      String[] notePastExceptions = foldedList(p.getProperty("notePastExceptions", ""));
      for (String w : notePastExceptions) {
        if (!w.startsWith("-")) {
          addFlag(flags, w, NOT_PAST);
        }
      }
      for (String w : restateInformal == null ? restate.buildOrThrow().keySet()
          : com.google.common.collect.Sets.union(restate.buildOrThrow().keySet(), restateInformal.keySet())) {
        if (w.indexOf(' ') < 0) {
          addFlag(flags, w, RESTATED);
        }
      }
      ImmutableMap<String, String> voice = pairs(path, p.getProperty("voice.restate", ""));
      ImmutableMap<String, String> voiceObject = pairs(path, p.getProperty("voice.objectForms", ""));
      for (String w : voice.keySet()) {
        addFlag(flags, w, VOICE);
      }
      String[] indefinite = foldedList(p.getProperty("article.indefinite", ""));
      if (indefinite.length != 0 && indefinite.length != 2) {
        throw new IllegalStateException(path + ": article.indefinite lists the form before a consonant, then before a vowel");
      }
      Phrases[] kinds = new Phrases[ClauseKind.values().length];
      String[][] clauseEndings = new String[ClauseKind.values().length][];
      for (ClauseKind k : ClauseKind.values()) {
        kinds[k.ordinal()] = Phrases.of(p.getProperty("kind." + k.label() + ".starts", ""));
        String[] endings = LIST.splitToList(p.getProperty("kind." + k.label() + ".clauseEndings", "")).toArray(new String[0]);
        clauseEndings[k.ordinal()] = endings.length == 0 ? null : endings;
      }
      return new CallerClauses(
          new Lexicon(ImmutableMap.copyOf(flags)),
          restate.buildOrThrow(),
          p.getProperty("noteSubject", "").strip(),
          p.getProperty("notePerfectSubject", "").strip(),
          fold(p.getProperty("notePastSuffix", "").strip()),
          notePastExceptions,
          Phrases.of(p.getProperty("kind.question.starts", "")),
          kinds,
          Phrases.of(p.getProperty("loss", "")),
          Phrases.of(p.getProperty("case.lowercaseEndings", "")),
          p.getProperty("nounPhrase.article", "").strip(),
          voice,
          voiceObject,
          indefinite,
          Phrases.of(p.getProperty("article.vowelSoundStarts", "")),
          Phrases.of(p.getProperty("article.consonantSoundStarts", "")),
          fold(p.getProperty("article.vowelLetters", "").replace(",", "").replace(" ", "")),
          p.getProperty("nounPhrase.participleLead", "").strip(),
          Phrases.of(p.getProperty("nounPhrase.personParticiples", "")),
          Phrases.of(p.getProperty("nounPhrase.participleNext", "")),
          Phrases.of(p.getProperty("owner.groupNouns", "")),
          p.getProperty("owner.groupSuffix", "").strip(),
          Boolean.parseBoolean(p.getProperty("owner.asTyped", "false").strip()),
          Phrases.of(p.getProperty("kind.done.endings", "")),
          restateInformal,
          com.google.common.collect.ImmutableSet.copyOf(foldedList(p.getProperty("restate.keepWith", ""))),
          foldedList(p.getProperty("restate.keepWithEndings", "")),
          com.google.common.collect.ImmutableSet.copyOf(foldedList(p.getProperty("incise.listWords", ""))),
          new NoteForms(path, p),
          clauseEndings,
          Boolean.parseBoolean(p.getProperty("relatives.mainVerb", "false").strip()));
    }
    return NONE;
  }

  // Loops rather than streams, lambdas and Guava's collectors: each lambda or method reference
  // links a class of its own the first time it runs, a visible share of a one-line run's start.

  /**
   * True when every word of the entries without a placeholder ({@code {person}}) is a {@link
   * #plainWord}.
   */
  private static boolean allPlain(String[][] entries) {
    for (String[] e : entries) {
      boolean placeholder = false;
      for (String w : e) {
        placeholder |= w.indexOf('{') >= 0;
      }
      if (placeholder) {
        continue;
      }
      for (String w : e) {
        if (!plainWord(w)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Adds {@code flag} to {@code w}'s flags. */
  private static void addFlag(Map<String, Integer> flags, String w, int flag) {
    Integer old = flags.get(w);
    flags.put(w, old == null ? flag : old | flag);
  }

  /** The comma-separated {@code list}'s entries, trimmed, without empty ones, folded. */
  private static String[] foldedList(String list) {
    List<String> out = LIST.splitToList(list);
    String[] folded = new String[out.size()];
    for (int i = 0; i < folded.length; i++) {
      folded[i] = fold(out.get(i));
    }
    return folded;
  }

  /** "a=b, c=d" as a map of folded words to their replacements. */
  private static ImmutableMap<String, String> pairs(String path, String list) {
    ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
    for (String pair : LIST.split(list)) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new IllegalStateException(path + ": entry \"" + pair + "\" must be word=word");
      }
      b.put(fold(pair.substring(0, eq).strip()), pair.substring(eq + 1).strip());
    }
    return b.buildOrThrow();
  }

  private static String fold(String word) {
    return word.toLowerCase(Locale.ROOT).replace('\'', '’');
  }

  /**
   * {@code text} {@link #restate restated} when it is in the customer's own voice (it has one of
   * {@code voice.customerWords}: "my router keeps dropping" → "your router keeps dropping"), else
   * as typed: an agent's "I can see you were charged twice" keeps its persons.
   */
  String restateCustomerVoice(String text) {
    return restateCustomerVoice(words(text));
  }

  /** {@link #restateCustomerVoice(String)} of a text whose words were read. */
  String restateCustomerVoice(ClauseWords words) {
    return (words.all & CUSTOMER_VOICE) != 0 || saysOnlyI(words) ? restate(words) : words.text;
  }

  /**
   * True when the customer's "I" is the text's only person: a word that is both a subject and
   * restated ("I", "I’m", "I was") and none that speaks to or for another ("you", "we", "our"):
   * "I was charged twice and I want it back" is the customer's voice, "I can see you were charged
   * twice" the agent's.
   */
  private boolean saysOnlyI(ClauseWords words) {
    if ((words.all & (SUBJECT | RESTATED)) != (SUBJECT | RESTATED) || (words.all & VOICE) != 0) {
      return false;
    }
    for (int w = 0; w < words.count; w++) {
      if ((words.flags(w) & (SUBJECT | RESTATED)) == (SUBJECT | RESTATED)) {
        return true;
      }
    }
    return false;
  }

  /** The words of {@code text} as this language reads them, in a new {@link ClauseWords}. */
  ClauseWords words(String text) {
    return read(new ClauseWords(), text);
  }

  /** Reads the words of {@code text} into {@code into} (see {@link ClauseWords.Cache}); returns it. */
  ClauseWords read(ClauseWords into, String text) {
    return into.read(text, lexicon);
  }

  /** True when {@code text} reads as a sentence rather than a noun phrase. */
  boolean isClause(String text) {
    return isClause(words(text));
  }

  /** {@link #isClause(String)} of a text whose words were read. Allocates nothing. */
  boolean isClause(ClauseWords words) {
    if (!lexicon.has(SUBJECT | VERB)) {
      return false;
    }
    String text = words.text;
    boolean first = true;
    boolean firstIsTopic = false;
    boolean afterPronoun = false; // the previous word is a pronoun inside the phrase
    boolean firstIsDeterminer = false;
    int previous = 0; // the previous word's flags
    boolean contactRelative = false; // inside "the time [the router has …]": its verb is the relative's
    int relative = 0; // after a relative word (mainVerbAfterRelative): 1 before its verb, 2 after it, 3 after its "and"
    for (int w = 0; w < words.count; w++) {
      int start = words.start(w);
      int i = words.end(w);
      int flags = words.flags(w);
      if (first) {
        firstIsTopic = (flags & (SUBJECT | VERB)) != 0 || subjectlessPast(words, w);
        firstIsDeterminer = (flags & DETERMINER) != 0;
        first = false;
        previous = flags;
        continue;
      }
      if (firstIsTopic) {
        return true; // one word is a topic, whatever it is; two make a sentence here
      }
      if ((flags & RELATIVE) != 0) {
        if (!mainVerbAfterRelative) {
          return false; // "the refund that was never paid": the verb belongs to a relative clause
        }
        relative = 1;
        previous = flags;
        continue;
      }
      if (relative != 0) {
        // "o casaco que encomendou veio…": the relative's first verb is its own, a verb after it
        // the sentence's; after "y"/"e" the relative goes on ("el paquete que llegó y está roto").
        if ((flags & VERB) != 0) {
          if (relative == 2) {
            return true;
          }
          relative = 2;
        } else if (relative == 2 && inciseListWords.contains(fold(text.substring(start, i)))) {
          relative = 3;
        }
        previous = flags;
        continue;
      }
      if (firstIsDeterminer && (flags & DETERMINER) != 0
          && (previous & (DETERMINER | HEAD_STOP | VERB | SUBJECT | PLURAL_DETERMINER)) == 0) {
        // A determiner right after the head of a phrase that opened with one starts a relative
        // clause without "that": "the fourth time the router has dropped out", "every time my
        // card is declined". Its first verb is the relative's.
        contactRelative = true;
        previous = flags;
        continue;
      }
      if ((flags & VERB) != 0 && contactRelative) {
        contactRelative = false;
        previous = flags;
        continue;
      }
      if (!afterPronoun && !contactRelative && (flags & (PLURAL | SINGULAR | HEAD_STOP | DETERMINER)) == 0
          && (previous & (DETERMINER | HEAD_STOP | PLURAL_DETERMINER | VERB | SUBJECT | PLURAL)) == 0
          && presentTense(text, start, i) && nextWordHas(text, i, VERB_ADVERB)) {
        // "the app crashes every time you open it": a word in -s after a noun, followed by a word
        // that only follows a verb, is the verb of a sentence, not a plural noun ("app crashes").
        return true;
      }
      if ((flags & VERB) != 0 && !afterPronoun) {
        return true; // a verb right after a pronoun is a relative clause: "a payment you don't recognise"
      }
      if (firstIsDeterminer && !afterPronoun && pastAfterHead(words, w, previous)) {
        return true; // "my pizza showed up cold", "the sweater shrank", "your driver left my groceries"
      }
      // The relative clause's verb group goes on past its auxiliary: "the fees I was never told about".
      afterPronoun = (flags & RELATIVE_SUBJECT) != 0 || afterPronoun && (flags & VERB) != 0;
      previous = flags;
    }
    return false; // fewer than two words, or no verb outside a relative clause
  }

  /**
   * True when word {@code w} is a past tense right after the head of a phrase that opened with a
   * determiner ("my pizza showed up cold"): a simple past ({@code notePastSimple}: "the sweater
   * shrank", "the chat bot froze") always, any other past ({@code notePast}, "-ed") only after a
   * one-word head and before its object ("your driver left my groceries"), since "the parcel left
   * out in the rain" and "the parcel delivered to the wrong address" are noun phrases.
   */
  private boolean pastAfterHead(ClauseWords words, int w, int previous) {
    if (w < 2 || w > 3 || (previous & (DETERMINER | HEAD_STOP | VERB | SUBJECT | PLURAL_DETERMINER | RELATIVE)) != 0
        || Character.isUpperCase(words.text.charAt(words.start(w)))) {
      return false; // only right after a short head ("my pizza", "the chat bot"); "Quoted" is a name
    }
    int flags = words.flags(w);
    if ((flags & PAST_SIMPLE) != 0) {
      return true;
    }
    if (w != 2) {
      return false;
    }
    if ((flags & NOTE_START) != 0 || !isNoteStart(words.text, words.start(w), words.end(w), flags)) {
      return false;
    }
    // its object follows: "your driver left my groceries", never "the parcel left out in the rain"
    return w + 1 < words.count && ((words.flags(w + 1) & (DETERMINER | RESTATED | CUSTOMER_VOICE | PLURAL_DETERMINER)) != 0
        || Character.isDigit(words.text.charAt(words.start(w + 1))));
  }

  /**
   * True when the first word {@code w} is a past tense that opens a sentence without its subject
   * ("ordered a large, got a small", "waited 45 mins on hold", "got charged a late fee", "sent me
   * the wrong colour"): a determiner, a number, a pronoun or another past follows it, never the
   * noun a past participle describes ("delayed flight", "missed delivery").
   */
  private boolean subjectlessPast(ClauseWords words, int w) {
    int flags = words.flags(w);
    if (w + 1 >= words.count || (flags & NOTE_START) != 0 || !isNoteStart(words.text, words.start(w), words.end(w), flags)) {
      return false;
    }
    int next = words.flags(w + 1);
    char c = words.text.charAt(words.start(w + 1));
    return (next & (DETERMINER | RESTATED | CUSTOMER_VOICE | PLURAL_DETERMINER)) != 0 || Character.isDigit(c)
        || (next & (NOTE_PAST | PAST_SIMPLE)) != 0
        || isNoteStart(words.text, words.start(w + 1), words.end(w + 1), next) && (next & NOTE_START) == 0;
  }

  /**
   * A situation typed as a sentence without its subject, in the customer's voice, with the
   * customer as its subject ({@code situation.subject}, {@code situation.you}): "ordered a large,
   * got a small" → "you ordered a large and got a small", "was charged twice" → "you were charged
   * twice"; any other text as it is.
   */
  String withCustomerSubject(String situation, SituationSubject data) {
    if (data.subject().isEmpty() || situation == null) {
      return situation;
    }
    ClauseWords words = words(situation);
    if (words.count < 2 || (words.flags(0) & SUBJECT) != 0) {
      return situation;
    }
    int start = words.start(0);
    int end = words.end(0);
    boolean past = (words.flags(0) & NOTE_START) == 0 && isNoteStart(situation, start, end, words.flags(0));
    String first = fold(situation.substring(start, end));
    if (!past && !data.starts().contains(first)) {
      return situation;
    }
    String rest = situation.substring(end);
    if (past) {
      // "ordered a large, got a small": one comma between two pasts sharing the subject is "and".
      int comma = rest.indexOf(", ");
      if (comma >= 0 && rest.indexOf(',', comma + 1) < 0 && !data.coordinator().isEmpty()) {
        ClauseWords after = words(rest.substring(comma + 2));
        if (after.count > 0 && (after.flags(0) & (SUBJECT | NOTE_START)) == 0
            && isNoteStart(after.text, after.start(0), after.end(0), after.flags(0))) {
          rest = rest.substring(0, comma) + " " + data.coordinator() + " " + rest.substring(comma + 2);
        }
      }
    }
    String form = data.forms().get(first);
    // "sent you the wrong colour" (restated from the customer's "sent me …"): we did it to them.
    String subject = past && words.count > 1 && fold(situation.substring(words.start(1), words.end(1))).equals(data.subject())
        ? data.subjectBeforeYou() : data.subject();
    return situation.substring(0, start) + (form != null ? form : subject + " " + situation.substring(start, end)) + rest;
  }

  /**
   * True when {@code clause} opens with its subject ("you", "your pizza", "the app", "it’s"): one
   * that opens otherwise ("thank you so much, …") is no sentence to say "I’m sorry" before.
   */
  boolean opensWithSubject(String clause) {
    ClauseWords words = words(clause);
    return words.count > 1 && (words.flags(0) & (SUBJECT | DETERMINER | VOICE | RESTATED)) != 0;
  }

  /** {@link #fold} for {@link SituationSubject}'s data. */
  static String folded(String word) {
    return fold(word);
  }

  /** True when {@code text[start, end)} can be a present tense in -s: "crashes", not "glass", "status". */
  private static boolean presentTense(String text, int start, int end) {
    if (end - start < 4 || Character.toLowerCase(text.charAt(end - 1)) != 's') {
      return false;
    }
    char before = Character.toLowerCase(text.charAt(end - 2));
    return before != 's' && before != 'u' && before != 'i' && before != '\'' && before != '’';
  }

  /** True when the word after {@code end} (past spaces and punctuation) has {@code flag}. */
  private boolean nextWordHas(String text, int end, int flag) {
    int next = end;
    while (next < text.length() && !isWordChar(text.charAt(next))) {
      next++;
    }
    int nextEnd = next;
    while (nextEnd < text.length() && isWordChar(text.charAt(nextEnd))) {
      nextEnd++;
    }
    return nextEnd > next && (lexicon.flags(text, next, nextEnd) & flag) != 0;
  }

  /**
   * The customer's words addressed back to them: "I was charged twice" → "you were charged
   * twice", "my order" → "your order". When the text is in the customer's own voice (it has one
   * of {@code voice.customerWords}: "my", "me", "mine"), their other persons turn too: "the email
   * you sent me" → "the email we sent you", "my order from your store" → "your order from our
   * store", "my kids and our dog" → "your kids and your dog"; and "our" before a possessive
   * ("our kids’ tablets") is the customer's family, not the company. Text between words is kept
   * as typed; a restated word is written in lower case (a sentence start is capitalised where
   * the text is placed).
   */
  String restate(String text) {
    return restate.isEmpty() ? text : restate(words(text));
  }

  /** {@link #restate(String)} of a text whose words were read (their flags together: one pass). */
  String restate(ClauseWords words) {
    if (restate.isEmpty() || (words.all & (RESTATED | VOICE)) == 0) {
      return words.text;
    }
    return restate(words.text, (words.all & CUSTOMER_VOICE) != 0);
  }

  /**
   * A situation {@link #restate restated}: a situation is given in the customer's terms, so one
   * that speaks in their first person ("this is the 4th time I’m contacting you") is in their
   * voice as a whole, and its "you" is the company ("this is the 4th time you’re contacting us").
   * One without a first person ("your question about roaming") is restated as usual.
   */
  String restateSituation(String text) {
    return restate.isEmpty() ? text : restateSituation(words(text));
  }

  /** {@link #restateSituation(String)} of a situation whose words were read. */
  String restateSituation(ClauseWords words) {
    if (restate.isEmpty() || (words.all & (RESTATED | VOICE)) == 0) {
      return words.text;
    }
    return restate(words.text, (words.all & (CUSTOMER_VOICE | RESTATED)) != 0);
  }

  /**
   * {@code text} restated in the customer's voice although it has words of {@code
   * restate.keepWith}: {@link OwnPerson} has turned its first person already ("no recibiste el
   * pedido de mi hermana" → "…de tu hermana").
   */
  String restateTurned(String text) {
    return restate.isEmpty() ? text : restateWords(text, true);
  }

  private String restate(String text, boolean customerVoice) {
    if (keepsItsPersons(text)) {
      return text;
    }
    return restateWords(text, customerVoice);
  }

  private String restateWords(String text, boolean customerVoice) {
    StringBuilder out = null;
    int copied = 0;
    int i = 0;
    while (i < text.length()) {
      int start = i;
      while (i < text.length() && isWordChar(text.charAt(i))) {
        i++;
      }
      if (i == start) {
        i++;
        continue;
      }
      int flags = lexicon.flags(text, start, i);
      if ((flags & (RESTATED | VOICE)) == 0 && !leadsRestatedPair(text, start, i)) {
        continue;
      }
      int next = i;
      while (next < text.length() && text.charAt(next) == ' ') {
        next++;
      }
      int nextEnd = next;
      while (nextEnd < text.length() && isWordChar(text.charAt(nextEnd))) {
        nextEnd++;
      }
      String word = fold(text.substring(start, i));
      // Two-word entries first ("i was" → "you were").
      String replacement = nextEnd > next ? restate.get(word + " " + fold(text.substring(next, nextEnd))) : null;
      int end = i;
      if (replacement != null) {
        end = nextEnd;
      } else {
        replacement = restate.get(word);
        if (replacement != null && replacement.indexOf('|') >= 0) {
          // "mi=su|usted": the first form before a word ("su tarjeta"), the second alone ("para usted").
          int bar = replacement.indexOf('|');
          replacement = nextEnd > next && next > i ? replacement.substring(0, bar) : replacement.substring(bar + 1);
          if (replacement.isEmpty()) {
            replacement = null; // "me=le|": a clitic turns only before its verb
          }
        }
      }
      if (replacement == null && (flags & VOICE) != 0
          && (customerVoice || nextEnd > next && isPossessive(text, next, nextEnd) && voice.containsKey(word)
              && voice.get(word).equals(restate.get("my")))) {
        replacement = voice.get(word);
        String object = voiceObject.get(fold(replacement));
        if (object != null && isObjectPosition(text, i, next, nextEnd)) {
          replacement = object;
        }
      }
      if (replacement == null) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length() + 8);
      }
      out.append(text, copied, start);
      out.append(replacement);
      copied = end;
      i = end;
    }
    if (out == null) {
      return text;
    }
    return out.append(text, copied, text.length()).toString();
  }

  /**
   * True when the word {@code text[start, end)} and the restated word after it are a two-word
   * entry of {@code restate}: a question's verb before the customer's "I" turns with it ("why am i
   * being charged" → "why are you being charged", "was i charged twice" → "were you charged
   * twice"), never "am you".
   */
  /** True when {@code word} is one of the language's {@code relatives} ("que", "which"). */
  boolean isRelative(String word) {
    return !word.isEmpty() && (lexicon.flags(word, 0, word.length()) & RELATIVE) != 0;
  }

  private boolean leadsRestatedPair(String text, int start, int end) {
    int next = end;
    while (next < text.length() && text.charAt(next) == ' ') {
      next++;
    }
    int nextEnd = next;
    while (nextEnd < text.length() && isWordChar(text.charAt(nextEnd))) {
      nextEnd++;
    }
    return next > end && nextEnd > next && (lexicon.flags(text, next, nextEnd) & RESTATED) != 0
        && restate.containsKey(fold(text.substring(start, end)) + " " + fold(text.substring(next, nextEnd)));
  }

  /**
   * True when {@code phrase} ends in an incise the sentence must close with a comma when it goes
   * on: a comma and a space inside it, and no word of {@code incise.listWords} ("y", "und", "et")
   * after the last one ("la cuenta de su madre, que falleció en octubre", "ma mère, décédée le mois
   * dernier"), so not a list ("die Rechnung, der Beleg und der Vertrag"). False for a language
   * without the data.
   */
  boolean opensIncise(String phrase) {
    if (inciseListWords.isEmpty()) {
      return false;
    }
    int comma = phrase.lastIndexOf(", ");
    if (comma <= 0 || comma + 2 >= phrase.length()) {
      return false;
    }
    int i = comma + 2;
    while (i < phrase.length()) {
      int start = i;
      while (i < phrase.length() && isWordChar(phrase.charAt(i))) {
        i++;
      }
      if (i == start) {
        i++;
        continue;
      }
      if (inciseListWords.contains(fold(phrase.substring(start, i)))) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when {@code text} has a word of {@code restate.keepWith} or an ending of {@code
   * restate.keepWithEndings}: a first person whose verb would have to change too, or the customer
   * addressing the company. Such a text is kept as typed, never half restated.
   */
  private boolean keepsItsPersons(String text) {
    if (restateKeep.isEmpty() && restateKeepEndings.length == 0) {
      return false;
    }
    int i = 0;
    while (i < text.length()) {
      int start = i;
      while (i < text.length() && isWordChar(text.charAt(i))) {
        i++;
      }
      if (i == start) {
        i++;
        continue;
      }
      String word = fold(text.substring(start, i));
      if (restateKeep.contains(word)) {
        return true;
      }
      for (String ending : restateKeepEndings) {
        if (word.length() > ending.length() + 1 && word.endsWith(ending) && !restateKeep.contains("!" + word)) {
          return true; // "quedé", but not a word listed as "!qué"
        }
      }
    }
    return false;
  }

  /** True when the word {@code text[start, end)} is a possessive: "kids’", "son’s". */
  private static boolean isPossessive(String text, int start, int end) {
    char last = text.charAt(end - 1);
    if (last == '’' || last == '\'') {
      return true;
    }
    return end - start > 2 && (last == 's' || last == 'S')
        && (text.charAt(end - 2) == '’' || text.charAt(end - 2) == '\'');
  }

  /**
   * True when a pronoun ending at {@code end} is an object ("to you", "sent you."): nothing
   * follows it, punctuation does, or a preposition or relative word ({@code number.headStops}).
   */
  private boolean isObjectPosition(String text, int end, int next, int nextEnd) {
    if (nextEnd == next) {
      return true;
    }
    if (next == end) {
      return true; // punctuation right after it: "to you," "you)"
    }
    if (notes.subjectAdverbs.contains(fold(text.substring(next, nextEnd)))) {
      return false; // "and you STILL charged me" → "and we still charged you", never "us still charged"
    }
    return (lexicon.flags(text, next, nextEnd) & HEAD_STOP) != 0;
  }

  /**
   * A caller's noun phrase as the patterns expect it: without a leading preposition the pattern
   * brings itself ("about your order" → "your order"), and with the language's article when it is
   * a bare singular ("iPad screen repair quote" → "the iPad screen repair quote"). A phrase that
   * starts with a determiner, a number, a possessive ("Dana’s"), an "-ing" word or a plural head
   * is kept. Allocates only when it changes something.
   */
  String nounPhrase(String phrase) {
    return nounPhrase(words(phrase));
  }

  /** {@link #nounPhrase(String)} of a text whose words were read. */
  String nounPhrase(ClauseWords words) {
    String phrase = words.text;
    int first = 0;
    while (first < phrase.length() && Character.isWhitespace(phrase.charAt(first))) {
      first++;
    }
    int end = first;
    while (end < phrase.length() && isWordChar(phrase.charAt(end))) {
      end++;
    }
    if (end == first) {
      return phrase;
    }
    int flags = lexicon.flags(phrase, first, end);
    if ((flags & LEADING_PREPOSITION) != 0 && end < phrase.length() && phrase.charAt(end) == ' ') {
      String rest = phrase.substring(end + 1).stripLeading();
      return rest.isEmpty() ? phrase : nounPhrase(rest);
    }
    if ((flags & INDEFINITE) != 0 && end < phrase.length() && phrase.charAt(end) == ' ') {
      return withIndefiniteArticle(phrase, first, end);
    }
    if (article.isEmpty() || (flags & (DETERMINER | PLURAL_DETERMINER | SUBJECT | CAPITALIZED)) != 0) {
      return phrase;
    }
    char c = phrase.charAt(first);
    boolean digitsThenLetters = Character.isDigit(c) && !isCount(phrase, first, end);
    if (!Character.isLetter(c) && !digitsThenLetters || isPossessive(phrase, first, end)) {
      return phrase; // "$42 charge", "3 orders", "Dana’s order"; not "5th time", "4G router"
    }
    if (!participleLead.isEmpty() && personParticiples.startsWithWord(phrase, first, end)
        && predicateFollows(phrase, end)) {
      String rest = Character.isUpperCase(c) && !hasInnerCapital(phrase, first, end)
          ? Character.toLowerCase(c) + phrase.substring(first + 1)
          : phrase.substring(first);
      return participleLead + " " + rest; // "charged twice" → "being charged twice"
    }
    if (end - first > 4 && phrase.regionMatches(true, end - 3, "ing", 0, 3) && Character.isLowerCase(c)) {
      return phrase; // "waiting three weeks"
    }
    if (Character.isUpperCase(c) && !hasInnerCapital(phrase, first, end) && end == phrase.length()) {
      return phrase; // a name alone: "Netflix"
    }
    if (number(words) == PLURAL_VALUE || isClause(words)) {
      return phrase;
    }
    return article + " " + phrase.substring(first);
  }

  /**
   * {@code phrase} with its leading indefinite article ({@code text[start, end)}) in the form the
   * next word's sound takes: "an hour", "a unit", "an FAQ", "an 8-day delay", "a one-off fee".
   * The article keeps its own capital. Allocates only when it changes something.
   */
  String withIndefiniteArticle(String phrase, int start, int end) {
    if (articleBeforeVowel.isEmpty()) {
      return phrase;
    }
    int next = end;
    while (next < phrase.length() && phrase.charAt(next) == ' ') {
      next++;
    }
    int nextEnd = next;
    while (nextEnd < phrase.length() && isWordChar(phrase.charAt(nextEnd))) {
      nextEnd++;
    }
    if (nextEnd == next) {
      return phrase;
    }
    String wanted = startsWithVowelSound(phrase, next, nextEnd) ? articleBeforeVowel : articleBeforeConsonant;
    if (end - start == wanted.length() && Lexicon.sameFolded(phrase, start, wanted, wanted.length())) {
      return phrase;
    }
    String written = Character.isUpperCase(phrase.charAt(start))
        ? Character.toUpperCase(wanted.charAt(0)) + wanted.substring(1)
        : wanted;
    return phrase.substring(0, start) + written + phrase.substring(end);
  }

  /**
   * True when the word {@code text[start, end)} is spoken starting with a vowel sound: by its
   * spelling, except the listed starts ({@code article.vowelSoundStarts}: "hour", "honest";
   * {@code article.consonantSoundStarts}: "uni", "eu", "one"); a word in capitals ("FAQ", "USB")
   * is spelt out, so its first letter's name decides ({@code article.vowelLetters}); a number is
   * read out ("8", "11", "18" start with a vowel sound).
   */
  boolean startsWithVowelSound(String text, int start, int end) {
    char c = text.charAt(start);
    if (Character.isDigit(c)) {
      int digits = start;
      while (digits < end && Character.isDigit(text.charAt(digits))) {
        digits++;
      }
      int n = digits - start;
      return c == '8' || n == 2 && c == '1' && (text.charAt(start + 1) == '1' || text.charAt(start + 1) == '8');
    }
    if (!Character.isLetter(c)) {
      return false;
    }
    boolean capitals = end - start >= 2;
    for (int i = start; i < end && capitals; i++) {
      capitals = !Character.isLowerCase(text.charAt(i));
    }
    if (capitals && end - start <= 5) {
      return vowelLetters.indexOf(Character.toLowerCase(c)) >= 0; // "an FAQ", "a USB cable"
    }
    if (vowelSoundStarts.startsWord(text, start, end)) {
      return true;
    }
    if (consonantSoundStarts.startsWord(text, start, end)) {
      return false;
    }
    return "aeiou".indexOf(Character.toLowerCase(c)) >= 0;
  }

  private static boolean hasInnerCapital(String text, int start, int end) {
    for (int i = start + 1; i < end; i++) {
      if (Character.isUpperCase(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean allUpper(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Character.isUpperCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** True when {@code text[0, end)} is an ordinal typed in figures ("2nd", "3rd", "21st"): it takes the article as a word would. */
  private static boolean ordinal(String text, int end) {
    int i = 0;
    while (i < end && isDigit(text.charAt(i))) {
      i++;
    }
    return i > 0 && end - i == 2 && Character.isLowerCase(text.charAt(i)) && Character.isLowerCase(text.charAt(i + 1))
        && "st nd rd th".contains(text.substring(i, end));
  }

  /**
   * Whether {@code text} dates an action in the past by a word of {@code notePastTimes} that is no
   * noun's modifier: "refunded it yesterday", "called earlier", not "escalated your earlier
   * contacts" or "refunded the last charge" (after a determiner the word describes a thing).
   */
  private boolean datedPast(String text) {
    boolean afterDeterminer = false;
    for (int i = 0; i < text.length(); ) {
      while (i < text.length() && !isWordChar(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < text.length() && isWordChar(text.charAt(i))) {
        i++;
      }
      if (i == start) {
        break;
      }
      int flags = lexicon.flags(text, start, i);
      if ((flags & PAST_TIME) != 0 && !afterDeterminer) {
        return true;
      }
      afterDeterminer = (flags & DETERMINER) != 0;
    }
    return false;
  }

  private boolean hasWord(String text, int flag) {
    for (int i = 0; i < text.length(); ) {
      while (i < text.length() && !isWordChar(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < text.length() && isWordChar(text.charAt(i))) {
        i++;
      }
      if (i > start && (lexicon.flags(text, start, i) & flag) != 0) {
        return true;
      }
    }
    return false;
  }

  /** {@link NoteForms#withoutRepeatedCount}: the summary without a last clause repeating the acknowledgement's count. */
  String withoutRepeatedCount(String summary, String named) {
    return notes.withoutRepeatedCount(summary, named);
  }

  /**
   * The subject our further actions share, or null: when one of them is a promise made of a bare
   * verb and its addressee ("email you a receipt" → "I’ll email you a receipt") and every other was
   * left as typed, a bare verb before its object ("flag your account for review"), the list says
   * the promise's subject once ("I’ll flag your account for review and email you a receipt"),
   * never a command to the customer beside our promise ("Flag your account for review and I’ll
   * email you a receipt"). {@code typed[i]} is an action as written, {@code said[i]} as
   * {@link #withSubject} says it.
   */
  String sharedStepSubject(List<String> typed, List<String> said) {
    String lead = notes.shapes.futureSubject();
    if (lead.isEmpty() || typed.size() < 2) {
      return null;
    }
    boolean promise = false;
    boolean bare = false;
    for (int i = 0; i < typed.size(); i++) {
      String t = typed.get(i);
      String s = said.get(i);
      if (s.length() == lead.length() + 1 + t.length() && s.startsWith(lead + " ") && s.regionMatches(true, lead.length() + 1, t, 0, t.length())) {
        promise = true;
        continue;
      }
      int first = 0;
      while (first < t.length() && t.charAt(first) >= 'a' && t.charAt(first) <= 'z') {
        first++;
      }
      if (!s.equals(t) || first == 0 || first >= t.length() || t.charAt(first) != ' ' || kind(t) != ClauseKind.INFORMATION
          || !objectFollows(t, first)) {
        return null; // a command to the customer ("check your spam folder"), a thing, a sentence of its own
      }
      bare = true;
    }
    return promise && bare ? lead : null;
  }

  /**
   * An agent's note without a subject, given one: "Refunded the second charge" → "I refunded the
   * second charge", "will send a replacement today" → "I will send a replacement today". Text
   * that has a subject, or a verb of its own after the first word, is returned as typed.
   */
  String withSubject(String note) {
    note = notes.tail.withMissingWords(simplePast(note)); // "driver on way" → "driver on the way"
    if (noteSubject.isEmpty() || notes.instructionFirst(note)) {
      return note; // "reset your 2FA from Settings": the customer's step, as typed
    }
    // Two steps typed as one note ("refund issued / case #88213", "unlocked acct + reset link
    // sent"): each said as a note of its own, joined; a step that is only a reference goes in brackets.
    int slash = note.indexOf(" / ");
    if (slash > 0 && !notes.joint.isEmpty()) {
      return joined(note.substring(0, slash), note.substring(slash + 3));
    }
    int and = notes.joint.isEmpty() ? -1 : secondStepAt(note);
    if (and > 0) {
      return joined(note.substring(0, and), note.substring(note.indexOf(' ', and + 1) + 1));
    }
    String found = checkedThen(note);
    if (found != null) {
      return found; // "checked the refund, it went out today" → "I’ve checked the refund: it went out today"
    }
    int comma = notes.joint.isEmpty() ? -1 : commaStepAt(note);
    if (comma > 0) {
      // "card blocked, new one mailed" → "The card has been blocked, and the new one has been mailed"
      return joined(note.substring(0, comma), note.substring(comma + 2));
    }
    int tail = notes.joint.isEmpty() ? -1 : notes.tail.at(note);
    if (tail > 0) {
      // "late fee refunded, no charge" → "The late fee has been refunded, and there’s no charge",
      // "new link sent, valid 24 hours" → "…, and it’s valid for 24 hours"
      String head = withSubject(note.substring(0, tail));
      boolean ours = head.startsWith(noteSubject) && (head.length() == noteSubject.length() || !Character.isLetter(head.charAt(noteSubject.length())));
      String said = notes.tail.said(note.substring(tail + 2), notes.joint, ours);
      if (said != null) {
        return head + notes.timed(said);
      }
    }
    String back = notes.tail.back(note);
    if (back != null) {
      return back; // "fitter back Tuesday to sand and refinish" → "The fitter will be back on Tuesday to sand and refinish"
    }
    String reported = reported(note);
    if (reported != null) {
      return reported; // "tracking shows out for delivery today" → "The tracking shows it’s out for delivery today"
    }
    String shaped = notes.shapes.said(note);
    if (shaped != null) {
      // "loyalty points 5000 added" → "I’ve added 5,000 loyalty points", "update by 5pm" → "I’ll update you by 5 PM"
      return notes.timed(shaped);
    }
    int reference = referenceAt(note);
    if (reference > 0 && !notes.referenceLead.isEmpty()) {
      int cut = reference;
      while (cut > 0 && (note.charAt(cut - 1) == ' ' || note.charAt(cut - 1) == ',')) {
        cut--;
      }
      return oneNote(note.substring(0, cut)) + notes.referenceLead + note.substring(reference).strip();
    }
    String said = oneNote(note);
    String thing = thing(said); // also after shorthand was written out: "refund to orig FOP 7-10bd"
    if (thing == said) {
      String phrase = nounNote(said);
      if (phrase != null) {
        return phrase;
      }
    }
    return thing != said ? thing : said == note ? withRole(said) : withToPlace(withTailArticle(withPlace(withRole(said))));
  }

  /**
   * The index of the first of {@code actions} that tells the customer how to stay safe (it opens
   * with one of {@code safety.starts}: "stop using", "unplug", "leave the house"), or -1.
   */
  int safetyAction(String[] actions, int count) {
    if (notes.safetyStarts.length == 0) {
      return -1;
    }
    for (int i = 0; i < count; i++) {
      String a = actions[i];
      int from = 0;
      while (from < a.length() && !Character.isLetterOrDigit(a.charAt(from))) {
        from++;
      }
      if (!notes.safetyPlease.isEmpty() && a.regionMatches(true, from, notes.safetyPlease + ' ', 0, notes.safetyPlease.length() + 1)) {
        from += notes.safetyPlease.length() + 1; // "Please stop using it"
      }
      for (String start : notes.safetyStarts) {
        int end = from + start.length();
        if (a.regionMatches(true, from, start, 0, start.length()) && (end == a.length() || !Character.isLetterOrDigit(a.charAt(end)))) {
          return i;
        }
      }
    }
    return -1;
  }

  /** {@code action} without the polite word it opens with ({@code safety.please}): the phrase says its own. */
  String withoutPlease(String action) {
    String please = notes.safetyPlease;
    int from = 0;
    while (from < action.length() && !Character.isLetterOrDigit(action.charAt(from))) {
      from++;
    }
    int end = from + please.length();
    return !please.isEmpty() && end < action.length() && action.charAt(end) == ' ' && action.regionMatches(true, from, please, 0, please.length())
        ? action.substring(end + 1) : action;
  }

  /**
   * A note that is only a noun phrase, said as a sentence by its head noun's class ({@code
   * noteThings}: "Full refund" → "I’ve issued a full refund", "meal vouchers x2" → "I’ve added two
   * meal vouchers"; {@code noteThingsFirst}: "hotfix ETA Friday" → "The hotfix should be live by
   * Friday"); two such phrases apart by a comma are joined ("known bug, fix in v4.2 next week" →
   * "It’s a known bug, and the fix ships in v4.2 next week"); a note opening with a verb in the
   * third person takes {@code noteThirdPersonSubject} ("ships in 2 to 3 days" → "It ships in 2 to 3
   * days"). Null when the note is none of these: a word of the phrase or its tail is a verb, or
   * no word of the phrase has a class.
   */
  private String nounNote(String note) {
    if (notes.thingPairs.length == 0 && notes.thingFirstPairs.length == 0 || note.isEmpty() || !hasThingWord(note)
        && (notes.thirdPersonSubject.isEmpty() || !opensWithThirdPerson(note))) {
      return null; // most notes: decided without a copy (the compose benchmark's bytes per reply)
    }
    int comma = note.indexOf(", ");
    if (comma > 0) {
      String first = nounNote(note.substring(0, comma));
      String second = first == null ? null : nounNote(note.substring(comma + 2));
      if (second == null) {
        return null;
      }
      if (second.startsWith(capitalized(notes.article) + " ")) {
        second = notes.article + second.substring(notes.article.length());
      }
      return first + notes.joint + second;
    }
    List<String> w = WORDS.splitToList(note.strip());
    if (w.isEmpty()) {
      return null;
    }
    if (!notes.thirdPersonSubject.isEmpty() && !notes.verbSuffix.isEmpty()) {
      String verb = NoteForms.fold(w.get(0));
      if (verb.length() > notes.verbSuffix.length() + 2 && verb.endsWith(notes.verbSuffix)
          && notes.toVerbs.contains(verb.substring(0, verb.length() - notes.verbSuffix.length()))
          && (w.size() == 1 || notes.thingStops.contains(NoteForms.fold(w.get(1))) || Character.isDigit(w.get(1).charAt(0)))
          && tailHasNoVerb(w, 1)) {
        return notes.thirdPersonSubject + " " + verb + note.strip().substring(w.get(0).length());
      }
    }
    if (!hasThingWord(note)) {
      return null;
    }
    int i = 0;
    String amount = null;
    char c0 = w.get(0).charAt(0);
    if (w.size() > 1 && (Character.getType(c0) == Character.CURRENCY_SYMBOL || Character.isDigit(c0))) {
      amount = w.get(0); // "$50 gas credit"
      i = 1;
    }
    int runStart = i;
    while (i < w.size() && runWord(w.get(i), i == 0)) {
      i++;
    }
    int runEnd = i;
    if (runEnd == runStart) {
      return null;
    }
    String front = null;
    if (runEnd - runStart > 1 && NoteForms.lookup(notes.thingFrontPairs, w.get(runEnd - 1), 0, w.get(runEnd - 1).length()) != null) {
      front = NoteForms.fold(w.get(--runEnd)); // "overnight shipping free" → "free overnight shipping"
    }
    String count = null;
    if (i < w.size() && w.get(i).length() > 1 && "xX×".indexOf(w.get(i).charAt(0)) >= 0) {
      String digits = w.get(i).substring(1);
      count = NoteForms.lookup(notes.countPairs, digits, 0, digits.length());
      if (count == null) {
        return null;
      }
      i++;
    }
    if (i < w.size() && !notes.thingStops.contains(NoteForms.fold(w.get(i))) || !tailHasNoVerb(w, i)) {
      return null; // "fix kit ships tomorrow" has its verb
    }
    String head = w.get(runEnd - 1);
    boolean plural = false;
    String lead = NoteForms.lookup(notes.thingPairs, head, 0, head.length());
    String after = NoteForms.lookup(notes.thingFirstPairs, head, 0, head.length());
    if (lead == null && after == null && head.length() > 3 && head.endsWith("s") && !head.endsWith("ss")) {
      plural = true;
      lead = NoteForms.lookup(notes.thingPairs, head, 0, head.length() - 1);
      after = NoteForms.lookup(notes.thingFirstPairs, head, 0, head.length() - 1);
    }
    String opening = front != null ? front : NoteForms.fold(w.get(runStart));
    if (lead == null && after == null) {
      lead = NoteForms.lookup(notes.thingFrontPairs, opening, 0, opening.length()); // "free pizza next order"
      if (lead == null || front == null && runEnd - runStart < 2) {
        return null;
      }
    }
    for (int k = runStart; k < runEnd - 1; k++) {
      String other = NoteForms.lookup(notes.thingPairs, w.get(k), 0, w.get(k).length());
      if (other != null && !other.equals(lead)) {
        return null; // "free replacement shipping today": which is the thing is not certain
      }
    }
    StringBuilder phrase = new StringBuilder(note.length() + 24);
    if (front != null) {
      phrase.append(front).append(' ');
    }
    for (int k = runStart; k < runEnd; k++) {
      String word = w.get(k);
      boolean capitalizedOnly = word.length() > 1 && Character.isUpperCase(word.charAt(0)) && word.substring(1).equals(word.substring(1).toLowerCase(Locale.ROOT));
      phrase.append(k == 0 && capitalizedOnly ? NoteForms.fold(word.substring(0, 1)) + word.substring(1) : word).append(' ');
    }
    phrase.setLength(phrase.length() - 1);
    StringBuilder tail = new StringBuilder();
    for (int k = i; k < w.size(); k++) {
      String word = w.get(k);
      String written = NoteForms.lookup(notes.thingTailPairs, word, 0, word.length());
      if (written != null && k + 1 < w.size() && notes.thingStops.contains(NoteForms.fold(w.get(k + 1)))
          && !notes.dayWord(w.get(k + 1), 0, w.get(k + 1).length())) {
        continue; // "hotfix ETA within 2 hours": the span says it
      }
      String folded = NoteForms.fold(word);
      if (k == i && lead != null && notes.thingPossessive.contains(folded) && k + 1 < w.size() && !notes.thingPossessiveLead.isEmpty()
          && notes.infoPlaces.contains(NoteForms.fold(w.get(k + 1)))) {
        tail.append(' ').append(notes.thingPossessiveLead).append(' ').append(notes.infoPossessive); // "next order" → "to your next order"
      } else if (k == i && lead != null && notes.dayWord(word, 0, word.length()) && !notes.schedulePrepositionWord().isEmpty()
          && notes.scheduleVerb(NoteForms.fold(lead.substring(lead.lastIndexOf(' ') + 1)))) {
        tail.append(' ').append(notes.schedulePrepositionWord()); // "tech visit Thursday" → "I’ve booked a tech visit for Thursday"
      } else if (k > i && notes.thingPossessive.contains(folded) && notes.thingPrepositions.contains(NoteForms.fold(w.get(k - 1)))
          && !notes.infoPossessive.isEmpty()) {
        tail.append(' ').append(notes.infoPossessive); // "for next order" → "for your next order"
      }
      tail.append(' ').append(written != null ? written : word);
    }
    if (count != null && !plural) {
      return null; // "credit x3": which thing there are three of is not certain
    }
    if (after != null) {
      if (amount != null || count != null || plural) {
        return null;
      }
      return capitalized(notes.article) + " " + phrase + " " + after + tail;
    }
    String determiner;
    if (count != null) {
      determiner = count + " ";
    } else if (plural || amount == null && notes.massNouns.contains(NoteForms.fold(head))) {
      determiner = "";
    } else {
      String first = amount != null ? amount : phrase.substring(0, phrase.indexOf(" ") > 0 ? phrase.indexOf(" ") : phrase.length());
      determiner = (startsWithVowelSound(first, 0, first.length()) ? articleBeforeVowel : articleBeforeConsonant) + " ";
    }
    return lead + " " + determiner + (amount != null ? amount + " " : "") + phrase + tail;
  }

  /**
   * A thing of one or two lower-case words, then what it does in the third person (one of {@code
   * noteToVerbs}): "phone ships tmrw" → "The phone ships tomorrow", "contract starts on delivery" →
   * "The contract starts on delivery" (never "the contract starts are on delivery"); null for any
   * other note.
   */
  private String acting(String note, int first) {
    if (notes.article.isEmpty()) {
      return null;
    }
    int i = first;
    for (int count = 0; count < 2; count++) {
      int start = i;
      while (i < note.length() && Character.isLetter(note.charAt(i))) {
        i++;
      }
      if (i == start || i >= note.length() || note.charAt(i) != ' ' || !Character.isLowerCase(note.charAt(start))) {
        return null;
      }
      int allowed = count == 0 ? PLURAL | SINGULAR | DETERMINER | PAST_TIME | LOWERCASE : PLURAL | SINGULAR;
      if ((lexicon.flags(note, start, i) & ~allowed) != 0 || isNoteStart(note, start, i)) {
        return null;
      }
      i++;
      if (opensWithThirdPerson(note.substring(i))) {
        String thing = note.substring(first, i - 1);
        int firstEnd = thing.indexOf(' ') < 0 ? i - 1 : first + thing.indexOf(' ');
        String article = (lexicon.flags(note, first, firstEnd) & (DETERMINER | PLURAL_DETERMINER)) != 0 ? "" : notes.article + " ";
        String said = article + thing + " " + notes.timed(note.substring(i));
        return note.substring(0, first) + Character.toUpperCase(said.charAt(0)) + said.substring(1);
      }
    }
    return null;
  }

  /** True when {@code note} opens with one of {@code noteToVerbs} in the third person ("ships", "arrives"), without allocating. */
  private boolean opensWithThirdPerson(String note) {
    int end = 0;
    while (end < note.length() && Character.isLetter(note.charAt(end))) {
      end++;
    }
    int suffix = notes.verbSuffix.length();
    if (suffix == 0 || end <= suffix + 2 || !note.regionMatches(true, end - suffix, notes.verbSuffix, 0, suffix)) {
      return false;
    }
    for (String verb : notes.toVerbs) {
      if (verb.length() == end - suffix && note.regionMatches(true, 0, verb, 0, verb.length())) {
        return true;
      }
      // "goes", "reaches": a verb ending in o, s, x, ch or sh takes "e" before the suffix
      if (verb.length() == end - suffix - 1 && note.regionMatches(true, 0, verb, 0, verb.length())
          && Character.toLowerCase(note.charAt(verb.length())) == 'e' && "osxh".indexOf(verb.charAt(verb.length() - 1)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** True when a word of {@code note} has a class of {@code noteThings}, {@code noteThingsFirst} or {@code noteThingFront}, without allocating. */
  private boolean hasThingWord(String note) {
    for (int i = 0; i < note.length(); ) {
      int start = i;
      while (i < note.length() && Character.isLetter(note.charAt(i))) {
        i++;
      }
      if (i > start) {
        int end = i > start + 3 && note.charAt(i - 1) == 's' ? i - 1 : i;
        if (NoteForms.lookup(notes.thingPairs, note, start, i) != null || NoteForms.lookup(notes.thingFirstPairs, note, start, i) != null
            || NoteForms.lookup(notes.thingFrontPairs, note, start, i) != null || NoteForms.lookup(notes.thingPairs, note, start, end) != null
            || NoteForms.lookup(notes.thingFirstPairs, note, start, end) != null) {
          return true;
        }
      }
      i++;
    }
    return false;
  }

  /** True when {@code word} may be a word of a noun-phrase note's phrase: a modifier or the head, never a verb or a preposition. */
  private boolean runWord(String word, boolean first) {
    if (word.length() < 2) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (!Character.isLetter(c) && !(k > 0 && (c == '-' || c == '’' || c == '\''))) {
        return false;
      }
    }
    String folded = NoteForms.fold(word);
    if (notes.thingStops.contains(folded) || notes.passiveVerbs.contains(folded) || notes.states.contains(folded)
        || isNoteStart(word, 0, word.length())
        || (lexicon.flags(word, 0, word.length()) & (VERB | SUBJECT | DETERMINER | RELATIVE | PLURAL_DETERMINER)) != 0
        || !notes.progressiveSuffix.isEmpty() && folded.endsWith(notes.progressiveSuffix) && !notes.ingNouns.contains(folded)) {
      return false;
    }
    return true;
  }

  /** True when no word of {@code w} from {@code from} on is a verb ("fix kit ships tomorrow", "beta build with fix sent"). */
  private boolean tailHasNoVerb(List<String> w, int from) {
    for (int k = from; k < w.size(); k++) {
      String word = w.get(k);
      String folded = NoteForms.fold(word);
      int end = word.length();
      while (end > 0 && !Character.isLetterOrDigit(word.charAt(end - 1))) {
        end--;
      }
      if (end == 0) {
        continue;
      }
      String bare = folded.substring(0, end);
      if (notes.passiveVerbs.contains(bare) || isNoteStart(word, 0, end) || (lexicon.flags(word, 0, end) & VERB) != 0
          || !notes.verbSuffix.isEmpty() && bare.endsWith(notes.verbSuffix) && bare.length() > notes.verbSuffix.length() + 2
              && notes.toVerbs.contains(bare.substring(0, bare.length() - notes.verbSuffix.length()))) {
        return false;
      }
    }
    return true;
  }

  /** The word of {@code text} that ends at {@code end}. */
  private static String lastWordBefore(String text, int end) {
    int start = text.lastIndexOf(' ', end - 1) + 1;
    return text.substring(start, end);
  }

  private static String capitalized(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  /**
   * {@code said} with a determiner before a bare place that ends it after a done verb ({@code
   * notePassiveVerbs}) and "to" (the first of {@code noteRolePrepositions}): "pushed to warehouse" →
   * "pushed to the warehouse", "reshipped to correct address" → "…to the correct address", "resent
   * to email" → "…to your email" (a place of {@code noteInfoPlaces} takes {@code
   * noteInfoPossessive}). One or two words in lower case of no listed kind; "to" after any other
   * word is the infinitive's ("nothing to pay") and left alone.
   */
  private String withToPlace(String said) {
    if (notes.article.isEmpty() || notes.rolePrepositionsSpaced.length == 0) {
      return said;
    }
    String to = notes.rolePrepositionsSpaced[0];
    int end = said.length();
    while (end > 0 && ".!".indexOf(said.charAt(end - 1)) >= 0) {
      end--;
    }
    int at = said.lastIndexOf(to, end);
    if (at <= 0) {
      return said;
    }
    // the done verb right before "to", or before its object: "transferred the prescription to local pharmacy"
    int verbEnd = at;
    boolean done = false;
    for (int k = 0; k < 4 && verbEnd > 0 && !done; k++) {
      int verbStart = said.lastIndexOf(' ', verbEnd - 1) + 1;
      String w = NoteForms.fold(said.substring(verbStart, verbEnd));
      done = notes.passiveVerbs.contains(w);
      // an amount between the verb and "to" is its object: "credited 15.00 to account" → "…to your account"
      boolean figure = !w.isEmpty() && Character.isDigit(w.charAt(0)) && w.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == ',');
      if (w.isEmpty() || !done && (!figure && w.chars().anyMatch(c -> !Character.isLetter(c)) || verbStart == 0)) {
        break;
      }
      verbEnd = verbStart - 1;
    }
    if (!done) {
      return said;
    }
    int start = at + to.length();
    int words = 0;
    int lastStart = start;
    for (int i = start; i < end; ) {
      int ws = i;
      while (i < end && Character.isLetter(said.charAt(i))) {
        i++;
      }
      if (i == ws || !Character.isLowerCase(said.charAt(ws)) || ++words > 2 || lexicon.flags(said, ws, i) != 0
          || words == 1 && !notes.infoPlaces.contains(NoteForms.fold(said.substring(ws, i)))
              && (kindFirsts.flags(said, ws, i) != 0 || notes.toVerbs.contains(NoteForms.fold(said.substring(ws, i))))
          || notes.noArticle.contains(NoteForms.fold(said.substring(ws, i))) || notes.dayWord(said, ws, i)
          || !notes.progressiveSuffix.isEmpty() && NoteForms.fold(said.substring(ws, i)).endsWith(notes.progressiveSuffix)) {
        return said; // "escalated to engineering", "moved to billing": a department, never "the engineering"; "the form to sign": a verb
      }
      lastStart = ws;
      if (i < end) {
        if (said.charAt(i) != ' ') {
          return said;
        }
        i++;
      }
    }
    String head = NoteForms.fold(said.substring(lastStart, end));
    if (words == 0 || notes.massNouns.contains(head) || head.endsWith("s") && !head.endsWith("ss")) {
      return said;
    }
    String article = notes.infoPlaces.contains(head) && !notes.infoPossessive.isEmpty() ? notes.infoPossessive : notes.article;
    return said.substring(0, start) + article + " " + said.substring(start);
  }

  /**
   * {@code said} with a determiner before a bare noun that ends it after one of {@code
   * noteTailArticles}' prepositions: "will call after visit" → "…after the visit", "locked as
   * precaution" → "…as a precaution"; a place of the customer's ({@code noteInfoPlaces}) takes
   * {@code noteInfoPossessive} ("applied to account" → "…to your account").
   */
  private String withTailArticle(String said) {
    if (notes.tailArticles.isEmpty()) {
      return said;
    }
    int end = said.length();
    while (end > 0 && ".!".indexOf(said.charAt(end - 1)) >= 0) {
      end--;
    }
    int start = end;
    while (start > 0 && Character.isLetter(said.charAt(start - 1))) {
      start--;
    }
    if (start == end || start < 2 || said.charAt(start - 1) != ' ' || !Character.isLowerCase(said.charAt(start))) {
      return said;
    }
    int prepStart = said.lastIndexOf(' ', start - 2) + 1;
    String article = NoteForms.lookup(notes.tailPairs, said, prepStart, start - 1);
    if (article == null) {
      return said;
    }
    String word = NoteForms.fold(said.substring(start, end));
    if ( prepStart == 0 || notes.noArticle.contains(word) || notes.tailBare.contains(word) || notes.massNouns.contains(word) || notes.dayWord(said, start, end)
        || lexicon.flags(said, start, end) != 0 || word.endsWith("s") || notes.ingNouns.contains(word)
        || !notes.progressiveSuffix.isEmpty() && word.endsWith(notes.progressiveSuffix)) {
      return said;
    }
    if (notes.infoPlaces.contains(word) && !notes.infoPossessive.isEmpty()) {
      article = notes.infoPossessive;
    } else if (notes.toArticle.length == 2 && article.equals(notes.toArticle[0])) {
      article = startsWithVowelSound(said, start, end) ? articleBeforeVowel : articleBeforeConsonant;
    }
    return said.substring(0, start) + article + " " + said.substring(start);
  }

  /**
   * A note that only names a thing, said as what was done with it ({@code noteThings}: "Voucher
   * for next order" → "I’ve added a voucher for your next order", "Replacement via UPS 2-day" →
   * "I’m sending a replacement via UPS 2-day"); a word of {@code noteThingPossessive} after a
   * preposition takes {@code noteInfoPossessive}. Any other note is returned as typed.
   */
  private String thing(String note) {
    if (notes.things.isEmpty()) {
      return note;
    }
    int amount = 0; // "$25 credit" → "I’ve added a $25 credit", "10% off next order" → "I’ve taken 10% off your next order"
    int space = note.indexOf(' ');
    if (note.length() > 2 && !Character.isLetterOrDigit(note.charAt(0)) && Character.isDigit(note.charAt(1))
        || space > 1 && Character.isDigit(note.charAt(0)) && note.charAt(space - 1) == '%') {
      amount = space + 1;
      if (amount <= 0) {
        return note;
      }
    }
    int end = amount;
    while (end < note.length() && Character.isLetter(note.charAt(end))) {
      end++;
    }
    String sentence = end == amount || end < note.length() && note.charAt(end) != ' ' ? null : NoteForms.lookup(notes.thingPairs, note, amount, end);
    if (sentence == null || end < note.length() && !notes.infoPrepositions.contains(NoteForms.fold(nextWord(note, end + 1)))
        && !notes.thingPrepositions.contains(NoteForms.fold(nextWord(note, end + 1)))
        && !(amount > 0 && notes.thingPrepositions.contains(NoteForms.fold(note.substring(amount, end)))
            && notes.thingPossessive.contains(NoteForms.fold(nextWord(note, end + 1))))) {
      // "10% off next order" is what was done; "10% off code sent" names a code, said as typed
      return note;
    }
    StringBuilder rest = new StringBuilder(note.length() + 8);
    rest.append(Character.toLowerCase(note.charAt(0))).append(note, 1, note.length());
    for (String w : notes.thingPossessive) {
      int at = rest.indexOf(' ' + w + ' ');
      if (at > 0 && !notes.infoPossessive.isEmpty()) {
        rest.insert(at + 1, notes.infoPossessive + ' ');
      }
    }
    String head = NoteForms.fold(note.substring(amount, end));
    String article = notes.massNouns.contains(head) && amount == 0 || notes.thingPrepositions.contains(head) ? ""
        : (startsWithVowelSound(note, 0, amount > 0 ? amount - 1 : end) ? articleBeforeVowel : articleBeforeConsonant) + " ";
    return sentence + " " + article + rest;
  }

  /**
   * {@code said} with {@code notePlaceVerbs}' preposition before a place named bare after the
   * verb: "bag located DEN" → "the bag has been located in DEN".
   */
  private String withPlace(String said) {
    if (notes.placeVerbs.isEmpty()) {
      return said;
    }
    for (int k = 0; k < notes.placeVerbsSpaced.length; k++) {
      int at = said.indexOf(notes.placeVerbsSpaced[k]);
      if (at < 0) {
        continue;
      }
      int start = at + notes.placeVerbsSpaced[k].length();
      int end = start;
      while (end < said.length() && Character.isLetter(said.charAt(end))) {
        end++;
      }
      if (end - start >= 2 && Character.isUpperCase(said.charAt(start)) && lexicon.flags(said, start, end) == 0
          && !notes.dayWord(said, start, end)) {
        return said.substring(0, start) + notes.placePrepositions[k] + " " + said.substring(start);
      }
    }
    return said;
  }

  /** Two steps of one note, each said on its own: "the refund has been issued, and I’ve…". */
  private String joined(String first, String second) {
    String a = first.strip();
    String b = second.strip();
    if (b.isEmpty() || a.isEmpty() || notes.referenceLead.isEmpty() && referenceOnly(b)) {
      return withSubject(a.isEmpty() ? b : a);
    }
    if (referenceOnly(b)) {
      return withSubject(a) + notes.referenceLead + b; // "refund issued / case #88213"
    }
    String then = withSubject(b);
    String shared = sharedFuture(a, then);
    if (shared != null) {
      // "engineer booked thu 8-12, will call 30 min before": the engineer calls, never "I will call"
      return withSubject(a) + notes.coordinatorSpaced + shared;
    }
    int end = 0;
    while (end < then.length() && Character.isLetter(then.charAt(end))) {
      end++;
    }
    if (end > 0 && (Lexicon.sameFolded(then, 0, notes.article, notes.article.length()) && end == notes.article.length()
        || notes.toArticle.length == 2 && (end == notes.toArticle[0].length() && Lexicon.sameFolded(then, 0, notes.toArticle[0], end)
            || end == notes.toArticle[1].length() && Lexicon.sameFolded(then, 0, notes.toArticle[1], end)))) {
      then = Character.toLowerCase(then.charAt(0)) + then.substring(1); // "The reset link…" → "…, and the reset link…"
    } else if (end > 0 && !notes.thirdPersonSubject.isEmpty() && (end == notes.modalSubject.length()
        && then.regionMatches(true, 0, notes.modalSubject, 0, end) || end == notes.thirdPersonSubject.length()
        && then.regionMatches(true, 0, notes.thirdPersonSubject, 0, end))) {
      // "…, and This should land by Friday" → "…, and it should land by Friday": the step before named the thing
      String it = notes.thirdPersonSubject;
      then = Character.toLowerCase(it.charAt(0)) + it.substring(1) + then.substring(end);
    }
    return withSubject(a) + notes.joint + then;
  }

  /**
   * A check and what it found, typed apart by a comma: the check said as our step and what it found
   * after {@code noteCheckJoint}, as typed ("checked the refund, it went out today" → "I’ve checked
   * the refund: it went out today"). The note opens with one of {@code noteCheckVerbs}, and what
   * follows the comma is a clause of its own: it opens with a subject ("it", "you") or has a verb
   * ("scratch was listed"). Null for any other note.
   */
  private String checkedThen(String note) {
    if (notes.checkVerbs.isEmpty() || notes.checkJoint.isEmpty()) {
      return null;
    }
    int first = 0;
    while (first < note.length() && isWordChar(note.charAt(first))) {
      first++;
    }
    int comma = note.indexOf(", ");
    if (first == 0 || comma <= first || note.indexOf(", ", comma + 2) > 0
        || !notes.checkVerbs.contains(NoteForms.fold(note.substring(0, first)))) {
      return null;
    }
    String rest = note.substring(comma + 2).strip();
    boolean clause = false;
    for (int i = 0, w = 0; i < rest.length() && !clause; w++) {
      while (i < rest.length() && !isWordChar(rest.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < rest.length() && isWordChar(rest.charAt(i))) {
        i++;
      }
      if (i == start) {
        break;
      }
      int flags = lexicon.flags(rest, start, i);
      clause = (flags & VERB) != 0 || w == 0 && (flags & SUBJECT) != 0;
    }
    if (!clause) {
      return null;
    }
    String check = oneNote(note.substring(0, comma));
    if (check.equals(note.substring(0, comma))) {
      return null; // the check was not said as our step
    }
    boolean keepCapital = rest.length() > 1 && Character.isUpperCase(rest.charAt(1)) || rest.startsWith("I ");
    String found = keepCapital ? rest : Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
    return check + notes.checkJoint + " " + found;
  }

  /**
   * The second step of a note without the subject it was given, when the first step names a person
   * of ours by role ({@code noteRoleIndefinite}: "engineer booked thu 8-12") and the second says
   * what will happen next ({@code noteToFuture}: "will call 30 min before"): that person is its
   * subject, so it is said after the first step's ("…has been booked … and will call 30 minutes
   * before"). Null otherwise.
   */
  private String sharedFuture(String first, String then) {
    String role = roleOpening(first);
    return role == null || notes.coordinatorSpaced.isEmpty() || !then.startsWith(noteSubject + " " + notes.toFuture + " ")
        ? null : then.substring(noteSubject.length() + 1);
  }

  /**
   * A further action that says what will happen next ("will call 30 min before", said "I will
   * call…"), after one whose note opens with a person of ours by role ("engineer booked for wed"):
   * that person is its subject ("The engineer will call 30 minutes before"), never "I". {@code said}
   * itself otherwise.
   */
  String nextByRole(String previous, String said) {
    String role = roleOpening(previous);
    String lead = noteSubject + " " + notes.toFuture + " ";
    if (role == null || notes.article.isEmpty() || !said.startsWith(lead)) {
      return said;
    }
    return Character.toUpperCase(notes.article.charAt(0)) + notes.article.substring(1) + " " + role + said.substring(noteSubject.length());
  }

  /**
   * The role word ({@code noteRoleIndefinite}: "engineer", "technician") a note opens with, bare or
   * after a determiner ("engineer booked…", "the technician is booked…"), or null.
   */
  private String roleOpening(String note) {
    if (notes.toFuture.isEmpty() || notes.roleIndefinite.isEmpty()) {
      return null;
    }
    int start = 0;
    while (start < note.length() && !isWordChar(note.charAt(start))) {
      start++;
    }
    for (int w = 0; w < 2 && start < note.length(); w++) {
      int end = start;
      while (end < note.length() && isWordChar(note.charAt(end))) {
        end++;
      }
      if (end == start) {
        return null;
      }
      String word = NoteForms.fold(note.substring(start, end));
      if (notes.roleIndefinite.contains(word)) {
        return word;
      }
      if (w == 0 && !word.equals(NoteForms.fold(notes.article)) && (lexicon.flags(note, start, end) & DETERMINER) == 0) {
        return null; // only "engineer …" or "the engineer …", "an engineer …"
      }
      start = end;
      while (start < note.length() && note.charAt(start) == ' ') {
        start++;
      }
    }
    return null;
  }


  /**
   * Where " and " (the first of {@code noteCoordinators}) opens a second step of its own: a thing
   * and what was done to it ("unlocked acct and reset link sent"); -1 when there is none.
   */
  private int secondStepAt(String note) {
    String spaced = notes.coordinatorSpaced;
    if (spaced.isEmpty()) {
      return -1;
    }
    for (int at = note.indexOf(spaced); at > 0; at = note.indexOf(spaced, at + 1)) {
      int next = at + spaced.length();
      if (note.lastIndexOf(' ', at - 1) > 0 && passive(note.substring(next), 0) != null) {
        return at;
      }
    }
    return -1;
  }

  /**
   * Where ", " parts two steps typed as one note, each a note of its own: a step done before it
   * (a past tense or a note's opening word first, or a thing and what was done to it), and after
   * it a thing and what was done to it ("card blocked, new one mailed"), another past tense or
   * note opening ("cancelled auto-renew, refunded 89.00"), a modal ("marked refund urgent, should
   * land by Fri") or a verb in the third person ("replacement sent, arrives Wed"); -1 when there is
   * none. A comma before anything else (an amount, a reference, a remark) stays as typed.
   */
  private int commaStepAt(String note) {
    for (int at = note.indexOf(", "); at > 0; at = note.indexOf(", ", at + 1)) {
      int next = at + 2;
      int nextEnd = next;
      while (nextEnd < note.length() && Character.isLetter(note.charAt(nextEnd))) {
        nextEnd++;
      }
      if (nextEnd == next || nextEnd < note.length() && note.charAt(nextEnd) != ' ') {
        continue;
      }
      String rest = note.substring(next);
      boolean step = passive(rest, 0) != null || isNoteStart(note, next, nextEnd) || opensWithThirdPerson(rest) || acting(rest, 0) != null
          || notes.isModal(NoteForms.fold(note.substring(next, nextEnd)));
      if (step && stepBefore(note.substring(0, at))) {
        return at;
      }
    }
    return -1;
  }

  /** True when {@code text} opens with a past tense or a note's opening word, or is a thing and what was done to it. */
  private boolean stepBefore(String text) {
    int first = 0;
    while (first < text.length() && text.charAt(first) == ' ') {
      first++;
    }
    int end = first;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return end > first && isNoteStart(text, first, end) || passive(text, first) != null;
  }

  /**
   * A thing of one or two words and a verb it reports with ({@code noteReportVerbs}), then what it
   * reports with no subject of its own: "tracking shows out for delivery today" → "The tracking
   * shows it’s out for delivery today" (never "the tracking shows are out…", "shows" read as the
   * thing's plural). Null for any other note, and when what follows opens with a determiner, a
   * subject or a figure ("app shows the old price" stays as typed).
   */
  private String reported(String note) {
    if (notes.reportVerbs.isEmpty() || notes.reportSubject.isEmpty() || notes.article.isEmpty()) {
      return null;
    }
    List<String> w = WORDS.splitToList(note.strip());
    for (int v = 1; v <= 2 && v + 1 < w.size(); v++) {
      if (!notes.reportVerbs.contains(NoteForms.fold(w.get(v)))) {
        continue;
      }
      for (int k = 0; k < v; k++) {
        String t = w.get(k);
        if (!t.chars().allMatch(Character::isLowerCase) || (lexicon.flags(t, 0, t.length()) & ~THING_WORD) != 0) {
          return null;
        }
      }
      String next = w.get(v + 1);
      int letters = 0;
      while (letters < next.length() && Character.isLetter(next.charAt(letters))) {
        letters++;
      }
      if (letters == 0 || (lexicon.flags(next, 0, letters) & (DETERMINER | SUBJECT | PLURAL_DETERMINER | VERB)) != 0
          || NoteForms.fold(next).equals(notes.reportSubject)) {
        return null;
      }
      String rest = notes.timed(String.join(" ", w.subList(v + 1, w.size())));
      return capitalized(notes.article) + " " + String.join(" ", w.subList(0, v)) + " " + w.get(v) + " "
          + notes.reportSubject + " " + rest;
    }
    return null;
  }

  /** True when {@code text} is only a reference: words of {@code noteReferenceWords}, then a code ("case #88213"). */
  private boolean referenceOnly(String text) {
    int codeStart = text.lastIndexOf(' ') + 1;
    if (!isCode(text, codeStart, text.length())) {
      return false;
    }
    for (String w : SPACE.split(text.substring(0, codeStart))) {
      if (!notes.referenceWords.contains(NoteForms.fold(w))) {
        return false;
      }
    }
    return true;
  }

  private static final com.google.common.base.Splitter SPACE = com.google.common.base.Splitter.on(' ').omitEmptyStrings();

  /**
   * Where a reference ending the note starts ("priority trace opened ref DENUA55123", "complaint
   * logged #C-20931", "refund reprocessed, ref RF-5512"): after a thing and what was done to it,
   * words of {@code noteReferenceWords} (one word before them may qualify them: "eng ticket")
   * and a code; a code alone only when it starts with "#" or the thing is itself a reference
   * ("data recovery ticket opened DR-118"). -1 when there is none.
   */
  private int referenceAt(String note) {
    if (notes.referenceWords.isEmpty()) {
      return -1;
    }
    int end = note.length();
    int codeStart = note.lastIndexOf(' ', end - 1) + 1;
    if (codeStart == 0 || !isCode(note, codeStart, end)) {
      return -1;
    }
    int start = codeStart;
    boolean named = note.charAt(codeStart) == '#';
    boolean qualified = false;
    while (start > 1) {
      int wordEnd = start - 1;
      int comma = wordEnd > 0 && note.charAt(wordEnd - 1) == ',' ? 1 : 0;
      int wordStart = note.lastIndexOf(' ', wordEnd - 1 - comma) + 1;
      String word = NoteForms.fold(note.substring(wordStart, wordEnd - comma));
      if (notes.passiveVerbs.contains(word) && comma == 0 || notes.passiveVerbs.contains(word) && comma == 1) {
        if (wordStart == 0) {
          return -1; // "rebooked DL1234": the verb opens the note, the code is its object
        }
        if (!named) {
          for (String w : SPACE.split(note.substring(0, wordStart))) {
            named |= notes.referenceWords.contains(NoteForms.fold(w));
          }
        }
        return named ? start : -1;
      }
      if (comma == 1) {
        return -1;
      }
      if (notes.referenceWords.contains(word)) {
        named = true;
      } else if (named && !qualified && Character.isLowerCase(note.charAt(wordStart)) && !notes.objectBeforePrepositions.contains(word)) {
        qualified = true; // "engineering ticket #4471"; never "to" ("gift note added to order 5521": where it was done)
      } else {
        return -1;
      }
      start = wordStart;
    }
    return -1;
  }

  /** True when {@code text[start, end)} is a code: a digit, and a "#", a capital or four digits or more. */
  private static boolean isCode(String text, int start, int end) {
    if (end - start < 2) {
      return false;
    }
    boolean digit = false;
    boolean capital = text.charAt(start) == '#';
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      digit |= Character.isDigit(c);
      capital |= Character.isUpperCase(c);
      if (!Character.isLetterOrDigit(c) && c != '-' && !(c == '#' && i == start)) {
        return false;
      }
    }
    return digit && (capital || end - start >= 4);
  }

  /**
   * {@code said} with the article a role takes after "to" ({@code noteRolePrepositions}): a bare
   * name of people ending in one of {@code owner.groupNouns} is ours ("sent it to billing team" →
   * "sent it to our billing team"), or one of many with the indefinite article when its head is
   * one of {@code noteRoleIndefinite} ("transferred you to live agent" → "to a live agent").
   */
  private String withRole(String said) {
    if (notes.roleArticle.isEmpty() || notes.rolePrepositions.isEmpty()) {
      return said;
    }
    for (String p : notes.rolePrepositionsSpaced) {
      int at = said.indexOf(p);
      if (at < 0) {
        continue;
      }
      int start = at + p.length();
      int i = start;
      int words = 0;
      int headStart = start;
      while (i < said.length() && words < 3) {
        int ws = i;
        while (i < said.length() && Character.isLetter(said.charAt(i))) {
          i++;
        }
        boolean acronym = i - ws >= 2 && allUpper(said, ws, i); // "with CDN team": an acronym naming the team
        if (i == ws || !acronym && !Character.isLowerCase(said.charAt(ws)) || lexicon.flags(said, ws, i) != 0 && (lexicon.flags(said, ws, i) & (PLURAL | SINGULAR)) == 0) {
          return said; // "to your email", "to Tier 2", "to you"
        }
        headStart = ws;
        words++;
        if (i < said.length() && said.charAt(i) == ' ' && i + 1 < said.length() && Character.isLetter(said.charAt(i + 1))
            && !notes.noArticle.contains(NoteForms.fold(nextWord(said, i + 1)))) {
          i++;
          continue;
        }
        break;
      }
      if (words == 0 || i < said.length() && Character.isLetterOrDigit(said.charAt(i)) || !groupNouns.startsWithWord(said, headStart, i)) {
        return said;
      }
      String head = NoteForms.fold(said.substring(headStart, i));
      int firstEnd = start;
      while (firstEnd < said.length() && Character.isLetter(said.charAt(firstEnd))) {
        firstEnd++;
      }
      String article = !notes.roleIndefinite.contains(head) ? notes.roleArticle
          : startsWithVowelSound(said, start, firstEnd) ? articleBeforeVowel : articleBeforeConsonant;
      return article.isEmpty() ? said : said.substring(0, start) + article + " " + said.substring(start);
    }
    return said;
  }

  private static String nextWord(String text, int from) {
    int end = from;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return text.substring(from, end);
  }

  /**
   * A step typed in the perfect and dated by a finished time after its verb (a word of
   * {@code notePastTimes}) in the simple past: "I’ve refunded $40 yesterday" → "I refunded $40
   * yesterday", "He reembolsado 64,90 € ayer" → "Reembolsé 64,90 € ayer" ({@code notePerfectPast}).
   * A language whose perfect takes such a time (French, German) lists no {@code notePerfectPast}.
   */
  private String simplePast(String note) {
    int first = 0;
    while (first < note.length() && note.charAt(first) == ' ') {
      first++;
    }
    NoteForms.Past past = notes.simplePast(note, first);
    if (past == null || !datedPast(note.substring(past.end()))) {
      return note;
    }
    return note.substring(0, first) + past.said() + note.substring(past.end());
  }

  /** {@link #withSubject}, one step. */
  private String oneNote(String note) {
    note = notes.withObject(notes.timed(note));
    int first = 0;
    while (first < note.length() && !isWordChar(note.charAt(first))) {
      first++;
    }
    int firstEnd = first;
    while (firstEnd < note.length() && isWordChar(note.charAt(firstEnd))) {
      firstEnd++;
    }
    if (firstEnd == first) {
      return note;
    }
    if (!notes.alone.isEmpty()) {
      int last = note.length();
      while (last > firstEnd && !isWordChar(note.charAt(last - 1))) {
        last--;
      }
      String said = last - first > notes.aloneMostChars ? null
          : notes.alone.get(NoteForms.fold(note.substring(first, last)));
      if (said != null) {
        return note.substring(0, first) + said + note.substring(last); // "done" → "That’s done"
      }
    }
    if (!notes.stateSubject.isEmpty() && firstEnd < note.length()
        && notes.stateParticiples.contains(NoteForms.fold(note.substring(first, firstEnd)))) {
      // "covered under warranty" is a state, not our act: "This is covered under your warranty"
      String rest = note.substring(firstEnd);
      String[] w = rest.strip().split(" ", 3);
      if (w.length >= 2 && !notes.infoPossessive.isEmpty() && notes.infoPrepositions.contains(NoteForms.fold(w[0]))
          && notes.infoPlaces.contains(NoteForms.fold(w[1].replaceAll("[.,;:!?]+$", "")))) {
        rest = " " + w[0] + " " + notes.infoPossessive + " " + w[1] + (w.length > 2 ? " " + w[2] : "");
      }
      return note.substring(0, first) + notes.stateSubject + " "
          + Character.toLowerCase(note.charAt(first)) + note.substring(first + 1, firstEnd) + rest;
    }
    if (!isNoteStart(note, first, firstEnd) || proNounAt(note, firstEnd) && passive(note, first) != null) {
      // most actions start with their subject ("I’ve refunded…"): decided here; "damaged one
      // collected" names a thing by what it is, never "I’ve damaged one…"
      String future = future(note, first);
      if (future != null) {
        return future;
      }
      String passive = passive(note, first);
      if (passive != null) {
        return passive;
      }
      String acting = acting(note, first);
      if (acting != null) {
        return acting;
      }
      if (first == 0 && kind(note) == ClauseKind.INSTRUCTION && kindFirsts.flags(note, first, firstEnd) != 0) {
        return instructed(note, first, firstEnd); // "update card in Billing", "log out and back in": the customer's step, never a thing
      }
      String info = information(note, first);
      if (info != null) {
        return info;
      }
      String progressive = progressive(note, first, firstEnd);
      return progressive == null ? note : progressive;
    }
    if (kind(note) == ClauseKind.QUESTION) {
      return note; // "Can you send a photo?", "could you confirm the address"
    }
    // Only the note's first clause counts: "checked your account: the payment is pending".
    int clauseEnd = note.length();
    for (int i = firstEnd; i < note.length(); i++) {
      char c = note.charAt(i);
      if (c == ':' || c == ';' || c == '—' || c == '–' || c == '(' || c == '.') {
        clauseEnd = i;
        break;
      }
    }
    int words = 1;
    int previous = 0; // the previous word's flags
    int previousEnd = firstEnd;
    boolean relative = false; // inside a relative clause after a noun
    for (int i = firstEnd; i < clauseEnd; ) {
      while (i < clauseEnd && !isWordChar(note.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < clauseEnd && isWordChar(note.charAt(i))) {
        i++;
      }
      if (i > start) {
        if (!notes.clauseEnds.isEmpty() && notes.clauseEnds.contains(NoteForms.fold(note.substring(start, i)))) {
          words++;
          break; // "waived the fee so we can drop it off tonight": the subject of the next clause is its own
        }
        words++;
        // A word right after a figure is its unit ("8 AM", "5 days"), never a verb of the note's own.
        int flags = start >= 2 && note.charAt(start - 1) == ' ' && Character.isDigit(note.charAt(start - 2)) ? 0 : lexicon.flags(note, start, i);
        if ((flags & VERB) != 0 && (previous & COORDINATOR) != 0 && isNoteStart(note, start, i)) {
          previous = flags; // a second past tense sharing the subject: "Closed the account and stopped the bills"
          continue;
        }
        if ((flags & SUBJECT) != 0 && words > 2 && note.lastIndexOf(',', start) < previousEnd
            && (previous & (DETERMINER | VERB | SUBJECT | HEAD_STOP | COORDINATOR | PLURAL_DETERMINER | RELATIVE)) == 0) {
          previous = flags; // a relative clause after a noun: "refunded the fees I mentioned"
          previousEnd = i;
          relative = true;
          continue;
        }
        if (relative && (flags & VERB) != 0) {
          relative = false; // the relative clause's own verb: "refunded the charge I was not expecting"
          previous = flags;
          previousEnd = i;
          continue;
        }
        if ((flags & VERB) != 0 || (flags & SUBJECT) != 0 && isSubjectAt(note, start, i, clauseEnd)) {
          return note; // "Attached is the label", "Checked, you were charged twice"
        }
        previous = flags;
        previousEnd = i;
      }
    }
    if (words < 2) {
      if (notes.object.isEmpty() || notePerfectSubject.isEmpty() || (lexicon.flags(note, first, firstEnd) & NOTE_START) != 0) {
        return note;
      }
      // A note of one past tense: "resent" → "I’ve resent it".
      String participle = notes.participles.get(NoteForms.fold(note.substring(first, firstEnd)));
      String verb = participle != null ? participle : note.substring(first, firstEnd).toLowerCase(Locale.ROOT);
      return note.substring(0, first) + notePerfectSubject + " " + verb + " " + notes.object + note.substring(firstEnd);
    }
    int cp = note.codePointAt(first);
    String rest = note.substring(first + Character.charCount(cp));
    String head = Character.isUpperCase(cp) ? new String(Character.toChars(Character.toLowerCase(cp))) : new String(Character.toChars(cp));
    String participle = notePerfectSubject.isEmpty() || datedPast(note)
        ? null : notes.participles.get(NoteForms.fold(note.substring(first, firstEnd)));
    String object = (lexicon.flags(note, first, firstEnd) & NOTE_START) != 0
        ? note.substring(firstEnd) // "will send…", "can offer…": no past, no article
        : withArticle(note, firstEnd); // "cancelled duplicate booking" → "…the duplicate booking"
    object = amountJoined(object); // "refunded delivery fee $34.99" → "…the delivery fee of $34.99"
    if (participle != null) {
      return note.substring(0, first) + notePerfectSubject + " " + participle + object; // "I’ve broken down…"
    }
    return note.substring(0, first) + subjectOf(note, first, firstEnd) + " " + head
        + rest.substring(0, firstEnd - first - Character.charCount(cp)) + object;
  }

  /**
   * {@code note} from {@code verbEnd} on, with {@code noteArticle} before a bare object: the word
   * after the verb is lower-case letters of no listed kind, no particle, adverb or time word
   * ({@code noteNoArticle}, "-ly"), no past tense and no gerund ("resent today", "broke down").
   */
  private String withArticle(String note, int verbEnd) {
    String tail = note.substring(verbEnd);
    if (notes.article.isEmpty() || verbEnd >= note.length() || note.charAt(verbEnd) != ' ') {
      return tail;
    }
    int start = verbEnd + 1;
    int end = start;
    while (end < note.length() && Character.isLetter(note.charAt(end))) {
      end++;
    }
    if (end == start || end < note.length() && isWordChar(note.charAt(end)) || !Character.isLowerCase(note.charAt(start))) {
      return tail; // "$120", "Monday", "4G", "dup’s"
    }
    String word = NoteForms.fold(note.substring(start, end));
    if (lexicon.flags(note, start, end) != 0 || notes.noArticle.contains(word) || notes.massNouns.contains(word) && !nounFollows(note, end) || word.endsWith("ly")
        || isNoteStart(note, start, end) || !notes.progressiveSuffix.isEmpty() && word.endsWith(notes.progressiveSuffix)
        || notes.clauseEnds.contains(word) || noteCoordinator(word)) {
      return tail;
    }
    // The object's head, its last bare word ("store credit" → "credit"), may be a mass noun
    // ("offered store credit"): listed in noteNoArticle too.
    for (int i = end; i + 1 < note.length() && note.charAt(i) == ' ' && Character.isLowerCase(note.charAt(i + 1)); ) {
      int s = i + 1;
      int e = s;
      while (e < note.length() && Character.isLetter(note.charAt(e))) {
        e++;
      }
      if (e < note.length() && isWordChar(note.charAt(e))) {
        break;
      }
      if (notes.massNouns.contains(NoteForms.fold(note.substring(s, e)))) {
        return tail; // a mass noun ("store credit"): as typed
      }
      if (lexicon.flags(note, s, e) != 0 || notes.noArticle.contains(NoteForms.fold(note.substring(s, e)))) {
        break;
      }
      i = e;
    }
    return " " + notes.article + tail;
  }

  /**
   * True when a bare lower-case noun follows {@code end} (one space, letters only, no listed kind):
   * the word before it qualifies it, so a mass noun there is not the object's head ("refunded
   * delivery fee" → "…the delivery fee", "offered store credit" stays).
   */
  private boolean nounFollows(String note, int end) {
    int s = end + 1;
    if (s >= note.length() || note.charAt(end) != ' ' || !Character.isLowerCase(note.charAt(s))) {
      return false;
    }
    int e = s;
    while (e < note.length() && Character.isLetter(note.charAt(e))) {
      e++;
    }
    if (e < note.length() && isWordChar(note.charAt(e))) {
      return false;
    }
    String w = NoteForms.fold(note.substring(s, e));
    return lexicon.flags(note, s, e) == 0 && !notes.noArticle.contains(w) && !isNoteStart(note, s, e) && !notes.clauseEnds.contains(w)
        && !notes.infoPrepositions.contains(w) && !notes.toVerbs.contains(w);
  }

  /**
   * {@code object} (the words after a note's verb) with an amount typed after its noun joined to
   * it: " the delivery fee $34.99" → " the delivery fee of $34.99" ({@code noteShape.amountOf}), a
   * place of the customer's ({@code noteInfoPlaces}) takes {@code noteShape.amountWith}: " your
   * account 12.50" → " your account with 12.50". Only an amount (a currency sign or cents) counts:
   * "plan 2", "order 5521" are names. Any other object is returned as it is.
   */
  private String amountJoined(String object) {
    if (notes.amountOf.isEmpty()) {
      return object;
    }
    Matcher m = OBJECT_AMOUNT.matcher(object);
    boolean matched = m.matches();
    if (!matched) {
      m = OBJECT_FIGURE.matcher(object); // "the late fee 25": a plain number only after a thing that owns an amount
      if (!m.matches() || !amountOwner(NoteForms.fold(m.group(2)))) {
        return object;
      }
    }
    String head = NoteForms.fold(m.group(2));
    if (isNoteStart(head, 0, head.length()) || noteCoordinator(head) || notes.noArticle.contains(head) || notes.infoPrepositions.contains(head) || notes.clauseEnds.contains(head)
        || notes.referenceWords.contains(head) || lexicon.flags(head, 0, head.length()) != 0) {
      return object; // "moved to 12", "refunded in 30": a preposition or a word of a listed kind before the figure
    }
    if (notes.infoPlaces.contains(head) && !notes.amountWith.isEmpty()) {
      return m.group(1) + " " + notes.amountWith + " " + m.group(3); // "your account with 12.50"
    }
    if (!notes.amountFor.isEmpty() && !notes.amountOwners.isEmpty() && !amountOwner(head)) {
      return " " + m.group(3) + " " + notes.amountFor + m.group(1); // "the fries 3.50" → "3.50 for the fries"
    }
    String owner = m.group(1);
    int w = owner.indexOf(' ', 1);
    String first = owner.substring(1, w < 0 ? owner.length() : w);
    if (!notes.article.isEmpty() && (lexicon.flags(first, 0, first.length()) & (DETERMINER | PLURAL_DETERMINER | SUBJECT)) == 0
        && !NoteForms.fold(first).equals(NoteForms.fold(notes.article))) {
      owner = " " + notes.article + owner; // "waived late fee 25" → "…the late fee of 25": the customer's own fee
    }
    return owner + " " + notes.amountOf + " " + m.group(3);
  }

  /** True when {@code head} (folded) owns an amount ({@code noteShape.amountOwners}), in the singular or the plural. */
  private boolean amountOwner(String head) {
    if (notes.amountOwners.contains(head)) {
      return true;
    }
    return head.endsWith("es") && notes.amountOwners.contains(head.substring(0, head.length() - 2))
        || head.endsWith("s") && notes.amountOwners.contains(head.substring(0, head.length() - 1));
  }

  /** A thing's words, then its amount (a currency sign or cents): "refund 420.00", "late fee $25". */
  private static final Pattern THING_AMOUNT =
      Pattern.compile("((?:\\p{Ll}[\\p{L}-]* )*?(\\p{Ll}[\\p{L}-]*)) +(\\p{Sc}\\d{1,3}(?:,?\\d{3})*(?:\\.\\d{2})?|\\d{1,3}(?:,?\\d{3})*\\.\\d{2}(?: ?\\p{Sc})?)");

  /** A thing ending in a plain number (no currency, no cents): "joining fee 30". */
  private static final Pattern THING_FIGURE =
      Pattern.compile("((?:\\p{Ll}[\\p{L}-]* )*?(\\p{Ll}[\\p{L}-]*)) +(\\d{1,3}(?:,\\d{3})*|\\d{1,4})");

  /** A plain number (no currency, no cents) ending an object: "the late fee 25". */
  private static final Pattern OBJECT_FIGURE =
      Pattern.compile("((?: \\p{Ll}[\\p{L}-]*)*? (\\p{Ll}[\\p{L}-]*)) +(\\d{1,3}(?:,\\d{3})*|\\d{1,5})");

  private static final Pattern OBJECT_AMOUNT =
      Pattern.compile("((?: \\p{Ll}[\\p{L}-]*)*? (\\p{Ll}[\\p{L}-]*)) +(-?(?:\\p{Sc}\\d{1,3}(?:,?\\d{3})*(?:\\.\\d{2})?|\\d{1,3}(?:,?\\d{3})*\\.\\d{2}(?: ?\\p{Sc})?))");

  private boolean noteCoordinator(String word) {
    return (lexicon.flags(word, 0, word.length()) & COORDINATOR) != 0;
  }

  /**
   * A note of a thing, then an amount, a place or its own past tense ("new rate $45/mo", "tracking
   * in email", "promo ended Nov 1"), said as a sentence ("The new rate is $45/mo", "The tracking is
   * in email", "The promo ended Nov 1"), or null when the note is not one: the thing is one to three
   * lower-case words of no listed kind, and no verb of the lexicon follows.
   */
  private String information(String note, int first) {
    if (notes.copula.length == 0 || !Character.isLowerCase(note.charAt(first))) {
      return null;
    }
    int i = first;
    int count = 0;
    boolean pluralBefore = false;
    while (i < note.length()) {
      int start = i;
      while (i < note.length() && Character.isLetter(note.charAt(i))) {
        i++;
      }
      if (i == start || i < note.length() && note.charAt(i) != ' ' || !Character.isLowerCase(note.charAt(start))) {
        return null; // "x Apt 1B, 11 W 1th St": a name or an address, as typed
      }
      String word = NoteForms.fold(note.substring(start, i));
      if (count > 0 && notes.isModal(word)) {
        return statement(note, first, start, true); // "bank may take 2 more days" → "The bank may take…": the thing is its subject
      }
      if (count > 0 && (notes.infoPrepositions.contains(word) || isNoteStart(note, start, i))) {
        if (isNoteStart(note, start, i) && objectFollows(note, i)) {
          return null; // "courier took the parcel": its own object, not a note about the courier
        }
        if (count == 1 && notes.infoPrepositions.contains(word) && kind(note.substring(first)) == ClauseKind.INSTRUCTION) {
          return null; // "turn on 2FA in Settings": the customer's step, never "the turn is on 2FA"
        }
        return statement(note, first, start, !notes.infoPrepositions.contains(word));
      }
      if (count > 0 && pluralBefore && !word.endsWith("s")) {
        return null; // "points expire 12 months after…": a word after a plural is its verb, not the thing's head
      }
      pluralBefore = word.length() > 3 && word.endsWith("s") && !word.endsWith("ss");
      if (notes.passiveVerbs.contains(word) || notes.thingStops.contains(word) && !notes.infoPrepositions.contains(word)
          || !notes.verbSuffix.isEmpty() && word.length() > notes.verbSuffix.length() + 2 && word.endsWith(notes.verbSuffix)
              && notes.toVerbs.contains(word.substring(0, word.length() - notes.verbSuffix.length()))) {
        return null; // "reset 2FA", "new card within 5 to 7 business days", "ships in 2 to 3 days": no thing and its amount
      }
      if ((lexicon.flags(note, start, i) & ~THING_WORD) != 0 || isNoteStart(note, start, i) || ++count > 3 || i >= note.length()
          || !notes.progressiveSuffix.isEmpty() && word.endsWith(notes.progressiveSuffix) && !notes.ingNouns.contains(word)) {
        return null;
      }
      i++;
      char c = i < note.length() ? note.charAt(i) : ' ';
      if (Character.isDigit(c) || Character.getType(c) == Character.CURRENCY_SYMBOL) {
        if (count == 1 && Character.isDigit(c) && kind(note) == ClauseKind.INSTRUCTION) {
          return null; // "call 1-800-555-0199 24/7 if…": what the customer can do, never "the call is…"
        }
        int after = note.indexOf(' ', i);
        int afterEnd = after < 0 ? -1 : note.indexOf(' ', after + 1);
        if (after > 0 && notes.passiveVerbs.contains(NoteForms.fold(note.substring(after + 1, afterEnd < 0 ? note.length() : afterEnd)))) {
          return null; // "credit $15 added": what was done with the amount, not what the thing is
        }
        String lead = count == 1 && Character.getType(c) == Character.CURRENCY_SYMBOL ? NoteForms.lookup(notes.thingPairs, note, first, i - 1) : null;
        if (lead != null && !articleBeforeConsonant.isEmpty()) {
          // "credit $49 on next invoice" → "I’ve added a $49 credit on your next invoice": what was done, not what the credit is
          String amount = after < 0 ? note.substring(i) : note.substring(i, after);
          String rest = after < 0 ? "" : note.substring(after);
          for (String w : notes.thingPossessive) {
            int at = rest.indexOf(' ' + w + ' ');
            String prep = at > 0 ? NoteForms.fold(lastWordBefore(rest, at)) : "";
            if (at > 0 && (notes.thingPrepositions.contains(prep) || notes.infoPrepositions.contains(prep)) && !notes.infoPossessive.isEmpty()) {
              rest = rest.substring(0, at + 1) + notes.infoPossessive + rest.substring(at);
            }
          }
          return note.substring(0, first) + lead + " " + articleBeforeConsonant + " " + amount + " " + note.substring(first, i - 1) + rest;
        }
        return statement(note, first, i, false);
      }
    }
    return null;
  }

  /** Flags a word of a thing may carry in an information note ("new charges": number and gender only). */
  private static final int THING_WORD = PLURAL | SINGULAR | LOWERCASE | MASCULINE | FEMININE | NEUTER;

  /** True when a determiner or a pronoun follows {@code end} in {@code note}. */
  private boolean objectFollows(String note, int end) {
    int next = end;
    while (next < note.length() && note.charAt(next) == ' ') {
      next++;
    }
    int nextEnd = next;
    while (nextEnd < note.length() && isWordChar(note.charAt(nextEnd))) {
      nextEnd++;
    }
    return nextEnd > next && (lexicon.flags(note, next, nextEnd) & (DETERMINER | SUBJECT | PLURAL_DETERMINER)) != 0;
  }

  /** The thing {@code note[first, at)} with its article, then the copula (unless {@code verb}), then the rest. */
  private String statement(String note, int first, int at, boolean verb) {
    String rest = note.substring(at);
    for (int i = at; i < note.length(); i++) {
      int start = i;
      while (i < note.length() && isWordChar(note.charAt(i))) {
        i++;
      }
      if (i > start && ((lexicon.flags(note, start, i) & VERB) != 0 || notes.passiveVerbs.contains(NoteForms.fold(note.substring(start, i))))) {
        return null; // "tracking in email is wrong", "beta build with fix sent" have their verb
      }
    }
    String thing = note.substring(first, at).strip();
    String phrase = nounPhrase(thing);
    if (phrase.equals(thing) && !notes.article.isEmpty()) {
      // The thing is the customer's own ("new charges £12.50", "tracking in email"): said with its
      // article ("The new charges are £12.50"), never as a generic plural or a bare gerund.
      phrase = notes.article + " " + thing;
    }
    phrase = Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
    String link = verb ? "" : notes.copula[number(words(thing)) == PLURAL_VALUE ? 1 : 0] + " ";
    return note.substring(0, first) + phrase + " " + link + withPossessivePlace(rest);
  }

  /**
   * {@code rest} ("in email") with {@code noteInfoPossessive} before a bare place of the
   * customer's ({@code noteInfoPlaces}) right after its info preposition: "in your email".
   */
  private String withPossessivePlace(String rest) {
    if (notes.infoPossessive.isEmpty() || notes.infoPlaces.isEmpty()) {
      return rest;
    }
    int i = 0;
    while (i < rest.length() && Character.isLetter(rest.charAt(i))) {
      i++;
    }
    if (i == 0 || i >= rest.length() || rest.charAt(i) != ' ' || !notes.infoPrepositions.contains(NoteForms.fold(rest.substring(0, i)))) {
      return rest;
    }
    int start = i + 1;
    int end = start;
    while (end < rest.length() && Character.isLetter(rest.charAt(end))) {
      end++;
    }
    boolean wordEnds = end == rest.length() || !isWordChar(rest.charAt(end));
    if (end == start || !wordEnds || !notes.infoPlaces.contains(NoteForms.fold(rest.substring(start, end)))) {
      return rest;
    }
    return rest.substring(0, start) + notes.infoPossessive + " " + rest.substring(start);
  }

  /**
   * A note opening with a gerund ("sending replacement machine") said with {@code noteProgressive}
   * ("I’m sending the replacement machine"), or null: the first word ends in {@code
   * noteProgressiveSuffix}, is letters only and no thing ({@code noteProgressiveNouns}), and no verb
   * of the lexicon follows it in the note ("billing team looking into it").
   */
  private String progressive(String note, int first, int firstEnd) {
    if (notes.progressive.isEmpty() || notes.progressiveSuffix.isEmpty() || firstEnd - first < notes.progressiveSuffix.length() + 2) {
      return null;
    }
    String word = NoteForms.fold(note.substring(first, firstEnd));
    if (!word.endsWith(notes.progressiveSuffix) || notes.ingNouns.contains(word) || lexicon.flags(note, first, firstEnd) != 0) {
      return null;
    }
    for (int i = first; i < firstEnd; i++) {
      if (!Character.isLetter(note.charAt(i))) {
        return null;
      }
    }
    for (int i = firstEnd; i < note.length(); i++) {
      int start = i;
      while (i < note.length() && isWordChar(note.charAt(i))) {
        i++;
      }
      if (i > start && ((lexicon.flags(note, start, i) & VERB) != 0
          || NoteForms.fold(note.substring(start, i)).endsWith(notes.progressiveSuffix) && !notes.ingNouns.contains(NoteForms.fold(note.substring(start, i))))) {
        return null;
      }
      if (i > start && !notes.verbSuffix.isEmpty() && NoteForms.fold(note.substring(start, i)).endsWith(notes.verbSuffix)
          && !NoteForms.fold(note.substring(start, i)).endsWith(notes.verbSuffix + notes.verbSuffix) && objectFollows(note, i)) {
        return null; // "updating the app fixes this": the gerund is the subject of its own verb
      }
    }
    return note.substring(0, first) + notes.progressive + " " + word + withArticle(note, firstEnd);
  }

  /**
   * A note naming a person or a thing, then "to" and a verb ("supervisor to call back", "pharmacist
   * to call you today"), said as what they will do ("A supervisor will call back"), or null: the
   * thing is one or two words of letters of no listed kind.
   */
  private String future(String note, int first) {
    if (notes.toFuture.isEmpty() || notes.toArticle.length != 2) {
      return null;
    }
    int i = first;
    int count = 0;
    while (i < note.length()) {
      int start = i;
      while (i < note.length() && Character.isLetter(note.charAt(i))) {
        i++;
      }
      if (i == start || i >= note.length() || note.charAt(i) != ' ') {
        return null;
      }
      if (i - start == 2 && note.startsWith("to", start)) {
        if (count == 0) {
          return null;
        }
        int verb = i + 1;
        int verbEnd = verb;
        while (verbEnd < note.length() && Character.isLetter(note.charAt(verbEnd))) {
          verbEnd++;
        }
        if (verbEnd == verb || !notes.toVerbs.contains(NoteForms.fold(note.substring(verb, verbEnd)))) {
          return null; // "feedback to depot", "refund to your card": a place, not what someone will do
        }
        String thing = note.substring(first, start).strip();
        if (Character.isUpperCase(thing.charAt(0)) && !hasInnerCapital(thing, 0, thing.length())) {
          thing = Character.toLowerCase(thing.charAt(0)) + thing.substring(1);
        }
        String last = thing.substring(thing.lastIndexOf(' ') + 1);
        String article = number(words(thing)) == PLURAL_VALUE ? ""
            : ("aeiou".indexOf(thing.charAt(0)) >= 0 ? notes.toArticle[1] : notes.toArticle[0]) + " ";
        if (!notes.roleArticle.isEmpty() && !notes.progressiveSuffix.isEmpty() && last.endsWith(notes.progressiveSuffix)
            && notes.ingNouns.contains(NoteForms.fold(last))) {
          // a department ("eng to review" → "engineering to review"): "Our engineering team will review", never "An engineering"
          thing = teamName(thing);
          article = notes.roleArticle + " ";
        }
        int lastStart = thing.lastIndexOf(' ') + 1;
        if (lastStart > 0 && !notes.roleArticle.isEmpty() && groupNouns.startsWithWord(thing, lastStart, thing.length())
            && !notes.roleIndefinite.contains(NoteForms.fold(last))) {
          article = notes.roleArticle + " "; // "billing lead to call" → "Our billing lead will call", as withRole says a named role
        }
        String said = article + thing + " " + notes.toFuture + note.substring(i);
        return note.substring(0, first) + Character.toUpperCase(said.charAt(0)) + said.substring(1);
      }
      int flags = lexicon.flags(note, start, i);
      if (flags != 0 && (flags & ~(PLURAL | SINGULAR)) != 0 || isNoteStart(note, start, i) || ++count > 2) {
        return null; // "billing lead to call": a word of known number only ("billing") still names the person
      }
      i++;
    }
    return null;
  }

  /**
   * {@code tail} (a participle and what follows) with {@code noteDurationPreposition} before a span
   * typed straight after the participle: "paused 3 months" → "paused for 3 months", "extended 14
   * days" → "extended for 14 days"; any other tail as it is.
   */
  private String lasting(String tail) {
    if (notes.durationPreposition.isEmpty() || notes.durationUnits.isEmpty()) {
      return tail;
    }
    Matcher m = PARTICIPLE_SPAN.matcher(tail);
    if (!m.lookingAt() || !notes.durationUnits.contains(NoteForms.fold(m.group(3)))) {
      return tail;
    }
    int next = m.end();
    while (next < tail.length() && tail.charAt(next) == ' ') {
      next++;
    }
    int nextEnd = next;
    while (nextEnd < tail.length() && Character.isLetter(tail.charAt(nextEnd))) {
      nextEnd++;
    }
    if (nextEnd > next && notes.durationNotBefore.contains(NoteForms.fold(tail.substring(next, nextEnd)))) {
      return tail; // "shipped 2 days ago": when, not how long
    }
    return m.group(1) + " " + notes.durationPreposition + " " + tail.substring(m.start(2));
  }

  private static final Pattern PARTICIPLE_SPAN = Pattern.compile("(\\p{L}[\\p{L}-]*) +(\\d{1,3}) +(\\p{L}+)\\b");

  /**
   * An instruction to the customer typed without an article before its object, given one: the
   * customer's own thing takes {@code noteInstructionPossessive} ("restart phone" → "restart your
   * phone", "update card in Billing" → "update your card in Billing"); a thing we gave them
   * ({@code noteGivenThings}) or one named by "one" takes the article ("use code SAVE10" → "use the
   * code SAVE10", "keep old one" → "keep the old one"). A plural, a word of a listed kind, a name, a
   * figure, a mass noun or an object with its own determiner is kept as typed ("take photos", "turn
   * on 2FA", "reset your PIN").
   */
  private String instructed(String note, int first, int firstEnd) {
    int objectEnd = firstEnd + 1;
    while (objectEnd < note.length() && Character.isLetter(note.charAt(objectEnd))) {
      objectEnd++;
    }
    if (objectEnd - firstEnd > 3 && note.charAt(objectEnd - 1) == 's' && note.charAt(objectEnd - 2) != 's'
        || note.indexOf(':') >= 0 || objectEnd > firstEnd + 1 && kindFirsts.flags(note, firstEnd + 1, objectEnd) != 0) {
      // "take photos of the damage": a plural needs no article; "reset link: https://…" names a
      // thing; "please update to v4.2.1": the word after "please" is the step itself
      return note;
    }
    String tail = withArticle(note, firstEnd);
    if (tail.length() == note.length() - firstEnd) {
      return note;
    }
    String head = NoteForms.fold(note.substring(firstEnd + 1, objectEnd));
    if (!notes.instructionPossessive.isEmpty() && !notes.givenThings.contains(head) && !proNounAt(note, objectEnd)) {
      // the customer's own thing: "restart phone" → "restart your phone"; what we gave them keeps "the"
      tail = " " + notes.instructionPossessive + tail.substring(notes.article.length() + 1);
    }
    return note.substring(0, firstEnd) + tail;
  }

  /** True when the word after the space at {@code i} is one of {@code noteProNouns} ("one" in "damaged one collected"). */
  private boolean proNounAt(String note, int i) {
    if (notes.proNouns.isEmpty() || i >= note.length() || note.charAt(i) != ' ') {
      return false;
    }
    int s = i + 1;
    int e = s;
    while (e < note.length() && Character.isLetter(note.charAt(e))) {
      e++;
    }
    return e > s && (e == note.length() || note.charAt(e) == ' ') && notes.proNouns.contains(NoteForms.fold(note.substring(s, e)));
  }

  /**
   * True when the word at {@code start..end}, after a thing, is what the thing is doing
   * ({@code noteStateProgressives}: "card working again" → "The card is working again"), and no
   * participle follows it. Other words in -ing are left ("legal signing now": a team at work).
   */
  private boolean progressiveState(String note, int start, int end) {
    if (!notes.stateProgressives.contains(NoteForms.fold(note.substring(start, end)))) {
      return false;
    }
    int s = end + 1;
    int e = s;
    while (e < note.length() && Character.isLetter(note.charAt(e))) {
      e++;
    }
    String next = e > s ? NoteForms.fold(note.substring(s, e)) : "";
    return !notes.passiveVerbs.contains(next) && (notePastSuffix.isEmpty() || !next.endsWith(notePastSuffix));
  }

  /**
   * A note that names a thing, then what was done to it ("Refund issued today", "courier pickup
   * booked for Monday"), said as a sentence ("The refund has been issued today"), or null when
   * the note is not one: the thing is one to three words of no listed kind, the verb one of
   * {@code notePassiveVerbs}, and no object follows it ("Jess booked you in" has its subject).
   */
  /** True when the word of {@code note} at {@code first} is one of {@code words} (folded). */
  private static boolean startsWithWord(String note, int first, java.util.Set<String> words) {
    int end = first;
    while (end < note.length() && Character.isLetter(note.charAt(end))) {
      end++;
    }
    return end > first && words.contains(NoteForms.fold(note.substring(first, end)));
  }

  private String passive(String note, int first) {
    if (notes.passive.length == 0 || notes.passiveVerbs.isEmpty()) {
      return null;
    }
    int i = first;
    int thingEnd = -1;
    int count = 0;
    boolean stated = false; // the thing's state ("refund pending"), said with the copula
    boolean figure = false; // the thing opens with a count or an amount: "$50 credit added", "2nd order cancelled"
    int ownerEnd = -1; // the end of a word that owns an amount after it ("joining fee 30 refunded")
    while (i < note.length()) {
      int start = i;
      boolean counted = (count <= 1 || start == ownerEnd + 1) && !figure && isDigit(note.charAt(i));
      while (i < note.length() && (isWordChar(note.charAt(i))
          || counted && (note.charAt(i) == ',' || note.charAt(i) == '.') && i + 1 < note.length() && isDigit(note.charAt(i + 1)))) {
        i++;
      }
      if (i == start) {
        return null;
      }
      String candidate = count > 0 ? NoteForms.fold(note.substring(start, i)) : null;
      boolean state = candidate != null && notes.copula.length == 2 && (notes.states.contains(candidate) || progressiveState(note, start, i));
      if ((state || candidate != null && notes.passiveVerbs.contains(candidate) || candidate != null && candidate.endsWith(notePastSuffix)
          && !notePastSuffix.isEmpty()) && startsWithWord(note, first, notes.stateVerbs)) {
        // "keep window open when showering", "leave door unlocked": the customer's step, never "The keep window is open"
        return null;
      }
      // a capital after a lower-case thing names a label, never a participle: "click Reset" is the
      // customer's step, not "the click has been reset" ("Refund Issued", typed in title case, is one)
      if (state || candidate != null && notes.passiveVerbs.contains(candidate)
          && !(Character.isUpperCase(note.charAt(start)) && Character.isLowerCase(note.charAt(first)))
          // "password reset forced": "reset" names the thing; a word with the past ending never does ("confirmed received")
          && (!notePastSuffix.isEmpty() && candidate.endsWith(notePastSuffix) || !passiveAhead(note, i))) {
        int next = i;
        while (next < note.length() && note.charAt(next) == ' ') {
          next++;
        }
        int nextEnd = next;
        while (nextEnd < note.length() && isWordChar(note.charAt(nextEnd))) {
          nextEnd++;
        }
        if (nextEnd > next && (lexicon.flags(note, next, nextEnd) & (DETERMINER | SUBJECT | PLURAL_DETERMINER)) != 0) {
          return null; // "Jess booked you in for Monday": an active sentence with its subject
        }
        thingEnd = start;
        stated = state;
        break;
      }
      if (counted) {
        figure = true;
      } else if (count > 0 && amountOwner(NoteForms.fold(note.substring(start, i)))) {
        ownerEnd = i;
        for (int c = start; c < i; c++) {
          if (!Character.isLetter(note.charAt(c))) {
            return null;
          }
        }
      } else {
        for (int c = start; c < i; c++) {
          if (!Character.isLetter(note.charAt(c))) {
            return null;
          }
        }
      }
      // A thing may open with a determiner ("all 3 fees refunded") or a word of time ("last order refunded").
      int allowed = count == 0 ? PLURAL | SINGULAR | DETERMINER | PLURAL_DETERMINER | PAST_TIME | LOWERCASE : PLURAL | SINGULAR;
      // "new one mailed", "damaged one collected": a word standing for the thing (noteProNouns) is its
      // head, and a participle before it describes it
      boolean proNoun = count > 0 && notes.proNouns.contains(NoteForms.fold(note.substring(start, i)))
          || count == 0 && proNounAt(note, i);
      if (!counted && !proNoun && ((lexicon.flags(note, start, i) & ~allowed) != 0 || isNoteStart(note, start, i)) || ++count > 3
          || i >= note.length() || note.charAt(i) != ' ') {
        return null;
      }
      i++;
    }
    if (thingEnd < 0 || figure && count < 2) {
      return null; // "3 refunded": a figure alone names no thing
    }
    String thing = note.substring(first, thingEnd).strip();
    String owned = "";
    Matcher ownedAmount = notes.amountOf.isEmpty() ? null : THING_AMOUNT.matcher(thing);
    if (ownedAmount != null && !ownedAmount.matches()) {
      // a plain figure right after a word that owns an amount: "joining fee 30 refunded" → "The joining fee of 30…"
      ownedAmount = THING_FIGURE.matcher(thing);
    }
    if (ownedAmount != null && ownedAmount.matches() && amountOwner(NoteForms.fold(ownedAmount.group(2)))) {
      // "refund 420.00 approved" → "The refund of 420.00 has been approved": the amount is the thing's
      thing = ownedAmount.group(1);
      owned = " " + notes.amountOf + " " + ownedAmount.group(3);
      figure = false;
    }
    boolean capital = Character.isUpperCase(thing.charAt(0));
    int wordEnd = thing.indexOf(' ') < 0 ? thing.length() : thing.indexOf(' ');
    if (capital && !hasInnerCapital(thing, 0, wordEnd) && (lexicon.flags(thing, 0, wordEnd) & CAPITALIZED) == 0) {
      thing = Character.toLowerCase(thing.charAt(0)) + thing.substring(1); // but "November charge" keeps its name
    }
    boolean amount = first == 1 && Character.getType(note.charAt(0)) == Character.CURRENCY_SYMBOL
        || figure && isDigit(thing.charAt(0)) && thing.indexOf(' ') > 0 && thing.indexOf(' ') == thing.lastIndexOf(' ')
            && notes.amountOwners.contains(NoteForms.fold(thing.substring(thing.indexOf(' ') + 1)));
    // "150 voucher added": a figure before a singular thing that owns an amount is its value ("A 150
    // voucher has been added"), never a count ("150 voucher have been added")
    // an amount ("$50 credit") and one of a thing ("1 month") are singular, as the head says
    // A figure counts the head ("3 fees"); an amount or one of a thing leaves the head's own number:
    // "$50 credit" is one credit, "$100 interim expenses" are expenses, "1 month" is one.
    int headFrom = thing.indexOf(' ') + 1;
    boolean plural = figure && (amount || thing.startsWith("1 "))
        ? number(words(thing.substring(headFrom))) == PLURAL_VALUE
        : number(words(thing)) == PLURAL_VALUE;
    String phrase = nounPhrase(thing);
    if (phrase.equals(thing) && !notes.article.isEmpty() && (Character.isLowerCase(thing.charAt(0)) || ordinal(thing, wordEnd))
        && (lexicon.flags(thing, 0, wordEnd) & (DETERMINER | PLURAL_DETERMINER | SUBJECT)) == 0) {
      phrase = notes.article + " " + phrase; // "fees waived" → "the fees have been waived": the customer's own
    }
    phrase += owned;
    if (capital) {
      phrase = Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
    }
    String lead = note.substring(0, first);
    if (!stated && amount && !plural && notes.toArticle.length == 2) {
      // "$50 credit added" → "A $50 credit has been added": an amount names one thing of many
      lead = Character.toUpperCase(notes.toArticle[0].charAt(0)) + notes.toArticle[0].substring(1) + " " + lead;
    }
    String aux = stated ? notes.copula[plural ? 1 : 0]
        : notes.passive[(datedPast(note) && !datedPast(thing) ? 2 : 0) + (plural ? 1 : 0)];
    Matcher trailing = stated || notes.amountOf.isEmpty() ? null : TRAILING_AMOUNT.matcher(note.substring(thingEnd));
    if (trailing != null && trailing.matches() && !figure) {
      // The amount belongs to the thing, never after the participle ("the balance has been restored
      // $100"): "balance restored $100" → "The balance of $100 has been restored"; a count of a
      // plural thing is said before it: "points added 500" → "500 points have been added".
      String amountSaid = trailing.group(2);
      if (plural && amountSaid.chars().allMatch(c -> c >= '0' && c <= '9' || c == ',')) {
        return lead + amountSaid + " " + thing + " " + aux + " " + trailing.group(1);
      }
      return lead + phrase + " " + notes.amountOf + " " + amountSaid + " " + aux + " " + trailing.group(1);
    }
    return lead + phrase + " " + aux + " " + lasting(note.substring(thingEnd));
  }

  /**
   * A participle then only an amount, to the note's end: "restored $100", "waived $25", "applied
   * -$20" (a credit's sign is not said), "reversed 89.00", "added 500".
   */
  private static final Pattern TRAILING_AMOUNT =
      Pattern.compile("(\\p{L}[\\p{L}-]*) +-?(\\p{Sc}?\\d{1,3}(?:,?\\d{3})*(?:\\.\\d{1,2})?(?: ?\\p{Sc})?)");

  /**
   * True when one of the two words after {@code from} is also one of {@code notePassiveVerbs},
   * ending the note: the word before is part of the thing ("password reset forced", "reset link
   * sent" name a password reset and a reset link), not what was done to it.
   */
  private boolean passiveAhead(String note, int from) {
    int i = from;
    for (int k = 0; k < 2; k++) {
      if (i >= note.length() || note.charAt(i) != ' ') {
        return false;
      }
      int start = ++i;
      while (i < note.length() && Character.isLetter(note.charAt(i))) {
        i++;
      }
      if (i == start) {
        return false;
      }
      if (notes.passiveVerbs.contains(NoteForms.fold(note.substring(start, i)))) {
        // "password reset link sent", "… sent, valid 30 min", "… sent to your email": "reset" names the thing
        return i == note.length() || ".!,;: ".indexOf(note.charAt(i)) >= 0;
      }
    }
    return false;
  }

  /**
   * The subject a note gets: a past tense that is also its participle ("refunded", "sent") takes
   * the present perfect, as an agent says what is now done ("I’ve refunded the charge", so a
   * second step reads "I’ve also…" rather than mixing tenses); a past whose participle differs
   * ("took") or a note that dates the step ("called the courier yesterday") keeps the plain one.
   */
  private String subjectOf(String note, int first, int firstEnd) {
    if (notePerfectSubject.isEmpty()) {
      return noteSubject;
    }
    int flags = lexicon.flags(note, first, firstEnd);
    if ((flags & (NOTE_START | PAST_SIMPLE)) != 0 || !isNoteStart(note, first, firstEnd, flags) || datedPast(note)) {
      return noteSubject;
    }
    return notePerfectSubject;
  }

  /**
   * True when the pronoun {@code note[start, end)} is a subject rather than an object: it carries
   * its verb ("it’s", "we’ve") or a verb follows it ("you were", "we sent"). "Rebooked you on the
   * 7:40" and "placed the order for you" keep it an object.
   */
  private boolean isSubjectAt(String note, int start, int end, int clauseEnd) {
    for (int i = start; i < end; i++) {
      if (note.charAt(i) == '’' || note.charAt(i) == '\'') {
        return true;
      }
    }
    int next = end;
    while (next < clauseEnd && !isWordChar(note.charAt(next))) {
      next++;
    }
    int nextEnd = next;
    while (nextEnd < clauseEnd && isWordChar(note.charAt(nextEnd))) {
      nextEnd++;
    }
    if (nextEnd == next) {
      return false;
    }
    return (lexicon.flags(note, next, nextEnd) & VERB) != 0 || isNoteStart(note, next, nextEnd);
  }

  /**
   * The text with the language's always-capitalised words capitalised where they were typed in
   * lower case: "i reset your session" → "I reset your session". Allocates only when it changes
   * something.
   */
  String capitalize(String text) {
    char[] fixed = null;
    // Only where a word can start: String.indexOf runs far faster than a loop over characters.
    for (char first : capitalizedFirsts) {
      for (int i = text.indexOf(first); i >= 0; i = text.indexOf(first, i + 1)) {
        if (i > 0 && isWordChar(text.charAt(i - 1))) {
          continue;
        }
        int end = i + 1;
        while (end < text.length() && isWordChar(text.charAt(end))) {
          end++;
        }
        if ((lexicon.flags(text, i, end) & CAPITALIZED) != 0) {
          if (fixed == null) {
            fixed = text.toCharArray();
          }
          fixed[i] = Character.toUpperCase(first);
        }
      }
    }
    return fixed == null ? text : new String(fixed);
  }

  /**
   * What {@code clause} does (a step done, a promise, an instruction to the customer, information
   * or a question), read from its end punctuation and its first words, as the language's data
   * says ({@code kind.*} in {@code clauses_<language>.properties}). A language without data reads
   * every clause as information, and a question mark, as a question.
   */
  ClauseKind kind(String clause) {
    return kind(words(clause));
  }

  /**
   * The kind whose {@link #clauseEndings} has the longest ending of {@code clause} (up to {@code
   * end}, before a closing 。, ！ or .), or null: "再設定用のリンクをお送りしました" is done,
   * "再度アップデートをお試しください" an instruction. Allocates nothing.
   */
  private ClauseKind kindByEnding(String clause, int end) {
    while (end > 0 && "。．.！!、 \u3000".indexOf(clause.charAt(end - 1)) >= 0) {
      end--;
    }
    int best = 0;
    ClauseKind kind = null;
    for (ClauseKind k : ClauseKind.values()) {
      String[] endings = clauseEndings[k.ordinal()];
      if (endings == null) {
        continue;
      }
      for (String e : endings) {
        if (e.length() > best && e.length() <= end && clause.startsWith(e, end - e.length())) {
          best = e.length();
          kind = k;
        }
      }
    }
    return kind;
  }

  /** {@link #kind(String)} of a clause whose words were read. Allocates nothing. */
  ClauseKind kind(ClauseWords words) {
    String clause = words.text;
    int end = clause.length();
    while (end > 0 && Character.isWhitespace(clause.charAt(end - 1))) {
      end--;
    }
    if (end > 0 && (clause.charAt(end - 1) == '?' || clause.charAt(end - 1) == '？')) {
      return ClauseKind.QUESTION;
    }
    ClauseKind byEnding = kindByEnding(clause, end);
    if (byEnding != null) {
      return byEnding;
    }
    int first = words.count == 0 ? clause.length() : words.start(0);
    int firstEnd = words.count == 0 ? first : words.end(0);
    // The longest listed opening decides: "let me know" (instruction) over "let me" (promise).
    int best = 0;
    ClauseKind kind = null;
    // The first word was hashed once, for every list of openings.
    int id = words.count == 0 ? 0 : kindFirsts.flags(clause, first, firstEnd, words.hash(0));
    if (id != 0) {
      int[] groups = kindGroups[id - 1];
      int question = questionStarts.matchGroup(words, groups[0]);
      if (question > best) {
        best = question;
        kind = ClauseKind.QUESTION;
      }
      for (ClauseKind k : KINDS) {
        Phrases starts = kindStarts[k.ordinal()];
        int m = starts == null ? 0 : starts.matchGroup(words, groups[k.ordinal() + 1]);
        if (m > best) {
          best = m;
          kind = k;
        }
      }
    }
    if (kind != null) {
      return kind;
    }
    if (doneEndings.endsWord(clause, first, firstEnd)) {
      return ClauseKind.DONE; // a first person past by its ending, where the subject is dropped: "remarquei"
    }
    // Structure: "I/we + past tense" is done ("we shipped it"), "I’m/we’re + -ing" a promise
    // ("I’m sending"), and "… been + past tense" done ("your refund has been issued").
    int previous = 0;
    for (int w = 0; w < words.count && w < 8; w++) {
      int start = words.start(w);
      for (int j = w == 0 ? start : words.end(w - 1); j < start; j++) {
        char c = clause.charAt(j);
        if ((c == ',' || c == ':' || c == ';' || c == '.')
            && !((c == '.' || c == ',') && j > 0 && j + 1 < clause.length() && isDigit(clause.charAt(j - 1)) && isDigit(clause.charAt(j + 1)))) {
          return ClauseKind.INFORMATION; // a clause ends here ("45.99" is one figure: "the refund 45.99 has been issued")
        }
      }
      int i = words.end(w);
      int flags = words.flags(w);
      if (w >= 1 && w <= 3 && (flags & NOTE_START) != 0 && (previous & (VERB | SUBJECT | FIRST_PERSON)) == 0
          && !notes.toFuture.isEmpty() && i - start == notes.toFuture.length() && clause.regionMatches(true, start, notes.toFuture, 0, i - start)) {
        return ClauseKind.PROMISE; // someone, then "will": "A supervisor will call you tomorrow"
      }
      boolean past = (flags & NOTE_PAST) != 0 || (flags & NOTE_START) == 0 && isNoteStart(clause, start, i, flags)
          || (previous & PARTICIPLE_AUX) != 0 && notes.isSamePast(clause, start, i); // "has been reset"
      if (w == 1 && (previous & FIRST_PERSON) != 0 && past) {
        return ClauseKind.DONE;
      }
      if (w == 1 && (previous & PROGRESSIVE) != 0 && i - start > 4
          && clause.regionMatches(true, i - 3, "ing", 0, 3)) {
        return ClauseKind.PROMISE;
      }
      if ((previous & PARTICIPLE_AUX) != 0 && past) {
        return ClauseKind.DONE;
      }
      previous = flags;
    }
    return ClauseKind.INFORMATION;
  }

  /**
   * The grammatical number of a noun phrase's head, as an ICU select value: {@code "plural"} for
   * "the eight charges on your account" or "the charge and the fee", else {@code "singular"}. The
   * head is the last word before the first word that ends the head ({@code number.headStops}: a
   * preposition, a relative word); listed words and determiners decide, then the language's
   * plural ending ({@code number.pluralEnding}). Allocates nothing.
   */
  String number(String phrase) {
    return number(words(phrase));
  }

  /** {@link #number(String)} of a noun phrase whose words were read. Allocates nothing. */
  String number(ClauseWords words) {
    if (!lexicon.has(HEAD_STOP | PLURAL | PLURAL_DETERMINER)) {
      return SINGULAR_VALUE;
    }
    String phrase = words.text;
    int headStart = -1;
    int headEnd = -1;
    int headFlags = 0;
    boolean first = true;
    for (int w = 0, gap = 0; w < words.count; w++) {
      int start = words.start(w);
      for (; gap < start; gap++) {
        char c = phrase.charAt(gap);
        if (c == ',' || c == '(' || c == ':' || c == ';' || c == '—' || c == '–') {
          return numberOf(phrase, headStart, headEnd, headFlags);
        }
      }
      int i = words.end(w);
      gap = i;
      int flags = words.flags(w);
      if (first && (flags & PLURAL_DETERMINER) != 0) {
        return PLURAL_VALUE; // "these", "both", "two", "several"
      }
      if (first && isCount(phrase, start, i) && !(i - start == 1 && phrase.charAt(start) == '1')) {
        return PLURAL_VALUE; // "3 orders"; not "5th time", "4G router"
      }
      first = false;
      if (headStart >= 0 && (headFlags & (DETERMINER | PLURAL_DETERMINER)) == 0 && isCount(phrase, start, i)) {
        // A count after the head measures it: "order 4471", "flight ba287 delayed 6 hrs".
        return numberOf(phrase, headStart, headEnd, headFlags);
      }
      if (headStart >= 0 && (headFlags & (DETERMINER | PLURAL_DETERMINER)) == 0 && (flags & HEAD_STOP) == 0
          && lowercaseEndings.endsWord(phrase, start, i)
          && numberOf(phrase, headStart, headEnd, headFlags) == PLURAL_VALUE) {
        // A participle or an adverb after a plural head ends it: "the bills arriving in her name",
        // "the parcels currently missing"; after anything else it may be an adjective ("the 3
        // missing items", "the new flashing lights").
        return PLURAL_VALUE;
      }
      if (headStart >= 0 && (headFlags & (DETERMINER | PLURAL_DETERMINER)) == 0 && (flags & HEAD_STOP) == 0
          && w + 1 < words.count
          && (words.flags(w + 1) & (SUBJECT | DETERMINER | PLURAL_DETERMINER | HEAD_STOP | VERB_ADVERB)) != 0
          && lowercaseEndings.endsWord(phrase, start, i)) {
        // A participle with its own object or adverb after the head ends it: "the app logging you
        // out every 5 minutes" is about the app, "your internet dropping every evening and the
        // engineer not turning up" about two things.
        for (int v = w + 1; v < words.count; v++) {
          if ((words.flags(v) & HEAD_STOP) != 0 && (words.flags(v) & PLURAL) != 0) {
            return PLURAL_VALUE;
          }
        }
        return numberOf(phrase, headStart, headEnd, headFlags);
      }
      if ((flags & RELATIVE_SUBJECT) != 0 && headStart >= 0 && (headFlags & (DETERMINER | PLURAL_DETERMINER | HEAD_STOP)) == 0) {
        return numberOf(phrase, headStart, headEnd, headFlags); // "the fees [you were never told about]"
      }
      if ((flags & HEAD_STOP) != 0 && headStart >= 0) {
        if ((flags & PLURAL) != 0) {
          return PLURAL_VALUE; // a coordinating "and": "the charge and the fee"
        }
        return numberOf(phrase, headStart, headEnd, headFlags);
      }
      headStart = start;
      headEnd = i;
      headFlags = flags;
    }
    return numberOf(phrase, headStart, headEnd, headFlags);
  }

  /**
   * The grammatical gender of a noun phrase, as an ICU select value, read from its first word
   * ({@code gender.masculine}, {@code gender.feminine}, {@code gender.neuter} in the language's
   * data: articles, demonstratives and possessives that show gender): {@code "masculine"} for "el
   * pedido", {@code "feminine"} for "la factura", {@code "neuter"} for "das Ladegerät", else
   * {@code "other"} ("votre commande", "su pedido", a language without the data). Patterns keep
   * an {@code other} branch that reads right for any noun. Allocates nothing.
   */
  String gender(String phrase) {
    if (!lexicon.has(MASCULINE | FEMININE | NEUTER)) {
      return OTHER_GENDER;
    }
    int i = 0;
    while (i < phrase.length() && !isWordChar(phrase.charAt(i))) {
      i++;
    }
    int start = i;
    while (i < phrase.length() && isWordChar(phrase.charAt(i))) {
      i++;
    }
    if (i == start) {
      return OTHER_GENDER;
    }
    int flags = lexicon.flags(phrase, start, i);
    int genders = flags & (MASCULINE | FEMININE | NEUTER);
    if (genders == MASCULINE) {
      return "masculine";
    }
    if (genders == FEMININE) {
      return "feminine";
    }
    if (genders == NEUTER) {
      return "neuter";
    }
    return OTHER_GENDER;
  }

  static final String OTHER_GENDER = "other";

  /**
   * True when {@code word} is a title that goes with a surname ("Herr", "Mme", "Sr."; {@code
   * name.titles} in the language's data, written without a final period).
   */
  boolean isTitle(String word) {
    int end = word.endsWith(".") ? word.length() - 1 : word.length();
    return end > 0 && (lexicon.flags(word, 0, end) & TITLE) != 0;
  }

  /**
   * True when what follows a participle at {@code end} makes it a predicate, not an adjective:
   * nothing, a number or amount ("charged $40"), a preposition ({@code number.headStops}: "charged
   * after cancelling", "left on hold") or a particle ({@code nounPhrase.participleNext}: "locked
   * out", "charged twice"); "locked account" stays a noun phrase.
   */
  private boolean predicateFollows(String phrase, int end) {
    int next = end;
    while (next < phrase.length() && phrase.charAt(next) == ' ') {
      next++;
    }
    if (next >= phrase.length()) {
      return true;
    }
    if (!Character.isLetter(phrase.charAt(next))) {
      return true;
    }
    int nextEnd = next;
    while (nextEnd < phrase.length() && isWordChar(phrase.charAt(nextEnd))) {
      nextEnd++;
    }
    return (lexicon.flags(phrase, next, nextEnd) & HEAD_STOP) != 0 || participleNext.startsWithWord(phrase, next, nextEnd);
  }

  /**
   * A named owner as the timeline names it: with the language's group noun after a department
   * that names none ("engineering" → "engineering team", "IT" → "IT team"); a name that already
   * ends in a group noun ("billing team", "couriers") or in a proper name ("Maria") is kept.
   */
  String teamName(String name) {
    if (groupSuffix.isEmpty() || name.isEmpty()) {
      return name;
    }
    int end = name.length();
    while (end > 0 && !isWordChar(name.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && isWordChar(name.charAt(start - 1))) {
      start--;
    }
    if (start == end || groupNouns.startsWithWord(name, start, end)
        || numberOf(name, start, end, lexicon.flags(name, start, end)) == PLURAL_VALUE) {
      return name;
    }
    if (end - start > 1 && Character.isUpperCase(name.charAt(start)) && Character.isLowerCase(name.charAt(start + 1))) {
      return name; // "Maria", "Acme Logistics": a name
    }
    return name + " " + groupSuffix;
  }

  /**
   * What a timeline's {@code owner} select says of {@code owner}: {@code party} for a name typed
   * after "the" that names no group of ours, or whose group is someone else's ("the hotel", "the
   * bank", "the registrar’s office"), {@code name} for a proper name that names no group ("Apple",
   * "Maria"), else the kind's own label. Only in a language whose data names owners as typed.
   */
  String ownerSelect(Owner owner) {
    String label = owner.kind().label();
    String name = owner.name().orElse("");
    if (!ownersAsTyped || owner.kind() != Owner.Kind.NAMED || name.isEmpty()) {
      return label;
    }
    int end = name.length();
    while (end > 0 && !isWordChar(name.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && isWordChar(name.charAt(start - 1))) {
      start--;
    }
    boolean group = start < end && groupNouns.startsWithWord(name, start, end);
    boolean possessive = name.contains("’s ") || name.contains("'s ");
    if (owner.definite()) {
      return !group || possessive ? "party" : label;
    }
    boolean proper = name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isLowerCase(name.charAt(1));
    return proper && !group ? "name" : label;
  }

  /** True when the word {@code text[start, end)} is a number written in digits ("3", "1,200"). */
  private static boolean isCount(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false; // "5th", "4G": an ordinal or a name, not a count
      }
    }
    return end > start;
  }

  static final String PLURAL_VALUE = "plural";
  static final String SINGULAR_VALUE = "singular";

  private String numberOf(String phrase, int start, int end, int flags) {
    if (start < 0) {
      return SINGULAR_VALUE;
    }
    if ((flags & SINGULAR) != 0) {
      return SINGULAR_VALUE;
    }
    if ((flags & PLURAL) != 0) {
      return PLURAL_VALUE;
    }
    int n = end - start;
    if (n < 3 || Character.toLowerCase(phrase.charAt(end - 1)) != 's') {
      return SINGULAR_VALUE;
    }
    char before = Character.toLowerCase(phrase.charAt(end - 2));
    // "-ss" (address), "-us" (status), "-is" (analysis), "’s" (a possessive): singular.
    if (before == 's' || before == 'u' || before == 'i' || before == '’' || before == '\'') {
      return SINGULAR_VALUE;
    }
    for (int i = start; i < end - 1; i++) {
      if (Character.isUpperCase(phrase.charAt(i)) && i > start) {
        return SINGULAR_VALUE; // "AirPods"? a brand in mixed case is a name: leave it singular
      }
    }
    return PLURAL_VALUE;
  }

  /**
   * True when {@link #mentionsLoss(String) mentionsLoss(text)} implies that {@link Tone#loss}
   * finds a bereavement in {@code text} too, so a caller who asked {@code Tone} first need not
   * ask this class. Both read the language's {@code loss} entries; {@code Tone} is the more
   * permissive (any separator between words, endings, persons). The implication holds when every
   * word of the entries that can match here (those without "{person}") is plain (a word here is a word there, see {@link #plainWord}) and the
   * text has no 'İ' or 'Σ' (the only characters that fold differently one at a time than in a
   * word). {@code ToneMatchingProperties} checks it on generated texts.
   */
  boolean lossSeenByTone(String text) {
    return lossWordsPlain && text.indexOf('İ') < 0 && text.indexOf('Σ') < 0;
  }

  /**
   * True when {@code word} (folded) starts and ends with a letter or digit and has only letters,
   * digits and apostrophes each followed by a letter or digit: both {@link #isWordChar} and {@link
   * Tone#words} read it as one whole word, with the same boundaries.
   */
  private static boolean plainWord(String word) {
    if (word.isEmpty() || !Character.isLetterOrDigit(word.charAt(0))
        || !Character.isLetterOrDigit(word.charAt(word.length() - 1))) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      boolean apostrophe = c == '’' || c == '\'';
      if (!(Character.isLetterOrDigit(c) || apostrophe && Character.isLetterOrDigit(word.charAt(i + 1)))) {
        return false;
      }
    }
    return true;
  }

  /** True when {@code text} names a bereavement ({@code loss} in the data). */
  boolean mentionsLoss(String text) {
    if (loss.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); ) {
      while (i < text.length() && !isWordChar(text.charAt(i))) {
        i++;
      }
      if (i < text.length() && loss.matchAt(text, i) > 0) {
        return true;
      }
      while (i < text.length() && isWordChar(text.charAt(i))) {
        i++;
      }
    }
    return false;
  }

  /**
   * True when the word {@code text[start, end)} belongs to the language's function vocabulary
   * ({@code case.lowercase}: articles, possessives, pronouns, demonstratives; the subjects and
   * relatives above): "your", "this", "their" say nothing of what happened.
   */
  boolean functionWord(String text, int start, int end) {
    return functionFlags(lexicon.flags(text, start, end));
  }

  /** {@link #functionWord} of a word whose lexicon flags ({@link ClauseWords#flags}) are {@code flags}. */
  static boolean functionFlags(int flags) {
    return (flags & (LOWERCASE | SUBJECT | RELATIVE | FIRST_PERSON | PLURAL_DETERMINER)) != 0;
  }

  /**
   * True when the word {@code text[start, end)} is written in lower case mid-sentence: a word of
   * the language's function vocabulary ({@code case.lowercase}, the subjects, verbs and clause
   * openers above) or a word with a listed ending ({@code case.lowercaseEndings}: "-ing", "-ly").
   * Other capitalised words may be names ("Amazon", "Dana") and keep their capital.
   */
  boolean lowercasesMidSentence(String text, int start, int end) {
    int flags = lexicon.flags(text, start, end);
    if ((flags & CAPITALIZED) != 0) {
      return false; // "I", "I’ve"
    }
    if ((flags & (LOWERCASE | SUBJECT | VERB | RELATIVE | NOTE_START | NOTE_PAST | FIRST_PERSON
        | PERFECT | PARTICIPLE_AUX | PROGRESSIVE | PLURAL_DETERMINER)) != 0) {
      return true;
    }
    // A clause opener of any kind ("please", "could"): the first words of every list are one lexicon.
    if (kindFirsts.flags(text, start, end) != 0) {
      return true;
    }
    if (isNoteStart(text, start, end, flags)) {
      return true; // a past tense: "Refunded", "Updated"
    }
    return lowercaseEndings.endsWord(text, start, end);
  }

  private boolean isNoteStart(String text, int start, int end) {
    return isNoteStart(text, start, end, lexicon.flags(text, start, end));
  }

  /** {@link #isNoteStart(String, int, int)} for a word whose {@code flags} were looked up already. */
  private boolean isNoteStart(String text, int start, int end, int flags) {
    if ((flags & (NOTE_START | NOTE_PAST)) != 0) {
      return true;
    }
    if (start == 0 && notes.samePastStep(text, start, end)) {
      return true; // "reset your line remotely": a past that is its base, opening a note (never "password reset forced")
    }
    int suffix = notePastSuffix.length();
    if (suffix == 0 || end - start <= suffix + 2 || !text.regionMatches(true, end - suffix, notePastSuffix, 0, suffix)) {
      return false;
    }
    // "-eed" is an ending ("need", "speed"); "red" is a whole word, so "shared" is a past tense.
    if ((flags & NOT_PAST) != 0) {
      return false;
    }
    for (String ending : notePastEndings) {
      int from = end - ending.length();
      if (from >= start && Lexicon.sameFolded(text, from, ending, ending.length())) {
        return false;
      }
    }
    for (int i = start; i < end; i++) {
      if (!Character.isLetter(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The clause kinds, once: {@code values()} copies its array on every call. */
  private static final ClauseKind[] KINDS = ClauseKind.values();

  /** ASCII letters, digits and the apostrophe: a table, as every character of a clause is tested. */
  private static final boolean[] ASCII_WORD = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_WORD[c] = Character.isLetterOrDigit(c) || c == '\'';
    }
  }

  static boolean isWordChar(char c) {
    return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c) || c == '’';
  }

  /**
   * Word sequences ("let me know", "could you"), matched at a word start of a text without
   * cutting it up. Entries are folded like {@link Lexicon} words; longest match wins.
   */
  static final class Phrases {
    static final Phrases NONE = new Phrases(new String[0][]);

    private final String[][] entries;
    /** First words, each mapped to its group in {@link #byFirst} plus one. */
    private final Lexicon firsts;
    /** The entries grouped by first word: a match looks only at the entries that can match. */
    private final String[][][] byFirst;

    private Phrases(String[][] entries) {
      this.entries = entries;
      Map<String, Integer> f = new java.util.LinkedHashMap<>();
      java.util.List<java.util.List<String[]>> groups = new java.util.ArrayList<>();
      for (String[] e : entries) {
        Integer g = f.get(e[0]);
        if (g == null) {
          g = groups.size() + 1;
          f.put(e[0], g);
          groups.add(new java.util.ArrayList<>());
        }
        groups.get(g - 1).add(e);
      }
      this.firsts = new Lexicon(ImmutableMap.copyOf(f));
      this.byFirst = new String[groups.size()][][];
      for (int i = 0; i < byFirst.length; i++) {
        byFirst[i] = groups.get(i).toArray(new String[0][]);
      }
    }

    static Phrases of(String list) {
      java.util.List<String[]> out = new java.util.ArrayList<>();
      for (String entry : LIST.split(list)) {
        out.add(WORDS.splitToList(fold(entry)).toArray(new String[0]));
      }
      return out.isEmpty() ? NONE : new Phrases(out.toArray(new String[0][]));
    }

    boolean isEmpty() {
      return entries.length == 0;
    }

    /** The number of words of the longest entry starting at {@code at} (a word start), or 0. */
    int matchAt(String text, int at) {
      if (entries.length == 0) {
        return 0;
      }
      int end = at;
      while (end < text.length() && isWordChar(text.charAt(end))) {
        end++;
      }
      return end == at ? 0 : matchGroup(text, end, firsts.flags(text, at, end));
    }

    /**
     * The longest entry of first-word group {@code group} (1-based; 0: none) matching at a word
     * whose end is {@code firstEnd}: the lookup that found the group matched the first word, so
     * each entry is compared from its second word on.
     */
    private int matchGroup(String text, int firstEnd, int group) {
      if (group == 0) {
        return 0;
      }
      int best = 0;
      for (String[] e : byFirst[group - 1]) {
        if (e.length > best && matchesAfterFirst(e, text, firstEnd)) {
          best = e.length;
        }
      }
      return best;
    }

    /**
     * {@link #matchGroup(String, int, int)} at the first word of a text whose words were read:
     * each entry's later words are compared with the text's next words, found already.
     */
    int matchGroup(ClauseWords words, int group) {
      if (group == 0) {
        return 0;
      }
      int best = 0;
      for (String[] e : byFirst[group - 1]) {
        if (e.length > best && matchesAfterFirst(e, words)) {
          best = e.length;
        }
      }
      return best;
    }

    /**
     * True when {@code entry}'s words after the first are the text's next words, each after
     * spaces only ({@link #matchesAfterFirst(String[], String, int)} with the words read).
     */
    private static boolean matchesAfterFirst(String[] entry, ClauseWords words) {
      if (entry.length > words.count) {
        return false;
      }
      String text = words.text;
      for (int k = 1; k < entry.length; k++) {
        int start = words.start(k);
        for (int j = words.end(k - 1); j < start; j++) {
          if (text.charAt(j) != ' ') {
            return false;
          }
        }
        String word = entry[k];
        if (words.end(k) - start != word.length() || !Lexicon.sameFolded(text, start, word, word.length())) {
          return false;
        }
      }
      return true;
    }

    /** True when {@code words} after the first follow {@code text} from {@code i}, the first word's end. */
    private static boolean matchesAfterFirst(String[] words, String text, int i) {
      for (int w = 1; w < words.length; w++) {
        if (i >= text.length() || text.charAt(i) != ' ') {
          return false;
        }
        while (i < text.length() && text.charAt(i) == ' ') {
          i++;
        }
        String word = words[w];
        int end = i;
        while (end < text.length() && isWordChar(text.charAt(end))) {
          end++;
        }
        if (end - i != word.length() || !Lexicon.sameFolded(text, i, word, word.length())) {
          return false;
        }
        i = end;
      }
      return true;
    }

    /** True when a one-word entry equals {@code text[start, end)}. */
    boolean startsWithWord(String text, int start, int end) {
      return entries.length > 0 && firsts.flags(text, start, end) != 0;
    }

    /** True when {@code text[start, end)} starts with one of the one-word entries (a prefix). */
    boolean startsWord(String text, int start, int end) {
      for (String[] e : entries) {
        String prefix = e[0];
        int n = prefix.length();
        if (end - start >= n && Lexicon.sameFolded(text, start, prefix, n)) {
          return true;
        }
      }
      return false;
    }

    /** True when {@code text[start, end)} ends with one of the one-word entries (a suffix). */
    boolean endsWord(String text, int start, int end) {
      for (String[] e : entries) {
        String suffix = e[0];
        int n = suffix.length();
        if (end - start > n + 2 && Lexicon.sameFolded(text, end - n, suffix, n)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Folded words with what each is (a set of flags), looked up by a range of a text without
   * cutting it out: the composer checks every reply's clauses, and should not allocate to do it.
   * A word is folded to lower case, with ' and ’ alike.
   */
  static final class Lexicon {
    private final String[] words;
    private final int[] flags;
    private final int allFlags;
    /** Which word lengths occur: a word of another length is rejected before it is hashed. */
    private final boolean[] lengths;
    /** Open-addressing table of word indexes + 1 by folded hash; 0 is an empty slot. */
    private final int[] table;
    /**
     * Per slot of {@link #table}, its word's hash ({@link #step} over the word) and length: a
     * probe passes over another word without reading it. Only where every word is its own fold
     * ({@link #hashesDecide}): a text range matching such a word folds to it, so has its hash.
     */
    private final int[] slotHashes;
    private final char[][] slotChars;
    private final boolean hashesDecide;

    Lexicon(ImmutableMap<String, Integer> flagsByWord) {
      this.words = flagsByWord.keySet().toArray(new String[0]);
      this.flags = new int[words.length];
      int at = 0;
      for (Integer f : flagsByWord.values()) {
        flags[at++] = f;
      }
      int all = 0;
      int max = 0;
      for (int i = 0; i < words.length; i++) {
        all |= flags[i];
        max = Math.max(max, words[i].length());
      }
      this.allFlags = all;
      this.lengths = new boolean[max + 1];
      for (String w : words) {
        lengths[w.length()] = true;
      }
      int size = Integer.highestOneBit(Math.max(4, words.length * 4) - 1) << 1;
      this.table = new int[size];
      this.slotHashes = new int[size];
      this.slotChars = new char[size][];
      boolean folded = true;
      for (int i = 0; i < words.length; i++) {
        int h = hash(words[i], 0, words[i].length());
        int slot = finish(h) & (size - 1);
        while (table[slot] != 0) {
          slot = (slot + 1) & (size - 1);
        }
        table[slot] = i + 1;
        slotHashes[slot] = h;
        slotChars[slot] = words[i].toCharArray();
        for (int k = 0; k < words[i].length(); k++) {
          folded &= fold(words[i].charAt(k)) == words[i].charAt(k);
        }
      }
      this.hashesDecide = folded;
    }

    /** True when some word has one of {@code anyOf}. */
    boolean has(int anyOf) {
      return (allFlags & anyOf) != 0;
    }

    /** The lower-case first characters of the words that have {@code flag}, each once. */
    char[] firstChars(int flag) {
      StringBuilder firsts = new StringBuilder();
      for (int i = 0; i < words.length; i++) {
        if ((flags[i] & flag) != 0 && !words[i].isEmpty() && firsts.indexOf(words[i].substring(0, 1)) < 0) {
          firsts.append(words[i].charAt(0));
        }
      }
      return firsts.toString().toCharArray();
    }

    /** The flags of {@code text[start, end)}, case-folded; 0 when it is not a word here. */
    int flags(String text, int start, int end) {
      int length = end - start;
      if (length >= lengths.length || !lengths[length]) {
        return 0;
      }
      return flags(text, start, end, hash(text, start, end));
    }

    /**
     * {@link #flags(String, int, int)} for a word whose hash was folded in while it was scanned,
     * one {@link #step} per character.
     */
    int flags(String text, int start, int end, int hash) {
      int length = end - start;
      if (length >= lengths.length || !lengths[length]) {
        return 0;
      }
      int mask = table.length - 1;
      for (int slot = finish(hash) & mask; ; slot = (slot + 1) & mask) {
        int index = table[slot];
        if (index == 0) {
          return 0;
        }
        if (slotHashes[slot] == hash || !hashesDecide) {
          char[] w = slotChars[slot];
          if (w.length == length && sameFolded(text, start, w)) {
            return flags[index - 1];
          }
        }
      }
    }

    private static boolean sameFolded(String text, int from, char[] word) {
      for (int i = 0; i < word.length; i++) {
        if (fold(text.charAt(from + i)) != word[i]) {
          return false;
        }
      }
      return true;
    }

    /** The hash so far with character {@code c} folded in. */
    static int step(int hash, char c) {
      return 31 * hash + fold(c);
    }

    private static int hash(String text, int start, int end) {
      int h = 0;
      for (int i = start; i < end; i++) {
        h = step(h, text.charAt(i));
      }
      return h;
    }

    private static int finish(int h) {
      return h ^ (h >>> 16);
    }

    private static char fold(char c) {
      if (c < 128) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c == '\'' ? '’' : c;
      }
      return Character.toLowerCase(c);
    }

    static boolean sameFolded(String text, int from, String word, int length) {
      for (int i = 0; i < length; i++) {
        if (fold(text.charAt(from + i)) != word.charAt(i)) {
          return false;
        }
      }
      return true;
    }
  }
}
