package dev.empathy.review;

import com.google.common.collect.ImmutableList;
import dev.empathy.signal.Evidence;
import com.google.common.collect.ImmutableMap;
import com.ibm.icu.text.BreakIterator;
import dev.empathy.Emotion;
import dev.empathy.text.Graphemes;
import dev.empathy.text.PhraseMatcher;
import dev.empathy.text.WordCounter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a draft against the empathy rubric from the cues found in the one pass over it (the
 * phrases in {@code rubric_<lang>.ini}), its findings, its sentences and, when given, the
 * customer's message. Every score keeps the spans it rests on.
 */
final class RubricScorer {
  private static final int MAX_EVIDENCE = 8;
  /**
   * Validation credit in the rubric for a specific acknowledgement without a feeling word: as much
   * as a plain apology gets when the customer's feeling is known, so naming the situation is never
   * worth less than saying sorry.
   */
  private static final double SPECIFIC_CREDIT = 0.7;
  /** Summary credit for a concrete detail of the case (an amount or a number with the words naming it). */
  private static final double DETAIL_CREDIT = 0.8;
  /** Action credit for a public hand-off that asks for something ("DM us your confirmation number"). */
  private static final double PURPOSEFUL_HANDOFF_CREDIT = 0.6;
  /** Summary credit for echoing at least half of a short message's content words, two or more. */
  private static final double SHORT_MESSAGE_ECHO_CREDIT = 0.9;
  /** Action credit for an offer the agent can carry out now, put to the customer for their yes. */
  private static final double CONSENTED_OFFER_CREDIT = 0.8;

  private RubricScorer() {}

  /**
   * The scores, the overall score, and the coaching notes, in one value. The notes are written
   * when first asked for: a caller that reads only scores and findings ({@code qa}) never pays for
   * them (the finding notes fill templates and build each finding's rewrite).
   */
  record Result(ImmutableMap<Criterion, RubricScore> rubric, int score, int empathyScore, java.util.function.Supplier<ImmutableList<String>> notes) {}

