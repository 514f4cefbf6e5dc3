package dev.empathy.channels.social;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.empathy.channel.Rendered;
import dev.empathy.channels.FuzzedReply;
import dev.empathy.compose.Reply;
import dev.empathy.text.Graphemes;
import java.util.List;

/**
 * Fuzz test of public social replies in every flavor: a private detail planted in any field of a
 * fuzzed reply, in any language, never reaches a public post (nor does the customer's surname);
 * posts fit the platform (X's weighted count, graphemes elsewhere) and are never blank; the last
 * part, the DM, keeps the customer's first name.
 *
 * <p>{@code mvn verify} replays {@code SocialFuzzTestInputs/}; docs/cli.md gives the command that
 * fuzzes.
 */
class SocialFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void noPlantedDetailReachesAPublicPost(FuzzedDataProvider data) {
    String secret = FuzzedReply.secret(data);
    String value = FuzzedReply.value(secret);
    Reply reply = FuzzedReply.of(data, secret);
    if (reply == null) {
      return;
    }
    for (SocialFlavor flavor : SocialFlavor.values()) {
      Rendered r = FuzzedReply.render("social", reply, FuzzedReply.options(data, flavor.id()));
      if (r == null) {
        continue;
      }
      List<String> posts = r.parts().subList(0, r.parts().size() - 1);
      int limit = r.length().limit();
      for (String post : posts) {
        assertFalse(post.isBlank(), "a blank post");
        assertFalse(post.contains(value), () -> "leaked «" + value + "» in a " + flavor + " post: " + post);
        assertFalse(post.replaceAll("\\s", "").contains(value.replaceAll("\\s", "")), () -> "leaked the digits of «" + value + "»: " + post);
        assertFalse(post.contains("Whitaker"), () -> "leaked the surname: " + post);
        int size = flavor == SocialFlavor.X ? SocialChannel.weighted(post) : Graphemes.count(post);
        assertTrue(size <= limit, () -> flavor + " post of " + size + " over " + limit);
      }
      assertTrue(r.parts().get(r.parts().size() - 1).contains("Dana"), "the DM keeps the customer's name");
    }
  }
}
