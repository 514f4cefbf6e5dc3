package dev.empathy.channels.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.InvalidInputException;
import dev.empathy.channel.Change;
import dev.empathy.channel.Channels;
import dev.empathy.channel.RenderOptions;
import dev.empathy.channel.Rendered;
import dev.empathy.channels.Replies;
import dev.empathy.compose.Reply;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * One emoji sent a whole text as UCS-2 (70 characters a segment, not 160): "you guys are the best
 * 🙌🙌" cost two segments and the closing. Emoji are left out when that saves a segment, with a
 * {@code reencoded} change; {@code sms.emoji=keep} keeps them.
 */
class SmsEmojiTest {
  private static final Empathy US = Empathy.builder().locale(Locale.US).clock(Clock.fixed(Replies.NOW, ZoneOffset.UTC)).build();

  // The customer's emoji that end a clause are not said back (core); an emoji with words after it
  // stands for a word and reaches the channel, which is what these examples carry.
  private static Reply grateful(String summary) {
    return US.compose().conversation("emoji-sms", 0).customer("Lena")
        .acknowledge(Emotion.GRATEFUL, "the fast fix").summary(summary).actions(List.of()).build();
  }

  private static Rendered sms(Reply reply, RenderOptions options) {
    return Channels.require("sms").render(reply, options);
  }

  @Example
  void emojiThatForceUcs2AreLeftOutWhenThatSavesASegment() {
    Rendered with = sms(grateful("you guys 🙌🙌 are the best"), RenderOptions.defaults());
    assertEquals("GSM-7", with.field("encoding").orElseThrow(), with.text());
    assertFalse(with.text().contains("🙌"), with.text());
    assertTrue(with.text().contains("are the best"), with.text());
    assertTrue(with.changes().stream().anyMatch(c -> c.kind() == Change.Kind.REENCODED && c.detail().startsWith("left out emoji")),
        with.changes().toString());
  }

  @Example
  void keepKeepsThem() {
    Rendered kept = sms(grateful("the 🙌 thanks"), RenderOptions.builder().option("sms.emoji", "keep").build());
    assertEquals("UCS-2", kept.field("encoding").orElseThrow());
    assertTrue(kept.text().contains("🙌"), kept.text());
  }

  @Example
  void anUnknownValueIsRefusedNamingTheOption() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> sms(grateful("thanks 🙌"), RenderOptions.builder().option("sms.emoji", "drop").build()));
    assertTrue(e.getMessage().contains("sms.emoji must be auto or keep"), e.getMessage());
  }

  @Example
  void anEmojiBesideTextThatNeedsUcs2AnywayStays() {
    // Greek capitals need UCS-2 whatever happens to the emoji: leaving it out saves nothing.
    Rendered r = sms(grateful("ευχαριστώ 🙌 πολύ"), RenderOptions.defaults());
    assertEquals("UCS-2", r.field("encoding").orElseThrow(), r.text());
    assertTrue(r.text().contains("🙌"), r.text());
  }

  @Provide
  Arbitrary<String> summaries() {
    return Arbitraries.of("great", "job", "🙌", "👍🏽", "🇬🇧", "thanks", "é", "ã", "—", ".", "!", "so", "fast", "❤️")
        .list().ofMinSize(1).ofMaxSize(60).map(words -> String.join(" ", words));
  }

  @Property(tries = 60)
  void neverAnEmptyPartNorAnEmojiLeftOutThatStays(@ForAll("summaries") String summary) {
    // Leaving emoji out may keep more of the reply (GSM-7 fits more), so it is never measured
    // against keeping them: each part says something, and "left out" means left out.
    Rendered auto = sms(grateful("you said " + summary), RenderOptions.defaults());
    assertTrue(auto.parts().stream().noneMatch(String::isBlank), auto.parts().toString());
    assertTrue(auto.length().value() <= 3, auto.length().toString());
    if (auto.changes().stream().anyMatch(c -> c.detail().startsWith("left out emoji"))) {
      assertFalse(auto.text().matches("(?s).*[\\x{1F300}-\\x{1FAFF}].*"), auto.text());
    }
  }
}
