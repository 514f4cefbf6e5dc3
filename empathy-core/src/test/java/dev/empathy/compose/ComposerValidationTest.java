package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ComposerValidationTest {
  private final Empathy empathy =
      Empathy.builder()
          .clock(Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC))
          .build();

  private static InvalidInputException rejects(String field, String message, Executable call) {
    InvalidInputException e = assertThrows(InvalidInputException.class, call);
    assertEquals(field, e.field());
    assertEquals(message, e.getMessage());
    return e;
  }

  @Test
  void blankTextFieldsAreRejectedByName() {
    rejects("summary", "summary must not be blank", () -> empathy.compose().summary(" \t\n"));
    rejects("summary", "summary must not be null", () -> empathy.compose().summary(null));
    rejects("customer", "customer must not be blank", () -> empathy.compose().customer(""));
    rejects("situation", "situation must not be blank",
        () -> empathy.compose().acknowledge(Emotion.ANGRY, "   "));
    rejects("followUp", "followUp must not be blank", () -> empathy.compose().followUp("\u0007"));
    rejects("actions[1]", "actions[1] must not be blank",
        () -> empathy.compose().action("refund").action(" "));
    rejects("emotion", "emotion must not be null", () -> empathy.compose().acknowledge((dev.empathy.Emotion) null));
  }

  /**
   * Session 21's probes: an action of punctuation alone ("..", "—") rendered "Worth knowing: .." in
   * every channel. It is refused like a blank one, naming the item and the rule; a figure or a word
   * in any script says something.
   */
  @Test
  void anActionWithoutALetterOrDigitIsRejectedByName() {
    rejects("actions[0]", "actions[0] must say what was done in words: \"..\" has no letter or digit",
        () -> empathy.compose().action(".."));
    rejects("actions[1]", "actions[1] must say what was done in words: \"—\" has no letter or digit",
        () -> empathy.compose().action("refunded the fee").action("—"));
    rejects("actions[0]", "actions[0] must say what was done in words: \"👍 !\" has no letter or digit",
        () -> empathy.compose().action("👍 !"));
    rejects("actions[0]", "actions[0] must say what was done in words: \"&\" has no letter or digit",
        () -> empathy.compose().action("&amp;amp;"));
    for (String fine : new String[] {"42", "返金済み", "✅ refunded"}) {
      Reply r = empathy.compose().acknowledge(Emotion.NEUTRAL).action(fine).build();
      assertTrue(r.block(BlockKind.ACTION).isPresent(), fine);
    }
  }

  /**
   * Session 21's probe g05: "&amp; refunded the $5 fee" said "& I’ve refunded…". A note opening
   * with a connector symbol (an agent's list, a web form's entity) is read without it, with a warning.
   */
  @Test
  void anActionOpeningWithAConnectorIsReadWithoutIt() {
    Reply r = empathy.compose().customer("Kim").acknowledge(Emotion.FRUSTRATED, "your order")
        .action("&amp; refunded the $5 fee").action("+ added free returns").build();
    String text = r.toPlainText();
    assertTrue(text.contains("I’ve refunded the $5 fee"), text);
    assertTrue(text.contains("added free returns"), text);
    assertFalse(text.contains("&") || text.contains("+ "), text);
    assertTrue(r.warnings().contains("actions[0]: a note opening with \"&\" is read without it (\"refunded the $5 fee\")"),
        r.warnings()::toString);
    assertTrue(empathy.compose().acknowledge(Emotion.NEUTRAL).action("checked AT&T's outage map").build()
        .toPlainText().contains("AT&T"));
  }

  @Test
  void negativeTurnIsRejected() {
    rejects("turn", "turn must be >= 0", () -> empathy.compose().conversation("c", -1));
    rejects("conversationId", "conversationId must not be null",
        () -> empathy.compose().conversation(null, 0));
  }

  @Test
  void defaultPolicyNeedsAcknowledgementAndAction() {
    rejects("acknowledgement", "acknowledgement is required: name the customer's feeling (emotion)",
        () -> empathy.compose().action("refund the charge").build());
    InvalidInputException e =
        assertThrows(InvalidInputException.class,
            () -> empathy.compose().acknowledge(Emotion.SAD).build());
    assertEquals("actions", e.field());
    assertTrue(e.getMessage().startsWith("actions must have at least 1 entry"), e.getMessage());
  }

  @Test
  void policyIsConfigurable() {
    Reply bare = empathy.compose().policy(ReplyPolicy.LENIENT).closing(false).build();
    assertEquals(List.of(BlockKind.GREETING), bare.blocks().stream().map(Block::kind).toList());

    ReplyPolicy strict = ReplyPolicy.builder().minActions(2).requireTimeline(true).build();
    Empathy strictEmpathy = empathy.toBuilder().policy(strict).build();
    assertEquals("actions",
        assertThrows(InvalidInputException.class,
            () -> strictEmpathy.compose().acknowledge(Emotion.NEUTRAL).action("a").build()).field());
    assertEquals("timeline",
        assertThrows(InvalidInputException.class,
            () -> strictEmpathy.compose().acknowledge(Emotion.NEUTRAL).action("a").action("b").build())
            .field());
    rejects("minActions", "minActions must be >= 0", () -> ReplyPolicy.builder().minActions(-1));
  }

  @Test
  void timelineRulesNameTheirField() {
    rejects("timeline.within", "timeline.within must be at least one minute but was PT0S",
        () -> Timeline.within(Duration.ZERO));
    rejects("timeline.businessDays", "timeline.businessDays must be between 1 and 260 but was 0",
        () -> Timeline.businessDays(0));
    rejects("timeline.by", "timeline.by must not be null", () -> Timeline.by(null));
    rejects("timeline.by",
        "timeline.by must not be in the past (2026-11-24 is before 2026-11-25)",
        () -> empathy.compose().acknowledge(Emotion.NEUTRAL).action("a")
            .timeline(Timeline.by(LocalDate.of(2026, 11, 24))).build());
    rejects("owner", "owner must not be blank", () -> Owner.parse(" "));
  }

  @Test
  void unknownEmotionLabelListsTheVocabulary() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Emotion.fromLabel("happy"));
    assertEquals("emotion", e.field());
    assertTrue(e.getMessage().contains("pressed-for-time"), e.getMessage());
    assertEquals(Emotion.PRESSED_FOR_TIME, Emotion.fromLabel(" Pressed_For_Time "));
  }

  @Test
  void localeTagMustBeWellFormed() {
    rejects("locale", "locale must not be blank", () -> Empathy.builder().locale(" "));
    assertEquals("locale",
        assertThrows(InvalidInputException.class, () -> Empathy.builder().locale("12345")).field());
  }
}
