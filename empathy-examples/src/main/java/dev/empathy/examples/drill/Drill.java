package dev.empathy.examples.drill;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.empathy.examples.json.JsonInput;
import dev.empathy.examples.json.StrictJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One practice scenario from {@code drill/scenarios.jsonl}: a customer's message with a support
 * lead's reading of it, and the notes a good agent would write (a compose input).
 *
 * <pre>{@code
 * List<Drill> all = Drill.bundled();
 * all.get(0).emotion();   // "frustrated"
 * }</pre>
 *
 * @param compose the whole line, which is a valid {@code compose} input (plus the lead's labels)
 */
record Drill(String id, String industry, String locale, String customerText, String emotion,
    boolean abusive, ObjectNode compose) {
  private static final String RESOURCE = "/drill/scenarios.jsonl";

  /** The bundled scenarios, in file order (industries interleaved). */
  static List<Drill> bundled() {
    try (InputStream in = Drill.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, UTF_8));
      List<Drill> out = new ArrayList<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          out.add(of(StrictJson.readObject(line)));
        }
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Drill of(ObjectNode o) {
    JsonInput in = JsonInput.of(o);
    return new Drill(
        in.text("id", ""),
        in.text("industry", ""),
        in.text("locale", ""),
        in.text("customerText", ""),
        in.text("emotion", ""),
        Boolean.TRUE.equals(in.optionalBoolean("abusive")),
        o);
  }
}
