package dev.empathy.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.empathy.channel.Change;
import dev.empathy.channel.Channels;
import dev.empathy.channel.Length;
import dev.empathy.channel.Rendered;
import dev.empathy.compose.Block;
import dev.empathy.compose.Reply;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code compose}: one reply per input line, composed from the fields an agent (or a bot) fills in
 * and rendered for a channel. See {@link #usage()} for the contract.
 *
 * <pre>{@code
 * echo '{"customer":"Dana","emotion":"frustrated","situation":"the double charge",
 *        "actions":["I’ve refunded the duplicate charge"]}' | java -jar empathy-cli.jar compose
 * }</pre>
 */
final class ComposeCommand extends JsonLinesCommand {
  private final EmpathyCache empathies = new EmpathyCache();

  @Override
  public String name() {
    return "compose";
  }

  @Override
  public String summary() {
    return "compose a reply from JSON fields and render it for a channel (JSON Lines in and out)";
  }

  @Override
  public String usage() {
    return """
        usage: empathy-cli compose < requests.jsonl > replies.jsonl

        Reads one JSON object per line and writes one JSON object per line, in order.

        Input fields (only emotion is required; the default policy also needs one action):
          customer        the customer's name; the greeting uses the first word
          locale          BCP 47 tag, default "en-US"; unsupported locales fall back, with a warning
          register        "formal" (default) or "informal"
          emotion         frustrated, angry, anxious, confused, disappointed, sad,
                          pressed-for-time, neutral, grateful
          situation       the situation in the customer's terms: "the double charge on order 4471"
          summary         reflective restatement: "you were charged twice for the same order"
          actions         array of strings; the first is framed as what you can do right now
          timeline        {"within":"P3D","businessDays":true,"owner":"me"}   3 business days
                          {"within":"PT2H","owner":"team"}                    2 hours
                          {"by":"2026-12-01","owner":"billing team"}          a date
                          owner: "me" (default), "team", or a team's name
          followUp        the promised next contact
          confirm         a fast context check: "the order ending in 4471"
          boundary        true adds a respectful limit, for abusive messages
          closing         false leaves out the closing line and sign-off (default true)
          conversationId  with turn, picks phrase variants; consecutive turns never repeat
          turn            integer >= 0, default 0
          channel         "plain" (default) or any installed channel: %s
          flavor          the channel's flavour, e.g. slack, teams, x, ssml
          overflow        "shorten", "split" or "fail" when the reply exceeds the medium's limit
          limit, maxParts a tighter limit (in the medium's unit) and most parts accepted
          now             ISO-8601 instant for deterministic dates, e.g. "2026-11-25T15:00:00Z"
          zone            IANA zone of the customer's dates, default "UTC"
          id              copied to the output line, so results can be joined to inputs
        Other fields are ignored; a name that looks like a misspelt field is warned about.

        Output: {"channel","flavor","locale","text","parts":[…],"blocks":[{"kind","text"}…],
                 "length":{"unit","value","limit"},"changes":[{"kind","detail"}…],"warnings":[…]}
                plus "email":{"subject","preheader","html"} for the email channel.
        A rejected line gives {"error":{"field","message","line"}}; field "$" means the whole line
        (broken JSON or not an object). Blank lines are skipped. Exit code 1 if any line failed.
        """
        .formatted(String.join(", ", Channels.ids()));
  }

  @Override
  protected ObjectNode answer(JsonInput input) {
    ComposeRequest request = ComposeRequest.parse(input);
    Reply reply = request.compose(empathies);
    Rendered rendered = request.render(reply);
    return json(reply, rendered, request.warnings());
  }

  /**
   * The compose output object for a rendered reply. Also the format of every suggestion other
   * commands return (the agent-assist API, the bot).
   *
   * @param inputWarnings warnings about the input itself, appended after the reply's and the
   *     channel's own
   */
  static ObjectNode json(Reply reply, Rendered rendered, List<String> inputWarnings) {
    ObjectNode o = StrictJson.mapper().createObjectNode();
    o.put("channel", rendered.channel());
    o.put("flavor", rendered.flavor());
    o.put("locale", reply.locale().toLanguageTag());
    o.put("text", rendered.text());
    ArrayNode parts = o.putArray("parts");
    rendered.parts().forEach(parts::add);
    ArrayNode blocks = o.putArray("blocks");
    for (Block b : reply.blocks()) {
      blocks.addObject().put("kind", b.kind().label()).put("text", b.text());
    }
    Length length = rendered.length();
    ObjectNode size = o.putObject("length");
    size.put("unit", length.unit());
    size.put("value", length.value());
    if (length.limit() == null) {
      size.putNull("limit");
    } else {
      size.put("limit", length.limit().intValue());
    }
    ArrayNode changes = o.putArray("changes");
    for (Change c : rendered.changes()) {
      changes.addObject().put("kind", c.kind().label()).put("detail", c.detail());
    }
    // A channel may or may not repeat the reply's warnings; list each once, in order.
    Set<String> warnings = new LinkedHashSet<>(reply.warnings());
    warnings.addAll(rendered.warnings());
    warnings.addAll(inputWarnings);
    ArrayNode w = o.putArray("warnings");
    warnings.forEach(w::add);
    if (rendered.channel().equals("email")) {
      ObjectNode email = o.putObject("email");
      for (String field : List.of("subject", "preheader", "html")) {
        email.put(field, rendered.field(field).orElse(null));
      }
    }
    return o;
  }
}
