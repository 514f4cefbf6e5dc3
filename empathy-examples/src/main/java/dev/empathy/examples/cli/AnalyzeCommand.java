package dev.empathy.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.empathy.Register;
import dev.empathy.examples.json.ContractJson;
import dev.empathy.examples.json.EmpathyCache;
import dev.empathy.examples.json.JsonInput;
import java.time.ZoneOffset;

/**
 * {@code analyze}: emotions, intensity and escalation signals of one customer message per line.
 *
 * <pre>{@code
 * echo '{"text":"Third time I am writing!!! Fix it or I cancel."}' | java -jar empathy-cli.jar analyze
 * }</pre>
 */
final class AnalyzeCommand extends JsonLinesCommand {
  private final EmpathyCache empathies = new EmpathyCache();

  @Override
  public String name() {
    return "analyze";
  }

  @Override
  public String summary() {
    return "find emotions, intensity and escalation signals in customer messages (JSON Lines)";
  }

  @Override
  public String usage() {
    return """
        usage: empathy-cli analyze < messages.jsonl > signals.jsonl

        Input per line:  {"text": the customer's message (required), "locale": BCP 47, default "en-US"}
        Output per line: {"locale","primary","emotions":[{"label","intensity","evidence":[{"start","end","text"}]}],
                          "escalation":{"level","signals":[{"kind","evidence":[…]}]},
                          "suggestion":{"acknowledge","boundary","handoff"}}
        Offsets are UTF-16 code units into the text as given. Levels: none, low, medium, high,
        critical. Kinds: churn_threat, legal_threat, public_exposure, repeat_contact, abuse,
        urgency, vulnerability. A rejected line gives {"error":{"field","message","line"}}.
        """;
  }

  @Override
  protected ObjectNode answer(JsonInput input) {
    String text = input.text("text", ": the customer's message");
    String locale = input.optionalText("locale");
    var empathy = empathies.get(locale == null ? "en-US" : locale, Register.FORMAL, ZoneOffset.UTC, null);
    return ContractJson.signals(empathy.analyze(text));
  }
}
