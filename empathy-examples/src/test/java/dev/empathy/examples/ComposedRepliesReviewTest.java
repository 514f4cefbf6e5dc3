package dev.empathy.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.Register;
import dev.empathy.compose.Composer;
import dev.empathy.compose.Owner;
import dev.empathy.compose.Reply;
import dev.empathy.compose.Timeline;
import dev.empathy.review.Review;
import dev.empathy.review.ReviewContext;
import dev.empathy.review.Severity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "Replies composed by our own composer must score at least 85 on every ticket of the demo set":
 * each demo ticket is composed with {@code Empathy} and {@code Composer} exactly as the ticket
 * says (and at the next three turns, so every phrase variant is seen), and the plain text is
 * reviewed against the customer's message. Our own phrases must also carry no friction finding.
 */
class ComposedRepliesReviewTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<JsonNode> tickets() throws IOException {
    List<JsonNode> out = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                ComposedRepliesReviewTest.class.getResourceAsStream("/demo/tickets.jsonl"), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          out.add(JSON.readTree(line));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tickets")
  void ourOwnComposedReplyScoresAtLeast85(JsonNode ticket) {
    // The ticket's own turn, and the next three turns, so every phrase variant is reviewed.
    int first = ticket.path("turn").asInt(0);
    for (int turn = first; turn < first + 4; turn++) {
      composeAndReview(ticket, turn);
    }
  }

  private static void composeAndReview(JsonNode ticket, int turn) {
    Empathy.Builder b =
        Empathy.builder()
            .locale(text(ticket, "locale", "en-US"))
            .clock(Clock.fixed(Instant.parse(ticket.get("now").asText()), ZoneOffset.UTC));
    if (ticket.has("register")) {
      b.register(Register.fromLabel(ticket.get("register").asText()));
    }
    Empathy empathy = b.build();
    Composer c =
        empathy
            .compose()
            .conversation(text(ticket, "conversationId", ""), turn)
            .customer(ticket.get("customer").asText())
            .acknowledge(Emotion.fromLabel(ticket.get("emotion").asText()), ticket.get("situation").asText())
            .summary(ticket.get("summary").asText());
    ticket.get("actions").forEach(a -> c.action(a.asText()));
    if (ticket.has("timeline")) {
      c.timeline(timeline(ticket.get("timeline")));
    }
    if (ticket.has("followUp")) {
      c.followUp(ticket.get("followUp").asText());
    }
    Reply composed = c.build();
    String reply = composed.toPlainText();
    // Review in the language the reply was written in (the requested one, or English after fallback).
    Empathy reviewer = empathy.replyLocale().equals(empathy.locale()) ? empathy : empathy.toBuilder().locale(composed.locale()).build();
    Review review = reviewer.review(reply, ReviewContext.builder().customerText(ticket.get("customerText").asText()).build());
    System.out.println(ticket.get("id").asText() + " turn " + turn + ": " + review.score());
    // Our own phrases must never trip the friction rules.
    assertTrue(
        review.findings().stream().allMatch(f -> f.severity() == Severity.INFO),
        ticket.get("id").asText() + " turn " + turn + " has friction in our own phrases: " + review.findings() + "\n" + reply);
    assertTrue(
        review.score() >= 85,
        ticket.get("id").asText() + " turn " + turn + " scored " + review.score() + "\n" + reply + "\n" + review.findings() + "\n" + review.rubric());
  }

  private static Timeline timeline(JsonNode t) {
    Timeline timeline;
    if (t.has("by")) {
      timeline = Timeline.by(LocalDate.parse(t.get("by").asText()));
    } else if (t.path("businessDays").asBoolean(false)) {
      timeline = Timeline.businessDays((int) Duration.parse(t.get("within").asText()).toDays());
    } else {
      timeline = Timeline.within(Duration.parse(t.get("within").asText()));
    }
    return t.has("owner") ? timeline.ownedBy(Owner.parse(t.get("owner").asText())) : timeline;
  }

  private static String text(JsonNode n, String field, String fallback) {
    return n.has(field) ? n.get(field).asText() : fallback;
  }
}
