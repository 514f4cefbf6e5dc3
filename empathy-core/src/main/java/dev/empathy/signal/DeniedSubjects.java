package dev.empathy.signal;

import dev.empathy.text.PhraseMatcher.Match;
import java.util.List;

/**
 * The clause reader's denied subjects of more than one word ("no one", "not a single person") that
 * begin before an action, for {@link Reading}'s subject denial, answered for the actions of a
 * message in text order from one pass over its clause words: asking each action afresh walks every
 * clause word before it, which grows with the square of a long message.
 *
 * <p>The answer is the one of a walk from the start: among the qualifying clause words that begin
 * before the action (the walk stops at the first clause word that does not), the first one of the
 * latest start, unless the negator given starts as late or later. That walk keeps a candidate and
 * replaces it with each later-starting one, so its last candidate is the first occurrence of the
 * greatest start: a prefix maximum, kept here as the prefix grows. When the clause words are not in
 * token order, or actions are asked about out of order, the walk itself answers.
 */
final class DeniedSubjects {
  private final List<Match<Cue>> clauseWords;
  /** Whether the clause words' first tokens never decrease, so the walk's stopping point only moves on. */
  private final boolean ordered;
  /** The clause words walked so far, and the best candidate among them. */
  private int walked;
  private Match<Cue> best;
  private int lastFirstToken = Integer.MIN_VALUE;

  DeniedSubjects(List<Match<Cue>> clauseWords) {
    this.clauseWords = clauseWords;
    boolean o = true;
    for (int i = 1; i < clauseWords.size() && o; i++) {
      o = clauseWords.get(i - 1).firstToken() <= clauseWords.get(i).firstToken();
    }
    this.ordered = o;
  }

  /**
   * The subject that denies {@code action}: {@code negator} when it denies actions only, replaced by
   * a later-starting denied subject of more than one word before the action; null when neither.
   * Its reach is the caller's to check.
   */
  Match<Cue> before(Match<Cue> negator, Match<Cue> action) {
    Match<Cue> subject = negator != null && negator.payload().actionsOnly() ? negator : null;
    if (!ordered || action.firstToken() < lastFirstToken) {
      return walk(subject, action);
    }
    lastFirstToken = action.firstToken();
    while (walked < clauseWords.size()) {
      Match<Cue> c = clauseWords.get(walked);
      if (c.firstToken() >= action.firstToken()) {
        break;
      }
      if (qualifies(c) && (best == null || c.start() > best.start())) {
        best = c;
      }
      walked++;
    }
    return best != null && (subject == null || best.start() > subject.start()) ? best : subject;
  }

  private Match<Cue> walk(Match<Cue> subject, Match<Cue> action) {
    for (Match<Cue> c : clauseWords) {
      if (c.firstToken() >= action.firstToken()) {
        break;
      }
      if (qualifies(c) && (subject == null || c.start() > subject.start())) {
        subject = c;
      }
    }
    return subject;
  }

  private static boolean qualifies(Match<Cue> c) {
    return c.payload().part() == ClauseReader.Part.ABSENT && c.lastToken() > c.firstToken();
  }
}
