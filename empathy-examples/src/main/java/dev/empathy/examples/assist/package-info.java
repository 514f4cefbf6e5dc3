/**
 * The agent-assist page and its HTTP API ({@code empathy-cli serve}): analysis of the customer's
 * message, review of the agent's draft and a suggested reply for every channel.
 */
package dev.empathy.examples.assist;