  static Result score(
      DraftReading r,
      RuleBook book,
      List<FrictionFinding> findings,
      CustomerReading customer,
      boolean publicChannel,
      String channel,
      RubricWeights weights) {
    Map<Criterion, Double> s = new EnumMap<>(Criterion.class);
    // No loop in this method: its loops are small methods of their own. A loop here made C2
    // compile the whole method (and all it inlines) on the stack, twice, on a run of short drafts.
    Map<Criterion, List<Evidence>> ev = evidenceLists();
    Set<Criterion> notApplicable = new HashSet<>();
    List<String> notes = new ArrayList<>();

    // Validation: names the feeling or the situation; with signals, the feeling the customer has.
    // A specific acknowledgement counts without an apology word: naming that the problem persists
    // or repeats ("a third outage this week"), or the customer's own words in an acknowledging sentence.
    // A canned apology the scan flagged ("sorry for any inconvenience caused") acknowledges nothing.
    List<PhraseMatcher.Match<Cue>> strong = outside(r.cues("validation"), findings, FrictionCategory.BOILERPLATE);
    List<PhraseMatcher.Match<Cue>> weak = outside(r.cues("validation.weak"), findings, FrictionCategory.BOILERPLATE);
    List<PhraseMatcher.Match<Cue>> persists = r.cues("validation.specific");
    List<PhraseMatcher.Match<Cue>> generic = outside(r.cues("validation.generic"), findings, FrictionCategory.BOILERPLATE);
    Evidence mirror = mirror(r, book, customer, strong, weak, persists);
    boolean specific = !persists.isEmpty() || mirror != null;
    boolean named = beyondApology(strong, generic);
    double validation = !strong.isEmpty() ? 1.0 : !weak.isEmpty() ? 0.6 : 0.0;
    if (specific) {
      validation = Math.max(validation, SPECIFIC_CREDIT);
    }
    // The empathy score is validation alone, read from the draft: what the listener makes of the
    // customer's message never takes an acknowledged feeling's credit away.
    double empathy = named ? (specific ? 1.0 : 0.9) : specific ? 0.85 : !strong.isEmpty() || !weak.isEmpty() ? 0.5 : 0.0;
    boolean emotionNote = false;
    evidence(ev.get(Criterion.VALIDATION), r, strong, weak, persists);
    if (mirror != null) {
      ev.get(Criterion.VALIDATION).add(mirror);
    }
    if (customer.emotion().isPresent()) {
      Emotion e = customer.emotion().get();
      List<PhraseMatcher.Match<Cue>> namedFeeling = r.cues("emotion." + e.label());
      if (!namedFeeling.isEmpty()) {
        validation = Math.max(validation, 1.0);
        empathy = Math.max(empathy, specific ? 1.0 : 0.9);
        evidence(ev.get(Criterion.VALIDATION), r, namedFeeling);
      } else if (named || specific || (!strong.isEmpty() && namesAnotherHardFeeling(r, e)) || courtesyWithAnAnswer(r)) {
        // A reply that names a neighbouring feeling ("I'd be fed up too" to an angry message), or
        // the situation itself, has acknowledged it: it keeps its credit, and gets no note.
      } else {
        validation = Math.min(validation, 0.7);
        String note = book.note("signal.emotion." + e.label());
        note = note.isEmpty() ? book.note("signal.emotion") : note;
        // Their own words make the note about this customer, not customers in general.
        String quoted = book.note("signal.quote");
        if (customer.feelingQuote().isPresent() && !quoted.isEmpty()) {
          String filled = fill(quoted, customer.feelingQuote().get(), "", "");
          note = filled + (filled.endsWith("。") ? "" : " ") + note;
        }
        notes.add(note);
        emotionNote = true;
      }
    }
    s.put(Criterion.VALIDATION, validation);

    // Summary: restates the problem concretely, by a reflective lead-in or the customer's own words.
    List<PhraseMatcher.Match<Cue>> lead = r.cues("summary");
    List<PhraseMatcher.Match<Cue>> you = r.cues("summary.weak");
    // A concrete detail of the customer's case (an amount, an order or card number, with the words
    // that name it: "the $42.50 restocking fee", "your Visa ending 4242") restates the problem as
    // surely as a lead-in does; a time is a promise, not a detail of the case.
    List<Evidence> details = lead.isEmpty() ? SummaryDetails.find(r, book) : List.of();
    double summary = !lead.isEmpty() ? 1.0 : !details.isEmpty() ? DETAIL_CREDIT : !you.isEmpty() ? 0.6 : 0.0;
    evidence(ev.get(Criterion.SUMMARY), r, lead);
    ev.get(Criterion.SUMMARY).addAll(details);
    SummaryDetails.phrases(r, book, you, ev.get(Criterion.SUMMARY), MAX_EVIDENCE);
    if (!customer.contentWords().isEmpty()) {
      // A question is answered in its own words ("does Pro include SSO?" → "Pro includes SSO").
      // A how-to ("To cancel, go to Settings > Billing") tells the customer what to do; it
      // restates nothing of their problem, whatever words it shares with it.
      boolean[] steps = instructionSentences(r);
      int echoed = book.addressedSummary && !customer.question()
          ? echoedWhereAddressed(r, book, customer.contentWords(), steps)
          : steps == null
              ? CustomerReading.sharedContentWords(r, book, customer.contentWords())
              : CustomerReading.sharedContentWords(sentencesBut(r, steps), book, customer.contentWords());
      // Two of a short message's few content words ("my order arrived damaged") restate it as fully
      // as three of a long one's, unless the draft turns them against the customer (blame, policy,
      // hand-off: "the charge in question was authorised by you" restates nothing).
      boolean most = echoed >= 2 && 2 * echoed >= customer.contentWords().size() && !turnedAgainst(findings);
      double overlap = echoed >= 3 ? 1.0 : most ? SHORT_MESSAGE_ECHO_CREDIT : echoed == 2 ? 0.75 : echoed == 1 ? 0.4 : 0.0;
      summary = Math.max(summary, overlap);
    }
    s.put(Criterion.SUMMARY, summary);

    // Ownership: first person and active voice; passive and policy language take it away.
    List<PhraseMatcher.Match<Cue>> mine = r.cues("ownership");
    evidence(ev.get(Criterion.OWNERSHIP), r, mine);
    // One first-person sentence that does something ("I’ve refunded the fee") owns the case as
    // much as two mentions of "I" do.
    double firstPerson = mine.size() >= 2 || (mine.size() == 1 && (!r.cues("action.done").isEmpty() || !r.cues("followup").isEmpty())) ? 1.0 : mine.size() / 2.0;
    double ownership = lessOwnership(firstPerson, findings);
    s.put(Criterion.OWNERSHIP, clamp(ownership));

    // Action now: something already done ("I’ve refunded"), or done or offered right now.
    // A step reported as a note or a label at the start of a sentence or clause ("Done: refunded
    // the charge", "Fee reversed.", "Hecho: reembolso emitido", "Erledigt:", "C'est fait :") is as
    // done as "I've refunded"; the same words inside a sentence ("once the fee is reversed") are not.
    List<PhraseMatcher.Match<Cue>> stated = union(atClauseStart(r, r.cues("action.state")), r.cues("action.passive-done"));
    List<PhraseMatcher.Match<Cue>> done = stated.isEmpty() ? r.cues("action.done") : union(r.cues("action.done"), stated);
    List<PhraseMatcher.Match<Cue>> now = r.cues("action.now");
    // "There is nothing I can do" offers nothing: an offer inside a refusal the scan flagged is none.
    List<PhraseMatcher.Match<Cue>> offer = outside(r.cues("action.offer"), findings, FrictionCategory.POLICY_HIDING);
    // A first-person step promised for today ("I’ll send the right colour out today") is as good as
    // done for the customer waiting on it.
    List<PhraseMatcher.Match<Cue>> today = r.cues("action.today");
    double action = !done.isEmpty() ? 1.0 : !today.isEmpty() ? 0.8 : !now.isEmpty() ? 0.7 : !offer.isEmpty() ? 0.5 : 0.0;
    evidence(ev.get(Criterion.ACTION_NOW), r, done, today, now, offer);
    // An offer the agent can carry out now, put to the customer for their yes ("I can refund the
    // duplicate $48 right now, would that work for you?", "I'd be happy to send the right charger
    // out today, would you like that?"): a support lead counts it as the step, taken with consent.
    // The next move is the customer's answer, so no time or next contact is owed yet.
    boolean consent = action < CONSENTED_OFFER_CREDIT && action > 0 && (askedConsent(r, offer) || askedConsent(r, now) || askedConsent(r, today));
    if (consent) {
      action = CONSENTED_OFFER_CREDIT;
      evidence(ev.get(Criterion.ACTION_NOW), r, r.cues("action.consent"));
    }
    s.put(Criterion.ACTION_NOW, action);

    // Expectations: a sentence with a concrete time about the future, and an owner.
    List<Evidence> times = concreteTimes(r, findings);
    // The agent who has already acted ("I’ve refunded it; you’ll see it within 3-5 business days")
    // owns the time that follows as much as one who says "I’ll".
    boolean owned = !r.cues("owner").isEmpty() || !done.isEmpty();
    double expectations = lessForVagueTimes(
        !times.isEmpty() ? (owned ? 1.0 : 0.7) : (owned && !r.cues("owner").isEmpty() ? 0.3 : 0.0), findings);
    ev.get(Criterion.EXPECTATIONS).addAll(times);
    s.put(Criterion.EXPECTATIONS, clamp(expectations));
    if (customer.urgent() && (times.isEmpty() || action < 1.0)) {
      notes.add(book.note("signal.urgent"));
      s.put(Criterion.EXPECTATIONS, clamp(s.get(Criterion.EXPECTATIONS) - 0.2));
    }

    // Follow-through: a promised next contact.
    List<PhraseMatcher.Match<Cue>> follow = r.cues("followup");
    evidence(ev.get(Criterion.FOLLOW_THROUGH), r, follow);
    s.put(Criterion.FOLLOW_THROUGH, follow.isEmpty() ? 0.0 : follow.stream().allMatch(m -> vagueSentence(r, findings, m.start())) ? 0.4 : 1.0);
    // The case already handled, with a concrete time for what is left ("I’ve refunded it; you’ll see
    // it within 3-5 business days"): a promised next contact is welcome, not owed.
    if (action >= 1.0 && s.get(Criterion.EXPECTATIONS) >= 0.8 && s.get(Criterion.FOLLOW_THROUGH) < 0.6) {
      notApplicable.add(Criterion.FOLLOW_THROUGH);
    }
    // A reply to thanks or praise ("Thanks for the shout-out! So glad you enjoyed your stay", "You’re
    // very welcome, have a great weekend") to a grateful customer, or when the customer's message is
    // not given and the draft's own words say what it answers, if it apologises for nothing, acts on and promises nothing ("We
    // will look into it. Happy to help!" is no thank-you) and grates nowhere.
    boolean thanksReply = (customer.contentWords().isEmpty() && customer.emotion().isEmpty()
            || customer.emotion().orElse(null) == Emotion.GRATEFUL && !customer.urgent())
        && !r.cues("thanks-reply").isEmpty() && generic.isEmpty() && r.cues("action.done").isEmpty()
        && r.cues("handoff").isEmpty() && r.cues("owner").isEmpty() && r.cues("followup").isEmpty()
        && findings.isEmpty();
    if (thanksReply) {
      evidence(ev.get(Criterion.VALIDATION), r, r.cues("thanks-reply"));
      s.put(Criterion.VALIDATION, Math.max(s.get(Criterion.VALIDATION), 1.0)); // warmth answers warmth
      empathy = Math.max(empathy, 0.9);
    }
    // A thank-you needs no restated problem, deadline or follow-up unless the reply offers them, and
    // nobody owns a task that is not there.
    if (customer.emotion().orElse(null) == Emotion.GRATEFUL || thanksReply) {
      if (thanksReply && s.get(Criterion.OWNERSHIP) < 0.6) {
        notApplicable.add(Criterion.OWNERSHIP);
      }
      if (follow.isEmpty() && times.isEmpty()) {
        notApplicable.add(Criterion.FOLLOW_THROUGH);
        notApplicable.add(Criterion.EXPECTATIONS);
      }
      if (s.get(Criterion.SUMMARY) < 0.6) {
        notApplicable.add(Criterion.SUMMARY);
      }
      if (s.get(Criterion.ACTION_NOW) < 1.0) {
        notApplicable.add(Criterion.ACTION_NOW); // passing the thanks on is all a thank-you needs
      }
    }

    // An offer for now or today ("I can send a replacement today, or refund you: which would you
    // prefer?") needs only the customer's yes; one for later still owes its when.
    if (consent && offeredForNow(r)) {
      if (s.get(Criterion.EXPECTATIONS) < 0.6) {
        notApplicable.add(Criterion.EXPECTATIONS);
      }
      if (s.get(Criterion.FOLLOW_THROUGH) < 0.6) {
        notApplicable.add(Criterion.FOLLOW_THROUGH);
      }
    }

    // Replies that need no promised time or next contact (each is data: rubric_<lang>.ini):
    // a fix already in place ("you can sign in now"); a public reply that moves to private
    // messages with an offer (the details and times belong there); a question answered with
    // steps, when the customer raised no feeling or deadline and nothing grated.
    boolean errors = findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    boolean resolved = action >= 1.0 && !r.cues("resolved").isEmpty();
    // On a public channel, asking the customer to continue in private messages is a step to take
    // now, whoever signs the post ("^KM", "-Sam"); a bare "Please DM us." is the canned brush-off:
    // the hand-off must ask for something ("DM us your confirmation number"), or come with an offer.
    boolean handoff = publicChannel && action >= 0.5 && !r.cues("handoff").isEmpty() && !errors;
    if (publicChannel && !handoff && !errors && purposefulHandoff(r, book)) {
      // The hand-off is itself the step to take now (a fair one, not yet a fix), and the times and
      // the next contact belong in the private thread.
      s.put(Criterion.ACTION_NOW, Math.max(s.get(Criterion.ACTION_NOW), PURPOSEFUL_HANDOFF_CREDIT));
      if (s.get(Criterion.EXPECTATIONS) < 0.6) {
        notApplicable.add(Criterion.EXPECTATIONS);
      }
      if (s.get(Criterion.FOLLOW_THROUGH) < 0.6) {
        notApplicable.add(Criterion.FOLLOW_THROUGH);
      }
    }
    // A plain request ("I want to cancel my membership") answered with steps that take up what
    // it asks for (half its content words or more) is answered as a question is; steps beside the
    // point ("want it refunded" -> "To cancel, tap Account > Plan > Cancel") are not.
    boolean answered =
        (customer.question() || (customer.calm() && stepsTakeUp(r, book, customer.contentWords())))
            && !customer.urgent()
            // "How do I…" reads as mild confusion, which the steps themselves answer.
            && (customer.emotion().isEmpty() || customer.emotion().get() == Emotion.CONFUSED)
            && !errors
            && (!r.cues("guide").isEmpty() || !r.cues("instruction").isEmpty());
    if (resolved || handoff || answered) {
      evidence(ev.get(Criterion.ACTION_NOW), r, r.cues("resolved"), r.cues("handoff"), r.cues("guide"));
      if (s.get(Criterion.EXPECTATIONS) < 0.6) {
        notApplicable.add(Criterion.EXPECTATIONS);
      }
      if (s.get(Criterion.FOLLOW_THROUGH) < 0.6) {
        notApplicable.add(Criterion.FOLLOW_THROUGH);
      }
      if (handoff && s.get(Criterion.SUMMARY) < 0.6) {
        notApplicable.add(Criterion.SUMMARY);
      }
      if (answered) {
        s.put(Criterion.ACTION_NOW, Math.max(action, 0.8));
        if (s.get(Criterion.VALIDATION) < 0.6) {
          notApplicable.add(Criterion.VALIDATION); // a plain question carries no feeling to name
        }
        if (s.get(Criterion.OWNERSHIP) < 0.6 && s.get(Criterion.OWNERSHIP) == firstPerson) {
          notApplicable.add(Criterion.OWNERSHIP);
        }
        if (s.get(Criterion.SUMMARY) < 0.6 && !r.cues("instruction").isEmpty()) {
          notApplicable.add(Criterion.SUMMARY); // the steps answer it; restating the question adds nothing
        }
      }
    }

    // A customer who showed no feeling (a plain request or question, as the listener read it) is
    // owed no validation; one who did is, whatever else the reply does.
    if (customer.calm() && s.get(Criterion.VALIDATION) < 0.8) {
      notApplicable.add(Criterion.VALIDATION);
    }

    // Clarity: sentence length (ICU sentences), plain words.
    s.put(Criterion.CLARITY, clarity(r, book, findings, ev.get(Criterion.CLARITY)));

    // Dignity: no error findings; fewer warnings of the disrespectful kinds.
    s.put(Criterion.DIGNITY, dignity(findings, ev.get(Criterion.DIGNITY)));

    int overall = overall(s, notApplicable, findings, weights);
    ImmutableMap.Builder<Criterion, RubricScore> rubric = ImmutableMap.builder();
    List<Criterion> weakest = new ArrayList<>();
    // The examples in the notes speak of this case: its topic (from the customer's words, else the
    // draft's), else its channel.
    String variant = topic(r, book, customer);
    variant = variant != null ? variant : channel;
    rubric(s, ev, notApplicable, book, variant, rubric, weakest);
    weakest.sort((a, b) -> Double.compare(weights.weight(b) * (1 - s.get(b)), weights.weight(a) * (1 - s.get(a))));
    boolean emotion = emotionNote;
    String topic = variant;
    return new Result(
        rubric.buildOrThrow(),
        overall,
        (int) Math.round(100 * empathy),
        () -> notes(book, findings, weakest, emotion, topic, notes));
  }

