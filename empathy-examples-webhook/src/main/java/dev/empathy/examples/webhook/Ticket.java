package dev.empathy.examples.webhook;

import java.util.List;

/**
 * What the helpdesk sends for one ticket. Only {@code customerText} is required.
 *
 * @param ticketId copied to the answer, so the helpdesk can join it to the ticket
 * @param customerText the customer's message
 * @param customer the customer's name, for the greeting
 * @param situation the situation in the customer's terms ("the double charge")
 * @param actions what the agent has done or will do; without any, each suggestion carries the
 *     composer's marked action slot
 * @param draft the agent's draft reply, to review
 * @param channel the channel the draft will be sent on, for the review ({@code chat}, {@code email}...)
 */
public record Ticket(
    String ticketId,
    String customerText,
    String customer,
    String situation,
    List<String> actions,
    String draft,
    String channel) {}
