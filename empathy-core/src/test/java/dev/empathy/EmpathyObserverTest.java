package dev.empathy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.EmpathyObserver.Operation;
import dev.empathy.channel.RenderOptions;
import dev.empathy.compose.Reply;
import dev.empathy.signal.EscalationLevel;
import dev.empathy.signal.Signals;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The metrics hook: each operation reported once, failures marked, escalation levels passed on. */
class EmpathyObserverTest {
  private final List<String> seen = new ArrayList<>();
  private final List<EscalationLevel> levels = new ArrayList<>();

  private final EmpathyObserver recorder =
      new EmpathyObserver() {
        @Override
        public void timed(Operation operation, Locale locale, long nanos, boolean failed) {
          assertTrue(nanos >= 0);
          seen.add(operation.label() + (failed ? "!" : "") + "@" + locale.toLanguageTag());
        }

        @Override
        public void escalation(EscalationLevel level, Locale locale) {
          levels.add(level);
        }
      };

  @Test
  void everyOperationIsReportedOnce() {
    Empathy empathy = Empathy.builder().locale(Locale.UK).observer(recorder).build();
    Reply reply = empathy.compose().acknowledge(Emotion.ANXIOUS, "the delayed flight").action("I’ve rebooked you").build();
    Signals signals = empathy.analyze("Where is my refund?? This is the third time!");
    empathy.render(reply, "plain", RenderOptions.defaults());
    assertEquals(List.of("compose@en-GB", "analyze@en-GB", "render@en-GB"), seen);
    assertEquals(List.of(signals.escalation().level()), levels);

    seen.clear();
    empathy.review("We apologize for any inconvenience.");
    assertEquals(List.of("review@en-GB"), seen);
  }

  @Test
  void aFailureIsReportedAndStillThrown() {
    Empathy empathy = Empathy.builder().observer(recorder).build();
    assertThrows(InvalidInputException.class, () -> empathy.compose().build());
    assertThrows(InvalidInputException.class, () -> empathy.review("  "));
    assertEquals(List.of("compose!@en-US", "review!@en-US"), seen);
  }

  @Test
  void aCopyKeepsTheObserver() {
    Empathy french = Empathy.builder().observer(recorder).build().toBuilder().locale(Locale.FRANCE).build();
    french.analyze("Merci, c'est réglé !");
    assertEquals(List.of("analyze@fr-FR"), seen);
  }
}
