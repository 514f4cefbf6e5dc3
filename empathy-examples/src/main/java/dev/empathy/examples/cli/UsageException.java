package dev.empathy.examples.cli;

/**
 * Wrong command-line arguments: {@link Main} prints the message and the command's usage to
 * stderr and exits with code 2.
 *
 * <pre>{@code
 * throw new UsageException("compose takes no arguments; it reads JSON Lines on stdin");
 * }</pre>
 */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
