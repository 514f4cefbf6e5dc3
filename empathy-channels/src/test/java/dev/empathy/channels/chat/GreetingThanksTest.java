package dev.empathy.channels.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.Register;
import dev.empathy.channel.Channels;
import dev.empathy.compose.Reply;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The casual greeting of a chat, an SMS or a public post (chat.greeting) never thanks an upset
 * customer for writing ("Hola, Irene, gracias por escribirnos." before "Entiendo su indignación…"),
 * never asks a grieving or angry one "tudo bem?", and never thanks a grateful one before the
 * acknowledgement thanks them again ("Bonjour, merci pour votre message. Merci beaucoup pour…").
 */
class GreetingThanksTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC);

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource(delimiter = '|', value = {
      "es    | FORMAL   | chat   | gracias por escribirnos",
      "es    | INFORMAL | chat   | gracias por escribirnos",
      "es    | FORMAL   | social | gracias por escribirnos",
      "fr    | FORMAL   | chat   | merci pour votre message",
      "fr    | INFORMAL | social | merci pour ton message",
      "pt-BR | INFORMAL | chat   | tudo bem",
      "pt-BR | INFORMAL | social | tudo certo",
      "pt-BR | INFORMAL | sms    | tudo bem"})
  void anUpsetOrGratefulCustomerIsGreetedWithoutThanksOrSmallTalk(String tag, Register register, String channel, String words) {
    Empathy empathy = Empathy.builder().locale(Locale.forLanguageTag(tag)).register(register).clock(CLOCK).build();
    List<String> wrong = new ArrayList<>();
    int greeted = 0;
    for (Emotion emotion : List.of(Emotion.ANGRY, Emotion.FRUSTRATED, Emotion.SAD, Emotion.ANXIOUS, Emotion.DISAPPOINTED, Emotion.GRATEFUL)) {
      for (String customer : new String[] {"Irene", null}) {
        for (int c = 0; c < 16; c++) {
          var b = empathy.compose().conversation("greet-" + c, 0).acknowledge(emotion, "el pedido 4471")
              .action(tag.equals("de") ? "Ich habe es geprüft." : "x");
          Reply r = (customer == null ? b : b.customer(customer)).build();
          String first = Channels.require(channel).render(r).parts().get(0);
          // The greeting is what comes before the acknowledgement (or, when a public post shortened
          // the acknowledgement, its first 40 characters). A post that opens on the acknowledgement
          // has no greeting (an X reply to a customer it cannot name: greeting.nameless.x = none).
          String ack = r.block(dev.empathy.compose.BlockKind.ACKNOWLEDGEMENT).orElseThrow().text();
          int at = first.indexOf(ack.substring(0, Math.min(ack.length(), 12)));
          String opening = first.substring(0, at >= 0 ? at : Math.min(first.length(), 40)).toLowerCase(Locale.ROOT);
          greeted += opening.startsWith("hola") || opening.startsWith("¡hola") || opening.startsWith("bonjour")
              || opening.startsWith("salut") || opening.startsWith("oi") || opening.startsWith("olá") ? 1 : 0;
          if (opening.contains(words)) {
            wrong.add(emotion + ": " + first);
          }
        }
      }
    }
    assertEquals(List.of(), wrong);
    assertEquals(true, greeted > 50, "greetings seen: " + greeted);
  }
}
