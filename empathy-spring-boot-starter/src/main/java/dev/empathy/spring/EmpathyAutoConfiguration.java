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
 * // application.properties: empathy.locale=en-GB
 * class Replies {                                   // a @RestController, say
 *   private final Empathy empathy;
 *   Replies(Empathy empathy) { this.empathy = empathy; }   // the auto-configured bean
 *   String draft(String message) {
 *     Signals s = empathy.analyze(message);
 *     return empathy.compose().acknowledge(s).action("I’ve passed this to our billing team")
 *         .build().toPlainText();
 *   }
 * }
 * }</pre>
 */
@AutoConfiguration(after = EmpathyMetricsAutoConfiguration.class)
@EnableConfigurationProperties(EmpathyProperties.class)
public class EmpathyAutoConfiguration {
  /** Creates the auto-configuration; Spring Boot does this when the starter is on the class path. */
  public EmpathyAutoConfiguration() {}

  /**
   * The shared instance: immutable and thread-safe, built once at start-up.
   *
   * @param properties the {@code empathy.*} properties
   * @param observer an {@link EmpathyObserver} bean, if the application has one
   * @return the instance, from {@code properties}
   * @throws dev.empathy.InvalidInputException naming {@code phrase} or {@code empathy.brand-voice}
   *     when the brand-voice file is invalid, so a bad file stops the application at start-up
   */
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
