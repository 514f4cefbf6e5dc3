package dev.empathy.channels.chat;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.Register;
import dev.empathy.channel.Channels;
import dev.empathy.compose.Reply;
import dev.empathy.phrase.Moment;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A chat answers a customer's joke with its playful thanks, never with a micro-affirmation meant
 * for a request ("Claro.", "Got it.", "Gern.", "D’accord.", "Certo."), in every language and register.
 */
class ChatJokeTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC);

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "es    | FORMAL   | su chiste sobre la música de espera jajaja",
      "es    | INFORMAL | tu meme del lunes xD",
      "fr    | FORMAL   | votre blague sur le bot mdr",
      "fr    | INFORMAL | ton commentaire ptdr",
      "de    | FORMAL   | Ihren Witz über die Warteschleife haha",
      "de    | INFORMAL | deinen Witz über den Bot 😂",
      "pt-BR | FORMAL   | sua piada do bot kkkkkk",
      "pt-BR | INFORMAL | seu meme de segunda rsrs",
      "en    | FORMAL   | your joke about our hold music lol"})
  void aJokeGetsNoRequestAffirmation(String tag, Register register, String situation) {
    Empathy empathy = Empathy.builder().locale(Locale.forLanguageTag(tag)).register(register).clock(CLOCK).build();
    for (int c = 0; c < 12; c++) {
      Reply r = empathy.compose().conversation("joke-" + c, 0).customer("Sam").acknowledge(Emotion.NEUTRAL, situation)
          .actions(List.of()).build();
      assertTrue(r.has(Moment.LIGHT), "not read as light: " + situation);
      Set<String> affirmations = new HashSet<>();
      for (int turn = 0; turn < 8; turn++) {
        affirmations.add(r.phrasebook().format("chat.affirmation", c, turn, Map.of("emotion", "neutral")));
      }
      String chat = Channels.require("chat").render(r).text();
      for (String a : affirmations) {
        if (!a.isBlank()) {
          assertFalse(chat.contains(" " + a + " ") || chat.contains("\n" + a + " ") || chat.contains(" " + a + "\n"),
              () -> "«" + a + "» in: " + chat);
        }
      }
    }
  }
}
