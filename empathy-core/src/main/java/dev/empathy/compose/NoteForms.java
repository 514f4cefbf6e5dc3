package dev.empathy.compose;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an agent's terse note becomes a sentence, beyond the subject {@link CallerClauses} gives a
 * note that opens with a past tense: the language's data ({@code note*} keys in {@code
 * clauses_<language>.properties}), read once per language. A language without the keys gets none
 * of these forms and its notes are kept as typed.
 *
 * <ul>
 *   <li>{@code noteParticiples}: a past whose participle differs takes the perfect with it
 *       ("broke down the new charges" → "I’ve broken down the new charges");
 *   <li>{@code noteClauseEnds}: words that open the note's next clause, past which its subject is
 *       not looked for ("waived the fee so we can drop it off" → "I’ve waived the fee so we can…");
 *   <li>{@code notePassiveVerbs} and {@code notePassive}: a note naming a thing, then what was done
 *       to it ("Refund issued today", "courier pickup booked for Monday") is said as a sentence
 *       ("The refund has been issued today"); {@code noteStates} does so with the copula ("refund
 *       pending" → "The refund is pending");
 *   <li>{@code noteAlone} and {@code noteObject}: a note of one word ("done", "resent") is said
 *       whole ("I’ve taken care of that", "I’ve resent it");
 *   <li>{@code noteProgressive}, {@code noteProgressiveSuffix}, {@code noteProgressiveNouns}: a note
 *       opening with a gerund takes a subject ("sending replacement" → "I’m sending the replacement");
 *   <li>{@code noteArticle}, {@code noteNoArticle}: a bare object after the note's verb takes the
 *       article ("cancelled duplicate booking" → "I’ve cancelled the duplicate booking");
 *   <li>{@code noteInfoPlaces}, {@code noteInfoPossessive}: a place of the customer's named bare
 *       after an info preposition takes the possessive ("in email" → "in your email");
 *   <li>{@code noteCopula}, {@code noteInfoPrepositions}: a note naming a thing, then an amount or a
 *       place, is said as a statement ("new rate $45/mo" → "The new rate is $45/mo"), and a thing
 *       followed by its own past tense gets its article ("promo ended Nov 1" → "The promo ended Nov 1").
 *   <li>{@code noteSpan*}, {@code noteClock*}, {@code noteSchedule*}: helpdesk shorthand for a span
 *       or a clock time is written out ("3-5bd" → "3 to 5 business days", "7:05a" → "7:05 AM"), a
 *       span ending a note is said as a wait ("refund issued 3-5bd" → "refund issued and should
 *       arrive within 3 to 5 business days"), and a day or time after a booking takes its
 *       preposition ("booked Tuesday 8-12" → "booked for Tuesday between 8 and 12");
 *   <li>{@code noteToFuture}: a person or thing, then "to" and a verb, is what they will do
 *       ("supervisor to call back" → "A supervisor will call back").
 * </ul>
 *
 * <pre>{@code
 * CallerClauses en = CallerClauses.forLocale(Locale.US);
 * en.withSubject("Refund issued today");   // "The refund has been issued today"
 * en.withSubject("resent");                // "I’ve resent it"
 * }</pre>
 */
final class NoteForms {
  private static final Splitter LIST = Splitter.on(',').trimResults().omitEmptyStrings();
  static final NoteForms NONE = new NoteForms("", new Properties());

  final ImmutableMap<String, String> participles;
  /**
   * A perfect's subject and auxiliary as typed, folded ("i’ve", "he"), with the simple past's
   * subject ("I", or "-" for none): {@code notePerfectPast}.
   */
  final ImmutableMap<String, String> perfectPast;
  /** Per perfect subject, a participle's simple past ("hecho" → "hice"; "-ado" → "-é" an ending): {@code notePastOfParticiple.<subject>}. */
  final ImmutableMap<String, ImmutableMap<String, String>> pastOfParticiple;
  /** {@link #participles} read backwards: "given" → "gave". */
  final ImmutableMap<String, String> pastOfParticipleDefault;
  final ImmutableSet<String> clauseEnds;
  final ImmutableSet<String> passiveVerbs;
  /** A thing's states ("pending", "ready"): "refund pending" → "The refund is pending", with the copula. */
  final ImmutableSet<String> states;
  /** The passive's auxiliaries: singular, plural, then singular and plural with a past time word. */
  final String[] passive;
  /**
   * The word that joins an amount to its thing ({@code noteShape.amountOf}: "balance restored $100" →
   * "The balance of $100 has been restored"); empty: an amount after the verb is kept where typed.
   */
  final String amountOf;
  /** The word that joins an amount to a place of the customer's ({@code noteShape.amountWith}: "credited your account 12.50" → "…your account with 12.50"). */
  final String amountWith;
  /**
   * Things an amount belongs to ({@code noteShape.amountOwners}: a fee, a charge, a refund), so
   * "the late fee 25" is "the late fee of 25" even with no currency or cents; an amount after any
   * other thing is what was paid for it, joined by {@code noteShape.amountFor}: "refunded fries
   * 3.50" → "I’ve refunded 3.50 for the fries" (never "the fries of 3.50").
   */
  final ImmutableSet<String> amountOwners;
  /** The word that joins an amount to a thing that does not own it ({@code noteShape.amountFor}). */
  final String amountFor;
  final ImmutableMap<String, String> alone;
  /**
   * Twice the longest key of {@link #alone}, in chars: a longer text cannot fold to a key (each
   * code point, one or two chars, lower-cases to at least one), so it is not folded to look.
   */
  final int aloneMostChars;
  final String object;
  /** The subject and auxiliary a note opening with a gerund takes ("sending…" → "I’m sending…"); empty: none. */
  final String progressive;
  final String progressiveSuffix;
  /** Words with the gerund's ending that name a thing ("tracking", "billing"): never a gerund note. */
  final ImmutableSet<String> ingNouns;
  /** Words that stand for a thing named before ({@code noteProNouns}: "new one mailed" → "the new one has been mailed"). */
  final ImmutableSet<String> proNouns;
  /** The possessive before the customer's own thing in an instruction ({@code noteInstructionPossessive}: "restart your phone"). */
  final String instructionPossessive;
  /** Things we give the customer, which keep the article in an instruction ({@code noteGivenThings}: "use the code"). */
  final ImmutableSet<String> givenThings;
  /** The word before a span typed straight after a participle ({@code noteDurationPreposition}: "paused 3 months" → "paused for 3 months"). */
  final String durationPreposition;
  /** The units of such a span ({@code noteDurationUnits}). */
  final ImmutableSet<String> durationUnits;
  /** Words after such a span that make it a time, not a length ({@code noteDurationNotBefore}: "2 days ago"). */
  final ImmutableSet<String> durationNotBefore;
  /** What a thing can be doing, said with the copula ({@code noteStateProgressives}: "card working again" → "The card is working again"). */
  final ImmutableSet<String> stateProgressives;
  /** The ending of a present verb ("fixes"): followed by an object, it makes a gerund the note's subject. */
  final String verbSuffix;
  /** The article a bare object after the note's verb takes ("cancelled duplicate booking"); empty: none. */
  final String article;
  /** Words after the verb that are no object (particles, adverbs, time words): no article before them. */
  final ImmutableSet<String> noArticle;
  /** Mass nouns: an object whose head is one takes no article ("offered store credit"). */
  final ImmutableSet<String> massNouns;
  /** Prepositions that, after a thing, make the note a statement about where or how it is. */
  final ImmutableSet<String> infoPrepositions;
  /** The copula, singular then plural ("new rate $45" → "The new rate is $45"); empty: none. */
  final String[] copula;
  /** The customer's places a note names bare after an info preposition ("in email" → "in your email"). */
  final ImmutableSet<String> infoPlaces;
  /** The possessive those places take ("your"); empty: none. */
  final String infoPossessive;

  /** A span in shorthand ("3-5bd", "24-48h", "w/in 1h"), or null when the language has none. */
  private final Pattern span;
  /** Each span unit's singular and plural words, by its folded shorthand. */
  private final ImmutableMap<String, String[]> spanUnits;
  private final String spanRange;
  private final String spanWithin;
  private final ImmutableSet<String> spanPrepositions;
  private final ImmutableSet<String> arrivalVerbs;
  private final String arrival;
  private final String arrivalActive;
  /** A word typed before a span that the arrival says itself ("ETA"): left out when the arrival is said. */
  private final ImmutableSet<String> arrivalDrop;
  private final String spanFirst;
  /** A clock time in shorthand ("7:05a", "3pm", "2-6pm", and "8-12" after a day), or null. */
  private final Pattern clock;
  private final ImmutableMap<String, String> clockMarkers;
  private final String clockAt;
  private final String[] clockBetween;
  private final ImmutableSet<String> clockPrepositions;
  private final ImmutableSet<String> scheduleVerbs;
  private final String schedulePreposition;
  private final String datePreposition;
  private final ImmutableSet<String> days;
  /** The auxiliary a "thing to verb" note takes ("will"); empty: none. */
  final String toFuture;
  /** The indefinite articles, before a consonant then a vowel ("a", "an"). */
  final String[] toArticle;
  /** Verbs that, after a thing and "to", make it what the thing will do ("call", "visit"). */
  final ImmutableSet<String> toVerbs;
  /** Modal verbs that open a note without its subject ("should drop off…"), and the subject they take. */
  private final ImmutableSet<String> modals;
  final String modalSubject;
  /**
   * Participles that name a state, not our act ({@code noteStateParticiples}: "covered under
   * warranty" is never "I’ve covered…"), and the subject a note opening with one takes ({@code
   * noteStateSubject}: "This is covered under your warranty").
   */
  final ImmutableSet<String> stateParticiples;
  final String stateSubject;
  /**
   * Verbs of a check whose finding follows a comma ({@code noteCheckVerbs}: "checked the refund,
   * it went out today"), and what the finding is joined with ({@code noteCheckJoint}: ":").
   */
  final ImmutableSet<String> checkVerbs;
  final String checkJoint;
  /** Verbs a thing reports with ("shows", "says"): {@code noteReportVerbs}, and what follows them: {@code noteReportSubject}. */
  final ImmutableSet<String> reportVerbs;
  final String reportSubject;
  /** Verbs whose past is their base ("reset", "put"): {@code noteSamePast}. */
  private final ImmutableSet<String> samePast;
  /** Words that make such a verb's note a step for the customer ("from", "then"): {@code noteInstructionCues}. */
  private final ImmutableSet<String> instructionCues;
  /** The words such a verb's object or particle opens with when it is a step: {@code noteSamePastObjects}. */
  private final ImmutableSet<String> objectWords;
  /** The object a note's first verb takes before a preposition ("escalated" → "this"). */
  private final ImmutableMap<String, String> objectBefore;
  final ImmutableSet<String> objectBeforePrepositions;
  /** The word sets looked up on every note, as arrays: walked without an iterator (the compose benchmark's bytes per reply). */
  private final String[] modalWords;
  private final String[] objectVerbs;
  private final String[] objectPrepositions;
  private final String[] dayWords;
  private final String[] scheduleWords;

  /** The coordinator after a comma (", and "), made once: looked for in every summary. */
  private final String coordinatorComma;
  /** A count of times ("three times", "3 times", "twice"), from {@code repeat.counts}; null when none. */
  private final Pattern repeatCount;

  /** What joins two steps of one note (", and "); empty: a note is never split. */
  final String joint;
  /** A remark after a note's last comma said as a clause ("…, no charge" → "…, and there’s no charge"). */
  final NoteTail tail;
  /**
   * Verbs that take an object and its state ({@code noteStateVerbs}: "keep window open when
   * showering"): an instruction, never a thing named "keep window" and its state.
   */
  final ImmutableSet<String> stateVerbs;
  /** The coordinator that may open a note's second step ("and"). */
  final String coordinator;
  /** Words that name a reference ("ref", "case", "ticket"): with a code ending a note, said in brackets. */
  final ImmutableSet<String> referenceWords;
  /** What comes before a reference ending a note (" under "); empty: references are left as typed. */
  final String referenceLead;
  /** The article a role named bare after a preposition takes ("to billing team" → "to our billing team"); empty: none. */
  final String roleArticle;
  /** The prepositions a role follows ("to"). */
  final ImmutableList<String> rolePrepositions;
  /** Roles one of many fills, which take the indefinite article instead ("to a live agent"). */
  final ImmutableSet<String> roleIndefinite;

  /** A bare thing opening a note, and the sentence it takes ("voucher" → "I’ve added"). */
  final ImmutableMap<String, String> things;
  /** Prepositions that may follow such a thing, besides the info prepositions ("for"). */
  final ImmutableSet<String> thingPrepositions;
  /** Words that take the possessive after a preposition in such a note ("for next order" → "for your next order"). */
  final ImmutableList<String> thingPossessive;
  /** Prepositions whose bare noun ending a note takes a determiner ("after" → "the": "after the visit"). */
  final ImmutableMap<String, String> tailArticles;
  /** Nouns such a preposition takes bare ("on hold", "on file"). */
  final ImmutableSet<String> tailBare;
  /** Verbs that take a preposition before a place named bare ("located" → "in"). */
  final ImmutableMap<String, String> placeVerbs;
  /**
   * The words looked for inside every note, each between spaces (" and ", " to ", " located "),
   * with what they take: built once, so looking costs no allocation (the compose benchmark's bytes
   * per reply).
   */
  final String coordinatorSpaced;
  final String[] rolePrepositionsSpaced;
  final String[] placeVerbsSpaced;
  final String[] placePrepositions;
  /**
   * A note that is only a noun phrase ("Full refund", "meal vouchers x2", "hotfix ETA Friday"):
   * its head noun's class says what was done ({@link #things}: "refund" → "I’ve issued") or what
   * the thing does ({@code noteThingsFirst}: "fix" → "ships", said after the thing); {@code
   * noteThingFront} gives a class to a word that opens the phrase ("free" → "I’ve added") and is
   * moved to the front when typed after it ("overnight shipping free"); {@code noteThingTail}
   * writes a shorthand word of the tail out ("eta" → "by"); a count glued to an "x" ("x2") is said
   * with {@code consequence.numbers}; a bare {@link #thingPossessive} word after the phrase takes
   * {@code noteThingPossessiveLead} ("free pizza next order" → "…to your next order").
   */
  final String[][] thingFirstPairs;
  final String[][] thingFrontPairs;
  final String[][] thingTailPairs;
  final String[][] countPairs;
  final String thingPossessiveLead;
  /** Words that end a noun-phrase note's phrase and open its tail ("within", "at", "including"). */
  final ImmutableSet<String> thingStops;
  /** The subject of a note that opens with a verb in the third person ("ships in 2-3 days" → "It ships…"). */
  final String thirdPersonSubject;
  /** How an action that keeps the customer safe opens ({@code safety.starts}: "stop using", "unplug"), and the polite word before one ("please"). */
  final String[] safetyStarts;
  final String safetyPlease;
  /** {@link #things} and {@link #tailArticles} as key and value pairs, walked without an iterator. */
  final String[][] thingPairs;
  /** Notes told by their shape ({@code noteShape.*}): "loyalty points 5000 added", "reship today". */
  final NoteShapes shapes;
  /**
   * Adverbs that stand between a subject and its verb ({@code question.adverbs}: "you STILL
   * charged me"): a pronoun before one is a subject, never an object ("we still charged you").
   */
  final ImmutableSet<String> subjectAdverbs;
  final String[][] tailPairs;

  NoteForms(String path, Properties p) {
    this.shapes = new NoteShapes(p);
    this.tail = new NoteTail(p);
    this.stateVerbs = words(p.getProperty("noteStateVerbs", ""));
    this.subjectAdverbs = words(p.getProperty("question.adverbs", ""));
    this.things = pairs(path, "noteThings", p.getProperty("noteThings", ""));
    this.thingPrepositions = words(p.getProperty("noteThingPrepositions", ""));
    this.thingPossessive = ImmutableList.copyOf(LIST.split(p.getProperty("noteThingPossessive", "")));
    this.placeVerbs = pairs(path, "notePlaceVerbs", p.getProperty("notePlaceVerbs", ""));
    this.tailArticles = pairs(path, "noteTailArticles", p.getProperty("noteTailArticles", ""));
    this.tailBare = words(p.getProperty("noteTailBare", ""));
    String joint = p.getProperty("noteJoint", "");
    this.joint = joint.isEmpty() ? "" : ", " + joint + " ";
    List<String> coordinators = LIST.splitToList(p.getProperty("noteCoordinators", ""));
    this.coordinator = coordinators.isEmpty() ? "" : coordinators.get(0);
    this.referenceWords = words(p.getProperty("noteReferenceWords", ""));
    String lead = p.getProperty("noteReferenceLead", "").strip();
    this.referenceLead = lead.isEmpty() ? "" : " " + lead + " ";
    this.roleArticle = p.getProperty("noteRoleArticle", "").strip();
    this.rolePrepositions = ImmutableList.copyOf(LIST.split(p.getProperty("noteRolePrepositions", "")));
    this.roleIndefinite = words(p.getProperty("noteRoleIndefinite", ""));
    this.participles = pairs(path, "noteParticiples", p.getProperty("noteParticiples", ""));
    this.perfectPast = pairs(path, "notePerfectPast", p.getProperty("notePerfectPast", ""));
    ImmutableMap.Builder<String, ImmutableMap<String, String>> pastOf = ImmutableMap.builder();
    for (String subject : perfectPast.keySet()) {
      String key = "notePastOfParticiple." + subject.replace(' ', '_');
      pastOf.put(subject, pairs(path, key, p.getProperty(key, "")));
    }
    this.pastOfParticiple = pastOf.buildOrThrow();
    ImmutableMap.Builder<String, String> back = ImmutableMap.builder();
    participles.forEach((past, participle) -> back.put(fold(participle), past));
    this.pastOfParticipleDefault = back.buildKeepingLast();
    this.clauseEnds = words(p.getProperty("noteClauseEnds", ""));
    this.passiveVerbs = words(p.getProperty("notePassiveVerbs", ""));
    this.states = words(p.getProperty("noteStates", ""));
    String[] aux = LIST.splitToList(p.getProperty("notePassive", "")).toArray(new String[0]);
    if (aux.length != 0 && aux.length != 4) {
      throw new IllegalStateException(path + ": notePassive lists four forms (singular, plural, singular past, plural past)");
    }
    this.passive = aux;
    this.amountOf = p.getProperty("noteShape.amountOf", "").strip();
    this.amountWith = p.getProperty("noteShape.amountWith", "").strip();
    this.amountOwners = words(p.getProperty("noteShape.amountOwners", ""));
    this.amountFor = p.getProperty("noteShape.amountFor", "").strip();
    this.alone = pairs(path, "noteAlone", p.getProperty("noteAlone", ""));
    this.aloneMostChars = 2 * alone.keySet().stream().mapToInt(String::length).max().orElse(0);
    this.object = p.getProperty("noteObject", "").strip();
    this.progressive = p.getProperty("noteProgressive", "").strip();
    this.progressiveSuffix = fold(p.getProperty("noteProgressiveSuffix", "").strip());
    this.ingNouns = words(p.getProperty("noteProgressiveNouns", ""));
    this.proNouns = words(p.getProperty("noteProNouns", ""));
    this.instructionPossessive = p.getProperty("noteInstructionPossessive", "").strip();
    this.givenThings = words(p.getProperty("noteGivenThings", ""));
    this.durationPreposition = p.getProperty("noteDurationPreposition", "").strip();
    this.durationUnits = words(p.getProperty("noteDurationUnits", ""));
    this.durationNotBefore = words(p.getProperty("noteDurationNotBefore", ""));
    this.stateProgressives = words(p.getProperty("noteStateProgressives", ""));
    this.verbSuffix = fold(p.getProperty("noteVerbSuffix", "").strip());
    this.article = p.getProperty("noteArticle", "").strip();
    this.noArticle = words(p.getProperty("noteNoArticle", ""));
    this.massNouns = words(p.getProperty("noteMassNouns", ""));
    this.infoPrepositions = words(p.getProperty("noteInfoPrepositions", ""));
    String[] cop = LIST.splitToList(p.getProperty("noteCopula", "")).toArray(new String[0]);
    if (cop.length != 0 && cop.length != 2) {
      throw new IllegalStateException(path + ": noteCopula lists two forms (singular, plural)");
    }
    this.copula = cop;
    this.infoPlaces = words(p.getProperty("noteInfoPlaces", ""));
    this.infoPossessive = p.getProperty("noteInfoPossessive", "").strip();
    ImmutableMap.Builder<String, String[]> units = ImmutableMap.builder();
    for (var e : pairs(path, "noteSpanUnits", p.getProperty("noteSpanUnits", "")).entrySet()) {
      String[] forms = e.getValue().split("\\|");
      if (forms.length != 2) {
        throw new IllegalStateException(path + ": noteSpanUnits entry \"" + e.getKey() + "\" must read \"unit=singular|plural\"");
      }
      units.put(e.getKey(), forms);
    }
    this.spanUnits = units.buildOrThrow();
    this.spanRange = p.getProperty("noteSpanRange", "").strip();
    this.spanWithin = p.getProperty("noteSpanWithin", "").strip();
    this.spanPrepositions = words(p.getProperty("noteSpanPrepositions", ""));
    this.arrivalVerbs = words(p.getProperty("noteSpanArrivalVerbs", ""));
    this.arrival = p.getProperty("noteSpanArrival", "").strip();
    this.arrivalActive = p.getProperty("noteSpanArrivalActive", "").strip();
    this.arrivalDrop = words(p.getProperty("noteSpanArrivalDrop", ""));
    this.spanFirst = p.getProperty("noteSpanFirst", "").strip();
    List<String> withinWords = LIST.splitToList(p.getProperty("noteSpanWithinWords", ""));
    this.span = spanUnits.isEmpty() || spanRange.isEmpty() || spanWithin.isEmpty() ? null
        : Pattern.compile("(?<![\\p{L}\\p{N}_@$€£.,:/#-])(?:(" + alternatives(withinWords) + ")\\s*)?(\\d{1,3})(?:\\s?[-–]\\s?(\\d{1,3}))?\\s?("
            + alternatives(spanUnits.keySet()) + ")(?![\\p{L}\\p{N}_])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.clockMarkers = pairs(path, "noteClockMarkers", p.getProperty("noteClockMarkers", ""));
    this.clockAt = p.getProperty("noteClockAt", "").strip();
    this.clockBetween = LIST.splitToList(p.getProperty("noteClockBetween", "")).toArray(new String[0]);
    if (clockBetween.length != 0 && clockBetween.length != 2) {
      throw new IllegalStateException(path + ": noteClockBetween lists two words (before the first time, between the two)");
    }
    this.clockPrepositions = words(p.getProperty("noteClockPrepositions", ""));
    this.scheduleVerbs = words(p.getProperty("noteScheduleVerbs", ""));
    this.schedulePreposition = p.getProperty("noteSchedulePreposition", "").strip();
    this.datePreposition = p.getProperty("noteDatePreposition", "").strip();
    this.days = words(p.getProperty("noteDays", ""));
    this.clock = clockMarkers.isEmpty() || clockAt.isEmpty() || clockBetween.length == 0 ? null
        : Pattern.compile("(?<![\\p{L}\\p{N}_@$€£.,:/#-])(\\d{1,2}(?::\\d{2})?)(?:\\s?[-–]\\s?(\\d{1,2}(?::\\d{2})?))?\\s?("
            + alternatives(clockMarkers.keySet()) + ")?(?![\\p{L}\\p{N}_]|[/:.,-][\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.toFuture = p.getProperty("noteToFuture", "").strip();
    String[] art = LIST.splitToList(p.getProperty("noteToArticle", "")).toArray(new String[0]);
    if (art.length != 0 && art.length != 2) {
      throw new IllegalStateException(path + ": noteToArticle lists two forms (before a consonant, before a vowel)");
    }
    this.toArticle = art;
    this.toVerbs = words(p.getProperty("noteToVerbs", ""));
    this.modals = words(p.getProperty("noteModals", ""));
    this.samePast = words(p.getProperty("noteSamePast", ""));
    this.reportVerbs = words(p.getProperty("noteReportVerbs", ""));
    this.reportSubject = p.getProperty("noteReportSubject", "").strip();
    this.stateParticiples = words(p.getProperty("noteStateParticiples", ""));
    this.stateSubject = p.getProperty("noteStateSubject", "").strip();
    this.checkVerbs = words(p.getProperty("noteCheckVerbs", ""));
    this.checkJoint = p.getProperty("noteCheckJoint", "").strip();
    this.instructionCues = words(p.getProperty("noteInstructionCues", ""));
    this.objectWords = words(p.getProperty("noteSamePastObjects", ""));
    this.modalSubject = p.getProperty("noteModalSubject", "").strip();
    this.objectBefore = pairs(path, "noteObjectBefore", p.getProperty("noteObjectBefore", ""));
    this.objectBeforePrepositions = words(p.getProperty("noteObjectBeforePrepositions", ""));
    this.modalWords = modals.toArray(new String[0]);
    this.objectVerbs = objectBefore.keySet().toArray(new String[0]);
    this.objectPrepositions = objectBeforePrepositions.toArray(new String[0]);
    this.dayWords = days.toArray(new String[0]);
    this.scheduleWords = scheduleVerbs.toArray(new String[0]);
    this.coordinatorSpaced = coordinator.isEmpty() ? "" : " " + coordinator + " ";
    this.rolePrepositionsSpaced = rolePrepositions.stream().map(w -> " " + w + " ").toArray(String[]::new);
    this.placeVerbsSpaced = placeVerbs.keySet().stream().map(w -> " " + w + " ").toArray(String[]::new);
    this.placePrepositions = placeVerbs.values().toArray(new String[0]);
    this.coordinatorComma = ", " + coordinator + " ";
    List<String> counts = LIST.splitToList(p.getProperty("repeat.counts", ""));
    List<String> countUnits = LIST.splitToList(p.getProperty("repeat.countUnits", ""));
    this.repeatCount = counts.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}])(?:(?:" + alternatives(counts) + ")"
        + (countUnits.isEmpty() ? "" : "(?: (?:" + alternatives(countUnits) + "))?") + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.thingFirstPairs = asPairs(pairs(path, "noteThingsFirst", p.getProperty("noteThingsFirst", "")));
    this.thingFrontPairs = asPairs(pairs(path, "noteThingFront", p.getProperty("noteThingFront", "")));
    this.thingTailPairs = asPairs(pairs(path, "noteThingTail", p.getProperty("noteThingTail", "")));
    this.countPairs = thingFirstPairs.length == 0 && things.isEmpty() ? new String[0][]
        : asPairs(pairs(path, "consequence.numbers", p.getProperty("consequence.numbers", "")));
    this.thingPossessiveLead = p.getProperty("noteThingPossessiveLead", "").strip();
    this.thingStops = ImmutableSet.<String>builder().addAll(words(p.getProperty("noteThingStops", ""))).addAll(thingPrepositions)
        .addAll(infoPrepositions).addAll(tailArticles.keySet()).addAll(days).addAll(LIST.split(p.getProperty("noteThingTail", "").replaceAll("=[^,]*", "")))
        .addAll(thingPossessive).build();
    this.thirdPersonSubject = p.getProperty("noteThirdPersonSubject", "").strip();
    this.safetyStarts = LIST.splitToList(p.getProperty("safety.starts", "")).toArray(new String[0]);
    this.safetyPlease = p.getProperty("safety.please", "").strip();
    this.thingPairs = things.entrySet().stream().map(e -> new String[] {e.getKey(), e.getValue()}).toArray(String[][]::new);
    this.tailPairs = tailArticles.entrySet().stream().map(e -> new String[] {e.getKey(), e.getValue()}).toArray(String[][]::new);
  }

  /**
   * {@code note} with the object its first verb needs before a preposition ("escalated to Tier
   * 2" → "escalated this to Tier 2"), or the note itself.
   */
  String withObject(String note) {
    if (objectBefore.isEmpty()) {
      return note;
    }
    int first = firstWordStart(note);
    int end = first;
    while (end < note.length() && Character.isLetter(note.charAt(end))) {
      end++;
    }
    if (end == first || end >= note.length() || note.charAt(end) != ' ') {
      return note;
    }
    String verb = entryAt(objectVerbs, note, first, end);
    String object = verb == null ? null : objectBefore.get(verb);
    if (object == null) {
      return note;
    }
    int next = end + 1;
    int nextEnd = next;
    while (nextEnd < note.length() && Character.isLetter(note.charAt(nextEnd))) {
      nextEnd++;
    }
    if (nextEnd == next) {
      return note;
    }
    if (entryAt(objectPrepositions, note, next, nextEnd) == null) {
      // "flagged urgent" → "flagged this as urgent": a verb listed with its object and "as"
      // takes both before the one word that ends the note (a state), never before an object of its own.
      int as = object.indexOf(' ');
      boolean last = nextEnd == note.length() || ".!".indexOf(note.charAt(nextEnd)) >= 0 && nextEnd + 1 >= note.strip().length();
      return as > 0 && last && Character.isLowerCase(note.charAt(next)) ? note.substring(0, end) + " " + object + note.substring(end) : note;
    }
    return note.substring(0, end) + " " + object.substring(0, object.indexOf(' ') > 0 ? object.indexOf(' ') : object.length()) + note.substring(end);
  }

  /** The value of {@code map} whose key is {@code text[start, end)}, compared folded, without allocating; or null. */
  static String lookup(String[][] map, String text, int start, int end) {
    for (String[] e : map) {
      String k = e[0];
      if (k.length() == end - start && text.regionMatches(true, start, k, 0, k.length())) {
        return e[1];
      }
    }
    return null;
  }

  /**
   * {@code summary} without its last clause (after ", and ") when that clause says again a count
   * ({@code repeat.counts}: "three times", "twice") that {@code named}, what the acknowledgement
   * said, holds already: "you were charged for roaming you didn’t use, and you’ve had to raise it
   * three times" after "having to contact us three times…" → "you were charged for roaming you
   * didn’t use". The summary itself otherwise.
   */
  String withoutRepeatedCount(String summary, String named) {
    if (repeatCount == null || named == null || coordinator.isEmpty()) {
      return summary;
    }
    int cut = summary.lastIndexOf(coordinatorComma);
    if (cut <= 0) {
      return summary;
    }
    Matcher m = repeatCount.matcher(summary);
    if (!m.find(cut)) {
      return summary;
    }
    Matcher said = repeatCount.matcher(named);
    while (said.find()) {
      if (said.group().equalsIgnoreCase(m.group())) {
        return summary.substring(0, cut);
      }
    }
    return summary;
  }

  /**
   * True when {@code note} opens with a verb whose past is its base ({@code noteSamePast}) and a
   * word of {@code noteInstructionCues} says the customer is to do it: "reset your 2FA from
   * Settings" is an instruction, "reset your line remotely" a step we took.
   */
  boolean instructionFirst(String note) {
    if (samePast.isEmpty() || instructionCues.isEmpty()) {
      return false;
    }
    List<String> w = LIST_WORDS.splitToList(note);
    if (w.size() < 2 || !samePast.contains(fold(w.get(0)))) {
      return false;
    }
    if (!objectWords.isEmpty() && !objectWords.contains(fold(w.get(1)))) {
      return false; // "reset link sent", "reset link: https://…": a thing named, read as any note
    }
    for (int i = 1; i < w.size(); i++) {
      if (instructionCues.contains(fold(w.get(i)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when {@code text} from {@code start} to {@code end} is a verb of {@code noteSamePast} and
   * the word after it opens its object ({@code noteSamePastObjects}): "reset your line", "put a
   * hold", "set up autopay" are steps; "reset link sent" names a thing.
   */
  boolean samePastStep(String text, int start, int end) {
    if (!isSamePast(text, start, end) || end + 1 >= text.length() || text.charAt(end) != ' ') {
      return false;
    }
    int e = end + 1;
    while (e < text.length() && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return objectWords.contains(fold(text.substring(end + 1, e)));
  }

  /** True when {@code text} from {@code start} to {@code end} is a verb of {@code noteSamePast}. */
  boolean isSamePast(String text, int start, int end) {
    for (String v : samePast) {
      if (v.length() == end - start && text.regionMatches(true, start, v, 0, v.length())) {
        return true;
      }
    }
    return false;
  }

  private static final com.google.common.base.Splitter LIST_WORDS =
      com.google.common.base.Splitter.on(com.google.common.base.CharMatcher.anyOf(" ,;:>")).omitEmptyStrings();

  /** True when the folded {@code word} is one of {@code noteModals} ("may", "should"). */
  boolean isModal(String word) {
    return modals.contains(word);
  }

  /** The preposition a day takes after a schedule verb ("for"); empty: none. */
  String schedulePrepositionWord() {
    return schedulePreposition;
  }

  /** True when the folded {@code word} is one of {@code noteScheduleVerbs} ("booked", "arranged"). */
  boolean scheduleVerb(String word) {
    return scheduleVerbs.contains(word);
  }

  /** True when {@code text[start, end)} is one of {@code noteDays}. */
  boolean dayWord(String text, int start, int end) {
    return entryAt(dayWords, text, start, end) != null;
  }

  /** The words as one regular-expression alternation, longest first, each quoted. */
  private static String alternatives(java.util.Collection<String> words) {
    List<String> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder sb = new StringBuilder();
    for (String w : sorted) {
      sb.append(sb.length() == 0 ? "" : "|").append(Pattern.quote(w));
    }
    return sb.toString();
  }

  /**
   * {@code note} with its shorthand spans and clock times written out ("refund issued 3-5bd" →
   * "refund issued and should arrive within 3 to 5 business days", "booked tomorrow 9a" →
   * "booked for tomorrow at 9 AM"); the note itself when it has none. A note that starts with a
   * span followed by "to" says how long it takes ("3-5bd to post" → "It can take 3 to 5 business
   * days to post").
   */
  String timed(String note) {
    note = modal(note);
    if (span == null && clock == null || !hasDigit(note)) {
      return scheduled(note);
    }
    if (!figureWithWordsOrRange(note)) {
      return scheduled(note); // "$42.00", "order 4471": no span or clock time to write out, no matcher made
    }
    String out = note;
    if (span != null) {
      out = spans(out);
    }
    if (clock != null) {
      out = clocks(out);
    }
    return scheduled(out);
  }

  /** A note opening with a modal verb takes its subject: "should drop off…" → "This should drop off…". */
  private String modal(String note) {
    if (modals.isEmpty() || modalSubject.isEmpty()) {
      return note;
    }
    int first = firstWordStart(note);
    int end = first;
    while (end < note.length() && Character.isLetter(note.charAt(end))) {
      end++;
    }
    if (end == first || end >= note.length() || note.charAt(end) != ' ' || entryAt(modalWords, note, first, end) == null) {
      return note;
    }
    return note.substring(0, first) + modalSubject + " " + Character.toLowerCase(note.charAt(first)) + note.substring(first + 1);
  }

  /**
   * True when a figure in {@code text} is followed by a letter ("3-5bd", "7:05a", "2 days") or by a
   * dash and another figure ("8-12"): only then can it hold a span or a clock time.
   */
  private static boolean figureWithWordsOrRange(String text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      if (!isDigit(text.charAt(i))) {
        continue;
      }
      int j = i;
      while (j < n && (isDigit(text.charAt(j)) || text.charAt(j) == ':')) {
        j++;
      }
      if (j < n && text.charAt(j) == ' ') {
        j++;
      }
      if (j < n && (Character.isLetter(text.charAt(j)) || (text.charAt(j) == '-' || text.charAt(j) == '–') && j + 1 < n
          && (isDigit(text.charAt(j + 1)) || text.charAt(j + 1) == ' '))) {
        return true;
      }
      i = j - 1; // the loop steps on to text[j]: a figure right after this one ("12/10 2pm") is read too
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The entry of {@code words} (folded) that {@code text[start, end)} is, ignoring case, without a substring or an iterator; null when none. */
  private static String entryAt(String[] words, String text, int start, int end) {
    for (String w : words) {
      if (w.length() == end - start && text.regionMatches(true, start, w, 0, w.length())) {
        return w;
      }
    }
    return null;
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  private String spans(String note) {
    Matcher m = span.matcher(note);
    if (!m.find()) {
      return note;
    }
    StringBuilder sb = new StringBuilder(note.length() + 32);
    int at = 0;
    do {
      if (m.group(3) == null && m.group(4).length() == 1 && Character.isUpperCase(m.group(4).charAt(0)) && m.end(2) == m.start(4)) {
        continue; // "seat 1D", "gate 2H": a code, never "1 day"
      }
      String[] unit = spanUnits.get(fold(m.group(4)));
      String low = m.group(2);
      String high = m.group(3);
      String said = low + (high != null ? " " + spanRange + " " + high : "") + " "
          + (high == null && "1".equals(low) ? unit[0] : unit[1]);
      String before = note.substring(at, m.start()).stripTrailing();
      String previous = lastWord(before);
      String rest = note.substring(m.end()).strip().replaceAll("[.!]+$", "");
      // A span that ends its clause ends the wait too: "refund issued 3-5bd, cb moved to 3pm" →
      // "…should arrive within 3 to 5 business days, callback moved to 3 PM", never "issued 3 to 5
      // business days, callback…".
      boolean ends = rest.isEmpty() || CLAUSE_BREAK.matcher(note).region(m.end(), note.length()).lookingAt();
      // A phrase of its own after the span ("refund issued 3-5bd for the bag fee") goes before it,
      // so the span ends the sentence: "issued for the bag fee and should arrive within 3 to 5…".
      // A phrase with a figure ("for order 4471", "to 3pm") stays after the arrival: the agent's
      // figures keep their order ("issued and should arrive within 3 to 5 business days for order 4471").
      boolean arrives = !ends && !before.isEmpty() && shorthand(m.group(4), unit) && !arrival.isEmpty()
          && arrivalVerb(before) >= 0 && TRAILING_PHRASE.matcher(rest).matches() && !span.matcher(rest).find();
      boolean moved = arrives && !hasDigit(rest);
      if (moved) {
        before = before + " " + rest;
      }
      ends |= arrives;
      String lead;
      if (m.group(1) != null) {
        lead = spanWithin + " ";
      } else if (!previous.isEmpty() && spanPrepositions.contains(fold(previous))) {
        lead = "";
      } else if (m.start() == firstWordStart(note) && note.substring(m.end()).stripLeading().startsWith("to ") && !spanFirst.isEmpty()) {
        lead = spanFirst + " ";
      } else if (ends && !before.isEmpty() && shorthand(m.group(4), unit)) {
        int verb = arrivalVerb(before);
        if (verb >= 0 && !previous.isEmpty() && arrivalDrop.contains(fold(previous)) && !arrival.isEmpty()) {
          // "crew dispatched, ETA 20 min": "The crew has been dispatched and should arrive within 20 minutes"
          before = before.substring(0, before.length() - previous.length()).stripTrailing();
          while (before.endsWith(",")) {
            before = before.substring(0, before.length() - 1).stripTrailing();
          }
        }
        boolean active = verb == firstWordStart(before);
        if (active && before.indexOf(' ', verb) < 0 && !object.isEmpty()) {
          before = before + " " + object; // "mailed 2-3wks": "mailed it, and it should arrive within…"
        }
        lead = verb < 0 || arrival.isEmpty() ? spanWithin + " "
            : (active ? arrivalActive : arrival) + " " + spanWithin + " ";
      } else {
        lead = "";
      }
      if (lead.startsWith(",") || !before.equals(note.substring(at, m.start()).stripTrailing())) {
        sb.append(before);
        lead = lead.startsWith(",") ? lead : " " + lead;
      } else {
        sb.append(note, at, m.start());
        lead = (sb.length() == 0 || sb.charAt(sb.length() - 1) == ' ' ? "" : " ") + lead;
      }
      sb.append(lead);
      sb.append(said);
      at = m.end();
      if (moved) {
        return sb.toString();
      }
    } while (m.find());
    return sb.append(note, at, note.length()).toString();
  }

  /** A clause's end right after a span: a comma, semicolon or dash and then more of the note. */
  private static final Pattern CLAUSE_BREAK = Pattern.compile("\\s*(?:[,;]|\\s[-–—])\\s+\\S");

  /** A phrase that can stand before a span: a preposition and up to six words, no clause of its own. */
  private static final java.util.regex.Pattern TRAILING_PHRASE =
      java.util.regex.Pattern.compile("(?i)(?:for|on|to|from|via|with)(?: [\\p{L}\\p{N}$£€'’.,-]+){1,6}");

  /** True when the unit was typed in shorthand ("bd", "wks"), not as its word ("days"): a wait the agent wrote as prose keeps its words. */
  private static boolean shorthand(String typed, String[] unit) {
    String t = fold(typed);
    return !t.equals(unit[0]) && !t.equals(unit[1]);
  }

  /** Where the first of {@link #arrivalVerbs} in {@code text} starts, or -1. */
  private int arrivalVerb(String text) {
    int i = 0;
    while (i < text.length()) {
      while (i < text.length() && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < text.length() && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (i > start && arrivalVerbs.contains(fold(text.substring(start, i)))) {
        return start;
      }
    }
    return -1;
  }

  private static int firstWordStart(String text) {
    int i = 0;
    while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static String lastWord(String text) {
    int end = text.length();
    while (end > 0 && !Character.isLetterOrDigit(text.charAt(end - 1)) && text.charAt(end - 1) != '/') {
      end--;
    }
    int start = end;
    while (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '/')) {
      start--;
    }
    return text.substring(start, end);
  }

  private String clocks(String note) {
    Matcher m = clock.matcher(note);
    StringBuilder sb = null;
    int at = 0;
    while (m.find()) {
      String marker = m.group(3) == null ? null : clockMarkers.get(fold(m.group(3)));
      String before = note.substring(0, m.start()).stripTrailing();
      String previous = fold(lastWord(before));
      boolean range = m.group(2) != null;
      // A bare number is a time only as a range right after a day ("Tuesday 8-12", "12/9 9-1"), never "2-3" alone.
      if (marker == null && !(range && (days.contains(previous) || isDate(previous, 0, previous.length())))) {
        continue;
      }
      if (!range && m.group(1).indexOf(':') < 0 && marker == null) {
        continue;
      }
      if (!range && m.group(1).indexOf(':') < 0 && m.group(3).length() == 1 && Character.isUpperCase(m.group(3).charAt(0))
          && m.end(1) == m.start(3)) {
        continue; // "seat 12A", "gate 4B": a code, never "12 AM"
      }
      String time = range
          ? clockBetween[0] + " " + m.group(1) + " " + clockBetween[1] + " " + m.group(2) + (marker == null ? "" : " " + marker)
          : m.group(1) + " " + marker;
      String lead;
      if (previous.isEmpty() || clockPrepositions.contains(previous)) {
        lead = range && clockPrepositions.contains(previous) ? null : "";
      } else if (scheduleVerbs.contains(previous) && !schedulePreposition.isEmpty()) {
        lead = range ? schedulePreposition + " " : schedulePreposition + " ";
      } else {
        lead = range ? "" : clockAt + " ";
      }
      if (lead == null) {
        // "from 2-6pm": the preposition already frames it; the range reads "2 to 6 PM", and after
        // noteClockBetween's own first word its second: "between 9-11am" → "between 9 and 11 AM".
        String joiner = previous.equals(fold(clockBetween[0])) ? clockBetween[1] : spanRange;
        time = m.group(1) + " " + joiner + " " + m.group(2) + (marker == null ? "" : " " + marker);
        lead = "";
      }
      sb = sb == null ? new StringBuilder(note.length() + 16) : sb;
      sb.append(note, at, m.start()).append(lead).append(time);
      at = m.end();
    }
    return sb == null ? note : sb.append(note, at, note.length()).toString();
  }

  /**
   * A day right after a booking verb takes its preposition: "booked Tuesday" → "booked for
   * Tuesday"; so does a numeric date ("booked 12/10" → "booked for 12/10"), which after any other
   * verb of {@code notePassiveVerbs} takes {@code noteDatePreposition}: "received 11/30" →
   * "received on 11/30".
   */
  private String scheduled(String note) {
    note = dated(note);
    if (scheduleVerbs.isEmpty() || schedulePreposition.isEmpty() || days.isEmpty()) {
      return note;
    }
    StringBuilder sb = null;
    int at = 0;
    int i = 0;
    int previousStart = -1;
    int previousEnd = -1;
    while (i < note.length()) {
      while (i < note.length() && !Character.isLetter(note.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < note.length() && Character.isLetter(note.charAt(i))) {
        i++;
      }
      if (i == start) {
        break;
      }
      if (previousStart >= 0 && start == previousEnd + 1 && note.charAt(previousEnd) == ' '
          && entryAt(dayWords, note, start, i) != null && entryAt(scheduleWords, note, previousStart, previousEnd) != null) {
        sb = sb == null ? new StringBuilder(note.length() + 8) : sb;
        sb.append(note, at, start).append(schedulePreposition).append(' ');
        at = start;
      }
      previousStart = start;
      previousEnd = i;
    }
    return sb == null ? note : sb.append(note, at, note.length()).toString();
  }

  /** {@link #scheduled}'s numeric dates: "received 11/30" → "received on 11/30", "booked 12/10" → "booked for 12/10". */
  private String dated(String note) {
    if (datePreposition.isEmpty() || note.indexOf('/') < 0) {
      return note;
    }
    StringBuilder sb = null;
    int at = 0;
    for (int slash = note.indexOf('/'); slash > 0; slash = note.indexOf('/', slash + 1)) {
      int start = slash;
      while (start > 0 && isDigit(note.charAt(start - 1))) {
        start--;
      }
      int end = slash + 1;
      while (end < note.length() && (isDigit(note.charAt(end)) || note.charAt(end) == '/')) {
        end++;
      }
      if (start < 2 || start < at || note.charAt(start - 1) != ' ' || !isDate(note, start, end)
          || end < note.length() && Character.isLetterOrDigit(note.charAt(end))) {
        continue;
      }
      int wordEnd = start - 1;
      int wordStart = wordEnd;
      while (wordStart > 0 && Character.isLetter(note.charAt(wordStart - 1))) {
        wordStart--;
      }
      if (wordStart == wordEnd) {
        continue;
      }
      String verb = fold(note.substring(wordStart, wordEnd));
      String preposition = scheduleVerbs.contains(verb) && !schedulePreposition.isEmpty() ? schedulePreposition
          : passiveVerbs.contains(verb) || toVerbs.contains(verb) ? datePreposition : null;
      if (preposition == null) {
        continue;
      }
      sb = sb == null ? new StringBuilder(note.length() + 8) : sb;
      // a note that is only its verb and the date did it to the thing at hand: "mailed 12/8" → "mailed it on 12/8"
      boolean bare = firstWordStart(note) == wordStart && passiveVerbs.contains(verb) && !object.isEmpty();
      sb.append(note, at, start).append(bare ? object + " " : "").append(preposition).append(' ');
      at = start;
    }
    return sb == null ? note : sb.append(note, at, note.length()).toString();
  }

  /** True when {@code text[start, end)} is a numeric date: month and day, perhaps a year ("11/30", "12/9/26"). */
  private static boolean isDate(String text, int start, int end) {
    int parts = 0;
    int digits = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (isDigit(c)) {
        digits++;
      } else if (c == '/' && digits >= 1 && digits <= 2) {
        parts++;
        digits = 0;
      } else {
        return false;
      }
    }
    return (parts == 1 && digits >= 1 && digits <= 2) || (parts == 2 && (digits == 2 || digits == 4));
  }

  private static String[][] asPairs(ImmutableMap<String, String> map) {
    return map.entrySet().stream().map(e -> new String[] {e.getKey(), e.getValue()}).toArray(String[][]::new);
  }

  private static ImmutableSet<String> words(String list) {
    ImmutableSet.Builder<String> b = ImmutableSet.builder();
    for (String w : LIST.split(list)) {
      b.add(fold(w));
    }
    return b.build();
  }

  /**
   * {@code note} from {@code first} opening with a perfect of {@link #perfectPast} and its
   * participle ("I’ve refunded", "He reembolsado"), as the simple past said in its place ("I
   * refunded", "Reembolsé"); null when it opens otherwise.
   */
  Past simplePast(String note, int first) {
    if (perfectPast.isEmpty()) {
      return null;
    }
    for (Map.Entry<String, String> e : perfectPast.entrySet()) {
      String subject = e.getKey();
      int after = first + subject.length();
      if (after >= note.length() || note.charAt(after) != ' ' || !fold(note.substring(first, after)).equals(subject)) {
        continue;
      }
      int end = after + 1;
      while (end < note.length() && Character.isLetter(note.charAt(end))) {
        end++;
      }
      if (end == after + 1) {
        return null;
      }
      String participle = note.substring(after + 1, end);
      String past = pastOf(pastOfParticiple.get(subject), fold(participle));
      if (past == null) {
        return null;
      }
      String said = e.getValue().equals("-") ? past : e.getValue() + " " + past;
      if (Character.isUpperCase(note.charAt(first)) && !said.isEmpty()) {
        said = said.substring(0, 1).toUpperCase(Locale.ROOT) + said.substring(1);
      }
      return new Past(end, said);
    }
    return null;
  }

  /** A perfect read as a simple past: the participle ends at {@code end}; {@code said} stands for the text before it. */
  record Past(int end, String said) {}

  /** A participle's simple past by {@code forms} (whole words first, then "-ending" pairs), else by {@link #participles} read backwards, else itself when {@code forms} is empty. */
  private String pastOf(ImmutableMap<String, String> forms, String participle) {
    String whole = forms.get(participle);
    if (whole != null) {
      return whole;
    }
    for (Map.Entry<String, String> f : forms.entrySet()) {
      String k = f.getKey();
      if (k.startsWith("-") && participle.endsWith(k.substring(1)) && participle.length() > k.length() + 1) {
        return participle.substring(0, participle.length() - (k.length() - 1)) + f.getValue().substring(1);
      }
    }
    if (!forms.isEmpty()) {
      return null; // no form known: the perfect stays as typed
    }
    String back = pastOfParticipleDefault.get(participle);
    return back != null ? back : participle;
  }

  private static ImmutableMap<String, String> pairs(String path, String key, String list) {
    ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
    for (String pair : LIST.split(list)) {
      int eq = pair.indexOf('=');
      if (eq <= 0 || eq == pair.length() - 1) {
        throw new IllegalStateException(path + ": " + key + " entry \"" + pair + "\" must read \"words=words\"");
      }
      b.put(fold(pair.substring(0, eq).strip()), pair.substring(eq + 1).strip());
    }
    return b.buildOrThrow();
  }

  static String fold(String word) {
    return word.toLowerCase(Locale.ROOT).replace('\'', '’');
  }
}
