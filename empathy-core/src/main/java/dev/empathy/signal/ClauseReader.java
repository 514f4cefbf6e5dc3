package dev.empathy.signal;

import dev.empathy.text.PhraseMatcher.Match;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads complaints from the shape of a clause rather than from phrases: a thing in a failed state
 * ("the site is down", "my bag is still missing", "wifi down again"), a failure still going on
 * ("still no reply", "still waiting", "nothing yet"), a duration told as a wait ("on hold for 45
 * mins", "3 hours on the tarmac", "since Monday" beside a failure), a count told as a repeat ("4th
 * time", "called 3 times"), a price questioned ("$25 for a checked bag?") and a question of blame
 * about a failure ("why is my package still not here", "how come my order is missing"). It also
 * compares what a message tells: a month of ours against a later present ("opened a case in march.
 * it's june"), a promised time against the time gone by (only more time breaks it: "was told 72
 * hours, it's been 24" is in time), the same fault after a replacement, and a call closed by "??"
 * that nobody answered ("hello??? anyone??").
 *
 * <p>It works on word classes, not sentences: {@code clauses_<locale>.tsv} lists each class's
 * words (copulas, failure adjectives, durations, ordinals, time units, question words) and is
 * compiled into the lexicon's automaton, so the classes are found in the same single pass over
 * the ICU word tokens as every other cue; this class relates them by token distance and clause
 * boundary. Common words needed in one place only (determiners, a question's first word, what
 * "since" starts from) are looked up beside the class word instead ({@code
 * clause-words_<locale>.tsv}), so they cost nothing elsewhere. A locale without the files reads
 * nothing here. Negators are the lexicon's own.
 *
 * <p>Single-use, like {@link Reading}; linear in the number of class words found.
 */
final class ClauseReader {

  /** A structural word class, the target column of {@code clauses_<locale>.tsv}. */
  enum Part {
    /** "is", "are", "was", "been": links a thing to its state. */
    BE,
    /** A failed state, also before its noun: "broken", "missing", "cancelled", "lost". */
    FAILED,
    /** A failed state said of a thing, never before it: "wrong", "late", "empty", "closed". */
    FAILED_STATE,
    /** A failed state that is only one at a clause's end or before "again": "down", "out", "dead". */
    FAILED_END,
    /** "still": what follows goes on. */
    STILL,
    /** Nothing come: "nothing", "no one", "no reply", "no word". */
    ABSENT,
    /** "yet", "so far": an absence that has lasted. */
    YET,
    /** Going on or back again: "again", "rn", "all day", "today". */
    AGAIN,
    /** A wait named: "waiting", "on hold", "delayed", "sat", "been". */
    WAITING,
    /**
     * A wait a service keeps its customers in, beside the duration (also read as {@link #WAITING} or
     * {@link #AFTER_WAIT}): "on hold", "in the queue", "en espera", "in der Warteschleife". Such a
     * wait is told to us, whoever is named (see {@link ClauseReader#held}).
     */
    HELD,
    /** Time elapsed, right before a duration: "it's been a week", "been 3 days". */
    ELAPSED,
    /** A duration: "45 mins", "3 hrs", "two weeks", "an hour". */
    DURATION,
    /** A long time without a number: "ages", "forever", "an eternity". */
    LONG,
    /** Before a duration, a span that may be a wait: "for", "over", "nearly", "almost". */
    FOR,
    /** Before a duration, a time ahead or a rate, never a wait: "in", "within", "every", "per". */
    AHEAD,
    /** After a duration, what makes it a wait: "now", "later", "and counting", "on hold". */
    AFTER_WAIT,
    /** After a duration, a time past: "ago". */
    AGO,
    /** "since": the start of something still going on. */
    SINCE,
    /** An ordinal time, its rank as the weight: "4th time", "third time". */
    NTH_TIME,
    /**
     * An ordinal, its rank as the weight ({@code 0}: read the digits): "3rd", "second", "deuxième".
     * Before a failure or an event done to a booking it tells a repeat (see {@link ClauseReader#ordinalEvent}).
     */
    ORDINAL,
    /** A count of times, the count as the weight ({@code 0}: read the digits): "3 times". */
    TIMES,
    /** Getting in touch: "called", "emailed", "asked", "tried". */
    CONTACT,
    /** A question of blame: "why", "how come", "how is it possible". */
    WHY,
    /** Difficulty, slowness or cost that a question of blame can be about: "hard", "long". */
    HARD,
    /** Money named in words after a number: "dollars", "bucks", "usd". */
    CURRENCY,
    /**
     * A word of praise, read only in a frame of the speaker's stance (see {@link
     * ClauseReader#evaluation}): "this is so good", "what a gem", "gorgeous photo!".
     */
    GOOD,
    /** A word of blame, read in the same frames: "that was reckless", "so rude.", "what a mess". */
    BAD,
    /** A noun of blame, framed like {@link #BAD} but never before another noun ("what a mess"; "this joke made me laugh" is no blame). */
    BAD_NOUN,
    /** A word of disgust, read in the same frames: "vile.", "these are hideous". */
    VILE,
    /** A superlative of praise: in a frame, or before "ever" ("best flight ever", "best thing I've seen"). */
    BEST,
    /** A superlative of blame: framed like {@link #BAD} or before "ever" ("worst thing I've ever read"); anger. */
    WORST,
    /**
     * A promise or an expectation: "you said", "promised", "estimated" (value 1), or one already
     * broken by its form, "was supposed to", "should have been" (value 2). See {@link ClauseReader#promise}.
     */
    PROMISE,
    /** What the customer chose: "ordered", "paid for", "booked" (see {@link ClauseReader#mismatch}). */
    ORDERED,
    /** What came: "got", "received", "sent me", "delivered". */
    RECEIVED,
    /** Something in place of what was chosen: "instead". */
    INSTEAD,
    /**
     * An act done to the customer, never by them (see {@link ClauseReader#harm}): "bumped",
     * "downgraded", "gave away", "hung up on"; a failure before "me"/"my" or after "was"/"got".
     */
    HARM,
    /** What a rating counts: "star", "stars" (see {@link ClauseReader#rating}). */
    RATING,
    /** A hope given up, opening its clause: "so much for" ("so much for on time"; not "thanks so much for"). */
    GIVEN_UP,
    /** A word of fright, read in the frames of {@link #BAD}: "that's terrifying", "so dangerous". */
    SCARY,
    /**
     * A question after the whereabouts or fate of a thing: "where is", "where's", "what happened
     * to". Before the writer's own thing it is a complaint (see {@link ClauseReader#whereabouts}).
     */
    WHEREABOUTS,
    /**
     * A question of when: "when will", "when is", "when do". Before the writer's own thing, and
     * with a wait told in the message, it is a complaint ("when will I get my refund? it's been a month").
     */
    WHEN,
    /**
     * A month named, its number as the value ("march" 3, "junio" 6; value 0 reads the digits: "6月").
     * A month told as the present after an earlier one is held against it (see {@link ClauseReader#overdue}).
     */
    MONTH,
    /**
     * A day of the week named, its number as the value (Monday 1 to Sunday 7): a wait told since one,
     * then a later one told as the present, is held against it (see {@link ClauseReader#weekPassed}).
     */
    WEEKDAY,
    /** The present told, right before a month, where words are not spaced: "もう" in "もう6月です" (see {@link ClauseReader#overdue}). */
    NOW,
    /** Sameness: "same", "mismo", "même", "gleiche" (see {@link ClauseReader#sameFault}). */
    SAME,
    /** A thing replaced or repaired: "replacement", "replaced", "reemplazo", "Ersatz" (see {@link ClauseReader#sameFault}). */
    REDO,
    /**
     * A verb that tells a thing failing, in its forms ("leaks", "overheated", "se apaga", "fuit",
     * "leckt", "vaza"); value 2 only before a verb in "-ing" ("stopped charging"). See {@link
     * ClauseReader#thingFails}.
     */
    FAIL_VERB,
    /** The subject's mark where words are not spaced: "が" in "座席がリクライニングしない" (see {@link ClauseReader#subjectDenied}). */
    SUBJECT,
    /** A verb's negative ending: "ない", "ません", "できない" (see {@link ClauseReader#subjectDenied}). */
    NEG_END,
    /** Money paid: "paid", "pagué", "payé", "bezahlt", "paguei" (see {@link ClauseReader#paidFor}). */
    PAID;

    static Part parse(String s) {
      return valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
  }

  /**
   * Common words looked up beside a class word rather than matched everywhere ({@code
   * clause-words_<locale>.tsv}): determiners after a failed participle, an ordinary question's
   * first word, what "since" starts from. Read once per locale.
   */
  record Words(
      Set<String> det, Set<String> ask, Set<String> onset, Set<String> copula, Set<String> degree, Set<String> ever, Set<String> promise, Set<String> date,
      Set<String> stance, Set<String> object, Set<String> owner, Set<String> auxneg, Set<String> suppose, Set<String> join, Set<String> polar, Set<String> bygone,
      Set<String> notice, Set<String> victim, Set<String> self, Set<String> passive, Set<String> spare, Set<String> infinitive, Set<String> low,
      Set<String> high, Set<String> weep, Set<String> joy, Set<String> point, Set<String> between, Set<String> place, Set<String> none, Set<String> own,
      Set<String> past, Set<String> ahead, Set<String> now, Set<String> present, Set<String> that, Set<String> without, Set<String> owed, Set<String> fail, Set<String> unharmed, Set<String> relative, Set<String> of, Set<String> mind,
      Set<String> minutes, Set<String> hours, Set<String> days, Set<String> weeks, Set<String> months,
      Set<String> call, Set<String> fault, Set<String> postneg, Set<String> clock, Set<String> half, Set<String> hour, Set<String> dom, Set<String> mark, Set<String> manner, Set<String> old, Set<String> aged, Set<String> event, Set<String> one, Set<String> speed, Set<String> perfect,
      Set<String> lack, Set<String> utility, Set<String> attribute, Set<String> elision, Set<String> agent, Set<String> charge, Set<String> release, Set<String> nobody, Set<String> slip, Set<String> myslip) {
    private static final ConcurrentHashMap<String, Words> LOADED = new ConcurrentHashMap<>();

    static Words of(String tag) {
      return LOADED.computeIfAbsent(tag, Words::load);
    }

    private static Words load(String tag) {
      String file = "clause-words_" + tag + ".tsv";
      Map<String, Set<String>> sets = new HashMap<>();
      List<String> rows = Lexicon.lines(file, true);
      for (int i = 0; i < rows.size(); i++) {
        String row = rows.get(i);
        if (row.isBlank() || row.startsWith("#")) {
          continue;
        }
        String[] f = row.split("\t");
        if (f.length != 2 || !SETS.contains(f[0].strip())) {
          throw new IllegalStateException("/dev/empathy/signal/" + file + ":" + (i + 1) + ": expected " + String.join("|", SETS) + "<TAB>word|word");
        }
        sets.computeIfAbsent(f[0].strip(), k -> new HashSet<>()).addAll(List.of(f[1].strip().toLowerCase(Locale.ROOT).split("\\|")));
      }
      return new Words(
          Set.copyOf(sets.getOrDefault("det", Set.of())), Set.copyOf(sets.getOrDefault("ask", Set.of())), Set.copyOf(sets.getOrDefault("onset", Set.of())),
          Set.copyOf(sets.getOrDefault("copula", Set.of())), Set.copyOf(sets.getOrDefault("degree", Set.of())), Set.copyOf(sets.getOrDefault("ever", Set.of())),
          Set.copyOf(sets.getOrDefault("promise", Set.of())), Set.copyOf(sets.getOrDefault("date", Set.of())),
          Set.copyOf(sets.getOrDefault("stance", Set.of())), Set.copyOf(sets.getOrDefault("object", Set.of())),
          Set.copyOf(sets.getOrDefault("owner", Set.of())), Set.copyOf(sets.getOrDefault("auxneg", Set.of())), Set.copyOf(sets.getOrDefault("suppose", Set.of())),
          Set.copyOf(sets.getOrDefault("join", Set.of())), Set.copyOf(sets.getOrDefault("polar", Set.of())),
          Set.copyOf(sets.getOrDefault("bygone", Set.of())), Set.copyOf(sets.getOrDefault("notice", Set.of())),
          Set.copyOf(sets.getOrDefault("victim", Set.of())), Set.copyOf(sets.getOrDefault("self", Set.of())), Set.copyOf(sets.getOrDefault("passive", Set.of())),
          Set.copyOf(sets.getOrDefault("spare", Set.of())), Set.copyOf(sets.getOrDefault("infinitive", Set.of())), Set.copyOf(sets.getOrDefault("low", Set.of())),
          Set.copyOf(sets.getOrDefault("high", Set.of())), Set.copyOf(sets.getOrDefault("weep", Set.of())), Set.copyOf(sets.getOrDefault("joy", Set.of())),
          Set.copyOf(sets.getOrDefault("point", Set.of())), Set.copyOf(sets.getOrDefault("between", Set.of())),
          Set.copyOf(sets.getOrDefault("place", Set.of())), Set.copyOf(sets.getOrDefault("none", Set.of())),
          Set.copyOf(sets.getOrDefault("own", Set.of())),
          Set.copyOf(sets.getOrDefault("past", Set.of())), Set.copyOf(sets.getOrDefault("ahead", Set.of())), Set.copyOf(sets.getOrDefault("now", Set.of())),
          Set.copyOf(sets.getOrDefault("present", Set.of())), Set.copyOf(sets.getOrDefault("that", Set.of())),
          Set.copyOf(sets.getOrDefault("without", Set.of())), Set.copyOf(sets.getOrDefault("owed", Set.of())),
          Set.copyOf(sets.getOrDefault("fail", Set.of())), Set.copyOf(sets.getOrDefault("unharmed", Set.of())),
          Set.copyOf(sets.getOrDefault("relative", Set.of())), Set.copyOf(sets.getOrDefault("of", Set.of())),
          Set.copyOf(sets.getOrDefault("mind", Set.of())), Set.copyOf(sets.getOrDefault("minutes", Set.of())),
          Set.copyOf(sets.getOrDefault("hours", Set.of())), Set.copyOf(sets.getOrDefault("days", Set.of())),
          Set.copyOf(sets.getOrDefault("weeks", Set.of())), Set.copyOf(sets.getOrDefault("months", Set.of())),
          Set.copyOf(sets.getOrDefault("call", Set.of())), Set.copyOf(sets.getOrDefault("fault", Set.of())),
          Set.copyOf(sets.getOrDefault("postneg", Set.of())), Set.copyOf(sets.getOrDefault("clock", Set.of())),
          Set.copyOf(sets.getOrDefault("half", Set.of())), Set.copyOf(sets.getOrDefault("hour", Set.of())),
          Set.copyOf(sets.getOrDefault("dom", Set.of())), Set.copyOf(sets.getOrDefault("mark", Set.of())),
          Set.copyOf(sets.getOrDefault("manner", Set.of())), Set.copyOf(sets.getOrDefault("old", Set.of())),
          Set.copyOf(sets.getOrDefault("aged", Set.of())), Set.copyOf(sets.getOrDefault("event", Set.of())),
          Set.copyOf(sets.getOrDefault("one", Set.of())), Set.copyOf(sets.getOrDefault("speed", Set.of())),
          Set.copyOf(sets.getOrDefault("perfect", Set.of())), Set.copyOf(sets.getOrDefault("lack", Set.of())),
          Set.copyOf(sets.getOrDefault("utility", Set.of())), Set.copyOf(sets.getOrDefault("attribute", Set.of())),
          Set.copyOf(sets.getOrDefault("elision", Set.of())), Set.copyOf(sets.getOrDefault("agent", Set.of())),
          Set.copyOf(sets.getOrDefault("charge", Set.of())), Set.copyOf(sets.getOrDefault("release", Set.of())),
          Set.copyOf(sets.getOrDefault("nobody", Set.of())), Set.copyOf(sets.getOrDefault("slip", Set.of())),
          Set.copyOf(sets.getOrDefault("myslip", Set.of())));
    }

    private static final List<String> SETS =
        List.of(
            "det", "ask", "onset", "copula", "degree", "ever", "promise", "date", "stance", "object", "owner", "auxneg", "suppose", "join", "polar", "bygone", "notice",
            "victim", "self", "passive", "spare", "infinitive", "low", "high", "weep", "joy", "point", "between", "place", "none", "own", "past", "ahead", "now",
            "present", "that", "without", "owed", "fail", "unharmed", "relative", "of", "mind", "minutes", "hours", "days", "weeks",
            "months", "call", "fault", "postneg", "clock", "half", "hour", "dom", "mark", "manner", "old", "aged", "event", "one", "speed", "perfect", "lack", "utility", "attribute", "elision", "agent", "charge", "release", "nobody", "slip", "myslip");
  }

  /** What a finding tells. */
  enum Type {
    /** Something failed or is not done. */
    FAILURE,
    /** A wait told (a duration, "since", "still"). */
    WAIT,
    /** A contact made again ("4th time", "called 3 times"). */
    REPEAT,
    /** A price questioned ("$25 for a bag?"). */
    FEE,
    /** A question of blame about a failure ("why is it still not here"). */
    BLAME,
    /** A promise held against the present ("you said 5-7 days. It's day 12"): a failure. */
    BROKEN_PROMISE,
    /** Praise said with the speaker's stance ("this is so good", "you guys are legends"). */
    PRAISE,
    /** A judgement said so ("that was reckless", "so rude"): frustration. */
    JUDGEMENT,
    /** Disgust said so ("vile.", "these are hideous"): anger. */
    DISGUST,
    /** Praise denied in its frame ("it's not very good", "wasn't pretty", "not the best"): a hope let down. */
    LET_DOWN,
    /** Fright said so ("that's terrifying", "this is dangerous"): anxiety. */
    FRIGHT,
    /**
     * Damage done to a thing of the customer's by someone of ours ("your driver hit my car",
     * "the courier smashed my tv"): a failure, and an outrage.
     */
    DAMAGE
  }

  /**
   * One thing read.
   *
   * @param type what it tells
   * @param start UTF-16 start in the message
   * @param end UTF-16 end (exclusive)
   * @param weight how strongly; conditional waits are weaker
   */
  record Finding(Type type, int start, int end, double weight) {}

  static final double FAILURE = 0.45;
  static final double WAIT = 0.45;
  /**
   * A wait of hours or more (a duration whose value is 2 in {@code clauses_<locale>.tsv}, or a long
   * time without a number: "3 hours on hold", "waiting 3 weeks", "for ages"): it needs care by itself.
   */
  static final double LONG_WAIT = 0.5;
  /** A span that is a wait only beside a failure or an upset customer ("for 3 hours", "since Monday"). */
  static final double CONDITIONAL_WAIT = 0.3;
  static final double REPEAT = 0.5;
  static final double FEE = 0.45;
  static final double BLAME = 0.45;

  /** Words between a copula and its failed state: "is still down", "are completely broken". */
  private static final int STATE_REACH = 2;
  /** Words between a wait word and its duration: "on hold for 45 mins", "been sitting here for 2 hrs". */
  private static final int WAIT_REACH = 4;
  /** Words a question of blame reaches for its failure: "why is my package from amazon still not here". */
  private static final int BLAME_REACH = 12;
  private static final String CLAUSE_ENDS = ",;:.!?…—–\n。、！？()";
  private static final String SENTENCE_ENDS = ".!?\n。！？";
  /** The ASCII characters of {@link #CLAUSE_ENDS}, {@link #SENTENCE_ENDS} and letters or digits, by table: the scans ask per character. */
  private static final boolean[] ASCII_CLAUSE_ENDS = asciiTable(CLAUSE_ENDS);
  private static final boolean[] ASCII_SENTENCE_ENDS = asciiTable(SENTENCE_ENDS);
  private static final boolean[] ASCII_LETTER_OR_DIGIT = asciiTable("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

  private static boolean[] asciiTable(String chars) {
    boolean[] t = new boolean[0x80];
    for (int i = 0; i < chars.length(); i++) {
      if (chars.charAt(i) < 0x80) {
        t[chars.charAt(i)] = true;
      }
    }
    return t;
  }

  /** {@code CLAUSE_ENDS.indexOf(c) >= 0}, ASCII by table. */
  private static boolean clauseEnd(char c) {
    return c < 0x80 ? ASCII_CLAUSE_ENDS[c] : CLAUSE_ENDS.indexOf(c) >= 0;
  }

  /** {@code SENTENCE_ENDS.indexOf(c) >= 0}, ASCII by table. */
  private static boolean sentenceEnd(char c) {
    return c < 0x80 ? ASCII_SENTENCE_ENDS[c] : SENTENCE_ENDS.indexOf(c) >= 0;
  }

  /** {@link Character#isLetterOrDigit(char)}, ASCII by table (its ASCII letters and digits are A-Z, a-z, 0-9). */
  private static boolean letterOrDigit(char c) {
    return c < 0x80 ? ASCII_LETTER_OR_DIGIT[c] : Character.isLetterOrDigit(c);
  }

  private final String text;
  /** {@code text}'s characters: the scans read them from the array, cheaper than a string's charAt. */
  private final char[] chars;
  private final Words lookup;
  /** The things a customer has with us (OwnSituation's set {@code ours}): a bare noun subject must be one. */
  private final Set<String> ours;
  /** {@code lookup}'s words by their characters: {@link #wordAt} makes a string only for other words. */
  private final KnownWords known;
  /** Class words and the lexicon's negators, in text order. */
  private final List<Match<Cue>> words;
  private final boolean upset;
  private final List<Finding> found = new ArrayList<>();
  private final List<Finding> conditional = new ArrayList<>();
  /** Nobody or nothing at a place (see {@link #absentAt}): the caller tells them only beside a failure told. */
  private final List<Finding> absences = new ArrayList<>(1);

  /** Waits told in a service's queue or on hold (see {@link Part#HELD}), also among the findings. */
  private final List<Finding> held = new ArrayList<>(1);

  /** What {@link #read} found of waits in a service's queue or on hold: told to us whoever is named. */
  List<Finding> held() {
    return held;
  }

  /** What {@link #absentAt} found during {@link #read}: a complaint only beside a failure, a wait or a repeat told. */
  List<Finding> absences() {
    return absences;
  }

  /**
   * Spans from a point in time or over a duration until now that no wait word opened ("since 8am",
   * "seit Samstag", "depuis 3 jours"), also among the conditional waits: beside a failure in their
   * sentence they tell how long it has lasted ("wifi down since 8am", "seit Samstag kein Internet").
   */
  private final List<Finding> lasting = new ArrayList<>(1);

  /** What {@link #read} found of spans lasting until now (see {@link #lasting}). */
  List<Finding> lasting() {
    return lasting;
  }

  /**
   * @param text the view the matches were found in ({@link MessageBody#words()}: same offsets)
   * @param lookup the locale's common words looked up beside class words
   * @param words the clause-class matches and the lexicon's negators, in text order
   * @param upset whether something else already tells of a failure or a negative feeling (a
   *     conditional wait counts only then)
   */
  ClauseReader(String text, Words lookup, List<Match<Cue>> words, boolean upset) {
    this(text, text.toCharArray(), lookup, words, upset);
  }

  /** {@link #ClauseReader(String, Words, List, boolean)} with {@code text}'s characters given (read, never written). */
  ClauseReader(String text, char[] chars, Words lookup, List<Match<Cue>> words, boolean upset) {
    this(text, chars, lookup, Set.of(), words, upset);
  }

  /**
   * {@link #ClauseReader(String, char[], Words, List, boolean)} with the things a customer has with
   * us ({@code ours}, OwnSituation's set: "package", "tracking", "wifi"), which a bare noun subject
   * must name ("tracking hasn't moved").
   */
  ClauseReader(String text, char[] chars, Words lookup, Set<String> ours, List<Match<Cue>> words, boolean upset) {
    if (chars.length != text.length()) {
      throw new IllegalArgumentException("chars must be text's characters");
    }
    this.text = text;
    this.chars = chars;
    this.lookup = lookup;
    this.known = KnownWords.of(lookup);
    this.ours = ours;
    this.words = words;
    this.upset = upset;
    boolean ordered = true;
    for (int i = 1, n = words.size(); i < n && ordered; i++) {
      ordered = words.get(i - 1).start() <= words.get(i).start();
    }
    this.inOrder = ordered;
  }

  /**
   * Whether {@link #words} are ordered by start, as the callers give them: then a question about
   * one offset searches instead of walking every word before it (a walk per cue grew with the
   * square of a long message).
   */
  private final boolean inOrder;

  /** The first word to read for a question about words starting at {@code offset} or later: 0 unless {@link #inOrder}. */
  private int firstStartingAtOrAfter(int offset) {
    if (!inOrder) {
      return 0;
    }
    int lo = 0;
    int hi = words.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (words.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The indexes of the {@link Part#HELD} words, in order; found on first use. */
  private int[] heldWords;

  /** Whether the match plays {@code p}: a class word of that class, or a lexicon negator for {@code null}. */
  private static boolean is(Match<Cue> m, Part p) {
    return m.payload().part() == p;
  }

  private static boolean negator(Match<Cue> m) {
    return m.payload().is(Cue.Kind.NEGATOR);
  }

  /** Reads every clause; the findings in text order of their anchors. */
  List<Finding> read() {
    boolean failure = false;
    for (int i = 0; i < words.size(); i++) {
      Match<Cue> m = words.get(i);
      Part p = m.payload().part();
      if (p == null) {
        if (negator(m)) {
          failure |= thingDenied(m) || withheld(i) || deniedToWriter(m) || serviceDenied(m);
        }
        continue;
      }
      switch (p) {
        case BE -> failure |= state(i);
        case FAILED, FAILED_STATE, FAILED_END -> failure |= bareState(i);
        case STILL -> failure |= still(i);
        case ABSENT -> failure |= absentYet(i) || serviceDenied(m);
        case DURATION, LONG -> duration(i);
        case SINCE -> since(i);
        case NTH_TIME -> nthTime(m);
        case ORDINAL -> failure |= ordinalEvent(i);
        case TIMES -> times(i);
        case GOOD, BAD, BAD_NOUN, VILE, BEST, WORST, SCARY -> evaluation(i);
        case PROMISE -> failure |= promise(i);
        case RECEIVED -> failure |= mismatch(i);
        case HARM -> failure |= harm(i);
        case RATING -> rating(i);
        case GIVEN_UP -> givenUp(i);
        case WHEREABOUTS -> failure |= whereabouts(i);
        case WHEN -> asksWhen(i);
        case SUBJECT -> failure |= subjectDenied(i);
        case FAIL_VERB -> failure |= thingFails(i);
        case PAID -> failure |= paidFor(i);
        default -> {}
      }
    }
    fees();
    blame();
    failure |= overdue() || pointPassed() || weekPassed();
    unanswered();
    failure |= sameFault();
    if (failure || upset) {
      youngThing();
    }
    if (inTimeStart >= 0) {
      found.removeIf(f -> f.type() == Type.WAIT && f.start() >= inTimeStart && f.end() <= inTimeEnd);
      held.removeIf(f -> f.start() >= inTimeStart && f.end() <= inTimeEnd);
    }
    if (!askedWhen.isEmpty() && (waitIn(conditional) || waitIn(found))) {
      found.addAll(askedWhen); // "when will I get my refund? filed it 3 weeks ago"
    }
    if (failure || upset || !found.isEmpty()) {
      found.addAll(conditional);
    }
    return found;
  }

  private static boolean waitIn(List<Finding> findings) {
    for (Finding f : findings) {
      if (f.type() == Type.WAIT) {
        return true;
      }
    }
    return false;
  }

  // ----- the writer's thing asked after: "where is my bag", "what happened to my refund" -----

  /** Words at most between a question of whereabouts or of when and the writer's thing: "where the hell is my bag", "when will I get my refund". */
  private static final int ASKED_REACH = 3;
  /** Questions of when about the writer's thing, told only beside a wait (see {@link #read}). */
  private final List<Finding> askedWhen = new ArrayList<>(1);

  /**
   * The whereabouts or fate of the writer's own thing asked after ({@code words[i]} is "where
   * is", "what happened to"; set {@code own} names the owner: "my", "our"), the question
   * opening its clause or after a joining word ("@united so where is my bag", "where are my
   * miles"): the thing has not come, a complaint. Not supposed ("if you know where my bag is")
   * and not about someone else's thing ("where is his car").
   */
  private boolean whereabouts(int i) {
    Match<Cue> q = words.get(i);
    int owner = ownThingAfter(q);
    if (owner < 0) {
      return false;
    }
    add(Type.FAILURE, q.start(), wordEnd(owner), FAILURE);
    return true;
  }

  /** "when will I get my refund", "when is my bag arriving": a complaint only beside a wait told. */
  private void asksWhen(int i) {
    Match<Cue> q = words.get(i);
    int owner = ownThingAfter(q);
    if (owner >= 0) {
      askedWhen.add(new Finding(Type.FAILURE, q.start(), wordEnd(owner), FAILURE));
    }
  }

  /** The start of "my"/"our" within reach after a question opening its clause, or -1. */
  private int ownThingAfter(Match<Cue> q) {
    int before = previousWordStart(q.start());
    if (before >= 0 && !lookup.join().contains(wordAt(before)) || supposed(q.start())) {
      return -1;
    }
    int at = q.end();
    for (int n = 0; n < ASKED_REACH; n++) {
      int w = nextWordStart(at);
      if (w < 0) {
        return -1;
      }
      String word = wordAt(w);
      if (lookup.own().contains(word) && wordAfter(wordEnd(w))) {
        return w;
      }
      at = Math.max(wordEnd(w), w + 1);
    }
    return -1;
  }

  // ----- states: "the site is down", "my bag is still missing", "wifi down again" -----

  /** A copula followed by a failed state, not negated in between. */
  private boolean state(int i) {
    Match<Cue> be = words.get(i);
    if (supposed(be.start()) || askedYesOrNo(be.start())) {
      return false; // "if my flight is cancelled", "is flight 456 delayed?": supposed or asked, not told
    }
    for (int k = i + 1; k < words.size(); k++) {
      Match<Cue> m = words.get(k);
      if (gap(be, m) > STATE_REACH || !sameClause(be, m)) {
        return false;
      }
      if (negator(m) || is(m, Part.ABSENT)) {
        return false; // "is not broken", "is no longer down"
      }
      if ((is(m, Part.FAILED) || is(m, Part.FAILED_STATE) || is(m, Part.HARM) || is(m, Part.FAILED_END) && endsState(k)) && m.firstToken() > be.lastToken()) {
        add(Type.FAILURE, be.start(), m.end(), FAILURE);
        return true;
      }
    }
    return false;
  }

  /**
   * A failed state without a copula, as tweets write it: before "again", "since", "for", "still"
   * or "rn" ("wifi down again", "internet out since Tuesday", "app broken still"), or a failed
   * participle opening its clause before a noun ("cancelled flight", "delayed again"; not
   * "cancelled my order", the customer's own act).
   */
  private boolean bareState(int i) {
    Match<Cue> f = words.get(i);
    if (i > 0 && (is(words.get(i - 1), Part.BE) || is(words.get(i - 1), Part.STILL)) && gap(words.get(i - 1), f) <= STATE_REACH) {
      return false; // read from the copula or "still"
    }
    if (followedBy(i, 0, Part.AGAIN, Part.SINCE, Part.STILL) || forDuration(i) || is(f, Part.FAILED_STATE) && everyDuration(i)) {
      add(Type.FAILURE, f.start(), f.end(), FAILURE);
      return true;
    }
    int got = previousWordStart(f.start());
    if (is(f, Part.FAILED) && got >= 0 && lookup.passive().contains(wordAt(got)) && !supposed(got) && !askedYesOrNo(got)) {
      add(Type.FAILURE, got, f.end(), FAILURE); // "my flight got cancelled", "the bag got lost"
      return true;
    }
    if (is(f, Part.FAILED) && opensClause(f) && !followedBy(i, 0, Part.FOR, Part.AHEAD) && wordAfter(f.end()) && !lookup.det().contains(wordAt(f.end()))) {
      add(Type.FAILURE, f.start(), f.end(), FAILURE);
      return true;
    }
    int agent = agentBefore(got);
    if (is(f, Part.FAILED) && agent >= 0 && lookup.victim().contains(wordAt(f.end())) && !supposed(agent) && !askedYesOrNo(agent)) {
      add(Type.FAILURE, agent, wordEnd(nextWordStart(f.end())), FAILURE); // "you lost my wedding dress", "they cancelled our flight"
      return true;
    }
    // Shouted with no subject, the act is a grievance at whoever did it, not the writer's own slip:
    // "LOST MY WEDDING DRESS", "CANCELLED OUR FLIGHT"; "lost my keys lol", "cancelled my order" stay none.
    int victim = nextWordStart(f.end());
    if (is(f, Part.FAILED) && victim >= 0 && opensClause(f) && lookup.victim().contains(wordAt(victim))
        && capitals(f.start(), f.end()) && capitals(victim, wordEnd(victim)) && !supposed(f.start()) && !askedYesOrNo(f.start())) {
      add(Type.FAILURE, f.start(), wordEnd(victim), FAILURE);
      return true;
    }
    return false;
  }

  /** Whether the word from {@code from} to {@code to} has letters and all of them are capitals ("LOST", "MY"). */
  private boolean capitals(int from, int to) {
    boolean letter = false;
    for (int k = from; k < to; k++) {
      char c = chars[k];
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isUpperCase(c);
    }
    return letter;
  }

  /**
   * Where the agent of a failed participle starts when the word at {@code w}, right before it, is a
   * word of set {@code agent} opening its clause or after a joining word ("you lost my bag", "and
   * they cancelled our flight", "you guys broke my tv": the agent's last word may be "guys"), or -1.
   * "I lost my keys" names the writer, who did it to themselves.
   */
  private int agentBefore(int w) {
    if (w < 0) {
      return -1;
    }
    int start = w;
    if (!lookup.agent().contains(wordAt(w))) {
      return -1;
    }
    int before = previousWordStart(w);
    if (before >= 0 && lookup.agent().contains(wordAt(before))) {
      start = before; // "you guys", "u people"
      before = previousWordStart(before);
    }
    return before < 0 || lookup.join().contains(wordAt(before)) ? start : -1;
  }

  /** Whether a "down"/"out" state ends where it must: at the clause's end or before "again", "since", "for". */
  private boolean endsState(int k) {
    Match<Cue> m = words.get(k);
    return !wordAfter(m.end()) || followedBy(k, 0, Part.AGAIN, Part.SINCE, Part.STILL, Part.YET, Part.DURATION) || forDuration(k);
  }

  /**
   * Whether a rate and a duration follow a failed state at {@code k}: "buffering every 30 secs",
   * "lagging every 5 min" (a state that comes back, told without a copula). The rate word is read
   * from the class {@link Part#AHEAD} and the duration right after it; "in 10 minutes", a time
   * ahead, reads the same way but is no state a tweet tells without a copula.
   */
  private boolean everyDuration(int k) {
    Match<Cue> m = words.get(k);
    if (supposed(m.start()) || askedYesOrNo(m.start())) {
      return false;
    }
    for (int f = k + 1; f < words.size(); f++) {
      Match<Cue> n = words.get(f);
      if (n.firstToken() <= m.lastToken()) {
        continue;
      }
      return is(n, Part.AHEAD) && gap(m, n) == 0 && sameClause(m, n) && followedBy(f, 0, Part.DURATION);
    }
    return false;
  }

  /** Whether "for" and a duration follow the match at {@code k}: "down for 3 hours", not "out for delivery". */
  private boolean forDuration(int k) {
    Match<Cue> m = words.get(k);
    for (int f = k + 1; f < words.size(); f++) {
      Match<Cue> n = words.get(f);
      if (n.firstToken() <= m.lastToken()) {
        continue;
      }
      return is(n, Part.FOR) && gap(m, n) == 0 && sameClause(m, n) && followedBy(f, 1, Part.DURATION, Part.LONG);
    }
    return false;
  }

  // ----- a thing that does not do its job: "my seat doesn't recline", "the kiosk wouldn't take my card" -----

  /** Words a thing's name may hold between its owner and the negation: "my boarding pass isn't". */
  private static final int THING_REACH = 3;

  /**
   * A thing named by its owner or as known (set {@code owner}: "my", "our", "your", "the") as the
   * subject of a negated auxiliary (set {@code auxneg}) with a word after it: the thing failed ("my
   * seat doesn't recline", "the kiosk wouldn't take my card", "my bag isn't here"). The owner must
   * open its clause or follow a joining word (set {@code join}: "and my bag didn't…"), so it is
   * the subject ("I told my son it doesn't…" is not read); a pronoun subject ("I don't know", "you
   * didn't") has no owner word. Not when supposed (set {@code suppose}: "if my bag doesn't
   * arrive", "hope the flight isn't late"), nor with a verb of mind (set {@code mind}: "my son
   * doesn't know", "mi hijo no sabe") or a judgement ("the food isn't good", read by {@link
   * #evaluation}). The same in every language by its data: "el asiento no se reclina", "le siège ne
   * s'incline pas", "o assento não reclina"; German puts the verb before "nicht" (set {@code
   * postneg}: "der Sitz lässt sich nicht verstellen", "das WLAN funktioniert nicht"). A complement
   * is read through (set {@code of} and its owner: "the lid on my blender doesn't fit", "la puerta
   * del baño no cierra"), and so is a relative clause set off by commas ("die Bestellung, die ich
   * letzte Woche aufgegeben habe, ist nicht da").
   */
  private boolean thingDenied(Match<Cue> neg) {
    String negation = wordAt(neg.start());
    if (!lookup.auxneg().contains(negation) || !wordAfter(neg.end()) && !lookup.postneg().contains(negation)) {
      return false; // "my doesn't" (but "das WLAN funktioniert nicht": German puts the verb first)
    }
    int verb = nextWordStart(neg.end());
    if (verb >= 0 && lookup.copula().contains(wordAt(verb)) && !lookup.infinitive().contains(wordAt(wordEnd(verb)))) {
      return false; // "the area didn't seem too bad": a state judged, read by evaluation (not "doesn't seem to work")
    }
    if (verb >= 0 && (lookup.mind().contains(wordAt(verb)) || judgedAt(verb))) {
      return false; // "my son doesn't know", "mi hijo no sabe", "the food isn't good": nothing failed
    }
    int rel = relativeBefore(neg);
    if (rel >= 0) {
      return !lookup.unharmed().contains(wordAt(verb)) && relativeThing(rel, neg); // "the tracking number you gave me doesn't exist"
    }
    return thingBefore(neg.start(), neg.end(), lookup.postneg().contains(negation));
  }

  /**
   * Whether the words before {@code at} name a thing as the subject of what ends at {@code end} (its
   * owner or article opening the clause, or a bare thing of ours: "my seat", "the lid on my blender",
   * "tracking"), telling the failure from the subject's start when they do. {@code verbSecond}: the
   * verb stands right before (German "die Bestellung ist nicht da").
   */
  private boolean thingBefore(int at, int end, boolean verbFirst) {
    boolean thing = false;
    boolean incise = false;
    for (int n = 0; n <= THING_REACH; n++) {
      int w = previousWordStart(at);
      if (w < 0 && !incise && n > 0) {
        // A relative clause set off by commas between the thing and its verb, as German writes
        // every one ("die Bestellung, die ich letzte Woche aufgegeben habe, ist nicht da"): read on
        // before it, once.
        w = beforeIncise(at);
        incise = w >= 0;
      }
      if (w < 0) {
        // A bare noun opening its clause, as tweets drop the article ("tracking hasn't moved since
        // tuesday", "wifi doesn't work"): only a thing a customer has with us (set ours), so that
        // "people don't understand" or "japan shouldn't have" tell of none.
        if (!thing || supposed(at) || askedYesOrNo(at)) {
          return false;
        }
        add(Type.FAILURE, at, end, FAILURE);
        return true;
      }
      String word = wordAt(w);
      if (lookup.of().contains(word)) {
        n--; // "the lid on my blender", "la puerta del baño", "das WLAN im Zug": the name goes on before it
        at = w;
        continue;
      }
      if (lookup.owner().contains(word)) {
        int before = previousWordStart(w);
        if (before >= 0 && lookup.of().contains(wordAt(before))) {
          n--; // "on my blender": the owner of a complement, not of the subject
          at = w;
          continue;
        }
        if (n == 0 || supposed(w) || before >= 0 && !lookup.join().contains(wordAt(before))) {
          return false; // "my doesn't", "if my bag doesn't arrive", "put the seat doesn't"
        }
        add(Type.FAILURE, w, end, FAILURE);
        return true;
      }
      // Right before the negation, German puts the verb ("die Bestellung ist nicht da"): a question word or a copula there names no thing only where the verb follows it.
      boolean verbSecond = n == 0 && verbFirst;
      if (!Character.isLetter(chars[w]) || lookup.det().contains(word) || !verbSecond && (lookup.ask().contains(word) || lookup.copula().contains(word))
          || lookup.mind().contains(word)) {
        return false; // a pronoun, a verb, a number or a question word: not the name of a thing ("mein Chef weiß nicht")
      }
      thing |= ours.contains(word);
      at = w;
    }
    return false;
  }

  /**
   * A verb of failing ({@code words[i]}: "leaks", "overheats", "dejó de", "fuit", "leckt", "vaza") whose
   * subject is a thing, words of set {@code manner} between ("my new dishwasher leaks all over the
   * floor", "the fridge already stopped cooling", "el móvil nuevo ya dejó de cargar", "mon
   * lave-vaisselle fuit", "meine Waschmaschine leckt"): the thing does not do its job, as when its
   * verb is denied (see {@link #thingDenied}). Not the writer ("I stopped smoking"), not a person's act
   * stopped ("stopped" with an object after its verb: "my son stopped talking to me"), not a
   * supposition ("if the roof leaks"). A bare noun must be a thing of ours, as for a verb denied.
   */
  private boolean thingFails(int i) {
    Match<Cue> v = words.get(i);
    if (v.payload().weight() >= 2) {
      int next = nextWordStart(v.end());
      if (next < 0 || !wordAt(next).endsWith("ing")) {
        return false; // "stopped charging", not "stopped by the store"
      }
      int object = nextWordStart(wordEnd(next));
      String o = object < 0 ? "" : wordAt(object);
      if (lookup.victim().contains(o) || lookup.object().contains(o) || lookup.infinitive().contains(o)) {
        return false; // a person's act stopped: "my son stopped talking to me", "she stopped texting me"
      }
    }
    int at = v.start();
    for (int n = 0; n < 2; n++) {
      int w = previousWordStart(at);
      if (w < 0 || !lookup.manner().contains(wordAt(w))) {
        break;
      }
      at = w; // "already stopped", "still leaks"
    }
    int subject = previousWordStart(at);
    if (subject < 0 || lookup.self().contains(wordAt(subject)) || lookup.relative().contains(wordAt(subject)) && !ours.contains(wordAt(subject))) {
      return false; // "I stopped using it", "you overheated it"
    }
    int rel = relativeBefore(v);
    if (rel >= 0) {
      return relativeThing(rel, v); // "la lavadora que compré pierde agua"
    }
    return thingBefore(at, v.end(), false);
  }

  /** Whether an evaluative class word (praise or blame) starts at {@code at}: a judgement denied, read by {@link #evaluation}. */
  private boolean judgedAt(int at) {
    // Words starting before at neither end the walk nor answer it.
    for (int i = firstStartingAtOrAfter(at), n = words.size(); i < n; i++) {
      Match<Cue> m = words.get(i);
      if (m.start() > at) {
        return false;
      }
      Part p = m.payload().part();
      if (m.start() == at && (p == Part.GOOD || p == Part.BAD || p == Part.BAD_NOUN || p == Part.VILE || p == Part.BEST || p == Part.WORST || p == Part.SCARY)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The start of the last word before a relative clause set off by commas that ends right before
   * {@code at} (", die ich letzte Woche aufgegeben habe,": opened by a word of set {@code relative},
   * two to {@link #RELATIVE_REACH} words), or -1.
   */
  private int beforeIncise(int at) {
    int comma = commaBefore(at);
    if (comma < 0) {
      return -1;
    }
    int first = -1;
    int count = 0;
    for (int w = previousWordStart(comma); w >= 0 && count <= RELATIVE_REACH; w = previousWordStart(w)) {
      first = w;
      count++;
    }
    if (first < 0 || count < 2 || count > RELATIVE_REACH || !lookup.relative().contains(wordAt(first))) {
      return -1;
    }
    int open = commaBefore(first);
    return open < 0 ? -1 : previousWordStart(open);
  }

  /** The offset of the comma right before {@code at} (only spaces between), or -1. */
  private int commaBefore(int at) {
    int k = at - 1;
    while (k >= 0 && Character.isWhitespace(chars[k])) {
      k--;
    }
    return k >= 0 && chars[k] == ',' ? k : -1;
  }

  /**
   * The start of the word opening a relative clause that ends right before {@code neg} (set {@code
   * relative}, one word at least after it, at most {@link #RELATIVE_REACH} words back, an owner word
   * not met first), or -1.
   */
  private int relativeBefore(Match<Cue> neg) {
    if (lookup.relative().isEmpty()) {
      return -1;
    }
    int at = neg.start();
    for (int n = 0; n <= RELATIVE_REACH; n++) {
      int w = previousWordStart(at);
      if (w < 0) {
        return -1;
      }
      String word = wordAt(w);
      if (lookup.owner().contains(word) && !lookup.victim().contains(word)) {
        return -1; // "my bag doesn't": read as a thing denied (German "die" is both)
      }
      if (n > 0 && lookup.relative().contains(word)) {
        return w;
      }
      at = w;
    }
    return -1;
  }

  /** Words at most of a relative clause between a thing and its negated verb: "the charger that I bought last week doesn't". */
  private static final int RELATIVE_REACH = 7;

  /**
   * A thing named by its owner, a relative clause after it, then the negation ({@code rel} the
   * relative clause's first word, set {@code relative}: "that", "which", or its subject, "you",
   * "I"): "the tracking number you gave me doesn't exist", "the charger that I bought last week
   * doesn't charge". The owner opens its clause or follows a joining word, as in {@link
   * #thingDenied}; the relative clause holds at most {@link #RELATIVE_REACH} words.
   */
  private boolean relativeThing(int rel, Match<Cue> neg) {
    int at = rel;
    for (int n = 0; n <= THING_REACH; n++) {
      int w = previousWordStart(at);
      if (w < 0) {
        return false;
      }
      String word = wordAt(w);
      if (lookup.owner().contains(word)) {
        int before = previousWordStart(w);
        if (n == 0 || supposed(w) || before >= 0 && !lookup.join().contains(wordAt(before))) {
          return false;
        }
        add(Type.FAILURE, w, neg.end(), FAILURE);
        return true;
      }
      if (!Character.isLetter(chars[w]) || lookup.det().contains(word) || lookup.ask().contains(word) || lookup.copula().contains(word)
          || lookup.relative().contains(word)) {
        return false;
      }
      at = w;
    }
    return false;
  }

  // ----- an act denied to the writer: "they wouldn't let us on", "you never told me" -----

  /**
   * A negated act whose object is the writer (set {@code victim}: "me", "us", "my", "our"), done by
   * someone else: a negated auxiliary (set {@code auxneg}), one verb, then the writer ("they
   * wouldn't let us on", "the agent didn't tell me", "you never refunded my card"). The doer must
   * be named before it and not be the writer ("I didn't bring my laptop" is none), words of degree
   * skipped ("he really didn't"); not when supposed ("if they don't let me board") or asked
   * ("didn't you get my email?"), and not an imperative ("don't get me wrong").
   */
  private boolean deniedToWriter(Match<Cue> neg) {
    if (!lookup.auxneg().contains(wordAt(neg.start()))) {
      return false;
    }
    int verb = nextWordStart(neg.end());
    if (verb < 0 || !Character.isLetter(chars[verb]) || lookup.copula().contains(wordAt(verb)) || lookup.degree().contains(wordAt(verb))
        || lookup.unharmed().contains(wordAt(verb))) {
      return false; // "it doesn't bother me", "you don't know me": nothing withheld
    }
    int object = nextWordStart(wordEnd(verb));
    if (object < 0 || !lookup.victim().contains(wordAt(object))) {
      return false;
    }
    int doer = previousWordStart(neg.start());
    while (doer >= 0 && lookup.degree().contains(wordAt(doer))) {
      doer = previousWordStart(doer);
    }
    if (doer < 0 || !Character.isLetter(chars[doer]) || lookup.self().contains(wordAt(doer)) || lookup.polar().contains(wordAt(doer))
        || supposed(neg.start()) || endsInQuestion(neg.end())) {
      return false;
    }
    add(Type.FAILURE, neg.start(), wordEnd(object), FAILURE);
    return true;
  }

  // ----- what the customer was owed, withheld: "left without my bags", "charged without notice" -----

  /** Negators at most this many matches back in the clause deny the act before "without": "I can't live without my phone". */
  private static final int DENIED_REACH = 3;

  /**
   * An act done without what the customer is owed ({@code words[i]} a negator in set {@code
   * without}: "without", "sin", "sans", "ohne", "sem"), after a word of its clause: before the
   * customer's own thing (set {@code own}: "left without my bags", "took off without our
   * luggage") or before a notice, a reason or a consent owed (set {@code owed}, one article or
   * "any" between: "charged without notice", "cancelled without any explanation", "me cobraron sin
   * avisar", "prélevé sans prévenir"), or opening its clause before the act ("ohne Vorwarnung
   * abgebucht"). Not when supposed ("if you leave without my bag"), asked
   * ("can I fly without my ID?") or the act denied ("can't live without my phone").
   */
  private boolean withheld(int i) {
    Match<Cue> w = words.get(i);
    if (!lookup.without().contains(wordAt(w.start()))) {
      return false;
    }
    int act = previousWordStart(w.start());
    if (act >= 0 && !Character.isLetter(chars[act]) || supposed(w.start()) || endsInQuestion(w.end())) {
      return false;
    }
    for (int k = Math.max(0, i - DENIED_REACH); k < Math.min(words.size(), i + DENIED_REACH + 1); k++) {
      Match<Cue> o = words.get(k);
      if (k != i && negator(o) && (k < i ? sameClause(o, w) : sameClause(w, o))) {
        return false;
      }
    }
    int next = nextWordStart(w.end());
    if (next < 0) {
      return false;
    }
    int end;
    if (lookup.own().contains(wordAt(next))) {
      int thing = nextWordStart(wordEnd(next));
      if (thing < 0 || !Character.isLetter(chars[thing])) {
        return false;
      }
      end = wordEnd(thing);
    } else {
      int owed = lookup.det().contains(wordAt(next)) || lookup.none().contains(wordAt(next)) ? nextWordStart(wordEnd(next)) : next;
      if (owed < 0 || !lookup.owed().contains(wordAt(owed))) {
        return false;
      }
      end = wordEnd(owed);
    }
    if (act < 0) {
      // The act after it, as German puts it ("ohne Vorwarnung abgebucht"): a word must follow in the clause.
      if (!wordAfter(end)) {
        return false;
      }
      act = w.start();
      end = wordEnd(nextWordStart(end));
    }
    add(Type.FAILURE, act, end, FAILURE);
    return true;
  }

  /**
   * Whether the sentence holding {@code at} is a yes-or-no question (its first word in set {@code
   * polar}, a "?" at its end): "is flight 456 delayed?", "did my bag get lost?". A question of
   * blame or a request opens otherwise ("why is…", "can you…" are read elsewhere).
   */
  boolean askedYesOrNo(int at) {
    int s = sentenceStart(at);
    if (s < 0 || !lookup.polar().contains(wordAt(s)) || !questionWithin(at)) {
      return false;
    }
    int words = 0;
    for (int w = previousWordStart(at); w > s && words <= POLAR_REACH; w = previousWordStart(w)) {
      words++;
    }
    return words <= POLAR_REACH; // "is there a reason my flight keeps getting pushed back?" asks nothing
  }

  /** Words at most between a yes-or-no question's first word and what it asks about: "is flight 456 delayed?". */
  private static final int POLAR_REACH = 3;

  /** Words at most between a word of the past and the praise it puts there: "used to be so good". */
  private static final int BYGONE_REACH = 4;

  /**
   * Whether a word that puts what follows in the past (set {@code bygone}: "used" in "used to",
   * "formerly") comes at most a few words before {@code at} in its clause: praise so said is a
   * hope let down ("it used to be so good", "used to love flying with you").
   */
  boolean bygone(int at) {
    int n = 0;
    for (int w = previousWordStart(at); w >= 0 && n < BYGONE_REACH; w = previousWordStart(w), n++) {
      if (lookup.bygone().contains(wordAt(w)) && (!wordAt(w).equals("used") || wordAt(wordEnd(w)).equals("to"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word of supposition ("if", "unless", "hope", set {@code suppose}) comes before {@code at} in its clause. */
  boolean supposed(int at) {
    for (int w = previousWordStart(at), n = 0; w >= 0 && n < 8; w = previousWordStart(w), n++) {
      if (lookup.suppose().contains(wordAt(w))) {
        return true;
      }
    }
    return false;
  }

  // ----- going on: "still no reply", "still waiting", "nothing yet" -----

  private boolean still(int i) {
    Match<Cue> s = words.get(i);
    if (stillAt(s)) {
      return true;
    }
    for (int k = i + 1; k < words.size(); k++) {
      Match<Cue> m = words.get(k);
      if (gap(s, m) > 1 || !sameClause(s, m)) {
        return false;
      }
      if (m.firstToken() <= s.lastToken()) {
        continue;
      }
      if (negator(m) || is(m, Part.ABSENT) || is(m, Part.WAITING) || is(m, Part.FAILED) || is(m, Part.FAILED_STATE) || is(m, Part.FAILED_END) && endsState(k)) {
        add(Type.FAILURE, s.start(), m.end(), FAILURE);
        if (is(m, Part.WAITING)) {
          add(Type.WAIT, s.start(), m.end(), WAIT); // "still waiting"; "still not fixed" is no measure of time
        }
        return true;
      }
    }
    return false;
  }

  /** Words at most after "still" and its word of place: "still in Denver", "still at the depot in Memphis". */
  private static final int STILL_PLACE_REACH = 4;

  /**
   * A thing still where it should not be, told of a thing (not a person said by pronoun): its
   * name, with the writer's owner word or opening its clause, a copula allowed between, then
   * "still", a word of place (set {@code place}) and a short rest of the clause ("bag still in
   * Denver", "my package is still at the depot"; not "I'm still in bed", "if my bag is still
   * there", "is my bag still in Denver?").
   */
  private boolean stillAt(Match<Cue> s) {
    int place = nextWordStart(s.end());
    if (place < 0 || !lookup.place().contains(wordAt(place)) || !clauseEndsWithin(wordEnd(place), STILL_PLACE_REACH)) {
      return false;
    }
    int thing = previousWordStart(s.start());
    if (thing >= 0 && lookup.copula().contains(wordAt(thing)) && !lookup.self().contains(wordAt(thing))) {
      thing = previousWordStart(thing);
    }
    if (thing < 0 || !Character.isLetter(chars[thing]) || supposed(s.start()) || askedYesOrNo(s.start())) {
      return false;
    }
    String name = wordAt(thing);
    if (lookup.self().contains(name) || lookup.object().contains(name) || lookup.copula().contains(name) || lookup.det().contains(name) || lookup.join().contains(name)) {
      return false;
    }
    int owner = previousWordStart(thing);
    if (owner >= 0 && !lookup.own().contains(wordAt(owner))) {
      return false;
    }
    add(Type.FAILURE, owner >= 0 ? owner : thing, wordEnd(place), FAILURE);
    return true;
  }

  private boolean absentYet(int i) {
    Match<Cue> a = words.get(i);
    for (int k = i + 1; k < words.size(); k++) {
      Match<Cue> m = words.get(k);
      if (gap(a, m) > 2 || !sameClause(a, m)) {
        break;
      }
      if (m.firstToken() > a.lastToken() && (is(m, Part.YET) || is(m, Part.AGAIN))) {
        add(Type.FAILURE, a.start(), m.end(), FAILURE);
        return true;
      }
    }
    return absentAt(a);
  }

  // ----- a service denied: "no internet since monday", "kein Warmwasser", "pas d'internet", "sin luz" -----

  /** Words at most between a word of lack and the service it denies: "no hot water", "kein warmes Wasser". */
  private static final int SERVICE_REACH = 1;
  /** Letters at least before a service word at a compound's end: "Warmwasser", "Festnetz" (not "beau" for "eau"). */
  private static final int COMPOUND_HEAD = 4;

  /**
   * A service the customer lives by, denied: a word of lack ({@code n}, a negator or an absence that
   * is a word of set {@code lack}: "no", "kein", "pas", "sin", "sem"), then, at most {@link
   * #SERVICE_REACH} word on, a word of set {@code utility} ("internet", "Strom", "luz") or a compound
   * ending in one ("Warmwasser"; after an elision of set {@code elision}: "d'internet"), that ends its
   * noun phrase: the clause ends there or goes on with a class word, a word of place or a joining word,
   * after a word of set {@code attribute} at most ("no internet since monday", "no hot water in the
   * building", "pas d'eau chaude depuis lundi"; not "no service charge", "no power bank"). Not
   * supposed or asked ("is there no wifi on the train?"). A failure told, so a wait beside it counts.
   */
  private boolean serviceDenied(Match<Cue> n) {
    if (lookup.utility().isEmpty() || !lookup.lack().contains(wordAt(n.start()))) {
      return false;
    }
    int w = nextWordStart(n.end());
    for (int k = 0; w >= 0 && k <= SERVICE_REACH; k++, w = nextWordStart(wordEnd(w))) {
      if (!utility(wordAt(w))) {
        continue;
      }
      int after = nextWordStart(wordEnd(w));
      if (after >= 0 && lookup.attribute().contains(wordAt(after))) {
        after = nextWordStart(wordEnd(after));
      }
      if (after >= 0 && !lastingAt(after) && !lookup.place().contains(wordAt(after)) && !lookup.join().contains(wordAt(after))
          || supposed(n.start()) || askedYesOrNo(n.start())) {
        return false;
      }
      add(Type.FAILURE, n.start(), wordEnd(w), FAILURE);
      return true;
    }
    return false;
  }

  /** Whether {@code word} is a service of set {@code utility}, or a compound or an elided form ending in one. */
  private boolean utility(String word) {
    if (lookup.utility().contains(word)) {
      return true;
    }
    for (String u : lookup.utility()) {
      int head = word.length() - u.length();
      if (head > 0 && word.endsWith(u) && (head >= COMPOUND_HEAD || lookup.elision().contains(word.substring(0, head)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word that tells how long or how often starts at {@code at} ("since", "for", a duration,
   * "again", "still", "yet"): a noun phrase ends before it ("sin agua no hay vida" goes on).
   */
  private boolean lastingAt(int at) {
    for (Match<Cue> m : words) {
      if (m.start() == at) {
        Part p = m.payload().part();
        return p == Part.SINCE || p == Part.FOR || p == Part.DURATION || p == Part.LONG || p == Part.AGAIN || p == Part.STILL || p == Part.YET;
      }
      if (m.start() > at) {
        return false;
      }
    }
    return false;
  }

  /** Words at most naming the place after its article: "the customer service desk". */
  private static final int PLACE_REACH = 4;

  /**
   * Nobody or nothing where someone or something should be, said as a clause of its own: the
   * absence opens its clause (or follows a joining word), then a word of place (set {@code place}:
   * "at", "in", "on"), an owner or article and the place, and the clause ends ("no one at the
   * gate", "nothing at my door", "and nobody at the customer service desk"). A clause that goes on
   * to a verb tells something else ("nothing in the rules says…", "no one in their right mind would").
   * Kept apart ({@link #absences}): the reading tells it only beside a failure, a wait or a repeat
   * ("delayed 3 hrs and no one at the gate"; "No one at the party, but we can help you next time"
   * tells of none).
   */
  private boolean absentAt(Match<Cue> a) {
    int before = previousWordStart(a.start());
    if (before >= 0 && !lookup.join().contains(wordAt(before)) || supposed(a.start())) {
      return false;
    }
    int place = nextWordStart(a.end());
    if (place < 0 || !lookup.place().contains(wordAt(place))) {
      return false;
    }
    // A word of place that carries its article ("au comptoir", "am Schalter", "no balcão") is its own owner word.
    int det = lookup.owner().contains(wordAt(place)) ? place : nextWordStart(wordEnd(place));
    if (det < 0 || !lookup.owner().contains(wordAt(det))) {
      return false;
    }
    int at = wordEnd(det);
    for (int n = 0; n <= PLACE_REACH; n++) {
      int w = nextWordStart(at);
      if (w < 0) {
        if (n == 0) {
          return false; // "nothing at the"
        }
        absences.add(new Finding(Type.FAILURE, a.start(), at, FAILURE));
        return false;
      }
      at = Math.max(wordEnd(w), w + 1);
    }
    return false;
  }

  // ----- waits: "on hold for 45 mins", "3 hours on the tarmac", "since Monday" -----

  /**
   * A duration is a wait after a wait word ("on hold for 45 mins", "delayed 3 hrs") or before a
   * mark of one ("3 hours now", "2 days and counting", "3 hrs on the tarmac"); after "for" or
   * before "ago" only beside a failure; after "in", "within", "every" never.
   */
  private void duration(int i) {
    Match<Cue> d = words.get(i);
    Match<Cue> before = null;
    for (int k = i - 1; k >= 0; k--) {
      Match<Cue> m = words.get(k);
      if (m.lastToken() >= d.firstToken()) {
        continue; // overlapping ("for ages" inside "on hold for ages")
      }
      if (gap(m, d) > WAIT_REACH || !sameClause(m, d)) {
        break;
      }
      if (is(m, Part.AHEAD) && gap(m, d) == 0) {
        if (negatedPerfectBefore(k, m)) {
          // "the tracking hasn't moved in 10 days": how long nothing has happened, a wait beside a failure
          // or a feeling told ("I haven't smoked in 10 days" tells none)
          conditional.add(new Finding(Type.WAIT, m.start(), d.end(), waited(d)));
        }
        return; // "in 3 hours", "every 2 days"
      }
      if (is(m, Part.WAITING) || is(m, Part.ELAPSED) && gap(m, d) == 0) {
        addWait(m.start(), d.end(), d);
        return;
      }
      if (before == null && (is(m, Part.FOR) || is(m, Part.SINCE)) && gap(m, d) <= 1) {
        before = m;
        if (k > 0 && failedState(words.get(k - 1)) && gap(words.get(k - 1), m) == 0 && sameClause(words.get(k - 1), m)) {
          // "out of order for weeks", "broken for 3 days": how long the failure has lasted is a wait
          add(Type.WAIT, m.start(), d.end(), waited(d));
          return;
        }
      }
    }
    for (int k = i + 1; k < words.size(); k++) {
      Match<Cue> m = words.get(k);
      if (m.firstToken() <= d.lastToken()) {
        continue;
      }
      if (gap(d, m) > 0 || !sameClause(d, m)) {
        break;
      }
      if (is(m, Part.AFTER_WAIT)) {
        addWait(d.start(), m.end(), d);
        return;
      }
      if (is(m, Part.AGO)) {
        conditional.add(new Finding(Type.WAIT, d.start(), m.end(), CONDITIONAL_WAIT));
        return;
      }
    }
    if (before != null) {
      int to = nextWordStart(d.end());
      int owner = previousWordStart(before.start());
      if (to >= 0 && lookup.infinitive().contains(wordAt(to)) && wordAfter(wordEnd(to)) && !lookup.spare().contains(wordAt(wordEnd(to)))
          && (owner < 0 || !lookup.spare().contains(wordAt(owner)))) {
        // "over an hour to get our bags", "nearly 2 weeks to get a refund": what it took, a wait;
        // not "I have over an hour to connect", "with over an hour to spare" (time to spare).
        add(Type.WAIT, before.start(), wordEnd(to), waited(d));
        return;
      }
      Finding f = new Finding(Type.WAIT, before.start(), d.end(), CONDITIONAL_WAIT);
      conditional.add(f);
      if (is(before, Part.SINCE)) {
        lasting.add(f); // "seit drei Tagen", "depuis 3 jours": going on until now
      }
    }
  }

  /**
   * Whether a negated perfect comes before the word {@code words[k]} in its clause, within {@link
   * #WAIT_REACH} words: a negator that is a word of set {@code perfect} ("hasn't", "haven't") or
   * comes right after one ("has not", "have never"). Not a negated future or modal ("won't arrive
   * in 3 days", "can't come in 2 hours"), which tells a time ahead.
   */
  private boolean negatedPerfectBefore(int k, Match<Cue> at) {
    for (int j = k - 1; j >= 0; j--) {
      Match<Cue> n = words.get(j);
      if (gap(n, at) > WAIT_REACH || !sameClause(n, at)) {
        return false;
      }
      if (negator(n)) {
        int before = previousWordStart(n.start());
        return lookup.perfect().contains(wordAt(n.start())) || before >= 0 && lookup.perfect().contains(wordAt(before));
      }
    }
    return false;
  }

  /** Minutes at least that a wait on hold or in a service's queue lasts to weigh as a long wait: "45 Minuten in der Warteschleife". */
  private static final int HELD_LONG_MINUTES = 30;

  /**
   * A wait from {@code start} to {@code end} of duration {@code d}; held in a service's queue or on
   * hold when a {@link Part#HELD} word lies inside it, and then long from {@link #HELD_LONG_MINUTES}.
   */
  private void addWait(int start, int end, Match<Cue> d) {
    double weight = waited(d);
    Match<Cue> h = heldBeside(start, end);
    if (h != null) {
      if (weight < LONG_WAIT && leadingNumber(d.text()) >= HELD_LONG_MINUTES) {
        weight = LONG_WAIT;
      }
      Finding f = new Finding(Type.WAIT, Math.min(start, h.start()), Math.max(end, h.end()), weight);
      found.add(f);
      held.add(f);
      return;
    }
    add(Type.WAIT, start, end, weight);
  }

  /**
   * A {@link Part#HELD} word inside or across the wait from {@code start} to {@code end} (the wait
   * may open on the last word of "on hold": "been on hold 55 mins"), or right beside it with only
   * spaces between ("llevo 40 minutos en espera", "電話で40分待たされています"), or null.
   */
  private Match<Cue> heldBeside(int start, int end) {
    if (heldWords == null) {
      int count = 0;
      for (int i = 0; i < words.size(); i++) {
        count += is(words.get(i), Part.HELD) ? 1 : 0;
      }
      heldWords = new int[count];
      for (int i = 0, k = 0; k < count; i++) {
        if (is(words.get(i), Part.HELD)) {
          heldWords[k++] = i;
        }
      }
    }
    for (int i : heldWords) {
      Match<Cue> m = words.get(i);
      if (m.start() < end && m.end() > start || m.start() >= end && spacesOnly(end, m.start()) || m.end() <= start && spacesOnly(m.end(), start)) {
        return m;
      }
    }
    return null;
  }

  /** Whether only white space lies from {@code from} to {@code to}. */
  private boolean spacesOnly(int from, int to) {
    for (int k = from; k < to; k++) {
      if (!Character.isWhitespace(chars[k])) {
        return false;
      }
    }
    return true;
  }

  /** The number a text starts with ("45 Minuten" is 45), at most six digits; 0 when none. */
  private static int leadingNumber(String t) {
    int n = 0;
    for (int k = 0; k < t.length() && k < 6 && Character.isDigit(t.charAt(k)); k++) {
      n = n * 10 + Character.digit(t.charAt(k), 10);
    }
    return n;
  }

  /** The weight of a wait of duration {@code d}: {@link #LONG_WAIT} for hours or more (value 2, or a long time without a number), else {@link #WAIT}. */
  private static double waited(Match<Cue> d) {
    return is(d, Part.LONG) || d.payload().weight() >= 2 ? LONG_WAIT : WAIT;
  }

  /** A failed state word: "broken", "late", "down". */
  private static boolean failedState(Match<Cue> m) {
    return is(m, Part.FAILED) || is(m, Part.FAILED_STATE) || is(m, Part.FAILED_END);
  }

  // ----- acts done to the customer: "bumped me", "gave away my seat", "got bumped" -----

  /**
   * An act only ever done to a customer ({@code words[i]}, "bumped", "downgraded", "gave away")
   * told as done: before its victim ("bumped me", "gave away my seat"; the @handle or nobody is the
   * subject, as tweets write it) or after "was"/"got" ("we got bumped"); a row of value 2 (damage)
   * only before a thing of the customer's and after a doer of ours ("your driver hit my car", "you
   * reversed into our wall"). Not the speaker's own act
   * ("I gave away my ticket"), not supposed ("if they bump me") or asked ("did you downgrade my seat?").
   */
  private boolean harm(int i) {
    Match<Cue> h = words.get(i);
    if (supposed(h.start()) || askedYesOrNo(h.start())) {
      return false;
    }
    int before = previousWordStart(h.start());
    // Value 2: damage, done to a thing of the customer's by someone of ours named ("your driver hit
    // my car"; not "hit me up", "it hit me", "damaged my phone screen, can you fix it", "got smashed").
    boolean damage = h.payload().weight() >= 2;
    if (damage && !doneByUs(before)) {
      return false;
    }
    if (before >= 0 && lookup.passive().contains(wordAt(before))) {
      add(Type.FAILURE, before, h.end(), FAILURE);
      return true;
    }
    if (before >= 0 && lookup.self().contains(wordAt(before))) {
      return false; // "I gave away my seat"
    }
    int after = nextWordStart(h.end());
    // A sum taken (its unit too) and where from may stand between the act and its victim: "stole $300
    // from my account", "stole 40 bucks from me".
    boolean sum = false;
    for (int n = 0; n < VICTIM_REACH && after >= 0 && !clauseEndsBetween(h.end(), after); n++) {
      boolean digit = Character.isDigit(chars[after]);
      if (!(n == 0 ? digit : lookup.of().contains(wordAt(after)) || sum && !lookup.victim().contains(wordAt(after)))) {
        break;
      }
      sum = digit;
      after = nextWordStart(wordEnd(after));
    }
    Set<String> victims = damage ? lookup.own() : lookup.victim();
    if (after >= 0 && victims.contains(wordAt(after)) && !clauseEndsBetween(h.end(), after)) {
      add(damage ? Type.DAMAGE : Type.FAILURE, h.start(), wordEnd(after), FAILURE);
      return true;
    }
    return false;
  }

  /**
   * Whether the doer named in the words right before an act (from {@code at} back, in its clause) is
   * one of ours or the addressee: a thing or person of ours ("your driver", "the courier", "ur
   * delivery guy") or an agent ("you", "they"); not "the storm", "a tree", "my neighbour".
   */
  private boolean doneByUs(int at) {
    int w = at;
    for (int n = 0; n < DOER_REACH && w >= 0; n++) {
      String word = wordAt(w);
      if (ours.contains(word) || lookup.agent().contains(word)) {
        return true;
      }
      int prev = previousWordStart(w);
      if (prev < 0 || clauseEndsBetween(wordEnd(prev), w)) {
        return false;
      }
      w = prev;
    }
    return false;
  }

  /** Words at most between an act of damage and its doer: "your delivery driver just hit my car". */
  private static final int DOER_REACH = 4;

  /** Words at most between an act done to the customer and its victim: a sum, then where from ("stole $300 from my account"). */
  private static final int VICTIM_REACH = 3;

  // ----- ratings: "1 star", "zero stars", "5 stars" -----

  /**
   * A rating told by its count ({@code words[i]} is "star"/"stars"): a low count ("1 star", "zero
   * stars") is a judgement, a high one ("5 stars") praise, whatever frame it stands in ("would give 0
   * stars if I could" still rates). The digits are read from the text, since the lexicon's "#" is any number.
   */
  private void rating(int i) {
    Match<Cue> r = words.get(i);
    int count = previousWordStart(r.start());
    if (count < 0) {
      return;
    }
    String n = wordAt(count);
    if (lookup.low().contains(n)) {
      add(Type.JUDGEMENT, count, r.end(), 0.6);
    } else if (lookup.high().contains(n)) {
      add(Type.PRAISE, count, r.end(), 0.6);
    }
  }

  /** "so much for on time", "well so much for that": opening its clause (after a word that joins at most), never after thanks. */
  private void givenUp(int i) {
    Match<Cue> g = words.get(i);
    int before = previousWordStart(g.start());
    if ((before < 0 || lookup.join().contains(wordAt(before)) && previousWordStart(before) < 0) && wordAfter(g.end())) {
      add(Type.JUDGEMENT, g.start(), g.end(), 0.55);
    }
  }

  /** Words at most after "since" and its onset word within which a release names the onset: "since the last ios update". */
  private static final int RELEASE_REACH = 2;

  /**
   * Whether "since" starts from a release (set {@code release}: "update", "upgrade",
   * "actualización", "mise à jour"), at {@code at} or within {@link #RELEASE_REACH} words after it
   * in its clause ("since the last update", "depuis la mise à jour"): the failure's cause, which
   * tells nothing of how long it has lasted; not "since last week".
   */
  private boolean releaseFrom(int at) {
    Set<String> release = lookup.release();
    if (release.isEmpty()) {
      return false;
    }
    int w = at;
    for (int n = 0; n <= RELEASE_REACH && w >= 0; n++) {
      if (release.contains(wordAt(w))) {
        return true;
      }
      int next = nextWordStart(wordEnd(w));
      for (int k = wordEnd(w); next >= 0 && k < next; k++) {
        if (clauseEnd(chars[k])) {
          return false;
        }
      }
      w = next;
    }
    return false;
  }

  /** "since Monday", "since the update": a wait beside a failure; after a wait word or a contact tried, a wait. */
  private void since(int i) {
    Match<Cue> s = words.get(i);
    int at = nextWordStart(s.end());
    if (at >= 0 && wordAt(at).equals("the")) {
      at = nextWordStart(wordEnd(at));
    }
    if (at < 0 || !(Character.isDigit(chars[at]) || lookup.onset().contains(wordAt(at)))) {
      return; // "since I was a kid", "since you asked"
    }
    for (int k = i + 1; k < words.size() && words.get(k).start() <= at; k++) {
      if (words.get(k).start() == at && (is(words.get(k), Part.DURATION) || is(words.get(k), Part.LONG))) {
        return; // "seit 3 Tagen", "depuis deux semaines": a duration, read by duration()
      }
    }
    int end = wordEnd(at);
    for (int k = i - 1; k >= 0; k--) {
      Match<Cue> m = words.get(k);
      if (gap(m, s) > WAIT_REACH || !sameClause(m, s)) {
        break;
      }
      // A wait word, or trying to get in touch: "been trying to reach someone since 9am", "calling since Monday".
      // Since a day or an event ("since Friday", "since the update") it has lasted hours at least; trying
      // to reach us that long is a wait of ours, whoever is named ("trying to reach someone since friday").
      if (is(m, Part.WAITING) || is(m, Part.CONTACT) && !supposed(m.start())) {
        boolean day = !Character.isDigit(chars[at]);
        Finding f = new Finding(Type.WAIT, m.start(), end, day ? LONG_WAIT : WAIT);
        found.add(f);
        if (day && is(m, Part.CONTACT)) {
          held.add(f);
        }
        return;
      }
    }
    if (releaseFrom(at)) {
      return; // "doesnt work since the last update": what set the failure off, not how long it has lasted
    }
    Finding f = new Finding(Type.WAIT, s.start(), end, CONDITIONAL_WAIT);
    conditional.add(f);
    lasting.add(f);
  }

  // ----- repeats: "4th time", "called 3 times" -----

  /** Words at most after an ordinal time within which a time ahead makes it a plan: "my 2nd time flying with you next week". */
  private static final int PLAN_REACH = 6;

  private void nthTime(Match<Cue> m) {
    if (count(m) >= 2 && !aheadInClause(m.end())) {
      add(Type.REPEAT, m.start(), m.end(), REPEAT);
    }
  }

  /** Whether a word of set {@code ahead} ("next", "tomorrow", "mañana") comes within {@link #PLAN_REACH} words after {@code from} in its clause. */
  private boolean aheadInClause(int from) {
    return wordWithin(from, lookup.ahead(), PLAN_REACH);
  }

  /** Whether a word of {@code words} is one of the {@code reach} words after {@code from} in its clause. */
  private boolean wordWithin(int from, Set<String> words, int reach) {
    int at = from;
    for (int n = 0; n < reach; n++) {
      int w = nextWordStart(at);
      if (w < 0) {
        return false;
      }
      if (words.contains(wordAt(w))) {
        return true;
      }
      at = Math.max(wordEnd(w), w + 1);
    }
    return false;
  }

  /** Words at most between an ordinal and the failure or event it counts: "3rd gate change", "second cancelled delivery". */
  private static final int ORDINAL_REACH = 2;

  /**
   * An ordinal of two or more ({@code words[i]}) counting a failure or an event done to the
   * customer's booking, within {@link #ORDINAL_REACH} words after it in its clause: a failed state
   * or a wait word ("second cancelled delivery this week", "deuxième colis perdu", "tercer retraso"),
   * a fault (set {@code fault}: "3rd issue") or an event (set {@code event}: "3rd gate change", "4th
   * delay notification"). The thing happened again: a repeat and a failure. Not an ordinal of
   * anything else ("my 2nd time flying with you", "second season", "3rd floor lounge").
   */
  private boolean ordinalEvent(int i) {
    Match<Cue> o = words.get(i);
    if (i > 0 && is(words.get(i - 1), Part.ORDINAL) && words.get(i - 1).start() == o.start()) {
      return false; // one word matched by two rows ("segundo"): read once
    }
    if (count(o) < 2 || supposed(o.start()) || askedYesOrNo(o.start())) {
      return false;
    }
    int at = o.end();
    for (int n = 0; n <= ORDINAL_REACH; n++) {
      int w = nextWordStart(at);
      if (w < 0) {
        return false;
      }
      String word = wordAt(w);
      int end = wordEnd(w);
      if (lookup.event().contains(word) || lookup.fault().contains(word) || failureWordAt(w)) {
        add(Type.REPEAT, o.start(), end, REPEAT);
        add(Type.FAILURE, o.start(), end, FAILURE);
        return true;
      }
      at = Math.max(end, w + 1);
    }
    return false;
  }

  /** Whether a failed state or a wait word starts at {@code at}: "cancelled", "perdu", "retraso". */
  private boolean failureWordAt(int at) {
    for (Match<Cue> m : words) {
      if (m.start() > at) {
        return false;
      }
      if (m.start() == at && (failedState(m) || is(m, Part.WAITING))) {
        return true;
      }
    }
    return false;
  }

  /** "called 3 times": a count of two or more after getting in touch ("charged twice" is a failure, not a repeat). */
  private void times(int i) {
    Match<Cue> t = words.get(i);
    if (count(t) < 2) {
      return;
    }
    for (int k = i - 1; k >= 0; k--) {
      Match<Cue> m = words.get(k);
      if (gap(m, t) > WAIT_REACH || !sameClause(m, t)) {
        break;
      }
      if (is(m, Part.CONTACT)) {
        add(Type.REPEAT, m.start(), t.end(), REPEAT);
        return;
      }
    }
    // A count told as a sentence of its own after an act done to the customer: "the agent hung up
    // on me. twice", "bumped from my flight. AGAIN. twice this month" (not "charged twice": a
    // failure told in one clause, read as such).
    if (i > 0 && opensClause(t) && !wordAfter(t.end()) && is(words.get(i - 1), Part.HARM) && !sameClause(words.get(i - 1), t)
        && sentencesBetween(words.get(i - 1).end(), t.start()) == 1 && t.start() - words.get(i - 1).end() <= TOLD_AFTER) {
      add(Type.REPEAT, words.get(i - 1).start(), t.end(), REPEAT);
    }
  }

  /** Characters at most between an act done to the customer and the count told after it as a sentence of its own. */
  private static final int TOLD_AFTER = 40;

  /** The count a match stands for: its weight, or for {@code 0} the digits it starts with ("4th", "3"). */
  static int count(Match<Cue> m) {
    int w = (int) m.payload().weight();
    if (w > 0) {
      return w;
    }
    String t = m.text();
    int n = 0;
    int digits = 0;
    for (int k = 0; k < t.length() && digits < 6; k++) {
      int d = Character.digit(t.charAt(k), 10);
      if (d < 0) {
        break;
      }
      n = n * 10 + d;
      digits++;
    }
    return n;
  }

  // ----- a price questioned: "$25 for a checked bag?" -----

  /**
   * A sum of money in a sentence that ends with a question mark and does not open as a question
   * ("$25 for a checked bag?", "charged 50 bucks for wifi??"; not "is it $25 for a bag?").
   */
  private void fees() {
    int from = 0;
    while (true) {
      int at = moneyAt(from);
      if (at < 0) {
        return;
      }
      int end = at;
      while (end < text.length() && !sentenceEnd(chars[end])) {
        end++;
      }
      if (end < text.length() && (chars[end] == '?' || chars[end] == '？') && !opensAsQuestion(at)) {
        int s = at;
        while (s > 0 && !Character.isWhitespace(chars[s - 1]) && !sentenceEnd(chars[s - 1])) {
          s--;
        }
        add(Type.FEE, s, end + 1, FEE);
        return; // one questioned price is enough
      }
      from = Math.max(end, at + 1);
    }
  }

  /**
   * The offset of the next sum of money at or after {@code from} (a number beside a currency
   * sign, or before a currency word), or -1. Character scan, no regular expression.
   */
  private int moneyAt(int from) {
    // fees() asks at growing offsets: a scan that found nothing before k (or nothing to the end)
    // answers every later offset up to k without reading those characters again.
    if (signScanK == UNKNOWN || from < signScanFrom || signScanK >= 0 && signScanK < from) {
      signScanFrom = from;
      signScanK = UNKNOWN;
      for (int k = from; k < text.length() && signScanK == UNKNOWN; k++) {
        if (moneySignAt(k) >= 0) {
          signScanK = k;
        }
      }
      signScanK = signScanK == UNKNOWN ? NONE : signScanK;
    }
    if (signScanK >= 0) {
      // Never before from: the caller moves on from the sentence end after the sum, and a sum
      // whose digits start before that end ("1.2$") would be found again and again.
      return Math.max(moneySignAt(signScanK), from);
    }
    if (from < currencyFrom) {
      currencyCursor = 0;
    }
    currencyFrom = from;
    // Words passed over failed for a smaller offset, so they fail for this one.
    for (; currencyCursor < words.size(); currencyCursor++) {
      Match<Cue> m = words.get(currencyCursor);
      if (is(m, Part.CURRENCY) && m.start() >= from) {
        return m.start();
      }
    }
    return -1;
  }

  private static final int UNKNOWN = -2;
  private static final int NONE = -1;
  /** {@link #moneyAt}'s last scan for a currency sign: from where, and the sign's offset (or NONE). */
  private int signScanFrom;
  private int signScanK = UNKNOWN;
  /** {@link #moneyAt}'s place in the words, for offsets from {@link #currencyFrom} on. */
  private int currencyCursor;
  private int currencyFrom;

  /**
   * Where the sum of money with a currency sign at {@code k} starts ("$25", "$ 25", "25$", "25 €"):
   * {@code k} when a number follows, the number's start when one comes before; -1 when {@code k}
   * holds no currency sign or no number is beside it.
   */
  private int moneySignAt(int k) {
    char c = chars[k];
    if (c < 0x80 ? c != '$' : Character.getType(c) != Character.CURRENCY_SYMBOL) {
      return -1;
    }
    int after = k + 1;
    while (after < text.length() && chars[after] == ' ') {
      after++;
    }
    if (after < text.length() && Character.isDigit(chars[after])) {
      return k;
    }
    int before = k - 1;
    while (before >= 0 && chars[before] == ' ') {
      before--;
    }
    if (before >= 0 && Character.isDigit(chars[before])) {
      int s = before;
      while (s > 0 && (Character.isDigit(chars[s - 1]) || chars[s - 1] == '.' || chars[s - 1] == ',')) {
        s--;
      }
      return s;
    }
    return -1;
  }

  /** Whether the sentence holding {@code at} is a question opening with an ordinary question word: it asks. */
  boolean asked(int at) {
    if (!questionWithin(at)) {
      return false;
    }
    int w = at;
    for (int p = previousWordStart(w), n = 0; p >= 0 && n < ASK_REACH; p = previousWordStart(p), n++) {
      w = p; // the clause's first word: "I need to change my flight, what's the best number to call?"
    }
    if (w < at && previousWordStart(w) < 0 && lookup.ask().contains(wordAt(w))) {
      return true;
    }
    int s = sentenceStart(at);
    return s >= 0 && s < at && lookup.ask().contains(wordAt(s));
  }

  /** Words at most between a question's first word and the praise it asks about. */
  private static final int ASK_REACH = 12;

  /** Characters at most between a question's first word or its "?" and a word inside it: questions are short. */
  private static final int QUESTION_SPAN = 280;

  /** The first word of the sentence holding {@code at}, or -1 when the sentence starts too far back to be a question. */
  private int sentenceStart(int at) {
    int floor = Math.max(0, at - QUESTION_SPAN);
    int s = at;
    while (s > floor && !sentenceEnd(chars[s - 1])) {
      s--;
    }
    if (s > 0 && !sentenceEnd(chars[s - 1])) {
      return -1;
    }
    while (s < at && !letterOrDigit(chars[s])) {
      s++;
    }
    return s;
  }

  /** Whether the sentence holding {@code from} ends with a question mark within {@link #QUESTION_SPAN} characters. */
  private boolean questionWithin(int from) {
    for (int k = from, end = Math.min(text.length(), from + QUESTION_SPAN); k < end; k++) {
      char c = chars[k];
      if (c == '?' || c == '？') {
        return true;
      }
      if (sentenceEnd(c)) {
        return false;
      }
    }
    return false;
  }

  /** Whether the sentence holding {@code at} opens with an ordinary question word ("is it $25…", "how much…"). */
  private boolean opensAsQuestion(int at) {
    int s = at;
    while (s > 0 && !sentenceEnd(chars[s - 1])) {
      s--;
    }
    while (s < at && !letterOrDigit(chars[s])) {
      s++;
    }
    return s < at && lookup.ask().contains(wordAt(s));
  }

  // ----- blame: "why is my package still not here", "how come my order is missing" -----

  /** A question of blame with a failure, a negation or a difficulty after it in its sentence. */
  private void blame() {
    for (int i = 0; i < words.size(); i++) {
      Match<Cue> w = words.get(i);
      if (!is(w, Part.WHY) || !opensClause(w)) {
        continue; // "I wonder why", "that's why": no question asked
      }
      boolean told = false;
      for (int k = i + 1; k < words.size() && !told; k++) {
        Match<Cue> m = words.get(k);
        if (m.firstToken() <= w.lastToken()) {
          continue;
        }
        if (gap(w, m) > BLAME_REACH || !sameSentence(w, m)) {
          break;
        }
        // ... or a time or a count that is too much: "why does a refund take 3 weeks", "why do I have to call 4 times".
        if (negator(m) || is(m, Part.ABSENT) || is(m, Part.FAILED) || is(m, Part.FAILED_STATE) || is(m, Part.FAILED_END) || is(m, Part.STILL) || is(m, Part.HARD)
            || is(m, Part.DURATION) || is(m, Part.LONG) || is(m, Part.TIMES) && count(m) >= 2 || is(m, Part.NTH_TIME) && count(m) >= 2) {
          add(Type.BLAME, w.start(), m.end(), BLAME);
          told = true;
        }
      }
      if (!told) {
        failVerbAfter(w);
      }
    }
  }

  /**
   * A question of blame about an act that fails the customer, told by its verb in any form (set
   * {@code fail}: "how is it possible to lose a suitcase on a direct flight", "why would you cancel
   * my order", "cómo es posible perder una maleta"), within reach in its sentence.
   */
  private void failVerbAfter(Match<Cue> w) {
    int at = w.end();
    for (int n = 0; n < BLAME_REACH; n++) {
      int s = nextWordInSentence(at);
      if (s < 0) {
        return;
      }
      at = Math.max(wordEnd(s), s + 1);
      if (lookup.fail().contains(wordAt(s))) {
        add(Type.BLAME, w.start(), at, BLAME);
        return;
      }
    }
  }

  // ----- a promise against the present: "you said 5-7 days. It's day 12" -----

  /** Words after a broken promise within which its past time is looked for: "was supposed to be delivered on the 3rd". */
  private static final int PROMISE_REACH = 8;

  /**
   * A promise held against the present is a complaint however plainly it is told: a promise
   * broken by its form with a time past after it ("was supposed to arrive yesterday", "should have
   * been here last week", "was meant to be delivered on the 3rd"), or any promise followed by a
   * present that is later than it ("you said 5-7 days. It's day 12", "promised by wednesday, it's
   * friday", "estimated delivery was the 14th, today is the 20th"). A promise still ahead ("is
   * supposed to arrive tomorrow") is none.
   */
  private boolean promise(int i) {
    Match<Cue> p = words.get(i);
    for (int k = Math.max(0, i - 2); k < Math.min(words.size(), i + 3); k++) {
      Match<Cue> o = words.get(k);
      if (k != i && is(o, Part.PROMISE) && o.start() <= p.start() && o.end() >= p.end() && o.end() - o.start() > p.end() - p.start()) {
        return false; // read from the longer form: "was supposed to" over "supposed to"
      }
    }
    int end = p.payload().weight() >= 2 ? pastAfter(p.end(), true) : -1;
    if (end < 0 && p.payload().weight() < 2) {
      // The promised event told after it, in a time now past: "you said it would arrive yesterday",
      // "me dijeron que llegaba ayer" (not "you said yesterday it would come").
      int event = thatAfter(p.end());
      end = event < 0 ? -1 : pastAfter(event, false);
    }
    if (end < 0) {
      end = presentAfter(p.end());
      if (end >= 0 && dayNotPast(i, end)) {
        return false; // "estimated 10 days, it's day 4": still in time
      }
    }
    if (end < 0) {
      end = elapsedAfter(i);
    }
    if (end < 0) {
      end = longerAfter(i);
    }
    if (end < 0 && p.payload().weight() < 2) {
      end = nothingAfter(i);
    }
    if (end < 0) {
      if (p.payload().weight() < 2 && leftToCope(p)) {
        add(Type.BLAME, leftToCopeStart, p.end(), BLAME);
      }
      return false;
    }
    add(Type.BROKEN_PROMISE, p.start(), end, FAILURE);
    return true;
  }

  /** Where the subject of the last {@link #leftToCope} question starts. */
  private int leftToCopeStart;

  /**
   * A question of what the writer is now expected to do, asked as a reproach: the writer as the
   * subject of the expectation (set {@code self}; copulas and words of degree may come between)
   * in a sentence that ends with "?", and not a plain yes-or-no question ("so I'm just supposed to
   * wait?", "what am I supposed to do now??", "how are we supposed to get home?"; not "am I
   * supposed to fill in this form?" nor "I'm supposed to fly tomorrow").
   */
  private boolean leftToCope(Match<Cue> p) {
    if (!endsInQuestion(p.end()) || askedYesOrNo(p.start())) {
      return false;
    }
    int w = previousWordStart(p.start());
    for (int n = 0; w >= 0 && n < 3; n++) {
      String word = wordAt(w);
      if (lookup.self().contains(word)) {
        leftToCopeStart = w;
        return true;
      }
      if (!lookup.copula().contains(word) && !lookup.degree().contains(word) && !lookup.polar().contains(word)) {
        return false;
      }
      w = previousWordStart(w);
    }
    return false;
  }

  /** Words after a promise within which the word that opens its event ("would", "que", "dass") is looked for. */
  private static final int THAT_REACH = 3;

  /** The end of a word of the {@code that} set ("would", "que") among the first words after {@code from} in its sentence, or -1. */
  private int thatAfter(int from) {
    int at = from;
    for (int n = 0; n < THAT_REACH; n++) {
      int s = nextWordInSentence(at);
      if (s < 0) {
        return -1;
      }
      at = Math.max(wordEnd(s), s + 1);
      if (lookup.that().contains(wordAt(s))) {
        return at;
      }
    }
    return -1;
  }

  /**
   * The end of a time past ("yesterday", "last week", "ayer"; with {@code dates}, also "on monday",
   * "the 3rd", past only after a promise broken by its form) in the sentence after {@code from}, or -1.
   */
  private int pastAfter(int from, boolean dates) {
    int at = from;
    for (int n = 0; n < PROMISE_REACH; n++) {
      int s = nextWordInSentence(at);
      if (s < 0) {
        return -1;
      }
      String w = wordAt(s);
      if (lookup.ahead().contains(w)) {
        return -1; // still ahead: "tomorrow", "next", "mañana"
      }
      if (lookup.past().contains(w) || dates && (lookup.date().contains(w) && !w.equals("day") || ordinal(w))) {
        return wordEnd(s);
      }
      at = Math.max(wordEnd(s), s + 1);
    }
    return -1;
  }

  /**
   * The end of a present told after a promise, in the rest of its sentence or the next two: "it's
   * day 12", "its friday", "it's the 20th", "today is the 20th", "now it's monday"; or -1.
   */
  private int presentAfter(int from) {
    int at = from;
    int sentences = 0;
    for (int n = 0; n < 40; n++) {
      int s = nextWordAnywhere(at);
      if (s < 0) {
        return -1;
      }
      for (int k = at; k < s; k++) {
        // A run of marks ("...", "?!") ends one sentence.
        sentences += sentenceEnd(chars[k]) && (k == at || !sentenceEnd(chars[k - 1])) ? 1 : 0;
      }
      if (sentences > 2) {
        return -1;
      }
      at = Math.max(wordEnd(s), s + 1);
      // The present told: a word of the `now` set ("its", "today", "hoy", "heute", "hoje"), then at
      // most three of the `present` set ("is", "the", "already", "es", "ist"), then a day or a date.
      if (!lookup.now().contains(wordAt(s))) {
        continue;
      }
      int t = nextWordStart(at);
      for (int skip = 0; t >= 0 && skip < 3 && lookup.present().contains(wordAt(t)); skip++) {
        t = nextWordStart(Math.max(wordEnd(t), t + 1));
      }
      if (t < 0) {
        continue;
      }
      String d = wordAt(t);
      if (lookup.date().contains(d) || ordinal(d)) {
        int e = wordEnd(t);
        int after = nextWordStart(e);
        return d.equals("day") && after >= 0 && Character.isDigit(chars[after]) ? wordEnd(after) : e;
      }
    }
    return -1;
  }

  /** Characters at most between a promise and the time elapsed told after it. */
  private static final int ELAPSED_SPAN = 160;

  /**
   * The end of a time elapsed told after the promise {@code words[i]}, in its sentence or the next
   * two: a word of elapsed time (class {@code elapsed}: "it's been", "ça fait", "llevo", "faz") right
   * before a duration or a bare number ("was told 24 hours, it's been 72", "me dijeron 48 horas y ya
   * van 6 días", "on m'a dit 24h, ça fait une semaine"); or -1. Told after a promise, the time gone
   * by is held against it: the promise is broken.
   */
  private int elapsedAfter(int i) {
    Match<Cue> p = words.get(i);
    for (int k = i + 1; k < words.size(); k++) {
      Match<Cue> m = words.get(k);
      if (m.start() - p.end() > ELAPSED_SPAN) {
        return -1;
      }
      if (!is(m, Part.ELAPSED) || m.start() < p.end() || sentencesBetween(p.end(), m.start()) > 2) {
        continue;
      }
      long promised = promisedMinutes(i, m.start());
      for (int d = k + 1; d < words.size() && words.get(d).start() <= m.end() + 1; d++) {
        Match<Cue> n = words.get(d);
        if ((is(n, Part.DURATION) || is(n, Part.LONG)) && n.firstToken() > m.lastToken() && gap(m, n) == 0) {
          long gone = is(n, Part.DURATION) ? minutes(n.start(), n.end(), -1) : -1;
          if (promised > 0 && gone > 0 && gone <= promised) {
            inTime(m.start(), n.end()); // "told 3 days, it's been 2 days": still in time
            return -1;
          }
          return n.end();
        }
      }
      int n = nextWordStart(m.end());
      if (n >= 0 && n <= m.end() + 1 && Character.isDigit(chars[n])) {
        // "it's been 72": the unit is the promise's, and only more time than was promised breaks it
        // ("was told 72 hours, it's been 24" is still in time).
        long gone = promised > 0 ? minutes(n, wordEnd(n), promised / number(promisedAt, promisedEnd)) : -1;
        if (gone > 0 && gone <= promised) {
          inTime(m.start(), wordEnd(n));
          return -1;
        }
        return wordEnd(n);
      }
    }
    return -1;
  }

  /**
   * The end of a duration told after the promise {@code words[i]} and its promised duration, in
   * its sentence or the next two, that is longer than what was promised and not ahead ("they said a
   * week tops. we're on week 5", "told me 3-5 business days. day 12 and nothing", "me falaram 48
   * horas e já são 10 dias"); or -1. "said 3-5 days, it came in 2 days" is in time; "said 2 days,
   * now they say in 2 weeks" is a new promise, not time gone by.
   */
  private int longerAfter(int i) {
    Match<Cue> p = words.get(i);
    long promised = promisedMinutes(i, Math.min(chars.length, p.end() + ELAPSED_SPAN));
    if (promised <= 0) {
      return -1;
    }
    int after = promisedEnd;
    for (int k = i + 1; k < words.size(); k++) {
      Match<Cue> d = words.get(k);
      if (d.start() - p.end() > ELAPSED_SPAN || sentencesBetween(p.end(), d.start()) > 2) {
        return -1;
      }
      if (!is(d, Part.DURATION) || d.start() < after) {
        continue;
      }
      Match<Cue> b = k > 0 ? words.get(k - 1) : null;
      if (b != null && is(b, Part.AHEAD) && gap(b, d) == 0) {
        continue; // "in 2 weeks": a new promise
      }
      if (minutes(d.start(), d.end(), -1) > promised) {
        return d.end();
      }
    }
    return -1;
  }

  /**
   * The end of a nothing told after the promise {@code words[i]} in its sentence or the next, opening
   * its clause or after a joining word, with a word at least between ("prometieron llamarme ayer y
   * nada", "on m'avait promis un rappel hier, rien", "Rückruf wurde versprochen, nichts passiert",
   * "promised a callback. nothing"); or -1. "they promised nothing" names what was promised; a
   * supposition or a question tells nothing.
   */
  private int nothingAfter(int i) {
    Match<Cue> p = words.get(i);
    if (supposed(p.start()) || askedYesOrNo(p.start())) {
      return -1;
    }
    for (int k = i + 1; k < words.size(); k++) {
      Match<Cue> a = words.get(k);
      if (a.start() - p.end() > ELAPSED_SPAN || sentencesBetween(p.end(), a.start()) > 1) {
        return -1;
      }
      if (!is(a, Part.ABSENT) || a.start() < p.end() || nextWordStart(p.end()) == a.start() || askedYesOrNo(a.start())) {
        continue;
      }
      int before = previousWordStart(a.start());
      if (opensClause(a) || before >= 0 && before > p.end() && lookup.join().contains(wordAt(before))) {
        return a.end();
      }
    }
    return -1;
  }

  /** Words at most between money paid and the speed it bought: "paid extra for express", "Expressversand bezahlt". */
  private static final int PAID_REACH = 4;
  /** Days at least that a delivery paid to be fast takes to break what was paid for. */
  private static final long PAID_DAYS = 3;

  /**
   * Money paid ({@code words[i]}) for speed (set {@code speed} within {@link #PAID_REACH} words
   * in its clause, before or after: "express", "next day", "exprés", "Express", "expresso"), then a
   * duration of {@link #PAID_DAYS} days or more told after it, in its sentence or the next ("paid
   * for express shipping, came in 9 days", "pagué envío exprés y llegó a los 9 días",
   * "Expressversand bezahlt und das Paket kam nach 9 Tagen", "paguei frete expresso e chegou em 9
   * dias"): what was paid for did not come, a promise broken with no promise word. "paid for
   * express, came in 2 days" is what was paid for, "paid for fast shipping 3 weeks ago" tells when;
   * a supposition or a question tells nothing.
   */
  private boolean paidFor(int i) {
    Match<Cue> p = words.get(i);
    if (lookup.speed().isEmpty() || supposed(p.start()) || askedYesOrNo(p.start())) {
      return false;
    }
    int speed = -1;
    int w = previousWordStart(p.start());
    for (int n = 0; w >= 0 && n < PAID_REACH && !clauseEndsBetween(wordEnd(w), p.start()); n++, w = previousWordStart(w)) {
      speed = lookup.speed().contains(wordAt(w)) ? w : speed;
    }
    w = nextWordStart(p.end());
    for (int n = 0; speed < 0 && w >= 0 && n < PAID_REACH && !clauseEndsBetween(p.end(), w); n++, w = nextWordStart(Math.max(wordEnd(w), w + 1))) {
      speed = lookup.speed().contains(wordAt(w)) ? w : speed;
    }
    if (speed < 0) {
      return false;
    }
    for (int k = i + 1; k < words.size(); k++) {
      Match<Cue> d = words.get(k);
      if (d.start() - p.end() > ELAPSED_SPAN || sentencesBetween(p.end(), d.start()) > 1) {
        return false;
      }
      if (is(d, Part.DURATION) && d.start() > speed && !agoAfter(k) && minutes(d.start(), d.end(), -1) >= PAID_DAYS * DAY) {
        add(Type.BROKEN_PROMISE, Math.min(p.start(), speed), d.end(), FAILURE);
        return true;
      }
    }
    return false;
  }

  /** Whether "ago" comes right after the duration {@code words[k]} ("3 weeks ago"). */
  private boolean agoAfter(int k) {
    Match<Cue> d = words.get(k);
    for (int n = k + 1; n < words.size() && words.get(n).start() <= d.end() + 1; n++) {
      Match<Cue> m = words.get(n);
      if (is(m, Part.AGO) && m.firstToken() > d.lastToken() && gap(d, m) == 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether a clause ends between {@code from} and {@code to}. */
  private boolean clauseEndsBetween(int from, int to) {
    for (int k = Math.max(0, from); k < to && k < chars.length; k++) {
      if (clauseEnd(chars[k])) {
        return true;
      }
    }
    return false;
  }

  /** How many sentences end between {@code from} and {@code to} (a run of marks ends one). */
  private int sentencesBetween(int from, int to) {
    int n = 0;
    for (int k = from; k < to && k < chars.length; k++) {
      n += sentenceEnd(chars[k]) && (k == from || !sentenceEnd(chars[k - 1])) ? 1 : 0;
    }
    return n;
  }

  /** "3rd", "14th", "21st": a day of the month. */
  private static boolean ordinal(String w) {
    int k = 0;
    while (k < w.length() && Character.isDigit(w.charAt(k))) {
      k++;
    }
    return k > 0 && k <= 2 && List.of("st", "nd", "rd", "th").contains(w.substring(k));
  }

  /** The start of the next word at or after {@code from} in the same sentence (across commas), or -1. */
  private int nextWordInSentence(int from) {
    for (int k = from; k < text.length(); k++) {
      char c = chars[k];
      if (sentenceEnd(c)) {
        return -1;
      }
      if (letterOrDigit(c)) {
        return k;
      }
    }
    return -1;
  }

  /** The start of the next word at or after {@code from}, across any boundary, or -1. */
  private int nextWordAnywhere(int from) {
    for (int k = Math.max(0, from); k < text.length(); k++) {
      if (letterOrDigit(chars[k])) {
        return k;
      }
    }
    return -1;
  }

  /** Waits told inside this span are the time gone by of a promise still in time: no wait for us ("told 3 days, it's been 2 days"). */
  private int inTimeStart = -1;
  private int inTimeEnd = -1;

  private void inTime(int start, int end) {
    inTimeStart = start;
    inTimeEnd = end;
  }

  /** Where the duration {@link #promisedMinutes} read starts and ends, for the unit of a bare number after it. */
  private int promisedAt;
  private int promisedEnd;

  /**
   * The minutes of the duration told right before the promise {@code words[i]} ("48時間と言われた"), else
   * of the first one told after it and before {@code limit} in its sentence ("was told 72 hours", "me dijeron 48 horas"; the last number of a range:
   * "5-7 days" is 7 days), or -1 when none is told in digits with a known unit.
   */
  private long promisedMinutes(int i, int limit) {
    Match<Cue> p = words.get(i);
    for (int k = i - 1; k >= 0 && words.get(k).end() >= p.start() - 1; k--) {
      Match<Cue> d = words.get(k);
      if (is(d, Part.DURATION) && d.end() <= p.start() && spacesOnly(d.end(), p.start())) {
        // Told before the promise where the verb comes last: "48時間と言われたのに".
        promisedAt = d.start();
        promisedEnd = d.end();
        return minutes(d.start(), d.end(), -1);
      }
    }
    for (int k = i + 1; k < words.size(); k++) {
      Match<Cue> d = words.get(k);
      if (d.end() > limit || sentencesBetween(p.end(), d.start()) > 0) {
        return -1;
      }
      if (is(d, Part.DURATION) && d.start() >= p.end()) {
        promisedAt = d.start();
        promisedEnd = d.end();
        return minutes(d.start(), d.end(), -1);
      }
    }
    return -1;
  }

  /** Whether the present told after a promise ending at {@code end} is "day N" with N no more than the days promised. */
  private boolean dayNotPast(int i, int end) {
    int n = end - 1;
    while (n > 0 && Character.isDigit(chars[n - 1])) {
      n--;
    }
    if (!Character.isDigit(chars[n])) {
      return false;
    }
    int day = previousWordStart(n);
    long promised = promisedMinutes(i, day < 0 ? n : day);
    return promised > 0 && number(n, end) * DAY <= promised;
  }

  private static final long HOUR = 60;
  private static final long DAY = 24 * HOUR;

  /**
   * The minutes a duration from {@code start} to {@code end} stands for: its number in digits times
   * its unit (sets {@code minutes}, {@code hours}, {@code days}, {@code weeks}, {@code months}: "72
   * hours", "48h", "6 Tage"); a bare number takes {@code unit}; -1 when neither is known.
   */
  private long minutes(int start, int end, long unit) {
    long n = number(start, end);
    int u = start;
    while (u < end && !Character.isLetter(chars[u])) {
      u++;
    }
    if (n <= 0) {
      // "a week", "una semana", "eine Woche": a number of one spelled (set `one`) opens it.
      int e = u;
      while (e < end && Character.isLetter(chars[e])) {
        e++;
      }
      if (u == start && e < end && lookup.one().contains(text.substring(u, e).toLowerCase(Locale.ROOT))) {
        n = 1;
        u = e;
        while (u < end && !Character.isLetter(chars[u])) {
          u++;
        }
      } else {
        return -1;
      }
    }
    if (u == end) {
      return unit > 0 ? n * unit : -1;
    }
    // The unit is the first word of a known unit, one word at most before it ("3-5 business days").
    for (int words = 0; words < 2 && u < end; words++) {
      int e = u;
      while (e < end && Character.isLetter(chars[e])) {
        e++;
      }
      String w = text.substring(u, e).toLowerCase(Locale.ROOT);
      long per = lookup.minutes().contains(w) ? 1 : lookup.hours().contains(w) ? HOUR : lookup.days().contains(w) ? DAY
          : lookup.weeks().contains(w) ? 7 * DAY : lookup.months().contains(w) ? 30 * DAY : -1;
      if (per > 0) {
        return n * per;
      }
      u = e;
      while (u < end && !Character.isLetter(chars[u])) {
        u++;
      }
    }
    return -1;
  }

  /** The last run of digits between {@code start} and {@code end} as a number ("5-7 days" is 7), at most six digits; 0 when none. */
  private long number(int start, int end) {
    long n = 0;
    int digits = 0;
    for (int k = start; k < end; k++) {
      int d = Character.digit(chars[k], 10);
      if (d < 0) {
        if (digits > 0 && k + 1 < end && Character.isDigit(chars[k + 1])) {
          n = 0;
          digits = 0; // a range: its end counts
        }
        continue;
      }
      if (digits < 6) {
        n = n * 10 + d;
        digits++;
      }
    }
    return n;
  }

  // ----- where words are not spaced, a subject and its verb denied: "座席がリクライニングしない" -----

  /** Characters at most of the verb between the subject's mark and its negative ending. */
  private static final int SUBJECT_VERB_REACH = 12;
  /** Kana at most after the negative ending before its clause ends: "んですが", "のですけど". */
  private static final int TAIL_REACH = 5;

  /**
   * The subject's mark ({@code words[i]}, "が") then a verb of one character or more and its negative
   * ending (class {@code neg-end}: "ない", "ません") closing the clause, at most a few kana after it:
   * the thing named does not do its job ("座席がリクライニングしない", "充電器が充電できません",
   * "Wi-Fiがつながらないんですが"). Not "がない" (nothing between: a thing lacking, told otherwise), not
   * a question ("充電できないですか"), not a clause that goes on ("動かない場合は").
   */
  private boolean subjectDenied(int i) {
    Match<Cue> subject = words.get(i);
    for (int k = i + 1; k < words.size(); k++) {
      Match<Cue> m = words.get(k);
      if (m.start() - subject.end() > SUBJECT_VERB_REACH || !sameClause(subject, m)) {
        return false;
      }
      if (!is(m, Part.NEG_END) || m.start() <= subject.end()) {
        continue;
      }
      int e = m.end();
      int tail = 0;
      while (e < chars.length && tail <= TAIL_REACH && chars[e] >= '\u3041' && chars[e] <= '\u3096') {
        e++;
        tail++;
      }
      boolean closes = e == chars.length || clauseEnd(chars[e]) || Character.isWhitespace(chars[e]);
      if (closes && tail <= TAIL_REACH && chars[e - 1] != 'か') {
        add(Type.FAILURE, subject.start(), m.end(), FAILURE);
        return true;
      }
    }
    return false;
  }

  // ----- a call left unanswered: "hello??? anyone??" -----

  /** Words at most of a call: "is anyone there", "y a quelqu'un", "hay alguien". */
  private static final int CALL_WORDS = 3;

  /**
   * A sentence made only of words of calling out (set {@code call}: "hello", "anyone", "hola",
   * "alguien", "allô", "jemand", "alguém") closed by two question marks or more ("hello??? anyone??",
   * "hola??? hay alguien???", "hallo??? jemand da???"): the writer has written before and no one
   * answered, a contact repeated. One mark asks ("hello? is this the right place"), and so does a
   * sentence that goes on ("anyone know how to reset this??").
   */
  private void unanswered() {
    if (lookup.call().isEmpty()) {
      return;
    }
    for (int k = 1; k < chars.length; k++) {
      if (chars[k] != '?' || chars[k - 1] != '?' || k >= 2 && chars[k - 2] == '?') {
        continue; // the second mark of a run
      }
      int end = k - 1;
      int n = 0;
      boolean calls = true;
      int w = previousWordInSentence(end);
      int first = -1;
      while (w >= 0 && calls && n <= CALL_WORDS) {
        calls = lookup.call().contains(wordAt(w));
        first = w;
        n++;
        w = previousWordInSentence(w);
      }
      if (calls && n > 0 && n <= CALL_WORDS) {
        add(Type.REPEAT, first, k + 1, REPEAT);
        return;
      }
    }
  }

  /** The start of the word before {@code at} in its sentence (across commas), or -1. */
  private int previousWordInSentence(int at) {
    return previousWord(at, true);
  }

  /** The start of the word before {@code at}, stopping at a sentence's end or (not across commas) a clause's; or -1. */
  private int previousWord(int at, boolean acrossCommas) {
    int k = at - 1;
    while (k >= 0 && !letterOrDigit(chars[k]) && !apostrophe(chars[k])) {
      if (acrossCommas ? sentenceEnd(chars[k]) : clauseEnd(chars[k])) {
        return -1;
      }
      k--;
    }
    if (k < 0) {
      return -1;
    }
    while (k > 0 && (letterOrDigit(chars[k - 1]) || apostrophe(chars[k - 1]))) {
      k--;
    }
    return k;
  }

  // ----- a fault come back: "second replacement, same fault" -----

  /** Words at most between "same" and the fault: "the exact same dead pixel". */
  private static final int SAME_REACH = 2;

  /**
   * The same fault again after a replacement or a repair: a word of sameness (class {@code same}:
   * "same", "mismo", "même", "gleiche", "mesmo") then, within {@link #SAME_REACH} words, a fault
   * (set {@code fault}: "fault", "problem", "fallo", "panne", "Fehler", "defeito") or a failed state,
   * in a message that tells of a thing replaced or repaired (class {@code redo}: "replacement",
   * "replaced", "reemplazo", "remplacement", "Ersatz", "troca"; or a count of them: "3rd
   * replacement"): a failure repeated ("2nd replacement in a month, same fault", "you replaced my
   * phone and the new one has the same dead pixel"). "Same problem here" alone is a reader
   * agreeing, not a fault come back.
   */
  private boolean sameFault() {
    Match<Cue> same = null;
    boolean redo = false;
    for (Match<Cue> m : words) {
      redo |= is(m, Part.REDO) || is(m, Part.NTH_TIME);
      if (same == null && is(m, Part.SAME)) {
        same = m;
      }
    }
    if (same == null || !redo) {
      return false;
    }
    if (failedAt(same.end())) {
      add(Type.FAILURE, same.start(), same.end(), FAILURE); // "同じ不具合"
      add(Type.REPEAT, same.start(), same.end(), REPEAT);
      return true;
    }
    int at = same.end();
    for (int n = 0; n <= SAME_REACH; n++) {
      int f = nextWordStart(at);
      if (f < 0) {
        return false;
      }
      if (lookup.fault().contains(wordAt(f)) || failedAt(f)) {
        add(Type.FAILURE, same.start(), wordEnd(f), FAILURE);
        add(Type.REPEAT, same.start(), wordEnd(f), REPEAT);
        return true;
      }
      at = Math.max(wordEnd(f), f + 1);
    }
    return false;
  }

  /** The age at most of a thing that fails while still new ({@link #youngThing}): three months. */
  private static final long YOUNG = 92 * DAY;

  /**
   * Beside a failure told (or an upset the caller heard), the thing's short age told (a duration with a word of set {@code old}
   * after it or a word of set {@code aged} before it: "it's 2 weeks old", "3 week old laptop",
   * "stopped working after 2 days", "tiene una semana", "il a 2 semaines", "ist eine Woche alt",
   * "tem uma semana", "まだ1週間です"): a thing that failed while new needs care as a wait does. A
   * duration of more than {@link #YOUNG}, or none told in digits or words with a known unit, tells
   * no youth ("my 10 year old car broke down").
   */
  private void youngThing() {
    for (Match<Cue> d : words) {
      if (!is(d, Part.DURATION)) {
        continue;
      }
      long age = minutes(d.start(), d.end(), -1);
      if (age < 0 && !spelledOne(d)) {
        continue;
      }
      if (age > YOUNG) {
        continue;
      }
      int after = nextWordStart(d.end());
      boolean old = after >= 0 && lookup.old().contains(wordAt(after));
      if (old || agedBefore(d.start())) {
        add(Type.WAIT, d.start(), old ? wordEnd(after) : d.end(), WAIT);
        return;
      }
    }
  }

  /** A duration with no digits whose number is a word ("una semana", "eine Woche", "a week"): one of its unit, young. */
  private boolean spelledOne(Match<Cue> d) {
    for (int k = d.start(); k < d.end(); k++) {
      if (Character.isDigit(chars[k])) {
        return false;
      }
    }
    return true;
  }

  /** Whether a word of set {@code aged} ends right before {@code at} (after a space, or glued where words are not spaced: "まだ1週間"). */
  private boolean agedBefore(int at) {
    int w = previousWordStart(at);
    if (w >= 0 && wordEnd(w) < at && lookup.aged().contains(wordAt(w))) {
      return true;
    }
    if (at > 0 && wide(chars[at - 1])) {
      for (String a : lookup.aged()) {
        if (at >= a.length() && text.startsWith(a, at - a.length())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a failed-state class word starts at {@code at}, or one character after it where words are not spaced ("同じ不具合"): "the same dead pixel". */
  private boolean failedAt(int at) {
    for (Match<Cue> m : words) {
      if (m.start() > at + 1) {
        return false;
      }
      if (m.start() >= at && failedState(m)) {
        return true;
      }
    }
    return false;
  }

  // ----- a time held against a later present: "opened a case in march. it's june." -----

  /** Months at least between a month told and the present month told after it ("in march. it's june": three). */
  private static final int OVERDUE_MONTHS = 2;
  /** Words at most between the word that tells the present and its month: "it is already june". */
  private static final int NOW_REACH = 3;

  /**
   * A month told beside something the customer has with us (a thing of set {@code ours}, a contact,
   * an order or a promise in its sentence: "opened a case in march", "abrí un reclamo en marzo"),
   * then, in the same sentence or the next two, the present told as a month at least {@link
   * #OVERDUE_MONTHS} later ("it's june", "ya es junio", "on est en juin", "jetzt ist Juni", "もう6月"):
   * the time gone by is held against it as a promise is, with no promise word. Not a month ahead
   * ("booked in march for june") nor a story ("moved here in march, it's june and I love it" names
   * nothing of ours).
   */
  private boolean overdue() {
    Match<Cue> first = null;
    for (Match<Cue> m : words) {
      if (!is(m, Part.MONTH)) {
        continue;
      }
      boolean present = toldAsPresent(m);
      if (first == null) {
        first = present ? null : m;
        continue;
      }
      int gone = Math.floorMod(monthOf(m) - monthOf(first), 12);
      if (present && gone >= OVERDUE_MONTHS && sentencesBetween(first.end(), m.start()) <= 2 && oursInSentence(first)) {
        add(Type.BROKEN_PROMISE, first.start(), m.end(), FAILURE);
        return true;
      }
    }
    return false;
  }

  /** Days at least between the day a wait is told since and the present day told after it ("since tuesday. it's thursday"). */
  private static final int WEEKDAY_GAP = 2;

  /**
   * A day of the week a wait is told since ("since tuesday", "desde el lunes", "depuis lundi", "seit
   * Montag", "desde segunda") beside something the customer has with us (as for {@link #overdue}),
   * then, in the same sentence or the next two, a later day told as the present, {@link #WEEKDAY_GAP}
   * days on at least ("it's saturday", "hoy es viernes", "on est vendredi", "heute ist Freitag",
   * "hoje já é sexta"): the days gone by are held against it, a broken promise with no promise word.
   * Only a day told after "since" counts: a day named alone may be ahead ("booked for friday. it's
   * tuesday, can I change it?").
   */
  private boolean weekPassed() {
    Match<Cue> first = null;
    for (int k = 0; k < words.size(); k++) {
      Match<Cue> m = words.get(k);
      if (!is(m, Part.WEEKDAY)) {
        continue;
      }
      boolean present = toldAsPresent(m);
      if (first == null) {
        if (!present && k > 0 && is(words.get(k - 1), Part.SINCE) && gap(words.get(k - 1), m) <= 1 && sameClause(words.get(k - 1), m)) {
          first = m;
        }
        continue;
      }
      int gone = Math.floorMod(count(m) - count(first), 7);
      if (present && gone >= WEEKDAY_GAP && sentencesBetween(first.end(), m.start()) <= 2 && oursInSentence(first)) {
        add(Type.BROKEN_PROMISE, first.start(), m.end(), FAILURE);
        return true;
      }
    }
    return false;
  }

  // ----- a point in time held against a later present: "on hold since 10:15. it's 11:30", "ordered on the 3rd, it's the 21st" -----

  /** A time of day: "10:15", "7:30pm", "9-11am", "15h", "13 Uhr", "a las 10", "15時". */
  private static final int CLOCK = 1;
  /** A day of the month: "the 3rd", "el 3", "le 18", "am 2.", "dia 22", "2日に". */
  private static final int DAY_OF_MONTH = 2;
  /** Minutes at least between a time of day told and the present time told after it ("at 5:00. its 5:50"). */
  private static final long CLOCK_GAP = 30;
  /** Days at least between a day of the month told and the present day told after it ("on the 2nd, it's the 19th"). */
  private static final long DAY_GAP = 4;
  /** Points told as the present at most held against an earlier one in a message. */
  private static final int POINTS_COMPARED = 8;
  /** Characters at most between the two points compared: they are told together. */
  private static final int POINT_SPAN = 200;

  /** The kind of the last point {@link #pointAt} read ({@link #CLOCK} or {@link #DAY_OF_MONTH}), its value and where it ends. */
  private int pointKind;
  private long pointValue;
  private boolean pointHalfDay;
  private int pointEnd;

  /**
   * A time of day or a day of the month told beside something the customer has with us (as for
   * {@link #overdue}: a thing of set {@code ours}, a contact, an order, a promise or a wait in its
   * sentence), then, in the same sentence or the next two, the present told as a later point of the
   * same kind ("on hold since 10:15. it's 11:30", "scheduled pickup 9-11am, it's 2:20pm", "a las 10,
   * son las 14", "le technicien devait passer à 9h. il est 15h", "um 8 Uhr… Jetzt ist es 13 Uhr",
   * "ordered on the 3rd, it's the 21st", "pedí el 3 de marzo y hoy es 20", "bestellt am 2., heute ist
   * der 20.", "2日に注文したのに、今日は20日です"): the time gone by is held against it, a broken
   * promise with no promise word. The present must be told (set {@code now} before it: "it's", "hoy
   * es", "il est", "もう"); "checked in at 6:40, boarding at 7:10" compares nothing. A time of day
   * counts from {@link #CLOCK_GAP} minutes on, a day from {@link #DAY_GAP} days on.
   */
  private boolean pointPassed() {
    int thenKind = 0;
    long then = 0;
    boolean thenHalf = false;
    int thenStart = -1;
    int thenEnd = -1;
    int compared = 0;
    for (int k = 0; k < chars.length; k++) {
      char c = chars[k];
      if (c < '0' || c > '9' || k > 0 && letterOrDigit(chars[k - 1]) && !wide(chars[k - 1])) {
        continue; // a point's number opens its word: not "B7", "ua1187"
      }
      int start = k;
      if (!pointAt(k, thenKind)) {
        while (k + 1 < chars.length && chars[k + 1] >= '0' && chars[k + 1] <= '9') {
          k++;
        }
        continue;
      }
      k = Math.max(k, pointEnd - 1);
      boolean present = pointTold(start);
      boolean later = !present && thenStart >= 0 && pointKind == CLOCK && thenKind == CLOCK && laterTold(thenStart, thenEnd, pointEnd);
      if (!present && !later || thenStart < 0 || pointKind != thenKind) {
        if (!present) {
          thenKind = pointKind;
          then = pointValue;
          thenHalf = pointHalfDay;
          thenStart = start;
          thenEnd = pointEnd;
        }
        continue;
      }
      if (start - thenStart > POINT_SPAN || sentencesBetween(thenStart, start) > 2) {
        thenStart = -1;
        continue;
      }
      long gone = pointValue - then;
      if (pointKind == DAY_OF_MONTH) {
        gone = Math.floorMod(gone, 31);
      } else {
        if (gone < 0 && gone > -3 * HOUR) {
          thenStart = -1; // "boarding at 7:10, it's 6:30": still ahead
          continue;
        }
        while (gone < 0) {
          gone += thenHalf && pointHalfDay ? 24 * HOUR : 12 * HOUR; // "at 10:30, it's 1:15": the afternoon
        }
        if (gone > 12 * HOUR && !thenHalf) {
          gone -= 12 * HOUR; // "went out at 6 and it's now 11pm": the evening
        }
      }
      if (++compared > POINTS_COMPARED) {
        return false; // a table of times, not a message
      }
      long least = pointKind == DAY_OF_MONTH ? DAY_GAP : later ? LATER_GAP : CLOCK_GAP;
      long most = pointKind == DAY_OF_MONTH ? 27 : 12 * HOUR;
      if (gone >= least && gone <= most && oursAround(thenStart, pointEnd)) {
        add(Type.BROKEN_PROMISE, thenStart, pointEnd, FAILURE);
        return true;
      }
    }
    return false;
  }

  /** A character of a script whose words are not spaced (Han, kana): a number may follow one inside a word ("もう15時"). */
  private static boolean wide(char c) {
    return c >= 0x3040 && c <= 0x9fff;
  }

  /**
   * Whether a point in time starts at {@code k} (a digit), setting {@link #pointKind}, {@link
   * #pointValue} (minutes of the day, or the day), {@link #pointHalfDay} (an "am"/"pm" told) and
   * {@link #pointEnd}. A bare number up to 31 after the present told is a day when the point before
   * it was one ({@code thenKind}): "hoy es 20".
   */
  private boolean pointAt(int k, int thenKind) {
    int e = digitsEnd(k);
    long first = number(k, e);
    long minute = -1;
    int end = e;
    if (e + 2 < chars.length && chars[e] == ':' && isDigit(chars[e + 1]) && isDigit(chars[e + 2]) && e - k <= 2) {
      minute = number(e + 1, e + 3); // "10:15"
      end = e + 3;
    } else if (e + 1 < chars.length && (chars[e] == '-' || chars[e] == '\u2013') && isDigit(chars[e + 1]) && e - k <= 2) {
      int e2 = digitsEnd(e + 1);
      if (e2 - e - 1 <= 2) {
        first = number(e + 1, e2); // "9-11am": the range's end
        end = e2;
      }
    }
    // What follows the number: a unit glued or after one space ("7:30pm", "13 Uhr", "15時", "3rd").
    int u = end < chars.length && chars[end] == ' ' ? end + 1 : end;
    int ue = u;
    while (ue < chars.length && Character.isLetter(chars[ue]) && !wide(chars[ue])) {
      ue++;
    }
    // A unit is a short word ("pm", "uhr", "horas"); a longer one is read as no unit of ours, with no string made.
    String unit = ue == u ? "" : ue - u <= UNIT_LENGTH ? wordAt(u) : LONG_WORD;
    if (ue < chars.length && chars[ue] == '.' && ue + 1 < chars.length && Character.isLetter(chars[ue + 1]) && ue - u == 1) {
      unit = unit + lowerCase(chars[ue + 1]); // "a.m.", rare: made once
      ue += 2;
      while (ue < chars.length && chars[ue] == '.') {
        ue++;
      }
    }
    boolean half = lookup.half().contains(unit);
    if (end == e && ue - u == 2 && u == e && e - k <= 2 && ordinalEnding(u) && first >= 1 && first <= 31) {
      return point(DAY_OF_MONTH, first, false, ue); // "3rd", "21st"
    }
    if (end < chars.length && wide(chars[end])) {
      // Where words are not spaced, the unit is one character and a particle may follow it.
      wordChars[0] = chars[end];
      String mark = known.word(wordChars, 1);
      char next = end + 1 < chars.length ? chars[end + 1] : ' ';
      wordChars[0] = next;
      boolean particle = wide(next) && lookup.mark().contains(known.word(wordChars, 1));
      if (lookup.clock().contains(mark) && (!wide(next) || particle)) {
        return first <= 24 && point(CLOCK, first * HOUR, false, end + 1); // "15時です", "10時に"
      }
      if (lookup.dom().contains(mark) && (particle || pointTold(k))) {
        return first >= 1 && first <= 31 && point(DAY_OF_MONTH, first, false, end + 1); // "2日に", "今日は20日"
      }
      return false;
    }
    if (half || lookup.clock().contains(unit)) {
      if (first > (half ? 12 : 24) || minute > 59) {
        return false;
      }
      long h = half && unit.startsWith("p") && first < 12 ? first + 12 : half && first == 12 && unit.startsWith("a") ? 0 : first;
      return point(CLOCK, h * HOUR + Math.max(0, minute), half, ue);
    }
    if (!unit.isEmpty() && u == end) {
      return false; // glued to other letters: "48hrs", "2x"
    }
    if (minute >= 0) {
      return first <= 24 && minute <= 59 && point(CLOCK, first * HOUR + minute, false, end);
    }
    if (!unit.isEmpty() && (lookup.minutes().contains(unit) || lookup.hours().contains(unit) || lookup.days().contains(unit)
        || lookup.weeks().contains(unit) || lookup.months().contains(unit))) {
      return false; // a duration: "son 10 horas", "3 days"
    }
    if (lookup.hour().isEmpty() && lookup.dom().isEmpty() && thenKind != DAY_OF_MONTH) {
      return false; // nothing before a bare number makes it a point here ("a las 10" is Spanish): no word read
    }
    int before = previousWordStart(k);
    String b = before < 0 ? "" : wordAt(before);
    if (lookup.hour().contains(b) && first <= 24) {
      return point(CLOCK, first * HOUR, false, end); // "a las 10", "son las 14"
    }
    if ((lookup.dom().contains(b) || thenKind == DAY_OF_MONTH && pointTold(k)) && end == e && first >= 1 && first <= 31) {
      int after = end < chars.length && chars[end] == '.' ? end + 1 : end; // "am 2."
      return point(DAY_OF_MONTH, first, false, after); // "el 3", "le 18", "dia 22", "hoy es 20"
    }
    return false;
  }

  /** Letters at most of a unit after a number ("oclock", "minutos"). */
  private static final int UNIT_LENGTH = 8;
  /** Stands for a word after a number longer than any unit. */
  private static final String LONG_WORD = "\u0000";

  private boolean point(int kind, long value, boolean half, int end) {
    pointKind = kind;
    pointValue = value;
    pointHalfDay = half;
    pointEnd = end;
    return true;
  }

  /**
   * Whether a later time of day, not told as the present, still tells the time gone by since the
   * point that ends at {@code thenEnd}: "still" between them or in the later point's clause ("dropped
   * it off at 9, still here at 1", "salía a las 7 y seguimos en la puerta a las 10", "um 7 … wir
   * sitzen um 10 noch am Gate"), or the earlier point's clause tells what we owe before it, a contact,
   * an order, a promise or a wait ("called at 8am, got through at 11", "ordered at 7, food showed up
   * at 9:15"). "checked in at 6:40, boarding at 7:10" tells neither.
   */
  private boolean laterTold(int thenStart, int thenEnd, int end) {
    int clauseEnd = end;
    while (clauseEnd < chars.length && !clauseEnd(chars[clauseEnd])) {
      clauseEnd++;
    }
    int clauseStart = thenStart;
    while (clauseStart > 0 && !clauseEnd(chars[clauseStart - 1])) {
      clauseStart--;
    }
    // Words starting before the clause and the later point neither end the walk nor answer it.
    for (int i = firstStartingAtOrAfter(Math.min(clauseStart, thenEnd)), n = words.size(); i < n; i++) {
      Match<Cue> o = words.get(i);
      if (o.start() >= clauseEnd) {
        break;
      }
      if (is(o, Part.STILL) && o.start() >= thenEnd
          || o.start() >= clauseStart && o.end() <= thenStart
              && (is(o, Part.CONTACT) || is(o, Part.ORDERED) || is(o, Part.PROMISE) || is(o, Part.WAITING) || is(o, Part.HELD))) {
        return true;
      }
    }
    return false;
  }

  /** Minutes at least between two times of day when the later is not told as the present ({@link #laterTold}): "checked in at 7, boarded at 7:40" is on time. */
  private static final long LATER_GAP = 60;

  /** Whether the two letters at {@code u} are an English ordinal's ending: "st", "nd", "rd", "th". */
  private boolean ordinalEnding(int u) {
    char a = lowerCase(chars[u]);
    char b = lowerCase(chars[u + 1]);
    return a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private int digitsEnd(int k) {
    int e = k;
    while (e < chars.length && isDigit(chars[e])) {
      e++;
    }
    return e;
  }

  /**
   * Whether the point starting at {@code k} is told as the present: a word of set {@code now} before
   * it, at most {@link #NOW_REACH} words of sets {@code present}, {@code hour} or {@code dom} between
   * ("it's 11:30", "its the 30th", "today is the 15th", "son las 14", "il est 15h", "heute ist der
   * 20."), or a {@link Part#NOW} right before it where words are not spaced ("もう15時", "今日は20日").
   */
  private boolean pointTold(int k) {
    for (int n = 0; k > 0 && wide(chars[k - 1]) && n < words.size(); n++) {
      Match<Cue> o = words.get(n);
      if (o.start() >= k) {
        break;
      }
      if (is(o, Part.NOW) && o.end() == k) {
        return true;
      }
    }
    int w = previousWordStart(k);
    for (int n = 0; w >= 0 && n <= NOW_REACH; n++, w = previousWordStart(w)) {
      String word = wordAt(w);
      if (lookup.now().contains(word)) {
        return true;
      }
      if (!lookup.present().contains(word) && !lookup.hour().contains(word) && !lookup.dom().contains(word) && !lookup.date().contains(word)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the sentences from the one holding {@code from} to the one after {@code to} name a thing
   * of ours or hold a contact, an order, a promise, a wait, a thing received, or a thing absent or
   * denied ("it's 2:20pm and no driver", "hoje é dia 22 e nada", "まだ来ません"): the points are
   * about us. A story names none of them ("got to the beach at 10, it's 4pm lol").
   */
  private boolean oursAround(int from, int to) {
    int s = sentenceStart(from);
    from = s < 0 ? from : s;
    int ends = 0;
    while (to < chars.length && ends < 2) {
      ends += sentenceEnd(chars[to]) && !sentenceEnd(chars[to - 1]) ? 1 : 0;
      to++;
    }
    for (Match<Cue> o : words) {
      if (o.start() >= to) {
        break;
      }
      if (o.start() >= from && (negator(o) || is(o, Part.CONTACT) || is(o, Part.ORDERED) || is(o, Part.PROMISE) || is(o, Part.WAITING)
          || is(o, Part.HELD) || is(o, Part.RECEIVED) || is(o, Part.ABSENT) || is(o, Part.NEG_END))) {
        return true;
      }
    }
    for (int w = nextWordAnywhere(from); w >= 0 && w < to; w = nextWordAnywhere(Math.max(wordEnd(w), w + 1))) {
      if (ours.contains(wordAt(w))) {
        return true;
      }
    }
    return false;
  }

  private static int monthOf(Match<Cue> m) {
    return count(m);
  }

  /**
   * Whether the month {@code m} is told as the present: a word of set {@code now} ("its", "ya", "on",
   * "jetzt", "já") before it, at most {@link #NOW_REACH} words of set {@code present} between ("it's
   * june", "ya es junio", "on est en juin"), or "now" after it ("its may now"), or a {@link Part#NOW}
   * right before it where words are not spaced ("もう6月").
   */
  private boolean toldAsPresent(Match<Cue> m) {
    for (Match<Cue> o : words) {
      if (o.start() > m.start()) {
        break;
      }
      if (is(o, Part.NOW) && o.end() == m.start()) {
        return true;
      }
    }
    int w = previousWordStart(m.start());
    for (int n = 0; w >= 0 && n <= NOW_REACH; n++, w = previousWordStart(w)) {
      String word = wordAt(w);
      if (lookup.now().contains(word)) {
        return true;
      }
      if (!lookup.present().contains(word)) {
        break;
      }
    }
    int after = nextWordStart(m.end());
    return after >= 0 && lookup.now().contains(wordAt(after)) && !wordAfter(wordEnd(after));
  }

  /** Whether the sentence of {@code m} names a thing of ours (set ours) or holds a contact, an order or a promise. */
  private boolean oursInSentence(Match<Cue> m) {
    for (Match<Cue> o : words) {
      if ((is(o, Part.CONTACT) || is(o, Part.ORDERED) || is(o, Part.PROMISE)) && sameSentence(o, m)) {
        return true;
      }
    }
    int s = sentenceStart(m.start());
    for (int w = s < 0 ? m.start() : s; w >= 0; w = nextWordInSentence(Math.max(wordEnd(w), w + 1))) {
      if (ours.contains(wordAt(w))) {
        return true;
      }
    }
    return false;
  }

  // ----- evaluations: "this is so good", "what a mess", "vile.", "best flight ever" -----

  /** How much a word of degree before the evaluation ("so", "really", "such a") raises it. */
  private static final double DEGREE = 1.3;
  /** Words after a superlative within which "ever" makes it praise: "best customer service I've ever had". */
  private static final int EVER_REACH = 4;

  /**
   * An evaluative word counts only in a frame that gives it the speaker's stance, so a word list
   * of adjectives does not fire on every mention ("a brave new feature", "rude awakening", "is it
   * good?"): after a copula ("this is so good", "he's a legend", "these are hideous", "looks
   * gorgeous"), opening its clause after a word of degree or an exclamation ("so brave", "such a
   * gem", "what a mess", "how lovely"), or as a clause of its own with at most one word after it
   * ("Gorgeous photo!", "Vile.", "Legend"). A word of blame also counts before its noun after a
   * word that points at the thing ({@code point}: "this stupid app", "your dumb policy", "those
   * creepy videos"). A negator before a word of blame cancels it ("isn't so bad", "never rude");
   * before praise in its frame it denies it, a hope let down ("it's not very good", "she wasn't
   * pretty", "not the best"; not "not only good"). A question asks rather than praises ("is this
   * good?"), though blame in a question stays blame ("why are you so rude?"). A superlative of
   * praise also counts before "ever" ("best flight ever", "best thing I've seen").
   */
  private void evaluation(int i) {
    Match<Cue> m = words.get(i);
    boolean good = is(m, Part.GOOD) || is(m, Part.BEST);
    boolean denied = false;
    for (int k = i - 1; k >= 0; k--) {
      Match<Cue> n = words.get(k);
      if (n.lastToken() >= m.firstToken()) {
        continue;
      }
      if (is(n, Part.BE) && k > 0 && negatesVerb(words.get(k - 1), n)) {
        continue; // the copula itself denied leaves the negation in reach: "didn't seem too bad", "won't be as bad"
      }
      if (negator(n) && gap(n, m) <= 3 && sameClause(n, m)) {
        String after = wordAt(n.end());
        if (!good || after.equals("only") || after.equals("just") || after.equals("to")) {
          return; // "isn't so bad", "never rude", "not only good", "not to be rude"
        }
        denied = true; // "not very good", "wasn't pretty": weighed below, once its frame is found
      }
      break;
    }
    if (good && endsInQuestion(m.end())) {
      return;
    }
    String next = wordAt(m.end());
    if (next.equals("of") || lookup.degree().contains(wordAt(m.start())) && evaluationNext(i)) {
      return; // "kind of slow", "pretty bad": a degree, not praise
    }
    int at = m.start();
    int degrees = 0;
    String before = "";
    for (int skipped = 0; skipped < 5; skipped++) {
      int s = previousWordStart(at);
      if (s < 0) {
        break;
      }
      String w = wordAt(s);
      if (lookup.degree().contains(w)) {
        degrees++;
      } else if (denied && (w.equals("not") || w.equals("never")) || lookup.between().contains(w)) {
        // "is not very good": the frame lies before the negator; "it's still embarrassing",
        // "you're being creepy", "it's a bit weird": words that leave the frame as it was
      } else if (!w.equals("a") && !w.equals("an") && !w.equals("the")) {
        before = opensClauseAt(s) && (w.equals("what") || w.equals("how")) || denied && lookup.auxneg().contains(w) ? "!" : w;
        if (lookup.object().contains(w)) {
          // A verb of judgement and its object: "I find it creepy", "found them so rude".
          int v = previousWordStart(s);
          before = v >= 0 && lookup.stance().contains(wordAt(v)) ? "!" : w;
        }
        break;
      }
      at = s;
    }
    if (lookup.degree().contains(wordAt(m.start())) && degrees == 0 && !clauseEndsWithin(m.end(), 0)) {
      return; // "pretty sure", "pretty much": a degree; "she's so pretty", "Pretty!" praise
    }
    boolean framed;
    if (before.isEmpty()) {
      // Opening its clause: after a degree ("so brave", "such a gem"), or a clause of its own
      // ("Lovely!", and blame with its noun: "Terrible service."; not "Good morning").
      // A superlative alone is a sign-off ("Best, Tom") unless "ever" follows.
      // Before "how" or "that" it judges what follows ("weird how they…", "great that you came").
      framed = degrees > 0 || !is(m, Part.BEST) && clauseEndsWithin(m.end(), good && !denied ? 0 : 1) || denied && is(m, Part.BEST)
          || !is(m, Part.BEST) && !is(m, Part.WORST) && (next.equals("how") || next.equals("that")) && !questionWithin(m.end());
    } else {
      // A comparison of equals judges too: "never seen one as dumb as this".
      framed = before.equals("!") || lookup.copula().contains(before) || before.equals("as") && next.equals("as")
          || !good && !is(m, Part.WORST) && !is(m, Part.BAD_NOUN) && lookup.point().contains(before) && wordAfter(m.end()) && !lookup.copula().contains(next);
    }
    if (!framed && !denied && (is(m, Part.BEST) || is(m, Part.WORST))) {
      framed = everAfter(m.end());
    }
    if (!framed) {
      return;
    }
    double w = m.payload().weight() * (degrees > 0 ? DEGREE : 1);
    Type type =
        denied ? Type.LET_DOWN
            : good ? Type.PRAISE
            : is(m, Part.SCARY) ? Type.FRIGHT
            : is(m, Part.VILE) || is(m, Part.WORST) ? Type.DISGUST
            : Type.JUDGEMENT;
    add(type, m.start(), m.end(), Math.min(1, w));
  }

  /** Whether {@code neg} is an auxiliary's or "not"'s negation right before the verb {@code verb} ("didn't seem"; not "No, that's…"). */
  private boolean negatesVerb(Match<Cue> neg, Match<Cue> verb) {
    if (!negator(neg) || gap(neg, verb) != 0 || !sameClause(neg, verb)) {
      return false;
    }
    String w = wordAt(neg.start());
    return w.equals("not") || lookup.auxneg().contains(w);
  }

  /** Whether the next class word, right after the one at {@code i}, is an evaluation. */
  private boolean evaluationNext(int i) {
    Match<Cue> m = words.get(i);
    for (int k = i + 1; k < words.size(); k++) {
      Match<Cue> n = words.get(k);
      if (n.firstToken() <= m.lastToken()) {
        continue;
      }
      return gap(m, n) == 0
          && (is(n, Part.GOOD) || is(n, Part.BAD) || is(n, Part.BAD_NOUN) || is(n, Part.VILE) || is(n, Part.BEST) || is(n, Part.WORST) || is(n, Part.SCARY));
    }
    return false;
  }

  /** Whether the sentence holding {@code from} ends with a question mark. */
  private boolean endsInQuestion(int from) {
    for (int k = from; k < text.length(); k++) {
      char c = chars[k];
      if (c == '?' || c == '？') {
        return true;
      }
      if (sentenceEnd(c)) {
        return false;
      }
    }
    return false;
  }

  /** Whether the clause after {@code end} holds at most {@code most} words. */
  private boolean clauseEndsWithin(int end, int most) {
    int at = end;
    for (int n = 0; n <= most; n++) {
      int s = nextWordStart(at);
      if (s < 0) {
        return true;
      }
      at = wordEnd(s);
      if (at == s) {
        at = s + 1; // a digit or letter that is not a word character here: step on
      }
    }
    return false;
  }

  /** Whether one of the {@code ever} words ("ever", "ive", "of all time") follows within reach in the clause. */
  private boolean everAfter(int end) {
    return wordWithin(end, lookup.ever(), EVER_REACH);
  }

  /** The start of the word before {@code at} in the same clause, or -1 at the clause's start. */
  private int previousWordStart(int at) {
    return previousWord(at, false);
  }

  /** Whether no word comes before offset {@code s} in its clause. */
  private boolean opensClauseAt(int s) {
    return previousWordStart(s) < 0;
  }

  // ----- an order mismatched: "ordered a large, got a small", "sent me a red one instead" -----

  /** Tokens between what was ordered and what came: "I ordered the blue jacket last week but received a green one". */
  private static final int MISMATCH_REACH = 14;

  /**
   * What came ({@code words[i]}, "got", "received") set against what was chosen: "instead" after
   * it in its sentence ("sent me a small instead"), or an order before it, in its sentence or the
   * one before, whose object differs from what came ("ordered a large, got a small", "paid for 3,
   * received 2"). Not when what came is a pronoun ("ordered a pizza and got it in 20 minutes"), the
   * same thing ("ordered a pizza, got a pizza") or a notice about the order ("got an email").
   */
  private boolean mismatch(int i) {
    Match<Cue> r = words.get(i);
    for (int k = i + 1; k < words.size(); k++) {
      Match<Cue> m = words.get(k);
      if (!sameSentence(r, m) || gap(r, m) > MISMATCH_REACH) {
        break;
      }
      if (is(m, Part.INSTEAD)) {
        add(Type.FAILURE, r.start(), m.end(), FAILURE);
        return true;
      }
    }
    int cameAt = objectHead(r.end());
    if (cameAt < 0) {
      return false;
    }
    String came = wordAt(cameAt);
    for (int k = i - 1; k >= 0; k--) {
      Match<Cue> o = words.get(k);
      if (gap(o, r) > MISMATCH_REACH) {
        return false;
      }
      if (is(o, Part.ORDERED)) {
        int chosenAt = objectHead(o.end());
        if (chosenAt < 0 || wordAt(chosenAt).equals(came) && !numberedApart(chosenAt, cameAt)) {
          return false;
        }
        add(Type.FAILURE, o.start(), wordEnd(cameAt), FAILURE);
        return true;
      }
    }
    return false;
  }

  /**
   * The first word of what a verb ending at {@code end} takes, past "me", "us" and determiners
   * ("got me a small" → "small", "received 2" → "2"), as its start; -1 when it is a pronoun or a
   * notice ("got it", "got an email", {@code notice} in {@code clause-words_<locale>.tsv}), or when
   * the clause ends first.
   */
  /**
   * Whether two heads of one word are told apart by the numbers right after them: "ordered a size 12
   * got a size 6", "booked room 214, got room 108"; not "ordered a pizza and got a pizza".
   */
  private boolean numberedApart(int chosenAt, int cameAt) {
    int a = nextWordStart(wordEnd(chosenAt));
    int b = nextWordStart(wordEnd(cameAt));
    return a >= 0 && b >= 0 && a < cameAt && Character.isDigit(chars[a]) && Character.isDigit(chars[b])
        && !clauseEndsBetween(wordEnd(chosenAt), a) && !clauseEndsBetween(wordEnd(cameAt), b) && !wordAt(a).equals(wordAt(b));
  }

  private int objectHead(int end) {
    int at = end;
    for (int n = 0; n < 4; n++) {
      int s = nextWordStart(at);
      if (s < 0) {
        return -1;
      }
      String w = wordAt(s);
      if (lookup.notice().contains(w) || lookup.object().contains(w) && !lookup.det().contains(w)) {
        return -1; // "got it", "got an email", "got to wait", "sent you"
      }
      if (!lookup.det().contains(w)) {
        return s;
      }
      at = wordEnd(s);
    }
    return -1;
  }

  // ----- helpers -----

  private void add(Type type, int start, int end, double weight) {
    found.add(new Finding(type, start, end, weight));
  }

  /** Words strictly between two matches. */
  private static int gap(Match<Cue> a, Match<Cue> b) {
    return b.firstToken() - a.lastToken() - 1;
  }

  /** Whether the match after index {@code i}, within {@code reach} words, is one of {@code parts}. */
  private boolean followedBy(int i, int reach, Part... parts) {
    Match<Cue> f = words.get(i);
    for (int k = i + 1; k < words.size(); k++) {
      Match<Cue> m = words.get(k);
      if (m.firstToken() <= f.lastToken()) {
        continue;
      }
      if (gap(f, m) > reach || !sameClause(f, m)) {
        return false;
      }
      for (Part p : parts) {
        if (is(m, p)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The start of the next word at or after {@code from} in the same clause, or -1. */
  private int nextWordStart(int from) {
    for (int k = from; k < text.length(); k++) {
      char c = chars[k];
      if (clauseEnd(c)) {
        return -1;
      }
      if (letterOrDigit(c)) {
        return k;
      }
    }
    return -1;
  }

  /** An apostrophe, or the pad a decoded entity leaves inside its word ("don&#39;t"): part of the word, dropped from it. */
  private static boolean apostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == MessageBody.PAD;
  }

  /** Where the word starting at {@code at} ends (letters, digits and apostrophes). */
  private int wordEnd(int at) {
    int e = at;
    while (e < text.length() && (letterOrDigit(chars[e]) || apostrophe(chars[e]))) {
      e++;
    }
    return e;
  }

  /** The word at {@code at} (or the next one in its clause), lower case, apostrophes dropped; "" when none. */
  private String wordAt(int at) {
    int s = nextWordStart(at);
    if (s < 0) {
      return "";
    }
    int slot = s & (WORDS_KEPT - 1);
    if (wordStarts[slot] == s + 1) {
      return wordsKept[slot];
    }
    char[] w = wordChars;
    int n = 0;
    for (int k = s, e = wordEnd(s); k < e && n < w.length; k++) {
      char c = chars[k];
      if (!apostrophe(c)) {
        w[n++] = lowerCase(c);
      }
    }
    String word = known.word(w, n);
    wordStarts[slot] = s + 1;
    wordsKept[slot] = word;
    return word;
  }

  /**
   * {@link Character#toLowerCase(char)}, ASCII by comparison: its table lookup was 4% of a 1 KB
   * analyze, in {@link #wordAt}.
   */
  static char lowerCase(char c) {
    return c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
  }

  /**
   * The words {@link #wordAt} made lately, by where they start (plus one; 0 is none): the
   * questions about a cue walk back over the same few words for every cue of a clause.
   */
  private static final int WORDS_KEPT = 32;
  private final int[] wordStarts = new int[WORDS_KEPT];
  private final String[] wordsKept = new String[WORDS_KEPT];
  /** At most 24 characters of a word are read. */
  private final char[] wordChars = new char[24];

  /** Whether a word (a letter or a digit) follows {@code end} in the same clause. */
  private boolean wordAfter(int end) {
    for (int k = end; k < text.length(); k++) {
      char c = chars[k];
      if (clauseEnd(c)) {
        return false;
      }
      if (letterOrDigit(c)) {
        return true;
      }
    }
    return false;
  }

  /** Whether no word comes before {@code m} in its clause. */
  private boolean opensClause(Match<Cue> m) {
    for (int k = m.start() - 1; k >= 0; k--) {
      char c = chars[k];
      if (clauseEnd(c)) {
        return true;
      }
      if (letterOrDigit(c)) {
        return false;
      }
    }
    return true;
  }

  private boolean sameClause(Match<Cue> a, Match<Cue> b) {
    for (int k = a.end(); k < b.start(); k++) {
      if (clauseEnd(chars[k])) {
        return false;
      }
    }
    return true;
  }

  private boolean sameSentence(Match<Cue> a, Match<Cue> b) {
    for (int k = a.end(); k < b.start(); k++) {
      if (sentenceEnd(chars[k])) {
        return false;
      }
    }
    return true;
  }
}
