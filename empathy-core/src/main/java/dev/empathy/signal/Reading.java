package dev.empathy.signal;

import com.google.common.collect.ImmutableList;
import dev.empathy.Emotion;
import dev.empathy.signal.Cue.Kind;
import dev.empathy.text.Graphemes;
import dev.empathy.text.PhraseMatcher;
import dev.empathy.text.PhraseMatcher.Match;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The reading of one message: lexicon matches and typography combined into emotions, escalation
 * signals and a suggestion. Single-use and single-threaded; {@link Analyzer} makes one per call.
 *
 * <p>How the evidence combines:
 *
 * <ul>
 *   <li>Each cue adds its weight to a feeling or a signal; weights combine as independent
 *       evidence (noisy-or: 1 - Π(1 - w)), so two mild cues make a stronger finding than one.
 *   <li>Only the customer's own words are read ({@link MessageBody}): quoted history, signatures,
 *       markup and addresses are blanked in views of the same length, so offsets stay the same.
 *   <li>A negator ("not", "don't") within three words before a word cue, in the same clause,
 *       cancels it (a face is never negated: "no charger 🙁"); negated praise ("not happy", "not
 *       impressed") becomes disappointment.
 *   <li>An intensifier or downtoner within two words before a cue scales it.
 *   <li>Thanks and praise followed by a contrast ("thanks, but …") that leads into a complaint do
 *       not count as gratitude; in a sarcastic message (a sarcastic phrase or emoji, or praise
 *       outweighed by complaint) they count as anger.
 *   <li>Descriptions of something going wrong ("charged twice", "still waiting") suggest
 *       frustration, less so in a polite request.
 *   <li>Capitals, {@code !!!}, {@code ?!}, stretched words and swearing raise every negative
 *       feeling found; on their own they suggest frustration. Shouting a complaint adds anger.
 *   <li>Threats (churn, legal, public) are denied by a negator right before them ("won't
 *       cancel"); longer denials are lexicon phrases of kind {@code ignore}. Deadlines, repeats,
 *       abuse and vulnerability are never negated ("don't cut off my supply" is a plea).
 *   <li>Signals colour the feeling: a threat (without a polite request) turns frustration into
 *       anger; vulnerability turns haste into anxiety. Thanks drop deadlines and repeats (they tell
 *       of help already given), and thanks closing a question are politeness.
 *   <li>An @handle is an address, never an act of exposure: a complaint posted at a brand's handle
 *       raises public exposure only when it says so ("everyone should know", "I'll post this on…").
 *   <li>The level is the strongest signal's; two strong kinds make it critical; vulnerability
 *       with any other clear signal raises it one step; weak or {@code if-upset} signals count
 *       only when the customer is upset, and a calm request to cancel is a low churn signal; rage,
 *       grief told in words (not a crying face alone), fear, anger at us (tied to a failure, a
 *       wait, a repeat or an @handle), a wait of hours or more and demands for a person make it at
 *       least medium.
 * </ul>
 */
final class Reading {
  private static final Set<Emotion> NEGATIVE =
      EnumSet.of(Emotion.ANGRY, Emotion.FRUSTRATED, Emotion.ANXIOUS, Emotion.DISAPPOINTED, Emotion.SAD, Emotion.PRESSED_FOR_TIME);
  /** Tie-break order when two feelings score the same: the one that needs the most care first. */
  private static final List<Emotion> PRIORITY =
      List.of(
          Emotion.SAD, Emotion.ANXIOUS, Emotion.ANGRY, Emotion.PRESSED_FOR_TIME, Emotion.FRUSTRATED,
          Emotion.DISAPPOINTED, Emotion.CONFUSED, Emotion.GRATEFUL, Emotion.NEUTRAL);
  private static final Set<SignalKind> NEGATABLE =
      EnumSet.of(SignalKind.CHURN_THREAT, SignalKind.LEGAL_THREAT, SignalKind.PUBLIC_EXPOSURE);
  private static final int NEGATION_REACH = 3;
  private static final int SIGNAL_NEGATION_REACH = 1;
  private static final int MODIFIER_REACH = 2;
  private static final double PRIMARY_THRESHOLD = 0.25;
  private static final double TYPOGRAPHY_BOOST = 0.15;
  private static final double PROBLEM_CAP = 0.5;
  /**
   * A failure told in a polite request ("can you help, my bag didn't arrive") weighs this much of
   * itself: one failure asked about calmly stays below a complaint.
   */
  private static final double CALM_PROBLEM = 0.5;
  private static final double MIN_FINDING = 0.2;
  private static final double CAPS_EMPHASIS = 1.4;
  private static final double SHOUTING_ANGER = 0.3;
  private static final double ANGER_NEEDS_CARE = 0.75;
  /** Anger this strong at us, beside a failure told to us, needs care (see {@link #failureToUs}). */
  private static final double ANGER_AT_US = 0.4;
  /** A negative feeling this strong raises the level to medium without an explicit signal. */
  private static final double STRONG_FEELING = 0.55;
  /** ... or this strong on one piece of evidence ("really disappointed", "furious"). */
  private static final double STRONG_FEELING_ALONE = 0.75;
  /** Failures this many and this plain (two told outright) raise it to medium. */
  private static final double COMPOUNDED = 0.69;
  /** Anger this strong raises it to high. */
  private static final double RAGE = 0.9;
  /** Fear this strong (fraud, a hacked account, money sent astray) needs care too. */
  private static final double FEAR_NEEDS_CARE = 0.9;
  private static final double PRAISE_LET_DOWN = 0.6;
  /** How much of its gratitude thanks keeps beside a threat made: a parting word, not thanks. */
  private static final double PARTING_THANKS = 0.5;
  /** The least a negated praise word counts as disappointment: enough to be read. */
  private static final double NEGATED_PRAISE = 0.35;
  /** Praise beside a complaint this strong (one failure told) is irony: "great, another cancelled booking". */
  private static final double IRONY_COMPLAINT = 0.45;
  /** ... or praise before a failure told after it, however mildly ("awesome service, 5 hours on the tarmac"). */
  private static final double IRONY_FAILURE = 0.35;
  /** A laugh: enough on its own for a light, grateful reading ("lol thanks", "hahaha 😂"). */
  private static final double LAUGH = 0.35;
  /** A complaint this strong makes a laugh wry. */
  private static final double LAUGH_OUTWEIGHED = 0.3;
  /** How many laughs are quoted as evidence of a light moment. */
  private static final int MAX_LAUGHS_QUOTED = 8;
  /** Praise taken back at the end ("great service... not"): a plain complaint at least. */
  private static final double DENIED_PRAISE = 0.45;
  /** A threat to leave, sue or go public, made without a request: said in anger. */
  private static final double BARE_THREAT_ANGER = 0.45;
  /** A calm request to cancel: the churn kind is kept, at the weight of a low signal. */
  private static final double CALM_CHURN = 0.3;
  /** A swear word this strong ("fuck", not "damn") is anger when no other feeling is named. */
  private static final double STRONG_SWEARING = 0.45;
  /** Swearing also raises the cue right after it: "fucking useless". */
  private static final Cue PROFANITY_AS_MODIFIER = new Cue(Kind.INTENSIFIER, null, null, 1.4, 0, false, false, false, false, false, false, List.of(), null, false);

  private final String text;
  /** The customer's own words: quoted history, markup and addresses blanked (see MessageBody). */
  private final MessageBody body;
  private final Lexicon lexicon;
  private final ThreatGate threats;
  private final OwnSituation situation;
  private final SeparableVerbs separable;
  /** Every feeling, in the order of {@link #emotions}' keys. */
  private static final Emotion[] EMOTIONS = Emotion.values();
  private static final SignalKind[] SIGNAL_KINDS = SignalKind.values();
  // Walked a dozen times a message: an OrdinalMap hands out the same entries on every walk.
  private final Map<Emotion, Tally> emotions = new OrdinalMap<>(EMOTIONS);
  private final Map<SignalKind, Tally> signals = new OrdinalMap<>(SIGNAL_KINDS);
  private final List<Positive> positives = new ArrayList<>();
  private final List<Match<Cue>> contrasts = new ArrayList<>();
  private final List<Match<Cue>> acts = new ArrayList<>();
  private final List<Match<Cue>> targets = new ArrayList<>();
  private final ProblemTally problems = new ProblemTally();
  /**
   * Praise turned to irony, read as frustration ("awesome job losing my bag"): it names the
   * feeling, but is not a second reason for care (see {@link #strongBeyondIrony}).
   */
  private final Tally turnedPraise = new Tally();
  /** Problems only hinted at by one word ("waited", "waiting"): a clause that says more is still read. */
  private List<Evidence> hints = List.of();
  /** {@link #hints} as a set once they are many (a long message's lookups walked the list: see {@link #isHint}). */
  private EvidenceSet hintSet;
  private static final double HINT = 0.3;
  private final List<Evidence> handoff = new ArrayList<>();
  private final Map<SignalFeeling, SignalFeeling.Best> signalFeelings = new LinkedHashMap<>();
  /** Feelings of threats that count only from an upset customer, applied beside a grievance ({@link #threatsNeedAGrievance}). */
  private final Map<SignalFeeling, SignalFeeling.Best> upsetFeelings = new LinkedHashMap<>(2);
  private boolean sarcastic;
  /** A demand for a person ("a manager", "a real human"), not just a call back. */
  private boolean asksForPerson;
  private int requests;
  private int lastNegativeStart = -1;
  /** What the clause reader found: a failure told, a wait, a repeat (see {@link #readClauses}). */
  private boolean clauseFailure;
  private boolean clauseWait;
  private boolean clauseRepeat;
  /** A failure told with a count of two or more in its clause: "charged me twice", "zweimal abgebucht" (see {@link #recurredFailure}). */
  private boolean recurred;
  /** Whether "still" or "again" is part of a failure told ("todavía nada", "still nothing", "down again"). */
  private boolean failureGoesOn;
  /** Failures done to the customer by an agent whose act a longer lexicon row hid (see {@link #actOfYoursHidden}). */
  private final List<Evidence> hiddenActs = new ArrayList<>(2);
  /** A wait of hours or more told ({@link ClauseReader#LONG_WAIT}): "waiting 3 weeks for my refund"; the first one's span. */
  private Evidence longWait;
  /** Whether a long wait was told on hold or in a service's queue ({@link ClauseReader#held}): a wait of ours, whoever is named. */
  private boolean heldWait;
  /** A failure told in capitals or with a run of marks (see {@link #applyTypography}). */
  private boolean loudFailure;
  private boolean blamed;
  /** How many laughs the message holds (read once, in {@link #readLaughter}). */
  private int laughCount;

  /** Accumulated evidence for one finding. */
  static class Tally {
    double score;
    double max;
    /** Whether a cue that counts whatever the mood was added (see {@code Cue.ifUpset}). */
    boolean unconditional;
    final List<Evidence> evidence = new ArrayList<>(4);

    void add(double weight, Evidence e) {
      double w = Math.max(0, Math.min(1, weight));
      score = 1 - (1 - score) * (1 - w);
      max = Math.max(max, w);
      if (e != null) {
        evidence.add(e);
      }
    }
  }

  /**
   * The problems' tally, with their spans also in one array as they are added: each clause finding
   * of a long message asks whether it overlaps a problem ({@link #overlapsProblem}, {@link
   * #overlapsFirmProblem}), and walking the evidence records for that was 4% of analyze 100 KB.
   * Evidence is added only through {@link #add} and removed only by {@link #clear}; should the list
   * be changed otherwise, {@link #overlapping} sees the counts differ and walks the list.
   */
  static final class ProblemTally extends Tally {
    /** start, end of each evidence added, in the order of {@link #evidence}. */
    private int[] spans = new int[8];
    private int count;

    @Override
    void add(double weight, Evidence e) {
      super.add(weight, e);
      if (e != null) {
        if (2 * count + 2 > spans.length) {
          spans = java.util.Arrays.copyOf(spans, 2 * spans.length);
        }
        spans[2 * count] = e.start();
        spans[2 * count + 1] = e.end();
        count++;
      }
    }

    /** Drops the evidence (the score and maximum are the caller's). */
    void clear() {
      evidence.clear();
      count = 0;
    }

    /**
     * The index in {@link #evidence} of the first problem at or after {@code from} that overlaps
     * {@code [start, end)}, or -1.
     */
    int overlapping(int start, int end, int from) {
      List<Evidence> list = evidence;
      if (count != list.size()) {
        for (int i = from, n = list.size(); i < n; i++) {
          Evidence p = list.get(i);
          if (p.start() < end && start < p.end()) {
            return i;
          }
        }
        return -1;
      }
      int[] s = spans;
      for (int i = from; i < count; i++) {
        if (s[2 * i] < end && start < s[2 * i + 1]) {
          return i;
        }
      }
      return -1;
    }
  }

  /** The feeling a kind of signal implies; see {@link #signalFeelings}. */
  private record SignalFeeling(SignalKind kind, Emotion emotion) {
    // Written out: a record's generated equals and hashCode bootstrap method handles on first use
    // (about 40 classes spun on a one-line run). Same values as the generated ones.
    @Override
    public boolean equals(Object o) {
      return o instanceof SignalFeeling f && f.kind == kind && f.emotion == emotion;
    }

    @Override
    public int hashCode() {
      return 31 * java.util.Objects.hashCode(kind) + java.util.Objects.hashCode(emotion);
    }

    static final class Best {
      double weight;
      Evidence evidence;
    }
  }

  private record Positive(Evidence evidence, double weight, boolean praise, boolean strong) {}

  /** A swear word, read as anger unless the message is otherwise only praise. */
  private record Swear(double weight, Evidence evidence) {}

  private final List<Swear> swearing = new ArrayList<>(2);
  /** Frames of praise that irony can turn ("love how…", "that's great"): see {@link #resolveFrames}. */
  private final List<Positive> frames = new ArrayList<>(1);
  /** The first denials read ("not", "never"), of actions too: see {@link #deniedAfterContrast}. */
  private final List<Match<Cue>> denials = new ArrayList<>(2);

  Reading(String text, Lexicon lexicon) {
    this.text = text;
    this.body = MessageBody.of(text);
    this.lexicon = lexicon;
    this.threats = ThreatGate.of(lexicon.tag());
    this.situation = OwnSituation.of(lexicon.tag());
    this.separable = SeparableVerbs.of(lexicon.locale());
  }

  Signals read() {
    // The lexicon's matches as numbers in the thread's arrays: a Match is made only for what a
    // layer keeps ({@link #longest} drops about a quarter of them).
    String seen = body.words();
    FoundMatches all = FoundMatches.take();
    List<Match<Cue>> words;
    List<Match<Cue>> signalMatches;
    List<Match<Cue>> clauseWords;
    try {
      lexicon.matcher().findEach(seen, all);
      int n = all.size;
      int clauseCount = 0;
      for (int i = 0; i < n; i++) {
        clauseCount += all.cues[i].is(Kind.CLAUSE) ? 1 : 0;
      }
      clauseWords = new ArrayList<>(clauseCount);
      int[] wordLayer = all.wordLayer(n);
      int[] signalLayer = all.signalLayer(n);
      int inWords = 0;
      int inSignals = 0;
      for (int i = 0; i < n; i++) {
        Cue c = all.cues[i];
        if (!c.nextEndsRight(seen, all.ends[i])) {
          continue; // "keeps" with next-ends=ing: "keeps crashing", not "keep me posted"
        }
        if (c.is(Kind.CLAUSE)) {
          clauseWords.add(all.match(seen, i)); // the clause reader's word classes: structure, read apart (ClauseReader)
        } else if (c.is(Kind.IGNORE)) {
          wordLayer[inWords++] = i;
          signalLayer[inSignals++] = i;
        } else if (c.is(Kind.SIGNAL) || c.is(Kind.TARGET)) {
          // Targets are read beside signals, so "you" never hides a feeling ("you people") or a
          // modifier ("such") in the word layer.
          signalLayer[inSignals++] = i;
        } else {
          wordLayer[inWords++] = i;
        }
      }
      words = longest(all, wordLayer, inWords, seen);
      signalMatches = longest(all, signalLayer, inSignals, seen);
    } finally {
      FoundMatches.giveBack(all);
    }
    for (Match<Cue> m : signalMatches) {
      if (m.payload().is(Kind.TARGET)) {
        targets.add(m);
      }
    }
    if (!targets.isEmpty()) {
      signalMatches.removeIf(m -> m.payload().is(Kind.TARGET));
    }
    Typography typo = Typography.scan(body.typed(), typedChars(), lexicon.emoticons(), lexicon.emoticonStarts());

    List<Match<Cue>> negators = new ArrayList<>();
    List<Match<Cue>> modifiers = new ArrayList<>();
    Match<Cue> lastModifier = null;
    Match<Cue> lastActionNegator = null;
    List<Match<Cue>> actions = new ArrayList<>();
    for (int wi = 0; wi < words.size(); wi++) {
      Match<Cue> m = words.get(wi);
      Cue c = m.payload();
      switch (c.kind()) {
        case NEGATOR:
          if (denials.size() < MAX_FRAMES * 2) {
            denials.add(m);
          }
          lastActionNegator = m;
          if (!c.actionsOnly()) {
            negators.add(m);
          }
          continue;
        case ACT:
          acts.add(m);
          continue;
        case ACTION:
          // "doesn't load", "never got my voucher", "nobody answers": a negated action is a failure.
          Match<Cue> denial = inScope(lastActionNegator, m, NEGATION_REACH) ? lastActionNegator : subjectDenied(lastActionNegator, clauseWords, m);
          if (denial != null && !supposed(span(denial.start(), m.end()))) {
            Evidence e = span(denial.start(), m.end());
            problems.add(c.weight() * (inScope(lastModifier, m, MODIFIER_REACH) ? lastModifier.payload().weight() : 1), e);
            lastNegativeStart = Math.max(lastNegativeStart, e.start());
          } else {
            actions.add(m); // German and French put the negator after: "lädt nicht", "ne charge pas"
          }
          continue;
        case INTENSIFIER:
        case DOWNTONER:
          lastModifier = m;
          modifiers.add(m);
          continue;
        case CONTRAST:
          // A contrast turns what was said before it: opening the message it turns nothing ("yet
          // another dropped call. cool cool cool", "@united but why is my bag in Denver").
          if (hasLetterBefore(m.start())) {
            contrasts.add(m);
          }
          continue;
        case REQUEST:
          if (inScope(lastActionNegator, m, 1)) {
            // "support won't help", "they didn't help": help refused is a failure told, not help asked for.
            Evidence e = span(lastActionNegator.start(), m.end());
            problems.add(ClauseReader.FAILURE, e);
            lastNegativeStart = Math.max(lastNegativeStart, e.start());
            continue;
          }
          if (requests < MAX_REQUESTS_READ) {
            requestStarts[requests] = m.start();
          }
          requests++;
          continue;
        default:
          break;
      }
      // A face is not negated: "no charger 🙁" is disappointment, not its absence.
      boolean negated = hasLetter(m) && inScope(negators.isEmpty() ? null : negators.get(negators.size() - 1), m, NEGATION_REACH);
      double factor = inScope(lastModifier, m, MODIFIER_REACH) ? lastModifier.payload().weight() : 1;
      factor *= emphasis(m);
      if (c.is(Kind.PROFANITY) && praiseFollows(words, wi)) {
        // "so damn good", "fucking awesome": swearing that raises praise is no anger.
        lastModifier = new Match<>(m.start(), m.end(), m.text(), PROFANITY_AS_MODIFIER, m.firstToken(), m.lastToken());
        modifiers.add(lastModifier);
        continue;
      }
      Evidence said = evidence(m);
      if (c.is(Kind.EMOTION) && !negated && NEGATIVE.contains(c.emotion()) && heldForItsObject(m, c, factor, said)) {
        continue;
      }
      word(m, c, said, negated, factor);
      if (c.is(Kind.PROFANITY)) {
        lastModifier = new Match<>(m.start(), m.end(), m.text(), PROFANITY_AS_MODIFIER, m.firstToken(), m.lastToken());
        modifiers.add(lastModifier);
      }
    }
    negatedAfter(actions, words);
    // A verb and the particle that ends its clause: "der Zug fällt heute aus", "kommt nicht an" (SeparableVerbs).
    for (int[] f : separable.failures(body.words())) {
      Evidence e = span(f[0], f[1]);
      if (!overlapsProblem(e)) {
        problems.add(ClauseReader.FAILURE, e);
        lastNegativeStart = Math.max(lastNegativeStart, e.start());
      }
    }
    for (Match<Cue> neg : negators) {
      // "awesome service... not": praise taken back at the end of the sentence.
      if (!sarcastic && Irony.deniedAtEnd(neg, body.typed()) && praiseBefore(neg.start())) {
        sarcastic = true;
        feel(Emotion.FRUSTRATED, DENIED_PRAISE, evidence(neg));
      }
    }
    List<Match<Cue>> keptSignals = new ArrayList<>(signalMatches.size());
    int n = 0;
    int md = 0;
    // Whether a loss is told, read on the first churn threat: nothing it reads changes in this loop
    // (each threat of a long message read every signal again).
    int loss = -1;
    for (Match<Cue> m : signalMatches) {
      while (n < negators.size() && negators.get(n).lastToken() < m.firstToken()) {
        n++;
      }
      while (md < modifiers.size() && modifiers.get(md).lastToken() < m.firstToken()) {
        md++;
      }
      Cue c = m.payload();
      // Only threats can be denied ("I'm not going to cancel"); "don't cut off my supply" is a
      // plea, "isn't fixed by tonight" a deadline, "not the first time" a repeat.
      // A negator right before a threat denies it ("won't cancel", "not cancelling"); longer
      // denials are lexicon phrases ("not going to cancel"), since "no tengo internet, me doy de
      // baja" shows that three words reach into the next clause.
      if (NEGATABLE.contains(c.signal()) && inScope(n > 0 ? negators.get(n - 1) : null, m, SIGNAL_NEGATION_REACH)) {
        continue;
      }
      // A platform, a regulator or a lawyer named is no threat without an act: "saw it on Twitter".
      if (c.needsAct() && !actInSentence(m)) {
        continue;
      }
      // A threat told of is none: "thanks for posting this", "he's going to leave her".
      if (NEGATABLE.contains(c.signal()) && !threats.made(m, actsInSentenceOf(m), body.typed())) {
        continue;
      }
      // A hardship word inside a longer failure told is the failure's: "my phone keeps freezing" (not the cold).
      if (c.signal() == SignalKind.VULNERABILITY && insideProblem(m, words)) {
        continue;
      }
      // A death, a debt or "still" talked about is no escalation: "my phone died", "people in debt".
      if (!situation.own(m, body.typed(), words, clauseWords, problems.evidence)) {
        if (c.emotion() != null && situation.grievesAnother(m, body.typed())) {
          // "her dad died": sad to read, but too weak alone to escalate; the customer's own loss is.
          feel(c.emotion(), Math.min(c.feelsWeight(), OwnSituation.ANOTHERS_LOSS), evidence(m));
        }
        continue;
      }
      // An insult is aimed at someone: "you pigs", "bunch of animals"; not "pigs in a blanket".
      if (c.needsTarget() && !targetBefore(m)) {
        continue;
      }
      // An insult aimed at someone else ("my boss is such a moron", "this guy's an idiot lol") is
      // no abuse of us: anger, told of, at a level that does not escalate alone.
      if (c.signal() == SignalKind.ABUSE && c.emotion() != null && situation.insultsAnother(m, body.typed())) {
        feel(c.emotion(), Math.min(c.feelsWeight(), INSULT_ELSEWHERE), evidence(m));
        continue;
      }
      // Cancelling after a death is settling the customer's affairs, not leaving us in anger
      // ("my husband passed away and I need to close his account", "父が亡くなったので解約したい").
      if (c.signal() == SignalKind.CHURN_THREAT) {
        if (loss < 0) {
          loss = lossTold(signalMatches, words, clauseWords) ? 1 : 0;
        }
        if (loss == 1) {
          continue;
        }
      }
      keptSignals.add(m);
      Match<Cue> modifier = md > 0 ? modifiers.get(md - 1) : null;
      double factor = inScope(modifier, m, MODIFIER_REACH) ? Math.min(1, modifier.payload().weight()) : 1;
      // Capitals intensify the feeling, not the signal: "CANCEL" is said in anger but is no more a
      // threat than "cancel"; and a name or an acronym (BBB, FAA) is written in capitals anyway.
      double caps = c.needsAct() ? 1 : emphasis(m);
      Evidence e = evidence(m);
      Tally tally = signals.computeIfAbsent(c.signal(), k -> new Tally());
      tally.add(c.weight() * factor, e);
      tally.unconditional |= !c.ifUpset();
      if (c.emotion() != null) {
        // One kind of signal is one piece of evidence about a feeling, however often it recurs.
        // A threat that counts only from an upset customer ("I'll post this on Twitter") does not
        // make them upset itself: its feeling waits for a grievance told (threatsNeedAGrievance).
        SignalFeeling key = new SignalFeeling(c.signal(), c.emotion());
        // So does a time at stake told as plain fact ("checking in for my flight tomorrow, can i add
        // a bag?"): it presses only beside a grievance ("flight tomorrow and my passport isn't back").
        boolean waits = c.ifUpset() && (NEGATABLE.contains(c.signal()) || c.signal() == SignalKind.URGENCY);
        SignalFeeling.Best best = (waits ? upsetFeelings : signalFeelings).computeIfAbsent(key, k -> new SignalFeeling.Best());
        if (c.feelsWeight() * factor * caps > best.weight) {
          best.weight = c.feelsWeight() * factor * caps;
          best.evidence = e;
        }
      }
    }
    for (Map.Entry<SignalFeeling, SignalFeeling.Best> en : signalFeelings.entrySet()) {
      feel(en.getKey().emotion(), en.getValue().weight, en.getValue().evidence);
    }
    readHashtags();
    readRatings(negators);
    for (Typography.EmoticonHit h : typo.emoticons) {
      Cue c = h.emoticon().cue();
      word(null, c, span(h.start(), h.end()), false, 1);
    }
    readMaskedSwearing();
    readSwearing();
    readTearsOfJoy();
    readClauses(clauseWords, words);
    readShoutedEcho(typo, words);
    readDeniedReport(negators);
    readScareQuotes();
    readConflictingReports();
    readDeniedExpectation();
    readSurprises();
    resolvePositives(clauseWords);
    readLaughter();
    readHiddenActs();
    dropOwnSlip();
    feelingLiftsPraise();
    if (problems.score > 0) {
      // What went wrong is evidence of frustration, unless another feeling already explains it.
      double other = 0;
      for (Map.Entry<Emotion, Tally> en : emotions.entrySet()) {
        if (NEGATIVE.contains(en.getKey()) && en.getKey() != Emotion.FRUSTRATED) {
          other = Math.max(other, en.getValue().score);
        }
      }
      // A question of blame ("how is it possible that nobody…") is no polite request.
      boolean calm = requests > 0 && !blamed && typo.hits.isEmpty() && negativeScore() == 0 && (failuresAsked() || courteous());
      Tally f = emotions.computeIfAbsent(Emotion.FRUSTRATED, k -> new Tally());
      f.add(Math.min(PROBLEM_CAP, problems.score) * (calm ? CALM_PROBLEM : 1) * (1 - other), null);
      f.evidence.addAll(problems.evidence);
    }
    outrageAtAnActOfYours();
    namedAngerLeads();
    praiseClosesTheMatter();
    threatsNeedAGrievance(negators);
    applyTypography(typo, words, keptSignals);
    readSignalsIntoFeelings();
    readPuzzlement();
    return result();
  }

  /** A plain complaint at most this strong, asked about money taken or a report, is puzzlement. */
  private static final double PUZZLED_AT_MOST = 0.55;

  /**
   * A question about money taken or what a system reports, asked with no feeling of its own, is
   * confusion rather than a complaint: "what is this $4.99 "maintenance fee" on my statement?",
   * "it says my payment was declined but the money left my account?", "i got an email saying my
   * account is suspended??". The words it needs are data (set {@code charge} of {@code
   * clause-words_<locale>.tsv}); a failure that goes on or recurs ("charged me twice??", "still no
   * refund?"), a question of blame about a failure ("how come my card was charged but the order was
   * cancelled?"), words of feeling ("ridiculous"), a laugh, irony or a signal of medium weight keep the complaint.
   */
  /** Whether a longer failure row of the word layer ("keeps freezing") holds the match {@code m} ("freezing"). */
  private static boolean insideProblem(Match<Cue> m, List<Match<Cue>> words) {
    for (Match<Cue> w : words) {
      if (w.start() > m.start()) {
        return false;
      }
      if (w.payload().is(Kind.PROBLEM) && m.end() <= w.end() && w.end() - w.start() > m.end() - m.start()) {
        return true;
      }
    }
    return false;
  }

  private void readPuzzlement() {
    Tally f = emotions.get(Emotion.FRUSTRATED);
    if (f == null || f.score > PUZZLED_AT_MOST || sarcastic || laughCount > 0 || recurred || persisting() || !turnedPraise.evidence.isEmpty()
        || blamed && clauseFailure) {
      return; // "how come my card was charged but the order was cancelled?": blame for a failure, rhetorical
    }
    for (Map.Entry<Emotion, Tally> en : emotions.entrySet()) {
      Emotion e = en.getKey();
      if (NEGATIVE.contains(e) && e != Emotion.FRUSTRATED && (e != Emotion.ANGRY || en.getValue().score > ANGER_AT_US) || e == Emotion.GRATEFUL) {
        return; // another feeling told, or anger more than an act named ("you billed me")
      }
    }
    if (feltBeyondReasons(f)) {
      return;
    }
    for (Tally t : signals.values()) {
      if (levelOf(t.max).atLeast(EscalationLevel.MEDIUM)) {
        return;
      }
    }
    int[] asked = chargeAsked();
    if (asked != null) {
      feel(Emotion.CONFUSED, f.score + TYPOGRAPHY_BOOST, span(asked[0], asked[1]));
    }
  }

  /** The span of the first question naming money taken or a report ({@code charge}), from its sentence's start to its "?", or null. */
  private int[] chargeAsked() {
    String t = body.typed();
    java.util.Set<String> charge = ClauseReader.Words.of(lexicon.tag()).charge();
    if (charge.isEmpty()) {
      return null;
    }
    int sentence = 0;
    boolean named = false;
    int n = Math.min(t.length(), MAX_PUZZLE_CHARS);
    for (int i = 0; i < n; ) {
      char c = t.charAt(i);
      if (Character.isLetter(c)) {
        int j = i;
        StringBuilder w = new StringBuilder();
        while (j < t.length() && (Character.isLetter(t.charAt(j)) || t.charAt(j) == '\'' || t.charAt(j) == '\u2019')) {
          char d = t.charAt(j++);
          if (Character.isLetter(d)) {
            w.append(Character.toLowerCase(d));
          }
        }
        named |= charge.contains(w.toString());
        i = j;
        continue;
      }
      if (c == '?' || c == '\uFF1F') {
        if (named) {
          int from = sentence;
          while (from < i && !Character.isLetterOrDigit(t.charAt(from))) {
            from++; // an @handle is blanked: the question starts at its first word
          }
          return new int[] {from, i + 1};
        }
      }
      if (c < 0x80 ? ASCII_SENTENCE_ENDS[c] : SENTENCE_ENDS.indexOf(c) >= 0) {
        while (i + 1 < n && (t.charAt(i + 1) == '?' || t.charAt(i + 1) == '!' || t.charAt(i + 1) == '.')) {
          i++;
        }
        named = false;
        sentence = i + 1;
        while (sentence < n && Character.isWhitespace(t.charAt(sentence))) {
          sentence++;
        }
      }
      i++;
    }
    return null;
  }

  /** How far into a message a question about a charge is looked for (a 100 KB message costs no more). */
  private static final int MAX_PUZZLE_CHARS = 2000;

  /** The anger that damage done by someone of ours tells, told plainly ("your driver hit my car"). */
  private static final double DAMAGE_ANGER = 0.6;

  /** How strong a word of frustration must be to be outrage ("unbelievable", "ridiculous"; not "annoying"). */
  private static final double OUTRAGE = 0.65;

  /**
   * Outrage beside an act the addressee did to the customer is anger at them: "left my 8 yr old
   * alone at the gate after you sold his seat. unbelievable", "you cancelled my flight. ridiculous".
   * The outrage must be words of its own, strong, and not played ("you lost my bag lol, unbelievable"
   * and irony keep their frustration); an act told with no outrage ("you charged me twice") stays as it read.
   */
  private void outrageAtAnActOfYours() {
    Tally angry = emotions.get(Emotion.ANGRY);
    Tally frustrated = emotions.get(Emotion.FRUSTRATED);
    if (angry == null || frustrated == null || frustrated.max < OUTRAGE || angry.score >= frustrated.score
        || sarcastic || laughCount > 0 || !turnedPraise.evidence.isEmpty() || !actOfYours(angry)) {
      return;
    }
    int n = 0;
    for (Evidence e : frustrated.evidence) {
      if (e != null && ++n <= LOUD_PAIRS && hasLetter(e.text()) && !overlapsAny(problems.evidence, e) && !angry.evidence.contains(e)) {
        angry.add(frustrated.max, e);
        return;
      }
    }
  }

  /** How strong a word of anger must be to be anger named ("qué vergüenza", "c'est honteux", "disgraceful"). */
  private static final double NAMED_ANGER = 0.8;

  /**
   * Anger named in words of its own leads the frustration that the failures, waits and repeats
   * beside it imply: they are its reasons ("me cobraron dos veces y nadie me responde. qué
   * vergüenza", "10 jours sans internet et personne ne répond. c'est honteux"). Frustration told in
   * words of its own ("so annoying", "fed up") keeps its own weight; a laugh or irony beside it
   * changes nothing.
   */
  private void namedAngerLeads() {
    Tally angry = emotions.get(Emotion.ANGRY);
    Tally frustrated = emotions.get(Emotion.FRUSTRATED);
    if (angry == null || frustrated == null || angry.max < NAMED_ANGER || angry.score >= frustrated.score
        || sarcastic || laughCount > 0 || !turnedPraise.evidence.isEmpty() || !inWords(angry) || feltBeyondReasons(frustrated)) {
      return;
    }
    angry.score = Math.min(1, Math.max(1 - (1 - angry.score) * (1 - frustrated.score / 2), frustrated.score + 0.01));
  }

  /** Whether some of the feeling's evidence is an act of the addressee's ("you sold", "you've lost"). */
  private static boolean actOfYours(Tally feeling) {
    for (Evidence e : feeling.evidence) {
      if (e != null && e.text().length() > 3 && e.text().regionMatches(true, 0, "you", 0, 3)) {
        return true;
      }
    }
    return false;
  }

  /** A word of astonishment held until what it is about is known ({@link #readSurprises}). */
  private record Surprise(Emotion emotion, double weight, Evidence evidence) {}

  private List<Surprise> surprises = List.of();

  /**
   * Whether a negative feeling word is read by what it is said of rather than at once: a word of
   * astonishment ({@link Irony#surprise}) waits for {@link #readSurprises}; a fear of being cheated
   * said of the addressee ("you guys are a scam", "ur a scam") is an accusation, felt as anger now.
   * "is this a scam?" and "i think i got scammed" stay fear.
   */
  private boolean heldForItsObject(Match<Cue> m, Cue c, double factor, Evidence e) {
    if (c.emotion() == Emotion.ANXIOUS && !targets.isEmpty()) {
      Match<Cue> t = null;
      for (int i = targets.size() - 1; i >= 0 && t == null; i--) {
        t = targets.get(i).lastToken() < m.firstToken() ? targets.get(i) : null;
      }
      if (t != null && Irony.saidOfYou(lexicon.tag(), body.typed(), t.start(), t.end(), m.start(), ClauseReader.Words.of(lexicon.tag()).copula())) {
        feel(Emotion.ANGRY, c.weight() * factor, e);
        return true;
      }
      return false;
    }
    if (!Irony.surprise(lexicon.tag(), e.text())) {
      return false;
    }
    if (surprises.isEmpty()) {
      surprises = new ArrayList<>(1);
    }
    surprises.add(new Surprise(c.emotion(), c.weight() * factor, e));
    return true;
  }

  /**
   * Astonishment takes the colour of what it is about. Beside praise or thanks, with no failure,
   * wait or other negative feeling told and no sarcasm, it is delight and adds nothing negative:
   * "can't believe how quick that was, thank you!!", "j'en reviens pas, remboursé en une heure,
   * merci". Anywhere else it is the feeling its lexicon row names: "can't believe you lost my bag
   * again", "shocked by the fees".
   */
  private void readSurprises() {
    if (surprises.isEmpty()) {
      return;
    }
    boolean delight = !positives.isEmpty() && !sarcastic && problems.score == 0 && negativeScore() == 0 && swearing.isEmpty() && signals.isEmpty();
    if (delight) {
      return;
    }
    for (Surprise s : surprises) {
      feel(s.emotion(), s.weight(), s.evidence());
    }
  }

  /**
   * Whether the message is written in a courteous register, where a failure told beside a calm
   * request informs it: it thanks, or opens with a greeting ({@link Courtesy}): "Hi, the invoice has
   * the wrong VAT number. Could you reissue it?", "i was charged twice, please refund one of them,
   * thank you".
   */
  private boolean courteous() {
    for (Positive p : positives) {
      if (!p.praise()) {
        return true;
      }
    }
    return Courtesy.greets(lexicon.tag(), body.typed());
  }

  /** How many requests' places are kept ({@link #failuresAsked()}); more failures than this are a complaint. */
  private static final int MAX_REQUESTS_READ = 4;

  /** Where the first {@link #MAX_REQUESTS_READ} requests start, in {@code body.typed()}. */
  private final int[] requestStarts = new int[MAX_REQUESTS_READ];

  /** Marks that close a clause: a failure after one is told, not asked about. */
  private static final String CLAUSE_ENDS = ",;:.!?\n\u3001\u3002\uFF01\uFF1F\uFF0C";

  /**
   * Whether every failure told lies in the clause of a request before it, so that the request asks
   * about it ("can you check why my order hasn't arrived?", "please help me find my missing bag"). A
   * failure told in a clause of its own is reported, not asked about, and decides the feeling
   * however calm the request beside it, unless the message is courteous ({@link #courteous()}):
   * "quiero cancelar, me cobraron dos veces", "i'd like a refund please, the item arrived broken",
   * "can someone call me back? i was charged twice".
   */
  private boolean failuresAsked() {
    if (problems.evidence.size() > MAX_REQUESTS_READ) {
      return false;
    }
    String typed = body.typed();
    int read = Math.min(requests, MAX_REQUESTS_READ);
    for (Evidence e : problems.evidence) {
      if (e == null) {
        continue;
      }
      int from = -1;
      for (int i = 0; i < read; i++) {
        if (requestStarts[i] <= e.start()) {
          from = Math.max(from, requestStarts[i]);
        }
      }
      if (from < 0) {
        return false;
      }
      for (int k = from; k < e.start(); k++) {
        if (CLAUSE_ENDS.indexOf(typed.charAt(k)) >= 0) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * A strong word of feeling in the sentence of praise, with nothing gone wrong, waited for,
   * repeated, blamed or threatened anywhere in the message, is how strongly the customer praises,
   * not a complaint: "wtf these new fries are insane 🔥", "the biscoff one is actually criminal how
   * good it is", "omg ffs finally!!". Such a word's negative feeling becomes gratitude. Praise
   * beside a failure is read by the irony rules instead ("great, another cancelled flight"), and a
   * feeling in a sentence of its own stays ("so good. but wtf is this price").
   */
  private void feelingLiftsPraise() {
    if (positives.isEmpty() || sarcastic || !turnedPraise.evidence.isEmpty() || problems.score > 0 || clauseFailure || clauseWait
        || clauseRepeat || recurred || blamed || !signals.isEmpty() || !contrasts.isEmpty() || longWait != null) {
      return;
    }
    List<Evidence> praise = new ArrayList<>(2);
    for (Positive p : positives) {
      // Praise asked about ("is that good or bad", "is it any good?") lifts nothing.
      if (p.praise() && !bygone(p.evidence()) && !praiseAsked(p.evidence()) && !endsAsked(p.evidence()) && praise.size() < MAX_FRAMES) {
        praise.add(p.evidence());
      }
    }
    if (praise.isEmpty()) {
      return;
    }
    for (Map.Entry<Emotion, Tally> en : emotions.entrySet()) {
      Emotion e = en.getKey();
      Tally t = en.getValue();
      // Only anger and frustration lift praise: a regret or a worry beside it is its own ("too bad the
      // wraps are gone, those were the best").
      // A mild word ("is that good or bad") is no intensifier: the word must be strong.
      if (e != Emotion.ANGRY && e != Emotion.FRUSTRATED || t.max < STRONG_FEELING || !beside(t.evidence, praise)) {
        continue;
      }
      double lift = Math.min(t.max, LIFTED_PRAISE);
      for (Evidence x : t.evidence) {
        if (x != null) {
          feel(Emotion.GRATEFUL, lift, x);
          break;
        }
      }
      t.score = 0;
      t.max = 0;
      t.evidence.clear();
    }
  }

  /** Whether the sentence of {@code e} ends in a question mark: "what does it mean, is that good or bad". */
  private boolean endsAsked(Evidence e) {
    String typed = body.typed();
    for (int k = e.end(); k < typed.length(); k++) {
      char c = typed.charAt(k);
      if (SENTENCE_ENDS.indexOf(c) >= 0) {
        return c == '?' || c == '？';
      }
    }
    return false;
  }

  /** The most a word of feeling lifting praise adds to gratitude ("insane", "criminal" beside "good"). */
  private static final double LIFTED_PRAISE = 0.45;

  /** Whether every piece of {@code evidence} shares a sentence with one of {@code praise}, and there is some. */
  private boolean beside(List<Evidence> evidence, List<Evidence> praise) {
    int n = 0;
    for (Evidence x : evidence) {
      if (x == null) {
        continue;
      }
      if (++n > LOUD_PAIRS) {
        return false;
      }
      boolean near = false;
      for (Evidence p : praise) {
        near |= sameSentence(x, p);
      }
      if (!near) {
        return false;
      }
    }
    return n > 0;
  }

  /** How much of a complaint is left when the customer closes it with praise after a "but". */
  private static final double CONCEDED = 0.5;
  /** Praise or thanks after the last contrast, at least this strong, closes the matter. */
  private static final double CLOSING_PRAISE = 0.5;

  /**
   * A complaint the customer sets aside with a contrast and closes with praise or warm thanks is
   * told as settled: "delayed 2 hrs but the crew were amazing, thank you so much", "bag came late
   * but Sam at the desk sorted it, legend". The complaint stays among the feelings, weaker; the
   * praise leads. Praise first and a complaint after the "but" is the complaint's ("Staff were
   * lovely but we've been delayed 5 hours"), and a threat, abuse or sarcasm keeps it open.
   */
  private void praiseClosesTheMatter() {
    if (contrasts.isEmpty() || positives.isEmpty() || sarcastic) {
      return;
    }
    Match<Cue> last = contrasts.get(contrasts.size() - 1);
    if (lastNegativeStart < 0 || lastNegativeStart >= last.start()) {
      return;
    }
    for (SignalKind k : NEGATABLE) {
      if (signals.containsKey(k)) {
        return;
      }
    }
    if (signals.containsKey(SignalKind.ABUSE)) {
      return;
    }
    double after = 0;
    for (Positive p : positives) {
      if (p.evidence().start() >= last.end()) {
        after = 1 - (1 - after) * (1 - p.weight());
      }
    }
    if (after < CLOSING_PRAISE) {
      return;
    }
    for (Map.Entry<Emotion, Tally> en : emotions.entrySet()) {
      if (NEGATIVE.contains(en.getKey())) {
        en.getValue().score *= CONCEDED;
      }
    }
  }

  /**
   * What the escalation says about the feeling. A customer who threatens to leave, to sue or to
   * go public, without a polite request, is angry rather than frustrated ("Useless. Expect a
   * chargeback."); a vulnerable customer short of time is frightened first ("stranded at the
   * airport with a baby, call me").
   */
  private void readSignalsIntoFeelings() {
    Emotion top = topNegative();
    if (top == null) {
      // "Cancel my subscription. Now." and "je vais résilier et passer chez la concurrence": a
      // threat made without a request or a question is said in anger, not as a routine ask.
      if (requests == 0 && !asksQuestion()) {
        for (SignalKind k : NEGATABLE) {
          Tally t = signals.get(k);
          if (t != null && t.unconditional && levelOf(t.max).atLeast(EscalationLevel.HIGH)) {
            feel(Emotion.ANGRY, BARE_THREAT_ANGER, t.evidence.get(0));
            return;
          }
        }
      }
      return;
    }
    double score = emotions.get(top).score;
    // An ultimatum ("cancel it immediately or I'm reporting you") is anger, not haste.
    if ((top == Emotion.FRUSTRATED || top == Emotion.PRESSED_FOR_TIME) && requests == 0) {
      for (SignalKind k : NEGATABLE) {
        Tally t = signals.get(k);
        if (t != null && t.unconditional && levelOf(t.max).atLeast(EscalationLevel.HIGH)) {
          feel(Emotion.ANGRY, score, t.evidence.get(0));
          return;
        }
      }
    }
    Tally abuse = signals.get(SignalKind.ABUSE);
    if (top == Emotion.FRUSTRATED && abuse != null && abuse.unconditional) {
      // Insults aimed at people are anger, however much frustration the rest shows.
      feel(Emotion.ANGRY, score, abuse.evidence.get(0));
      return;
    }
    Tally vulnerable = signals.get(SignalKind.VULNERABILITY);
    if (top == Emotion.PRESSED_FOR_TIME && vulnerable != null && levelOf(vulnerable.max).atLeast(EscalationLevel.MEDIUM)) {
      feel(Emotion.ANXIOUS, score, vulnerable.evidence.get(0));
    }
  }

  /**
   * A threat that counts only from an upset customer ({@code if-upset}: naming a platform with an
   * act, "I'll tell everyone", "PSA") feels like one only beside a grievance told in the message:
   * a failure, a negative feeling of its own words, sarcasm, or a demand unmet beside it (an
   * ultimatum: "I'll post this on Twitter if you don't fix it"). "Posted a pic on twitter of my
   * meal 😂" and "I'll tell everyone about your new menu" make no one angry, and the signal, which
   * needs the customer upset, then goes too ({@link #result()}).
   */
  private void threatsNeedAGrievance(List<Match<Cue>> negators) {
    if (upsetFeelings.isEmpty()) {
      return;
    }
    // The failures told are already frustration here (read()), so a hint ("another") is too weak.
    boolean grievance = sarcastic || complaintScore() >= PRIMARY_THRESHOLD;
    // A denial inside a condition in the threat's sentence is the demand of an ultimatum ("if you
    // don't fix it", "if I don't hear back by Friday"); "I don't post on reddit often" is none.
    for (int i = 0; !grievance && i < negators.size() && i < LOUD_PAIRS; i++) {
      Evidence denial = evidence(negators.get(i));
      for (SignalFeeling.Best b : upsetFeelings.values()) {
        grievance |= b.evidence != null && sameSentence(b.evidence, denial) && conditional(denial);
      }
    }
    // A threat set as the price of a demand is one too: "unless I get my money back today I'm
    // posting this everywhere", "refund me or I'm posting this" (ThreatGate.ultimatum).
    for (SignalFeeling.Best b : upsetFeelings.values()) {
      grievance = grievance || b.evidence != null && threats.ultimatum(b.evidence.start(), body.typed());
    }
    if (!grievance) {
      return;
    }
    for (Map.Entry<SignalFeeling, SignalFeeling.Best> en : upsetFeelings.entrySet()) {
      feel(en.getKey().emotion(), en.getValue().weight, en.getValue().evidence);
    }
  }

  /**
   * Whether the customer tells of a death in the family: a vulnerability whose feeling is grief
   * (the lexicon's {@code feels=sad} rows: "passed away", "亡くなった"), told as their own.
   */
  private boolean lossTold(List<Match<Cue>> signalMatches, List<Match<Cue>> words, List<Match<Cue>> clauseWords) {
    for (Match<Cue> s : signalMatches) {
      Cue c = s.payload();
      if (c.signal() == SignalKind.VULNERABILITY && c.emotion() == Emotion.SAD && situation.own(s, body.typed(), words, clauseWords, problems.evidence)) {
        return true;
      }
    }
    return false;
  }

  /** The strongest negative feeling so far, or null. */
  private Emotion topNegative() {
    Emotion top = null;
    double best = 0;
    for (Emotion e : PRIORITY) {
      Tally t = emotions.get(e);
      if (t != null && NEGATIVE.contains(e) && t.score > best + 1e-9) {
        best = t.score;
        top = e;
      }
    }
    return best >= PRIMARY_THRESHOLD ? top : null;
  }

  private void word(Match<Cue> m, Cue c, Evidence e, boolean negated, double factor) {
    if (c.is(Kind.SARCASM) && c.ifUpset()) {
      // "love how…", "that's great": praise, unless a complaint shares its sentence (resolvePositives).
      if (!negated) {
        frames.add(new Positive(e, c.weight() * factor, true, true));
      }
      return;
    }
    if (c.sarcastic()) {
      sarcastic = true;
    }
    switch (c.kind()) {
      case EMOTION:
        if (!negated) {
          feel(c.emotion(), c.weight() * factor, e);
        }
        break;
      case SARCASM:
        feel(c.emotion(), c.weight() * factor, e);
        break;
      case GRATITUDE:
      case PRAISE:
        if (c.comparative()) {
          // "couldn't be happier", "could not have been more helpful": a denied comparison is a
          // superlative. Said plainly ("happier if you fixed it") it only compares.
          if (negated) {
            positives.add(new Positive(e, c.weight() * Math.max(1, factor), c.is(Kind.PRAISE), true));
          }
          break;
        }
        if (negated) {
          if (c.is(Kind.PRAISE)) {
            // A denied good word is a judgement however mild the word: "not good" is as plain as "bad".
            feel(Emotion.DISAPPOINTED, Math.max(NEGATED_PRAISE, 0.7 * c.weight() * Math.max(1, factor)), e);
            feel(Emotion.FRUSTRATED, 0.55 * c.weight() * Math.max(1, factor), e);
          }
        } else if (!c.is(Kind.PRAISE) || !praiseAsked(e)) {
          positives.add(new Positive(e, c.weight() * factor, c.is(Kind.PRAISE), c.weight() * factor >= 0.5));
        }
        break;
      case PROFANITY:
        // Read once the rest is known: swearing beside praise alone is emphasis ("holy shit this is amazing").
        swearing.add(new Swear(c.weight(), e));
        lastNegativeStart = Math.max(lastNegativeStart, e.start());
        break;
      case PROBLEM:
        if (!negated && !supposed(e)) {
          if (c.weight() * factor <= HINT) {
            addHint(e);
          }
          problems.add(c.weight() * factor, e);
          lastNegativeStart = Math.max(lastNegativeStart, e.start());
        }
        break;
      case HANDOFF:
        if (!negated) {
          handoff.add(e);
          asksForPerson |= c.weight() > 0;
          if (c.emotion() != null) {
            feel(c.emotion(), c.weight(), e);
          }
        }
        break;
      default:
        break;
    }
  }

  private void feel(Emotion emotion, double weight, Evidence e) {
    if (weight <= 0) {
      return;
    }
    emotions.computeIfAbsent(emotion, k -> new Tally()).add(weight, e);
    if (NEGATIVE.contains(emotion) && e != null) {
      lastNegativeStart = Math.max(lastNegativeStart, e.start());
    }
  }

  private void resolvePositives(List<Match<Cue>> clauseWords) {
    resolveFrames();
    if (positives.isEmpty()) {
      return;
    }
    dropCustomCounted(clauseWords);
    double praise = 0;
    boolean strongThanks = false;
    for (Positive p : positives) {
      if (p.praise()) {
        praise = 1 - (1 - praise) * (1 - p.weight());
      } else if (p.strong()) {
        strongThanks = true;
      }
    }
    double complaint = 1 - (1 - negativeScore()) * (1 - problems.score);
    // Praise outweighed by complaint is irony, unless a contrast sets the two apart ("I'm happy
    // with the product, but shipping took forever" is a hope let down, not sarcasm). So is praise
    // said of a failure that follows it, however mild the failure's words: "awesome service, 5
    // hours on the tarmac", "great job losing my luggage again".
    boolean failureAfter =
        praise > 0 && !strongThanks && contrasts.isEmpty() && problems.score >= IRONY_FAILURE && lastProblemStart() > firstPraiseStart();
    // Irony needs an event to turn the praise against: a failure, a wait or a repeat told. Praise
    // beside feelings alone is not turned ("This man has a great attitude!", "She's so gorgeous, I
    // hate you", "you're an idiot. You are great!").
    boolean event = problems.score > 0 || !signals.isEmpty() || blamed || actOfYours();
    // Gladness at a price paid in vain is marked irony, as a laugh beside it is wry: "glad i
    // upgraded to premium so i can get the same ads as before lol".
    sarcastic |= praise > 0 && !strongThanks && paidInVain();
    boolean ironic =
        sarcastic
            || failureAfter
            || thanksForAFailure()
            || (praise > 0 && !strongThanks && contrasts.isEmpty() && interjectionTurned())
            || (event && praise > 0 && !strongThanks && contrasts.isEmpty() && praiseStandsApart())
            || (event && praise > 0 && !strongThanks && contrasts.isEmpty() && complaint + 1e-9 >= Math.max(IRONY_COMPLAINT, praise)
                && complaintBesidePraise());
    // "Can you check my order? Thanks 😊" is politeness, not gratitude.
    // A question is a request too: "Quick question: is it in XL? Thanks!"
    double polite = (requests > 0 || asksQuestion()) && !strongThanks ? 0.5 : 1;
    // Thanks beside a threat made is a parting word: "lost my bag but thanks so much guys,
    // switching to Delta after this", "thanks for nothing, see you in small claims court".
    polite *= threatMade() ? PARTING_THANKS : 1;
    for (Positive p : positives) {
      Evidence e = p.evidence();
      if (ironic) {
        // Praise said through gritted teeth is contempt: "brilliant work", "love how you charge me";
        // the stronger the praise, the sharper the contempt, and never less than a plain complaint.
        feel(Emotion.FRUSTRATED, 0.6 * p.weight(), e);
        turnedPraise.add(0.6 * p.weight(), e);
      } else if (p.praise() && bygone(e)) {
        // "it used to be so good", "used to love flying with you": praise of a past let down.
        feel(Emotion.DISAPPOINTED, PRAISE_LET_DOWN * p.weight(), e);
      } else if (!contrasted(e)) {
        feel(Emotion.GRATEFUL, p.weight() * polite, e);
      } else if (p.praise()) {
        // "I'm happy with the product, but shipping took forever": a hope let down.
        feel(Emotion.DISAPPOINTED, PRAISE_LET_DOWN * p.weight(), e);
      }
    }
  }

  /**
   * A count told beside praise or thanks, with nothing failed, waited for, blamed or threatened,
   * counts custom, not contacts: "5th time flying with @BlueSkyAir and every crew has been lovely,
   * thank u!", "2nd order from you guys, packed perfectly again". Praise decides: the repeat and the
   * frustration it alone implied are dropped, so the praise is not read as irony against it. A
   * repeat beside a failure ("3rd time flying with you and 3rd time my bag is lost"), a count of
   * contacts ("3rd time calling"), a sarcastic mark ("great, 5th time this week 🙄") or praise set
   * apart in a sentence of its own ("3rd time it got rescheduled. cool.") stays.
   */
  private void dropCustomCounted(List<Match<Cue>> clauseWords) {
    Tally repeat = signals.get(SignalKind.REPEAT_CONTACT);
    if (repeat == null || signals.size() > 1 || sarcastic || clauseFailure || clauseWait || blamed || !swearing.isEmpty()
        || problems.score > 0 && !within(problems.evidence, repeat.evidence) || contactCounted(repeat.evidence, clauseWords)) {
      return;
    }
    if (interjectionTurned() || praiseStandsApart()) {
      return; // praise set apart after the count is irony about it: "3rd time my package got rescheduled. cool."
    }
    for (Map.Entry<Emotion, Tally> en : emotions.entrySet()) {
      if (NEGATIVE.contains(en.getKey()) && !within(en.getValue().evidence, repeat.evidence)) {
        return; // a feeling of its own ("annoyed", "sadly") is more than a count
      }
    }
    signals.remove(SignalKind.REPEAT_CONTACT);
    emotions.keySet().removeIf(NEGATIVE::contains);
    clauseRepeat = false;
    problems.score = 0; // only the count was told as one (a repeat to us)
    problems.max = 0;
    problems.clear();
  }

  /** At most this many characters read either side of a failure for the sentence it is told in. */
  private static final int SLIP_REACH = 200;

  /**
   * A failure the customer tells as their own slip is no failure of ours: "i booked the wrong dates
   * by mistake, can u change to 14-16 march pls" is a request. Every failure told must be one: in
   * its sentence a word of set {@code myslip} ("my bad", "me equivoqué"), or one of set {@code slip}
   * ("by mistake", "accidentally") with a word of set {@code self} the last subject before the
   * failure in its clause, its verb active ("i booked…"; not "i was charged twice by mistake", "i
   * think you booked the wrong room by mistake"). A wait, a repeat, blame, a signal, swearing,
   * sarcasm or a feeling of its own beside it keeps the complaint.
   */
  private void dropOwnSlip() {
    if (problems.score <= 0 || !signals.isEmpty() || sarcastic || clauseWait || clauseRepeat || blamed || recurred || longWait != null
        || !swearing.isEmpty() || problems.evidence.size() > LOUD_PAIRS) {
      return;
    }
    ClauseReader.Words lookup = ClauseReader.Words.of(lexicon.tag());
    if (lookup.slip().isEmpty() && lookup.myslip().isEmpty()) {
      return;
    }
    String typed = body.typed();
    for (Evidence p : problems.evidence) {
      if (p == null || !ownSlipAround(typed, p, lookup)) {
        return;
      }
    }
    for (Map.Entry<Emotion, Tally> en : emotions.entrySet()) {
      List<Evidence> told = en.getValue().evidence;
      if (NEGATIVE.contains(en.getKey()) && !told.isEmpty() && !within(told, problems.evidence)) {
        return; // a feeling of its own ("so annoyed") is more than a slip
      }
    }
    emotions.keySet().removeIf(NEGATIVE::contains);
    clauseFailure = false;
    problems.score = 0;
    problems.max = 0;
    problems.clear();
  }

  /** Whether the failure {@code p} is told as the customer's own slip (see {@link #dropOwnSlip}). */
  private static boolean ownSlipAround(String typed, Evidence p, ClauseReader.Words lookup) {
    int from = p.start();
    while (from > 0 && p.start() - from < SLIP_REACH && ".!?\n".indexOf(typed.charAt(from - 1)) < 0) {
      from--;
    }
    int to = Math.min(p.end(), typed.length());
    while (to < typed.length() && to - p.end() < SLIP_REACH && ".!?\n".indexOf(typed.charAt(to)) < 0) {
      to++;
    }
    List<String> words = new ArrayList<>();
    boolean selfSubject = false;
    boolean activeSelf = false;
    int k = from;
    while (k < to) {
      char c = typed.charAt(k);
      if (",;:".indexOf(c) >= 0 && k < p.start()) {
        selfSubject = false; // a new clause before the failure: its subject is still to come
      }
      if (!Character.isLetterOrDigit(c)) {
        k++;
        continue;
      }
      int s = k;
      while (k < to && (Character.isLetterOrDigit(typed.charAt(k)) || typed.charAt(k) == '\'' || typed.charAt(k) == '’')) {
        k++;
      }
      String w = plainWord(typed, s, k);
      if (s < p.start()) {
        if (lookup.self().contains(w)) {
          selfSubject = true;
          activeSelf = true;
        } else if (lookup.agent().contains(w) || lookup.join().contains(w) || lookup.relative().contains(w) && !lookup.self().contains(w)) {
          selfSubject = false; // another doer, or a clause joined on ("and now the return page is broken")
        } else if (activeSelf && (lookup.copula().contains(w) || lookup.passive().contains(w))) {
          selfSubject = false; // "i was charged", "we got billed": done to the customer
        }
        if (!lookup.self().contains(w)) {
          activeSelf = false;
        }
      }
      words.add(w);
    }
    boolean slip = false;
    for (int i = 0; i < words.size(); i++) {
      String gram = words.get(i);
      for (int n = 1; n <= 4 && i + n <= words.size(); n++) {
        if (n > 1) {
          gram = gram + " " + words.get(i + n - 1);
        }
        if (lookup.myslip().contains(gram)) {
          return true;
        }
        slip |= lookup.slip().contains(gram);
      }
    }
    return slip && selfSubject;
  }

  /** At most this many characters between a count and the contact it counts ("3rd time i've had to call"). */
  private static final int COUNTED_REACH = 60;

  /**
   * Whether a contact word ("call", "email", "ask", "chat") stands in the sentence of one of the
   * counts {@code counts}, within {@link #COUNTED_REACH} characters: "3rd time calling", "my 2nd
   * email", "thanks, 3rd time i've had to ask" count contacts, which are complaints however polite.
   */
  private boolean contactCounted(List<Evidence> counts, List<Match<Cue>> clauseWords) {
    String typed = body.typed();
    for (int k = 0; k < counts.size() && k < LOUD_PAIRS; k++) {
      Evidence e = counts.get(k);
      if (e == null) {
        continue;
      }
      for (Match<Cue> c : clauseWords) {
        if (c.start() > e.end() + COUNTED_REACH) {
          break;
        }
        if (c.payload().part() == ClauseReader.Part.CONTACT && c.end() >= e.start() - COUNTED_REACH
            && !sentenceEndBetween(typed, Math.min(c.end(), e.end()), Math.max(c.start(), e.start()))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean sentenceEndBetween(String typed, int from, int to) {
    for (int i = Math.max(0, from); i < to && i < typed.length(); i++) {
      char ch = typed.charAt(i);
      if (ch == '.' || ch == '!' || ch == '?' || ch == '\n' || ch == '\u3002' || ch == '\uFF01' || ch == '\uFF1F') {
        return true;
      }
    }
    return false;
  }

  /** Whether every span of {@code spans} overlaps one of {@code of} (and there is at least one). */
  private static boolean within(List<Evidence> spans, List<Evidence> of) {
    if (spans.isEmpty()) {
      return false;
    }
    for (Evidence x : spans) {
      boolean in = false;
      for (Evidence y : of) {
        in |= x != null && y != null && x.start() < y.end() && y.start() < x.end();
      }
      if (!in) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the leading feeling is strong enough to need care on its own: strong on one piece of
   * evidence, or fairly strong on two. Praise turned to irony names the feeling but adds no
   * strength here: "I love it, would highly recommend" misread as irony must not raise a level, and
   * a sarcastic complaint is escalated by the failure it tells.
   */
  private boolean strongBeyondIrony(Emotion primary, Tally leading) {
    double score = beyondIrony(primary, leading);
    long pieces = leading.evidence.stream().distinct().filter(e -> primary != Emotion.FRUSTRATED || !turnedPraise.evidence.contains(e)).count();
    return score >= STRONG_FEELING_ALONE || score >= STRONG_FEELING && pieces >= 2;
  }

  /** The leading feeling's score without the praise turned to irony (noisy-or taken apart). */
  private double beyondIrony(Emotion primary, Tally leading) {
    if (primary != Emotion.FRUSTRATED || turnedPraise.score <= 0) {
      return leading.score;
    }
    return turnedPraise.score >= 1 ? 0 : Math.max(0, 1 - (1 - leading.score) / (1 - turnedPraise.score));
  }

  /** Whether a high threat to leave, to sue or to go public was made, not only told of or denied. */
  private boolean threatMade() {
    for (SignalKind k : NEGATABLE) {
      Tally t = signals.get(k);
      if (t != null && t.unconditional && levelOf(t.max).atLeast(EscalationLevel.HIGH)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A word of praise opening its sentence on its own, set apart by a mark ("great, another
   * delay", "brilliant, the update wiped all my cards", "oh perfect. on hold again"), reacts to
   * what follows: any complaint after it turns it, however mild its words, when no praise or
   * thanks follows too. "Great, thanks!" and "perfect, that fixed it" stay praise, and so does a
   * word of joy (set {@code joy} in clause-words), which tells the speaker's feeling, not a verdict.
   */
  private boolean interjectionTurned() {
    String typed = body.typed();
    Set<String> joy = null;
    for (Positive p : positives) {
      int after = p.praise() ? Irony.interjectionEnd(typed, p.evidence().start(), p.evidence().end()) : -1;
      if (after < 0) {
        continue;
      }
      joy = joy == null ? ClauseReader.Words.of(lexicon.tag()).joy() : joy;
      if (joy.contains(p.evidence().text().toLowerCase(Locale.ROOT))) {
        // A feeling of the speaker's own ("I'm excited, we're supposed to get ours this year") judges nothing.
        continue;
      }
      for (Positive q : positives) {
        if (q != p && q.evidence().start() >= after) {
          return false;
        }
      }
      for (Evidence e : complaintEvidence()) {
        if (e.start() >= after) {
          return true;
        }
      }
      return false;
    }
    return false;
  }

  /**
   * Whether a word of praise is gladness at a price paid in vain ({@link Irony#paidInVain}): "so
   * glad i paid for priority boarding so i could stand in the same line as everyone else".
   */
  private boolean paidInVain() {
    int[] failures = null;
    for (int i = 0; i < positives.size() && i < LOUD_PAIRS; i++) {
      Positive p = positives.get(i);
      if (!p.praise()) {
        continue;
      }
      if (failures == null) {
        failures = new int[Math.min(problems.evidence.size(), LOUD_PAIRS)];
        for (int f = 0; f < failures.length; f++) {
          Evidence e = problems.evidence.get(f);
          failures[f] = e == null ? -1 : e.start();
        }
      }
      if (Irony.paidInVain(lexicon.tag(), body.typed(), p.evidence().end(), failures)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a negative feeling was read from an act of the addressee's ("you charged me", "you've lost my bag"). */
  private boolean actOfYours() {
    for (Map.Entry<Emotion, Tally> en : emotions.entrySet()) {
      if (!NEGATIVE.contains(en.getKey())) {
        continue;
      }
      for (Evidence e : en.getValue().evidence) {
        if (e != null && e.text().length() > 3 && e.text().regionMatches(true, 0, "you", 0, 3)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Words at most between a thanks and the failure it thanks for: "thanks for the 4 hour delay". */
  private static final int THANKED_FAILURE_REACH = 2;
  /** ... and characters at most, so a long message costs no scan per pair. */
  private static final int THANKED_FAILURE_SPAN = 64;

  /**
   * Thanks whose object is a failure told or a wait, in the same clause and right after it, is
   * sarcasm: "thanks for the 4 hour delay", "thank you for another cancelled flight". Thanks for
   * something done about a failure keeps it further away ("thanks for the update on the delay",
   * "thanks for rebooking me after the cancellation").
   */
  private boolean thanksForAFailure() {
    String typed = body.typed();
    for (Positive p : positives) {
      if (p.praise()) {
        continue;
      }
      if (thanksForNothingOwed(typed, p.evidence().end())) {
        return true;
      }
      for (Evidence e : problems.evidence) {
        if (e != null && e.start() >= p.evidence().end() && e.start() - p.evidence().end() <= THANKED_FAILURE_SPAN && wordsBetween(typed, p.evidence().end(), e.start()) <= THANKED_FAILURE_REACH) {
          return true;
        }
      }
    }
    return false;
  }

  /** Words at most read after a thanks for the owed thing it denies: "thanks for the zero updates". */
  private static final int NOTHING_OWED_REACH = 4;

  /**
   * Thanks for an owed thing denied is sarcasm: a word of set {@code none} ("no", "zero") right
   * before a thing a service owes (sets {@code promise} and {@code notice}: "help", "updates", "reply"), in the words
   * right after the thanks and its clause ("thanks for no help", "thanks for the zero updates",
   * "thank you for no response"). "thanks for no spoilers" thanks for something spared.
   */
  private boolean thanksForNothingOwed(String typed, int from) {
    ClauseReader.Words lookup = ClauseReader.Words.of(lexicon.tag());
    if (lookup.none().isEmpty()) {
      return false;
    }
    boolean none = false;
    int k = from;
    for (int n = 0; n < NOTHING_OWED_REACH; n++) {
      while (k < typed.length() && !Character.isLetterOrDigit(typed.charAt(k))) {
        if (",;:.!?\n".indexOf(typed.charAt(k)) >= 0) {
          return false;
        }
        k++;
      }
      int s = k;
      while (k < typed.length() && (Character.isLetterOrDigit(typed.charAt(k)) || typed.charAt(k) == '\'' || typed.charAt(k) == '\u2019')) {
        k++;
      }
      if (s == k) {
        return false;
      }
      String w = typed.substring(s, k).replace("'", "").replace("\u2019", "").toLowerCase(Locale.ROOT);
      if (none && (lookup.promise().contains(w) || lookup.notice().contains(w))) {
        return true;
      }
      none = lookup.none().contains(w);
    }
    return false;
  }

  /** Words between two offsets, or more than any reach when a clause ends between them. */
  private static int wordsBetween(String s, int from, int to) {
    int words = 0;
    boolean inWord = false;
    for (int k = from; k < to && k < s.length(); k++) {
      char c = s.charAt(k);
      if (",;:.!?\n".indexOf(c) >= 0) {
        return Integer.MAX_VALUE;
      }
      boolean letter = Character.isLetterOrDigit(c);
      words += letter && !inWord ? 1 : 0;
      inWord = letter || inWord && (c == '\'' || c == '\u2019');
    }
    return words;
  }

  /** A scare quote around praise or what was promised: contempt, at the weight of a plain complaint. */
  private static final double SCARE_QUOTE = 0.45;

  /**
   * Scare quotes: praise or a promise set in quotes inside a sentence is said with contempt
   * ("thanks for the \"help\"", "the \"express\" shipping took 9 days", "your “customer
   * service”"), which makes the message sarcastic; a quote that is a whole sentence reports speech.
   */
  private void readScareQuotes() {
    String typed = body.typed();
    if (!hasQuoteMark(typedChars(), typed.length())) {
      return;
    }
    ClauseReader.Words lookup = ClauseReader.Words.of(lexicon.tag());
    for (int[] q : Irony.scareQuotes(typed)) {
      if (!hasLetter(typed, q[0], q[1])) {
        continue; // "&#39; 3 👍🏿 &#39;": a quote with no word in it holds no word said with contempt
      }
      boolean scorn = false;
      for (Positive p : positives) {
        scorn |= p.evidence().start() >= q[0] && p.evidence().end() <= q[1];
      }
      for (int k = q[0]; k < q[1] && !scorn; k++) {
        if (Character.isLetterOrDigit(typed.charAt(k)) && (k == q[0] || !Character.isLetterOrDigit(typed.charAt(k - 1)))) {
          int e = k;
          while (e < q[1] && Character.isLetterOrDigit(typed.charAt(e))) {
            e++;
          }
          scorn = lookup.promise().contains(typed.substring(k, e).toLowerCase(java.util.Locale.ROOT));
        }
      }
      if (scorn) {
        sarcastic = true;
        feel(Emotion.FRUSTRATED, SCARE_QUOTE, span(q[0] - 1, q[1] + 1));
      }
    }
  }

  /** Whether a letter lies in {@code s} between {@code from} and {@code to}. */
  private static boolean hasLetter(String s, int from, int to) {
    for (int k = Math.max(0, from); k < to && k < s.length(); k++) {
      if (Character.isLetter(s.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /** {@code String.indexOf(c, from)} on the first {@code n} characters of {@code chars}. */
  private static int indexOf(char[] chars, int n, char c, int from) {
    for (int i = Math.max(0, from); i < n; i++) {
      if (chars[i] == c) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code " “ ‘} or an opening {@code '} occurs in the first {@code n} characters: one pass where four searches made four. */
  private static boolean hasQuoteMark(char[] chars, int n) {
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      // A straight single quote opens a quote only after no letter: "the 'quick' reply", not "don't".
      if (c == '"' || c == '\u201C' || c == '\u2018' || c == '\'' && (i == 0 || !Character.isLetterOrDigit(chars[i - 1]))) {
        return true;
      }
    }
    return false;
  }

  /** Frames read per message: beyond a few, more of them say nothing new and would cost per pair. */
  private static final int MAX_FRAMES = 8;

  /** How confused two reports that disagree read: as a word of confusion ("confused", "no entiendo"). */
  private static final double REPORTS_DISAGREE = 0.75;

  /** A hope let down: a disappointment plainly felt, above one failure told beside it. */
  private static final double HOPE_DENIED = 0.5;

  /**
   * A hope or an expectation told as past and then denied ({@link DeniedExpectation}) is
   * disappointment: "i was really hoping the new version would fix the battery but nope", "thought
   * the upgrade would be worth it. it wasn't", "not what i was hoping for", "esperava bem mais".
   */
  private void readDeniedExpectation() {
    int[] found = DeniedExpectation.of(lexicon.tag()).find(body.typed(), contrasts, denials);
    if (found != null) {
      Evidence e = span(found[0], found[1]);
      Tally told = emotions.get(Emotion.DISAPPOINTED);
      if (told == null || !anyOverlaps(told.evidence, e)) { // the lexicon's own "expected more" is read already
        feel(Emotion.DISAPPOINTED, HOPE_DENIED, e);
      }
    }
  }

  /**
   * Two reports on either side of a contrast in a message that asks ("email says shipped but
   * tracking says label created?", see {@link ConflictingReports}) tell of confusion. Only the
   * first {@link #MAX_FRAMES} contrasts are read.
   */
  /**
   * A word said and then shouted back as a sentence of its own ("bedbugs. BEDBUGS.", "mold,
   * MOLD!!"): the customer cannot believe what they found, outrage at a thing of ours told to us.
   * Read from the shape only: the shout is a word in capitals (a typography hit) whose word before it,
   * set apart by a sentence's or a clause's end, is the same word; a word the lexicon already reads
   * ("help. HELP.", "no. NO.") is left to its cue.
   */
  private void readShoutedEcho(Typography typo, List<Match<Cue>> words) {
    if (typo.hits.isEmpty() && typo.shortCaps.isEmpty() || body.handle() == null) {
      return;
    }
    String typed = body.typed();
    int longCaps = typo.hits.size();
    for (int k = 0; k < longCaps + typo.shortCaps.size() && k < LOUD_PAIRS; k++) {
      Typography.Hit h = k < longCaps ? typo.hits.get(k) : typo.shortCaps.get(k - longCaps);
      if (h.mark() != Typography.Mark.CAPS || overlapsCue(h, words)) {
        continue;
      }
      int e = h.start();
      boolean apart = false;
      while (e > 0 && !Character.isLetterOrDigit(typed.charAt(e - 1))) {
        apart |= ".!,;…".indexOf(typed.charAt(e - 1)) >= 0;
        e--;
      }
      int s = e;
      while (s > 0 && Character.isLetter(typed.charAt(s - 1))) {
        s--;
      }
      if (!apart || e - s != h.end() - h.start() || !typed.regionMatches(true, s, typed, h.start(), e - s)) {
        continue;
      }
      Evidence echo = span(s, h.end());
      feel(Emotion.ANGRY, ANGER_NEEDS_CARE, echo);
      problems.add(ClauseReader.FAILURE, echo);
      lastNegativeStart = Math.max(lastNegativeStart, echo.start());
      return;
    }
  }

  /** Characters at most from a denial to the end of its clause quoted as the failure ("its not even made yet"). */
  private static final int DENIAL_QUOTED = 40;

  /**
   * A status reported and then denied: a verb of report ("said", "says", "showed") and, after a
   * clause's end or a joining word, a negation in the next clause or sentence ("app said ready 20
   * min ago and its not even made yet", "website said in stock. it's not"). What was reported did
   * not happen: a failure told to us, however plainly. A negation in the report's own clause is what
   * was reported ("says not available in my area", "app says i haven't paid").
   */
  private void readDeniedReport(List<Match<Cue>> negators) {
    if (negators.isEmpty() || clauseFailure || problems.score > 0 || body.handle() == null || !positives.isEmpty()) {
      return; // praise beside it: "my friend said the app is great and i don't disagree"
    }
    ConflictingReports reports = ConflictingReports.of(lexicon.tag());
    Set<String> join = ClauseReader.Words.of(lexicon.tag()).join();
    String typed = body.typed();
    for (int k = 0; k < negators.size() && k < LOUD_PAIRS; k++) {
      Match<Cue> n = negators.get(k);
      int report = reports.reportBefore(typed, n.start(), join);
      if (report < 0) {
        continue;
      }
      int end = n.end();
      while (end < typed.length() && end < n.end() + DENIAL_QUOTED && ",;:.!?\n".indexOf(typed.charAt(end)) < 0) {
        end++;
      }
      if (end < typed.length() && typed.charAt(end) == '?') {
        continue; // asked, not told: "said ready, is it not made yet?"
      }
      Evidence e = span(n.start(), end);
      problems.add(ClauseReader.FAILURE, e);
      lastNegativeStart = Math.max(lastNegativeStart, e.start());
      return;
    }
  }

  private void readConflictingReports() {
    if (contrasts.isEmpty() || !asksQuestion() && !asksWhich()) {
      return;
    }
    ConflictingReports reports = ConflictingReports.of(lexicon.tag());
    String typed = body.typed();
    for (int k = 0; k < contrasts.size() && k < MAX_FRAMES; k++) {
      Match<Cue> c = contrasts.get(k);
      int[] span = reports.around(typed, c.start(), c.end());
      if (span != null) {
        feel(Emotion.CONFUSED, REPORTS_DISAGREE, span(span[0], span[1]));
        return;
      }
    }
  }

  /** "which one is it", "cuál es", "lequel": a question asked without its mark. */
  private boolean asksWhich() {
    return ConflictingReports.asksWhich(body.typed(), lexicon.tag());
  }

  /** Praise said by a frame of praise, weighed as plain praise when no complaint turns it. */
  private static final double FRAME_PRAISE = 0.5;

  /**
   * A frame of praise ("love how…", "that's great", "good one") is irony when a complaint shares
   * its sentence ("love how you charge me twice", "that's great, another delay") and plain
   * praise otherwise ("love how easy the new app is").
   */
  private void resolveFrames() {
    // A frame turns to irony about an event: a failure, a wait or a repeat in its sentence, or a
    // feeling there when the message tells of one elsewhere ("love how you charged me twice").
    // Beside feelings alone it stays praise ("that's great, keep fighting the good fight!").
    promoteExclamations();
    boolean event = !frames.isEmpty() && (problems.score > 0 || !signals.isEmpty() || blamed || actOfYours());
    for (Positive f : frames.size() > MAX_FRAMES ? frames.subList(0, MAX_FRAMES) : frames) {
      if (event && negativeInSentence(f.evidence()) || deniedAfterContrast(f.evidence())) {
        sarcastic = true;
        feel(Emotion.FRUSTRATED, f.weight(), f.evidence());
        turnedPraise.add(f.weight(), f.evidence());
      } else {
        positives.add(new Positive(f.evidence(), Math.min(FRAME_PRAISE, f.weight()), true, true));
      }
    }
  }

  /**
   * A word of praise that opens an exclamative clause ({@link Irony#exclamativeAfter}: "amazing
   * how…", "impressive how you…", "incroyable comme…") is a frame like "love how…": irony beside a
   * complaint in its sentence, plain praise otherwise ("amazing how fast the new app is").
   */
  private void promoteExclamations() {
    String typed = body.typed();
    for (int i = 0; i < positives.size() && frames.size() < MAX_FRAMES; i++) {
      Positive p = positives.get(i);
      if (p.praise() && Irony.exclamativeAfter(lexicon.tag(), typed, p.evidence().end())) {
        frames.add(p);
        positives.remove(i--);
      }
    }
  }

  /**
   * Whether a contrast after {@code e} in its sentence is followed at once by a denial of a thing or
   * a place ({@link Irony#thingAfter}): what was done everywhere but where it was owed, "amazing how
   * my package can go to 3 states but not my house", "love how it's been to 4 cities but never my
   * address". "but not sure" and "but never mind" deny no thing.
   */
  private boolean deniedAfterContrast(Evidence e) {
    String typed = body.typed();
    for (int k = 0; k < contrasts.size() && k < MAX_FRAMES; k++) {
      Match<Cue> c = contrasts.get(k);
      if (c.start() < e.end() || sentenceEndBetween(e.end(), c.start())) {
        continue;
      }
      for (Match<Cue> n : denials) {
        if (n.firstToken() == c.lastToken() + 1 && Irony.thingAfter(lexicon.tag(), typed, n.end())) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean negativeInSentence(Evidence e) {
    for (Map.Entry<Emotion, Tally> en : emotions.entrySet()) {
      if (NEGATIVE.contains(en.getKey()) && anyInSentence(en.getValue().evidence, e)) {
        return true;
      }
    }
    return anyInSentence(problems.evidence, e);
  }

  /**
   * Praise set apart in a short sentence of its own beside a complaint told in another: after it
   * ("3 hours on the tarmac and no updates. awesome", "lost my bag again. great job guys"), or
   * before it as one word ("Great. Another delay."). "Great service. One thing: my bag was
   * damaged" praises first and is left alone.
   */
  private boolean praiseStandsApart() {
    // Haste is no complaint to turn praise against: "fixed my internet in 10 min. impressed tbh".
    double complaint = 1 - (1 - complaintScore()) * (1 - problems.score);
    if (complaint < IRONY_FAILURE) {
      return false;
    }
    String typed = body.typed();
    List<Evidence> complaints = complaintEvidence();
    if (complaints.size() > MAX_FRAMES * 4) {
      complaints = complaints.subList(0, MAX_FRAMES * 4);
    }
    int read = 0;
    for (Positive p : positives) {
      if (!p.praise() || read++ > MAX_FRAMES) {
        continue;
      }
      int words = Irony.wordsInSentence(typed, p.evidence().start(), p.evidence().end(), Irony.SHORT_SENTENCE);
      if (words > Irony.SHORT_SENTENCE) {
        continue;
      }
      boolean before = false;
      boolean after = false;
      for (Evidence e : complaints) {
        if (sameSentence(e, p.evidence())) {
          continue;
        }
        before |= e.end() <= p.evidence().start();
        after |= e.start() >= p.evidence().end();
      }
      if (before || after && words == 1) {
        return true;
      }
    }
    return false;
  }

  private List<Evidence> complaintEvidence() {
    List<Evidence> all = new ArrayList<>(problems.evidence);
    for (Map.Entry<Emotion, Tally> en : emotions.entrySet()) {
      if (NEGATIVE.contains(en.getKey()) && en.getKey() != Emotion.PRESSED_FOR_TIME) {
        all.addAll(en.getValue().evidence);
      }
    }
    all.removeIf(java.util.Objects::isNull);
    return all;
  }

  /**
   * Whether a complaint shares a sentence with a praise word: "great, another cancelled flight"
   * is irony, while "I love it. No one can tell it's not a real diamond." praises in one sentence
   * and tells a fact in the next.
   */
  private boolean complaintBesidePraise() {
    for (Positive p : positives) {
      if (!p.praise()) {
        continue;
      }
      for (Map.Entry<Emotion, Tally> en : emotions.entrySet()) {
        if (NEGATIVE.contains(en.getKey()) && anyInSentence(en.getValue().evidence, p.evidence())) {
          return true;
        }
      }
      if (anyInSentence(problems.evidence, p.evidence())) {
        return true;
      }
    }
    return false;
  }

  private boolean anyInSentence(List<Evidence> evidence, Evidence praise) {
    for (Evidence e : evidence) {
      if (e != null && sameSentence(e, praise)) {
        return true;
      }
    }
    return false;
  }

  /** Whether no sentence end (. ! ? or a line break) lies between the two spans. */
  private boolean sameSentence(Evidence a, Evidence b) {
    return !sentenceEndBetween(Math.min(a.end(), b.end()), Math.max(a.start(), b.start()));
  }

  private static final String SENTENCE_ENDS = ".!?\n。！？";

  /** The ASCII characters of {@link #SENTENCE_ENDS}, by character. */
  private static final boolean[] ASCII_SENTENCE_ENDS = new boolean[0x80];

  static {
    for (char c : SENTENCE_ENDS.toCharArray()) {
      if (c < 0x80) {
        ASCII_SENTENCE_ENDS[c] = true;
      }
    }
  }

  /** The characters of {@code body.typed()}, copied on first use: the scans read them from the array. */
  private char[] typedChars;

  private char[] typedChars() {
    if (typedChars == null) {
      // The letter-run view's characters are the typed ones when no run was collapsed (read only).
      typedChars = body.words() == body.typed() ? body.wordChars() : body.typed().toCharArray();
    }
    return typedChars;
  }
  /** Where the sentence ends (. ! ? or a line break) are in {@code body.typed()}, found on first use. */
  private int[] sentenceEnds;

  /**
   * Whether a sentence end lies in {@code [from, to)}: a binary search in the ends found once, where
   * a scan of the characters between two cues far apart, for every cue, grows with the square of
   * a long message.
   */
  private boolean sentenceEndBetween(int from, int to) {
    if (from >= to) {
      return false;
    }
    int[] ends = sentenceEnds;
    if (ends == null) {
      char[] typed = typedChars();
      int count = 0;
      ends = new int[16];
      for (int k = 0; k < typed.length; k++) {
        char c = typed[k];
        if (c < 0x80 ? ASCII_SENTENCE_ENDS[c] : SENTENCE_ENDS.indexOf(c) >= 0) {
          if (count == ends.length) {
            ends = java.util.Arrays.copyOf(ends, 2 * count);
          }
          ends[count++] = k;
        }
      }
      sentenceEnds = ends = java.util.Arrays.copyOf(ends, count);
    }
    int i = java.util.Arrays.binarySearch(ends, from);
    int next = i >= 0 ? i : -i - 1; // the first end at or after from
    return next < ends.length && ends[next] < to;
  }

  /** Whether a praise word ends before {@code offset}. */
  private boolean praiseBefore(int offset) {
    for (Positive p : positives) {
      if (p.evidence().end() <= offset) { // praise or thanks: "great service... not", "thanks for the help... not"
        return true;
      }
    }
    return false;
  }

  /** A top score ("10/10", "5/5") is praise as strong as "great"; a bottom one a hope let down. */
  private static final double RATING = 0.6;
  /** Scores at or above this percentage praise; at or below {@link #LOW_RATING} they judge. */
  private static final int HIGH_RATING = 80;
  private static final int LOW_RATING = 30;

  /**
   * Scores out of ten or five given as a verdict ({@link Rating}): "10/10 would fly again", "service
   * 2/10". A top score denied in its own sentence is irony ("10/10 would not recommend").
   */
  private void readRatings(List<Match<Cue>> negators) {
    if (body.typed().indexOf('/') < 0) {
      return;
    }
    for (int[] r : Rating.find(body.typed())) {
      Evidence e = span(r[0], r[1]);
      boolean denied = false;
      for (Match<Cue> neg : negators) {
        denied |= neg.start() >= e.end() && !sentenceEndBetween(e.end(), neg.start());
      }
      if (r[2] >= HIGH_RATING && denied) {
        sarcastic = true;
        feel(Emotion.FRUSTRATED, DENIED_PRAISE, e);
      } else if (r[2] >= HIGH_RATING) {
        positives.add(new Positive(e, RATING, true, true));
      } else if (r[2] <= LOW_RATING) {
        feel(Emotion.DISAPPOINTED, RATING, e);
      }
    }
  }

  /** A masked swear word weighs as a strong one: the mask hides the letters, not the force. */
  private static final double MASKED_SWEARING = 0.45;

  /** Swear words typed masked ("f*** this", "sh*t service"), not already read as words of the lexicon. */
  private void readMaskedSwearing() {
    String typed = body.typed();
    if (!MaskedSwearing.possible(typed)) {
      return;
    }
    for (int[] w : MaskedSwearing.find(typed)) {
      boolean read = false;
      for (Swear s : swearing) {
        read |= s.evidence().start() < w[1] && w[0] < s.evidence().end();
      }
      if (!read) {
        Evidence e = span(w[0], w[1]);
        swearing.add(new Swear(MASKED_SWEARING, e));
        lastNegativeStart = Math.max(lastNegativeStart, e.start());
      }
    }
  }

  /**
   * Swearing is anger, unless all else the message says is praise or thanks: "holy shit this is
   * amazing", "damn that's a good pizza" swear for emphasis.
   */
  private void readSwearing() {
    if (swearing.isEmpty()) {
      return;
    }
    // Swearing beside a laugh and nothing else is emphasis too: "Hahaha damn.", "lol holy shit".
    boolean emphasis = (!positives.isEmpty() || !laughs().isEmpty()) && negativeScore() == 0 && problems.score == 0 && !sarcastic;
    if (!emphasis) {
      // Beside a feeling the words already name, swearing says it louder ("this shit is so
      // annoying", "damn, that's sad"); alone it is anger when strong ("fuck this"), frustration
      // when mild ("damn, missed it again", "oh shit"): the lexicon weighs each word.
      Emotion said = null;
      double top = 0;
      for (Map.Entry<Emotion, Tally> en : emotions.entrySet()) {
        if (NEGATIVE.contains(en.getKey()) && en.getKey() != Emotion.PRESSED_FOR_TIME && en.getValue().score > top) {
          top = en.getValue().score;
          said = en.getKey();
        }
      }
      boolean strong = false;
      for (Swear w : swearing) {
        strong |= w.weight() >= STRONG_SWEARING;
      }
      for (Swear w : swearing) {
        feel(said != null ? said : strong ? Emotion.ANGRY : Emotion.FRUSTRATED, w.weight(), w.evidence());
      }
    }
  }

  /**
   * Laughter ("lol", "hahaha", 😂) in a message that complains of nothing is a light moment: weak
   * gratitude, quoted as evidence so that the composer answers playfully. Beside a complaint it is
   * wry ("lost my bag again lol") and says nothing on its own.
   */
  /** The laughs of the message, found once (swearing asks before {@link #readLaughter} does). */
  private List<int[]> laughs() {
    if (laughs == null) {
      laughs = Laughter.SHARED.find(body.typed(), typedChars());
    }
    return laughs;
  }

  private List<int[]> laughs;

  private void readLaughter() {
    // Counted for every message: a laugh tells whether a feeling stands alone (FeelingAlone).
    List<int[]> laughs = laughs();
    laughCount = laughs.size();
    if (laughs.isEmpty() || sarcastic) {
      return;
    }
    double complaint = 1 - (1 - negativeScore()) * (1 - problems.score);
    if (complaint >= LAUGH_OUTWEIGHED) {
      return;
    }
    // The first laughs are quoted; more add nothing to the reading. A span is moved to grapheme
    // boundaries, and inside one enormous cluster (100 KB of "😂\u200d" is a single grapheme) each
    // move reads the cluster from its start: quoting every laugh there took minutes.
    for (int i = 0; i < Math.min(laughs.size(), MAX_LAUGHS_QUOTED); i++) {
      int[] l = laughs.get(i);
      feel(Emotion.GRATEFUL, LAUGH, span(l[0], l[1]));
    }
  }

  /** Whether the cue after {@code words[i]} is praise or thanks within modifier reach, in the same clause. */
  private boolean praiseFollows(List<Match<Cue>> words, int i) {
    if (i + 1 >= words.size()) {
      return false;
    }
    Match<Cue> next = words.get(i + 1);
    return (next.payload().is(Kind.PRAISE) || next.payload().is(Kind.GRATITUDE)) && inScope(words.get(i), next, MODIFIER_REACH);
  }

  /** Where the last failure told starts, or -1. */
  private int lastProblemStart() {
    int last = -1;
    for (Evidence e : problems.evidence) {
      last = Math.max(last, e.start());
    }
    return last;
  }

  /** Where the first praise word starts, or the end of the text when there is none. */
  private int firstPraiseStart() {
    int first = body.typed().length();
    for (Positive p : positives) {
      if (p.praise()) {
        first = Math.min(first, p.evidence().start());
      }
    }
    return first;
  }

  /** Whether a letter or a digit stands before {@code at} in the typed text (a blanked @handle has none). */
  private boolean hasLetterBefore(int at) {
    String typed = body.typed();
    for (int k = Math.min(at, typed.length()) - 1; k >= 0; k--) {
      if (Character.isLetterOrDigit(typed.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasLetter(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (Character.isLetter(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the text of a match on the customer's words ({@link MessageBody#words()}) has a letter:
   * read on the characters it was matched on, no string made.
   */
  private boolean hasLetter(Match<Cue> m) {
    char[] t = body.wordChars();
    for (int i = m.start(); i < m.end(); i++) {
      if (Character.isLetter(t[i])) {
        return true;
      }
    }
    return false;
  }

  /** Whether the customer's own words ask a question. */
  private boolean asksQuestion() {
    String own = body.typed();
    return own.indexOf('?') >= 0 || own.indexOf('？') >= 0;
  }

  /** True when a contrast follows the span and a complaint follows the contrast. */
  private boolean contrasted(Evidence e) {
    int i = firstContrastAtOrAfter(e.end());
    return i < contrasts.size() && lastNegativeStart > contrasts.get(i).start();
  }

  /** Index of the first contrast starting at or after {@code offset} (contrasts are in text order). */
  private int firstContrastAtOrAfter(int offset) {
    int lo = 0;
    int hi = contrasts.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (contrasts.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** As {@link #negativeScore()}, without haste: a deadline or "asap" is no complaint. */
  private double complaintScore() {
    double s = 0;
    for (Map.Entry<Emotion, Tally> en : emotions.entrySet()) {
      if (NEGATIVE.contains(en.getKey()) && en.getKey() != Emotion.PRESSED_FOR_TIME) {
        s = 1 - (1 - s) * (1 - en.getValue().score);
      }
    }
    return s;
  }

  private double negativeScore() {
    double s = 0;
    for (Map.Entry<Emotion, Tally> en : emotions.entrySet()) {
      if (NEGATIVE.contains(en.getKey())) {
        s = 1 - (1 - s) * (1 - en.getValue().score);
      }
    }
    return s;
  }

  private void applyTypography(Typography typo, List<Match<Cue>> words, List<Match<Cue>> signalMatches) {
    List<Evidence> marks = new ArrayList<>();
    EnumSet<Typography.Mark> kinds = EnumSet.noneOf(Typography.Mark.class);
    // One capitalised word may be an acronym (SWIFT, GDPR); capitals count when there are two or
    // more, or when they fall on a cue ("STILL", "TODAY").
    int capsWords = typo.shortCaps.size();
    for (Typography.Hit h : typo.hits) {
      capsWords += h.mark() == Typography.Mark.CAPS ? 1 : 0;
    }
    List<Evidence> caps = new ArrayList<>();
    // Capitals and runs of question marks shout; "!!!" and "sooo" as often cheer.
    List<Evidence> loud = new ArrayList<>();
    for (Typography.Hit h : typo.hits) {
      if (h.mark() == Typography.Mark.CAPS && capsWords < 2 && !overlapsCue(h, words) && !overlapsCue(h, signalMatches)) {
        continue;
      }
      kinds.add(h.mark());
      Evidence e = span(h.start(), h.end());
      marks.add(e);
      if (h.mark() != Typography.Mark.EXCLAMATION && h.mark() != Typography.Mark.ELONGATION) {
        loud.add(e);
      }
      if (h.mark() == Typography.Mark.CAPS) {
        caps.add(e);
      }
    }
    for (Typography.Hit h : typo.shortCaps) {
      if (overlapsCue(h, words) || overlapsCue(h, signalMatches)) {
        kinds.add(Typography.Mark.CAPS);
        Evidence e = span(h.start(), h.end());
        marks.add(e);
        caps.add(e);
      }
    }
    if (typo.shouting) {
      kinds.add(Typography.Mark.CAPS);
    }
    if (kinds.isEmpty()) {
      return;
    }
    // A failure shouted ("WHERE IS MY REFUND", "still not here???", "cancelled again!!!") needs care.
    loudFailure = (typo.shouting || !loud.isEmpty() || !caps.isEmpty()) && shoutedFailure(loud, caps, typo.shouting);
    // Shouting a complaint is anger; "ASAP" or "URGENT" in capitals is only haste.
    boolean complaint = false;
    for (Emotion k : EMOTIONS) {
      Tally t = emotions.get(k);
      complaint |= t != null && NEGATIVE.contains(k) && k != Emotion.PRESSED_FOR_TIME && t.score > 0;
    }
    if (kinds.contains(Typography.Mark.CAPS) && complaint && !caps.isEmpty()) {
      Tally angry = emotions.computeIfAbsent(Emotion.ANGRY, k -> new Tally());
      angry.add(SHOUTING_ANGER, null);
      angry.evidence.addAll(caps);
    }
    int strength = kinds.size() + (typo.shouting ? 1 : 0) + (typo.exclamations >= 3 ? 1 : 0);
    boolean anyNegative = negativeScore() > 0;
    if (!anyNegative) {
      Tally grateful = emotions.get(Emotion.GRATEFUL);
      if (grateful != null && !sarcastic) {
        boost(grateful, strength, marks, kinds.contains(Typography.Mark.EXCLAMATION) || kinds.contains(Typography.Mark.ELONGATION));
        return;
      }
      // Capitals and exclamation marks alone only raise whatever is said: with nothing negative
      // said they are no feeling of their own ("WHAT TIME DOES BOARDING START", "SOS need to
      // change my flight", "Very interesting!!!"). Questions pressed ("hello??", "why?!") are
      // impatience.
      boolean impatient = kinds.contains(Typography.Mark.INTERROBANG) || kinds.contains(Typography.Mark.QUESTIONS);
      if (impatient) {
        Tally f = emotions.computeIfAbsent(typo.shouting ? Emotion.ANGRY : Emotion.FRUSTRATED, k -> new Tally());
        f.add(0.2 + 0.1 * strength, null);
        f.evidence.addAll(marks);
      }
      return;
    }
    for (Map.Entry<Emotion, Tally> en : emotions.entrySet()) {
      if (NEGATIVE.contains(en.getKey())) {
        boost(en.getValue(), strength, marks, true);
      }
    }
  }

  private static void boost(Tally t, int strength, List<Evidence> marks, boolean applies) {
    if (!applies) {
      return;
    }
    for (int k = 0; k < strength; k++) {
      t.score += (1 - t.score) * TYPOGRAPHY_BOOST;
    }
    t.evidence.addAll(marks);
  }

  /** True when the hit overlaps a cue; {@code words} is in text order and non-overlapping. */
  private static boolean overlapsCue(Typography.Hit h, List<Match<Cue>> words) {
    int lo = 0;
    int hi = words.size();
    while (lo < hi) { // first cue ending after the hit starts
      int mid = (lo + hi) >>> 1;
      if (words.get(mid).end() <= h.start()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < words.size() && words.get(lo).start() < h.end();
  }

  private Signals result() {
    List<EmotionFinding> found = new ArrayList<>();
    Emotion primary = Emotion.NEUTRAL;
    double best = 0;
    for (Emotion e : PRIORITY) {
      Tally t = emotions.get(e);
      if (t == null || t.score <= 0 || e == Emotion.NEUTRAL) {
        continue;
      }
      double intensity = round(t.score);
      found.add(new EmotionFinding(e, intensity, published(t.evidence)));
      if (t.score > best + 1e-9) {
        best = t.score;
        primary = e;
      }
    }
    if (best < PRIMARY_THRESHOLD) {
      primary = Emotion.NEUTRAL;
    }
    found.sort(Comparator.comparingDouble(EmotionFinding::intensity).reversed());
    final Emotion lead = primary;
    found.removeIf(f -> f.intensity() < MIN_FINDING && f.label() != lead);

    // A weak cue ("today", "still") or a conditional one ("for 3 days") escalates nothing unless
    // the customer is upset.
    if (!NEGATIVE.contains(primary)) {
      signals.values().removeIf(t -> levelOf(t.max) == EscalationLevel.LOW || !t.unconditional);
      if (primary == Emotion.GRATEFUL) {
        // Thanks tell of time past: "sorted my issue in 5 mins", "second time you've helped me".
        signals.remove(SignalKind.URGENCY);
        signals.remove(SignalKind.REPEAT_CONTACT);
      }
      // "I'd like to cancel my subscription please" is a request, not a threat; a calm "thinking
      // of switching to Vodafone" without one still is.
      Tally churn = signals.get(SignalKind.CHURN_THREAT);
      if (churn != null && requests > 0) {
        churn.max = Math.min(churn.max, CALM_CHURN);
      }
    }
    // A hardship told laughing or thanking, with nothing gone wrong ("Lol, same! Except that I was
    // diagnosed with bipolar disorder", "My kids are safe and me going to therapy is a plus now.
    // Thanks") is a story shared, not a customer in need of care now: named, it sets no level.
    Tally hardship = signals.get(SignalKind.VULNERABILITY);
    if (hardship != null && problems.score == 0 && !clauseFailure) {
      Tally thanked = emotions.get(Emotion.GRATEFUL);
      if (!FeelingAlone.counts(laughCount, sarcastic, thanked == null ? 0 : thanked.score)) {
        hardship.max = Math.min(hardship.max, HINT);
      }
    }
    List<EscalationSignal> sigs = new ArrayList<>();
    EscalationLevel level = EscalationLevel.NONE;
    int strongKinds = 0;
    for (Map.Entry<SignalKind, Tally> en : signals.entrySet()) {
      Tally t = en.getValue();
      sigs.add(new EscalationSignal(en.getKey(), published(t.evidence)));
      EscalationLevel l = levelOf(t.max);
      if (l.atLeast(EscalationLevel.HIGH)) {
        strongKinds++;
      }
      if (l.compareTo(level) > 0) {
        level = l;
      }
    }
    if (strongKinds >= 2) {
      level = EscalationLevel.CRITICAL;
    }
    Tally vulnerable = signals.get(SignalKind.VULNERABILITY);
    if (vulnerable != null && level.compareTo(EscalationLevel.CRITICAL) < 0) {
      boolean other = false;
      for (Map.Entry<SignalKind, Tally> en : signals.entrySet()) {
        other |= en.getKey() != SignalKind.VULNERABILITY && levelOf(en.getValue().max).atLeast(EscalationLevel.MEDIUM);
      }
      if (other) {
        level = EscalationLevel.values()[level.ordinal() + 1];
      }
    }
    if (NEGATIVE.contains(primary)) {
      level = max(level, EscalationLevel.LOW);
      // A feeling played ("crying laughing") or balanced by as much praise sets no level alone (FeelingAlone).
      Tally praised = emotions.get(Emotion.GRATEFUL);
      boolean alone = FeelingAlone.counts(laughCount, sarcastic, praised == null ? 0 : praised.score)
          && situation.feelingCounts(emotions.get(primary).evidence, body.typed(), tiedToUs());
      // Rage and grief call for care whatever else the message says.
      // Faces alone ("😡😡😡") say how strongly, not about what: the words must tell it.
      if (alone
          && ((primary == Emotion.ANGRY && best >= ANGER_NEEDS_CARE && complaintInWords())
              || (primary == Emotion.SAD && best >= 0.75 && inWords(emotions.get(Emotion.SAD)))
              || (primary == Emotion.ANXIOUS && best >= FEAR_NEEDS_CARE))) {
        level = max(level, EscalationLevel.MEDIUM);
      }
      // Intensity sets the level too: a strong negative feeling needs care with no explicit
      // signal ("worst airline ever, 3 hours on the tarmac"), and rage needs a person.
      // One cue of middling strength ("so hard", "a joke") is not enough: it must be explicit and
      // strong, or borne out by a second piece of evidence.
      Tally leading = emotions.get(primary);
      boolean strong = strongBeyondIrony(primary, leading);
      // Frustration counts here when named in words of its own or told of a failure that goes on:
      // a glitch with a face ("app keeps crashing 🙃") is everyday, "down again ffs" is not.
      if (alone && strong && primary != Emotion.PRESSED_FOR_TIME && inWords(leading) && (primary != Emotion.FRUSTRATED || feltBeyondReasons(leading) || persisting())) {
        level = max(level, EscalationLevel.MEDIUM);
      }
      // Two failures told ("lost my bag and nobody can tell me where it is", "3 hours late and no
      // voucher") are a case that needs care, whatever words the feeling is told in.
      // One failure told twice ("wont let me pay. keeps saying error 500", "never got my refund for
      // the missing eggs") is one: see failuresTold.
      if (primary != Emotion.PRESSED_FOR_TIME && problems.score >= COMPOUNDED && failuresTold() >= 2) {
        level = max(level, EscalationLevel.MEDIUM);
      }
      // A failure told with a wait or a repeat ("still no refund, 3 weeks now", "4th time I've
      // called and no one answers") needs care, however plainly it is told.
      if (primary != Emotion.PRESSED_FOR_TIME && clauseFailure && (clauseWait || clauseRepeat)) {
        level = max(level, EscalationLevel.MEDIUM);
      }
      // A failure told as happening more than once ("charged me twice", "zweimal abgebucht") is two failures at once.
      if (primary != Emotion.PRESSED_FOR_TIME && recurred && (laughCount == 0 || sarcastic)) {
        level = max(level, EscalationLevel.MEDIUM);
      }
      // A wait of hours or more for us needs care by itself ("waiting 3 weeks for my refund",
      // "estou esperando há 2 horas na fila do atendimento"; not "it's been 2 hours since OP
      // posted"); a laugh beside it makes it a story.
      if (primary != Emotion.PRESSED_FOR_TIME && longWait != null && (laughCount == 0 || sarcastic) && (heldWait || toUs(longWait))) {
        level = max(level, EscalationLevel.MEDIUM);
      }
      // Anger at us, however plainly worded, needs care: a failure told of a thing of ours or to an
      // @handle ("you guys cancelled my flight and didnt even bother to email me. unreal"; not "he
      // got arrested for a felony").
      if (alone && primary == Emotion.ANGRY && best >= ANGER_AT_US && failureToUs()) {
        level = max(level, EscalationLevel.MEDIUM);
      }
      // A failure shouted, or one that leaves the customer unanswered or loses something that cannot
      // be replaced or their money, needs care however plainly it is told (OwnSituation.grave).
      // A laugh beside it makes it a story ("no one told me they existed lol").
      if (primary != Emotion.PRESSED_FOR_TIME && !level.atLeast(EscalationLevel.MEDIUM) && (laughCount == 0 || sarcastic) && (loudFailure || graveFailure())) {
        level = EscalationLevel.MEDIUM;
      }
      if (alone && primary == Emotion.ANGRY && best >= RAGE && complaintInWords()) {
        level = max(level, EscalationLevel.HIGH);
      }
      // Anger strong enough to need care, told in words about a failure of ours, needs someone who
      // can act ("i am so angry right now. you lost my bag", "worst airline on the planet. lost my
      // bag, lied about it"): the feeling and the failure are two reasons at once.
      if (alone && primary == Emotion.ANGRY && best >= ANGER_NEEDS_CARE && inWords(leading) && (failureToUs() || (problems.score > 0 || clauseFailure) && saidToUs(leading))) {
        level = max(level, EscalationLevel.HIGH);
      }
      // A strong feeling in words with two explicit reasons beside it (a repeat, a long wait of ours,
      // a person asked for, a failure told; one of them more than the failure) is several signals
      // at once: "5th time i've contacted you about this. absolutely ridiculous. i want a manager".
      if (alone && primary != Emotion.PRESSED_FOR_TIME && beyondIrony(primary, leading) >= STRONG_FEELING && feltBeyondReasons(leading) && reasonsBeside() >= 2) {
        level = max(level, EscalationLevel.HIGH);
      }
    }
    if (asksForPerson) {
      level = max(level, EscalationLevel.MEDIUM);
    }
    boolean boundary = signals.containsKey(SignalKind.ABUSE);
    boolean handoffSuggested = level.atLeast(EscalationLevel.HIGH) || !handoff.isEmpty() || vulnerable != null && levelOf(vulnerable.max).atLeast(EscalationLevel.MEDIUM);
    return new Signals(
        lexicon.locale(),
        primary,
        found,
        new Escalation(level, sigs),
        new Suggestion(primary, boundary, handoffSuggested));
  }

  /**
   * How many failures the message tells, a failure told twice counted once. Failures in one clause
   * are one ("never got my refund for the missing eggs", "the wrong dates by mistake"); so is a
   * failure that opens its clause with its verb, which continues the one before with no subject of
   * its own ("wont let me pay, keeps saying error 500", "unusable, cant even load email"). A clause
   * of its own, after a clause end or a word of set {@code join}, with a subject before the failure
   * ("and the app keeps crashing") or opening with a word of set {@code none} or {@code nobody}
   * ("and nobody can tell me where it is"), tells another; so does one opening with a word of set
   * {@code none}, {@code nobody} or {@code without}, or after one ("for no reason", "me cancelaron el
   * vuelo sin avisar"), and a time told ("out of order for weeks").
   */
  private int failuresTold() {
    List<Evidence> told = new ArrayList<>();
    for (Evidence p : problems.evidence) {
      if (p != null && told.size() < LOUD_PAIRS && !told.contains(p)) {
        told.add(p);
      }
    }
    if (told.size() < 2) {
      return told.size();
    }
    told.sort(Comparator.comparingInt(Evidence::start));
    ClauseReader.Words lookup = ClauseReader.Words.of(lexicon.tag());
    String typed = body.typed();
    int count = 1;
    int reach = told.get(0).end();
    for (int k = 1; k < told.size(); k++) {
      Evidence p = told.get(k);
      if (p.start() >= reach && (timed(typed, p, lookup) || anotherFailure(typed, reach, p.start(), lookup))) {
        count++;
      }
      reach = Math.max(reach, p.end());
    }
    return count;
  }

  /** Whether the failure {@code p} is a time told ("for weeks", "2 weeks ago"): how long a failure has lasted is a second reason. */
  private static boolean timed(String typed, Evidence p, ClauseReader.Words lookup) {
    int k = p.start();
    int end = Math.min(p.end(), typed.length());
    while (k < end) {
      if (!Character.isLetterOrDigit(typed.charAt(k))) {
        k++;
        continue;
      }
      int s = k;
      while (k < end && Character.isLetterOrDigit(typed.charAt(k))) {
        k++;
      }
      String w = plainWord(typed, s, k);
      if (lookup.minutes().contains(w) || lookup.hours().contains(w) || lookup.days().contains(w) || lookup.weeks().contains(w) || lookup.months().contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a failure starting at {@code to} tells another than the one ending at {@code from} (see {@link #failuresTold}). */
  private static boolean anotherFailure(String typed, int from, int to, ClauseReader.Words lookup) {
    boolean boundary = false;
    int words = 0;
    String last = "";
    int k = Math.max(0, from);
    int end = Math.min(to, typed.length());
    while (k < end) {
      char c = typed.charAt(k);
      if (",;:.!?\n…—–&".indexOf(c) >= 0) {
        boundary = true;
        words = 0;
        k++;
        continue;
      }
      if (!Character.isLetterOrDigit(c)) {
        k++;
        continue;
      }
      int s = k;
      while (k < end && (Character.isLetterOrDigit(typed.charAt(k)) || typed.charAt(k) == '\'' || typed.charAt(k) == '’')) {
        k++;
      }
      String w = plainWord(typed, s, k);
      if (lookup.join().contains(w)) {
        boundary = true;
        words = 0;
      } else {
        words++;
      }
      last = w;
    }
    int e = to;
    while (e < typed.length() && (Character.isLetterOrDigit(typed.charAt(e)) || typed.charAt(e) == '\'' || typed.charAt(e) == '’')) {
      e++;
    }
    String first = plainWord(typed, to, e);
    if (lookup.without().contains(last) || lookup.without().contains(first) || lookup.none().contains(first) || lookup.nobody().contains(first)) {
      return true; // "cancelled my flight without notice", "withholding my refund for no reason"
    }
    return boundary && words > 0;
  }

  private static String plainWord(String typed, int from, int to) {
    return typed.substring(from, to).replace("'", "").replace("’", "").toLowerCase(Locale.ROOT);
  }

  /**
   * Whether some of the feeling's evidence is words of feeling of their own, apart from every
   * signal and failure told: "ridiculous" in "5th time i've contacted you. absolutely ridiculous",
   * not the frustration a repeat or a wait implies ("still nothing", "3rd time calling").
   */
  private boolean feltBeyondReasons(Tally feeling) {
    int n = 0;
    for (Evidence e : feeling.evidence) {
      if (e == null || ++n > LOUD_PAIRS || e.text().codePoints().noneMatch(Character::isLetter) || overlapsAny(problems.evidence, e)
          || turnedPraise.evidence.contains(e)
          || longWait != null && longWait.start() < e.end() && e.start() < longWait.end()) {
        continue;
      }
      boolean signal = false;
      for (Tally t : signals.values()) {
        signal |= overlapsAny(t.evidence, e);
      }
      if (!signal) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the failure is told as going on or coming back: a repeat or a wait read ("down again",
   * "de novo", "for 3 days"). Frustration that strong is care-worthy even in plain words, while a
   * glitch told with a face or a sigh ("app keeps crashing 🙃", "so slow 😩") is not.
   */
  private boolean persisting() {
    if (clauseRepeat || clauseWait || failureGoesOn) {
      return true;
    }
    // A repeat read only by a weak cue ("every time", "again") counts when it is attached to a failure
    // (failureGoesOn): "crashes every time i try to add my passport" tells when the glitch shows, not
    // that it has gone on; "down again ffs", "still not fixed" stay.
    Tally repeat = signals.get(SignalKind.REPEAT_CONTACT);
    return repeat != null && levelOf(repeat.max).atLeast(EscalationLevel.MEDIUM);
  }

  /**
   * Whether the word {@code [start, end)} ("again", "still", "every time") is attached to a failure
   * told: the failure reaches beyond the word ("down again", "still not fixed") or, when {@code
   * near} counts, stands at most {@link #ATTACHED} words from it in its clause ("schon wieder
   * kaputt"). A failure that is only the
   * word itself is none going on, and a word that opens a clause of the customer's own act ("every
   * time i open the camera") tells when a glitch shows, not that it goes on.
   */
  private boolean failureAround(int start, int end, boolean near) {
    String typed = body.typed();
    int k = end;
    while (k < typed.length() && typed.charAt(k) == ' ') {
      k++;
    }
    int e = k;
    while (e < typed.length() && (Character.isLetter(typed.charAt(e)) || typed.charAt(e) == '\'' || typed.charAt(e) == '\u2019')) {
      e++;
    }
    if (e > k && ClauseReader.Words.of(lexicon.tag()).self().contains(plainWord(typed, k, e))) {
      return false;
    }
    int n = 0;
    for (Evidence p : problems.evidence) {
      if (p == null || ++n > LOUD_PAIRS || p.start() >= start && p.end() <= end) {
        continue;
      }
      if (p.start() < end && start < p.end()
          || near && (p.end() <= start ? wordsBetween(typed, p.end(), start) : wordsBetween(typed, end, p.start())) <= ATTACHED) {
        return true;
      }
    }
    return false;
  }

  /** Words at most between "again" or "still" and the failure it is said of ("schon wieder total kaputt"). */
  private static final int ATTACHED = 2;

  private static boolean overlapsAny(List<Evidence> among, Evidence e) {
    for (int k = 0; k < among.size() && k < LOUD_PAIRS; k++) {
      Evidence x = among.get(k);
      if (x != null && x.start() < e.end() && e.start() < x.end()) {
        return true;
      }
    }
    return false;
  }

  /** Whether some of the feeling's evidence is said to us ("worst airline on the planet"; see {@link #toUs}). */
  private boolean saidToUs(Tally feeling) {
    int n = 0;
    for (Evidence e : feeling.evidence) {
      if (e != null && ++n <= LOUD_PAIRS && toUs(e)) {
        return true;
      }
    }
    return false;
  }

  /**
   * How many explicit reasons for care a message gives beside its feeling: a repeat told, a long
   * wait told to us, a person asked for, and a failure told; 0 when the failure is the only one
   * (a failure alone is what a feeling is about, not a second reason).
   */
  private int reasonsBeside() {
    Tally repeat = signals.get(SignalKind.REPEAT_CONTACT);
    int explicit = (clauseRepeat || repeat != null && levelOf(repeat.max).atLeast(EscalationLevel.MEDIUM) ? 1 : 0)
        + (longWait != null && (heldWait || toUs(longWait)) ? 1 : 0)
        + (asksForPerson ? 1 : 0);
    return explicit == 0 ? 0 : explicit + (clauseFailure || problems.score > 0 ? 1 : 0);
  }

  /**
   * Whether the message is about a situation with us by more than a feeling: addressed to a
   * brand's @handle, a failure, a wait or a repeat told, a question of blame, a request made, or
   * a signal other than abuse, of medium weight at least, that passed its gates (see {@link OwnSituation#feelingCounts}).
   */
  private boolean tiedToUs() {
    if (body.handle() != null || problems.score > 0 || clauseFailure || clauseWait || clauseRepeat || blamed || requests > 0) {
      return true;
    }
    for (Map.Entry<SignalKind, Tally> en : signals.entrySet()) {
      if (en.getKey() != SignalKind.ABUSE && levelOf(en.getValue().max).atLeast(EscalationLevel.MEDIUM)) {
        return true; // a repeat, a haste, a threat that passed its gates is already the customer's own
      }
    }
    return false;
  }

  /** Whether {@code e} is said to us: the message is addressed to an @handle, or "you" or a thing of ours is beside it. */
  private boolean toUs(Evidence e) {
    return body.handle() != null || situation.aboutUs(e, body.typed());
  }

  /**
   * Whether a failure is told of a thing of ours ("my flight", "the order") or to an @handle:
   * "you" alone is not enough here, since anger read in a chat among people says "you" too ("nice
   * of you to jump in for no reason").
   */
  private boolean failureToUs() {
    int failures = 0;
    for (Evidence p : problems.evidence) {
      if (p != null && ++failures <= LOUD_PAIRS && (body.handle() != null || situation.oursBeside(p, body.typed()))) {
        return true;
      }
    }
    return false;
  }

  /** At most this many marks and failures are paired up (a 100 KB message costs no more). */
  private static final int LOUD_PAIRS = 16;

  /**
   * Whether a failure told to us, more than hinted at, is shouted: the whole message in capitals,
   * or capitals, "???" or "?!" in the failure's sentence. "Hi!! a HUGE thank you… I was so stressed
   * about the missing booking" shouts its thanks, not the failure; "why didn't she find out BEFORE
   * she signed it?" is not told to us.
   */
  private boolean shoutedFailure(List<Evidence> loud, List<Evidence> caps, boolean shouting) {
    int failures = 0;
    for (Evidence p : problems.evidence) {
      if (p == null || isHint(p) || ++failures > LOUD_PAIRS || body.handle() == null && !situation.aboutUs(p, body.typed())) {
        continue; // shouted at us: a @handle, "you" or a thing of ours ("my refund") beside it
      }
      if (shouting) {
        return true;
      }
      for (int k = 0; k < loud.size() && k < LOUD_PAIRS; k++) {
        if (sameSentence(p, loud.get(k))) {
          return true;
        }
      }
      for (int k = 0; k < caps.size() && k < LOUD_PAIRS; k++) {
        if (sameSentence(p, caps.get(k))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a failure told, more than hinted at, is grave by what it concerns ({@link OwnSituation#grave}). */
  private boolean graveFailure() {
    for (Evidence p : problems.evidence) {
      if (p != null && !isHint(p) && situation.grave(p, body.typed())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether some of the evidence is words: a crying face alone ("deleted my playlists 😭😭") is
   * exaggerated upset about a product, while grief is told in words of loss.
   */
  private static boolean inWords(Tally t) {
    for (Evidence e : t.evidence) {
      if (e.text().codePoints().anyMatch(Character::isLetter)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether some negative feeling or failure is told in words: "😡😡😡" alone says how strongly
   * the customer feels but not about what, while "😡😡 lost my bag" tells it.
   */
  private boolean complaintInWords() {
    if (problems.score > 0) {
      return true;
    }
    for (Map.Entry<Emotion, Tally> en : emotions.entrySet()) {
      if (NEGATIVE.contains(en.getKey()) && inWords(en.getValue())) {
        return true;
      }
    }
    return false;
  }

  private static EscalationLevel max(EscalationLevel a, EscalationLevel b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static EscalationLevel levelOf(double weight) {
    if (weight >= 0.9) {
      return EscalationLevel.CRITICAL;
    }
    if (weight >= 0.65) {
      return EscalationLevel.HIGH;
    }
    if (weight >= 0.35) {
      return EscalationLevel.MEDIUM;
    }
    return EscalationLevel.LOW;
  }

  private static double round(double v) {
    return Math.round(Math.max(0, Math.min(1, v)) * 100) / 100.0;
  }

  /**
   * The evidence as a caller reads it: {@linkplain #sorted sorted}, each span moved from the decoded
   * text the readers saw to the message as received ("&quot;great&quot;" for '"great"'), its text
   * the message's own.
   */
  private ImmutableList<Evidence> published(List<Evidence> evidence) {
    ImmutableList<Evidence> inOrder = sorted(evidence);
    if (body.sameOffsets()) {
      if (body.decoded() == text) {
        return inOrder;
      }
      // Tags read as spaces of their own length ("account@dana<b>not"): the offsets hold, but a span
      // across a tag must carry the message's characters, not the spaces the readers saw.
      ImmutableList.Builder<Evidence> same = ImmutableList.builderWithExpectedSize(inOrder.size());
      for (Evidence e : inOrder) {
        int end = beforeTagSpaces(e.start(), e.end());
        boolean asTyped = end == e.end() && text.regionMatches(e.start(), e.text(), 0, e.text().length());
        same.add(asTyped ? e : new Evidence(e.start(), end, text.substring(e.start(), end)));
      }
      return same.build();
    }
    ImmutableList.Builder<Evidence> out = ImmutableList.builderWithExpectedSize(inOrder.size());
    Evidence last = null;
    for (Evidence e : inOrder) {
      int s = body.original(e.start());
      int end = body.original(beforeTagSpaces(e.start(), e.end()));
      Evidence moved = new Evidence(s, end, text.substring(s, end));
      if (!moved.equals(last)) { // two spans inside one entity's characters become one
        out.add(moved);
      }
      last = moved;
    }
    return out.build();
  }

  /**
   * {@code end} of a span of the decoded text, moved back over the spaces a tag was read as: a span
   * ending "not " before "&lt;br&gt;" quotes "not ", as the same message typed with a line break does,
   * never "not &lt;br".
   */
  private int beforeTagSpaces(int start, int end) {
    String decoded = body.decoded();
    int e = end;
    while (e > start && decoded.charAt(e - 1) == ' ' && !Character.isWhitespace(text.charAt(body.original(e - 1)))) {
      e--;
    }
    return e;
  }

  private static final Comparator<Evidence> IN_TEXT_ORDER = Comparator.comparingInt(Evidence::start).thenComparingInt(Evidence::end);

  /**
   * The evidence without repeats, in text order (ties in the order found): a stable sort, then each
   * run of equal spans keeps the first of each distinct value, which is what {@code distinct()}
   * then a stable sort keeps.
   */
  static ImmutableList<Evidence> sorted(List<Evidence> evidence) {
    int n = evidence.size();
    if (n < 2) {
      return ImmutableList.copyOf(evidence);
    }
    Evidence[] a = evidence.toArray(new Evidence[0]);
    java.util.Arrays.sort(a, IN_TEXT_ORDER);
    ImmutableList.Builder<Evidence> out = ImmutableList.builderWithExpectedSize(n);
    int run = 0; // where the current run of equal (start, end) begins
    for (int i = 0; i < n; i++) {
      if (a[i].start() != a[run].start() || a[i].end() != a[run].end()) {
        run = i;
      }
      boolean repeat = false;
      for (int k = run; k < i && !repeat; k++) {
        repeat = a[k].equals(a[i]);
      }
      if (!repeat) {
        out.add(a[i]);
      }
    }
    return out.build();
  }

  /**
   * A cue typed in capitals ("STILL", "TODAY") is emphasised, and so is one with a longer word in
   * capitals ("going to CANCEL"); "OK thanks" and "I" are not.
   */
  private double emphasis(Match<Cue> m) {
    int upper = 0;
    int allUpper = 0;
    boolean lower = false;
    boolean anyLower = false;
    for (int i = m.start(); i <= m.end(); i++) {
      char ch = i < m.end() ? body.typed().charAt(i) : ' '; // markup decoded: "DON&#39;T" is still in capitals
      if (Character.isLowerCase(ch)) {
        lower = true;
        anyLower = true;
      } else if (Character.isUpperCase(ch)) {
        upper++;
        allUpper++;
      } else if (Character.isWhitespace(ch)) {
        if (upper >= 3 && !lower) {
          return CAPS_EMPHASIS;
        }
        upper = 0;
        lower = false;
      }
    }
    return allUpper >= 2 && !anyLower ? CAPS_EMPHASIS : 1;
  }

  /**
   * Evidence for a span found on characters (typography, emoticons), widened to grapheme
   * boundaries so that "!!!" followed by a joiner never cuts the cluster.
   */
  private Evidence span(int start, int end) {
    String decoded = body.decoded();
    int s = plainBoundary(start) ? start : Graphemes.boundaryAtOrBefore(decoded, start);
    int e = plainBoundary(end) ? end : Graphemes.boundaryAtOrAfter(decoded, end);
    // On the decoded text while reading; the message as received when published (published()).
    return new Evidence(s, e, decoded.substring(s, e));
  }

  /**
   * True when {@code i} is a grapheme boundary for a reason visible without an iterator: the end
   * of the text, or between two ASCII characters other than CR LF (no ASCII character extends,
   * joins or prepends to a cluster). The common case, and much cheaper than ICU's iterator.
   */
  private boolean plainBoundary(int i) {
    String decoded = body.decoded();
    if (i <= 0 || i >= decoded.length()) {
      return i == 0 || i == decoded.length();
    }
    char before = decoded.charAt(i - 1);
    char after = decoded.charAt(i);
    return before < 0x80 && after < 0x80 && !(before == '\r' && after == '\n');
  }

  /** Evidence for a match on the customer's words: the same span of the message as written. */
  private Evidence evidence(Match<Cue> m) {
    // Most messages: the matcher read the decoded text itself (no run collapsed, nothing blanked)
    // and the span needs no widening, so the match's own text (made once, kept) is the span's.
    if (body.words() == body.decoded() && plainBoundary(m.start()) && plainBoundary(m.end())) {
      return new Evidence(m.start(), m.end(), m.text());
    }
    return span(m.start(), m.end());
  }

  /**
   * Hashtags written in camel case are read as the words they join: "#NotHappy" as "not happy",
   * "#UnitedFail" as "united fail", "#NeverAgain" as "never again". Evidence is the hashtag's span.
   * Lower-case hashtags of one word ("#fail") are words already.
   */
  private void readHashtags() {
    String typed = body.typed();
    for (int i = indexOf(typedChars(), typed.length(), '#', 0); i >= 0 && i + 1 < typed.length(); i = indexOf(typedChars(), typed.length(), '#', i + 1)) {
      if (i > 0 && Character.isLetterOrDigit(typed.charAt(i - 1))) {
        continue; // "C#", "no#1": not a hashtag
      }
      int end = i + 1;
      boolean camel = false;
      while (end < typed.length() && Character.isLetterOrDigit(typed.charAt(end))) {
        camel |= end > i + 1 && Character.isUpperCase(typed.charAt(end)) && Character.isLowerCase(typed.charAt(end - 1));
        end++;
      }
      if (!camel && denies(typed, i + 1, end)) {
        // "#not" after praise takes it back: "so glad I paid for priority boarding #not".
        sarcastic = true;
        continue;
      }
      String joined;
      if (camel && end - i <= MAX_HASHTAG) {
        StringBuilder split = new StringBuilder(2 * (end - i));
        for (int k = i + 1; k < end; k++) {
          char ch = typed.charAt(k);
          if (k > i + 1 && Character.isUpperCase(ch) && Character.isLowerCase(typed.charAt(k - 1))) {
            split.append(' ');
          }
          split.append(ch);
        }
        joined = split.toString();
      } else if (camel || (joined = HashtagWords.of(lexicon.locale()).split(typed.substring(i + 1, end))) == null) {
        // "#epicfail" is split over the lexicon's words (read on the first such hashtag, not on
        // every start); "#fail" is a word already
        continue;
      }
      Evidence e = span(i, end);
      Match<Cue> negator = null;
      for (Match<Cue> m : longest(new ArrayList<>(lexicon.matcher().findAll(joined)))) {
        Cue c = m.payload();
        if (!c.nextEndsRight(joined, m.end())) {
          continue;
        }
        if (c.is(Kind.NEGATOR)) {
          negator = m;
        } else if (c.is(Kind.SIGNAL)) {
          if (!c.needsAct()) {
            Tally t = signals.computeIfAbsent(c.signal(), k -> new Tally());
            t.add(c.weight(), e);
            t.unconditional |= !c.ifUpset();
            if (c.emotion() != null) {
              feel(c.emotion(), c.feelsWeight(), e);
            }
          }
        } else if (c.is(Kind.ACTION)) {
          if (negator != null) {
            problems.add(c.weight(), e);
          }
        } else {
          word(m, c, e, negator != null && hasLetter(m.text()), 1);
        }
      }
    }
  }

  /** Whether the hashtag's word (from {@code start} to {@code end}) is a negator and nothing else. */
  private boolean denies(String typed, int start, int end) {
    if (end - start > 8) {
      return false;
    }
    for (Match<Cue> m : lexicon.matcher().findAll(typed.substring(start, end))) {
      if (m.payload().is(Kind.NEGATOR) && m.start() == 0 && m.end() == end - start) {
        return true;
      }
    }
    return false;
  }

  /**
   * The clause reader's findings (failed states, waits, repeats, questioned prices, questions of
   * blame) added to what the words said: a finding that overlaps a failure the lexicon already
   * found adds nothing more, so a complaint is not counted twice for being caught twice.
   */
  /** Whether the clause reader found a failure, a wait or a repeat. */
  private static boolean failureTold(List<ClauseReader.Finding> found) {
    for (ClauseReader.Finding f : found) {
      if (f.type() == ClauseReader.Type.FAILURE || f.type() == ClauseReader.Type.WAIT || f.type() == ClauseReader.Type.REPEAT) {
        return true;
      }
    }
    return false;
  }

  private void readClauses(List<Match<Cue>> clauseWords, List<Match<Cue>> words) {
    List<Match<Cue>> merged = new ArrayList<>(clauseWords.size() + 4);
    int c = 0;
    for (Match<Cue> w : words) {
      if (!w.payload().is(Kind.NEGATOR)) {
        continue;
      }
      while (c < clauseWords.size() && clauseWords.get(c).start() <= w.start()) {
        merged.add(clauseWords.get(c++));
      }
      merged.add(w);
    }
    while (c < clauseWords.size()) {
      merged.add(clauseWords.get(c++));
    }
    boolean upset = problems.score > 0 || negativeScore() > 0 || !surprises.isEmpty(); // astonishment held (readSurprises) may be upset
    ClauseReader reader = new ClauseReader(body.words(), body.wordChars(), ClauseReader.Words.of(lexicon.tag()), situation.ours(), merged, upset);
    List<ClauseReader.Finding> found = reader.read();
    for (ClauseReader.Finding h : reader.held()) {
      heldWait |= h.weight() >= ClauseReader.LONG_WAIT; // "45 Minuten in der Warteschleife": a wait of ours, whoever is named
    }
    if (!reader.absences().isEmpty() && (problems.score > 0 || failureTold(found) || body.handle() != null)) {
      // "delayed 3 hrs and no one at the gate", "@amazon nothing at my door"; not "No one at the party"
      found.addAll(reader.absences());
    }
    // A failure the words told ("never got my voucher") that is not itself a wait or a repeat.
    for (Evidence p : problems.evidence) {
      if (clauseFailure) {
        break; // known already: the rest cannot change it
      }
      boolean wait = false;
      for (int k = 0; k < found.size() && !wait; k++) {
        ClauseReader.Finding f = found.get(k);
        wait = (f.type() == ClauseReader.Type.WAIT || f.type() == ClauseReader.Type.REPEAT) && f.start() < p.end() && p.start() < f.end();
      }
      clauseFailure |= !wait;
    }
    for (ClauseReader.Finding f : found) {
      Evidence e = span(f.start(), f.end());
      switch (f.type()) {
        case FAILURE -> clauseFailure = true;
        case WAIT -> {
          clauseWait |= f.weight() >= ClauseReader.WAIT; // "for 3 hours" beside a failure adds, but sets no level
          if (longWait == null && f.weight() >= ClauseReader.LONG_WAIT) {
            longWait = e;
          }
        }
        case REPEAT -> {
          clauseRepeat = true;
          Tally t = signals.computeIfAbsent(SignalKind.REPEAT_CONTACT, k -> new Tally());
          t.add(f.weight(), e);
          if (!toUs(e)) {
            continue; // "seeing it for the 30th time": a count, no complaint
          }
          // A contact made to us again is a complaint too ("troisième appel à votre service",
          // "how many more times do I have to explain this to your reps"): a failure told, as a wait is.
        }
        case BLAME -> {
          blamed = true;
          // "how come…", "why does…" asked of a failure is no confusion: the question is rhetorical.
          Tally confused = emotions.get(Emotion.CONFUSED);
          if (confused != null && confused.evidence.stream().allMatch(x -> x != null && x.start() < e.end() && e.start() < x.end())) {
            emotions.remove(Emotion.CONFUSED);
          }
          // A question of blame about a failure ("how is it possible that nobody can tell me") tells
          // of the failure; the feeling is read from its words when they say one.
          if (overlapsFeeling(e)) {
            continue;
          }
        }
        case BROKEN_PROMISE -> {
          // Told in full, the promise and the present; the lexicon's hint ("supposed to") was only a hint.
          // A deadline inside it is past, not pressing: "promised by wednesday, it's friday".
          dropInside(SignalKind.URGENCY, Emotion.PRESSED_FOR_TIME, e);
          clauseFailure = true;
          clauseWait = true; // the time since the promise is a wait: "you said 5-7 days. It's day 12"
          problems.add(f.weight(), e);
          lastNegativeStart = Math.max(lastNegativeStart, e.start());
          continue;
        }
        case PRAISE, JUDGEMENT, DISGUST, LET_DOWN, FRIGHT -> {
          evaluation(f, e); // an opinion said, not a failure told (Evaluations)
          continue;
        }
        case DAMAGE -> {
          // Damage done to the customer's things by someone of ours is a failure told and an
          // outrage at once: "your driver hit my car and drove off" (not "the storm damaged my roof").
          clauseFailure = true;
          feel(Emotion.ANGRY, DAMAGE_ANGER, e);
        }
        default -> {}
      }
      if (!overlapsFirmProblem(e)) {
        problems.add(f.weight(), e);
        lastNegativeStart = Math.max(lastNegativeStart, e.start());
      } else if (f.type() == ClauseReader.Type.FAILURE && hiddenActs.size() < LOUD_PAIRS) {
        hiddenActs.add(e); // read once laughter is known (readHiddenActs)
      }
    }
    // A failure told beside the time it has lasted until now is a wait as well: "wifi down since
    // 8am", "seit Samstag kein Internet", "sem internet desde sábado" (not "I've loved it since 2019").
    for (int k = 0; k < reader.lasting().size() && k < LOUD_PAIRS && !clauseWait; k++) {
      ClauseReader.Finding l = reader.lasting().get(k);
      clauseWait = failureBeside(l.start(), l.end());
    }
    recurred = recurredFailure(clauseWords);
    for (int k = 0; k < clauseWords.size() && k < LOUD_PAIRS * 4 && !failureGoesOn; k++) {
      Match<Cue> w = clauseWords.get(k);
      ClauseReader.Part part = w.payload().part();
      if (part == ClauseReader.Part.STILL || part == ClauseReader.Part.AGAIN) {
        Tally repeat = signals.get(SignalKind.REPEAT_CONTACT);
        // A word of time that is no repeat ("slow now", "down today") is attached only by overlap.
        boolean near = part == ClauseReader.Part.STILL || repeat != null && overlapsAny(repeat.evidence, span(w.start(), w.end()));
        failureGoesOn = failureAround(w.start(), w.end(), near);
      }
    }
  }

  /**
   * A failure done to the customer by its agent ("you lost my bag", "you guys cancelled my
   * flight") whose act a longer lexicon row hid ("lost my bag" outweighs "you lost"): the act of
   * yours is read as the shorter row would have read it, anger at us of {@link #ANGER_AT_US}, so
   * the longest match decides the words quoted, not whether the act was done to the customer.
   */
  private void readHiddenActs() {
    for (Evidence e : hiddenActs) {
      actOfYoursHidden(e);
    }
  }

  private void actOfYoursHidden(Evidence e) {
    String t = body.words();
    int end = e.start();
    while (end < e.end() && end < t.length() && Character.isLetter(t.charAt(end))) {
      end++;
    }
    String first = t.substring(e.start(), end).toLowerCase(Locale.ROOT);
    if (!ClauseReader.Words.of(lexicon.tag()).agent().contains(first) || !toUs(e) || sarcastic || laughCount > 0) {
      return;
    }
    Tally angry = emotions.get(Emotion.ANGRY);
    if (angry != null && overlapsAny(angry.evidence, e)) {
      return; // read already ("you lost my stroller": the row "you lost")
    }
    feel(Emotion.ANGRY, ANGER_AT_US, e);
  }

  /** Characters at most between a failure and the count told beside it in its clause ("charged my card 3 times"). */
  private static final int COUNT_REACH = 24;

  /**
   * Whether a failure is told with a count of times of two or more inside it or beside it in its
   * clause: the thing went wrong more than once ("you charged me twice", "ur app charged me 3x",
   * "me cobraron dos veces", "zweimal abgebucht"), two failures in one. Not a count of anything
   * else ("watched it twice").
   */
  private boolean recurredFailure(List<Match<Cue>> clauseWords) {
    if (problems.score <= 0) {
      return false;
    }
    int seen = 0;
    for (Match<Cue> t : clauseWords) {
      if (t.payload().part() != ClauseReader.Part.TIMES || ClauseReader.count(t) < 2) {
        continue;
      }
      if (++seen > LOUD_PAIRS) {
        return false;
      }
      int n = 0;
      for (Evidence p : problems.evidence) {
        if (p == null || ++n > LOUD_PAIRS) {
          continue;
        }
        int from = Math.min(p.end(), t.end());
        int to = Math.max(p.start(), t.start());
        if (to - from <= COUNT_REACH && !clauseEndBetween(from, to)) {
          // Told twice, a hinted failure is told ("ur app charged me 3x"): the whole span is the failure.
          Evidence whole = span(Math.min(p.start(), t.start()), Math.max(p.end(), t.end()));
          if (!problems.evidence.contains(whole)) {
            problems.add(ClauseReader.FAILURE, whole);
          }
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a clause's end (a sentence end, a comma, a semicolon or a colon) lies in {@code [from, to)} of the typed text. */
  private boolean clauseEndBetween(int from, int to) {
    char[] typed = typedChars();
    for (int k = Math.max(0, from); k < to && k < typed.length; k++) {
      char c = typed[k];
      if (c < 0x80 ? c == ',' || c == ';' || c == ':' || ASCII_SENTENCE_ENDS[c] : c == '\u3001' || SENTENCE_ENDS.indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether a failure told, more than hinted at and apart from the span itself, shares a sentence with {@code [start, end)}. */
  private boolean failureBeside(int start, int end) {
    int n = 0;
    for (Evidence p : problems.evidence) {
      if (p != null && ++n <= LOUD_PAIRS && !isHint(p) && (p.end() <= start || p.start() >= end)
          && !sentenceEndBetween(Math.min(p.end(), end), Math.max(p.start(), start))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a failure is only supposed or asked about: "how do I know if my flight is cancelled?",
   * "in case my bag is lost", "is flight 456 delayed?".
   */
  private boolean supposed(Evidence e) {
    if (supposition == null) {
      supposition = new ClauseReader(body.words(), body.wordChars(), ClauseReader.Words.of(lexicon.locale().toString()), List.of(), false);
    }
    return supposition.supposed(e.start()) || supposition.askedYesOrNo(e.start());
  }

  /** Whether the span lies in a condition ("if you don't fix it"): see {@link ClauseReader#supposed}. */
  private boolean conditional(Evidence e) {
    if (supposition == null) {
      supposed(e);
    }
    return supposition.supposed(e.start());
  }

  /** Whether praise is said of a past ("used to be great", "formerly the best"): see {@link ClauseReader#bygone}. */
  private boolean bygone(Evidence e) {
    supposed(e); // builds the reader
    return supposition.bygone(e.start());
  }

  /** Whether praise lies in a question that asks about it: "what's the best number to call?", "any good seats left?". */
  private boolean praiseAsked(Evidence e) {
    supposed(e); // builds the reader
    return supposition.asked(e.start());
  }

  /** Reads suppositions before a problem (built on the first problem: most messages have none). */
  private ClauseReader supposition;

  /** Hints up to which {@link #isHint} walks the list; past it a set answers. */
  private static final int HINTS_LISTED = 8;

  private void addHint(Evidence e) {
    if (hints.isEmpty()) {
      hints = new ArrayList<>(2);
    }
    hints.add(e);
    if (hintSet != null) {
      hintSet.add(e);
    } else if (hints.size() > HINTS_LISTED) {
      hintSet = new EvidenceSet();
      for (Evidence h : hints) {
        hintSet.add(h);
      }
    }
  }

  /**
   * Whether {@code p} is one of the {@link #hints} ({@code hints.contains(p)}): every problem is
   * asked, so a long message with many hints asked the whole list for each of its problems.
   */
  private boolean isHint(Evidence p) {
    return hintSet != null ? hintSet.contains(p) : hints.contains(p);
  }

  /** Whether a problem other than a one-word hint overlaps {@code e} ("waited 40 min" reads past "waited"). */
  private boolean overlapsFirmProblem(Evidence e) {
    for (int i = problems.overlapping(e.start(), e.end(), 0); i >= 0; i = problems.overlapping(e.start(), e.end(), i + 1)) {
      if (!isHint(problems.evidence.get(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * An evaluation the clause reader found in a frame of the speaker's stance ("this is so good",
   * "that was reckless", "vile."): praise joins the positives (so irony and contrast still apply
   * to it), a judgement is frustration, disgust anger, fright anxiety, praise denied a hope let down.
   * A word the lexicon already read adds nothing.
   */
  private void evaluation(ClauseReader.Finding f, Evidence e) {
    if (overlapsFeeling(e) || overlapsProblem(e)) {
      return;
    }
    for (Positive p : positives) {
      if (p.evidence().start() < e.end() && e.start() < p.evidence().end()) {
        return;
      }
    }
    switch (f.type()) {
      case PRAISE -> positives.add(new Positive(e, f.weight(), true, f.weight() >= 0.5));
      case JUDGEMENT -> feel(Emotion.FRUSTRATED, f.weight(), e);
      case FRIGHT -> feel(Emotion.ANXIOUS, f.weight(), e);
      case LET_DOWN -> {
        // Read as the lexicon reads a denied praise word: "not good" is as plain as "bad".
        feel(Emotion.DISAPPOINTED, Math.max(NEGATED_PRAISE, 0.7 * f.weight()), e);
        feel(Emotion.FRUSTRATED, 0.55 * f.weight(), e);
      }
      default -> feel(Emotion.ANGRY, f.weight(), e);
    }
  }

  /**
   * Tears beside joy in one sentence are no grief: "the lady next to me is crying because she's so
   * happy to see her son", "cried, I'm so happy". Only when every piece of the sadness is a word of
   * weeping ({@code weep} in clause-words) and a word of joy ({@code joy}) is praise in its sentence,
   * or, with no failure told, any praise in its sentence or a word of joy anywhere ("so good im
   * literally crying 😭😭", "restocked the oat milk. i could cry. thank u").
   */
  private void readTearsOfJoy() {
    Tally sad = emotions.get(Emotion.SAD);
    if (sad == null || positives.isEmpty()) {
      return;
    }
    ClauseReader.Words w = ClauseReader.Words.of(lexicon.tag());
    for (Evidence e : sad.evidence) {
      if (e == null || !w.weep().contains(e.text().toLowerCase(Locale.ROOT))) {
        return;
      }
    }
    // Tears beside a word of joy in their sentence are of joy ("crying, so happy"); with nothing gone
    // wrong told, so are tears beside any praise in their sentence ("so good im literally crying 😭😭")
    // or beside a word of joy anywhere ("u guys restocked the oat milk. i could cry. thank u").
    boolean nothingWrong = problems.score == 0;
    for (Positive p : positives) {
      boolean beside = anyInSentence(sad.evidence, p.evidence());
      if (!beside && !nothingWrong) {
        continue;
      }
      boolean joy = false;
      for (String word : p.evidence().text().toLowerCase(Locale.ROOT).split(" ")) {
        joy |= w.joy().contains(word);
      }
      if (joy || beside && nothingWrong) {
        emotions.remove(Emotion.SAD);
        return;
      }
    }
  }

  /** Drops a signal and the feeling it implied when all their evidence lies inside {@code e}. */
  private void dropInside(SignalKind kind, Emotion feeling, Evidence e) {
    Tally t = signals.get(kind);
    if (t != null && t.evidence.stream().allMatch(x -> x != null && x.start() >= e.start() && x.end() <= e.end())) {
      signals.remove(kind);
      Tally f = emotions.get(feeling);
      if (f != null && f.evidence.stream().allMatch(x -> x != null && x.start() >= e.start() && x.end() <= e.end())) {
        emotions.remove(feeling);
      }
    }
  }

  private static boolean anyOverlaps(List<Evidence> spans, Evidence e) {
    for (Evidence p : spans) {
      if (p != null && p.start() < e.end() && e.start() < p.end()) {
        return true;
      }
    }
    return false;
  }

  private boolean overlapsFeeling(Evidence e) {
    for (Emotion k : EMOTIONS) { // the map's order, without an entry made per feeling
      Tally t = emotions.get(k);
      if (t != null && NEGATIVE.contains(k)) {
        for (int i = 0, n = t.evidence.size(); i < n; i++) { // by index: no iterator per call
          Evidence p = t.evidence.get(i);
          if (p.start() < e.end() && e.start() < p.end()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private boolean overlapsProblem(Evidence e) {
    return problems.overlapping(e.start(), e.end(), 0) >= 0;
  }

  /** Longer "hashtags" are not tags but runs of text; not worth splitting. */
  private static final int MAX_HASHTAG = 64;

  /**
   * Actions negated by a word right after them ("lädt nicht", "ne charge pas", "got no reply",
   * "heard nothing back"): the negator within {@value #AFTER_REACH} words, in the same clause.
   */
  private void negatedAfter(List<Match<Cue>> actions, List<Match<Cue>> words) {
    int w = 0;
    for (Match<Cue> a : actions) {
      while (w < words.size() && words.get(w).firstToken() <= a.lastToken()) {
        w++;
      }
      for (int k = w; k < words.size() && words.get(k).firstToken() - a.lastToken() <= AFTER_REACH; k++) {
        Match<Cue> after = words.get(k);
        if (after.payload().is(Kind.NEGATOR) && inScope(a, after, AFTER_REACH)) {
          Evidence e = span(a.start(), after.end());
          problems.add(a.payload().weight(), e);
          lastNegativeStart = Math.max(lastNegativeStart, e.start());
          break;
        }
      }
    }
  }

  private static final int AFTER_REACH = 2;

  /** Words a denied subject reaches for its verb: "no one at the gate can tell us", "nobody from your team has called". */
  private static final int SUBJECT_NEGATION_REACH = 6;

  /**
   * A subject denied ("nobody", "no one", "nothing": the lexicon's negators of actions only and
   * the clause reader's absences of more than one word) denies the first action of its clause,
   * past what qualifies it: "no one at the gate can tell us anything". Null when there is none.
   */
  private Match<Cue> subjectDenied(Match<Cue> negator, List<Match<Cue>> clauseWords, Match<Cue> action) {
    if (deniedSubjects == null) {
      deniedSubjects = new DeniedSubjects(clauseWords); // one pass for all actions (DeniedSubjects)
    }
    Match<Cue> subject = deniedSubjects.before(negator, action);
    return subject != null && inScope(subject, action, SUBJECT_NEGATION_REACH) ? subject : null;
  }

  private DeniedSubjects deniedSubjects;

  /** Whether a target ("you", "these", "bunch of") ends at most two words before {@code m}, in its clause. */
  private boolean targetBefore(Match<Cue> m) {
    for (int i = targets.size() - 1; i >= 0; i--) {
      Match<Cue> t = targets.get(i);
      if (t.lastToken() < m.firstToken()) {
        return inScope(t, m, TARGET_REACH);
      }
    }
    return false;
  }

  private static final int TARGET_REACH = 2;

  /** How angry an insult aimed at someone else reads: told of, below what raises the level on its own. */
  private static final double INSULT_ELSEWHERE = 0.5;

  /**
   * The acts with no sentence end between them and {@code m}, in order: the only ones {@link
   * ThreatGate#made} can count (it asks the same of each), found without scanning the characters
   * between a threat and every act of a long message.
   */
  private List<Match<Cue>> actsInSentenceOf(Match<Cue> m) {
    if (!actsInOrder()) {
      List<Match<Cue>> out = null;
      for (Match<Cue> a : acts) {
        if (sameSentence(a, m)) {
          out = out == null ? new ArrayList<>(2) : out;
          out.add(a);
        }
      }
      return out == null ? List.of() : out;
    }
    // In order and apart, the acts of m's sentence are a run around where m is: before m, an act
    // further back has more text between (once a sentence end is there, it stays); after m, the same.
    int i = firstActEndingAfter(m.start());
    int from = i;
    while (from > 0 && sameSentence(acts.get(from - 1), m)) {
      from--;
    }
    int to = i;
    while (to < acts.size() && sameSentence(acts.get(to), m)) {
      to++;
    }
    return from == to ? List.of() : new ArrayList<>(acts.subList(from, to));
  }

  /** Whether an act ("I'll post", "report", "going to") is in the same sentence as {@code m}. */
  private boolean actInSentence(Match<Cue> m) {
    if (!actsInOrder()) {
      for (Match<Cue> a : acts) {
        if (sameSentence(a, m)) {
          return true;
        }
      }
      return false;
    }
    // The nearest act on either side is the one with the least text between (see actsInSentenceOf).
    int i = firstActEndingAfter(m.start());
    return i > 0 && sameSentence(acts.get(i - 1), m) || i < acts.size() && sameSentence(acts.get(i), m);
  }

  private boolean sameSentence(Match<Cue> a, Match<Cue> m) {
    return !sentenceEndBetween(Math.min(a.end(), m.end()), Math.max(a.start(), m.start()));
  }

  /** How many acts were checked for {@link #actsInOrder}, and the answer. */
  private int actsChecked = -1;
  private boolean actsApart;

  /** Whether the acts are in text order and do not overlap (the word layer's are: {@link #longest}). */
  private boolean actsInOrder() {
    if (actsChecked != acts.size()) {
      boolean apart = true;
      for (int k = 1; k < acts.size() && apart; k++) {
        apart = acts.get(k - 1).end() <= acts.get(k).start() && acts.get(k - 1).start() < acts.get(k - 1).end();
      }
      actsApart = apart && (acts.isEmpty() || acts.get(acts.size() - 1).start() < acts.get(acts.size() - 1).end());
      actsChecked = acts.size();
    }
    return actsApart;
  }

  /** The index of the first act that ends after {@code offset} (acts in order: see {@link #actsInOrder}). */
  private int firstActEndingAfter(int offset) {
    int lo = 0;
    int hi = acts.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (acts.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** True when {@code before} ends at most {@code reach} words before {@code m}, in the same clause. */
  private boolean inScope(Match<Cue> before, Match<Cue> m, int reach) {
    if (before == null || before.lastToken() >= m.firstToken() || m.firstToken() - before.lastToken() > reach) {
      return false;
    }
    for (int k = before.end(); k < m.start(); k++) {
      if (",;:.!?…—–\n。、！？".indexOf(body.typed().charAt(k)) >= 0) {
        return false;
      }
    }
    int c = firstContrastAtOrAfter(before.end());
    return c >= contrasts.size() || contrasts.get(c).end() > m.start();
  }

  /**
   * Resolves overlaps within one layer: longer phrases (in words) win, then the earlier one, then
   * the entry listed first; ignored phrases are dropped after winning. Returns text order: {@code
   * all} itself, the kept matches moved to its front, or a new list when they must be sorted.
   */
  static List<Match<Cue>> longest(List<Match<Cue>> all) {
    if (all.size() < 2) {
      all.removeIf(m -> m.payload().is(Kind.IGNORE));
      return all;
    }
    boolean[] kept = keptPacked(new ListLayer(all));
    if (kept == null) {
      return longestByComparator(all);
    }
    // The kept matches, moved to the front of the list they came in (no second list per layer).
    int n = all.size();
    int w = 0;
    for (int i = 0; i < n; i++) {
      if (kept[i]) {
        all.set(w++, all.get(i));
      }
    }
    all.subList(w, n).clear();
    return all;
  }

  /**
   * {@link #longest} without comparators or a tree, as a new list: see {@link #keptPacked}; null
   * when that is.
   */
  static List<Match<Cue>> longestPacked(List<Match<Cue>> all) {
    boolean[] kept = keptPacked(new ListLayer(all));
    if (kept == null) {
      return null;
    }
    List<Match<Cue>> out = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      if (kept[i]) {
        out.add(all.get(i));
      }
    }
    return out;
  }

  /**
   * Which matches of {@code all} {@link #longest} keeps, by index: the order (longer first, then
   * earlier, then listed first) packs into one long per match for a primitive sort, and a kept match
   * is found by marking the tokens it covers (kept matches never overlap, so a match overlaps one
   * exactly when one of its tokens is marked, which is what the tree's floor entry tells). Null when
   * the kept matches in the order of {@code all} are not in text order (then the caller sorts), or
   * when the numbers do not fit.
   */
  private static boolean[] keptPacked(Layer all) {
    // The arrays are the thread's (LongestScratch): the answer is read before the next call.
    int n = all.size();
    if (n < 2) {
      return null; // nothing to resolve: longest() answers these itself
    }
    int lo = Integer.MAX_VALUE;
    int hi = -1;
    int longest = 0;
    boolean inTextOrder = true;
    for (int i = 0; i < n; i++) {
      lo = Math.min(lo, all.firstToken(i));
      hi = Math.max(hi, all.lastToken(i));
      longest = Math.max(longest, all.lastToken(i) - all.firstToken(i));
      inTextOrder &= i == 0 || all.firstToken(i) >= all.firstToken(i - 1);
    }
    if (lo < 0 || longest >= (1 << 12) || hi - lo >= (1 << 30) || n >= (1 << 21)) {
      return null;
    }
    LongestScratch scratch = LONGEST_SCRATCH.get();
    long[] keys = scratch.keys(n);
    if (inTextOrder) {
      byLength(all, n, longest, keys, scratch.counts);
    } else {
      for (int i = 0; i < n; i++) {
        long shorter = longest - (all.lastToken(i) - all.firstToken(i));
        keys[i] = shorter << 51 | (long) (all.firstToken(i) - lo) << 21 | i;
      }
      java.util.Arrays.sort(keys, 0, n);
    }
    // One array: kept[0, n) by match, then the tokens taken, from lo, at n + token - lo.
    boolean[] kept = scratch.kept(n + hi - lo + 1);
    int taken = n - lo;
    for (int x = 0; x < n; x++) {
      long k = keys[x];
      int i = (int) (k & ((1 << 21) - 1));
      int first = all.firstToken(i);
      int last = all.lastToken(i);
      boolean free = true;
      for (int tok = first; tok <= last && free; tok++) {
        free = !kept[taken + tok];
      }
      if (free) {
        java.util.Arrays.fill(kept, taken + first, taken + last + 1, true);
        kept[i] = !all.ignored(i);
      }
    }
    int lastStart = -1;
    for (int i = 0; i < n; i++) {
      if (kept[i]) {
        int start = all.start(i);
        if (start <= lastStart) {
          return null;
        }
        lastStart = start;
      }
    }
    return kept;
  }

  /**
   * The order {@link #keptPacked}'s sort gives (longer first, then earlier, then listed first) for
   * matches already listed in text order, without sorting: a stable counting sort by length keeps
   * each length's matches in their listed order, which is earlier first and, at one start, listed
   * first. Writes the indexes to {@code order[0, n)}; {@code counts} has {@code longest + 1} slots.
   */
  private static void byLength(Layer all, int n, int longest, long[] order, int[] counts) {
    java.util.Arrays.fill(counts, 0, longest + 1, 0);
    for (int i = 0; i < n; i++) {
      counts[longest - (all.lastToken(i) - all.firstToken(i))]++;
    }
    int at = 0;
    for (int shorter = 0; shorter <= longest; shorter++) {
      int c = counts[shorter];
      counts[shorter] = at;
      at += c;
    }
    for (int i = 0; i < n; i++) {
      order[counts[longest - (all.lastToken(i) - all.firstToken(i))]++] = i;
    }
  }

  /**
   * {@link #longest} of the matches at {@code layer[0, n)} of {@code all}, as a new list of the
   * kept ones, each made only now (a Match of {@code text}).
   */
  private static List<Match<Cue>> longest(FoundMatches all, int[] layer, int n, String text) {
    if (n < 2) {
      List<Match<Cue>> out = new ArrayList<>(n);
      if (n == 1 && !all.cues[layer[0]].is(Kind.IGNORE)) {
        out.add(all.match(text, layer[0]));
      }
      return out;
    }
    all.view(layer, n);
    boolean[] kept = keptPacked(all);
    if (kept == null) {
      List<Match<Cue>> made = new ArrayList<>(n);
      for (int x = 0; x < n; x++) {
        made.add(all.match(text, layer[x]));
      }
      return longestByComparator(made);
    }
    int count = 0;
    for (int x = 0; x < n; x++) {
      count += kept[x] ? 1 : 0;
    }
    List<Match<Cue>> out = new ArrayList<>(count);
    for (int x = 0; x < n; x++) {
      if (kept[x]) {
        out.add(all.match(text, layer[x]));
      }
    }
    return out;
  }

  /** One layer's matches by position, as {@link #keptPacked} reads them. */
  private interface Layer {
    int size();

    int firstToken(int x);

    int lastToken(int x);

    int start(int x);

    /** Whether the match is an ignored phrase's: it wins its words, then is dropped. */
    boolean ignored(int x);
  }

  /** A list of matches as a {@link Layer}. */
  private static final class ListLayer implements Layer {
    private final List<Match<Cue>> all;

    ListLayer(List<Match<Cue>> all) {
      this.all = all;
    }

    @Override
    public int size() {
      return all.size();
    }

    @Override
    public int firstToken(int x) {
      return all.get(x).firstToken();
    }

    @Override
    public int lastToken(int x) {
      return all.get(x).lastToken();
    }

    @Override
    public int start(int x) {
      return all.get(x).start();
    }

    @Override
    public boolean ignored(int x) {
      return all.get(x).payload().is(Kind.IGNORE);
    }
  }

  /**
   * The lexicon's matches in one message as the matcher hands them over ({@link
   * PhraseMatcher#findEach}), in a thread's arrays kept from one message to the next, and the
   * layer {@link #keptPacked} reads ({@link #view}). Arrays larger than is worth keeping are let go.
   */
  private static final class FoundMatches implements PhraseMatcher.Sink<Cue>, Layer {
    private static final int KEPT = 1 << 14;
    private static final ThreadLocal<FoundMatches> SPARE = new ThreadLocal<>();

    int size;
    int[] starts = new int[64];
    int[] ends = new int[64];
    private int[] firsts = new int[64];
    private int[] lasts = new int[64];
    Cue[] cues = new Cue[64];
    private int[] words = new int[64];
    private int[] signals = new int[64];
    private int[] view;
    private int viewSize;

    /** The thread's arrays, emptied; a nested reading makes its own. */
    static FoundMatches take() {
      FoundMatches f = SPARE.get();
      if (f == null) {
        return new FoundMatches();
      }
      SPARE.set(null);
      f.size = 0;
      return f;
    }

    static void giveBack(FoundMatches f) {
      SPARE.set(f.starts.length > KEPT ? new FoundMatches() : f);
    }

    @Override
    public void match(int start, int end, Cue payload, int firstToken, int lastToken) {
      if (size == starts.length) {
        int grown = 2 * size;
        starts = java.util.Arrays.copyOf(starts, grown);
        ends = java.util.Arrays.copyOf(ends, grown);
        firsts = java.util.Arrays.copyOf(firsts, grown);
        lasts = java.util.Arrays.copyOf(lasts, grown);
        cues = java.util.Arrays.copyOf(cues, grown);
      }
      starts[size] = start;
      ends[size] = end;
      firsts[size] = firstToken;
      lasts[size] = lastToken;
      cues[size++] = payload;
    }

    /** The match at {@code i}, made now. */
    Match<Cue> match(String text, int i) {
      return Match.in(text, starts[i], ends[i], cues[i], firsts[i], lasts[i]);
    }

    /** At least {@code n} ints for the word layer's indexes. */
    int[] wordLayer(int n) {
      if (words.length < n) {
        words = new int[n];
      }
      return words;
    }

    /** At least {@code n} ints for the signal layer's indexes. */
    int[] signalLayer(int n) {
      if (signals.length < n) {
        signals = new int[n];
      }
      return signals;
    }

    /** Reads the matches at {@code layer[0, n)} as the {@link Layer}. */
    void view(int[] layer, int n) {
      view = layer;
      viewSize = n;
    }

    @Override
    public int size() {
      return viewSize;
    }

    @Override
    public int firstToken(int x) {
      return firsts[view[x]];
    }

    @Override
    public int lastToken(int x) {
      return lasts[view[x]];
    }

    @Override
    public int start(int x) {
      return starts[view[x]];
    }

    @Override
    public boolean ignored(int x) {
      return cues[view[x]].is(Kind.IGNORE);
    }
  }

  private static final ThreadLocal<LongestScratch> LONGEST_SCRATCH = ThreadLocal.withInitial(LongestScratch::new);

  /**
   * A thread's arrays for {@link #keptPacked}, kept from one layer and message to the next (two
   * layers a message, each grew and dropped a sort key per match and a flag per match and token).
   * Arrays larger than is worth keeping are made for the one call.
   */
  private static final class LongestScratch {
    private static final int KEPT = 1 << 15;
    private long[] keys = new long[64];
    private boolean[] kept = new boolean[256];
    /** Matches by length for {@link #byLength} (lengths are under 4,096 tokens); contents undefined. */
    final int[] counts = new int[1 << 12];

    /** At least {@code n} longs; contents undefined. */
    long[] keys(int n) {
      if (n <= keys.length) {
        return keys;
      }
      long[] k = new long[n];
      if (n <= KEPT) {
        keys = k;
      }
      return k;
    }

    /** At least {@code n} flags, the first {@code n} false. */
    boolean[] kept(int n) {
      if (n <= kept.length) {
        java.util.Arrays.fill(kept, 0, n, false);
        return kept;
      }
      boolean[] k = new boolean[n];
      if (n <= KEPT) {
        kept = k;
      }
      return k;
    }
  }

  /** {@link #longest} as first written (a comparator sort and a tree of kept spans): the reference. */
  static List<Match<Cue>> longestByComparator(List<Match<Cue>> all) {
    List<Match<Cue>> byLength = new ArrayList<>(all);
    byLength.sort(
        Comparator.<Match<Cue>>comparingInt(m -> m.firstToken() - m.lastToken())
            .thenComparingInt(Match::firstToken));
    TreeMap<Integer, Integer> taken = new TreeMap<>(); // firstToken -> lastToken of kept matches
    List<Match<Cue>> kept = new ArrayList<>(all.size());
    for (Match<Cue> m : byLength) {
      Map.Entry<Integer, Integer> before = taken.floorEntry(m.lastToken());
      if (before != null && before.getValue() >= m.firstToken()) {
        continue;
      }
      taken.put(m.firstToken(), m.lastToken());
      if (!m.payload().is(Kind.IGNORE)) {
        kept.add(m);
      }
    }
    kept.sort(Comparator.comparingInt(Match<Cue>::start).thenComparingInt(Match::end));
    return kept;
  }
}
