/**
 * The {@code empathy-cli} program: {@link dev.empathy.examples.cli.Main}, the demo and the JSON Lines
 * commands {@code compose}, {@code analyze} and {@code review} (contract in {@code docs/cli.md}).
 */
package dev.empathy.examples.cli;
