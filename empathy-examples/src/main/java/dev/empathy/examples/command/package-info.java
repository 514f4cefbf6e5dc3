/**
 * What every {@code empathy-cli} subcommand implements: {@link dev.empathy.examples.command.Command},
 * run with an {@link dev.empathy.examples.command.Invocation}. Integrations depend on this package,
 * never on {@code cli}, so the packages form no cycle.
 */
package dev.empathy.examples.command;
