package dev.empathy.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.empathy.channel.Channels;
import dev.empathy.channel.Rendered;
import dev.empathy.compose.Reply;
import dev.empathy.examples.json.ComposeRequest;
import dev.empathy.examples.json.EmpathyCache;
import dev.empathy.examples.json.JsonInput;
import dev.empathy.examples.json.StrictJson;
import java.util.Optional;

/**
 * One sample ticket of the demo, composed and rendered: the ticket's metadata and customer
 * message, the compose input (the agent's notes), and the result. A ticket line is a {@code
 * compose} input line plus {@code id}, {@code industry} and {@code customerText}.
 *
 * <pre>{@code
 * DemoTicket t = DemoTicket.read(line, new EmpathyCache());
 * t.rendered().parts(); // what the ticket's channel would send
 * }</pre>
 *
 * @param id the ticket id, or empty
 * @param industry e.g. {@code retail}, or empty
 * @param customerText what the customer wrote, or empty
 * @param input the whole input object (so a section can read fields such as a draft reply)
 * @param reply the composed reply
 * @param rendered the reply rendered for the ticket's channel
 * @param note set when the ticket's channel is not installed and plain text is shown instead
 */
record DemoTicket(
    String id,
    String industry,
    String customerText,
    ObjectNode input,
    Reply reply,
    Rendered rendered,
    Optional<String> note) {

  /**
   * Reads and composes one ticket line.
   *
   * @throws dev.empathy.InvalidInputException naming the field that breaks a rule
   */
  static DemoTicket read(String line, EmpathyCache empathies) {
    ObjectNode input = StrictJson.readObject(line);
    ObjectNode composeInput = input;
    Optional<String> note = Optional.empty();
    String channel = input.path("channel").asText("plain");
    if (input.path("channel").isTextual() && Channels.find(channel).isEmpty()) {
      // Only while a channel module is missing from the class path; the compose command reports it.
      composeInput = input.deepCopy();
      composeInput.remove("channel");
      composeInput.remove("flavor");
      note = Optional.of("the " + channel + " channel is not installed; showing plain text");
    }
    ComposeRequest request = ComposeRequest.parse(JsonInput.of(composeInput));
    Reply reply = request.compose(empathies);
    Rendered rendered = request.render(reply);
    return new DemoTicket(
        text(input, "id"), text(input, "industry"), text(input, "customerText"), input, reply, rendered, note);
  }

  private static String text(ObjectNode input, String name) {
    JsonNode v = input.get(name);
    return v == null || v.isNull() ? "" : v.asText();
  }
}
