package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertSame;

import dev.empathy.signal.Cue.Kind;
import dev.empathy.text.PhraseMatcher.Match;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * {@link DeniedSubjects} answers as the walk it replaced (every clause word before the action, each
 * later-starting denied subject of more than one word replacing the one held), for actions asked
 * in text order and out of it, clause words in token order and not, ties and overlaps included.
 */
class DeniedSubjectsProperties {

  @Property(tries = 2000)
  void answersAsTheWalkFromTheStart(@ForAll long seed) {
    Random r = new Random(seed);
    List<Match<Cue>> clauseWords = new ArrayList<>();
    int token = 0;
    int n = r.nextInt(12);
    boolean shuffled = r.nextInt(4) == 0;
    for (int i = 0; i < n; i++) {
      token += r.nextInt(3); // equal first tokens too
      int first = shuffled ? r.nextInt(30) : token;
      int last = first + r.nextInt(3);
      int start = first * 4 + r.nextInt(6); // starts not always in token order; ties
      ClauseReader.Part part = r.nextBoolean() ? ClauseReader.Part.ABSENT : ClauseReader.Part.FAILED;
      clauseWords.add(new Match<>(start, start + 3, "x", clause(part), first, last));
    }
    DeniedSubjects subjects = new DeniedSubjects(clauseWords);
    int actionToken = 0;
    for (int a = 0; a < 8; a++) {
      actionToken = r.nextInt(5) == 0 ? r.nextInt(40) : actionToken + r.nextInt(5); // mostly in order
      Match<Cue> action = new Match<>(actionToken * 4, actionToken * 4 + 2, "y", cue(Kind.ACTION, false), actionToken, actionToken);
      Match<Cue> negator = null;
      if (r.nextInt(3) > 0) {
        int t = r.nextInt(40);
        negator = new Match<>(t * 4 + r.nextInt(6), t * 4 + 9, "z", cue(Kind.NEGATOR, r.nextBoolean()), t, t);
      }
      assertSame(walk(negator, clauseWords, action), subjects.before(negator, action), "seed " + seed + ", action " + a);
    }
  }

  /** The loop {@code Reading.subjectDenied} ran before DeniedSubjects, without the reach check. */
  private static Match<Cue> walk(Match<Cue> negator, List<Match<Cue>> clauseWords, Match<Cue> action) {
    Match<Cue> subject = negator != null && negator.payload().actionsOnly() ? negator : null;
    for (Match<Cue> c : clauseWords) {
      if (c.firstToken() >= action.firstToken()) {
        break;
      }
      if (c.payload().part() == ClauseReader.Part.ABSENT && c.lastToken() > c.firstToken() && (subject == null || c.start() > subject.start())) {
        subject = c;
      }
    }
    return subject;
  }

  private static Cue clause(ClauseReader.Part part) {
    return new Cue(Kind.CLAUSE, null, null, 0.5, 0, false, false, false, false, false, false, List.of(), part, false);
  }

  private static Cue cue(Kind kind, boolean actionsOnly) {
    return new Cue(kind, null, null, 0.5, 0, false, false, false, actionsOnly, false, false, List.of(), null, false);
  }
}
