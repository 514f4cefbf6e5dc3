package dev.empathy.phrase;

import dev.empathy.Emotion;

/**
 * What a phrase is about to introduce: the kind of the caller's clause it embeds (if any) and the
 * customer's emotion (if known). A phrasebook picks only among the variants that declare they fit
 * ({@code key.N.fits} in the data, e.g. {@code action.first.2.fits = done, promise} or
 * {@code closing.4.fits = !grateful}); a variant without a declaration fits everything. Instances
 * are shared constants: asking for one allocates nothing.
 *
 * <pre>{@code
 * Fit fit = Fit.of(ClauseKind.INSTRUCTION, Emotion.ANGRY);
 * book.format("action.first", fit, seed, turn, Map.of("action", "please keep the box"));
 * }</pre>
 */
public final class Fit {
  /** Bit of "no emotion known" in an emotion mask, after the emotions' own bits. */
  static final int NO_EMOTION = Emotion.values().length;

  static final int ALL_KINDS = (1 << ClauseKind.values().length) - 1;
  static final int ALL_EMOTIONS = (1 << (NO_EMOTION + 1)) - 1;

  private static final Fit[][] TABLE = new Fit[ClauseKind.values().length + 1][NO_EMOTION + 1];

  static {
    for (int k = 0; k <= ClauseKind.values().length; k++) {
      for (int e = 0; e <= NO_EMOTION; e++) {
        TABLE[k][e] = new Fit(k == ClauseKind.values().length ? ALL_KINDS : 1 << k, 1 << e);
      }
    }
  }

  /** Any kind, no emotion known: every variant that does not exclude "none" fits. */
  public static final Fit ANY = new Fit(ALL_KINDS, ALL_EMOTIONS);

  final int kinds;
  final int emotions;

  private Fit(int kinds, int emotions) {
    this.kinds = kinds;
    this.emotions = emotions;
  }

  /**
   * No clause embedded, the customer's {@code emotion} (null when not known).
   *
   * @param emotion the customer's feeling, or null when not known
   * @return the fit
   */
  public static Fit of(Emotion emotion) {
    return TABLE[ClauseKind.values().length][emotion == null ? NO_EMOTION : emotion.ordinal()];
  }

  /**
   * A clause of {@code kind} (null when none is embedded) for a customer feeling {@code emotion}.
   *
   * @param kind the kind of clause embedded, or null when none
   * @param emotion the customer's feeling, or null when not known
   * @return the fit
   */
  public static Fit of(ClauseKind kind, Emotion emotion) {
    return TABLE[kind == null ? ClauseKind.values().length : kind.ordinal()][
        emotion == null ? NO_EMOTION : emotion.ordinal()];
  }

  /** True when a variant declared with these masks fits. */
  boolean admits(int variantKinds, int variantEmotions) {
    return (variantKinds & kinds) != 0 && (variantEmotions & emotions) != 0;
  }

  @Override
  public String toString() {
    return "Fit[kinds=" + Integer.toBinaryString(kinds) + ", emotions=" + Integer.toBinaryString(emotions) + "]";
  }

  /**
   * The masks of a declaration such as {@code "done, promise, !grateful"}: clause kinds and emotion
   * labels (or {@code none}); {@code !} excludes. Returns {kinds, emotions}.
   *
   * @throws IllegalArgumentException naming an unknown tag
   */
  static int[] parse(String declaration) {
    int kindsIn = 0;
    int kindsOut = 0;
    int emotionsIn = 0;
    int emotionsOut = 0;
    for (String raw : declaration.split(",")) {
      String tag = raw.strip();
      if (tag.isEmpty()) {
        continue;
      }
      boolean not = tag.startsWith("!");
      String name = not ? tag.substring(1).strip() : tag;
      int kind = -1;
      for (ClauseKind k : ClauseKind.values()) {
        if (k.label().equals(name)) {
          kind = k.ordinal();
        }
      }
      int emotion = name.equals("none") ? NO_EMOTION : -1;
      for (Emotion e : Emotion.values()) {
        if (e.label().equals(name)) {
          emotion = e.ordinal();
        }
      }
      if (kind >= 0) {
        if (not) {
          kindsOut |= 1 << kind;
        } else {
          kindsIn |= 1 << kind;
        }
      } else if (emotion >= 0) {
        if (not) {
          emotionsOut |= 1 << emotion;
        } else {
          emotionsIn |= 1 << emotion;
        }
      } else {
        throw new IllegalArgumentException(
            "unknown tag \"" + name + "\"; a variant fits clause kinds (done, promise, instruction,"
                + " information, question) and emotions (" + java.util.Arrays.stream(Emotion.values())
                .map(Emotion::label).collect(java.util.stream.Collectors.joining(", ")) + ", none), each"
                + " optionally negated with !");
      }
    }
    int kinds = (kindsIn == 0 ? ALL_KINDS : kindsIn) & ~kindsOut;
    int emotions = (emotionsIn == 0 ? ALL_EMOTIONS : emotionsIn) & ~emotionsOut;
    return new int[] {kinds, emotions};
  }
}
