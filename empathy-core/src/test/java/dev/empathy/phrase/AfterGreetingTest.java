package dev.empathy.phrase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.Register;
import dev.empathy.compose.Block;
import dev.empathy.compose.BlockKind;
import dev.empathy.compose.Composer;
import dev.empathy.compose.Reply;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * German letters continue in lower case after "Hallo Dana," ("es tut mir leid …"), except for a
 * noun and the formal "Sie" and its forms; other locales, and a greeting that ends otherwise, keep
 * the capital.
 */
class AfterGreetingTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC);
  /** Words that keep their capital wherever they stand: the formal address and the nouns our German phrases open with. */
  private static final Set<String> CAPITALISED = Set.of("Sie", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres", "Ihnen", "Nachrichten",
      // nouns that open a German acknowledgement: a noun keeps its capital after the greeting
      "Ungewissheit", "Unklarheiten");

  private static Phrasebook book(String tag) {
    return Phrasebook.load(Locale.forLanguageTag(tag), Register.FORMAL, BrandVoice.none());
  }

  @ParameterizedTest(name = "{0} + {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Hallo Dana,  | Es tut mir leid.            | es tut mir leid.",
        "Guten Tag,   | Ich verstehe Ihren Ärger.   | ich verstehe Ihren Ärger.",
        "Hallo Dana,  | Danke, dass Sie schreiben.  | danke, dass Sie schreiben.",
        "Hallo Dana,  | Sie haben völlig recht.     | Sie haben völlig recht.",
        "Hallo Dana,  | Ihr Ärger ist berechtigt.   | Ihr Ärger ist berechtigt.",
        "Hallo Dana,  | Nachrichten wie Ihre freuen uns. | Nachrichten wie Ihre freuen uns.",
        "Hallo Dana,  | Zahlungen dauern drei Tage. | Zahlungen dauern drei Tage.",
        "Hallo Dana!  | Es tut mir leid.            | Es tut mir leid.",
        "Hallo Dana   | Es tut mir leid.            | Es tut mir leid.",
        "Hallo Dana,  | es tut mir leid.            | es tut mir leid.",
        "Hallo Dana,  | 3 Tage noch.                | 3 Tage noch."
      })
  void germanLowersTheOpeningWordOfTheSentenceAfterAGreetingWithAComma(String greeting, String sentence, String expected) {
    assertEquals(expected, book("de").afterGreeting(greeting, sentence));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"en | Hi Dana, | That sounds frustrating.", "fr | Bonjour Camille, | Je comprends.",
      "pt-BR | Olá, Ana, | Sinto muito.", "es | Hola, Lucía: | Lo siento.", "en-GB | Hello, | I’m sorry."})
  void otherLocalesKeepTheCapital(String tag, String greeting, String sentence) {
    assertEquals(sentence, book(tag).afterGreeting(greeting, sentence));
    assertTrue(!book(tag).lowercasesAfterGreeting());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Register.class)
  void everyGermanReplyContinuesAfterTheGreetingInLowerCaseUnlessANounOrSieOpensIt(Register register) {
    Empathy de = Empathy.builder().locale(Locale.GERMAN).register(register).clock(CLOCK).build();
    int lowered = 0;
    for (Emotion emotion : Emotion.values()) {
      for (int turn = 0; turn < 4; turn++) {
        for (int shape = 0; shape < 3; shape++) {
          Composer c = de.compose().conversation("gruss-" + shape, turn);
          if (shape != 1) {
            c.customer("Dana Weber");
          }
          if (shape == 2) {
            c.acknowledge(emotion);
          } else {
            c.acknowledge(emotion, "die doppelte Abbuchung");
          }
          Reply reply = c.action("ich habe die zweite Abbuchung erstattet").build();
          String[] paragraphs = reply.toPlainText().split("\n\n");
          String greeting = paragraphs[0];
          String after = paragraphs[1];
          String firstWord = after.split("[^\\p{L}]", 2)[0];
          assertTrue(greeting.endsWith(","), greeting);
          assertTrue(
              Character.isLowerCase(after.charAt(0)) || CAPITALISED.contains(firstWord),
              () -> register + " " + emotion + " turn " + " : \"" + firstWord + "\" after the greeting: " + after);
          lowered += Character.isLowerCase(after.charAt(0)) ? 1 : 0;
          Block ack = reply.block(BlockKind.ACKNOWLEDGEMENT).orElseThrow();
          assertTrue(Character.isUpperCase(ack.text().charAt(0)), "the block on its own starts a sentence: " + ack.text());
          assertEquals(ack.text().substring(1), after.substring(1, ack.text().length()), "only the first letter changes");
        }
      }
    }
    assertTrue(lowered > 50, "lowered " + lowered + " of 108");
  }

  @Test
  void englishRepliesKeepTheCapitalAfterTheGreeting() {
    Reply reply = Empathy.builder().clock(CLOCK).build().compose().customer("Dana").acknowledge(Emotion.SAD)
        .action("I’ve refunded the charge").build();
    String after = reply.toPlainText().split("\n\n")[1];
    assertTrue(Character.isUpperCase(after.charAt(0)), after);
  }
}
