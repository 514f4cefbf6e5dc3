/**
 * Listen: what a customer's message says about how they feel and how hot the conversation is.
 *
 * <p>{@link dev.empathy.signal.Analyzer} reads one message and returns {@link
 * dev.empathy.signal.Signals}: the emotions it shows (from the composer's vocabulary) with an
 * intensity and the evidence spans, the escalation level with its signals (churn, legal and public
 * threats, repeat contact, abuse, urgency, vulnerability), and a {@link
 * dev.empathy.signal.Suggestion} the composer takes directly.
 *
 * <pre>{@code
 * Empathy empathy = Empathy.builder().locale("en-US").build();
 * Signals s = empathy.analyze("Third time I'm asking!!! Cancel my account if this isn't fixed today.");
 * s.primary();                        // ANGRY
 * s.escalation().level();             // HIGH
 * Reply reply = empathy.compose().acknowledge(s).action("I’ve fixed the billing address").build();
 * }</pre>
 *
 * <p>The lexicons are data ({@code dev/empathy/signal/lexicon_<locale>.tsv}), matched in one
 * pass by {@link dev.empathy.text.PhraseMatcher} over the customer's own words (quoted history,
 * signatures, markup and addresses blanked, offsets unchanged); the code interprets them: negation
 * scope, intensifiers, contrast, sarcasm, typography, spelling slips, English mixed into other
 * locales, and how evidence combines into a level.
 */
package dev.empathy.signal;
