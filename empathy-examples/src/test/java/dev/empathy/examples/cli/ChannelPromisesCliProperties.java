package dev.empathy.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.xml.sax.InputSource;

/**
 * The CLI path of every channel over arbitrary Unicode (ZWJ emoji, combining marks, RTL, unpaired
 * surrogates, control characters, long runs): {@code compose} with a {@code channel} answers each
 * line with one JSON object, never an internal error, and the answer keeps the channel's promise
 * (a post within its limit, a text within its segments, well-formed SSML, a one-line e-mail
 * subject without markup); bad input is an error naming one of the fields that carried it.
 */
class ChannelPromisesCliProperties {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> CHANNELS = List.of("chat", "email", "social", "sms", "voice");

  @Provide
  Arbitrary<String> anyText() {
    Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(80);
    Arbitrary<String> tricky = Arbitraries.of(
        "👩‍👩‍👧‍👦 still no refund", "🇫🇷🇯🇵", "cafe\u0301 e\u0301\u0301\u0301", "שלום, ההזמנה 4471 לא הגיעה", "مرحبا 😡",
        "\uD800 lone", "x\uDC00", "\u0000\u0007\u001B[31m", "\u2028\u2029", "&amp; <b>bold</b> &lt;i&gt;",
        "@channel <!here> *bold* _it_", "https://e.x/?a=1&b=2#f", "dana at gmail dot com, 415-555-0100",
        "card 4111 1111 1111 1111", "$1,250.00 MXN on 12/10 8-12", "\u202Eevil\u202C", "<speak>&</speak>",
        "a".repeat(2000), "🙂".repeat(400));
    return Arbitraries.oneOf(unicode, tricky);
  }

  @Property(tries = 60)
  void everyChannelAnswersAndKeepsItsPromise(
      @ForAll("anyText") String customer,
      @ForAll("anyText") String situation,
      @ForAll("anyText") String summary,
      @ForAll @Size(min = 1, max = 3) List<@From("anyText") String> actions,
      @ForAll("locales") String locale,
      @ForAll("flavours") List<String> flavours) throws Exception {
    StringBuilder in = new StringBuilder();
    for (int c = 0; c < CHANNELS.size(); c++) {
      String channel = CHANNELS.get(c);
      ObjectNode line = JSON.createObjectNode();
      line.put("id", channel);
      line.put("customer", customer);
      line.put("locale", locale);
      line.put("emotion", "frustrated");
      line.put("situation", situation);
      line.put("summary", summary);
      actions.forEach(line.putArray("actions")::add);
      line.put("channel", channel);
      if (!flavours.get(c).isEmpty()) {
        line.put("flavor", flavours.get(c));
      }
      line.put("now", "2026-12-06T15:00:00Z");
      in.append(JSON.writeValueAsString(line)).append('\n');
    }
    CliRun run = CliRun.of(in.toString(), "compose");
    List<JsonNode> out = run.json();
    assertEquals(CHANNELS.size(), out.size(), run.out());
    for (JsonNode answer : out) {
      if (answer.has("error")) {
        String field = answer.at("/error/field").asText();
        assertFalse(answer.at("/error/message").asText().startsWith("internal error"), answer.toString());
        assertTrue(List.of("customer", "situation", "summary", "actions").contains(field) || field.startsWith("actions["),
            answer.toString());
        assertTrue(answer.at("/error/message").asText().contains(field.replaceAll("\\[\\d+]$", "")), answer.toString());
        continue;
      }
      String channel = answer.get("channel").asText();
      JsonNode parts = answer.get("parts");
      assertTrue(parts.size() > 0 && !parts.get(0).asText().isBlank(), answer.toString());
      JsonNode length = answer.get("length");
      if (length.hasNonNull("limit") && !channel.equals("voice")) {
        assertTrue(length.get("value").asInt() <= length.get("limit").asInt(), channel + " over its limit: " + answer);
      }
      switch (channel) {
        case "voice" -> {
          if (answer.get("flavor").asText().equals("ssml")) {
            DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(answer.get("text").asText()))); // throws when not well-formed
          } else {
            assertFalse(answer.get("text").asText().startsWith("<speak"), answer.toString()); // a script, not SSML
          }
        }
        case "email" -> {
          String subject = answer.at("/email/subject").asText();
          assertFalse(subject.isBlank() || subject.contains("\n") || subject.matches("(?s).*</?(?:b|i|u|p|br|li|ol|ul|div|span|strong|em)\\b[^<>]*>.*"), subject);
          // an element markup.properties does not know ("<speak>") is the customer's text, left as typed
        }
        case "sms" -> parts.forEach(p -> assertFalse(p.asText().isEmpty(), answer.toString()));
        case "chat" -> parts.forEach(p -> {
          String part = p.asText();
          switch (answer.get("flavor").asText()) {
            // our own bold ("**…**") aside, nothing the customer typed opens Markdown
            case "web" -> assertFalse(MARKDOWN_OPENER.matcher(part.replace("**", "")).find(), "markup left open in: " + part);
            case "slack" -> assertFalse(part.contains("<") || part.matches("(?s).*<!(?:here|channel|everyone)>.*"), "Slack control text in: " + part);
            case "teams" -> assertFalse(part.replaceAll("</?b>|<br>", "").contains("<"), "HTML from input in: " + part);
            default -> { }
          }
        });
        default -> { }
      }
    }
  }

  /** An unescaped Markdown opener: emphasis, code, link, strikethrough, a tag, an entity, a heading or a quote at a line start. */
  private static final java.util.regex.Pattern MARKDOWN_OPENER = java.util.regex.Pattern.compile(
      "(?<!\\\\)(?:[*`\\[~]|<[A-Za-z/!?]|&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);)|(?m)^[ \\t]*(?:#{1,6}(?:[ \\t]|$)|>)");

  /** A flavour for each channel in turn (chat, email, social, sms, voice); "" for the default. */
  @Provide
  Arbitrary<List<String>> flavours() {
    return net.jqwik.api.Combinators.combine(
        Arbitraries.of("web", "slack", "teams", "whatsapp", "messenger"),
        Arbitraries.of(""),
        Arbitraries.of("x", "facebook", "instagram", "linkedin"),
        Arbitraries.of(""),
        Arbitraries.of("ssml", "script")).as(List::of);
  }

  @Provide
  Arbitrary<String> locales() {
    return Arbitraries.of("en-US", "es", "es-MX", "fr-FR", "de-DE", "pt-BR", "ja-JP");
  }
}
