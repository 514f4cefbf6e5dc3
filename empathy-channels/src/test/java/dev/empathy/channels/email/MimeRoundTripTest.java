package dev.empathy.channels.email;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.channel.Channels;
import dev.empathy.channel.Rendered;
import dev.empathy.channels.AnyReply;
import dev.empathy.channels.Replies;
import dev.empathy.compose.Reply;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The MIME message reads back through Jakarta Mail exactly as rendered. */
class MimeRoundTripTest {

  private static MimeMessage parse(String mime) throws Exception {
    return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(mime.getBytes(US_ASCII)));
  }

  private static void assertRoundTrip(Rendered r) throws Exception {
    String mime = r.field("mime").orElseThrow();
    assertTrue(mime.chars().allMatch(c -> c < 0x80), "the message is 7-bit");
    for (String line : mime.split("\r\n")) {
      assertTrue(line.length() <= 78, () -> "header or body line over 78: " + line);
    }
    MimeMessage m = parse(mime);
    assertEquals(r.field("subject").orElseThrow(), m.getSubject());
    assertTrue(m.getContentType().startsWith("multipart/alternative"), m.getContentType());
    MimeMultipart parts = (MimeMultipart) m.getContent();
    assertEquals(2, parts.getCount());
    assertTrue(parts.getBodyPart(0).isMimeType("text/plain"), "plain text comes first");
    assertTrue(parts.getBodyPart(1).isMimeType("text/html"), "HTML comes last");
    assertEquals(r.text(), parts.getBodyPart(0).getContent());
    assertEquals(r.field("html").orElseThrow(), parts.getBodyPart(1).getContent());
  }

  @Test
  void aNonAsciiSubjectIsEncodedAndReadsBack() throws Exception {
    Reply reply =
        Replies.of(
            Replies.fixed(),
            Map.of("customer", "Zoë", "situation", "the café order for Zoë’s 🎂 party — delivered to the wrong town", "actions", List.of("I’ve re-sent it")));
    Rendered r = Channels.require("email").render(reply);
    assertTrue(r.field("mime").orElseThrow().contains("Subject: =?UTF-8?B?"));
    assertRoundTrip(r);
  }

  @Provide
  Arbitrary<Reply> replies() {
    return AnyReply.replies();
  }

  @Property(tries = 100)
  void anyReplyReadsBackThroughJakartaMail(@ForAll("replies") Reply reply) throws Exception {
    assertRoundTrip(Channels.require("email").render(reply));
  }
}
