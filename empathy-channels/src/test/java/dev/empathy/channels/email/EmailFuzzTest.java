package dev.empathy.channels.email;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.empathy.channel.Rendered;
import dev.empathy.channels.FuzzedReply;
import dev.empathy.compose.Reply;
import dev.empathy.text.Graphemes;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Fuzz test of the e-mail channel in both flavors: any reply renders (or is rejected by name); the
 * subject (at most 60 graphemes) and preheader (at most 100) are one line; the body is not
 * empty; the HTML holds only the template's own elements, whatever the customer typed.
 *
 * <p>{@code mvn verify} replays {@code EmailFuzzTestInputs/}; docs/cli.md gives the command that
 * fuzzes.
 */
class EmailFuzzTest {
  private static final Set<String> OURS = Set.of("html", "head", "meta", "title", "body", "div", "p", "ul", "li", "strong", "br");

  @FuzzTest(maxDuration = "60s")
  void everyFlavorKeepsItsPromises(FuzzedDataProvider data) {
    Reply reply = FuzzedReply.of(data);
    if (reply == null) {
      return;
    }
    for (EmailFlavor flavor : EmailFlavor.values()) {
      Rendered r = FuzzedReply.render("email", reply, FuzzedReply.options(data, flavor.id()));
      if (r == null) {
        continue;
      }
      String subject = r.field("subject").orElseThrow();
      String preheader = r.field("preheader").orElseThrow();
      assertTrue(Graphemes.count(subject) <= 60 && !subject.isBlank(), () -> "subject: " + subject);
      assertTrue(Graphemes.count(preheader) <= 100, () -> "preheader of " + Graphemes.count(preheader));
      assertFalse(subject.contains("\n") || preheader.contains("\n"), "headers are one line");
      assertFalse(r.text().isBlank(), "an empty body");
      r.field("html").ifPresent(html -> {
        for (Element e : Jsoup.parse(html).getAllElements()) {
          assertTrue(e.tagName().equals("#root") || OURS.contains(e.tagName()), () -> "unexpected element <" + e.tagName() + ">");
        }
      });
    }
  }
}
