package dev.empathy.channels.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.channel.Channels;
import dev.empathy.channel.RenderOptions;
import dev.empathy.channel.Rendered;
import dev.empathy.channels.AnyReply;
import dev.empathy.compose.Reply;
import java.io.StringReader;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** SSML is well-formed XML with only our elements, whatever the input; time limits hold. */
class VoiceProperties {
  private static final Set<String> OURS = Set.of("speak", "break", "prosody", "say-as");

  @Provide
  Arbitrary<Reply> replies() {
    return AnyReply.replies();
  }

  @Property(tries = 200)
  void ssmlIsWellFormed(@ForAll("replies") Reply reply) throws Exception {
    Rendered r = Channels.require("voice").render(reply);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(r.text())));
    assertEquals("speak", doc.getDocumentElement().getTagName());
    NodeList all = doc.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      String tag = all.item(i).getNodeName();
      assertTrue(OURS.contains(tag), () -> "unexpected element <" + tag + ">");
    }
    assertTrue(r.length().value() > 0);
  }

  @Property(tries = 100)
  void aTimeLimitIsKept(@ForAll("replies") Reply reply, @ForAll @IntRange(min = 5, max = 60) int seconds) {
    Rendered r = Channels.require("voice").render(reply, RenderOptions.builder().limit(seconds).build());
    assertTrue(r.length().value() <= seconds, () -> r.length().value() + " s over " + seconds);
  }
}
