package dev.empathy.review;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.regex.Pattern;

/**
 * One compiled friction rule, read from data ({@code replacement} is set only for a team's banned
 * phrase: it is inserted into the rewrite as a value, never read as a template). Its {@code
 * not-after}/{@code not-before}/{@code except} lists were compiled into {@link Cue.Except} phrases.
 * {@code atLeast} above 1 makes it a count rule (it fires once, on its n-th match outside quotes:
 * the third apology); {@code placeholders} makes it the shape rule for unfilled template fields.
 * {@code unlessEarlier} lists classes that excuse a match when they come before it in its sentence
 * (a condition: "if it still fails, you might need a new cable"); {@code unlessCustomerSaid} excuses
 * a term the customer used themselves; {@code unlessAnswered} excuses a pointer when the reply also
 * answers (something done, done now, or fixed). {@code wordsNotBefore} and {@code wordsNotAfter}
 * hold the data's {@code not-after} and {@code not-before} words when the rule has too many phrases
 * to compile them as exceptions: the words that may not come just before, or just after, a match.
 */
record FrictionRule(
    String id,
    FrictionCategory category,
    Severity severity,
    String reason,
    String rewrite,
    String replacement,
    ImmutableMap<String, String> rewriteByClass,
    ImmutableList<String> unless,
    ImmutableList<String> raiseIf,
    ImmutableList<String> lowerIf,
    Pattern token,
    int atLeast,
    boolean placeholders,
    ImmutableList<String> unlessEarlier,
    boolean unlessCustomerSaid,
    boolean unlessAnswered,
    ImmutableSet<String> wordsNotBefore,
    ImmutableSet<String> wordsNotAfter) {

  /** Rules are identified by id (they are map keys on the hot path; hashing every field is waste). */
  @Override
  public boolean equals(Object o) {
    return o instanceof FrictionRule r && r.id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  FrictionRule withSeverity(Severity s) {
    return new FrictionRule(
        id, category, s, reason, rewrite, replacement, rewriteByClass, unless, raiseIf, lowerIf, token, atLeast, placeholders, unlessEarlier, unlessCustomerSaid, unlessAnswered, wordsNotBefore, wordsNotAfter);
  }

  /** The same rule for one of its terms, whose plain rewrite goes into {@code {replacement}}. */
  FrictionRule forTerm(String plain) {
    return new FrictionRule(
        id, category, severity, reason, rewrite, plain, rewriteByClass, unless, raiseIf, lowerIf, token, atLeast, placeholders, unlessEarlier, unlessCustomerSaid, unlessAnswered, wordsNotBefore, wordsNotAfter);
  }
}
