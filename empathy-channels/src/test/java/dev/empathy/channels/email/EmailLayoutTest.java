package dev.empathy.channels.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.channel.Channels;
import dev.empathy.channel.Rendered;
import dev.empathy.compose.Reply;
import dev.empathy.compose.Timeline;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An e-mail scans as a support lead writes one: the greeting; what we heard; what is done and when
 * the customer hears next; the closing; the sign-off. Not one paragraph per sentence.
 */
class EmailLayoutTest {
  private static final Empathy US = Empathy.builder().locale(Locale.US)
      .clock(Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC)).build();

  private static Reply doubleCharge(String conversation) {
    return US.compose().conversation(conversation, 0).customer("Dana Whitaker")
        .acknowledge(Emotion.FRUSTRATED, "the double charge on my card")
        .summary("you were charged twice for order 4471")
        .action("Refunded the second charge of $42")
        .timeline(Timeline.businessDays(3))
        .followUp("I'll email you as soon as the refund lands")
        .build();
  }

  @Test
  void aReplyWithASingleActionIsFiveParagraphs() {
    for (String c : List.of("a", "b", "c", "d", "e", "f")) {
      Rendered email = Channels.require("email").render(doubleCharge(c));
      String[] paragraphs = email.text().replaceAll("(?<!\n)\n(?!\n)", " ").split("\n\n"); // lines unwrapped
      assertEquals(5, paragraphs.length, email.text());
      assertTrue(paragraphs[1].contains("order 4471"), paragraphs[1]); // the summary beside the feeling
      assertTrue(paragraphs[2].contains("refunded") && paragraphs[2].contains("Monday")
          && paragraphs[2].contains("refund lands"), paragraphs[2]);
      String html = email.field("html").orElseThrow();
      assertEquals(5, html.split("<p>", -1).length - 1, html);
      assertTrue(html.matches("(?s).*<p>[^<]*refunded[^<]*<strong>[^<]*Monday, November 30\\.</strong> [^<]*refund lands\\.</p>.*"), html);
    }
  }

  /**
   * Session 16 closing note, session 17 probes q04/q05/q56-q58: a note's heading ("Steps:") became
   * the first list item ("- Steps: Unplug the router") or an item of its own, and a note's own
   * numbering stayed inside the bullets ("- 1. confirmed the return"). The heading introduces the
   * list, in the plain text and the HTML alike, and the bullets are the list's only marks.
   */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
    "en-US | '<p>Steps:</p><ol><li>Unplug the router for 30 sec</li><li>Hold reset for 10 sec</li></ol>' | Steps: | Unplug the router for 30 sec | Hold reset for 10 sec",
    "en-US | 'Steps taken:\n1. confirmed the return reached the warehouse\n2. pushed the refund to your card' | Steps taken: | Confirmed the return reached the warehouse | Pushed the refund to your card",
    "fr    | '<p>Étapes :</p><ol><li>Mettez à jour vers la v5.2.1</li><li>Videz le cache</li></ol>' | Étapes : | Mettez à jour vers la v5.2.1 | Videz le cache",
    "de    | '<p>Schritte:</p><ul><li>Auf v5.2.1 aktualisieren</li><li>Cache leeren</li></ul>' | Schritte: | Auf v5.2.1 aktualisieren | Cache leeren",
    "pt-BR | 'Passos:\n1) atualize para a v5.2.1\n2) limpe o cache' | Passos: | Atualize para a v5.2.1 | Limpe o cache",
  })
  void aNotesHeadingIntroducesTheListAndItsNumberingGoes(String locale, String note, String heading, String first, String second) {
    Empathy empathy = Empathy.builder().locale(locale)
        .clock(Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC)).build();
    Reply reply = empathy.compose().conversation("steps", 0).customer("Liam")
        .acknowledge(Emotion.FRUSTRATED).action(note.replace("\\n", "\n")).timeline(Timeline.businessDays(1)).build();
    Rendered email = Channels.require("email").render(reply);
    List<String> lines = List.of(email.text().split("\n"));
    heading = heading.replace(" :", "\u00a0:"); // French sets its colon off with a no-break space
    int at = lines.indexOf(heading);
    assertTrue(at > 0, email.text());
    assertEquals("- " + first, lines.get(at + 1), email.text());
    assertEquals("- " + second, lines.get(at + 2), email.text());
    String html = email.field("html").orElseThrow();
    assertTrue(html.contains("<p>" + heading.replace("'", "&#39;") + "</p>\n<ul>\n<li>" + first + "</li>\n<li>" + second + "</li>\n</ul>"), html);
  }

  /** The agent's other actions are no steps of the note's: they follow under the letter's own intro. */
  @Test
  void anotherActionIsNotOneOfTheNotesSteps() {
    Reply reply = US.compose().conversation("steps", 0).customer("Sam").acknowledge(Emotion.FRUSTRATED, "the app crash")
        .action("<p>Steps:</p><ol><li>Update to v5.2.1</li><li>Log back in</li></ol>").action("filed the bug APP-3321 with engineering")
        .timeline(Timeline.businessDays(2)).build();
    String text = Channels.require("email").render(reply).text();
    assertTrue(text.contains("Steps:\n- Update to v5.2.1\n- Log back in\n\n"), text);
    assertTrue(text.matches("(?s).*Log back in\n\n[^\n-][^\n]*:\n- I’ve filed the bug APP-3321 with engineering\n.*"), text);
  }
}
