package dev.empathy.examples.webhook;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A helpdesk webhook on Spring Boot: the helpdesk POSTs each new ticket (and the agent's draft, if
 * any) to {@code /webhook/ticket} and gets back what the customer's message signals, a suggested
 * reply for every channel and a review of the draft. The {@code Empathy} bean comes from
 * empathy-spring-boot-starter, configured in {@code application.properties}.
 *
 * <pre>{@code
 * # run this class's main (from an IDE, or with the Spring Boot Maven plugin), then:
 * curl -s localhost:8080/webhook/ticket -H 'Content-Type: application/json' \
 *   -d '{"ticketId":"T-1","customerText":"Charged twice!!! Fix it.","draft":"Per our policy we cannot refund."}'
 * }</pre>
 */
@SpringBootApplication
public class WebhookApplication {
  public static void main(String[] args) {
    SpringApplication.run(WebhookApplication.class, args);
  }
}