  /**
   * The coaching notes, most useful first: the finding notes, the "improve" notes of the weakest
   * criteria (weakest first) that those do not already cover, then {@code notes} (the signal notes).
   */
  private static ImmutableList<String> notes(
      RuleBook book, List<FrictionFinding> findings, List<Criterion> weakestFirst, boolean emotionNote, String variant, List<String> notes) {
    List<Criterion> weakest = new ArrayList<>(weakestFirst);
    Set<FrictionCategory> noted = java.util.EnumSet.noneOf(FrictionCategory.class);
    List<String> all = new ArrayList<>(findingNotes(book, findings, noted));
    // A note that names the phrase ("Rewrite “in due course”: …") or the customer's feeling says what
    // the criterion's general note would, more specifically.
    if (emotionNote) {
      weakest.remove(Criterion.VALIDATION);
    }
    if (noted.contains(FrictionCategory.VAGUE_TIME)) {
      weakest.remove(Criterion.EXPECTATIONS);
    }
    if (noted.contains(FrictionCategory.PASSIVE_VOICE)) {
      weakest.remove(Criterion.OWNERSHIP);
    }
    improveNotes(book, weakest, variant, all);
    all.addAll(notes);
    all.removeIf(String::isEmpty);
    return ImmutableList.copyOf(new java.util.LinkedHashSet<>(all));
  }

