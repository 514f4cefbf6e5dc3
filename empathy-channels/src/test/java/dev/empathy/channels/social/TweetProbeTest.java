package dev.empathy.channels.social;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.twitter.twittertext.Extractor;
import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.channel.Channels;
import dev.empathy.channel.RenderOptions;
import dev.empathy.channel.Rendered;
import dev.empathy.channels.AnyReply;
import dev.empathy.compose.BlockKind;
import dev.empathy.compose.Composer;
import dev.empathy.compose.Owner;
import dev.empathy.compose.Reply;
import dev.empathy.compose.Timeline;
import dev.empathy.text.Graphemes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fifty tweets written as customers write them (handles, hashtags, emoji, sarcasm, capitals,
 * typos, threats to leave, six languages and a mismatched one: {@code tweets.jsonl}), each read by
 * the analyser and answered with the fields an agent would type, in every flavour: each public
 * post keeps the platform's limit by its own count, carries none of the customer's private
 * details, tags no one, ends on what was done rather than a closing line, and leaves no number
 * sign before a placeholder.
 */
class TweetProbeTest {
  private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
  /** What an agent must never say back in public: e-mails, phones, references, card endings, CPF, a street. */
  private static final Pattern SECRET = Pattern.compile(
      "[\\w.]+@[\\w.]+\\.\\w+|\\d{3}-\\d{3}-\\d{4}|#?[A-Z]{0,2}-?\\d{4,}|\\b\\d{3}\\.\\d{3}\\.\\d{3}-\\d{2}\\b|\\b\\d+ Elm St\\b");

  static Stream<Arguments> tweets() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Arguments> all = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        TweetProbeTest.class.getResourceAsStream("tweets.jsonl"), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode t = json.readTree(line);
        for (String flavor : List.of("x", "facebook", "instagram", "linkedin")) {
          all.add(Arguments.of(t.get("id").asText(), flavor, t));
        }
      }
    }
    return all.stream();
  }

  private static Reply compose(JsonNode t) {
    Empathy empathy = Empathy.builder().locale(Locale.forLanguageTag(t.get("locale").asText()))
        .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    Composer c = empathy.compose().conversation(t.get("id").asText(), 0).customer(t.get("customer").asText());
    Emotion emotion = t.has("emotion") ? Emotion.fromLabel(t.get("emotion").asText())
        : empathy.analyze(t.get("text").asText()).suggestion().acknowledge();
    if (t.has("situation")) {
      c.acknowledge(emotion, t.get("situation").asText());
    } else {
      c.acknowledge(emotion);
    }
    t.get("actions").forEach(a -> c.action(a.asText()));
    if (t.has("timeline")) {
      JsonNode tl = t.get("timeline");
      Timeline timeline = tl.has("by") ? Timeline.by(LocalDate.parse(tl.get("by").asText()))
          : tl.path("businessDays").asBoolean() ? Timeline.businessDays((int) Duration.parse(tl.get("within").asText()).toDays())
          : Timeline.within(Duration.parse(tl.get("within").asText()));
      String owner = tl.path("owner").asText("me");
      c.timeline(timeline.ownedBy(owner.equals("me") ? Owner.me() : owner.equals("team") ? Owner.team() : Owner.named(owner)));
    }
    if (t.has("followUp")) {
      c.followUp(t.get("followUp").asText());
    }
    if (t.has("confirm")) {
      c.confirm(t.get("confirm").asText());
    }
    return c.build();
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("tweets")
  void thePublicReplyKeepsEveryPromise(String id, String flavor, JsonNode t) {
    Reply reply = compose(t);
    Rendered r = Channels.require("social").render(reply, RenderOptions.builder().flavor(flavor).build());
    String dm = r.field("dm").orElseThrow();
    StringBuilder typed = new StringBuilder(t.get("text").asText()).append(' ').append(t.path("situation").asText());
    t.get("actions").forEach(a -> typed.append(' ').append(a.asText()));
    typed.append(' ').append(t.path("followUp").asText()).append(' ').append(t.path("confirm").asText());
    for (String post : r.parts().subList(0, r.parts().size() - 1)) {
      int size = flavor.equals("x") ? SocialChannel.weighted(post) : Graphemes.count(post);
      assertTrue(size <= r.length().limit(), () -> "over the limit: " + post);
      assertFalse(AnyReply.splitsAGrapheme(post), post);
      Matcher secret = SECRET.matcher(typed);
      while (secret.find()) {
        String s = secret.group();
        assertFalse(post.contains(s), () -> "private detail «" + s + "» in public: " + post);
      }
      assertTrue(new Extractor().extractMentionedScreennames(post).isEmpty(), () -> "tags someone: " + post);
      assertFalse(post.matches("(?s).*[#№＃]\\s*[(（].*"), () -> "a number sign before a placeholder: " + post);
      String closing = reply.block(BlockKind.CLOSING).map(b -> b.text().strip()).orElse("");
      assertFalse(!closing.isEmpty() && reply.block(BlockKind.ACTION).isPresent() && post.contains(closing),
          () -> "a closing line after the action in public: " + post);
      // an emoji the customer's words carry is said whole or not at all
      for (String w : t.path("situation").asText().split("\\s+")) {
        if (w.codePoints().anyMatch(cp -> Character.getType(cp) == Character.OTHER_SYMBOL) && post.contains(w.substring(0, 1))) {
          assertTrue(post.contains(w), () -> "emoji «" + w + "» split: " + post);
        }
      }
    }
    assertTrue(dm.contains(reply.blocks().get(reply.blocks().size() - 1).text().strip().split("\n")[0]), "the DM is the whole reply");
  }
}
