package dev.empathy.channels.social;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.channel.Change;
import dev.empathy.channel.Channels;
import dev.empathy.channel.RenderOptions;
import dev.empathy.channel.Rendered;
import dev.empathy.compose.BlockKind;
import dev.empathy.compose.Owner;
import dev.empathy.compose.Reply;
import dev.empathy.compose.Timeline;
import dev.empathy.Register;
import dev.empathy.channels.Replies;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A public reply keeps acknowledging the customer when it is cut to fit: French and German
 * acknowledgements are long, and the post used to lose them whole ("Bonjour Camille. Je vous ai
 * réservé …") or be cut mid-sentence ("Je comprends votre mécontentement, et je tiens à…").
 */
class PublicAcknowledgementTest {

  static Stream<Arguments> longReplies() {
    Stream.Builder<Arguments> b = Stream.builder();
    for (int limit : new int[] {280, 240, 200, 160}) {
      for (Register register : Register.values()) {
        b.add(Arguments.of(Locale.FRANCE, register, Emotion.ANGRY, "l’annulation de votre vol",
            "je vous ai réservé des places sur le prochain vol au départ de Lyon à 18 h 40, avec un bon repas pour toute la"
                + " famille et l’accès au salon en attendant l’embarquement", "service client voyageurs", limit));
        b.add(Arguments.of(Locale.GERMANY, register, Emotion.FRUSTRATED, "die verpasste Lieferung",
            "ich habe einen festen Liefertermin für morgen zwischen 8 und 10 Uhr gebucht, die Versandkosten vollständig"
                + " erstattet und einen Gutschein über 15 € auf Ihr Kundenkonto gebucht", "Versandabteilung", limit));
        b.add(Arguments.of(Locale.US, register, Emotion.FRUSTRATED, "the missed delivery",
            "I’ve booked a fixed delivery slot for tomorrow between 8 and 10 AM, refunded the shipping costs in full and"
                + " added a $15 voucher to your customer account", "shipping department", limit));
      }
    }
    return b.build();
  }

  @ParameterizedTest(name = "{0} {1} limit {6}")
  @MethodSource("longReplies")
  void theAcknowledgementStaysWholeInThePublicPost(
      Locale locale, Register register, Emotion emotion, String situation, String action, String team, int limit) {
    Empathy empathy = Empathy.builder().locale(locale).register(register)
        .clock(Clock.fixed(Replies.NOW, ZoneOffset.UTC)).build();
    Reply reply = empathy.compose()
        .conversation("public-ack", 0)
        .customer("Camille Weber")
        .acknowledge(emotion, situation)
        .action(action)
        .timeline(Timeline.by(LocalDate.of(2026, 3, 6)).ownedBy(Owner.named(team)))
        .build();
    Rendered r = Channels.require("social").render(reply, RenderOptions.builder().flavor("x").limit(limit).build());
    String post = r.parts().get(0);
    String ack = dev.empathy.channels.fit.Section.shortFormOf(reply.block(BlockKind.ACKNOWLEDGEMENT).orElseThrow(), reply);
    assertTrue(post.contains(ack), () -> "the public post lost its acknowledgement \"" + ack + "\": " + post + " " + r.changes());
    for (Change c : r.changes()) {
      // A change about another block may name the acknowledgement it keeps whole ("dropped the
      // closing to keep … its acknowledgement naming what happened"): only its own subject counts.
      boolean aboutAnother = c.detail().startsWith("dropped the ") && !c.detail().startsWith("dropped the acknowledgement");
      assertFalse(c.detail().contains("acknowledgement") && c.kind() != Change.Kind.TRUNCATED && !aboutAnother, c::detail);
      assertFalse(c.detail().startsWith("cut the acknowledgement"), c::detail);
    }
    assertTrue(SocialChannel.weighted(post) <= limit, post);
  }
}