  /**
   * True when a hand-off cue is followed in its sentence by a content word of the draft's language
   * (not a stop word, three letters or more, not a signature): what to send, or what happens next.
   */
  private static boolean purposefulHandoff(DraftReading r, RuleBook book) {
    for (PhraseMatcher.Match<Cue> m : r.cues("handoff")) {
      int to = r.sentenceEnd(r.sentence(m.start()));
      int i = m.end();
      while (i < to) {
        while (i < to && !Character.isLetter(r.chars[i])) {
          i++;
        }
        int e = i;
        while (e < to && (Character.isLetter(r.chars[e]) || r.chars[e] == '\'' || r.chars[e] == '’')) {
          e++;
        }
        boolean signature = i > 0 && "^-–—~/".indexOf(r.chars[i - 1]) >= 0; // "^KM", "-Sam"
        if (e - i >= 3 && !signature && !book.stopwords.contains(CustomerReading.foldWithoutApostrophes(r.text, i, e))) {
          return true;
        }
        i = e;
      }
    }
    return false;
  }

  /**
   * True when a consent question ({@code [action.consent]}: "would that work for you", "which would
   * you prefer", "si vous me le confirmez") is in the sentence of one of {@code offers} or the next.
   */
  private static boolean askedConsent(DraftReading r, List<PhraseMatcher.Match<Cue>> offers) {
    if (offers.isEmpty()) {
      return false;
    }
    List<PhraseMatcher.Match<Cue>> consent = r.cues("action.consent");
    for (PhraseMatcher.Match<Cue> o : offers) {
      if (r.quoted(o.start())) {
        continue;
      }
      int sentence = r.sentence(o.start());
      int from = r.sentenceStart(sentence);
      int to = r.sentenceEnd(Math.min(sentence + 1, r.sentenceCount() - 1));
      for (PhraseMatcher.Match<Cue> c : consent) {
        if (c.start() >= from && c.start() < to && !r.quoted(c.start())) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when a sentence with a consent question, or the one before it, says now or today ({@code @immediate}). */
  private static boolean offeredForNow(DraftReading r) {
    for (PhraseMatcher.Match<Cue> c : r.cues("action.consent")) {
      int sentence = r.sentence(c.start());
      if (r.classIn("@immediate", r.sentenceStart(Math.max(0, sentence - 1)), r.sentenceEnd(sentence))) {
        return true;
      }
    }
    return false;
  }

  /** True when a finding above info blames the customer, hides behind policy or hands the case off. */
  /** How many words may stand before a reported step in its clause: "Your refund has been | issued". */
  private static final int STEP_OPENING_WORDS = 4;

  /**
   * The matches of {@code cues} within the first {@link #STEP_OPENING_WORDS} words of a sentence,
   * or of a clause after a colon, dash, semicolon or comma: "Fee reversed.", "Update: claim filed".
   */
  private static List<PhraseMatcher.Match<Cue>> atClauseStart(DraftReading r, List<PhraseMatcher.Match<Cue>> cues) {
    if (cues.isEmpty()) {
      return cues;
    }
    List<PhraseMatcher.Match<Cue>> out = new ArrayList<>(cues.size());
    for (PhraseMatcher.Match<Cue> m : cues) {
      int from = r.sentenceStart(r.sentence(m.start()));
      int words = 0;
      boolean inWord = false;
      for (int i = m.start() - 1; i >= from && words <= STEP_OPENING_WORDS; i--) {
        char c = r.chars[i];
        if (":;,–—\n".indexOf(c) >= 0 || c == '-' && (i == 0 || !Character.isLetterOrDigit(r.chars[i - 1]))) {
          break; // a clause opens here ("Done: refunded", "All done - pushed")
        }
        boolean letter = Character.isLetterOrDigit(c) || c == '\'' || c == '’';
        if (letter && !inWord) {
          words++;
        }
        inWord = letter;
      }
      if (words <= STEP_OPENING_WORDS) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * {@code cues} but those inside a finding of {@code category} above info; {@code cues} itself
   * when none is.
   */
  static List<PhraseMatcher.Match<Cue>> outside(List<PhraseMatcher.Match<Cue>> cues, List<FrictionFinding> findings, FrictionCategory category) {
    if (cues.isEmpty() || findings.isEmpty()) {
      return cues;
    }
    List<PhraseMatcher.Match<Cue>> out = null;
    for (int i = 0; i < cues.size(); i++) {
      PhraseMatcher.Match<Cue> m = cues.get(i);
      boolean inside = false;
      for (FrictionFinding f : findings) {
        if (f.category() == category && f.severity() != Severity.INFO && f.start() <= m.start() && m.end() <= f.end()) {
          inside = true;
          break;
        }
      }
      if (inside && out == null) {
        out = new ArrayList<>(cues.subList(0, i));
      } else if (!inside && out != null) {
        out.add(m);
      }
    }
    return out == null ? cues : out;
  }

  /** {@code a} and {@code b} in text order. */
  private static List<PhraseMatcher.Match<Cue>> union(List<PhraseMatcher.Match<Cue>> a, List<PhraseMatcher.Match<Cue>> b) {
    List<PhraseMatcher.Match<Cue>> out = new ArrayList<>(a.size() + b.size());
    out.addAll(a);
    out.addAll(b);
    out.sort((x, y) -> Integer.compare(x.start(), y.start()));
    return out;
  }

  /**
   * The customer's content words shared by the sentences that speak to the customer (a word of
   * {@code [summary.you]}: "your", "su", "Ihr"), acknowledge them or report a step taken: "Order
   * charges are processed automatically" shares "order" and "charge" with "you charged me twice
   * for order 4471" and restates nothing. A sentence with a figure holds a detail of the case and
   * counts too. The whole draft when every sentence does.
   */
  private static int echoedWhereAddressed(DraftReading r, RuleBook book, java.util.Set<String> words, boolean[] steps) {
    int n = r.sentenceCount();
    boolean[] addressed = new boolean[n];
    int count = 0;
    if (steps != null) {
      // An instruction is neither addressed nor counted: it stands as if addressed, with no words.
      for (int i = 0; i < n; i++) {
        if (steps[i]) {
          addressed[i] = true;
          count++;
        }
      }
      if (count == n) {
        return 0;
      }
    }
    for (String kind : ADDRESSING) {
      for (PhraseMatcher.Match<Cue> m : r.cues(kind)) {
        int i = r.sentence(m.start());
        if (i >= 0 && i < n && !addressed[i]) {
          addressed[i] = true;
          count++;
        }
      }
    }
    // A sentence with a figure holds a detail of the case ("a mast fault in SE15", "since 14:05").
    for (int i = 0; i < n && count < n; i++) {
      if (!addressed[i] && hasDigit(r.chars, r.sentenceStart(i), r.sentenceEnd(i))) {
        addressed[i] = true;
        count++;
      }
    }
    if (count == n && steps == null) {
      return CustomerReading.sharedContentWords(r, book, words);
    }
    if (count == 0) {
      return 0;
    }
    StringBuilder sb = new StringBuilder(r.text.length());
    for (int i = 0; i < n; i++) {
      if (addressed[i] && (steps == null || !steps[i])) {
        sb.append(r.text, r.sentenceStart(i), r.sentenceEnd(i)).append('\n');
      }
    }
    return CustomerReading.sharedContentWords(sb.toString(), book, words);
  }

  /**
   * The sentences that hold an {@code [instruction]} cue (a step for the customer to take: "go to
   * Settings", "pulsa Cancelar", "tippen Sie auf"), or null when none does.
   */
  static boolean[] instructionSentences(DraftReading r) {
    List<PhraseMatcher.Match<Cue>> cues = r.cues("instruction");
    if (cues.isEmpty()) {
      return null;
    }
    boolean[] out = new boolean[r.sentenceCount()];
    for (PhraseMatcher.Match<Cue> m : cues) {
      int i = r.sentence(m.start());
      if (i >= 0 && i < out.length) {
        out[i] = true;
      }
    }
    return out;
  }

  /**
   * True when the draft's instruction sentences share half or more of {@code words}, and one at least
   * (one is enough in a language written without spaces).
   */
  private static boolean stepsTakeUp(DraftReading r, RuleBook book, java.util.Set<String> words) {
    boolean[] steps = instructionSentences(r);
    if (steps == null || words.isEmpty()) {
      return false;
    }
    StringBuilder sb = new StringBuilder(r.text.length());
    for (int i = 0; i < steps.length; i++) {
      if (steps[i]) {
        sb.append(r.text, r.sentenceStart(i), r.sentenceEnd(i)).append('\n');
      }
    }
    int shared = CustomerReading.sharedContentWords(sb.toString(), book, words);
    // Text without spaces (Japanese) splits into many short words; one shared is the request's own.
    return shared >= 1 && (2 * shared >= words.size() || book.requestInsideWords);
  }

  /** The draft's sentences but those marked in {@code skip}, one a line. */
  private static String sentencesBut(DraftReading r, boolean[] skip) {
    StringBuilder sb = new StringBuilder(r.text.length());
    for (int i = 0; i < skip.length; i++) {
      if (!skip[i]) {
        sb.append(r.text, r.sentenceStart(i), r.sentenceEnd(i)).append('\n');
      }
    }
    return sb.toString();
  }

  private static boolean hasDigit(char[] chars, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isDigit(chars[i])) {
        return true;
      }
    }
    return false;
  }

  /**
   * The rubric kinds whose sentence addresses or acknowledges the customer, or reports a step taken
   * on their case ("Listo: las dos sillas que faltan salieron hoy"), for {@link #echoedWhereAddressed}.
   */
  private static final String[] ADDRESSING = {
    "summary.you", "summary", "summary.weak", "validation", "validation.weak", "validation.specific", "action.done", "action.state", "action.passive-done", "action.today"
  };

  private static boolean turnedAgainst(List<FrictionFinding> findings) {
    for (FrictionFinding f : findings) {
      if (f.severity() != Severity.INFO
          && (f.category() == FrictionCategory.BLAME || f.category() == FrictionCategory.POLICY_HIDING || f.category() == FrictionCategory.DEFLECTION)) {
        return true;
      }
    }
    return false;
  }

  /** An empty list of evidence per criterion. */
  private static Map<Criterion, List<Evidence>> evidenceLists() {
    Map<Criterion, List<Evidence>> ev = new EnumMap<>(Criterion.class);
    for (Criterion c : Criterion.values()) {
      ev.put(c, new ArrayList<>());
    }
    return ev;
  }

  /** Ownership less a quarter for each passive, policy, blaming or deflecting finding above info. */
  private static double lessOwnership(double ownership, List<FrictionFinding> findings) {
    for (FrictionFinding f : findings) {
      if (f.severity() != Severity.INFO
          && (f.category() == FrictionCategory.PASSIVE_VOICE || f.category() == FrictionCategory.POLICY_HIDING || f.category() == FrictionCategory.BLAME
              || f.category() == FrictionCategory.DEFLECTION)) {
        ownership -= 0.25;
      }
    }
    return ownership;
  }

  /**
   * The sentences with a concrete time about the future (outside quotes), trailing space left out. A
   * time word inside a vague-time finding ("近日中に", "in the coming days") is no concrete time.
   */
  private static List<Evidence> concreteTimes(DraftReading r, List<FrictionFinding> findings) {
    List<Evidence> times = new ArrayList<>();
    for (int i = 0; i < r.sentenceCount() && times.size() < MAX_EVIDENCE; i++) {
      int a = r.sentenceStart(i);
      int b = r.sentenceEnd(i);
      if (r.classIn("@time", a, b) && r.classIn("@future", a, b) && !r.quoted(a) && timeBesideVague(r, findings, a, b)) {
        int e = trimmedEnd(r.text, a, b);
        times.add(new Evidence(a, e, r.text.substring(a, e)));
      }
    }
    return times;
  }

  /** True when {@code [a, b)} has a {@code @time} word outside its vague-time findings. */
  private static boolean timeBesideVague(DraftReading r, List<FrictionFinding> findings, int a, int b) {
    int from = a;
    for (FrictionFinding f : findings) { // in text order
      if (f.category() != FrictionCategory.VAGUE_TIME || f.end() <= from || f.start() >= b) {
        continue;
      }
      if (r.classIn("@time", from, f.start())) {
        return true;
      }
      from = Math.max(from, f.end());
    }
    return r.classIn("@time", from, b);
  }

  /** {@code b} less the whitespace before it, down to {@code a}. */
  private static int trimmedEnd(String text, int a, int b) {
    int e = b;
    while (e > a && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  /** Expectations less 0.1 for each vague-time finding at info, 0.3 for each above. */
  private static double lessForVagueTimes(double expectations, List<FrictionFinding> findings) {
    for (FrictionFinding f : findings) {
      if (f.category() == FrictionCategory.VAGUE_TIME) {
        expectations -= f.severity() == Severity.INFO ? 0.1 : 0.3;
      }
    }
    return expectations;
  }

  /** Dignity from the error findings and the disrespectful warnings, each added to {@code ev}. */
  private static double dignity(List<FrictionFinding> findings, List<Evidence> ev) {
    int errorCount = 0;
    int warnings = 0;
    int aimed = 0;
    for (FrictionFinding f : findings) {
      if (f.severity() == Severity.ERROR) {
        errorCount++;
        ev.add(new Evidence(f.start(), f.end(), f.text()));
      } else if (f.severity() == Severity.WARNING && disrespectful(f.category())) {
        warnings++;
        // Blame and condescension aim at the customer, not at the wording: a tenth more each.
        aimed += f.category() == FrictionCategory.BLAME || f.category() == FrictionCategory.CONDESCENSION ? 1 : 0;
        ev.add(new Evidence(f.start(), f.end(), f.text()));
      }
    }
    return errorCount > 0 ? clamp(0.4 - 0.2 * (errorCount - 1)) : Math.max(0.3, 1.0 - 0.15 * warnings - 0.1 * aimed);
  }

  /** The overall score: the weighted mean of the criteria that apply, less each finding's penalty. */
  private static int overall(Map<Criterion, Double> s, Set<Criterion> notApplicable, List<FrictionFinding> findings, RubricWeights weights) {
    double total = 0;
    double weight = 0;
    for (Criterion c : Criterion.values()) {
      if (!notApplicable.contains(c)) {
        total += weights.weight(c) * s.get(c);
        weight += weights.weight(c);
      }
    }
    double score = weight == 0 ? 0 : 100 * total / weight;
    for (FrictionFinding f : findings) {
      score -= f.severity() == Severity.ERROR ? weights.errorPenalty() : f.severity() == Severity.WARNING ? weights.warningPenalty() : 0;
    }
    return (int) Math.round(Math.max(0, Math.min(100, score)));
  }

  /** Each criterion's rounded score, evidence and note into {@code rubric}; the weak ones into {@code weakest}. */
  private static void rubric(
      Map<Criterion, Double> s,
      Map<Criterion, List<Evidence>> ev,
      Set<Criterion> notApplicable,
      RuleBook book,
      String variant,
      ImmutableMap.Builder<Criterion, RubricScore> rubric,
      List<Criterion> weakest) {
    for (Criterion c : Criterion.values()) {
      double v = round(clamp(notApplicable.contains(c) ? 1.0 : s.get(c)));
      int kind = notApplicable.contains(c) ? RuleBook.NOT_APPLICABLE : v >= 0.8 ? RuleBook.GOOD : RuleBook.IMPROVE;
      String note = kind == RuleBook.IMPROVE ? book.improveNote(c, variant) : book.criterionNote(c, kind);
      rubric.put(c, new RubricScore(c, v, sorted(ev.get(c)), note));
      if (v < 0.6 && !notApplicable.contains(c)) {
        weakest.add(c);
      }
    }
  }

  /** The "improve" notes of the three weakest criteria. */
  private static void improveNotes(RuleBook book, List<Criterion> weakest, String variant, List<String> all) {
    for (Criterion c : weakest.subList(0, Math.min(3, weakest.size()))) {
      all.add(book.improveNote(c, variant));
    }
  }

  /**
   * The case's topic: the first topic of the data that the customer's content words name, or
   * without the customer's message, the first whose phrases the draft has; null when none.
   */
  private static String topic(DraftReading r, RuleBook book, CustomerReading customer) {
    if (book.topics.isEmpty()) {
      return null;
    }
    if (!customer.contentWords().isEmpty()) {
      for (Map.Entry<String, com.google.common.collect.ImmutableSet<String>> t : book.topics.entrySet()) {
        for (String w : t.getValue()) {
          if (customer.contentWords().contains(w)) {
            return t.getKey();
          }
        }
      }
    }
    for (String t : book.topics.keySet()) {
      if (!r.cues("topic." + t).isEmpty()) {
        return t;
      }
    }
    return null;
  }

  private static final List<Emotion> HARD_FEELINGS =
      List.of(Emotion.FRUSTRATED, Emotion.ANGRY, Emotion.ANXIOUS, Emotion.DISAPPOINTED, Emotion.SAD);

  /** Feelings whose cues are feeling words; the sad and disappointed cues include plain apologies. */
  private static final List<Emotion> NAMED_FEELINGS = List.of(Emotion.FRUSTRATED, Emotion.ANGRY, Emotion.ANXIOUS);

  /** True when the draft names a hard feeling other than {@code found} ("fed up" for anger). */
  private static boolean namesAnotherHardFeeling(DraftReading r, Emotion found) {
    if (!HARD_FEELINGS.contains(found)) {
      return false;
    }
    for (Emotion other : NAMED_FEELINGS) {
      if (other != found && !r.cues("emotion." + other.label()).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the draft has the language's courtesy for the trouble caused ({@code [courtesy]}:
   * ご不便をおかけし) and also acts (something done, done now, or fixed): read together, they
   * acknowledge the situation; the courtesy alone does not.
   */
  private static boolean courtesyWithAnAnswer(DraftReading r) {
    return !r.cues("courtesy").isEmpty()
        && (!r.cues("action.done").isEmpty() || !r.cues("action.now").isEmpty() || !r.cues("resolved").isEmpty());
  }

  /** True when a validation cue is more than a plain apology ("awful", "that's on us", not "I'm sorry"). */
  private static boolean beyondApology(List<PhraseMatcher.Match<Cue>> strong, List<PhraseMatcher.Match<Cue>> generic) {
    for (PhraseMatcher.Match<Cue> m : strong) {
      boolean plain = false;
      for (PhraseMatcher.Match<Cue> g : generic) {
        plain |= g.start() <= m.start() && m.end() <= g.end();
      }
      if (!plain) {
        return true;
      }
    }
    return false;
  }

  /** Sentences from the start of the draft that may hold an acknowledgement. */
  private static final int OPENING_SENTENCES = 3;

  /**
   * The customer's own words mirrored in an acknowledging sentence: one of the draft's first
   * sentences that shares at least two content words with the customer's message and carries an
   * acknowledgement cue ("Six weeks on a 2–4 week window, and your emails went unanswered, I'd be
   * fed up too"). A sentence that only restates facts ("once a package is marked as delivered…")
   * is a summary, not an acknowledgement. Null without the customer's message.
   */
  private static Evidence mirror(
      DraftReading r,
      RuleBook book,
      CustomerReading customer,
      List<PhraseMatcher.Match<Cue>> strong,
      List<PhraseMatcher.Match<Cue>> weak,
      List<PhraseMatcher.Match<Cue>> persists) {
    if (customer.contentWords().isEmpty()) {
      return null;
    }
    for (int i = 0; i < Math.min(OPENING_SENTENCES, r.sentenceCount()); i++) {
      int a = r.sentenceStart(i);
      int b = r.sentenceEnd(i);
      if (r.quoted(a) || !(startsIn(strong, a, b) || startsIn(weak, a, b) || startsIn(persists, a, b))) {
        continue;
      }
      if (CustomerReading.sharedContentWords(r.text.substring(a, b), book, customer.contentWords()) >= 2) {
        int e = b;
        while (e > a && Character.isWhitespace(r.text.charAt(e - 1))) {
          e--;
        }
        return new Evidence(a, e, r.text.substring(a, e));
      }
    }
    return null;
  }

  private static boolean startsIn(List<PhraseMatcher.Match<Cue>> cues, int from, int to) {
    for (PhraseMatcher.Match<Cue> m : cues) {
      if (m.start() >= from && m.start() < to) {
        return true;
      }
    }
    return false;
  }

  /** True when the sentence at {@code offset} has a vague time ("I'll get back to you ASAP" is no promise). */
  private static boolean vagueSentence(DraftReading r, List<FrictionFinding> findings, int offset) {
    int sentence = r.sentence(offset);
    int a = r.sentenceStart(sentence);
    int b = r.sentenceEnd(sentence);
    for (FrictionFinding f : findings) {
      if (f.category() == FrictionCategory.VAGUE_TIME && f.severity() != Severity.INFO && f.start() >= a && f.start() < b) {
        return true;
      }
    }
    return false;
  }

  /** At most this many findings get a note of their own. */
  private static final int FINDING_NOTES = 2;
  /** A finding longer than this (a whole over-long tail) is left to its criterion's note. */
  private static final int MAX_NOTED_TEXT = 60;

  /**
   * The most useful notes name the phrase: "Rewrite “As per our policy”: … For example: “…”", for
   * the first error findings of different rules. The draft's words are inserted as values into our
   * data's {@code finding} and {@code finding.example} notes, never read as a template.
   */
  private static List<String> findingNotes(RuleBook book, List<FrictionFinding> findings, Set<FrictionCategory> noted) {
    String template = book.note("finding");
    List<String> out = new ArrayList<>();
    if (template.isEmpty()) {
      return out;
    }
    Set<String> rules = new HashSet<>();
    List<FrictionFinding> worstFirst = new ArrayList<>(findings);
    worstFirst.sort(java.util.Comparator.comparing(FrictionFinding::severity).reversed()); // stable: in draft order within a severity
    for (FrictionFinding f : worstFirst) {
      if (out.size() >= FINDING_NOTES) {
        break;
      }
      if (f.severity() == Severity.INFO || f.text().length() > MAX_NOTED_TEXT || !rules.add(f.rule())) {
        continue;
      }
      noted.add(f.category());
      String suggestion = f.suggestion().strip();
      String note = fill(template, f.text().strip(), f.reason(), suggestion);
      if (suggestion.startsWith("[") && suggestion.endsWith("]")) {
        note = note + " " + suggestion.substring(1, suggestion.length() - 1);
      } else if (!book.note("finding.example").isEmpty()) {
        note = note + " " + fill(book.note("finding.example"), f.text().strip(), f.reason(), suggestion);
      }
      out.add(note);
    }
    return out;
  }

  /** One pass over our template: {text}, {reason} and {suggestion} become the values as given. */
  private static String fill(String template, String text, String reason, String suggestion) {
    StringBuilder sb = new StringBuilder(template.length() + text.length() + reason.length() + suggestion.length());
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      String key = close > i ? template.substring(i + 1, close) : "";
      String value = switch (key) {
        case "text" -> text;
        case "reason" -> reason;
        case "suggestion" -> suggestion;
        default -> null;
      };
      if (value != null) {
        sb.append(value);
        i = close;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean disrespectful(FrictionCategory c) {
    return switch (c) {
      case BLAME, MINIMISING, CONDESCENSION, ABSOLUTES, BOILERPLATE, POLICY_HIDING, DEFLECTION, CHANNEL, TEAM, PLACEHOLDER -> true;
      default -> false;
    };
  }

  private static double clarity(DraftReading r, RuleBook book, List<FrictionFinding> findings, List<Evidence> ev) {
    boolean graphemes = "graphemes".equals(book.clarity.get("unit"));
    int target = Integer.parseInt(book.clarity.getOrDefault("target", "20"));
    int max = Integer.parseInt(book.clarity.getOrDefault("max", "35"));
    BreakIterator words = book.words();
    WordCounter counter = graphemes ? null : r.words(words);
    long total = 0;
    int sentences = 0;
    int longOnes = 0;
    int[] walk = new int[2]; // the words walked past so far, for wordsIn
    for (int i = 0; i < r.sentenceCount(); i++) {
      int a = r.sentenceStart(i);
      int b = r.sentenceEnd(i);
      int n = graphemes ? Graphemes.count(r.text.substring(a, b).strip()) : wordsIn(counter, walk, a, b);
      if (n == 0) {
        continue;
      }
      sentences++;
      total += n;
      if (n > max) {
        longOnes++;
        if (ev.size() < MAX_EVIDENCE) {
          ev.add(new Evidence(a, b, r.text.substring(a, b)));
        }
      }
    }
    book.giveBackWords(words);
    double avg = sentences == 0 ? 0 : (double) total / sentences;
    double score = avg <= target ? 1.0 : 1.0 - 0.6 * Math.min(1.0, (avg - target) / (max - target));
    score -= Math.min(0.4, 0.1 * longOnes);
    for (FrictionFinding f : findings) {
      if (f.category() == FrictionCategory.JARGON) {
        score -= f.severity() == Severity.INFO ? 0.05 : 0.15;
        if (ev.size() < MAX_EVIDENCE) {
          ev.add(new Evidence(f.start(), f.end(), f.text()));
        }
      }
    }
    return clamp(score);
  }

  /**
   * {@code counter.count(a, b)} for spans that come in order ({@code a} and {@code b} never less
   * than the last call's): the first word starting at or after {@code a} and the last word ending
   * at or before {@code b} only move forward, so one walk over the words (its place kept in {@code
   * walk}, two zeros at first) answers every sentence, where {@code count} searches twice for each.
   */
  static int wordsIn(WordCounter counter, int[] walk, int a, int b) {
    int size = counter.size();
    int first = walk[0];
    while (first < size && counter.start(first) < a) {
      first++;
    }
    int past = walk[1];
    while (past < size && counter.end(past) <= b) {
      past++;
    }
    walk[0] = first;
    walk[1] = past;
    return Math.max(0, past - first);
  }

  @SafeVarargs
  private static void evidence(List<Evidence> out, DraftReading r, List<PhraseMatcher.Match<Cue>>... lists) {
    for (List<PhraseMatcher.Match<Cue>> list : lists) {
      for (PhraseMatcher.Match<Cue> m : list) {
        if (out.size() >= MAX_EVIDENCE) {
          return;
        }
        if (!r.quoted(m.start())) {
          out.add(new Evidence(m.start(), m.end(), m.text()));
        }
      }
    }
  }

  private static ImmutableList<Evidence> sorted(List<Evidence> ev) {
    if (ev.size() <= 1) {
      return ev.isEmpty() ? ImmutableList.of() : ImmutableList.of(ev.get(0));
    }
    List<Evidence> copy = new ArrayList<>(ev);
    copy.sort(java.util.Comparator.comparingInt(Evidence::start).thenComparingInt(Evidence::end));
    return ImmutableList.copyOf(new java.util.LinkedHashSet<>(copy));
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
