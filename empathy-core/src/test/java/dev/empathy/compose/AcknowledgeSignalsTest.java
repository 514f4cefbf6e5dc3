package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Empathy;
import dev.empathy.InvalidInputException;
import dev.empathy.signal.Signals;
import org.junit.jupiter.api.Test;

/** acknowledge(Signals, situation): what the analyser heard, about what the customer named. */
class AcknowledgeSignalsTest {
  private static final Empathy EMPATHY = Empathy.create();

  @Test
  void theHeardFeelingIsAcknowledgedAboutTheNamedSituation() {
    Signals signals = EMPATHY.analyze("Third time I'm writing about this!!! Still no refund.");
    Reply withSituation =
        EMPATHY.compose().acknowledge(signals, "the missing refund").action("I’ve sent the refund").build();
    Reply without = EMPATHY.compose().acknowledge(signals).action("I’ve sent the refund").build();

    Block ack = withSituation.block(BlockKind.ACKNOWLEDGEMENT).orElseThrow();
    assertTrue(ack.text().contains("the missing refund"), ack.text());
    assertEquals(
        without.block(BlockKind.ACKNOWLEDGEMENT).orElseThrow().facts().get("emotion"),
        ack.facts().get("emotion"),
        "the same feeling as acknowledge(signals) alone");
  }

  @Test
  void aBoundaryFromTheSignalsIsKept() {
    Signals abuse = EMPATHY.analyze("You lot are useless idiots, third time I'm asking");
    Reply reply = EMPATHY.compose().acknowledge(abuse, "the late refund").action("I’ve sent the refund").build();
    assertEquals(abuse.suggestion().boundary(), reply.block(BlockKind.BOUNDARY).isPresent());
  }

  @Test
  void aBlankSituationIsNamed() {
    Signals signals = EMPATHY.analyze("Where is my parcel?");
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> EMPATHY.compose().acknowledge(signals, "  "));
    assertEquals("situation", e.field());
  }
}
