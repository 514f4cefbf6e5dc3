/**
 * A chat bot on the library ({@code empathy-cli bot}): one empathetic, varied reply per customer line.
 */
package dev.empathy.examples.bot;
