package dev.empathy.compose;

import static dev.empathy.compose.ReadAloudReplies.US;
import static dev.empathy.compose.ReadAloudReplies.reply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.phrase.Moment;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Defects found by reading replies to 65 new realistic requests aloud (reply-en, session 8):
 * sarcasm, scare quotes and laughter echoed back, a verdict on us restated as what we understood,
 * and HTML character references from web forms shown as "&amp;amp;".
 */
class ReadAloudRoundThreeTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "your so-called priority boarding|so-called|your priority boarding",
    "the \"express\" shipping that took 9 days|express|the shipping that took 9 days",
    "the 'unlimited' data plan that throttles me at 20GB|unlimited|the data plan that throttles you at 20GB",
    "your “fraud protection” that blocked my card|“|fraud protection that blocked your card",
    "the “on time” flight that left 3 hrs late|on time|the flight that left 3 hours late",
  })
  void sarcasmAndScareQuotesAreNotSaidBack(String situation, String never, String named) {
    for (int c = 0; c < 6; c++) {
      Reply r = reply("sarcasm-" + c, Emotion.FRUSTRATED, situation, "I’ve refunded the fee");
      String ack = r.block(BlockKind.ACKNOWLEDGEMENT).orElseThrow().text();
      assertFalse(ack.contains(never), ack);
      assertTrue(ack.contains(named), ack);
      assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("situation: laughter, sarcasm or scare quotes")), r.warnings()::toString);
    }
  }

  @Test
  void aQuotedWordThatIsNotScareQuotedKeepsItsApostrophes() {
    Reply r = reply("apostrophe", Emotion.FRUSTRATED, "the customers' bags that didn't arrive", "I’ve traced the bags");
    assertTrue(r.block(BlockKind.ACKNOWLEDGEMENT).orElseThrow().text().contains("the customers’ bags that didn’t arrive"), r.toPlainText());
    // one apostrophe in the whole reply: the caller's typewriter ones are written as our phrases' ’
    assertFalse(r.toPlainText().contains("'"), r.toPlainText());
    assertTrue(r.warnings().stream().noneMatch(w -> w.contains("scare quotes")), r.warnings()::toString);
  }

  @Test
  void aQuotedNameIsNotAScareQuote() {
    Reply r = reply("name", Emotion.CONFUSED, "the \"Premium\" upgrade", "The upgrade renews monthly");
    assertTrue(r.block(BlockKind.ACKNOWLEDGEMENT).orElseThrow().text().contains("the \"Premium\" upgrade"), r.toPlainText());
  }

  @Test
  void laughterIsAnsweredButNotQuoted() {
    for (String situation : new String[] {"the crew singing happy birthday lol", "your joke about our hold music 😂", "haha your autocorrect joke"}) {
      Reply r = US.compose().conversation("laugh", 0).customer("Tim").acknowledge(Emotion.NEUTRAL, situation).build();
      String text = r.toPlainText();
      assertFalse(text.contains("lol") || text.contains("😂") || text.contains("haha"), text);
      assertFalse(text.contains("the your"), text);
      assertTrue(r.has(Moment.LIGHT), "still a light moment: " + text);
    }
  }

  @Test
  void aVerdictOnUsIsNeverRestated() {
    for (int c = 0; c < 8; c++) {
      for (String situation : new String[] {"THIS IS THE WORST SERVICE EVER", "Thanks for NOTHING", "wtf", "your useless app"}) {
        Reply r = reply("verdict-" + c, Emotion.ANGRY, situation, "I’ve escalated your case to a supervisor");
        String text = r.toPlainText().toLowerCase(Locale.ROOT);
        assertFalse(text.contains("worst") || text.contains("nothing") || text.contains("wtf") || text.contains("useless"), text);
        assertTrue(r.block(BlockKind.SUMMARY).isEmpty(), text);
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("situation: reads as a judgement of us")), r.warnings()::toString);
      }
    }
  }

  @Test
  void htmlCharacterReferencesFromAWebFormAreReadAsCharacters() {
    Reply r = US.compose().conversation("entities", 0).customer("Maria")
        .acknowledge(Emotion.ANGRY, "my bag being lost for 5 days &amp; nobody calling back")
        .action("Go to Settings &gt; Data &gt; Export and choose CSV")
        .followUp("I&#39;ll check back on Friday").build();
    String text = r.toPlainText();
    assertFalse(text.contains("&amp;") || text.contains("&gt;") || text.contains("&#39;"), text);
    assertTrue(text.contains("5 days & nobody calling back"), text);
    assertTrue(text.contains("Settings > Data > Export"), text);
    assertTrue(r.warnings().contains("actions: HTML character references read as the characters they stand for (\"Go to Settings > Data > Export and choose CSV\")"),
        r.warnings()::toString);
  }

  @Test
  void aDoubledReferenceIsDecodedOnceMoreAndAnUnknownOneStays() {
    assertEquals("Settings > Billing", CallerEcho.decoded("Settings &amp;gt; Billing"));
    assertEquals("R&D &nosuch; x", CallerEcho.decoded("R&amp;D &nosuch; x"));
    assertEquals("&#0; &#xD800;", CallerEcho.decoded("&#0; &#xD800;"));
    String plain = "nothing to decode";
    assertTrue(plain == CallerEcho.decoded(plain));
  }

  @Test
  void aUsernameWithAnUnderscoreIsNotGreetedAsAName() {
    Reply r = US.compose().conversation("handle", 0).customer("kid_rock_fan").acknowledge(Emotion.NEUTRAL, "your autocorrect joke").build();
    assertFalse(r.toPlainText().contains("kid_rock_fan"), r.toPlainText());
    assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("customer: looks like")), r.warnings()::toString);
    Reply named = US.compose().conversation("name", 0).customer("Mary-Jane O'Neil").acknowledge(Emotion.NEUTRAL, "your question").action("I’ve checked it").build();
    assertTrue(named.toPlainText().contains("Mary-Jane,"), named.toPlainText());
  }

  @Test
  void initialsTypedInCapitalsStayInitials() {
    assertEquals("TJ", Composer.greetingName("TJ", com.ibm.icu.util.ULocale.US));
    assertEquals("KC", Composer.greetingName("KC", com.ibm.icu.util.ULocale.US));
    assertEquals("Al", Composer.greetingName("AL", com.ibm.icu.util.ULocale.US));
    assertEquals("José", Composer.greetingName("JOSÉ", com.ibm.icu.util.ULocale.US));
    Reply r = US.compose().conversation("tj", 0).customer("TJ").acknowledge(Emotion.ANGRY, "the triple charge").action("I’ve refunded two of the charges").build();
    assertTrue(r.toPlainText().contains(" TJ,"), r.toPlainText());
  }

  @Test
  void textSpeakIsWrittenOutWithAWarning() {
    Reply r = US.compose().conversation("speak", 0).customer("Pete").acknowledge(Emotion.PRESSED_FOR_TIME, "my connection in 40 mins")
        .action("rebooked u on the 4:10 to ORD, gate B12").followUp("pls check ur email for the new appt").build();
    String text = r.toPlainText();
    assertTrue(text.contains("rebooked you on the 4:10") && text.contains("40 minutes"), text);
    assertTrue(text.contains("check your email for the new appointment"), text);
    assertFalse(text.contains(" u ") || text.contains(" ur ") || text.contains("appt"), text);
    assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("actions: text-speak written out as words")), r.warnings()::toString);
    // Capitals and joined words are not text-speak: "U2", "UR", "u-turn".
    assertEquals("U2 and UR tickets, a u-turn", CallerEcho.forLocale(Locale.ENGLISH).spelledOut("U2 and UR tickets, a u-turn"));
  }

  @Test
  void addressesHandlesAndPathsAreCopiedAsTyped() {
    CallerEcho echo = CallerEcho.forLocale(Locale.ENGLISH);
    // Text-speak inside an address, a handle or a path is part of a name: "package.com" would
    // send the customer somewhere else.
    assertEquals("write to aaa @ pkg.com or ppl@pkg.com", echo.spelledOut("write to aaa @ pkg.com or ppl@pkg.com"));
    assertEquals("see www.pkg.com/u/12 and @ur_shop", echo.spelledOut("see www.pkg.com/u/12 and @ur_shop"));
    // The word at a sentence's end, or after an ellipsis, is still text-speak.
    assertEquals("I rebooked you. Thanks...you rock", echo.spelledOut("I rebooked u. Thanks...u rock"));
  }

  @Test
  void aSituationOfPunctuationAloneIsNotNamed() {
    Reply r = reply("punct", Emotion.CONFUSED, "???", "Could you tell me your order number?");
    assertFalse(r.toPlainText().contains("???"), r.toPlainText());
  }
}
