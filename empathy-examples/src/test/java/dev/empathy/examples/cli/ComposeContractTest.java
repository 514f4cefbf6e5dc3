package dev.empathy.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The field mapping and the byte-level promises of {@code compose}. */
class ComposeContractTest {
  private static final String BASE = "\"emotion\":\"frustrated\",\"actions\":[\"I’ve refunded the charge\"]";

  private static JsonNode compose(String fields) {
    CliRun run = CliRun.of("{" + fields + "}\n", "compose");
    List<JsonNode> out = run.json();
    assertEquals(1, out.size(), run.out());
    return out.get(0);
  }

  @Test
  void outputFieldsComeInTheDocumentedOrder() {
    JsonNode out = compose(BASE);

    List<String> names = new ArrayList<>();
    for (Iterator<String> it = out.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    assertEquals(
        List.of("channel", "flavor", "locale", "text", "parts", "blocks", "length", "changes", "warnings"), names);
    assertEquals("en-US", out.get("locale").asText(), "en-US is the default locale");
    assertEquals("plain", out.get("channel").asText(), "plain is the default channel");
  }

  @Test
  void businessDaysCountThePeriodsDaysAndSkipTheWeekend() {
    // Wednesday 25 November 2026 + 3 business days = Thursday, Friday, Monday 30 November.
    JsonNode out =
        compose(BASE + ",\"timeline\":{\"within\":\"P3D\",\"businessDays\":true,\"owner\":\"me\"},"
            + "\"now\":\"2026-11-25T15:00:00Z\"");

    String timeline = block(out, "timeline");
    assertTrue(timeline.contains("three business days"), timeline);
    assertTrue(timeline.contains("Monday, November 30"), timeline);
  }

  @Test
  void withinADurationUsesTheCustomersZone() {
    // 15:00 UTC is 16:00 in Paris in November; two hours later is 6 PM there.
    JsonNode out =
        compose(BASE + ",\"timeline\":{\"within\":\"PT2H\",\"owner\":\"team\"},"
            + "\"now\":\"2026-11-25T15:00:00Z\",\"zone\":\"Europe/Paris\"");

    // CLDR puts a narrow no-break space (U+202F) between the time and AM/PM.
    String timeline = block(out, "timeline").replace('\u202F', ' ');
    assertTrue(timeline.contains("2 hours"), timeline);
    assertTrue(timeline.contains("by 6 PM"), timeline);
    assertTrue(timeline.startsWith("Our team") || timeline.contains("our team"), timeline);
  }

  @Test
  void byADateNamesTheDateAndTheNamedTeam() {
    JsonNode out =
        compose(BASE + ",\"timeline\":{\"by\":\"2026-12-01\",\"owner\":\"billing team\"},"
            + "\"now\":\"2026-11-25T15:00:00Z\"");

    String timeline = block(out, "timeline");
    assertTrue(timeline.contains("December 1"), timeline);
    assertTrue(timeline.contains("billing team"), timeline);
  }

  @Test
  void optionalBlocksFollowTheirFlags() {
    JsonNode out =
        compose(BASE + ",\"confirm\":\"the order ending in 4471\",\"boundary\":true,\"closing\":false,"
            + "\"followUp\":\"I’ll email you when it lands\"");

    List<String> kinds = new ArrayList<>();
    out.get("blocks").forEach(b -> kinds.add(b.get("kind").asText()));
    assertEquals(
        List.of("greeting", "acknowledgement", "boundary", "confirmation", "action", "follow_up"), kinds);
    assertTrue(block(out, "confirmation").contains("the order ending in 4471"));
  }

  @Test
  void turnsOfOneConversationVaryThePhrasing() {
    String line = BASE + ",\"situation\":\"the double charge\",\"conversationId\":\"c-1\",\"now\":\"2026-11-25T15:00:00Z\"";

    String turn0 = block(compose(line + ",\"turn\":0"), "acknowledgement");
    String turn1 = block(compose(line + ",\"turn\":1"), "acknowledgement");

    assertFalse(turn0.equals(turn1), turn0);
    assertTrue(turn0.contains("the double charge") && turn1.contains("the double charge"));
  }

  @Test
  void informalRegisterIsAccepted() {
    JsonNode out = compose(BASE + ",\"register\":\"informal\",\"locale\":\"en-GB\"");

    assertEquals("en-GB", out.get("locale").asText());
  }

  @Test
  void outputIsUtf8WithEmojiAndAccentsWrittenAsThemselves() {
    JsonNode out = compose(BASE + ",\"situation\":\"Zoë’s 👩‍👩‍👧 order {0} 'Quoted' <b>\"");

    CliRun run = CliRun.of("{" + BASE + ",\"situation\":\"Zoë’s 👩‍👩‍👧 order\"}\n", "compose");
    String raw = new String(run.stdout(), UTF_8);
    assertTrue(raw.contains("Zoë’s 👩‍👩‍👧 order"), raw);
    assertFalse(raw.contains("\\u"), "no escaped non-ASCII: " + raw);
    assertTrue(block(out, "acknowledgement").contains("Zoë’s 👩‍👩‍👧 order {0} 'Quoted' <b>"));
  }

  @Test
  void readsUtf8WithAByteOrderMarkAndWindowsLineEnds() {
    ByteArrayOutputStream in = new ByteArrayOutputStream();
    in.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    in.writeBytes(("{" + BASE + ",\"customer\":\"Zoë\"}\r\n{" + BASE + "}\r\n").getBytes(UTF_8));

    CliRun run = CliRun.of(in.toByteArray(), "compose");

    assertEquals(0, run.exitCode(), run.out());
    assertEquals(2, run.json().size());
    assertFalse(run.json().get(0).has("error"), "the byte-order mark is not part of the JSON");
    assertTrue(block(run.json().get(0), "greeting").contains("Zoë"));
    assertFalse(run.out().contains("\r"), "output lines end with LF only");
  }

  @Test
  void invalidUtf8BytesBecomeReplacementCharactersNotACrash() {
    byte[] prefix = ("{" + BASE + ",\"customer\":\"Dana").getBytes(UTF_8);
    byte[] suffix = "\"}\n".getBytes(UTF_8);
    byte[] in = new byte[prefix.length + 2 + suffix.length];
    System.arraycopy(prefix, 0, in, 0, prefix.length);
    in[prefix.length] = (byte) 0xC3; // a lead byte followed by a non-continuation byte
    in[prefix.length + 1] = (byte) 0x28;
    System.arraycopy(suffix, 0, in, prefix.length + 2, suffix.length);

    CliRun run = CliRun.of(in, "compose");

    assertEquals(0, run.exitCode(), run.out());
    assertTrue(block(run.json().get(0), "greeting").contains("\uFFFD"));
  }

  @Test
  void withNoEmotionTheListenerReadsTheCustomersMessage() {
    String action = ",\"actions\":[\"I’ve reissued the refund\"]";
    JsonNode thanks =
        compose("\"customerText\":\"thank you sooo much for sorting it, you are a star\"" + action);
    JsonNode abuse =
        compose("\"customerText\":\"you useless idiots, third time im asking about my refund!!!\"" + action);

    assertFalse(block(thanks, "acknowledgement").toLowerCase().contains("sorry"), thanks.toString());
    assertTrue(block(abuse, "acknowledgement").toLowerCase().contains("sorry"), abuse.toString());
    assertTrue(has(abuse, "boundary"), "abuse heard in the message asks for respect: " + abuse);
  }

  @Test
  void aNamedEmotionWinsOverTheCustomersMessage() {
    JsonNode out =
        compose("\"emotion\":\"grateful\",\"customerText\":\"you useless idiots, third time!!!\","
            + "\"actions\":[\"I’ve reissued the refund\"]");

    assertFalse(block(out, "acknowledgement").toLowerCase().contains("sorry"), out.toString());
    assertFalse(has(out, "boundary"), out.toString());
  }

  @Test
  void neitherEmotionNorCustomerTextNamesEmotion() {
    CliRun run = CliRun.of("{\"customerText\":\"  \",\"actions\":[\"I’ve refunded it\"]}\n", "compose");

    JsonNode error = run.json().get(0).get("error");
    assertEquals("emotion", error.get("field").asText(), run.out());
    assertTrue(error.get("message").asText().contains("customerText"), run.out());
  }

  @Test
  void aBlankCustomerNameGreetsWithoutOneAndSaysSo() {
    JsonNode out = compose(BASE + ",\"customer\":\" \",\"channel\":\"chat\"");

    assertTrue(out.get("text").asText().startsWith("Hello") || out.get("text").asText().startsWith("Hi"), out.toString());
    assertTrue(out.get("warnings").toString().contains("customer"), out.toString());
  }

  private static boolean has(JsonNode reply, String kind) {
    for (JsonNode b : reply.get("blocks")) {
      if (b.get("kind").asText().equals(kind)) {
        return true;
      }
    }
    return false;
  }

  private static String block(JsonNode reply, String kind) {
    for (JsonNode b : reply.get("blocks")) {
      if (b.get("kind").asText().equals(kind)) {
        return b.get("text").asText();
      }
    }
    throw new AssertionError("no " + kind + " block in " + reply);
  }
}
