package dev.empathy.spring;

import dev.empathy.Empathy;
import dev.empathy.EmpathyObserver;
import dev.empathy.compose.ReplyPolicy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * An {@link Empathy} bean built from the {@code empathy.*} properties ({@link EmpathyProperties}),
 * unless the application defines its own. An {@link EmpathyObserver} bean, such as the Micrometer
 * one {@link EmpathyMetricsAutoConfiguration} adds, receives its timings.
 *
 * <pre>{@code
 * @RestController
 * class Replies {
 *   private final Empathy empathy;
 *   Replies(Empathy empathy) { this.empathy = empathy; }
 * }
 * }</pre>
 */
@AutoConfiguration(after = EmpathyMetricsAutoConfiguration.class)
@EnableConfigurationProperties(EmpathyProperties.class)
public class EmpathyAutoConfiguration {
  /** The shared instance: immutable and thread-safe, built once at start-up. */
  @Bean
  @ConditionalOnMissingBean
  public Empathy empathy(EmpathyProperties properties, ObjectProvider<EmpathyObserver> observer) {
    EmpathyProperties.ReplyPolicyProperties policy = properties.getReplyPolicy();
    Empathy.Builder b =
        Empathy.builder()
            .locale(properties.getLocale())
            .register(properties.getRegister())
            .policy(
                ReplyPolicy.builder()
                    .requireAcknowledgement(policy.isRequireAcknowledgement())
                    .minActions(policy.getMinActions())
                    .requireTimeline(policy.isRequireTimeline())
                    .build());
    if (properties.getBrandVoice() != null) {
      b.voice(BrandVoiceFile.read(properties.getBrandVoice()));
    }
    observer.ifAvailable(b::observer);
    return b.build();
  }
}
