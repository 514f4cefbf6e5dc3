package dev.empathy.signal;

import dev.empathy.Emotion;
import java.util.Locale;

/**
 * One lexicon entry's meaning: what kind of cue it is, what it points at, and how strongly.
 *
 * @param kind the role the phrase plays
 * @param emotion the feeling it shows (emotion, sarcasm) or implies (a signal's {@code feels})
 * @param signal the escalation kind, for {@link Kind#SIGNAL}
 * @param weight strength in (0, 1]; for modifiers, the factor they apply
 * @param feelsWeight how strongly a signal implies {@code emotion}
 * @param sarcastic whether the phrase marks the message as sarcastic (🙃, "thanks for nothing")
 * @param ifUpset whether a signal counts only when the customer is upset ("for 3 days")
 * @param needsAct whether a signal counts only with an act in the same sentence: a platform, a
 *     regulator or a lawyer named is no threat ("saw it on Twitter"), "I'll post this on Twitter" is
 * @param actionsOnly whether a negator negates only {@link Kind#ACTION}s ("never got my voucher",
 *     while "never again" stays a threat)
 * @param needsTarget whether a signal counts only when aimed at someone: a {@link Kind#TARGET}
 *     ("you", "these", "bunch of") at most two words before it ("you pigs", not "pigs in a
 *     blanket"; "you're trash", not "threw it in the trash")
 * @param endings when not empty, the match counts only if the word right after it ends with one
 *     of these ("keeps" with {@code next-ends=ing}: "keeps crashing", "kept getting pushed back";
 *     not "keep me posted"); an ending that is a mark, not letters ({@code next-ends=?}), asks
 *     for that mark right after the match instead ("seriously?" is exasperation; "seriously love
 *     it", "Seriously." are not)
 * @param comparative whether a praise word is a comparative ("happier", "more helpful"): it counts
 *     only when denied, as a superlative ("couldn't be happier"); said plainly it compares
 * @param part for {@link Kind#CLAUSE}, the structural word class it belongs to (read by {@link
 *     ClauseReader}); null otherwise
 * @param ifOwn whether a repeat counts only when it repeats a failure or a contact of the
 *     customer's ({@link OwnSituation}): "still", "again", "5 times"; not "already called"
 */
record Cue(
    Kind kind,
    Emotion emotion,
    SignalKind signal,
    double weight,
    double feelsWeight,
    boolean sarcastic,
    boolean ifUpset,
    boolean needsAct,
    boolean actionsOnly,
    boolean needsTarget,
    boolean comparative,
    java.util.List<String> endings,
    ClauseReader.Part part,
    boolean ifOwn) {

  enum Kind {
    /** Shows a feeling directly: "furious", "fed up", "worried". */
    EMOTION,
    /** Thanks: weak on its own ("thanks"), strong with a reason ("thank you so much for"). */
    GRATITUDE,
    /** Positive evaluation: "great", "love", "amazing"; sincere or sarcastic by context. */
    PRAISE,
    /** A phrase that is itself sarcastic: "thanks for nothing", "great, just great". */
    SARCASM,
    /** Raises the next cue: "very", "so", "absolutely". */
    INTENSIFIER,
    /** Lowers the next cue: "a bit", "slightly", "kinda". */
    DOWNTONER,
    /** Cancels the next cue within three words and the same clause: "not", "never", "no". */
    NEGATOR,
    /** Turns what came before: "but", "however", "though". */
    CONTRAST,
    /** Swearing: raises intensity, hints at anger. */
    PROFANITY,
    /** Describes something going wrong: "charged twice", "never arrived", "still waiting". */
    PROBLEM,
    /** A polite request or question: "could you", "please", "how do I". */
    REQUEST,
    /** Asks for a person: "speak to a manager", "a real person". */
    HANDOFF,
    /** An escalation signal of {@link SignalKind}. */
    SIGNAL,
    /**
     * Something a product or a company is expected to do ("load", "arrive", "refund", "log in"),
     * in every form: negated ("doesn't load", "never got my voucher") it tells of a failure.
     */
    ACTION,
    /**
     * An act or a stated intent ("I'll post", "going to", "report", "everyone should know"): a
     * signal flagged {@code needs-act} counts only with one in the same sentence.
     */
    ACT,
    /**
     * Someone an insult can be aimed at ("you", "you guys", "these", "bunch of"): a signal flagged
     * {@code needs-target} counts only right after one.
     */
    TARGET,
    /**
     * A structural word of the clause reader ({@code clauses_<locale>.tsv}): a copula, "still", a
     * duration, a failure adjective, "why"; read by {@link ClauseReader}, never as a feeling.
     */
    CLAUSE,
    /**
     * A phrase that means nothing here but contains one that would ("effective immediately",
     * "sorted in 5 mins"): it wins the overlap and is dropped.
     */
    IGNORE;

    static Kind parse(String s) {
      return valueOf(s.strip().toUpperCase(Locale.ROOT));
    }
  }

  boolean is(Kind k) {
    return kind == k;
  }

  /**
   * Whether the word after a match ending at {@code end} of {@code text} ends as {@link
   * #endings()} require (always true without endings).
   */
  boolean nextEndsRight(String text, int end) {
    if (endings.isEmpty()) {
      return true;
    }
    int from = end;
    while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    int to = from;
    while (to < text.length() && Character.isLetter(text.charAt(to))) {
      to++;
    }
    String word = text.substring(from, to).toLowerCase(Locale.ROOT);
    for (String e : endings) {
      if (!e.isEmpty() && !Character.isLetter(e.charAt(0))) {
        if (text.startsWith(e, from)) {
          return true; // a mark right after the match: "seriously?"
        }
        continue;
      }
      if (word.length() > e.length() + 1 && word.endsWith(e)) {
        return true;
      }
    }
    return false;
  }
}
