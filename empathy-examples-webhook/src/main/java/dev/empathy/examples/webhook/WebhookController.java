package dev.empathy.examples.webhook;

import dev.empathy.Empathy;
import dev.empathy.InvalidInputException;
import dev.empathy.channel.StandardChannel;
import dev.empathy.compose.Composer;
import dev.empathy.compose.Reply;
import dev.empathy.review.Review;
import dev.empathy.review.ReviewContext;
import dev.empathy.signal.EmotionFinding;
import dev.empathy.signal.EscalationSignal;
import dev.empathy.signal.Evidence;
import dev.empathy.signal.Signals;
import dev.empathy.channel.Rendered;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /webhook/ticket}: a {@link Ticket} in, a {@link TicketAnswer} out. A request that
 * breaks a rule gets 400 with {@code {"error":{"field","message"}}} naming the field, like the CLI.
 */
@RestController
public class WebhookController {
  /** The channels a suggestion is rendered for, in the answer's order. */
  static final List<StandardChannel> CHANNELS =
      List.of(StandardChannel.CHAT, StandardChannel.EMAIL, StandardChannel.SOCIAL, StandardChannel.SMS, StandardChannel.VOICE);

  private final Empathy empathy;

  public WebhookController(Empathy empathy) {
    this.empathy = empathy;
  }

  @PostMapping(path = "/webhook/ticket", consumes = "application/json", produces = "application/json")
  public TicketAnswer ticket(@RequestBody Ticket ticket) {
    Signals signals = empathy.analyze(ticket.customerText());
    Map<String, TicketAnswer.Suggestion> suggestions = new LinkedHashMap<>();
    Reply reply = suggestion(ticket, signals);
    for (StandardChannel channel : CHANNELS) {
      Rendered r = empathy.render(reply, channel.id(), dev.empathy.channel.RenderOptions.defaults());
      suggestions.put(channel.id(), new TicketAnswer.Suggestion(r.flavor(), r.text(), r.parts(), warnings(reply, r)));
    }
    TicketAnswer.DraftReview review = null;
    if (ticket.draft() != null && !ticket.draft().isBlank()) {
      ReviewContext.Builder context = ReviewContext.builder().customerText(ticket.customerText());
      if (ticket.channel() != null) {
        context.channel(ticket.channel());
      }
      review = review(empathy.review(ticket.draft(), context.build()));
    }
    return new TicketAnswer(ticket.ticketId(), analysis(signals), suggestions, review);
  }

  /** A rule the request broke: 400, naming the field. */
  @ExceptionHandler(InvalidInputException.class)
  public ResponseEntity<Map<String, Map<String, String>>> invalid(InvalidInputException e) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST)
        .body(Map.of("error", Map.of("field", e.field(), "message", e.getMessage())));
  }

  private Reply suggestion(Ticket ticket, Signals signals) {
    Composer c = empathy.compose().conversation(ticket.ticketId() == null ? "webhook" : ticket.ticketId(), 0);
    if (ticket.customer() != null && !ticket.customer().isBlank()) {
      c.customer(ticket.customer());
    }
    if (ticket.situation() != null && !ticket.situation().isBlank()) {
      c.acknowledge(signals, ticket.situation());
    } else {
      c.acknowledge(signals);
    }
    List<String> actions = ticket.actions() == null ? List.of() : ticket.actions();
    if (actions.stream().allMatch(a -> a == null || a.isBlank())) {
      c.actionSlot(); // the library never invents a resolution: the agent fills the marked slot
    } else {
      actions.stream().filter(a -> a != null && !a.isBlank()).forEach(c::action);
    }
    return c.build();
  }

  private static List<String> warnings(Reply reply, Rendered rendered) {
    List<String> all = new ArrayList<>(reply.warnings());
    rendered.warnings().stream().filter(w -> !all.contains(w)).forEach(all::add);
    return all;
  }

  private static TicketAnswer.Analysis analysis(Signals s) {
    List<String> evidence = new ArrayList<>();
    for (EmotionFinding f : s.emotions()) {
      f.evidence().stream().map(Evidence::text).forEach(evidence::add);
    }
    List<String> kinds = new ArrayList<>();
    for (EscalationSignal e : s.escalation().signals()) {
      kinds.add(e.kind().label());
      e.evidence().stream().map(Evidence::text).forEach(evidence::add);
    }
    return new TicketAnswer.Analysis(
        s.primary().label(), s.escalation().level().label(), kinds, evidence.stream().distinct().toList());
  }

  private static TicketAnswer.DraftReview review(Review r) {
    return new TicketAnswer.DraftReview(
        r.score(),
        r.findings().stream().map(f -> new TicketAnswer.Finding(f.category().label(), f.rule(), f.text(), f.suggestion())).toList(),
        r.notes());
  }
}
