package dev.empathy.phrase;

import dev.empathy.Emotion;

/**
 * What a phrase is about to introduce: the kind of the caller's clause it embeds (if any), the
 * customer's emotion (if known) and the {@link Moment}s of the reply (light-hearted, a
 * bereavement, a single step). A phrasebook picks only among the variants that declare they fit
 * ({@code key.N.fits} in the data, e.g. {@code action.first.2.fits = done, promise},
 * {@code closing.4.fits = !grateful, !light} or {@code ack.light.1.fits = light}); a variant
 * without a declaration fits everything. A moment tag requires the moment, {@code !tag} excludes
 * it. Instances are shared constants: asking for one allocates nothing.
 *
 * <pre>{@code
 * Fit fit = Fit.of(ClauseKind.INSTRUCTION, Emotion.ANGRY);
 * book.format("action.first", fit, seed, turn, Map.of("action", "please keep the box"));
 * Fit light = Fit.of(Emotion.NEUTRAL).with(Moment.LIGHT);
 * }</pre>
 */
public final class Fit {
  /** Bit of "no emotion known" in an emotion mask, after the emotions' own bits. */
  static final int NO_EMOTION = Emotion.values().length;

  static final int ALL_KINDS = (1 << ClauseKind.values().length) - 1;
  static final int ALL_EMOTIONS = (1 << (NO_EMOTION + 1)) - 1;

  /** Every combination of moments, as a bit set over {@link Moment#ordinal()}. */
  static final int MOMENT_SETS = 1 << Moment.values().length;

  /** The number of clause kinds, once: {@code values()} copies its array on every call. */
  private static final int KINDS = ClauseKind.values().length;

  private static final Fit[][][] TABLE = new Fit[KINDS + 1][NO_EMOTION + 1][MOMENT_SETS];

  /** The number of distinct fits ({@link #id}): every one of {@link #TABLE}, and {@link #ANY}. */
  static final int COUNT = (KINDS + 1) * (NO_EMOTION + 1) * MOMENT_SETS + 1;

  static {
    for (int k = 0; k <= ClauseKind.values().length; k++) {
      for (int e = 0; e <= NO_EMOTION; e++) {
        for (int m = 0; m < MOMENT_SETS; m++) {
          TABLE[k][e][m] = new Fit(k == KINDS ? ALL_KINDS : 1 << k, 1 << e, m, k, e, (k * (NO_EMOTION + 1) + e) * MOMENT_SETS + m);
        }
      }
    }
  }

  /** Any kind, no emotion known: every variant that does not exclude "none" fits. */
  public static final Fit ANY = new Fit(ALL_KINDS, ALL_EMOTIONS, 0, -1, -1, COUNT - 1);

  final int kinds;
  final int emotions;
  /** The reply's moments, a bit set over {@link Moment#ordinal()}. */
  final int moments;
  /** Indexes into {@link #TABLE} ({@code -1} for {@link #ANY}). */
  private final int kindIndex;
  private final int emotionIndex;

  /**
   * This fit's index among the {@link #COUNT} fits (fits are never made per call): a phrasebook
   * remembers per key which variants each fit admits.
   */
  final int id;

  private Fit(int kinds, int emotions, int moments, int kindIndex, int emotionIndex, int id) {
    this.id = id;
    this.kinds = kinds;
    this.emotions = emotions;
    this.moments = moments;
    this.kindIndex = kindIndex;
    this.emotionIndex = emotionIndex;
  }

  /**
   * No clause embedded, the customer's {@code emotion} (null when not known).
   *
   * @param emotion the customer's feeling, or null when not known
   * @return the fit
   */
  public static Fit of(Emotion emotion) {
    return TABLE[KINDS][emotion == null ? NO_EMOTION : emotion.ordinal()][0];
  }

  /**
   * A clause of {@code kind} (null when none is embedded) for a customer feeling {@code emotion}.
   *
   * @param kind the kind of clause embedded, or null when none
   * @param emotion the customer's feeling, or null when not known
   * @return the fit
   */
  public static Fit of(ClauseKind kind, Emotion emotion) {
    return TABLE[kind == null ? KINDS : kind.ordinal()][
        emotion == null ? NO_EMOTION : emotion.ordinal()][0];
  }

