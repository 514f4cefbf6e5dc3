package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.Register;
import dev.empathy.phrase.Moment;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A joke or a laugh makes the moment light in Spanish, French, German and Portuguese as it does in
 * English: the customer's "jajaja", "mdr", "kkkk" or 😂 is answered with a playful thanks, needs
 * no action, and gets no recap, no "first things first" and no "any other questions". Before, only
 * English knew laughter: the reply refused a compliment for want of an action, or thanked a joke
 * like a complaint ("Mil gracias por escribirnos algo tan bonito sobre el mensaje jajaja").
 */
class LightMomentsAcrossLanguagesTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC);

  static Stream<Arguments> laughs() {
    return Stream.of(
        Arguments.of("es", "su chiste sobre la música de espera jajaja", "el cobro duplicado"),
        Arguments.of("es", "el mensaje sobre el repartidor JAJAJAJA", "el cobro duplicado"),
        Arguments.of("es", "la foto del gato en la videollamada 😂", "el cobro duplicado"),
        Arguments.of("es", "la broma sobre el bot", "el cobro duplicado"),
        Arguments.of("fr", "votre blague sur la musique d’attente mdr", "le double prélèvement"),
        Arguments.of("fr", "ton message ptdr sur le livreur", "le double prélèvement"),
        Arguments.of("fr", "l’histoire du chat en visio MDRRR", "le double prélèvement"),
        Arguments.of("fr", "le jeu de mots sur notre nom", "le double prélèvement"),
        Arguments.of("de", "Ihren Witz über die Warteschleifenmusik", "die doppelte Abbuchung"),
        Arguments.of("de", "die Katze im Videocall hahaha", "die doppelte Abbuchung"),
        Arguments.of("de", "das Foto vom Fahrer 🤣", "die doppelte Abbuchung"),
        Arguments.of("pt-BR", "a piada sobre a música de espera kkkkkk", "a cobrança duplicada"),
        Arguments.of("pt-BR", "a mensagem sobre o entregador rsrsrs", "a cobrança duplicada"),
        Arguments.of("pt-BR", "o gato na videochamada hahaha", "a cobrança duplicada"),
        Arguments.of("pt-BR", "o meme sobre o chatbot", "a cobrança duplicada"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("laughs")
  void aLaughIsAnsweredPlayfullyWithoutAnAction(String tag, String laugh, String problem) {
    for (Register register : Register.values()) {
      Empathy empathy = Empathy.builder().locale(Locale.forLanguageTag(tag)).register(register).clock(CLOCK).build();
      for (Emotion emotion : List.of(Emotion.NEUTRAL, Emotion.GRATEFUL)) {
        for (int conversation = 0; conversation < 12; conversation++) {
          Reply light = empathy.compose().conversation("light-" + conversation, conversation % 3).customer("Alex")
              .acknowledge(emotion, laugh).build(); // no action: a joke needs none
          assertTrue(light.has(Moment.LIGHT), () -> tag + " " + register + " " + emotion + ": not light: " + light.toPlainText());
          Reply plain = empathy.compose().conversation("light-" + conversation, conversation % 3).customer("Alex")
              .acknowledge(emotion, problem).action(actionIn(tag)).build();
          assertFalse(plain.has(Moment.LIGHT), () -> tag + ": light without a laugh: " + plain.toPlainText());
          // The playful closing is never one a complaint gets ("any other questions").
          String closing = light.block(BlockKind.CLOSING).orElseThrow().text();
          java.util.Set<String> usualClosings = new java.util.HashSet<>();
          for (int other = 0; other < 24; other++) {
            usualClosings.add(empathy.compose().conversation("usual-" + other, other % 3).customer("Alex")
                .acknowledge(Emotion.FRUSTRATED, problem).action(actionIn(tag)).build().block(BlockKind.CLOSING).orElseThrow().text());
          }
          assertFalse(usualClosings.contains(closing), () -> tag + ": the light reply closes like any other: " + closing);
          assertFalse(light.block(BlockKind.SUMMARY).isPresent());
        }
      }
      // An angry customer's "jaja" is no joke: the reply stays an apology.
      Reply angry = empathy.compose().customer("Alex").acknowledge(Emotion.ANGRY, laugh).action(actionIn(tag)).build();
      assertFalse(angry.has(Moment.LIGHT), angry::toPlainText);
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("analysed")
  void aLaughHeardByTheAnalyzerMakesTheReplyLight(String tag, String message) {
    Empathy empathy = Empathy.builder().locale(Locale.forLanguageTag(tag)).clock(CLOCK).build();
    Reply reply = empathy.compose().customer("Alex").acknowledge(empathy.analyze(message)).build();
    assertTrue(reply.has(Moment.LIGHT), () -> message + " → " + reply.toPlainText());
  }

  static Stream<Arguments> analysed() {
    return Stream.of(
        Arguments.of("es", "jajajaja el bot me ha pedido matrimonio, sois unos cracks"),
        Arguments.of("fr", "mdrrr votre chatbot m’a demandé en mariage"),
        Arguments.of("de", "hahaha euer Chatbot hat mir einen Heiratsantrag gemacht"),
        Arguments.of("pt-BR", "kkkkkkk o chatbot me pediu em casamento"));
  }

  private static String actionIn(String tag) {
    return switch (tag) {
      case "es" -> "he anulado el segundo cargo";
      case "fr" -> "j’ai annulé le second prélèvement";
      case "de" -> "ich habe die zweite Abbuchung storniert";
      default -> "cancelei a segunda cobrança";
    };
  }
}
