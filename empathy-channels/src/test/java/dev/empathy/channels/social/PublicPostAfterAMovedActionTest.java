package dev.empathy.channels.social;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.channel.Channels;
import dev.empathy.compose.Reply;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Session 17 probe q40: when the first action has no public form (its amount cannot leave the
 * sentence: "重複した5,980円の請求を返金しました"), it goes to the DM, and the post opened on the
 * second action's "also" ("あわせて、領収書をメールでお送りしました") with nothing before it to add
 * to. The first action the post says is said without its lead-in.
 *
 * <p>Session 24: a Japanese amount now leaves its sentence as "金額" ("重複した金額の請求を返金しました"
 * stays public), so the Japanese row moves its first action by what still has no public form: a
 * financial hardship.
 */
class PublicPostAfterAMovedActionTest {
  @ParameterizedTest
  @ValueSource(strings = {"a", "b", "c", "d", "e", "f", "g", "h"})
  void japaneseSaysTheNextActionWithoutItsAlso(String conversation) {
    Reply reply = Empathy.builder().locale(Locale.JAPAN).build().compose().conversation(conversation, 0)
        .customer("佐藤").acknowledge(Emotion.ANGRY, "二重請求")
        .action("分割払いへの変更を承りました").action("領収書をメールでお送りしました").build();
    String post = Channels.require("social").render(reply).parts().get(0);
    assertFalse(post.contains("分割払い"), post);
    assertTrue(post.contains("。領収書をメールでお送りしました"), post);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "b", "c", "d", "e", "f", "g", "h"})
  void englishSaysTheNextActionWithoutItsAlso(String conversation) {
    Reply reply = Empathy.builder().locale(Locale.US).build().compose().conversation(conversation, 0)
        .customer("Tom").acknowledge(Emotion.FRUSTRATED, "the new bill")
        .action("The $19.99 is your new plan price").action("emailed you the receipt").build();
    String post = Channels.require("social").render(reply).parts().get(0);
    assertFalse(post.contains("19.99"), post);
    assertTrue(post.contains(". I’ve emailed you the receipt"), post);
  }
}
