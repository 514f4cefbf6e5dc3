package dev.empathy.compose;

import java.util.Locale;

/**
 * The semantic role of a {@link Block} in a {@link Reply}. Channels use it to decide what to keep,
 * drop or reorder for their medium; the wire label is snake_case.
 *
 * <pre>{@code
 * reply.blocks(BlockKind.ACTION).size(); // how many action blocks the reply has
 * BlockKind.FOLLOW_UP.label();            // "follow_up"
 * }</pre>
 */
public enum BlockKind {
  /** "Hi Dana," */
  GREETING,
  /** Names the feeling and the situation. */
  ACKNOWLEDGEMENT,
  /** A respectful limit when the customer's message is abusive. */
  BOUNDARY,
  /** Reflects the problem back in concrete terms. */
  SUMMARY,
  /** A fast context check: "Is that the order ending in 4471?" */
  CONFIRMATION,
  /** What is being done; the first one is framed as "right now". */
  ACTION,
  /** A concrete when, and who owns it. */
  TIMELINE,
  /** The promised next contact. */
  FOLLOW_UP,
  /** An offer of further help. */
  CLOSING,
  /** Sign-off line and signature. */
  SIGN_OFF;

  /** {@return the wire label, e.g. {@code "follow_up"}} */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
