package dev.empathy.compose;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

/** The en-US instance and the one-block reply the read-aloud rounds build their cases from. */
final class ReadAloudReplies {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC);
  static final Empathy US = Empathy.builder().locale(Locale.US).clock(CLOCK).build();

  private ReadAloudReplies() {}

  /** A reply to Sue acknowledging {@code situation} with {@code emotion}, with one action. */
  static Reply reply(String conversation, Emotion emotion, String situation, String action) {
    return US.compose().conversation(conversation, 0).customer("Sue").acknowledge(emotion, situation).action(action).build();
  }
}
