package dev.empathy.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads a labelled draft set (JSON Lines, blank lines skipped) for the draft-set tests. */
final class DraftLines {
  private DraftLines() {}

  static List<JsonNode> read(String resource) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> lines = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(DraftLines.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.isBlank()) {
          lines.add(json.readTree(line));
        }
      }
    }
    return lines;
  }

  /** The friction categories a lead expected, from the line's {@code expect} array. */
  static Set<String> expected(JsonNode n) {
    Set<String> expect = new HashSet<>();
    n.get("expect").forEach(e -> expect.add(e.asText()));
    return expect;
  }
}
