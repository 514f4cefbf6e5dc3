package dev.empathy.channel;

import static dev.empathy.InvalidInputException.checkNotNull;

import java.util.Locale;

/**
 * One thing a channel changed to make a reply fit its medium, so nothing is altered silently.
 *
 * <pre>{@code
 * new Change(Change.Kind.REDACTED, "email address in the summary moved to the DM");
 * }</pre>
 *
 * @param kind what sort of change
 * @param detail a human-readable explanation (never contains the private data it removed)
 */
public record Change(Kind kind, String detail) {
  /** The sorts of change a channel may make. */
  public enum Kind {
    /** Text was cut short to fit a limit; the detail says where. */
    TRUNCATED,
    /** The reply was split into several parts: chat bubbles, SMS segments, a thread of posts. */
    SPLIT,
    /** Private data (an e-mail address, a card or order number, a secret) was masked or removed. */
    REDACTED,
    /** Characters were replaced to fit the medium's encoding, e.g. typographic quotes for GSM-7. */
    REENCODED,
    /** A block or part was left out, e.g. a follow-up that did not fit a post. */
    DROPPED,
    /** A block was moved elsewhere, e.g. from a public post to the direct message. */
    MOVED;

    /** {@return the lower-case label used in JSON, e.g. {@code "redacted"}} */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Validates the components.
   *
   * @param kind what sort of change
   * @param detail a human-readable explanation
   * @throws dev.empathy.InvalidInputException naming {@code kind} or {@code detail} when null
   */
  public Change {
    checkNotNull(kind, "kind");
    checkNotNull(detail, "detail");
  }
}
