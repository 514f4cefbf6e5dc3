package dev.empathy.review;

import dev.empathy.InvalidInputException;
import java.util.Locale;

/**
 * The kinds of friction language the {@link Reviewer} looks for.
 *
 * <pre>{@code
 * FrictionCategory.fromLabel("policy_hiding"); // POLICY_HIDING
 * FrictionCategory.VAGUE_TIME.label();         // "vague_time"
 * }</pre>
 */
public enum FrictionCategory {
  /** "You should have", "you failed to": the fault is put on the customer. */
  BLAME,
  /** "Just restart it", "calm down", "it's not a big deal". */
  MINIMISING,
  /** "Per our policy", "there's nothing I can do", and refusals that lead with "unfortunately". */
  POLICY_HIDING,
  /** Non-apologies and corporate stock phrases: "we apologise for any inconvenience". */
  BOILERPLATE,
  /** "Soon", "shortly", "as soon as possible" without a concrete time. */
  VAGUE_TIME,
  /** Passive voice that hides who acts: "mistakes were made", "it will be looked into". */
  PASSIVE_VOICE,
  /** Internal codes and office speak: "P2", "SLA breach", "kindly revert". */
  JARGON,
  /** "I think maybe", "hopefully it should probably". */
  HEDGING,
  /** "As I already said", "obviously". */
  CONDESCENSION,
  /** "You always", "you never", about the customer. */
  ABSOLUTES,
  /**
   * The problem handed elsewhere: the cause placed on the customer's equipment or a third party
   * ("that's an issue with your router"), the customer sent to another company ("you'll need to
   * contact your bank"), or a link or policy pointer in place of the answer.
   */
  DEFLECTION,
  /** The wrong thing for the channel: a 400-word chat bubble, private data in a public reply. */
  CHANNEL,
  /** A phrase a team banned through {@link ReviewOptions.Builder#ban}. */
  TEAM,
  /** A template field left unfilled: "Hi {first_name}", "[AGENT NAME]". */
  PLACEHOLDER;

  /** {@return the wire label in snake case, e.g. {@code "policy_hiding"}} */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a label (any case, {@code -} or {@code _}).
   *
   * @param label a label such as {@code "policy_hiding"} or {@code "policy-hiding"}
   * @return the category
   * @throws InvalidInputException naming {@code category} when it is unknown
   */
  public static FrictionCategory fromLabel(String label) {
    if (label != null) {
      String l = label.strip().replace('-', '_');
      for (FrictionCategory c : values()) {
        if (c.label().equalsIgnoreCase(l)) {
          return c;
        }
      }
    }
    throw new InvalidInputException("category", "category must be one of " + java.util.Arrays.toString(labels()) + " but was \"" + label + "\"");
  }

  private static String[] labels() {
    FrictionCategory[] all = values();
    String[] out = new String[all.length];
    for (int i = 0; i < all.length; i++) {
      out[i] = all[i].label();
    }
    return out;
  }
}
