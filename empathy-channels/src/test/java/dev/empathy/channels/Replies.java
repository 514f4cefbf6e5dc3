package dev.empathy.channels;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.compose.Composer;
import dev.empathy.compose.Owner;
import dev.empathy.compose.Reply;
import dev.empathy.compose.Timeline;
import dev.empathy.phrase.BrandVoice;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** Builds replies for channel tests: from a fixture's map, or with a fixed, single-variant voice. */
public final class Replies {
  /** Monday 2 March 2026, 10:00 UTC: three business days later is Thursday, March 5. */
  public static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

  private Replies() {}

  /** An instance at {@link #NOW} whose phrases are the single variants of fixtures/phrases.yml. */
  public static Empathy fixed() {
    BrandVoice.Builder voice = BrandVoice.builder();
    fixturePhrases().forEach((k, v) -> voice.phrase(k, v));
    return Empathy.builder()
        .locale(Locale.US)
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .voice(voice.build())
        .build();
  }

  /** The bundled phrasebook at {@link #NOW}. */
  public static Empathy bundled() {
    return Empathy.builder().locale(Locale.US).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
  }

  static Map<String, String> fixturePhrases() {
    try (InputStream in = Replies.class.getResourceAsStream("/fixtures/phrases.yml")) {
      return new Yaml().load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Composes the reply a fixture describes (the CLI's compose fields). */
  @SuppressWarnings("unchecked")
  public static Reply of(Empathy empathy, Map<String, Object> spec) {
    Composer c = empathy.compose();
    c.conversation(String.valueOf(spec.getOrDefault("conversationId", "fixture")), ((Number) spec.getOrDefault("turn", 0)).intValue());
    if (spec.containsKey("customer")) {
      c.customer((String) spec.get("customer"));
    }
    Emotion emotion = Emotion.valueOf(String.valueOf(spec.getOrDefault("emotion", "frustrated")).toUpperCase(Locale.ROOT).replace('-', '_'));
    if (spec.containsKey("situation")) {
      c.acknowledge(emotion, (String) spec.get("situation"));
    } else {
      c.acknowledge(emotion);
    }
    if (spec.containsKey("summary")) {
      c.summary((String) spec.get("summary"));
    }
    if (spec.containsKey("confirm")) {
      c.confirm((String) spec.get("confirm"));
    }
    c.actions((List<String>) spec.getOrDefault("actions", List.of("I’ve looked into it")));
    if (spec.containsKey("timeline")) {
      Map<String, Object> t = (Map<String, Object>) spec.get("timeline");
      Timeline timeline;
      if (t.containsKey("businessDays")) {
        timeline = Timeline.businessDays(((Number) t.get("businessDays")).intValue());
      } else if (t.containsKey("within")) {
        timeline = Timeline.within(Duration.parse((String) t.get("within")));
      } else {
        timeline = Timeline.by(LocalDate.parse(String.valueOf(t.get("by"))));
      }
      if (t.containsKey("owner")) {
        timeline = timeline.ownedBy(Owner.parse((String) t.get("owner")));
      }
      c.timeline(timeline);
    }
    if (spec.containsKey("followUp")) {
      c.followUp((String) spec.get("followUp"));
    }
    if (Boolean.TRUE.equals(spec.get("boundary"))) {
      c.boundary();
    }
    if (Boolean.FALSE.equals(spec.get("closing"))) {
      c.closing(false);
    }
    return c.build();
  }
}
