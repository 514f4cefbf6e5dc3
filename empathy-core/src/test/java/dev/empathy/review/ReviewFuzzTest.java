package dev.empathy.review;

import static dev.empathy.Fuzzing.cleanOutput;
import static dev.empathy.Fuzzing.maybe;
import static dev.empathy.Fuzzing.orRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.empathy.Empathy;
import dev.empathy.Fuzzing;
import dev.empathy.signal.Evidence;
import dev.empathy.text.Graphemes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fuzz test of {@link Reviewer}: any draft, customer message and channel name, in any supported
 * language, is reviewed or rejected naming the field. Every finding and every piece of rubric
 * evidence quotes the draft at grapheme boundaries; scores stay in range; reasons and
 * suggestions are present and clean; a known channel is accepted and an unknown one rejected.
 *
 * <p>{@code mvn verify} replays {@code ReviewFuzzTestInputs/}; {@code JAZZER_FUZZ=1 mvn -pl
 * empathy-core test -Dtest=ReviewFuzzTest} fuzzes for real.
 */
class ReviewFuzzTest {
  private static final List<String> CHANNELS = List.of("chat", "email", "social", "sms", "voice");
  private static final Map<String, Empathy> EMPATHY = new ConcurrentHashMap<>();

  @FuzzTest(maxDuration = "60s")
  void anyDraftIsReviewedOrRejectedByName(FuzzedDataProvider data) {
    String tag = data.pickValue(Fuzzing.LOCALES);
    String channel = data.consumeBoolean() ? data.pickValue(CHANNELS) : maybe(data, 12);
    String customer = maybe(data, 400);
    String draft = data.consumeRemainingAsString();
    Empathy empathy = EMPATHY.computeIfAbsent(tag, t -> Empathy.builder().locale(t).build());

    ReviewContext context = orRejected(() -> {
      ReviewContext.Builder b = ReviewContext.builder();
      if (customer != null) {
        b.customerText(customer);
      }
      if (channel != null) {
        b.channel(channel);
      }
      return b.build();
    });
    if (context == null) {
      assertFalse(channel == null || CHANNELS.contains(channel), () -> "a known channel was rejected: " + channel);
      return;
    }
    Review r = orRejected(() -> empathy.review(draft, context));
    if (r == null) {
      return;
    }
    assertTrue(r.score() >= 0 && r.score() <= 100, () -> "score " + r.score());
    assertTrue(r.empathyScore() >= 0 && r.empathyScore() <= 100, () -> "empathy score " + r.empathyScore());
    for (FrictionFinding f : r.findings()) {
      span(draft, f.start(), f.end(), f.text(), f.toString());
      assertFalse(f.reason().isBlank() || f.suggestion().isBlank(), f::toString);
      cleanOutput(f.reason(), "reason");
      cleanOutput(f.suggestion(), "suggestion");
    }
    assertEquals(Criterion.values().length, r.rubric().size());
    for (RubricScore s : r.rubric().values()) {
      assertTrue(s.score() >= 0 && s.score() <= 1, s::toString);
      for (Evidence e : s.evidence()) {
        span(draft, e.start(), e.end(), e.text(), e.toString());
      }
    }
  }

  private static void span(String draft, int start, int end, String text, String what) {
    assertTrue(0 <= start && start <= end && end <= draft.length(), () -> "out of range: " + what);
    assertEquals(draft.substring(start, end), text, what);
    assertTrue(Graphemes.isBoundary(draft, start) && Graphemes.isBoundary(draft, end), () -> "inside a grapheme: " + what);
  }
}
