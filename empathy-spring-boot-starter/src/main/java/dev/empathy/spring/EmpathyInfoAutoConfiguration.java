package dev.empathy.spring;

import dev.empathy.Empathy;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Adds {@link EmpathyInfoContributor} to Actuator's {@code /actuator/info} when Actuator is present.
 *
 * <pre>{@code
 * // management.endpoints.web.exposure.include=info
 * // GET /actuator/info → {"empathy": {"locale": "en-US", "languages": [...], "channels": {...}}}
 * }</pre>
 */
@AutoConfiguration(after = EmpathyAutoConfiguration.class)
@ConditionalOnClass(InfoContributor.class)
public class EmpathyInfoAutoConfiguration {
  /** Creates the auto-configuration; Spring Boot does this when the starter is on the class path. */
  public EmpathyInfoAutoConfiguration() {}

  /**
   * The languages and channels this application can answer in.
   *
   * @param empathy the application's {@code Empathy} bean
   * @return the contributor
   */
  @Bean
  @ConditionalOnBean(Empathy.class)
  @ConditionalOnMissingBean
  public EmpathyInfoContributor empathyInfoContributor(Empathy empathy) {
    return new EmpathyInfoContributor(empathy);
  }
}
