package dev.empathy.signal;

import dev.empathy.text.PhraseMatcher.Match;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a vulnerability, a repeat or a haste is the customer's own situation rather than a topic
 * they talk about. Forum talk and tweets name deaths, debts, hospitals, "still" and "right now"
 * all the time; a customer's message escalates only when they are what it is about:
 *
 * <ul>
 *   <li><b>Vulnerability</b> (but not a danger to life, "a passenger pulled a knife", which is
 *       critical whoever it concerns) ("pregnant", "in debt", "cancer", "died") counts when the speaker is
 *       its subject or owner: a first-person word in the cue ("lost my husband"), the nearest
 *       subject before it in its clause ("I'm pregnant", "my wife is in hospital"; not "she's
 *       pregnant", "people who have debt"), or a first-person owner of a relative right after it
 *       ("the death of my father"). A death needs a person: "my phone died" is a failure, "my dad
 *       died" a loss, so between "my" and the death there must be a relative.
 *   <li><b>Repeat contact</b> said in words that repeat anything ("still", "again", "5 times",
 *       "every time": flagged {@code if-own} in the lexicon) counts only when a failure
 *       or a contact is repeated: a failure told, a negation, a wait or a contact word ("called",
 *       "emailed") in the cue's sentence or the one before it. "I still can't believe it" or "I've
 *       watched it 5 times" repeat nothing of the customer's.
 *   <li><b>Urgency</b> ("right now", "ASAP", "tomorrow", "a wedding") counts only with something
 *       asked or needed in its sentence or the ones beside it: a request, a demand ("need", "must", "pls"), an action
 *       expected of us ("fix", "refund", "send") or a failure. "crying laughing right now" and "I
 *       really want pizza right now" are no deadlines; a deadline told outright ("my flight leaves in 2
 *       hours", "urgent") needs nothing more, unless a feeling has it for its object: "nervous
 *       about my first flight tomorrow" is a feeling about a trip, not a deadline to meet.
 *   <li><b>A strong feeling alone</b> (see {@link #feelingCounts}) sets the level only when it
 *       is the customer's about their situation with us: in a message tied to us (a @handle, a
 *       "you" in the feeling's sentences, a failure, a request) any feeling that is not imagined
 *       ("I would be furious if…"); otherwise only the writer's own ("I'm furious", "So
 *       angry.", "this makes me sick"), not someone else's ("she was really upset", "my wife is
 *       going to hate me") nor a thing's judged ("that show is terrible").
 *   <li><b>Abuse</b> is aimed at us (see {@link #insultsAnother}): "my boss is such a moron" and
 *       "this guy's an idiot" insult someone else; "you are an idiot", "your staff are morons" and
 *       "idiots!!" (no subject: the reader) insult us.
 * </ul>
 *
 * <p>A bare statement opening its clause ("Pregnant and stuck at the gate", "feeling pretty low
 * today") is the speaker's, as in {@link ThreatGate}. The words are data per language ({@code
 * situation_<tag>.tsv}: speaker, possessive, relative, others, lead, loss, company, person, demand, elided, work, verb,
 * addressee, unreal, exclaim, about, self, ours, again, you, felt, unanswered, precious, bystander,
 * copula, determiner, polite, staff); a language
 * without that file is not gated. Immutable and thread-safe.
 */
final class OwnSituation {
  /** An urgency this strong is a deadline told outright ("my flight leaves in 2 hours", "urgent"): not gated. */
  private static final double EXPLICIT_DEADLINE = 0.6;
  /** How sad someone else's death told of reads: below what raises the level on its own. */
  static final double ANOTHERS_LOSS = 0.6;
  /** At most this many characters either side of a cue are read for its sentences. */
  private static final int MAX_WINDOW = 400;
  /** A danger this grave ("pulled a knife", "suicidal") is critical whoever it concerns: not gated. */
  private static final double SAFETY = 0.9;
  /** Words looked at before a cue for its subject. */
  private static final int LOOK_BACK = 6;
  /** Words of manner at most between a verb told as done and the time after it ("delivered hot in 20 min"). */
  private static final int DONE_SKIP = 2;
  /** Words looked at after a cue for its owner ("the death of my father"). */
  private static final int LOOK_AHEAD = 4;
  private static final String CLAUSE_ENDS = ",;:.!?…—–\n。、！？()\"“”";
  private static final String SENTENCE_ENDS = ".!?\n。！？";
  private static final ConcurrentHashMap<String, OwnSituation> SHARED = new ConcurrentHashMap<>();
  /** Not gated: every signal counts (languages without data). */
  static final OwnSituation OPEN = new OwnSituation(Map.of(), Set.of(), false);

  private final Set<String> speaker;
  private final Set<String> possessive;
  private final Set<String> relative;
  private final Set<String> others;
  private final Set<String> demand;
  private final Set<String> lead;
  private final Set<String> loss;
  private final Set<String> company;
  private final Set<String> person;
  /** Words of work: a place named after them is where someone works ("my sister works in a hospital"), no stay. */
  private final Set<String> work;
  /**
   * Verbs in the third person, for languages that drop the subject ("está en el hospital"): someone
   * else's situation, unless a first-person owner of a relative is their subject ("mi hermana está…").
   */
  private final Set<String> verb;
  /** Single-letter words that elide before an apostrophe ("j'ai", "l'avocat"): read apart. */
  private final Set<String> elided;
  /** The one spoken to ("you", "your"): in a message to us, the company. */
  private final Set<String> addressee;
  /** Words that make a feeling imagined, not felt ("I would be furious if…", "I'd be shocked"). */
  private final Set<String> unreal;
  /** Words that may open an exclamation before a feeling without being its subject ("Oh for fuck's sake", "What a joke"). */
  private final Set<String> exclaim;
  /** Words that put a person after a feeling as its object ("angry at", "worried for"). */
  private final Set<String> about;
  /** The writer's own self as an object ("mad at myself"): not our doing. */
  private final Set<String> self;
  /** What a customer has with a company ("service", "order", "refund"): a feeling beside it is about us. */
  private final Set<String> ours;
  /** Words that turn an imagining into the reviewer's idiom of irony ("10/10 would get ignored again"). */
  private final Set<String> again;
  /**
   * The one spoken to as a subject ("you", "tu", "du", and the second-person verbs of languages
   * that drop it: "estés", "bist"): "I'm sorry that you're so angry" is the reader's feeling.
   */
  private final Set<String> you;
  /** Words naming a feeling their subject has ("angry", "upset", "enfadado"), not a judgement ("pathetic"). */
  private final Set<String> felt;
  /** Words that make a failure the customer left unanswered: "reply", "response", "contesta", "répond". */
  private final Set<String> unanswered;
  /** What cannot be replaced, or money: "ashes", "wedding", "medication", "savings", "dinero". */
  private final Set<String> precious;
  /** A subject that is not the one who should have answered: "this doesn't answer my question", "she don't answer". */
  private final Set<String> bystander;
  /** The verb "to be" in the third person ("is", "are", "was"): it ties an insult to the subject before it. */
  private final Set<String> copula;
  /** Words that open a subject named by a noun ("the ref is blind", "this guy is a moron"). */
  private final Set<String> determiner;
  /** Pronouns that are the polite "you" when written with a capital ("Sie sind Idioten"), else someone else ("sie ist…"). */
  private final Set<String> polite;
  /** People who may work for us ("driver", "cashier", "manager"): an insult of them is aimed at us. */
  private final Set<String> staff;
  /**
   * A verb told as done, a whole word or a past ending written "-ed" ("fixed", "solucionaron",
   * "réglé", "wurde"): a span of time right after it is how long it took, no deadline ("danke,
   * wurde in 10 Minuten gelöst", "gracias, me lo solucionaron en 10 minutos").
   */
  private final Set<String> done;
  /** The endings among {@link #done} ("-ed" as "ed"), longest first. */
  private final List<String> doneEndings;
  /**
   * What a customer does to get a thing working ("tried", "restarted", "reinstalled"): a count of
   * times after it counts attempts, not contacts ("tried restarting 5 times", "reinstalled twice").
   */
  private final Set<String> attempt;
  private final boolean gated;

  private OwnSituation(Map<String, Set<String>> roles, Set<String> elided, boolean gated) {
    this.speaker = roles.getOrDefault("speaker", Set.of());
    this.possessive = roles.getOrDefault("possessive", Set.of());
    this.relative = roles.getOrDefault("relative", Set.of());
    this.others = roles.getOrDefault("others", Set.of());
    this.demand = roles.getOrDefault("demand", Set.of());
    this.lead = roles.getOrDefault("lead", Set.of());
    this.loss = roles.getOrDefault("loss", Set.of());
    this.company = roles.getOrDefault("company", Set.of());
    this.person = roles.getOrDefault("person", Set.of());
    this.work = roles.getOrDefault("work", Set.of());
    this.verb = roles.getOrDefault("verb", Set.of());
    this.elided = elided;
    this.addressee = roles.getOrDefault("addressee", Set.of());
    this.unreal = roles.getOrDefault("unreal", Set.of());
    this.exclaim = roles.getOrDefault("exclaim", Set.of());
    this.about = roles.getOrDefault("about", Set.of());
    this.self = roles.getOrDefault("self", Set.of());
    this.ours = roles.getOrDefault("ours", Set.of());
    this.again = roles.getOrDefault("again", Set.of());
    this.you = roles.getOrDefault("you", Set.of());
    this.felt = roles.getOrDefault("felt", Set.of());
    this.unanswered = roles.getOrDefault("unanswered", Set.of());
    Set<String> doneRole = roles.getOrDefault("done", Set.of());
    this.done = doneRole;
    List<String> endings = new ArrayList<>();
    for (String w : doneRole) {
      if (w.startsWith("-") && w.length() > 1) {
        endings.add(w.substring(1));
      }
    }
    endings.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    this.doneEndings = List.copyOf(endings);
    this.precious = roles.getOrDefault("precious", Set.of());
    this.bystander = roles.getOrDefault("bystander", Set.of());
    this.copula = roles.getOrDefault("copula", Set.of());
    this.determiner = roles.getOrDefault("determiner", Set.of());
    this.polite = roles.getOrDefault("polite", Set.of());
    this.staff = roles.getOrDefault("staff", Set.of());
    this.attempt = roles.getOrDefault("attempt", Set.of());
    this.gated = gated;
  }

  /** The gate for a lexicon locale ({@code en}, {@code pt_BR}), read once per JVM. */
  static OwnSituation of(Locale locale) {
    return of(locale.toString());
  }

  /** {@link #of(Locale)} by the locale's {@code toString()} tag. */
  static OwnSituation of(String tag) {
    return SHARED.computeIfAbsent(tag, OwnSituation::load);
  }

  private static final List<String> ROLES = List.of("speaker", "possessive", "relative", "others", "lead", "loss", "company", "person", "demand", "elided", "work", "verb", "addressee", "unreal", "exclaim", "about", "self", "ours", "again", "you", "felt", "unanswered", "precious", "bystander", "copula", "determiner", "polite", "staff", "done", "attempt");

  private static OwnSituation load(String tag) {
    String file = "situation_" + tag + ".tsv";
    List<String> rows = Lexicon.lines(file, true);
    if (rows.isEmpty()) {
      return OPEN;
    }
    Map<String, Set<String>> roles = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      String row = rows.get(i);
      if (row.isBlank() || row.startsWith("#")) {
        continue;
      }
      String[] f = row.split("\t");
      if (f.length != 2 || !ROLES.contains(f[0].strip())) {
        throw new IllegalStateException("/dev/empathy/signal/" + file + ":" + (i + 1) + ": expected " + String.join("|", ROLES) + "<TAB>word|word");
      }
      roles.computeIfAbsent(f[0].strip(), k -> new HashSet<>()).addAll(List.of(f[1].strip().toLowerCase(Locale.ROOT).split("\\|")));
    }
    Map<String, Set<String>> frozen = new HashMap<>();
    roles.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
    return new OwnSituation(frozen, frozen.getOrDefault("elided", Set.of()), true);
  }

  /**
   * Whether the signal {@code m} is the customer's own situation.
   *
   * @param m the signal's match in {@code typed}
   * @param typed the customer's own words (same offsets as the matches)
   * @param words the word layer's matches (requests, actions, problems, negators), in text order
   * @param clauseWords the clause reader's class words, in text order
   * @param problems the failures told so far
   */
  boolean own(Match<Cue> m, String typed, List<Match<Cue>> words, List<Match<Cue>> clauseWords, List<Evidence> problems) {
    if (!gated) {
      return true;
    }
    SignalKind kind = m.payload().signal();
    if (kind == SignalKind.VULNERABILITY && m.payload().weight() < SAFETY) {
      return ownedBySpeaker(m, typed, tellsOfDeath(m, typed));
    }
    if (kind == SignalKind.REPEAT_CONTACT && countsAttempts(m, typed, clauseWords)) {
      return false; // "tried restarting 5 times", "reinicié el móvil 3 veces": the customer's own tries
    }
    if (kind == SignalKind.REPEAT_CONTACT && m.payload().ifOwn()) {
      return repeatsSomething(m, typed, words, clauseWords, problems);
    }
    if (kind == SignalKind.URGENCY && doneBefore(m, typed)) {
      return false; // "wurde in 10 Minuten gelöst": how long it took
    }
    if (kind == SignalKind.URGENCY && (m.payload().weight() < EXPLICIT_DEADLINE || feltAbout(m, typed, words))) {
      return asked(m, typed, words, clauseWords, problems);
    }
    return true;
  }

  /**
   * Whether the word right before the cue, in its clause, tells a verb as done ({@link #done}): a
   * whole word of the role, or a word longer by two letters at least than one of its endings and no
   * word of {@code demand} ("fixed in 10 min", "me lo solucionaron en 10 minutos"; not "need it in
   * 10 minutes").
   */
  private boolean doneBefore(Match<Cue> m, String typed) {
    if (done.isEmpty()) {
      return false;
    }
    long span = wordSpanBefore(typed, Math.min(m.start(), typed.length()), CLAUSE_ENDS);
    if (span < 0) {
      return false;
    }
    String w = word(typed, (int) (span >>> 32), (int) span);
    // One or two words of manner may stand between the verb and its time: "delivered hot in 20
    // min", "arrived super fast in 15 minutes" (praise of a past delivery, no deadline).
    for (int n = 0; n < DONE_SKIP && !done.contains(w) && !endsDone(w) && !demand.contains(w); n++) {
      long before = wordSpanBefore(typed, (int) (span >>> 32), CLAUSE_ENDS);
      if (before < 0) {
        return false;
      }
      span = before;
      w = word(typed, (int) (span >>> 32), (int) span);
    }
    if (!done.contains(w) && !endsDone(w)) {
      return false;
    }
    // A demand before it in its clause makes the participle what is asked: "need it delivered in 2 days".
    int at = (int) (span >>> 32);
    for (int n = 0; n < LOOK_BACK; n++) {
      long before = wordSpanBefore(typed, at, CLAUSE_ENDS);
      if (before < 0) {
        return true;
      }
      at = (int) (before >>> 32);
      if (demand.contains(word(typed, at, (int) before))) {
        return false;
      }
    }
    return true;
  }

  private boolean endsDone(String w) {
    if (demand.contains(w)) {
      return false;
    }
    for (String ending : doneEndings) {
      if (w.length() >= ending.length() + 3 && w.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  // ----- abuse: at whom -----

  /**
   * Whether the insult {@code m} is aimed at someone other than us: its clause names a subject
   * that is neither the one spoken to nor anything of ours. Read back through the clause (at most
   * {@link #LOOK_BACK} words) from the insult, the nearest word that says whom decides:
   *
   * <ul>
   *   <li>the one spoken to ("you", "your", "eres", a capital "Sie", a @handle), something of ours
   *       ("staff", "agents", "company") or someone who may work for us ({@code staff}: "the
   *       driver", "el repartidor"), in the cue, before it or right after it: at us;
   *   <li>a word that puts the insult after a preposition ("dealing with idiots"): left as it is
   *       (abuse), since whom it is about is not its subject;
   *   <li>someone else ("he", "she", "they", "this guy", "[NAME]", "my boss" — a relative or the
   *       writer as owner), the writer ("I'm such an idiot"), a name written with a capital inside
   *       its sentence, or before a {@code copula} ("Trump is a moron"), or, before a copula, a noun
   *       opened by a {@code determiner} ("the ref is blind"): someone else.
   * </ul>
   *
   * <p>An insult with no subject ("idiots!!", "Morons. Fix it.") is aimed at the reader: abuse.
   * Constant work per cue: at most {@link #LOOK_BACK} words back and {@link #LOOK_AHEAD} ahead.
   */
  boolean insultsAnother(Match<Cue> m, String typed) {
    if (!gated || copula.isEmpty()) {
      return false;
    }
    int end = Math.min(m.end(), typed.length());
    for (int i = Math.min(m.start(), end); i < end; ) {
      int s = nextWord(typed, i, end);
      if (s < 0) {
        break;
      }
      int we = Math.min(wordEnd(typed, s), end);
      if (atUs(typed, s, we)) {
        return false; // "you idiots", "vous êtes nuls"
      }
      i = Math.max(we, s + 1);
    }
    // Right after it: "idiots, all of you" is two clauses, "what morons you are" one.
    int pos = end;
    for (int n = 0; n < LOOK_AHEAD; n++) {
      int s = nextWordInClause(typed, pos);
      if (s < 0) {
        break;
      }
      int we = wordEnd(typed, s);
      if (atUs(typed, s, we)) {
        return false;
      }
      pos = Math.max(we, s + 1);
    }
    pos = Math.min(m.start(), typed.length());
    boolean linked = false;
    for (int n = 0; n < LOOK_BACK; n++) {
      int e = pos;
      while (e > 0 && !isWordChar(typed.charAt(e - 1))) {
        if (CLAUSE_ENDS.indexOf(typed.charAt(e - 1)) >= 0) {
          return false; // no subject: aimed at the reader
        }
        e--;
      }
      if (e == 0) {
        return false;
      }
      int s = e;
      while (s > 0 && isWordChar(typed.charAt(s - 1))) {
        s--;
      }
      if (atUs(typed, s, e)) {
        return false;
      }
      String w = word(typed, s, e);
      if (about.contains(w)) {
        return false; // "dealing with idiots": an object, whoever they are
      }
      if (speaker.contains(w)) {
        return true; // "I'm such an idiot", "my boss is such a moron"
      }
      if (others.contains(w) || person.contains(w) || isRelative(w) || plural(w)) {
        return !spokenToBefore(typed, s); // "this guy's an idiot"; not "you guys are trash", "you people are useless idiots"
      }
      if (linked && (determiner.contains(w) || named(typed, s, e)) || named(typed, s, e) && !sentenceStart(typed, s)) {
        return true; // "the ref is blind", "Trump is a moron", "ask Dave, the idiot"
      }
      linked |= copula.contains(w);
      pos = s;
    }
    return false;
  }

  /** Whether the word before {@code s}, in its clause, is the one spoken to or something of ours ("you guys", "your people"). */
  private boolean spokenToBefore(String typed, int s) {
    long w = wordSpanBefore(typed, s, CLAUSE_ENDS);
    return w >= 0 && atUs(typed, (int) (w >>> 32), (int) w);
  }

  /**
   * The word before {@code at}, as {@code start << 32 | end}, or -1 when one of {@code stops} (the
   * clause's or the sentence's ends) or the text's start comes first.
   */
  private static long wordSpanBefore(String typed, int at, String stops) {
    int e = at;
    while (e > 0 && !isWordChar(typed.charAt(e - 1))) {
      if (stops.indexOf(typed.charAt(e - 1)) >= 0) {
        return -1;
      }
      e--;
    }
    int b = e;
    while (b > 0 && isWordChar(typed.charAt(b - 1))) {
      b--;
    }
    return b < e ? (long) b << 32 | e : -1;
  }

  /** Whether the word at {@code s..e} is the one spoken to or something of ours ("your staff"). */
  private boolean atUs(String typed, int s, int e) {
    s = pastPads(typed, s, e); // "&quot;Sie Idioten": the entity's pad is no letter of "Sie"
    if (s > 0 && typed.charAt(s - 1) == '@') {
      return true; // "@Brand is run by morons"
    }
    String w = word(typed, s, e);
    if (polite.contains(w)) {
      return Character.isUpperCase(typed.charAt(s)); // "Sie sind Idioten"; "sie ist…" is someone else
    }
    if (addressee.contains(w) || you.contains(w) || ours.contains(w)) {
      return true;
    }
    // Staff of the customer's own ("my manager", "mi jefe de turno") work for them, not for us.
    return (staff.contains(w) || plural(w, staff)) && !ownedBySpeaker(typed, s);
  }

  /** Whether the word before {@code s}, in its clause, is the speaker's possessive ("my", "our"). */
  private boolean ownedBySpeaker(String typed, int s) {
    long w = wordSpanBefore(typed, s, CLAUSE_ENDS);
    return w >= 0 && possessive.contains(word(typed, (int) (w >>> 32), (int) w));
  }

  /**
   * A name: a word with a capital initial and a small letter after it ("I" and "STUPID" are no
   * names). Opening its sentence, a capital says nothing, so a name there needs a copula after it.
   */
  private static boolean named(String typed, int s, int e) {
    s = pastPads(typed, s, e);
    return e - s > 1 && Character.isUpperCase(typed.charAt(s)) && Character.isLowerCase(typed.charAt(s + 1));
  }

  /** Whether only blanks and marks lie between {@code s} and the sentence's start before it. */
  private static boolean sentenceStart(String typed, int s) {
    for (int k = s - 1; k >= 0; k--) {
      char c = typed.charAt(k);
      if (SENTENCE_ENDS.indexOf(c) >= 0) {
        return true;
      }
      if (isWordChar(c)) {
        return false;
      }
    }
    return true;
  }

  // ----- vulnerability: whose situation -----

  /**
   * Whether the speaker owns the situation named from {@code m.start()} to {@code m.end()}. For a
   * death ({@code loss}), the speaker counts only with a relative ("my dad died", "our dog has
   * died", "Dad died last night"; not "my phone died", "se me murió el móvil").
   */
  private boolean ownedBySpeaker(Match<Cue> m, String typed, boolean loss) {
    // The cue's own words: "lost my husband", "my late", "I'm blind".
    boolean relativeSeen = false;
    for (int i = m.start(); i < m.end(); ) {
      int s = nextWord(typed, i, m.end());
      if (s < 0) {
        break;
      }
      int e = wordEnd(typed, s);
      String w = word(typed, s, Math.min(e, m.end()));
      relativeSeen |= isRelative(w);
      if (speaker.contains(w) && !(loss && !relativeAfter(typed, Math.min(e, m.end()), Math.min(typed.length(), wordEnd(typed, Math.max(m.end(), nextWordOrEnd(typed, m.end()))))))) {
        return true; // "lost my husband", "my late husband"; not "my phone died"
      }
      i = Math.max(e, s + 1);
    }
    // Back through the clause: the nearest subject or owner decides; a bare statement opening its
    // clause is the speaker's ("Pregnant and stuck at the gate", "feeling pretty low today").
    int pos = m.start();
    // "stranded at the airport with a baby": the company a bare statement keeps is the speaker's.
    int first = nextWord(typed, m.start(), m.end());
    boolean leadOnly = true;
    boolean thirdPerson = false;
    boolean withSpeaker = first >= 0 && company.contains(word(typed, first, Math.min(wordEnd(typed, first), m.end())));
    back:
    for (int n = 0; n < (withSpeaker ? 2 * LOOK_BACK : LOOK_BACK); n++) {
      int e = pos;
      while (e > 0 && !isWordChar(typed.charAt(e - 1))) {
        if (CLAUSE_ENDS.indexOf(typed.charAt(e - 1)) >= 0) {
          if (loss ? relativeSeen : leadOnly || withSpeaker) {
            return true; // "Dad died last night", "Pregnant and stuck at the gate"
          }
          break back;
        }
        e--;
      }
      if (e == 0) {
        if (loss ? relativeSeen : leadOnly || withSpeaker) {
          return true;
        }
        break;
      }
      int s = e;
      while (s > 0 && isWordChar(typed.charAt(s - 1))) {
        s--;
      }
      String w = word(typed, s, e);
      if (speaker.contains(w)) {
        // A death needs a person: "my dad died", not "my phone died" or "se me murió el móvil";
        // a verb in the third person needs the relative as its subject: "mi hermana está en el hospital".
        return !(loss || thirdPerson) || relativeSeen;
      }
      thirdPerson |= verb.contains(w);
      if (others.contains(w) || work.contains(w)) {
        return false; // "she's pregnant"; "my sister works in a hospital" names a workplace
      }
      relativeSeen |= isRelative(w);
      leadOnly &= lead.contains(w);
      pos = s;
    }
    // After it in the clause: "the death of my father", "in hospital with my son".
    return relativeOwnedAhead(typed, m.end());
  }

  /**
   * Whether a vulnerability that is not the customer's own tells of someone else's death ("he
   * died", "her dad passed away"): sad to read, so the feeling stays, but nothing to escalate.
   */
  boolean grievesAnother(Match<Cue> m, String typed) {
    if (!gated || m.payload().signal() != SignalKind.VULNERABILITY || !tellsOfDeath(m, typed)) {
      return false;
    }
    int pos = m.start();
    for (int n = 0; n < LOOK_BACK; n++) {
      int e = pos;
      while (e > 0 && !isWordChar(typed.charAt(e - 1))) {
        if (CLAUSE_ENDS.indexOf(typed.charAt(e - 1)) >= 0) {
          return false;
        }
        e--;
      }
      if (e == 0) {
        return false;
      }
      int s = e;
      while (s > 0 && isWordChar(typed.charAt(s - 1))) {
        s--;
      }
      String w = word(typed, s, e);
      if (person.contains(w) || isRelative(w)) {
        return true;
      }
      pos = s;
    }
    return false;
  }

  /** Whether the cue's words tell of a death ("died", "passed away", "funeral"). */
  private boolean tellsOfDeath(Match<Cue> m, String typed) {
    for (int i = m.start(); i < m.end(); ) {
      int s = nextWord(typed, i, m.end());
      if (s < 0) {
        return false;
      }
      int e = Math.min(wordEnd(typed, s), m.end());
      if (loss.contains(word(typed, s, e))) {
        return true;
      }
      i = Math.max(e, s + 1);
    }
    return false;
  }

  /** Whether a first-person owner of a relative follows within {@link #LOOK_AHEAD} words, in the clause. */
  private boolean relativeOwnedAhead(String typed, int from) {
    int pos = from;
    boolean owner = false;
    for (int n = 0; n < LOOK_AHEAD; n++) {
      int s = nextWordInClause(typed, pos);
      if (s < 0) {
        return false;
      }
      int e = wordEnd(typed, s);
      String w = word(typed, s, e);
      if (owner && isRelative(w)) {
        return true;
      }
      owner = possessive.contains(w);
      pos = e;
    }
    return false;
  }

  /** Whether a relative's word lies from {@code from} to {@code to}. */
  private boolean relativeAfter(String typed, int from, int to) {
    for (int i = from; i < to; ) {
      int s = nextWord(typed, i, to);
      if (s < 0) {
        return false;
      }
      int e = Math.min(wordEnd(typed, s), to);
      if (isRelative(word(typed, s, e))) {
        return true;
      }
      i = Math.max(e, s + 1);
    }
    return false;
  }

  /** A relative, also as an owner ("mum's", "dads"). */
  private boolean isRelative(String w) {
    return relative.contains(w) || w.length() > 2 && w.endsWith("s") && relative.contains(w.substring(0, w.length() - 1));
  }

  // ----- repeats: of a failure or a contact -----

  private boolean repeatsSomething(Match<Cue> m, String typed, List<Match<Cue>> words, List<Match<Cue>> clauseWords, List<Evidence> problems) {
    int[] window = window(typed, m.start(), m.end(), 1);
    for (Evidence p : problems) {
      // A failure of other words than the repeat's own ("every time" is read as a problem too).
      if (p.start() < window[1] && window[0] < p.end() && !(p.start() >= m.start() && p.end() <= m.end())) {
        return true;
      }
    }
    for (int k = from(words, window[0]); k < words.size(); k++) {
      Match<Cue> w = words.get(k);
      if (w.start() >= window[1]) {
        break;
      }
      boolean own = w.start() >= m.start() && w.end() <= m.end();
      if (w.end() > window[0] && (w.payload().is(Cue.Kind.PROBLEM) && !own || w.payload().is(Cue.Kind.NEGATOR) && near(w, m))) {
        return true; // "still didn't", "never again": a negation beside the repeat
      }
      if ((w.payload().is(Cue.Kind.EMOTION) || w.payload().is(Cue.Kind.SARCASM)) && w.start() < m.end() && m.start() < w.end()) {
        return true; // the repeat is part of a complaint's words: "would get ignored again"
      }
    }
    for (int i = from(clauseWords, window[0]); i < clauseWords.size(); i++) {
      Match<Cue> c = clauseWords.get(i);
      if (c.start() >= window[1]) {
        break;
      }
      if (c.end() > window[0] && failureOrContact(c.payload().part())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the count {@code m} counts the customer's attempts: an attempt word ("tried",
   * "restarted", "reinstalled") within {@link #LOOK_BACK} words before it in its clause, with no
   * contact word at or after it ("tried restarting 5 times", "tried 4 times now", "reinstalled it
   * twice"; not "tried calling 5 times", where calling is a contact).
   */
  private boolean countsAttempts(Match<Cue> m, String typed, List<Match<Cue>> clauseWords) {
    if (attempt.isEmpty()) {
      return false;
    }
    int at = Math.min(m.start(), typed.length());
    for (int n = 0; n < LOOK_BACK; n++) {
      long span = wordSpanBefore(typed, at, CLAUSE_ENDS);
      if (span < 0) {
        return false;
      }
      at = (int) (span >>> 32);
      if (attempt.contains(word(typed, at, (int) span))) {
        for (int i = from(clauseWords, at); i < clauseWords.size() && clauseWords.get(i).start() < m.start(); i++) {
          if (clauseWords.get(i).payload().part() == ClauseReader.Part.CONTACT) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  private static boolean failureOrContact(ClauseReader.Part p) {
    return p == ClauseReader.Part.FAILED
        || p == ClauseReader.Part.FAILED_STATE
        || p == ClauseReader.Part.ABSENT
        || p == ClauseReader.Part.WAITING
        || p == ClauseReader.Part.CONTACT;
  }

  /** Whether two matches are at most one word apart ("still didn't", "not again"). */
  private static boolean near(Match<Cue> a, Match<Cue> b) {
    return a.firstToken() - b.lastToken() <= 2 && b.firstToken() - a.lastToken() <= 2;
  }

  // ----- urgency: something asked or needed -----

  private boolean asked(Match<Cue> m, String typed, List<Match<Cue>> words, List<Match<Cue>> clauseWords, List<Evidence> problems) {
    int[] window = window(typed, m.start(), m.end(), 1);
    for (Evidence p : problems) {
      if (p.start() < window[1] && window[0] < p.end()) {
        return true;
      }
    }
    for (int i = from(words, window[0]); i < words.size(); i++) {
      Match<Cue> w = words.get(i);
      if (w.start() >= window[1]) {
        break;
      }
      Cue.Kind k = w.payload().kind();
      if (w.end() > window[0] && (k == Cue.Kind.REQUEST || k == Cue.Kind.ACTION || k == Cue.Kind.HANDOFF || k == Cue.Kind.PROBLEM)) {
        return true;
      }
    }
    for (int i = from(clauseWords, window[0]); i < clauseWords.size(); i++) {
      Match<Cue> c = clauseWords.get(i);
      if (c.start() >= window[1]) {
        break;
      }
      if (c.end() > window[0] && failureOrContact(c.payload().part()) && c.payload().part() != ClauseReader.Part.WAITING) {
        return true;
      }
    }
    // "I still don't have authorization": a failure still going on.
    for (int i = from(clauseWords, window[0]); i < clauseWords.size(); i++) {
      Match<Cue> c = clauseWords.get(i);
      if (c.start() >= window[1]) {
        break;
      }
      if (c.end() > window[0] && c.payload().part() == ClauseReader.Part.STILL) {
        for (int k = from(words, c.end()); k < words.size() && words.get(k).firstToken() - c.lastToken() <= 2; k++) {
          if (words.get(k).payload().is(Cue.Kind.NEGATOR) && words.get(k).firstToken() > c.lastToken()) {
            return true;
          }
        }
      }
    }
    // "need it by Friday", "must be here tomorrow", "ASAP": a demand in the cue's own sentence.
    for (int i = window[0]; i < window[1]; ) {
      int s = nextWord(typed, i, window[1]);
      if (s < 0) {
        break;
      }
      int e = wordEnd(typed, s);
      if (demand.contains(word(typed, s, e))) {
        return true;
      }
      i = Math.max(e, s + 1);
    }
    return false;
  }

  // ----- a strong feeling alone: whose, about what -----

  /** At most this many pieces of a feeling's evidence are read for whose it is (constant work per message). */
  private static final int MAX_FEELING_EVIDENCE = 8;

  /** Whose a feeling is, read back through its clause. */
  enum Feeler {
    /** The writer feels it: "I'm furious", "So angry.", "this makes me sick". */
    WRITER,
    /** Someone or something else: "she was really upset", "that show is terrible". */
    OTHER,
    /** Imagined: "I would be furious if…", "I'd be shocked", "If it's late again I'll be furious". */
    IMAGINED,
    /** The one spoken to: "I'm sorry that you're so angry", "you must be so frustrated". */
    ADDRESSEE,
    /** No words to tell (an emoji, "!!"). */
    UNTOLD
  }

  /**
   * Whether a strong negative feeling, with nothing else to set the level, is the customer's own
   * about their situation with us. In a message tied to us ({@code tied}: a @handle, a failure, a
   * request; or a "you" in the sentences of a piece of evidence) any piece of evidence that is
   * not imagined counts, whoever feels it ("@delta my mom was so upset"); otherwise only one the
   * writer feels ("I'm so angry right now", "Furious."). A feeling told only in emoji or marks
   * counts as before. At most {@value #MAX_FEELING_EVIDENCE} pieces are read.
   *
   * @param evidence the feeling's evidence, in {@code typed}'s offsets
   * @param typed the customer's own words
   * @param tied whether the message is tied to us by what else it says
   */
  boolean feelingCounts(List<Evidence> evidence, String typed, boolean tied) {
    if (!gated) {
      return true;
    }
    boolean addressed = tied;
    boolean words = false;
    for (int k = 0; k < evidence.size() && k < MAX_FEELING_EVIDENCE; k++) {
      Evidence e = evidence.get(k);
      Feeler f = feeler(e, typed);
      if (f == Feeler.UNTOLD) {
        continue;
      }
      words = true;
      if (f == Feeler.WRITER) {
        return true;
      }
      if (f == Feeler.OTHER && (addressed || (addressed = addressed(e, typed)))) {
        return true;
      }
    }
    return !words;
  }

  /**
   * Who feels the feeling told at {@code e}: a first-person word in it ("I hate", "makes me
   * sick"), else the nearest subject back through its clause ("I'm really upset", "she was really
   * upset", "my wife is going to hate me"), else the writer when only lead words open the clause
   * ("So angry.", "Honestly furious"); an imagining word on the way ("would", "if", "I'd") makes
   * it imagined.
   */
  Feeler feeler(Evidence e, String typed) {
    int end = Math.min(e.end(), typed.length());
    boolean told = false;
    boolean own = false;
    for (int i = Math.min(e.start(), end); i < end; ) {
      int s = nextWord(typed, i, end);
      if (s < 0) {
        break;
      }
      int we = Math.min(wordEnd(typed, s), end);
      String w = word(typed, s, we);
      told |= w.codePoints().anyMatch(Character::isLetter);
      if (unreal.contains(w) && !ironicAgain(typed, e)) {
        return Feeler.IMAGINED;
      }
      own |= speaker.contains(w);
      i = Math.max(we, s + 1);
    }
    if (!told) {
      return Feeler.UNTOLD;
    }
    if (aboutAPerson(typed, end)) {
      return Feeler.OTHER; // "concerned for those people", "mad at myself", "angry at liberals"
    }
    if (supposedSentence(typed, Math.min(e.start(), typed.length())) && !ironicAgain(typed, e)) {
      return Feeler.IMAGINED; // "If my flight gets cancelled I will be so mad"
    }
    int pos = Math.min(e.start(), typed.length());
    boolean leadOnly = true;
    for (int n = 0; n < LOOK_BACK; n++) {
      int we = pos;
      while (we > 0 && !isWordChar(typed.charAt(we - 1))) {
        if (CLAUSE_ENDS.indexOf(typed.charAt(we - 1)) >= 0) {
          return own || leadOnly ? Feeler.WRITER : Feeler.OTHER;
        }
        we--;
      }
      if (we == 0) {
        return own || leadOnly ? Feeler.WRITER : Feeler.OTHER;
      }
      int s = we;
      while (s > 0 && isWordChar(typed.charAt(s - 1))) {
        s--;
      }
      String w = word(typed, s, we);
      if (unreal.contains(w) && !ironicAgain(typed, e)) {
        return Feeler.IMAGINED; // "I'd be shocked", "I would be so pissed if…"
      }
      if (!own && speaker.contains(w)) {
        own = true; // still read back for an imagining word before the subject
      } else if (!own && you.contains(w)) {
        // "you're so angry": the reader's feeling; "you guys are pathetic": the writer's judgement of us.
        return feltWord(typed, e) ? Feeler.ADDRESSEE : Feeler.OTHER;
      } else if (!own && (others.contains(w) || isRelative(w) || verb.contains(w) || person.contains(w))) {
        return Feeler.OTHER;
      }
      leadOnly &= lead.contains(w) || exclaim.contains(w) || w.chars().allMatch(Character::isDigit); // "10/10 would…"
      pos = s;
    }
    return own ? Feeler.WRITER : Feeler.OTHER;
  }

  /**
   * Whether a person follows the feeling as its object, in its clause: a word of {@code about}
   * ("at", "for", "with") right after it, then within {@link #LOOK_AHEAD} words someone else
   * or the writer's own self ("mad at myself", "so worried for her", "concerned for those
   * people"). The one spoken to is not such a person: "furious with you" is about us.
   */
  private boolean aboutAPerson(String typed, int from) {
    int pos = from;
    for (int n = 0; n <= LOOK_AHEAD; n++) {
      int s = nextWordInClause(typed, pos);
      if (s < 0) {
        return false;
      }
      int e = wordEnd(typed, s);
      String w = word(typed, s, e);
      if (n == 0 ? !about.contains(w) : addressee.contains(w) || speaker.contains(w) && !self.contains(w)) {
        return false;
      }
      if (n > 0 && (person.contains(w) || isRelative(w) || self.contains(w) || plural(w))) {
        return true;
      }
      pos = e;
    }
    return false;
  }

  /**
   * Whether the sentence holding {@code at} opens with an imagining word ("If my flight gets
   * cancelled I will be so mad", "Si me cancelan el vuelo me voy a enfadar"); a word followed by a
   * comma is an answer ("Si, estoy furioso"), not a condition. Reads back at most {@value
   * #MAX_WINDOW} characters.
   */
  private boolean supposedSentence(String typed, int at) {
    if (unreal.isEmpty()) {
      return false;
    }
    int from = at;
    while (from > 0 && at - from < MAX_WINDOW && SENTENCE_ENDS.indexOf(typed.charAt(from - 1)) < 0) {
      from--;
    }
    int s = nextWord(typed, from, at);
    if (s < 0) {
      return false;
    }
    int we = wordEnd(typed, s);
    if (we >= at || !unreal.contains(word(typed, s, we))) {
      return false;
    }
    int next = we;
    while (next < at && Character.isWhitespace(typed.charAt(next))) {
      next++;
    }
    return next < at && typed.charAt(next) != ',';
  }

  /** Whether a word of the feeling names a feeling its subject has ({@code felt}). */
  private boolean feltWord(String typed, Evidence e) {
    int end = Math.min(e.end(), typed.length());
    for (int i = Math.min(e.start(), end); i < end; ) {
      int s = nextWord(typed, i, end);
      if (s < 0) {
        return false;
      }
      int we = Math.min(wordEnd(typed, s), end);
      if (felt.contains(word(typed, s, we))) {
        return true;
      }
      i = Math.max(we, s + 1);
    }
    return false;
  }

  /** Whether an {@code again} word ends the feeling or follows it within two words: "would be disappointed again". */
  private boolean ironicAgain(String typed, Evidence e) {
    if (again.isEmpty()) {
      return false;
    }
    int pos = Math.min(e.start(), typed.length());
    for (int n = 0; n < 6 && pos < typed.length(); n++) {
      int s = nextWord(typed, pos, typed.length());
      if (s < 0 || s > e.end() && n > 0 && countWords(typed, e.end(), s) > 2) {
        return false;
      }
      int we = wordEnd(typed, s);
      if (again.contains(word(typed, s, we))) {
        return true;
      }
      pos = Math.max(we, s + 1);
    }
    return false;
  }

  private static int countWords(String typed, int from, int to) {
    int n = 0;
    for (int i = from; i < to; ) {
      int s = nextWord(typed, i, to);
      if (s < 0) {
        break;
      }
      n++;
      i = Math.max(wordEnd(typed, s), s + 1);
    }
    return n;
  }

  /** A plural of a person ("liberals", "fans", "people"): a word of {@code person} with an "s". */
  private boolean plural(String w) {
    return plural(w, person);
  }

  /** A word of {@code set} with an "s" ("drivers"). */
  private static boolean plural(String w, Set<String> set) {
    return w.length() > 3 && w.endsWith("s") && set.contains(w.substring(0, w.length() - 1));
  }

  /**
   * Whether the one spoken to ("you", "your") or something the customer has with us ("service",
   * "order", "refund") is in the sentence of {@code e} or a sentence beside it: a failure shouted
   * about us ("where is my refund???"), not about a game or a politician ("why didn't she find out
   * BEFORE she signed it?").
   */
  boolean aboutUs(Evidence e, String typed) {
    return !gated || addressed(e, typed);
  }

  /** {@return the things a customer has with us (role {@code ours}: "order", "package", "app"), lower case} */
  Set<String> ours() {
    return ours;
  }

  /**
   * Whether something the customer has with us ("flight", "order", "refund") is in the sentence of
   * {@code e} or a sentence beside it: narrower than {@link #aboutUs}, where "you" alone is enough
   * ("you guys cancelled my flight", not "nice of you to jump in for no reason").
   */
  boolean oursBeside(Evidence e, String typed) {
    return !gated || addressed(e, typed, true);
  }

  /**
   * Whether the one spoken to ("you", "your") or something the customer has with us ("service",
   * "order", "refund") is in the sentence of {@code e} or a sentence beside it.
   */
  private boolean addressed(Evidence e, String typed) {
    return addressed(e, typed, false);
  }

  /** {@link #addressed(Evidence, String)}, with {@code oursOnly} counting only things of ours. */
  private boolean addressed(Evidence e, String typed, boolean oursOnly) {
    if (addressee.isEmpty()) {
      return false;
    }
    int[] window = window(typed, Math.min(e.start(), typed.length()), Math.min(e.end(), typed.length()), 1);
    for (int i = window[0]; i < window[1]; ) {
      int s = nextWord(typed, i, window[1]);
      if (s < 0) {
        break;
      }
      int we = wordEnd(typed, s);
      String w = word(typed, s, we);
      if (!oursOnly && addressee.contains(w) || ours.contains(w)) {
        return true; // "you", "your app"; "the worst customer service", "my order"
      }
      i = Math.max(we, s + 1);
    }
    return false;
  }

  /**
   * Whether a feeling (or praise: "excited", "can't wait") has the cue for its object, earlier in
   * its clause: "nervous about my first flight tomorrow", "so excited for my flight tonight".
   */
  private static boolean feltAbout(Match<Cue> m, String typed, List<Match<Cue>> words) {
    for (int k = from(words, m.start()) - 1; k >= 0; k--) {
      Match<Cue> w = words.get(k);
      if (m.firstToken() - w.lastToken() > LOOK_BACK) {
        return false;
      }
      Cue.Kind kind = w.payload().kind();
      if (w.end() <= m.start() && (kind == Cue.Kind.EMOTION || kind == Cue.Kind.PRAISE || kind == Cue.Kind.GRATITUDE)) {
        for (int i = w.end(); i < m.start(); i++) {
          if (CLAUSE_ENDS.indexOf(typed.charAt(i)) >= 0) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  // ----- failures that need care by what they concern -----

  /** Words read on either side of a failure, in its sentence, for what it concerns. */
  private static final int GRAVE_REACH = 8;
  /** At most this much of a failure's own span is read (a promise and its present can be long). */
  private static final int GRAVE_SPAN = 200;

  /**
   * Whether a failure told needs care by what it concerns, however plainly it is told: the
   * customer left unanswered (a word of role {@code unanswered} inside it: "no one replies", "you
   * never answered", "nadie contesta", "personne ne répond", "niemand meldet sich"; not the
   * customer's own "I didn't reply", nor a {@code bystander}'s, "this doesn't answer my question",
   * "she don't answer"), or something that cannot be replaced or money of
   * theirs (a word of role {@code precious} in its sentence, at most {@link #GRAVE_REACH} words
   * away: "lost my bag with my dad's ashes in it", "no me devuelven el dinero"). Reads a bounded
   * number of words per failure.
   *
   * @param failure a failure's evidence, offsets in {@code typed}
   * @param typed the customer's own words
   */
  boolean grave(Evidence failure, String typed) {
    if (!gated) {
      return false;
    }
    int start = Math.max(0, Math.min(failure.start(), typed.length()));
    int end = Math.min(Math.min(failure.end(), typed.length()), start + GRAVE_SPAN);
    // Inside: someone who should answer and did not; not the writer ("I have no answers for you")
    // nor a thing ("this doesn't answer my question").
    String previous = wordBefore(typed, start);
    boolean own = speaker.contains(previous) || bystander.contains(previous) || speakerBefore(typed, start);
    for (int s = nextWord(typed, start, end); s >= 0; s = nextWord(typed, wordEnd(typed, s), end)) {
      String w = word(typed, s, Math.min(wordEnd(typed, s), end));
      if (!own && (unanswered.contains(w) || unanswered.contains(previous + " " + w))) {
        return true;
      }
      if (precious.contains(w)) {
        return true;
      }
      previous = w;
    }
    // After it, in its sentence: "lost my bag with my dad's ashes in it".
    int at = end;
    for (int n = 0; n < GRAVE_REACH; n++) {
      int s = nextWordInSentence(typed, at);
      if (s < 0) {
        break;
      }
      at = Math.max(wordEnd(typed, s), s + 1);
      if (precious.contains(word(typed, s, at))) {
        return true;
      }
    }
    // Before it: "my savings are gone", "all my wedding photos are gone".
    at = start;
    for (int n = 0; n < GRAVE_REACH; n++) {
      long w = wordSpanBefore(typed, at, SENTENCE_ENDS);
      if (w < 0) {
        return false;
      }
      at = (int) (w >>> 32);
      if (precious.contains(word(typed, at, (int) w))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a first-person word lies among the {@link #SUBJECT_REACH} words before {@code at}, in its clause. */
  private boolean speakerBefore(String typed, int at) {
    for (int n = 0; n < SUBJECT_REACH; n++) {
      long w = wordSpanBefore(typed, at, CLAUSE_ENDS);
      if (w < 0) {
        return false;
      }
      at = (int) (w >>> 32);
      if (speaker.contains(word(typed, at, (int) w))) {
        return true;
      }
    }
    return false;
  }

  /** Words looked back from a failure for the writer as its subject ("I have no answers"). */
  private static final int SUBJECT_REACH = 3;

  /** The word ending right before {@code at} in its clause (past blanks only), or "". */
  private String wordBefore(String typed, int at) {
    int e = at;
    while (e > 0 && Character.isWhitespace(typed.charAt(e - 1))) {
      e--;
    }
    int s = e;
    while (s > 0 && isWordChar(typed.charAt(s - 1))) {
      s--;
    }
    return s == e ? "" : word(typed, s, e);
  }

  /** Where the next word starts at or after {@code pos} in the same sentence; -1 at a sentence's or the text's end. */
  private static int nextWordInSentence(String typed, int pos) {
    int s = pos;
    while (s < typed.length() && !isWordChar(typed.charAt(s))) {
      if (SENTENCE_ENDS.indexOf(typed.charAt(s)) >= 0) {
        return -1;
      }
      s++;
    }
    return s < typed.length() ? s : -1;
  }

  // ----- text helpers -----

  /**
   * The span of the sentence holding {@code start..end}, widened by {@code around} sentences on
   * either side: "My wifi is down. Third time this week!" tells the failure a sentence before the
   * repeat, "His party is on Saturday. Please tell me it's going to get here" the request after
   * the deadline.
   */
  private static int[] window(String typed, int start, int end, int around) {
    // Bounded, so a text without sentence ends (100 KB on one line) costs a constant per cue.
    int s = start;
    int ends = 0;
    int floor = Math.max(0, start - MAX_WINDOW);
    while (s > floor) {
      if (SENTENCE_ENDS.indexOf(typed.charAt(s - 1)) >= 0 && !endBefore(typed, s - 1) && ++ends > around) {
        break;
      }
      s--;
    }
    int e = end;
    ends = 0;
    int ceiling = Math.min(typed.length(), end + MAX_WINDOW);
    while (e < ceiling) {
      if (SENTENCE_ENDS.indexOf(typed.charAt(e)) >= 0 && !endAfter(typed, e + 1) && ++ends > around) {
        break;
      }
      e++;
    }
    return new int[] {s, e};
  }

  /** At most this many blanks are looked past for the rest of a run of sentence ends ("!!! \n", "!!!<br>"). */
  private static final int END_RUN_GAP = 8;

  /**
   * Whether a sentence end lies just before {@code at}, past at most {@link #END_RUN_GAP} blanks:
   * "!!!" and the line break a web form's {@code <br>} leaves after it are one end.
   */
  private static boolean endBefore(String typed, int at) {
    for (int k = at - 1, n = 0; k >= 0 && n <= END_RUN_GAP; k--, n++) {
      char c = typed.charAt(k);
      if (SENTENCE_ENDS.indexOf(c) >= 0) {
        return true;
      }
      if (!Character.isWhitespace(c) && c != MessageBody.PAD) {
        return false;
      }
    }
    return false;
  }

  /** Whether a sentence end lies at or after {@code at}, past at most {@link #END_RUN_GAP} blanks. */
  private static boolean endAfter(String typed, int at) {
    for (int k = at, n = 0; k < typed.length() && n <= END_RUN_GAP; k++, n++) {
      char c = typed.charAt(k);
      if (SENTENCE_ENDS.indexOf(c) >= 0) {
        return true;
      }
      if (!Character.isWhitespace(c) && c != MessageBody.PAD) {
        return false;
      }
    }
    return false;
  }

  /** The index of the first match starting at or after {@code offset} (the list is in text order). */
  private static int from(List<Match<Cue>> list, int offset) {
    int lo = 0;
    int hi = list.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (list.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The start of the next word at or after {@code from}, or the end of the text. */
  private static int nextWordOrEnd(String typed, int from) {
    int s = nextWord(typed, from, typed.length());
    return s < 0 ? typed.length() : s;
  }

  private static int nextWord(String typed, int from, int to) {
    for (int k = from; k < to; k++) {
      if (isWordChar(typed.charAt(k)) && !apostrophe(typed.charAt(k))) {
        return k;
      }
    }
    return -1;
  }

  private static int wordEnd(String typed, int at) {
    int e = at;
    while (e < typed.length() && isWordChar(typed.charAt(e))) {
      e++;
    }
    return e;
  }

  /** A letter, a digit, an apostrophe, or the pad a decoded entity leaves inside its word ("I&#39;m"). */
  /** Where the next word starts at or after {@code pos} in the same clause; -1 at a clause's or the text's end. */
  private static int nextWordInClause(String typed, int pos) {
    int s = pos;
    while (s < typed.length() && !isWordChar(typed.charAt(s))) {
      if (CLAUSE_ENDS.indexOf(typed.charAt(s)) >= 0) {
        return -1;
      }
      s++;
    }
    return s < typed.length() ? s : -1;
  }

  /** {@code s} moved past the pads a decoded entity left before a word ("&amp;quot;Sie"). */
  private static int pastPads(String typed, int s, int e) {
    while (s < e && typed.charAt(s) == MessageBody.PAD) {
      s++;
    }
    return s;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || apostrophe(c) || c == MessageBody.PAD;
  }

  private static boolean apostrophe(char c) {
    return c == '\'' || c == '’';
  }

  /**
   * The word from {@code s} to {@code e}, lower case, apostrophes dropped ("I'll" is "ill"); an
   * elided clitic before an apostrophe is a word of its own ("j'ai" is "j", when "j" elides).
   */
  private String word(String typed, int s, int e) {
    StringBuilder b = new StringBuilder(e - s);
    boolean surrogates = false;
    for (int k = s; k < e; k++) {
      char c = typed.charAt(k);
      if (apostrophe(c) || c == MessageBody.PAD) {
        if (c != MessageBody.PAD && !elided.isEmpty() && elided.contains(b.toString())) {
          return b.toString();
        }
        continue;
      }
      surrogates |= Character.isSurrogate(c);
      b.append(Character.toLowerCase(c));
    }
    // Characters lowered one by one are their own lower case as a string too (every BMP one:
    // LowerCaseOnceTest); only a letter beyond the BMP ("𐐀") is lowered by the string alone.
    return surrogates ? b.toString().toLowerCase(Locale.ROOT) : b.toString();
  }
}
