package dev.empathy.channels.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.empathy.channel.Rendered;
import dev.empathy.channels.FuzzedReply;
import dev.empathy.compose.Reply;
import java.io.StringReader;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Fuzz test of voice in both flavors: any reply renders (or is rejected by name); SSML is
 * well-formed XML holding only our elements; a time limit is kept; the script is not empty.
 *
 * <p>{@code mvn verify} replays {@code VoiceFuzzTestInputs/}; docs/cli.md gives the command that
 * fuzzes.
 */
class VoiceFuzzTest {
  private static final Set<String> OURS = Set.of("speak", "break", "prosody", "say-as");

  @FuzzTest(maxDuration = "60s")
  void everyFlavorKeepsItsPromises(FuzzedDataProvider data) throws Exception {
    Reply reply = FuzzedReply.of(data);
    if (reply == null) {
      return;
    }
    for (VoiceFlavor flavor : VoiceFlavor.values()) {
      Rendered r = FuzzedReply.render("voice", reply, FuzzedReply.options(data, flavor.id()));
      if (r == null) {
        continue;
      }
      assertFalse(r.field("script").orElse(r.text()).isBlank(), "an empty script");
      String ssml = r.field("ssml").orElse(flavor == VoiceFlavor.SSML ? r.text() : null);
      if (ssml != null) {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(ssml)));
        assertEquals("speak", doc.getDocumentElement().getTagName());
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
          String tag = all.item(i).getNodeName();
          assertTrue(OURS.contains(tag), () -> "unexpected element <" + tag + ">");
        }
      }
    }
  }
}
