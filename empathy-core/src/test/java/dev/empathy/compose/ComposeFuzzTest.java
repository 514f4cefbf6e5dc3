package dev.empathy.compose;

import static dev.empathy.Fuzzing.cleanOutput;
import static dev.empathy.Fuzzing.maybe;
import static dev.empathy.Fuzzing.orRejected;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.Fuzzing;
import dev.empathy.Register;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzz test of {@link Composer}: any text in every field, any timeline, clock, zone, register and
 * language either composes a reply that keeps its promises or is rejected with an
 * {@link dev.empathy.InvalidInputException} naming the field. A reply carries no control, bidi or
 * broken character, and its greeting never names a number, an address or an id.
 *
 * <p>{@code mvn verify} replays {@code ComposeFuzzTestInputs/}; {@code JAZZER_FUZZ=1 mvn -pl
 * empathy-core test -Dtest=ComposeFuzzTest} fuzzes for real.
 */
class ComposeFuzzTest {
  private static final List<String> ZONES = List.of("UTC", "America/New_York", "Pacific/Kiritimati", "Asia/Tokyo", "Europe/Lisbon");

  @FuzzTest(maxDuration = "60s")
  void anyRequestComposesOrIsRejectedByName(FuzzedDataProvider data) {
    String locale = data.pickValue(Fuzzing.LOCALES);
    Register register = data.pickValue(Register.values());
    Emotion emotion = data.consumeBoolean() ? data.pickValue(Emotion.values()) : null;
    Instant now = data.consumeBoolean()
        ? Instant.parse("2026-03-02T10:00:00Z").plusSeconds(data.consumeLong(-400L * 86400 * 366, 400L * 86400 * 366))
        : Instant.ofEpochSecond(data.consumeLong(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()));
    ZoneId zone = ZoneId.of(data.pickValue(ZONES));
    int turn = data.consumeInt(-2, 50);
    Timeline timeline = timeline(data);
    boolean boundary = data.consumeBoolean();
    boolean closing = data.consumeBoolean();
    String conversation = data.consumeString(20);
    String customer = maybe(data, 60);
    String situation = maybe(data, 300);
    String summary = maybe(data, 300);
    String confirm = maybe(data, 120);
    String followUp = maybe(data, 200);
    List<String> actions = new ArrayList<>();
    for (int n = data.consumeInt(0, 4); n > 0; n--) {
      actions.add(data.consumeString(200));
    }

    Reply reply = orRejected(() -> {
      Empathy empathy = Empathy.builder().locale(locale).register(register).clock(Clock.fixed(now, ZoneOffset.UTC)).build();
      Composer c = empathy.compose().conversation(conversation, turn).zone(zone);
      if (customer != null) {
        c.customer(customer);
      }
      if (emotion != null) {
        if (situation != null) {
          c.acknowledge(emotion, situation);
        } else {
          c.acknowledge(emotion);
        }
      }
      if (summary != null) {
        c.summary(summary);
      }
      if (confirm != null) {
        c.confirm(confirm);
      }
      c.actions(actions);
      if (timeline != null) {
        c.timeline(timeline);
      }
      if (followUp != null) {
        c.followUp(followUp);
      }
      if (boundary) {
        c.boundary();
      }
      return c.closing(closing).build();
    });
    if (reply == null) {
      return;
    }
    String text = reply.toPlainText();
    assertFalse(text.isBlank(), "a reply has text");
    cleanOutput(text, "reply");
    for (Block b : reply.blocks()) {
      cleanOutput(b.text(), b.kind().name());
    }
    for (String w : reply.warnings()) {
      assertFalse(w.isBlank(), "blank warning");
    }
    reply.block(BlockKind.GREETING).ifPresent(g -> assertTrue(
        g.text().codePoints().noneMatch(Character::isDigit),
        () -> "a greeting names a number, an address or an id: " + g.text() + " (customer " + customer + ")"));
  }

  private static Timeline timeline(FuzzedDataProvider data) {
    Timeline t = switch (data.consumeInt(0, 3)) {
      case 0 -> null;
      case 1 -> orRejected(() -> Timeline.within(Duration.ofSeconds(data.consumeLong(Long.MIN_VALUE / 2, Long.MAX_VALUE / 2))));
      case 2 -> orRejected(() -> Timeline.businessDays(data.consumeInt()));
      default -> orRejected(() -> Timeline.by(LocalDate.ofEpochDay(
          data.consumeLong(ChronoField.EPOCH_DAY.range().getMinimum(), ChronoField.EPOCH_DAY.range().getMaximum()))));
    };
    if (t == null) {
      return null;
    }
    return switch (data.consumeInt(0, 3)) {
      case 0 -> t;
      case 1 -> t.ownedBy(Owner.team());
      case 2 -> orRejected(() -> t.ownedBy(Owner.named(data.consumeString(40))));
      default -> orRejected(() -> t.ownedBy(Owner.parse(data.consumeString(40))));
    };
  }
}
