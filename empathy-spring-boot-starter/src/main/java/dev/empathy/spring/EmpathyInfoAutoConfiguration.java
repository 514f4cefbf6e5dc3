package dev.empathy.spring;

import dev.empathy.Empathy;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** Adds {@link EmpathyInfoContributor} to Actuator's {@code /actuator/info} when Actuator is present. */
@AutoConfiguration(after = EmpathyAutoConfiguration.class)
@ConditionalOnClass(InfoContributor.class)
public class EmpathyInfoAutoConfiguration {
  /** The languages and channels this application can answer in. */
  @Bean
  @ConditionalOnBean(Empathy.class)
  @ConditionalOnMissingBean
  public EmpathyInfoContributor empathyInfoContributor(Empathy empathy) {
    return new EmpathyInfoContributor(empathy);
  }
}
