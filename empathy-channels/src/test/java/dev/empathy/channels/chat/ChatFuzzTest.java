package dev.empathy.channels.chat;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.empathy.channel.Rendered;
import dev.empathy.channels.FuzzedReply;
import dev.empathy.compose.Reply;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Fuzz test of the chat channel in every flavor: any reply renders (or is rejected by name),
 * bubbles keep the platform's hard limit and the caller's limit, none is blank, Slack output has
 * no live mention or broadcast and no raw {@code <}, Teams output has no markup but ours.
 *
 * <p>{@code mvn verify} replays {@code ChatFuzzTestInputs/}; docs/cli.md gives the command that
 * fuzzes.
 */
class ChatFuzzTest {
  private static final Map<String, Integer> PLATFORM = Map.of("slack", 40_000, "teams", 28_000, "whatsapp", 4096, "messenger", 2000);
  private static final Pattern SLACK_TOKEN = Pattern.compile("<!channel>|<!here>|<!everyone>|<@[UW]|<#C|<!subteam\\^", Pattern.CASE_INSENSITIVE);
  /** An @ that starts a word: a live mention when the app posts with link_names. */
  private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}._%+\\-<|])@(?=[\\p{L}\\p{N}_])");

  @FuzzTest(maxDuration = "60s")
  void everyFlavorKeepsItsPromises(FuzzedDataProvider data) {
    Reply reply = FuzzedReply.of(data);
    if (reply == null) {
      return;
    }
    for (ChatFlavor flavor : ChatFlavor.values()) {
      Rendered r = FuzzedReply.render("chat", reply, FuzzedReply.options(data, flavor.id()));
      if (r == null) {
        continue;
      }
      for (String part : r.parts()) {
        Integer hard = PLATFORM.get(flavor.id());
        assertTrue(hard == null || part.length() <= hard, () -> flavor + " part of " + part.length() + " UTF-16 units");
        assertFalse(part.isBlank(), "no empty bubble");
        if (flavor == ChatFlavor.SLACK) {
          assertFalse(SLACK_TOKEN.matcher(part).find(), () -> "mention or broadcast token in: " + part);
          assertFalse(MENTION.matcher(part).find(), () -> "a live @mention in: " + part);
          assertFalse(Pattern.compile("(?<!&)<").matcher(part).find(), () -> "a raw < in: " + part);
        }
        if (flavor == ChatFlavor.TEAMS) {
          assertFalse(part.replace("<b>", "").replace("</b>", "").replace("<br>", "").contains("<"), () -> "markup from input in: " + part);
        }
      }
    }
  }
}
