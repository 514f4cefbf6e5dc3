package dev.empathy.spring;

import dev.empathy.EmpathyObserver;
import dev.empathy.signal.EscalationLevel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * {@link EmpathyObserver} on Micrometer: {@code empathy.operations} timers and {@code
 * empathy.escalations} counters. Meters are looked up per call (Micrometer caches them by name and
 * tags), so locales and levels need no registration up front.
 */
final class MicrometerEmpathyObserver implements EmpathyObserver {
  static final String TIMER = "empathy.operations";
  static final String ESCALATIONS = "empathy.escalations";

  private final MeterRegistry registry;

  MicrometerEmpathyObserver(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void timed(Operation operation, Locale locale, long nanos, boolean failed) {
    Timer.builder(TIMER)
        .description("Time taken by Empathy's compose, analyze, review and render")
        .tag("operation", operation.label())
        .tag("locale", locale.toLanguageTag())
        .tag("outcome", failed ? "failure" : "success")
        .register(registry)
        .record(nanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void escalation(EscalationLevel level, Locale locale) {
    Counter.builder(ESCALATIONS)
        .description("Customer messages analysed, by escalation level")
        .tag("level", level.label())
        .register(registry)
        .increment();
  }
}
