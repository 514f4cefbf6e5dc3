package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Two openings a strong agent gets right (reply-en, session 18). A safety instruction among the
 * actions ("stop using it and unplug it") is said first and plainly, never after "Good news:" or
 * "Here’s what I found:". A short question ("where is my order??") is answered, not recapped, and
 * opened as a person would: never "Nobody wants to deal with your order" to a customer who only
 * asked where it is.
 */
class SafetyAndShortQuestionTest {
  private static final Empathy EN = Empathy.builder().locale(Locale.US)
      .clock(Clock.fixed(Instant.parse("2026-12-07T15:00:00Z"), ZoneOffset.UTC)).build();

  private static final Pattern CHEER = Pattern.compile("(?i)good news|what I found|worth knowing|so that part is done|to explain,");

  /** Wherever the agent typed it, the safety instruction opens the actions, after "Please", with no cheer before it. */
  @Property(tries = 150)
  void aSafetyInstructionGoesFirstAndPlainly(@ForAll("safety") String instruction, @ForAll("otherNotes") List<String> others,
      @ForAll @IntRange(min = 0, max = 3) int position, @ForAll("fearful") Emotion emotion, @ForAll @IntRange(min = 0, max = 50) int conversation) {
    List<String> actions = new ArrayList<>(others);
    actions.add(Math.min(position, actions.size()), instruction);
    Reply r = EN.compose().conversation("c" + conversation, 0).customer("Helen").acknowledge(emotion, "the space heater")
        .summary("my heater sparked and smells like burning, is it safe??").actions(actions).build();
    Block first = r.blocks().stream().filter(b -> b.kind() == BlockKind.ACTION).findFirst().orElseThrow();
    assertEquals(instruction, first.items().get(0), () -> r.toPlainText());
    String bare = instruction.replaceFirst("(?i)^please ", "");
    assertTrue(first.text().startsWith("Please " + bare), () -> first.text());
    String before = r.toPlainText().substring(0, r.toPlainText().indexOf(bare));
    assertFalse(CHEER.matcher(before).find(), () -> r.toPlainText());
    assertTrue(r.has(dev.empathy.phrase.Moment.SAFETY));
  }

  private static final Pattern PROBLEM = Pattern.compile(
      "(?i)sorry|apolog|deal with|headache|fed up|hassle|frustrat|anger|angry|upset|rough time|let (you|it) down|patience|shouldn.t have|letdown|worr|on edge");

  /**
   * A one-line question of a few words gets no recap and an acknowledgement that names nothing as
   * a problem the customer did not call one, whatever the feeling the agent picked.
   */
  @Property(tries = 200)
  void aShortQuestionIsAnsweredNotRecapped(@ForAll("questions") String question, @ForAll("things") String thing,
      @ForAll Emotion emotion, @ForAll @IntRange(min = 0, max = 50) int conversation) {
    Composer c = EN.compose().conversation("q" + conversation, 0).customer("Bo").summary(question.replace("{thing}", thing))
        .action("order out for delivery today");
    Reply r = (conversation % 2 == 0 ? c.acknowledge(emotion, "my " + thing) : c.acknowledge(emotion)).build();
    assertTrue(r.block(BlockKind.SUMMARY).isEmpty(), () -> r.toPlainText());
    String ack = r.block(BlockKind.ACKNOWLEDGEMENT).orElseThrow().text();
    assertFalse(PROBLEM.matcher(ack).find(), () -> question + " / " + emotion + ": " + ack);
    assertTrue(ack.split(" ").length <= 14, () -> ack);
    assertTrue(r.warnings().stream().anyMatch(w -> w.contains("is a short question")), () -> r.warnings().toString());
  }

  /** A longer message with a question in it is still recapped: only a short question is answered without one. */
  @Property(tries = 60)
  void aLongerMessageIsStillRecapped(@ForAll("things") String thing, @ForAll("fearful") Emotion emotion) {
    Reply r = EN.compose().customer("Bo").acknowledge(emotion, "my " + thing)
        .summary("ordered my " + thing + " two weeks ago and it still hasn’t shipped, where is it??").action("order out for delivery today").build();
    assertTrue(r.block(BlockKind.SUMMARY).isPresent(), () -> r.toPlainText());
  }

  @Provide
  Arbitrary<String> safety() {
    return Arbitraries.of("stop using it and unplug it", "Stop using the seat until the fix kit arrives", "unplug the heater now",
        "leave the house now and call 911", "please leave the house and call 911 from outside", "turn off the gas at the meter",
        "do not use the charger", "don’t use it until the recall kit arrives", "Evacuate the building",
        // reply-en s23: a stranded driver's instruction was read as a thing ("The stay is in a safe place")
        "stay in a safe place away from traffic", "pull over and switch on your hazard lights");
  }

  @Provide
  Arbitrary<List<String>> otherNotes() {
    return Arbitraries.of("free replacement shipping today", "refund issued", "emergency crew dispatched, ETA 20 min", "recall kit ships tomorrow",
        "case #4471 opened", "Full refund").list().ofMinSize(1).ofMaxSize(3).uniqueElements();
  }

  @Provide
  Arbitrary<Emotion> fearful() {
    return Arbitraries.of(Emotion.ANXIOUS, Emotion.FRUSTRATED, Emotion.CONFUSED, Emotion.NEUTRAL, Emotion.ANGRY);
  }

  @Provide
  Arbitrary<String> questions() {
    return Arbitraries.of("where is my {thing}??", "{thing}??", "{thing} status?", "wheres my {thing}", "where's my {thing} 😤",
        "WHERE IS MY {thing}?!", "any update on my {thing}?", "when will my {thing} arrive", "hello where is my {thing}?",
        "did my {thing} ship?", "@acme where is my {thing}?");
  }

  @Provide
  Arbitrary<String> things() {
    return Arbitraries.of("order", "refund", "package", "parcel", "replacement", "new card", "tix", "delivery", "pizza");
  }
}
