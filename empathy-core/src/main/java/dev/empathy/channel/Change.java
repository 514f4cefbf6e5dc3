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
    TRUNCATED,
    SPLIT,
    REDACTED,
    REENCODED,
    DROPPED,
    MOVED;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Change {
    checkNotNull(kind, "kind");
    checkNotNull(detail, "detail");
  }
}
