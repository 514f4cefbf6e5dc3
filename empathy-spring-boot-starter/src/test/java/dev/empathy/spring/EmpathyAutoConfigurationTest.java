package dev.empathy.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.InvalidInputException;
import dev.empathy.Register;
import dev.empathy.channels.chat.ChatFlavor;
import dev.empathy.compose.Reply;
import dev.empathy.signal.Signals;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The starter's auto-configuration, in a plain application context per case. */
class EmpathyAutoConfigurationTest {
  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  EmpathyMetricsAutoConfiguration.class,
                  EmpathyAutoConfiguration.class,
                  EmpathyInfoAutoConfiguration.class));

  @Test
  void withoutPropertiesTheBeanIsTheLibrarysDefault() {
    runner.run(
        context -> {
          assertThat(context).hasSingleBean(Empathy.class);
          Empathy empathy = context.getBean(Empathy.class);
          assertThat(empathy.replyLocale()).isEqualTo(Locale.US);
          assertThat(empathy.register()).isEqualTo(Register.FORMAL);
          assertThat(empathy.policy().minActions()).isEqualTo(1);
        });
  }

  @Test
  void theBeanFollowsTheEmpathyProperties() {
    runner
        .withPropertyValues(
            "empathy.locale=en-GB",
            "empathy.register=informal",
            "empathy.reply-policy.min-actions=0",
            "empathy.reply-policy.require-timeline=true",
            "empathy.brand-voice=classpath:brand-voice.properties")
        .run(
            context -> {
              Empathy empathy = context.getBean(Empathy.class);
              assertThat(empathy.replyLocale().toLanguageTag()).isEqualTo("en-GB");
              assertThat(empathy.register()).isEqualTo(Register.INFORMAL);
              assertThat(empathy.policy().minActions()).isZero();
              assertThat(empathy.policy().requireTimeline()).isTrue();
              assertThat(empathy.voice().banned()).containsExactly("unfortunately");
              Reply reply =
                  empathy.compose()
                      .acknowledge(Emotion.CONFUSED, "the new invoice")
                      .timeline(dev.empathy.compose.Timeline.businessDays(2))
                      .build();
              assertThat(reply.toPlainText()).contains("Anything else at all, just hit reply.");
              assertThat(reply.toPlainText()).contains("The Acme Support Team");
            });
  }

  @Test
  void anApplicationsOwnBeanWins() {
    Empathy own = Empathy.builder().locale(Locale.GERMANY).build();
    runner
        .withBean(Empathy.class, () -> own)
        .withPropertyValues("empathy.locale=fr-FR")
        .run(context -> assertThat(context.getBean(Empathy.class)).isSameAs(own));
  }

  @Test
  void aBadBrandVoiceStopsTheStartNamingTheEntry() {
    runner
        .withPropertyValues("empathy.brand-voice=classpath:bad-brand-voice.properties")
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure())
                  .rootCause()
                  .isInstanceOf(InvalidInputException.class)
                  .hasMessageContaining("closing.x");
            });
  }

  @Test
  void withAMeterRegistryEveryOperationIsTimedAndEscalationsAreCounted() {
    runner
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .run(
            context -> {
              Empathy empathy = context.getBean(Empathy.class);
              MeterRegistry registry = context.getBean(MeterRegistry.class);
              Reply reply =
                  empathy.compose().acknowledge(Emotion.FRUSTRATED, "the double charge")
                      .action("I’ve refunded the second charge").build();
              Signals signals =
                  empathy.analyze("Third time I'm writing!!! Fix it or I cancel my account and tell everyone.");
              empathy.review("Per our policy we can't refund. It will be looked into soon.");
              empathy.render(reply, ChatFlavor.SLACK);

              for (String operation : List.of("compose", "analyze", "review", "render")) {
                assertThat(registry.find("empathy.operations").tag("operation", operation).tag("outcome", "success").timer())
                    .as(operation)
                    .isNotNull()
                    .satisfies(t -> assertThat(t.count()).isPositive());
              }
              String level = signals.escalation().level().label();
              assertThat(registry.find("empathy.escalations").tag("level", level).counter())
                  .as(level)
                  .isNotNull()
                  .satisfies(c -> assertThat(c.count()).isEqualTo(1.0));
            });
  }

  @Test
  void aFailedOperationIsTimedAsAFailure() {
    runner
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .run(
            context -> {
              Empathy empathy = context.getBean(Empathy.class);
              try {
                empathy.compose().build(); // no acknowledgement: the default policy refuses it
              } catch (InvalidInputException expected) {
                // timed as a failure below
              }
              assertThat(
                      context.getBean(MeterRegistry.class).find("empathy.operations")
                          .tag("operation", "compose").tag("outcome", "failure").timer())
                  .isNotNull();
            });
  }

  @Test
  void withoutAMeterRegistryThereIsNoObserver() {
    runner.run(context -> assertThat(context).doesNotHaveBean(dev.empathy.EmpathyObserver.class));
  }

  @Test
  @SuppressWarnings("unchecked")
  void theInfoContributorListsLanguagesAndChannels() {
    runner
        .withPropertyValues("empathy.locale=de-DE")
        .run(
            context -> {
              assertThat(context).hasSingleBean(EmpathyInfoContributor.class);
              Info.Builder info = new Info.Builder();
              context.getBean(EmpathyInfoContributor.class).contribute(info);
              Map<String, Object> details = (Map<String, Object>) info.build().get("empathy");
              assertThat(details.get("locale")).isEqualTo("de");
              assertThat((List<String>) details.get("languages")).contains("en-GB", "de", "ja", "pt-BR");
              Map<String, List<String>> channels = (Map<String, List<String>>) details.get("channels");
              assertThat(channels).containsKeys("chat", "email", "plain", "sms", "social", "voice");
              assertThat(channels.get("chat")).startsWith("web").contains("slack");
            });
  }
}
