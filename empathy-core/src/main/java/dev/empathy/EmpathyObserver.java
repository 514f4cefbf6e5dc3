package dev.empathy;

import dev.empathy.signal.EscalationLevel;
import java.util.Locale;

/**
 * An optional hook for metrics: an {@link Empathy} built with {@link Empathy.Builder#observer}
 * reports how long each operation took and the escalation level of each analysed message. The
 * library has no metrics dependency; the Spring Boot starter binds this to Micrometer, and any
 * other system takes a few lines.
 *
 * <pre>{@code
 * Empathy empathy = Empathy.builder()
 *     .observer((operation, locale, nanos, failed) ->
 *         System.out.printf("%s %s %d µs%s%n", operation, locale, nanos / 1_000, failed ? " (failed)" : ""))
 *     .build();
 * }</pre>
 *
 * <p>Called on the caller's thread, after the operation; must be thread-safe and fast, and must
 * not throw (an exception from it is not caught).
 */
@FunctionalInterface
public interface EmpathyObserver {
  /** What was timed. */
  enum Operation {
    /** {@code Composer.build()} of a composer from {@link Empathy#compose()}. */
    COMPOSE,
    /** {@link Empathy#analyze}. */
    ANALYZE,
    /** {@link Empathy#review}. */
    REVIEW,
    /** {@link Empathy#render}. */
    RENDER;

    /**
     * {@return the lower-case label for metric tags: {@code compose}, {@code analyze},
     * {@code review} or {@code render}}
     */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One operation finished.
   *
   * @param operation what ran
   * @param locale the instance's locale
   * @param nanos how long it took, in nanoseconds
   * @param failed true when it threw (an {@link InvalidInputException}, say)
   */
  void timed(Operation operation, Locale locale, long nanos, boolean failed);

  /**
   * The escalation level {@link Empathy#analyze} found for one message; nothing by default.
   *
   * @param level the message's escalation level
   * @param locale the locale the message was read in
   */
  default void escalation(EscalationLevel level, Locale locale) {}

  /** {@return an observer that does nothing: the default} */
  static EmpathyObserver none() {
    return NoObserver.INSTANCE;
  }
}
