package dev.empathy.examples.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.empathy.Empathy;
import dev.empathy.spring.EmpathyAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The webhook a helpdesk calls, through MockMvc with the starter's Empathy bean. */
class WebhookControllerTest {
  private static final String TICKET =
      """
      {"ticketId":"T-4471","customer":"Dana Whitaker",
       "customerText":"Third time I'm writing!!! You charged me twice for order 4471. Fix it or I cancel.",
       "situation":"the double charge on order 4471",
       "actions":["I’ve refunded the second charge of $42"],
       "draft":"Per our policy we can't refund. It will be looked into soon.",
       "channel":"email"}
      """;

  private final ApplicationContextRunner app =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(EmpathyAutoConfiguration.class))
          .withBean(WebhookController.class)
          .withPropertyValues("empathy.locale=en-US");

  private static MockMvc mvc(WebhookController controller) {
    return MockMvcBuilders.standaloneSetup(controller).build();
  }

  @Test
  void aTicketGetsItsAnalysisASuggestionPerChannelAndTheDraftsReview() {
    app.run(
        context -> {
          mvc(context.getBean(WebhookController.class))
              .perform(post("/webhook/ticket").contentType(MediaType.APPLICATION_JSON).content(TICKET))
              .andExpect(status().isOk())
              .andExpect(jsonPath("$.ticketId").value("T-4471"))
              .andExpect(jsonPath("$.analysis.primary").value(not("neutral")))
              .andExpect(jsonPath("$.analysis.escalation").value(not("none")))
              .andExpect(jsonPath("$.analysis.signals").value(hasItem("repeat_contact")))
              .andExpect(jsonPath("$.suggestions.chat.text").value(containsString("Dana")))
              .andExpect(jsonPath("$.suggestions.email.text").value(containsString("refunded the second charge")))
              .andExpect(jsonPath("$.suggestions.sms.parts").isNotEmpty())
              .andExpect(jsonPath("$.suggestions.social.flavor").value("x"))
              .andExpect(jsonPath("$.suggestions.voice.flavor").value("ssml"))
              .andExpect(jsonPath("$.review.score").value(notNullValue()))
              .andExpect(jsonPath("$.review.findings[*].category").value(hasItem("policy_hiding")))
              .andExpect(jsonPath("$.review.findings[*].category").value(hasItem("vague_time")))
              .andExpect(jsonPath("$.review.findings[*].rewrite").value(everyItem(notNullValue())));
        });
  }

  @Test
  void withoutActionsEverySuggestionCarriesTheMarkedSlotAndWithoutADraftThereIsNoReview() {
    app.run(
        context ->
            mvc(context.getBean(WebhookController.class))
                .perform(
                    post("/webhook/ticket")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ticketId\":\"T-2\",\"customerText\":\"Where is my parcel? It was due Monday.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.review").doesNotExist())
                .andExpect(jsonPath("$.suggestions.chat.warnings[*]").value(hasItem(containsString("slot")))));
  }

  @Test
  void aBlankMessageIsRefusedNamingTheField() {
    app.run(
        context ->
            mvc(context.getBean(WebhookController.class))
                .perform(
                    post("/webhook/ticket")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ticketId\":\"T-3\",\"customerText\":\"   \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.field").value(notNullValue())));
  }

  @Test
  void theControllerUsesTheStartersBean() {
    app.withPropertyValues("empathy.locale=en-GB")
        .run(context -> assertThat(context.getBean(Empathy.class).replyLocale().toLanguageTag()).isEqualTo("en-GB"));
  }
}
