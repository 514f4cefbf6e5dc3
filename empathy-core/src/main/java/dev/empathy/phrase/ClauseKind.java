package dev.empathy.phrase;

import java.util.Locale;

/**
 * What a caller's clause does, so that a phrase can introduce it with a lead-in that fits: a
 * finished step is framed as news, a promise as the plan, an instruction as something the customer
 * can do, information as a finding, and a question as a question. Phrase variants declare the kinds
 * they fit in the phrasebook data ({@code action.first.3.fits = done, promise}); see {@link Fit}.
 *
 * <pre>{@code
 * ClauseKind.fromLabel("instruction");   // INSTRUCTION
 * ClauseKind.DONE.label();                // "done"
 * }</pre>
 */
public enum ClauseKind {
  /** Something already done: "I’ve refunded the second charge", "Your refund has been issued". */
  DONE,
  /** Something the writer will do: "I’ll email you tomorrow", "We’re sending a replacement". */
  PROMISE,
  /** Something for the customer to do: "Please keep the box", "You can track it here". */
  INSTRUCTION,
  /** A fact or finding: "Updating the app fixes this", "The outage is over". */
  INFORMATION,
  /** A question to the customer: "Could you send a photo of the label?". */
  QUESTION;

  private final String label = name().toLowerCase(Locale.ROOT);

  /** {@return the label used in phrasebook declarations: {@code done}, {@code promise}, …} */
  public String label() {
    return label;
  }

  /**
   * The kind with {@code label}.
   *
   * @param label a label such as {@code "done"}
   * @return the kind
   * @throws IllegalArgumentException when the label is not a kind
   */
  public static ClauseKind fromLabel(String label) {
    for (ClauseKind k : values()) {
      if (k.label.equals(label)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown clause kind \"" + label + "\"");
  }
}
