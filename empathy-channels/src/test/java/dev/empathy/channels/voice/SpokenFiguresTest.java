package dev.empathy.channels.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.channel.Channels;
import dev.empathy.channel.RenderOptions;
import dev.empathy.channel.Rendered;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Figures are said as a person says them on a call: amounts with their currency's words, clock
 * times as the replies write them, "#4471" as "number 4471", numeric dates by their month's name,
 * long web addresses not read out.
 */
class SpokenFiguresTest {
  private static final SpokenFigures US = SpokenFigures.forLocale(Locale.US);
  private static final SpokenFigures GB = SpokenFigures.forLocale(Locale.UK);

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "I’ve waived the $42 late fee|I’ve waived the 42-dollar late fee",
      "I’ve opened a dispute for the €300 payment.|I’ve opened a dispute for the 300-euro payment.",
      "a $1 fee|a 1-dollar fee",
      "the $42 you paid|the 42 dollars you paid",
      "I’ve refunded the $42 today|I’ve refunded the 42 dollars today",
      "the $42 should show by Friday|the 42 dollars should show by Friday",
      "the $42 immediately|the 42 dollars immediately",
      "the $42.50 fee|the 42 dollars and 50 cents fee",
      "refunded $42 to your card|refunded 42 dollars to your card",
      "the $10/mo plan|the 10 dollars a month plan",
      "refunded $42.50 to your card|refunded 42 dollars and 50 cents to your card",
      "a credit of $1,250.00|a credit of 1,250 dollars",
      "the £12 delivery charge and the €9.99 fee|the 12-pound delivery charge and the 9 euros and 99 cents fee",
      "just $1|just 1 dollar",
      "only $0.99|only 99 cents",
      "£1.01 back|1 pound and 1 penny back",
      "a discount of $10/mo for 6 months|a discount of 10 dollars a month for 6 months",
      "rebooked for 2:14pm|rebooked for 2:14 PM",
      "rebooked for 2:14pm.|rebooked for 2:14 PM.",
      "callback at 9am tomorrow|callback at 9 AM tomorrow",
      "the 7:05 a.m. flight|the 7:05 AM flight",
      "order #4471 is on its way|order number 4471 is on its way",
      "moved your appointment to 3pm on 12/05|moved your appointment to 3 PM on December fifth",
      "your order from 11/20|your order from November twentieth",
      "we’re here 24/7|we’re here 24/7",
      "I’ve sent the tracking link https://track.example.com/abc123?ref=em to your email|I’ve sent the tracking link to your email",
      "see www.example.com/credits/2026/abc for details|see the link for details",
      "see www.example.com/help for details|see www.example.com/help for details",
      "the 2024 model, 3 units|the 2024 model, 3 units",
  })
  void figuresAreSaidAsWords(String written, String said) {
    assertEquals(said, US.say(written));
  }

  @Test
  void aBritishDateIsDayFirst() {
    assertEquals("your visit on the fifth of December", GB.say("your visit on 5/12"));
    assertEquals("your visit on May twelfth", US.say("your visit on 5/12"));
  }

  @Test
  void aLanguageWithoutDataKeepsItsFigures() {
    assertEquals("4,99 € le 5/12 à 14h", SpokenFigures.forLocale(Locale.FRANCE).say("4,99 € le 5/12 à 14h"));
  }

  @Test
  void theVoiceChannelSaysTheAgentsFigures() {
    Empathy en = Empathy.builder().locale(Locale.US).build();
    Rendered r = Channels.require("voice").render(en.compose().acknowledge(Emotion.FRUSTRATED, "the late fee")
        .action("I’ve refunded $42.50 and rebooked the engineer for 2:14pm on 5/12, ticket #4471").build(),
        RenderOptions.builder().flavor("script").build());
    assertTrue(r.text().contains("42 dollars and 50 cents"), r.text());
    assertTrue(r.text().contains("2:14 PM on May twelfth"), r.text());
    assertTrue(r.text().contains("ticket number "), r.text());
    assertFalse(r.text().contains("$") || r.text().contains("#"), r.text());
  }

  /** An amount, a clock time in am/pm, a number sign or a scheme, as written. */
  private static final Pattern WRITTEN = Pattern.compile("[$£€]\\d|\\d(?:am|pm)\\b|(?<![\\w&#])#\\d|https?://");

  @Provide
  Arbitrary<String> words() {
    Arbitrary<String> word = Arbitraries.of("$42", "$42.50", "£12", "€9.99", "$1,250.00", "$10/mo", "2:14pm", "9am",
        "#4471", "on", "5/12", "12/05/2026", "https://track.example.com/a1?x=2", "www.example.com/help", "link", "the",
        "refund", "👩‍👩‍👧", "e\u0301", "שלום", "\uD800", "\u0000", "&amp;", "24/7", "$", "#", "/", "pm", ".", ",", "?", "");
    return word.list().ofMaxSize(14).map(l -> String.join(" ", l));
  }

  @Property(tries = 300)
  void everyFigureIsSaidOnceWhole(@ForAll("words") String text) {
    String said = SpokenFigures.forLocale(Locale.US).say(text);
    assertFalse(WRITTEN.matcher(said).find(), () -> "a figure left as written: " + said);
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(300),
        Arbitraries.strings().withChars("$£€#/:.,0123456789apm ").ofMaxLength(100_000));
  }

  @Property(tries = 100)
  void anyTextWithoutFiguresIsKept(@ForAll("anyText") String text) {
    String said = SpokenFigures.forLocale(Locale.UK).say(text);
    if (text.chars().noneMatch(Character::isDigit) && !text.contains("http") && !text.contains("www.")) {
      assertEquals(text, said);
    }
  }
}
