/**
 * Review: checks an agent's draft before it is sent. A friction linter finds language that
 * escalates (blame, minimising, policy-hiding, non-apologies, vague time, passive ownership
 * avoidance, jargon, hedging, condescension, absolutes, the wrong thing for the channel) and
 * offers a calmer rewrite of the sentence; an empathy rubric scores observable behaviours
 * (validation, summary, ownership, action now, expectations, follow-through, clarity, dignity),
 * each with evidence spans and a coaching note.
 *
 * <pre>{@code
 * Empathy empathy = Empathy.builder().locale("en-US").build();
 * Review review = empathy.review(
 *     "Per our policy, refunds take 10 days. You'll get it soon.",
 *     ReviewContext.builder().customerText("Where is my refund?!").channel("chat").build());
 * review.findings();  // policy.per_policy, vague.soon, each with a reason and a suggestion
 * review.rubric();    // criterion -> score in [0, 1], evidence, note
 * review.score();     // 0..100, weights in RubricWeights
 * }</pre>
 *
 * <p>Rules and cues are data, per language, in {@code dev/empathy/review/}: {@code
 * rules_<lang>.ini} (friction rules; the format is described in {@code rules_en.ini}), {@code
 * rubric_<lang>.ini} (rubric cues and coaching notes) and {@code channels.ini} (channel limits).
 * English is complete; es, fr, de, pt (Brazilian) and ja cover blame, minimising, policy-hiding,
 * boilerplate and vague time; other languages fall back to English with a note. All phrases of a
 * locale run through one {@link dev.empathy.text.PhraseMatcher} pass; context ("I just", "just
 * now", "soon, by 5 pm", quotes of the customer) is part of that same pass, so a review is linear
 * in the draft's length.
 */
package dev.empathy.review;
