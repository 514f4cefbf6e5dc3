package dev.empathy.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.empathy.Empathy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ZzScratchTest {
  @Test
  void dump() throws Exception {
    String ids = System.getProperty("ids", "");
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(Path.of("src/test/resources/dev/empathy/review/drafts-blind.jsonl"))) {
      JsonNode n = json.readTree(line);
      if (!ids.isEmpty() && !(","+ids+",").contains(","+n.get("id").asText()+",")) continue;
      Empathy e = Empathy.builder().locale(n.get("locale").asText()).build();
      Review r = e.review(n.get("text").asText(), ReviewContext.builder().customerText(n.get("customerText").asText()).channel(n.get("channel").asText()).build());
      StringBuilder sb = new StringBuilder();
      r.rubric().forEach((c, s) -> sb.append(c.key()).append('=').append(s.score()).append(' '));
      System.out.printf(Locale.ROOT, "== %s hand %d review %d  %s%n", n.get("id").asText(), n.get("score").asInt(), r.score(), sb);
      for (FrictionFinding f : r.findings()) System.out.printf("   %s %s [%s] -> %s%n", f.rule(), f.severity().label(), f.text().replace("\n"," "), f.suggestion().replace("\n"," "));
      for (String note : r.notes()) System.out.println("   note: " + note);
    }
  }
}
