package dev.empathy.examples.command;


/**
 * Wrong command-line arguments: {@code dev.empathy.examples.cli.Main} prints the message and the command's usage to
 * stderr and exits with code 2.
 *
 * <pre>{@code
 * throw new UsageException("compose takes no arguments; it reads JSON Lines on stdin");
 * }</pre>
 */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
