package dev.empathy.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code analyze} contract's {@code warnings} (issue 17, session 9): present only when the
 * reading has something to say, today a message in a language without a lexicon; every other
 * field keeps its name and meaning.
 */
class AnalyzeWarningsTest {
  @Test
  void aLanguageWithoutALexiconIsNamedAndEnglishHasNoWarnings() {
    CliRun run = CliRun.of(
        "{\"id\":1,\"text\":\"Mijn pakket is nog steeds niet aangekomen, wat is er aan de hand?\"}\n"
            + "{\"id\":2,\"text\":\"my parcel still hasn't arrived, what is going on?\"}\n",
        "analyze");
    assertEquals(0, run.exitCode(), run.stderr());
    List<JsonNode> lines = run.json();
    JsonNode dutch = lines.get(0);
    assertEquals("en", dutch.get("locale").asText().substring(0, 2), dutch.toString());
    assertTrue(dutch.get("warnings").isArray() && dutch.get("warnings").size() == 1, dutch.toString());
    assertTrue(dutch.get("warnings").get(0).asText().contains("Dutch (nl)"), dutch.toString());
    for (String field : new String[] {"primary", "emotions", "escalation", "suggestion"}) {
      assertTrue(dutch.has(field), field + " in " + dutch);
    }
    assertEquals("nl", dutch.get("language").asText(), dutch.toString());
    JsonNode english = lines.get(1);
    assertFalse(english.has("warnings"), english.toString());
    assertEquals("en", english.get("language").asText(), english.toString());
  }

  @Test
  void theLanguageReadIsSaidAndAShortMessageInAnotherLanguageIsSaidToBeUnsure() {
    CliRun run = CliRun.of(
        "{\"id\":1,\"locale\":\"en\",\"text\":\"Me cobraron dos veces y nadie me responde\"}\n"
            + "{\"id\":2,\"locale\":\"es\",\"text\":\"Mein Paket ist immer noch nicht angekommen\"}\n"
            + "{\"id\":3,\"locale\":\"en\",\"text\":\"Grazie mille!\"}\n",
        "analyze");
    assertEquals(0, run.exitCode(), run.stderr());
    List<JsonNode> lines = run.json();
    assertEquals("es", lines.get(0).get("locale").asText(), lines.get(0).toString());
    assertEquals("es", lines.get(0).get("language").asText(), lines.get(0).toString());
    assertEquals("de", lines.get(1).get("language").asText(), lines.get(1).toString());
    assertFalse(lines.get(1).has("warnings"), lines.get(1).toString());
    JsonNode italian = lines.get(2);
    assertEquals("en", italian.get("language").asText(), italian.toString());
    assertTrue(italian.get("warnings").get(0).asText().contains("Italian (it)"), italian.toString());
  }
}
