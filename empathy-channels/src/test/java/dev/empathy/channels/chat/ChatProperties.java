package dev.empathy.channels.chat;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.channel.Channels;
import dev.empathy.channel.Overflow;
import dev.empathy.channel.RenderOptions;
import dev.empathy.channel.Rendered;
import dev.empathy.channels.AnyReply;
import dev.empathy.compose.Reply;
import java.util.Map;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Chat bubbles fit their platform, keep graphemes whole, and carry no mention from input. */
class ChatProperties {
  private static final Map<String, Integer> PLATFORM = Map.of("slack", 40_000, "teams", 28_000, "whatsapp", 4096, "messenger", 2000);
  /** Slack's mention and broadcast syntax: any of these in output would notify people. */
  private static final Pattern SLACK_TOKEN = Pattern.compile("<!channel>|<!here>|<!everyone>|<@[UW]|<#C|<!subteam\\^", Pattern.CASE_INSENSITIVE);

  @Provide
  Arbitrary<Reply> replies() {
    return AnyReply.replies();
  }

  @Provide
  Arbitrary<String> flavors() {
    return Arbitraries.of("web", "slack", "teams", "whatsapp", "messenger");
  }

  @Provide
  Arbitrary<Overflow> overflows() {
    return Arbitraries.of(Overflow.SPLIT, Overflow.SHORTEN);
  }

  @Property(tries = 200)
  void bubblesFitAndKeepTheirPromises(
      @ForAll("replies") Reply reply,
      @ForAll("flavors") String flavor,
      @ForAll("overflows") Overflow overflow,
      @ForAll @IntRange(min = 20, max = 400) int bubble) {
    Rendered r = Channels.require("chat").render(reply, RenderOptions.builder().flavor(flavor).overflow(overflow).limit(bubble).build());
    assertTrue(r.length().value() <= bubble, () -> "bubble of " + r.length().value() + " graphemes, limit " + bubble);
    for (String part : r.parts()) {
      Integer hard = PLATFORM.get(flavor);
      if (hard != null) {
        assertTrue(part.length() <= hard, () -> flavor + " part of " + part.length() + " UTF-16 units");
      }
      assertFalse(part.isBlank(), "no empty bubble");
      assertFalse(AnyReply.splitsAGrapheme(part), () -> "bubble cut inside a grapheme: " + part);
      if (flavor.equals("slack")) {
        assertFalse(SLACK_TOKEN.matcher(part).find(), () -> "mention or broadcast token in: " + part);
        assertFalse(Pattern.compile("(?<!&)<").matcher(part).find(), "every < is escaped");
      }
      if (flavor.equals("teams")) {
        assertFalse(part.replace("<b>", "").replace("</b>", "").replace("<br>", "").contains("<"), () -> "markup from input in: " + part);
      }
    }
    if (reply.turn() > 0 && !r.parts().isEmpty()) {
      assertFalse(r.parts().get(0).startsWith("Hi ") || r.parts().get(0).startsWith("Hello"), "greeting only on the first turn");
    }
  }
}