  /**
   * This fit with {@code moment} added (the same kind and emotion). {@link #ANY} stays itself.
   *
   * @param moment the moment the reply answers
   * @return the fit with the moment added
   */
  public Fit with(Moment moment) {
    return withMoments(moments | 1 << moment.ordinal());
  }

  /**
   * This fit with the moments of {@code other} added.
   *
   * @param other the fit whose moments to add
   * @return the fit with both fits' moments
   */
  public Fit withMomentsOf(Fit other) {
    return withMoments(moments | other.moments);
  }

  /**
   * This fit's kind and emotion with exactly the moments of {@code other}.
   *
   * @param other the fit whose moments to take
   * @return this fit's kind and emotion with {@code other}'s moments
   */
  public Fit withOnlyMomentsOf(Fit other) {
    return withMoments(other.moments);
  }

  /**
   * This fit without {@code moment}.
   *
   * @param moment the moment to remove
   * @return the fit without the moment
   */
  public Fit without(Moment moment) {
    return withMoments(moments & ~(1 << moment.ordinal()));
  }

  private Fit withMoments(int set) {
    return kindIndex < 0 ? this : TABLE[kindIndex][emotionIndex][set];
  }

  /**
   * Whether the reply answers {@code moment}.
   *
   * @param moment the moment to test
   * @return true when the reply answers {@code moment}
   */
  public boolean has(Moment moment) {
    return (moments & 1 << moment.ordinal()) != 0;
  }

  /** True when a variant declared with these masks fits. */
  boolean admits(int variantKinds, int variantEmotions) {
    return (variantKinds & kinds) != 0 && (variantEmotions & emotions) != 0;
  }

  /**
   * True when a variant declared with these masks fits, the moments it requires present and those
   * it excludes absent.
   */
  boolean admits(int variantKinds, int variantEmotions, int momentsRequired, int momentsExcluded) {
    return (variantKinds & kinds) != 0 && (variantEmotions & emotions) != 0
        && (moments & momentsRequired) == momentsRequired && (moments & momentsExcluded) == 0;
  }

  @Override
  public String toString() {
    return "Fit[kinds=" + Integer.toBinaryString(kinds) + ", emotions=" + Integer.toBinaryString(emotions)
        + ", moments=" + Integer.toBinaryString(moments) + "]";
  }

  /**
   * The masks of a declaration such as {@code "done, promise, !grateful"}: clause kinds and emotion
   * labels (or {@code none}) and moments ({@link Moment#label()}); {@code !} excludes. Returns
   * {kinds, emotions, moments required, moments excluded}.
   *
   * @throws IllegalArgumentException naming an unknown tag
   */
  static int[] parse(String declaration) {
    int kindsIn = 0;
    int kindsOut = 0;
    int emotionsIn = 0;
    int emotionsOut = 0;
    int momentsIn = 0;
    int momentsOut = 0;
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
      int moment = -1;
      for (Moment m : Moment.values()) {
        if (m.label().equals(name)) {
          moment = m.ordinal();
        }
      }
      if (moment >= 0) {
        if (not) {
          momentsOut |= 1 << moment;
        } else {
          momentsIn |= 1 << moment;
        }
      } else if (kind >= 0) {
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
                + " information, question), emotions (" + java.util.Arrays.stream(Emotion.values())
                .map(Emotion::label).collect(java.util.stream.Collectors.joining(", ")) + ", none) and moments ("
                + java.util.Arrays.stream(Moment.values()).map(Moment::label)
                .collect(java.util.stream.Collectors.joining(", ")) + "), each optionally negated with !");
      }
    }
    int kinds = (kindsIn == 0 ? ALL_KINDS : kindsIn) & ~kindsOut;
    int emotions = (emotionsIn == 0 ? ALL_EMOTIONS : emotionsIn) & ~emotionsOut;
    if ((momentsIn & momentsOut) != 0) {
      throw new IllegalArgumentException("a moment is both required and excluded in \"" + declaration + "\"");
    }
    return new int[] {kinds, emotions, momentsIn, momentsOut};
  }
}
