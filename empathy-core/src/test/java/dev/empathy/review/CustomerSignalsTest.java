package dev.empathy.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.signal.EmotionFinding;
import dev.empathy.signal.Escalation;
import dev.empathy.signal.EscalationLevel;
import dev.empathy.signal.EscalationSignal;
import dev.empathy.signal.Evidence;
import dev.empathy.signal.SignalKind;
import dev.empathy.signal.Signals;
import dev.empathy.signal.Suggestion;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The rubric checks a reply against what the signals found in the customer's message. */
class CustomerSignalsTest {
  private static final String CUSTOMER = "I'm really worried someone has my card details, I need this sorted by tonight";

  private static Signals anxiousAndUrgent(String text) {
    Evidence worried = new Evidence(10, 17, text.substring(10, 17));
    return new Signals(
        Locale.US,
        Emotion.ANXIOUS,
        List.of(new EmotionFinding(Emotion.ANXIOUS, 0.8, List.of(worried))),
        new Escalation(EscalationLevel.MEDIUM, List.of(new EscalationSignal(SignalKind.URGENCY, List.of(worried)))),
        new Suggestion(Emotion.ANXIOUS, false, false));
  }

  private final Reviewer listening = Reviewer.create(Locale.US, ReviewOptions.defaults(), CustomerSignalsTest::anxiousAndUrgent);
  private final ReviewContext context = ReviewContext.builder().customerText(CUSTOMER).build();

  @Test
  void aReplyThatNamesTheWorryKeepsFullValidation() {
    Review r = listening.review("I understand how worrying this is. I've frozen your card right now, and I'll call you by 6 pm today.", context);
    assertEquals(1.0, r.rubric().get(Criterion.VALIDATION).score());
    assertTrue(r.notes().stream().noneMatch(n -> n.contains("worried")), r.notes().toString());
  }

  @Test
  void aReplyThatIgnoresTheEmotionAndTheDeadlineIsCoached() {
    Review r = listening.review("I'm sorry about that. Your card has been noted.", context);
    assertTrue(r.rubric().get(Criterion.VALIDATION).score() <= 0.7);
    assertTrue(r.notes().stream().anyMatch(n -> n.contains("worried")), r.notes().toString());
    assertTrue(r.notes().stream().anyMatch(n -> n.contains("deadline")), r.notes().toString());
    Review withoutSignals = Reviewer.create(Locale.US, ReviewOptions.defaults()).review("I'm sorry about that. Your card has been noted.", context);
    assertTrue(r.score() < withoutSignals.score(), r.score() + " vs " + withoutSignals.score());
  }

  @Test
  void aGratefulCustomerNeedsNoTimeline() {
    Reviewer thanked =
        Reviewer.create(
            Locale.US,
            ReviewOptions.defaults(),
            text -> new Signals(Locale.US, Emotion.GRATEFUL, List.of(), new Escalation(EscalationLevel.NONE, List.of()), new Suggestion(Emotion.GRATEFUL, false, false)));
    Review r = thanked.review("Thank you so much for the kind words, it made our day! I've passed them on to the team.", ReviewContext.builder().customerText("You were great, thanks!").build());
    assertEquals(1.0, r.rubric().get(Criterion.EXPECTATIONS).score());
    assertTrue(r.score() >= 85, r.toString() + r.rubric());
  }
}
