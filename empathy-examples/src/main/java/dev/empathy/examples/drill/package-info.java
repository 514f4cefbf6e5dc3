/**
 * Training drills for agents ({@code empathy-cli drill}): label the emotion, summarise, set a
 * boundary, with the library's own reply as the model answer.
 */
package dev.empathy.examples.drill;
