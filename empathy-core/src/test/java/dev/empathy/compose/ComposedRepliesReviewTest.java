package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.Register;
import dev.empathy.review.FrictionFinding;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The composer never writes what our own reviewer flags: a generated corpus of English replies
 * (every emotion, both registers, US and UK, with and without summary, confirmation, timeline and
 * follow-up, actions of every clause kind, light-hearted and bereavement moments, many
 * conversations so every variant comes up) is reviewed, and no reply may have a friction finding.
 */
class ComposedRepliesReviewTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC);

  /** One action of each clause kind: done, promise, instruction, information, question. */
  private static final List<String> ACTIONS = List.of("I’ve refunded the delivery fee", "I’ll send a replacement today",
      "Please keep the box for the courier", "The second invoice is for your storage plan",
      "Could you send a photo of the label?");
  private static final List<String> SITUATIONS = List.of("the parcel that arrived late", "the two charges on your card",
      "your joke about our hold music", "the bills still arriving in your late husband’s name");
  private static final List<String> FOLLOW_UPS = List.of("I’ll email you when the parcel ships",
      "Let me know if it still happens", "Your new card is on its way");

  @Test
  void noReplyWeComposeHasAFindingOfOurOwnReviewer() {
    List<String> flagged = new ArrayList<>();
    java.util.Map<String, Integer> byRule = new java.util.TreeMap<>();
    int reviewed = 0;
    int conv = 0;
    for (Locale locale : List.of(Locale.US, Locale.UK)) {
      for (Register register : Register.values()) {
        Empathy e = Empathy.builder().locale(locale).register(register).clock(CLOCK).build();
        for (Emotion emotion : Emotion.values()) {
          for (int shape = 0; shape < 32; shape++) {
            for (int k = 0; k < ACTIONS.size(); k++) {
              Composer c = e.compose().conversation("review-" + conv++, shape % 3).customer("Robin Hale");
              String situation = SITUATIONS.get((shape + k) % SITUATIONS.size());
              if ((shape & 1) != 0) {
                c.acknowledge(emotion, situation);
              } else {
                c.acknowledge(emotion);
              }
              if ((shape & 2) != 0) {
                c.summary("your order came four days after the date we promised");
              }
              if ((shape & 4) != 0) {
                c.timeline(k % 2 == 0 ? Timeline.businessDays(1 + shape % 4)
                    : Timeline.within(Duration.ofHours(2)).ownedBy(Owner.named("billing team")));
              }
              if ((shape & 8) != 0) {
                c.followUp(FOLLOW_UPS.get((shape + k) % FOLLOW_UPS.size()));
              }
              if ((shape & 16) != 0) {
                c.confirm("the order ending in 4471");
              }
              c.action(ACTIONS.get(k));
              if (k % 2 == 1) {
                c.action(ACTIONS.get((k + 2) % ACTIONS.size()));
              }
              String text = c.build().toPlainText();
              List<FrictionFinding> found = e.review(text).findings();
              found.forEach(f -> byRule.merge(f.rule() + " \"" + f.text() + "\"", 1, Integer::sum));
              if (!found.isEmpty()) {
                flagged.add(found.stream().map(f -> f.rule() + " \"" + f.text() + "\"").toList() + " in\n" + text);
              }
              reviewed++;
            }
          }
        }
      }
    }
    assertTrue(reviewed > 5000, "reviewed " + reviewed);
    assertTrue(flagged.isEmpty(), () -> flagged.size() + " of the composed replies have findings " + byRule + "; the first ones:\n"
        + String.join("\n----\n", flagged.subList(0, Math.min(8, flagged.size()))));
  }
}
