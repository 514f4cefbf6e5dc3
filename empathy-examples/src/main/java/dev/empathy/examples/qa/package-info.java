/**
 * Batch quality review of past conversations ({@code empathy-cli qa}): one CSV row per agent reply
 * and a per-agent summary.
 */
package dev.empathy.examples.qa;
