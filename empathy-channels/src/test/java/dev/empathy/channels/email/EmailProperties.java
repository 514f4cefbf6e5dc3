package dev.empathy.channels.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.channel.Channels;
import dev.empathy.channel.Rendered;
import dev.empathy.channels.AnyReply;
import dev.empathy.compose.BlockKind;
import dev.empathy.compose.Reply;
import dev.empathy.text.Graphemes;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** E-mail: header lengths, wrapped plain text, and HTML that holds only our own elements. */
class EmailProperties {
  /** Every element the template and body writer emit; customer text must add none. */
  private static final Set<String> OURS = Set.of("html", "head", "meta", "title", "body", "div", "p", "ul", "li", "strong", "br");
  private static final Pattern URL = Pattern.compile("(?i)(?:https?://|www\\.)\\S+");

  private static String visible(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> {
      boolean nonCharacter = (cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF);
      if (nonCharacter) {
        sb.append(' ');
      } else if (cp != 0xAD && cp != 0x200B) {
        sb.appendCodePoint(cp);
      }
    });
    return sb.toString().replaceAll("[\\s\\u00A0]+", " ").strip();
  }

  @Provide
  Arbitrary<Reply> replies() {
    return AnyReply.replies();
  }

  @Property(tries = 200)
  void emailKeepsItsPromises(@ForAll("replies") Reply reply) {
    Rendered r = Channels.require("email").render(reply);
    String subject = r.field("subject").orElseThrow();
    String preheader = r.field("preheader").orElseThrow();
    int s = Graphemes.count(subject);
    assertTrue(s >= 30 && s <= 60, () -> "subject of " + s + ": " + subject);
    String topics = reply.block(BlockKind.ACKNOWLEDGEMENT).flatMap(b -> b.fact("situation")).orElse("")
        + reply.block(BlockKind.SUMMARY).flatMap(b -> b.fact("summary")).orElse("");
    assertTrue(!subject.contains("…") || topics.contains("…"), () -> "a subject cut with an ellipsis: " + subject);
    assertTrue(Graphemes.count(preheader) <= 100, () -> "preheader of " + Graphemes.count(preheader));
    assertFalse(subject.contains("\n") || preheader.contains("\n"), "headers are one line");
    assertFalse(AnyReply.splitsAGrapheme(subject) || AnyReply.splitsAGrapheme(preheader));

    for (String line : r.text().split("\n", -1)) {
      if (columns(line) > 78) {
        String body = line.startsWith("- ") || line.startsWith("  ") ? line.substring(2) : line;
        assertTrue(URL.matcher(body).matches(), () -> "line over 78 that is not a lone URL: " + line);
      }
    }

    Document doc = Jsoup.parse(r.field("html").orElseThrow());
    for (Element e : doc.getAllElements()) {
      if (e.tagName().equals("#root")) {
        continue;
      }
      assertTrue(OURS.contains(e.tagName()), () -> "unexpected element <" + e.tagName() + ">");
    }
    // The encoder replaces noncharacters (U+FDD0..U+FDEF, U+xFFFE, U+xFFFF), which HTML cannot
    // carry, by spaces; jsoup folds blanks and drops soft hyphens and zero-width spaces from text.
    assertEquals(visible(subject), visible(doc.title()), "the title is the subject, as text");
  }

  /**
   * The columns a line takes in a fixed-width font: two for a grapheme that starts with a wide or
   * full-width character (Unicode East Asian Width W or F), one for any other.
   */
  static int columns(String line) {
    com.ibm.icu.text.BreakIterator it = com.ibm.icu.text.BreakIterator.getCharacterInstance();
    it.setText(line);
    int c = 0;
    for (int start = it.first(), end = it.next(); end != com.ibm.icu.text.BreakIterator.DONE; start = end, end = it.next()) {
      int eaw = com.ibm.icu.lang.UCharacter.getIntPropertyValue(line.codePointAt(start), com.ibm.icu.lang.UProperty.EAST_ASIAN_WIDTH);
      c += eaw == com.ibm.icu.lang.UCharacter.EastAsianWidth.WIDE || eaw == com.ibm.icu.lang.UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
    }
    return c;
  }
}
