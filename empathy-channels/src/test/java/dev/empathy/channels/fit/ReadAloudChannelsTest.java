package dev.empathy.channels.fit;

import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Channel renderings read aloud: a public post, a text message or a call that shortens an agent's
 * note keeps the subject the composer gave it ("I’ve refunded …", never "Refunded …"), and a chat to a
 * frustrated or disappointed customer opens with the acknowledgement, not a thanks for the
 * failure.
 */
class ReadAloudChannelsTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC);
  private static final Empathy US = Empathy.builder().locale(Locale.US).clock(CLOCK).build();

  private static Reply noteReply(String note, int turn) {
    return US.compose().conversation("note", turn).customer("José García")
        .acknowledge(Emotion.ANGRY, "the double charge on your card after you cancelled your plan in October")
        .summary("you were charged twice for order 88213 and nobody answered your emails for a week")
        .action(note).action("I’ve flagged your case to my team lead")
        .timeline(Timeline.businessDays(5)).followUp("I’ll email you once the refund clears").build();
  }

  @Test
  void aShortenedNoteKeepsTheSubjectTheComposerGaveIt() {
    String[] notes = {"Refunded the duplicate $59.99", "rebooked you on the 7:40 flight tomorrow",
      "sent a prepaid return label to your email"};
    for (String note : notes) {
      String rest = note.substring(note.indexOf(' ') + 1);
      for (int turn = 0; turn < 6; turn++) {
        Reply reply = noteReply(note, turn);
        for (String channel : new String[] {"social", "sms", "voice"}) {
          Rendered r = Channels.require(channel).render(reply);
          String text = String.join(" ", r.parts());
          if (!text.contains(rest)) {
            continue; // the action was cut whole
          }
          // The composer's subject: "I’ve" for a past that is its own participle ("I’ve refunded").
          assertTrue(text.replace('\'', '’').contains("I’ve " + note.substring(0, note.indexOf(' ')).toLowerCase(Locale.ROOT) + " " + rest),
              () -> channel + ": " + text);
        }
      }
    }
  }

  @Test
  void aShortenedAcknowledgementOfABereavementKeepsItsCondolence() {
    String[][] cases = {
      {"en-US", "closing your late husband's account after the funeral"},
      {"de-DE", "die Kündigung des Kontos Ihres verstorbenen Mannes"},
      {"fr-FR", "la clôture du compte de votre mari décédé"},
      {"es-ES", "la cuenta de su madre fallecida"},
      {"pt-BR", "o encerramento da conta do seu marido falecido"},
    };
    for (String[] c : cases) {
      Locale locale = Locale.forLanguageTag(c[0]);
      Empathy empathy = Empathy.builder().locale(locale).clock(CLOCK).build();
      for (int turn = 0; turn < 4; turn++) {
        Reply reply = empathy.compose().conversation("loss", turn).customer("Margaret")
            .acknowledge(Emotion.SAD, c[1])
            .summary("you need to close Robert's account after his passing and the bills keep arriving in his name")
            .action("I’ve closed the account and stopped all future billing")
            .timeline(Timeline.businessDays(5)).followUp("I’ll write to confirm once everything is closed").build();
        assertTrue(reply.has(dev.empathy.phrase.Moment.LOSS), c[1]);
        String ack = reply.blocks().stream().filter(b -> b.kind() == dev.empathy.compose.BlockKind.ACKNOWLEDGEMENT)
            .findFirst().orElseThrow().text();
        String condolence = ack.substring(0, ack.indexOf('.') + 1);
        for (String channel : new String[] {"social", "sms", "voice"}) {
          Rendered r = Channels.require(channel).render(reply);
          String shown = r.parts().get(0);
          if (r.changes().stream().noneMatch(ch -> ch.detail().contains("shortened the acknowledgement"))
              || r.changes().stream().anyMatch(ch -> ch.detail().contains("dropped the acknowledgement"))) {
            continue; // the acknowledgement was kept whole, or dropped: nothing shortened to check
          }
          assertTrue(shown.contains(condolence), () -> locale + " " + channel + ": " + shown);
        }
      }
    }
  }

  @Test
  void aFrustratedOrDisappointedChatIsNotThankedForTheFailure() {
    for (Emotion e : new Emotion[] {Emotion.FRUSTRATED, Emotion.DISAPPOINTED}) {
      for (int turn = 0; turn < 8; turn++) {
        Reply reply = US.compose().conversation("router", turn).customer("Tom")
            .acknowledge(e, "the fourth time the router has dropped out this week")
            .action("I’ve booked an engineer for Thursday morning").build();
        String first = Channels.require("chat").render(reply).parts().get(0);
        String ack = reply.blocks().stream().filter(b -> b.kind() == dev.empathy.compose.BlockKind.ACKNOWLEDGEMENT)
            .findFirst().orElseThrow().text();
        int at = first.indexOf(ack.substring(0, 12));
        // Only the greeting ("Hi Tom.", on the first turn) comes before the acknowledgement.
        assertTrue(at >= 0 && first.substring(0, at).replace("Tom", "").replaceAll("[\\p{L}]", "").length() <= 3
            && at <= "Hello Tom. ".length(), () -> e + ": " + first);
        assertFalse(first.toLowerCase(Locale.ROOT).contains("thanks for"), () -> e + ": " + first);
      }
    }
  }
}
