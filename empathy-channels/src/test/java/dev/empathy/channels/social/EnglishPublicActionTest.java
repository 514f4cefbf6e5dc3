package dev.empathy.channels.social;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.channel.Channels;
import dev.empathy.channel.RenderOptions;
import dev.empathy.channel.Rendered;
import dev.empathy.channels.Replies;
import dev.empathy.channels.fit.Section;
import dev.empathy.compose.Block;
import dev.empathy.compose.BlockKind;
import dev.empathy.compose.Reply;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * English public posts (X, Instagram, Facebook) say the first action as the agent's clause alone,
 * as a brand replies in public ("I’ve resent it."), never with the letter's lead-in ("This is where
 * things stand now:", "To get things moving,"): also when the composer gave a note its subject
 * ("broke down the charges" → "I’ve broken down…", behind a lead-in closed by a comma) and when
 * a detail of the action is kept for the DM.
 */
class EnglishPublicActionTest {

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "x         | I’ve refunded the late fee                | I’ve refunded the late fee",
      "instagram | refunded the late fee                     | I’ve refunded the late fee",
      "facebook  | broke down the new charges                | I’ve broken down the new charges",
      "x         | broke down the new charges                | I’ve broken down the new charges",
      "x         | booked a senior engineer for Friday 8-10am | I’ve booked a senior engineer for Friday",
      "facebook  | booked a senior engineer for Friday 8-10am | I’ve booked a senior engineer for Friday",
      "instagram | sending replacement machine               | I’m sending the replacement machine"})
  void theFirstActionIsSaidWithoutItsLeadIn(String flavor, String note, String said) {
    Empathy empathy = Empathy.builder().locale(Locale.US).clock(Clock.fixed(Replies.NOW, ZoneOffset.UTC)).build();
    int framed = 0;
    for (Emotion emotion : new Emotion[] {Emotion.FRUSTRATED, Emotion.ANGRY, Emotion.DISAPPOINTED}) {
      for (int c = 0; c < 12; c++) {
        Reply reply = empathy.compose().conversation("en-public-" + c, 0).customer("Carla")
            .acknowledge(emotion, "the new charges on my bill").action(note).action("I’ll check your next bill myself").build();
        Block action = reply.block(BlockKind.ACTION).orElseThrow();
        String clause = Section.actionClause(action, reply.locale());
        Rendered r = Channels.require("social").render(reply, RenderOptions.builder().flavor(flavor).build());
        String post = r.parts().get(0);
        String apostrophe = post.contains("I'") ? "'" : "’";
        String plain = said.replace("’", apostrophe);
        assertTrue(post.contains(plain), () -> "the first action is not said plainly: " + post + " " + r.changes());
        if (!clause.equals(action.text())) {
          framed++;
          String leadIn = action.text().substring(0, action.text().length() - clause.length()).strip();
          assertFalse(post.contains(leadIn), () -> "the public post keeps the lead-in \"" + leadIn + "\": " + post);
          assertTrue(post.contains(". " + plain) || post.startsWith(plain) || post.contains("! " + plain),
              () -> "the clause does not open its sentence: " + post);
        }
      }
    }
    assertNotEquals(0, framed, "no reply framed its first action: nothing was checked");
  }
}
