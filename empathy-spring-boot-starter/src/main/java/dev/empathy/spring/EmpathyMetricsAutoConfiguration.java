package dev.empathy.spring;

import dev.empathy.EmpathyObserver;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Micrometer metrics for the {@code Empathy} bean, when the application has a {@link
 * MeterRegistry}: the timer {@code empathy.operations} (tags {@code operation} = compose, analyze,
 * review or render; {@code locale}; {@code outcome} = success or failure) and the counter {@code
 * empathy.escalations} (tag {@code level}).
 *
 * <pre>{@code
 * // with spring-boot-starter-actuator and management.endpoints.web.exposure.include=metrics:
 * // GET /actuator/metrics/empathy.operations?tag=operation:compose
 * // GET /actuator/metrics/empathy.escalations?tag=level:high
 * }</pre>
 */
@AutoConfiguration(
    afterName = {
      "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"
    })
@ConditionalOnClass(MeterRegistry.class)
public class EmpathyMetricsAutoConfiguration {
  /** Creates the auto-configuration; Spring Boot does this when the starter is on the class path. */
  public EmpathyMetricsAutoConfiguration() {}

  /**
   * The observer that records the timers and counters in {@code registry}.
   *
   * @param registry the application's meter registry
   * @return the observer, which the {@code Empathy} bean reports to
   */
  @Bean
  @ConditionalOnBean(MeterRegistry.class)
  @ConditionalOnMissingBean(EmpathyObserver.class)
  public EmpathyObserver micrometerEmpathyObserver(MeterRegistry registry) {
    return new MicrometerEmpathyObserver(registry);
  }
}
