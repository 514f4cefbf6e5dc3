package dev.empathy.examples.assist;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.empathy.Empathy;
import dev.empathy.InvalidInputException;
import dev.empathy.Register;
import dev.empathy.channel.Channels;
import dev.empathy.channel.RenderOptions;
import dev.empathy.channel.Rendered;
import dev.empathy.compose.Composer;
import dev.empathy.compose.Reply;
import dev.empathy.compose.Timeline;
import dev.empathy.examples.json.ComposeRequest;
import dev.empathy.examples.json.ContractJson;
import dev.empathy.examples.json.EmpathyCache;
import dev.empathy.examples.json.JsonInput;
import dev.empathy.examples.json.StrictJson;
import dev.empathy.review.ReviewContext;
import dev.empathy.signal.Signals;
import dev.empathy.text.UserText;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The agent-assist answer for one request: what the customer's message signals, the review of the
 * agent's draft, and a suggested reply for every channel, composed from the signals plus the fields
 * the agent filled in. Where the agent has not said what they will do, each suggestion carries the
 * composer's marked action slot: the library never invents a resolution.
 *
 * <pre>{@code
 * ObjectNode answer = new Assist(new EmpathyCache()).answer(JsonInput.of(StrictJson.readObject(body)));
 * answer.get("suggestions").get("sms").get("parts");
 * }</pre>
 *
 * <p>Thread-safe: the HTTP server calls it from several threads.
 */
public final class Assist {
  /** The request fields; others are ignored, misspellings are warned about in each suggestion. */
  static final ImmutableSet<String> FIELDS =
      ImmutableSet.of(
          "customerText", "draft", "locale", "customer", "summary", "actions", "timeline", "followUp");

  /** The channels a suggestion is rendered for, in the order of the answer. */
  public static final ImmutableList<String> CHANNELS = ImmutableList.of("chat", "email", "social", "sms", "voice");

  private static final String DEFAULT_LOCALE = "en-US";

  private final EmpathyCache empathies;

  public Assist(EmpathyCache empathies) {
    this.empathies = empathies;
  }

  /**
   * Answers one request object.
   *
   * @throws InvalidInputException naming the request field that breaks a rule
   */
  public ObjectNode answer(JsonInput in) {
    String customerText = in.text("customerText", ": paste the customer's message");
    String draft = in.optionalText("draft");
    String locale = orDefault(in.optionalText("locale"), DEFAULT_LOCALE);
    String customer = blankToNull(in.optionalText("customer"));
    String summary = blankToNull(in.optionalText("summary"));
    List<String> actions = orDefault(in.optionalTextList("actions"), List.of());
    JsonInput t = in.optionalObject("timeline", ComposeRequest.TIMELINE_EXAMPLE);
    Timeline timeline = t == null ? null : ComposeRequest.timeline(t);
    String followUp = blankToNull(in.optionalText("followUp"));
    ImmutableList.Builder<String> w = ImmutableList.builder();
    w.addAll(in.misspelledFields(FIELDS));
    if (t != null) {
      w.addAll(t.misspelledFields(ComposeRequest.TIMELINE_FIELDS));
    }
    List<String> warnings = w.build();

    Empathy empathy = empathies.get(locale, Register.FORMAL, ZoneOffset.UTC, null);
    Signals signals = ComposeRequest.renamed("text", "customerText", () -> empathy.analyze(customerText));

    ObjectNode o = StrictJson.object();
    o.set("signals", ContractJson.signals(signals));
    if (blankToNull(draft) == null) {
      o.putNull("review");
    } else {
      ReviewContext context = ReviewContext.builder().customerText(customerText).build();
      o.set("review", ContractJson.review(ComposeRequest.renamed("text", "draft", () -> empathy.review(draft, context))));
    }
    Composer composer = empathy.compose();
    if (customer != null) {
      composer.customer(customer);
    }
    composer.acknowledge(signals);
    if (summary != null) {
      composer.summary(summary);
    }
    List<String> given = actions.stream().filter(a -> blankToNull(a) != null).toList();
    if (given.isEmpty()) {
      composer.actionSlot();
    } else {
      composer.actions(given);
    }
    if (timeline != null) {
      composer.timeline(timeline);
    }
    if (followUp != null) {
      composer.followUp(followUp);
    }
    Reply reply = composer.build();
    ObjectNode suggestions = o.putObject("suggestions");
    for (String channel : CHANNELS) {
      Rendered rendered = Channels.require(channel).render(reply, RenderOptions.defaults());
      suggestions.set(channel, ContractJson.reply(reply, rendered, warnings));
    }
    return o;
  }

  /** Null for a value the agent left empty: absent, or blank once control characters are gone. */
  private static String blankToNull(String s) {
    return s == null || UserText.clean(s).isBlank() ? null : s;
  }

  private static <T> T orDefault(T value, T fallback) {
    return value == null ? fallback : value;
  }
}
