package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * On a later turn the customer points back at the case they already told us about ("this still
 * isnt here", "it's down again", "that didnt fix it, still dropping"): the reply answers it and
 * moves the case on, never says it back ("So we’re on the same page: this still isnt here" reads
 * as a bot). On a first turn there is no case yet, so the same words are still said back.
 */
class PointingBackLaterTurnsProperties {
  private static final Empathy EN = Empathy.builder().locale(Locale.US)
      .clock(Clock.fixed(Instant.parse("2026-12-07T15:00:00Z"), ZoneOffset.UTC)).build();

  @Provide
  Arbitrary<String> pointingBack() {
    Arbitrary<String> opener = Arbitraries.of("this", "This", "it", "It", "its", "it's", "It’s", "that", "That", "thats",
        "THIS", "they", "these");
    Arbitrary<String> rest = Arbitraries.of("still isnt here", "didnt fix it", "still dropping", "is getting silly",
        "been 3 more days", "was a week ago and its not back", "still isnt there!!", "down AGAIN",
        "came broken lol", "never showed up 🙄", "charged me twice again", "says delivered but nope",
        "still says pending @ 3pm", "keeps crashing on iOS 17.2", "&amp; nothing changed", "ok now its worse")
        .list().ofMinSize(1).ofMaxSize(2).map(l -> String.join(", ", l));
    return Combinators.combine(opener, rest, Arbitraries.of("", "?", "!!", " 😡", "...")).as((o, r, end) -> o + " " + r + end)
        .filter(s -> s.split("\\s+").length <= 16);
  }

  @Property(tries = 200)
  void aLaterTurnThatPointsBackIsAnsweredNotSaidBack(
      @ForAll("pointingBack") String summary,
      @ForAll Emotion emotion,
      @ForAll @IntRange(min = 1, max = 5) int turn) {
    Reply r = EN.compose().conversation("case-7", turn).customer("Bea").acknowledge(emotion, "my order")
        .summary(summary).action("I’ve opened a trace with the carrier").build();
    String text = r.toPlainText();
    assertFalse(r.block(BlockKind.SUMMARY).isPresent(), () -> "turn " + turn + " says back \"" + summary + "\": " + text);
    assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("summary: ") && w.contains("later turn")), r.warnings()::toString);
    assertTrue(text.contains("trace"), () -> "the answer is missing: " + text);
  }

  @Example
  void aFirstTurnStillSaysItBack() {
    Reply r = EN.compose().conversation("case-8", 0).customer("Bea").acknowledge(Emotion.FRUSTRATED, "my order")
        .summary("it arrived with the screen cracked").action("I’m sending a replacement today").build();
    assertTrue(r.block(BlockKind.SUMMARY).isPresent(), r::toPlainText);
  }

  @Example
  void aLaterTurnWithNewsOfItsOwnIsStillSaidBack() {
    // Opens with its own subject, not a word pointing back: "the parcel is lost" is news to restate.
    for (String s : List.of("the courier says the parcel is lost", "my neighbour got a card from the courier today")) {
      Reply r = EN.compose().conversation("case-9", 2).customer("Bea").acknowledge(Emotion.FRUSTRATED, "my order")
          .summary(s).action("I’ve opened a trace with the carrier").build();
      assertTrue(r.block(BlockKind.SUMMARY).isPresent(), r::toPlainText);
    }
  }
}
