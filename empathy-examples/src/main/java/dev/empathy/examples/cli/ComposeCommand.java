package dev.empathy.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.empathy.channel.Channels;
import dev.empathy.channel.Rendered;
import dev.empathy.compose.Reply;
import dev.empathy.examples.json.ComposeRequest;
import dev.empathy.examples.json.ContractJson;
import dev.empathy.examples.json.EmpathyCache;
import dev.empathy.examples.json.JsonInput;

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

        Input fields (only emotion is required, or customerText in its place; the default policy
        also needs one action):
          customer        the customer's name; the greeting uses the first word (blank: no name)
          customerText    the customer's message; with no emotion given, the listener reads it and
                          picks the feeling to acknowledge (and a boundary for abuse)
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
          channel         "plain" (default) or any installed channel: %s;
                          a platform's name is read with a warning ("twitter" → social, flavor x;
                          "whatsapp" → chat, flavor whatsapp; "phone" → voice)
          flavor          the channel's flavour, e.g. slack, teams, x, ssml
          overflow        "shorten", "split" or "fail" when the reply exceeds the medium's limit
          limit, maxParts a tighter limit (in the medium's unit) and most parts accepted
          now             ISO-8601 instant for deterministic dates, e.g. "2026-11-25T15:00:00Z"
          zone            IANA zone of the customer's dates, default "UTC"
          agentName       the agent's name: signs the reply under the sign-off; in chat the first turn
                          introduces them ("I'm Sam, and I'll stay on this with you.")
          ownContacts     the company's own domains, e-mail addresses and phone numbers, which a
                          public post keeps (["acme.com","0345 600 1234"]); a role mailbox
                          ("support@…") and a toll-free number are kept without it
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
    return ContractJson.reply(reply, rendered, request.warnings());
  }
}
