package dev.empathy.channels.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.channel.Channels;
import dev.empathy.channel.RenderOptions;
import dev.empathy.channel.Rendered;
import dev.empathy.compose.Reply;
import dev.empathy.compose.Timeline;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Session 18's closing note and session 19's probes: a call read "bowl_lock", "[setup, monthly,
 * overage]", "`undefined`" and the "@" of "12/09 @ 10:30" as written, and said "your address is the
 * address ending in …". Identifiers are said as words, an aside in brackets as one in parentheses
 * (a script reader takes a bracket for a stage cue), a lone "@" before a time as the language's
 * "at", and a long address right after the words naming it as "the one ending in …".
 */
class VoiceCodeAndAsidesTest {

  private static Rendered voice(Locale locale, String flavor, String summary, List<String> actions) {
    Reply r = Empathy.builder().locale(locale).build().compose().customer("Sam")
        .acknowledge(Emotion.FRUSTRATED).summary(summary).action(actions.get(0)).actions(actions.subList(1, actions.size()))
        .timeline(Timeline.within(Duration.ofDays(2))).build();
    return Channels.require("voice").render(r, RenderOptions.builder().flavor(flavor).build());
  }

  /** The words a listener hears: SSML's tags and script cues taken out. */
  private static String heard(Rendered r) {
    return r.text().replaceAll("<[^>]+>", " ").replaceAll("\\[[^\\[\\]]{1,40}\\]", " ").replaceAll("\\s+", " ");
  }

  @Test
  void anIdentifiersUnderscoresAreSaidAsTheGapsTheyStandFor() {
    for (String flavor : List.of("ssml", "script")) {
      Rendered r = voice(Locale.US, flavor, "my KitchenPro stopped working, the bowl_lock won't click and it shows ERR_AUTH_TIMEOUT",
          List.of("removed the platform_fee line"));
      String heard = heard(r);
      assertFalse(heard.contains("_"), heard);
      assertTrue(heard.contains("bowl lock"), heard);
      assertTrue(heard.contains("platform fee line"), heard);
    }
  }

  @Test
  void anAddressKeepsItsUnderscoreAndIsSpelledWithIt() {
    Rendered r = voice(Locale.US, "script", "the reset link never came", List.of("sent a new link to dev_patel@gmail.com"));
    assertTrue(r.text().contains("dev underscore patel at gmail dot com"), r.text());
  }

  @Test
  void codeMarksAroundAWordAreNotReadOut() {
    Rendered r = voice(Locale.US, "ssml", "calendar invites show `undefined` as the title and ticket ~#9921~ closed", List.of("reset your calendar sync"));
    String heard = heard(r);
    assertFalse(heard.contains("`") || heard.contains("~"), heard);
    assertTrue(heard.contains("undefined as the title"), heard);
  }

  @Test
  void anAsideInBracketsIsSaidAsOneInParentheses() {
    for (String flavor : List.of("ssml", "script")) {
      Rendered r = voice(Locale.US, flavor, "invoice shows 3 line items [setup, monthly, overage] but I only have the basic plan",
          List.of("removed the overage line"));
      String body = flavor.equals("script") ? r.text().replaceAll("\\[[A-Za-z ,]{1,30}\\]", "") : r.text();
      assertFalse(body.contains("[setup") || body.contains("overage]"), r.text());
      assertTrue(heard(r).contains("(setup, monthly, overage)"), r.text());
    }
    Rendered de = voice(Locale.GERMANY, "script", "wieso steht da [Premium, jährlich] wenn ich monatlich gebucht habe", List.of("Abo auf monatlich umgestellt"));
    assertTrue(de.text().contains("(Premium, jährlich)"), de.text());
  }

  @Test
  void aLoneAtBeforeATimeIsSaidAsTheLanguagesAt() {
    Rendered en = voice(Locale.US, "script", "the tech was supposed to come on 12/09 @ 10:30 and never showed", List.of("booked a new visit"));
    assertTrue(en.text().contains("December ninth at 10:30"), en.text());
    Rendered es = voice(Locale.forLanguageTag("es-MX"), "script", "el técnico quedó de venir el 09/12 @ 10:00 y nunca llegó", List.of("reagendé la visita"));
    assertTrue(es.text().contains(" a las 10:00"), es.text());
    assertFalse(es.text().contains("@"), es.text());
    Rendered de = voice(Locale.GERMANY, "script", "Techniker sollte am 09.12. @ 10:30 kommen", List.of("neuen Termin gebucht"));
    assertTrue(de.text().contains(" um 10:30"), de.text());
  }

  @Test
  void aLoneAtBeforeAWordIsLeftOut() {
    Rendered r = voice(Locale.US, "script", "the line check is Tuesday @ noon", List.of("pushed a fix to your modem"));
    assertFalse(r.text().contains("@"), r.text());
    assertTrue(r.text().contains("Tuesday noon") || r.text().contains("Tuesday, noon"), r.text());
  }

  @Test
  void aLongAddressAfterTheWordsNamingItIsTheOneEndingInItsDomain() {
    String address = "maya.k.lindqvist-andersson.workmail@consultingpartners-international.com";
    Rendered r = voice(Locale.US, "script", "your reset emails bounce, my address is " + address, List.of("fixed the bounce on our side", "sent a new reset link to " + address));
    String t = r.text();
    assertFalse(t.contains("address is the address"), t);
    if (t.contains("ending in consultingpartners")) {
      assertTrue(t.contains("your address is the one ending in consultingpartners dash international dot com"), t);
    }
    assertEquals(1, t.split("consultingpartners", -1).length - 1, t);
  }

  /** Dots that mask a card's digits go unsaid; a long run of them with no digit after is left as typed, and read once. */
  @Test
  void maskingDotsBeforeDigitsAreNotReadOut() {
    assertEquals("sent to 3321 and 4242", VoiceChannel.unsymbolled("sent to •••• 3321 and ●●●●-●●●●-4242"));
    String noDigits = "•".repeat(50_000) + " done";
    assertEquals(noDigits, VoiceChannel.unsymbolled(noDigits));
  }

  /** The brief of session 20: a call read "88 ." (a full stop typed with a space before it, after a figure). */
  @Test
  void aFullStopTypedAfterASpaceGoesBackOnItsWord() {
    for (String flavor : List.of("ssml", "script")) {
      String heard = heard(voice(Locale.US, flavor, "I was charged 88 . twice", List.of("refunded 88 .", "ticket #88 . closed")));
      assertFalse(heard.matches(".*\\d \\..*"), heard);
      assertTrue(heard.contains("88. closed"), heard);
    }
  }
}
