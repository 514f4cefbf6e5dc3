package dev.empathy.examples.webhook;

import java.util.List;
import java.util.Map;

/**
 * The webhook's answer for one ticket.
 *
 * @param ticketId the request's
 * @param analysis what the customer's message signals
 * @param suggestions a suggested reply per channel, keyed by channel id
 * @param review the review of the agent's draft, or null without a draft
 */
public record TicketAnswer(
    String ticketId, Analysis analysis, Map<String, Suggestion> suggestions, DraftReview review) {

  /**
   * @param primary the strongest emotion heard
   * @param escalation the escalation level: none, low, medium or high
   * @param signals the escalation signals, e.g. repeat_contact, churn_threat
   * @param evidence the customer's words each finding rests on
   */
  public record Analysis(String primary, String escalation, List<String> signals, List<String> evidence) {}

  /**
   * @param flavor the channel's default flavour the reply was rendered in
   * @param text the whole reply
   * @param parts what the channel sends separately (bubbles, segments, posts)
   * @param warnings what the composer or the channel had to change or wants checked
   */
  public record Suggestion(String flavor, String text, List<String> parts, List<String> warnings) {}

  /**
   * @param score 0 to 100
   * @param findings each friction found: its rule, the words and a calmer rewrite
   * @param notes coaching notes
   */
  public record DraftReview(int score, List<Finding> findings, List<String> notes) {}

  /**
   * @param category the kind of friction, e.g. policy_hiding, vague_time
   * @param rule the rule id, e.g. policy.per_policy
   * @param text the draft's words
   * @param rewrite a calmer way to say it, when there is one
   */
  public record Finding(String category, String rule, String text, String rewrite) {}
}
