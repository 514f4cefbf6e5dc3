package dev.empathy.channels.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.channel.Channels;
import dev.empathy.channel.Rendered;
import dev.empathy.compose.Reply;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A call never hears a time window, a date or a range as typed ("12/9 8-12" read "twelve slash
 * nine eight minus twelve"), nor the tags of a helpdesk note ("&lt;b&gt;"), in any language with
 * data for it.
 */
class SpokenWindowsTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T15:00:00Z"), ZoneOffset.UTC);

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "en-US|tech window was 12/9 8-12 and nobody came|tech window was December ninth 8 to 12 and nobody came",
      "en-US|Delivery 12/10, 10am-2pm|Delivery December tenth, 10 AM to 2 PM",
      "en-US|said 9-11 am delivery|said 9 to 11 AM delivery",
      "en-US|driver arrives 2-3 PM today|driver arrives 2 to 3 PM today",
      "en-US|Refunds take 3-5 business days|Refunds take 3 to 5 business days",
      "en-US|open Mon-Fri 9-5|open Mon-Fri 9 to 5",
      "en-US|drops every 10–15 min|drops every 10 to 15 min",
      "en-GB|window was 9/12 8-12|window was the ninth of December 8 to 12",
      "es|el técnico tenía que venir el 9/12 de 8-12|el técnico tenía que venir el 9 de diciembre de 8 a 12",
      "es|para el 1/12|para el 1 de diciembre",
      "es|atención 24/7 desde el 24/7|atención 24/7 desde el 24/7",
      "pt-BR|o técnico ia vir dia 9/12 das 8-12h|o técnico ia vir dia 9 de dezembro das 8 a 12h",
      "pt-BR|até 1/12|até 1º de dezembro",
      "fr|le technicien devait passer le 9/12 entre 8-12h|le technicien devait passer le 9 décembre entre 8 et 12h",
      "fr|à partir du 1/12|à partir du premier décembre",
      "de|Termin am 9/12 von 8-12 Uhr|Termin am 9. Dezember von 8 bis 12 Uhr",
      "ja|12/9の8-12時の訪問|12月9日の8から12時の訪問",
      "en-US|rebooked for 12/10 between 8-12|rebooked for December tenth between 8 and 12",
      "en-US|need it by fri 12/11 for bday|need it by fri December eleventh for bday",
      "es|entre 8-12|entre 8 y 12",
      "fr|entre 8-12h|entre 8 et 12h",
      "de|zwischen 8-12 Uhr|zwischen 8 und 12 Uhr",
      "pt-BR|entre 8-12h|entre 8 e 12h",
  })
  void windowsDatesAndRangesAreSaid(String tag, String written, String said) {
    assertEquals(said, SpokenFigures.forLocale(Locale.forLanguageTag(tag)).say(written));
  }

  /** Figures a dash or slash belongs to are left to the readers of codes, phones and dates. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "call 1-800-555-0199",
      "call (415) 555-0134",
      "order 55-1234",
      "ticket A-12 and INV-2026-0042",
      "on 2026-12-01",
      "we are here 24/7 for you",
      "a 50/50 split",
      "version 4.2-1",
  })
  void otherFiguresWithDashesOrSlashesAreLeftAsTyped(String written) {
    assertEquals(written, SpokenFigures.forLocale(Locale.US).say(written));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "added a note: <b>call 30 min before</b>|added a note: call 30 min before",
      "the &lt;b&gt;promo&lt;/b&gt; code|the promo code",
      "our devs are fixing the <Pay now> button|our devs are fixing the Pay now button",
      "line one<br>line two<br/>|line one, line two",
      "see <a href=\"https://example.com\">our page</a>|see our page",
      "under <5 min and >2 min|under <5 min and >2 min",
  })
  void tagsAreNeverReadAndLabelsLoseTheirBrackets(String written, String said) {
    assertEquals(said, VoiceChannel.speakable(written));
  }

  private static Reply reply(String locale, String summary, String action) {
    Empathy e = Empathy.builder().locale(Locale.forLanguageTag(locale)).clock(CLOCK).build();
    var c = e.compose().customer("Priya").acknowledge(Emotion.ANXIOUS).action(action);
    return (summary == null ? c : c.summary(summary)).build();
  }

  @Test
  void theCallHearsTheWindowAndNoTag() {
    Rendered r = Channels.require("voice").render(reply("en-US", "tech window was 12/9 8-12 and nobody came",
        "rebooked the visit for 12/10 between 8-12 and added a note: <b>call 30 min before</b>"));
    assertTrue(r.text().contains("December ninth"), r.text());
    assertTrue(r.text().contains("8 to 12"), r.text());
    assertFalse(r.text().contains("&lt;"), r.text());
    assertFalse(r.text().contains("8-12"), r.text());
  }

  @Provide
  Arbitrary<String> notes() {
    Arbitrary<String> tag = Arbitraries.of("<b>", "</b>", "<br>", "<br/>", "&lt;b&gt;", "&lt;/i&gt;", "<p class=\"x\">", "</p>", "<li>", "<Pay now>", "<", ">", "<>");
    Arbitrary<String> words = Arbitraries.strings().all().ofMaxLength(30);
    return Arbitraries.oneOf(tag, words, Arbitraries.of("8-12", "12/9", "10am-2pm", " ", "é", "👍🏽")).list().ofMaxSize(12)
        .map(l -> String.join("", l));
  }

  /** Whatever a note holds, no known tag reaches the speech engine, and the SSML stays well-formed. */
  @Property(tries = 300)
  void noTagIsEverSpoken(@ForAll("notes") String note, @ForAll boolean spanish) throws Exception {
    Rendered r;
    try {
      r = Channels.require("voice").render(reply(spanish ? "es" : "en-US", null, "x " + note));
    } catch (dev.empathy.InvalidInputException e) {
      return; // a note the composer refuses names its field; not this channel's promise
    }
    String said = r.text().replaceAll("<[^>]*>", "");
    for (String t : new String[] {"&lt;b&gt;", "&lt;/b&gt;", "&lt;br&gt;", "&lt;br/&gt;", "&lt;/p&gt;", "&lt;li&gt;", "&lt;/i&gt;"}) {
      assertFalse(said.contains(t), () -> t + " spoken in " + r.text());
    }
    javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    org.w3c.dom.Document doc = f.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(r.text())));
    org.w3c.dom.NodeList all = doc.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      String name = all.item(i).getNodeName();
      assertTrue(java.util.Set.of("speak", "break", "prosody", "say-as").contains(name), () -> "<" + name + "> in " + r.text());
    }
  }
}
