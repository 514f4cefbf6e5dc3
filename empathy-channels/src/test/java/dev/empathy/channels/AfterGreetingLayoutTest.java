package dev.empathy.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.Register;
import dev.empathy.channel.Channels;
import dev.empathy.channel.RenderOptions;
import dev.empathy.channel.Rendered;
import dev.empathy.channels.fit.Section;
import dev.empathy.compose.Reply;
import dev.empathy.compose.Timeline;
import dev.empathy.phrase.BrandVoice;
import dev.empathy.phrase.Phrasebook;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every channel that shows the German greeting "Hallo Dana," continues the letter in lower case
 * ("es tut mir leid …"), as the plain text does; where the greeting is dropped or ends otherwise,
 * the sentence keeps its capital.
 */
class AfterGreetingLayoutTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC);
  private static final Set<String> CAPITALISED = Set.of("Sie", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres", "Ihnen", "Nachrichten",
      // nouns that open a German acknowledgement keep their capital after the greeting
      "Ungewissheit", "Unklarheiten");
  private static final Phrasebook DE = Phrasebook.load(Locale.GERMAN, Register.FORMAL, BrandVoice.none());

  private static Reply reply(Register register, Emotion emotion, int turn) {
    return Empathy.builder().locale(Locale.GERMAN).register(register).clock(CLOCK).build()
        .compose().conversation("layout", turn).customer("Dana Weber")
        .acknowledge(emotion, "die doppelte Abbuchung")
        .action("ich habe die zweite Abbuchung erstattet").action("ich habe eine Notiz hinterlegt")
        .timeline(Timeline.businessDays(2)).build();
  }

  /** The text after the greeting line in {@code text}, from its first letter. */
  private static String afterGreeting(String text, String greeting) {
    int at = text.indexOf(greeting);
    assertTrue(at >= 0, () -> "no greeting \"" + greeting + "\" in: " + text);
    String rest = text.substring(at + greeting.length());
    int letter = 0;
    while (letter < rest.length() && !Character.isLetter(rest.charAt(letter))) {
      if (rest.charAt(letter) == '<') {
        letter = rest.indexOf('>', letter); // SSML: skip the pause between greeting and sentence
      }
      letter++;
    }
    return rest.substring(letter);
  }

  @ParameterizedTest(name = "{0}/{1}")
  @CsvSource({"plain, text", "email, text", "email, html"})
  void theSentenceAfterTheGreetingContinuesInLowerCase(String channel, String flavor) {
    int lowered = 0;
    for (Register register : Register.values()) {
      for (Emotion emotion : Emotion.values()) {
        for (int turn = 0; turn < 4; turn++) {
          Reply reply = reply(register, emotion, turn);
          String greeting = reply.blocks().get(0).text();
          Rendered r = Channels.require(channel).render(reply, RenderOptions.builder().flavor(flavor).build());
          String text = flavor.equals("html") ? r.fields().get("html") : r.parts().get(0);
          String after = afterGreeting(text, greeting);
          String firstWord = after.split("[^\\p{L}]", 2)[0];
          assertTrue(Character.isLowerCase(after.charAt(0)) || CAPITALISED.contains(firstWord),
              () -> channel + "/" + flavor + " " + register + " " + emotion + ": " + text);
          lowered += Character.isLowerCase(after.charAt(0)) ? 1 : 0;
        }
      }
    }
    assertTrue(lowered > 30, "lowered " + lowered);
  }

  /**
   * A chat, a text message, a public reply and a call greet as people talk ("Hallo Dana." for an
   * angry customer, "Hallo Dana!" otherwise), not as a letter opens, so the sentence after the
   * greeting starts with its capital.
   */
  @ParameterizedTest(name = "{0}/{1}")
  @CsvSource({"chat, web", "sms, sms", "social, facebook", "social, x", "voice, ssml", "voice, script"})
  void talkingChannelsGreetWithPunctuationThatFitsTheEmotionSoTheSentenceStartsWithACapital(String channel, String flavor) {
    Set<Emotion> hot = EnumSet.of(Emotion.ANGRY, Emotion.FRUSTRATED, Emotion.SAD, Emotion.ANXIOUS, Emotion.DISAPPOINTED);
    for (Emotion emotion : Emotion.values()) {
      Rendered r = Channels.require(channel).render(reply(Register.FORMAL, emotion, 0), RenderOptions.builder().flavor(flavor).build());
      // SSML tags and a script's pacing marks ("[Pause]") are not words
      String first = r.parts().get(0).replaceAll("<[^>]*>", " ").replaceAll("\\[[^\\]]*\\]", " ").strip();
      String mark = hot.contains(emotion) ? "." : "!";
      // A full name is greeted in full in German ("Hallo Dana Weber."); a public post leaves it out ("Guten Tag.").
      assertTrue(first.matches("(?s)(Hallo Dana( Weber)?|Guten Tag(, Dana( Weber)?)?)" + java.util.regex.Pattern.quote(mark) + ".*"),
          emotion + ": " + first);
      String after = first.substring(first.indexOf(mark) + 1).strip();
      assertTrue(Character.isUpperCase(after.charAt(0)), first);
    }
  }

  @Test
  void aSentenceWhoseGreetingWasDroppedKeepsItsCapital() {
    List<Section> shown = Section.afterGreeting(
        List.of(new Section("acknowledgement", "Es tut mir leid.", true), new Section("action", "Ich habe erstattet.", true)), DE);
    assertEquals("Es tut mir leid.", shown.get(0).text());
    assertEquals("Ich habe erstattet.", shown.get(1).text());
  }

  @Test
  void aBlankSectionBetweenGreetingAndSentenceIsSkipped() {
    List<Section> shown = Section.afterGreeting(
        List.of(new Section("greeting", "Hallo Dana,", false), new Section("affirmation", " ", false),
            new Section("acknowledgement", "Das tut mir leid.", true), new Section("action", "Ich habe erstattet.", true)), DE);
    assertEquals("das tut mir leid.", shown.get(2).text());
    assertEquals("Ich habe erstattet.", shown.get(3).text());
  }
}
