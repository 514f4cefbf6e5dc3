package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.Register;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A conversation of four to six turns in English never says the same opening or the same closing
 * twice, for any feeling: turn 3 that opened as turn 1 did ("I appreciate you bearing with me on
 * your order." twice) reads as a bot going round in a loop. The first turn opens with a first-turn
 * phrase and the later turns with later ones, so five later variants per feeling are needed, and
 * a rule that takes every variant once before any comes back.
 */
class SixTurnConversationProperties {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T15:00:00Z"), ZoneOffset.UTC);
  private static final Map<String, Empathy> INSTANCES = new ConcurrentHashMap<>();

  private static Empathy empathy(String tag, Register register) {
    return INSTANCES.computeIfAbsent(tag + "/" + register,
        k -> Empathy.builder().locale(Locale.forLanguageTag(tag)).register(register).clock(CLOCK).build());
  }

  @Provide
  Arbitrary<String> situations() {
    // A noun phrase as agents type it, or none (the feeling alone is named).
    return Arbitraries.of("", "your order", "the double charge", "the app", "my refund", "the wifi in room 12",
        "your subscription", "the late fee", "my flight credit", "the engineer visit");
  }

  @Property(tries = 300)
  void noOpeningOrClosingComesBackWithinSixTurns(
      @ForAll String conversationId,
      @ForAll Emotion emotion,
      @ForAll("situations") String situation,
      @ForAll boolean british,
      @ForAll Register register,
      @ForAll @IntRange(min = 4, max = 6) int turns) {
    Empathy e = empathy(british ? "en-GB" : "en-US", register);
    List<String> openings = new ArrayList<>();
    List<String> closings = new ArrayList<>();
    for (int turn = 0; turn < turns; turn++) {
      Composer c = e.compose().conversation(conversationId, turn).customer("Priya");
      c = situation.isEmpty() ? c.acknowledge(emotion) : c.acknowledge(emotion, situation);
      Reply r = c.action("I’ve checked it with the billing team").build();
      String opening = r.block(BlockKind.ACKNOWLEDGEMENT).orElseThrow().text();
      String closing = r.block(BlockKind.CLOSING).orElseThrow().text();
      int t = turn;
      assertFalse(openings.contains(opening), () -> emotion + " " + register + " turn " + t + " opens as an earlier turn did: "
          + opening + " (" + openings + ")");
      assertFalse(closings.contains(closing), () -> emotion + " " + register + " turn " + t + " closes as an earlier turn did: "
          + closing + " (" + closings + ")");
      openings.add(opening);
      closings.add(closing);
    }
  }
}
