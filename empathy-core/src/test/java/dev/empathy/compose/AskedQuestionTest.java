package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * A situation typed as a question is said back as the indirect question it asks (or the
 * statement it is), never echoed with its "?" inside our sentence: "why was I charged twice??" →
 * "You’d like to know why you were charged twice."
 */
class AskedQuestionTest {
  private static final AskedQuestion EN = AskedQuestion.forLocale(Locale.ENGLISH);
  private static final Empathy US = Empathy.builder().locale(Locale.US)
      .clock(Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC)).build();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "can I get a refund for the broken blender?|whether I can get a refund for the broken blender",
      "why was I charged twice??|why I was charged twice",
      "where is my order|where my order is",
      "how do I cancel my subscription?|how to cancel my subscription",
      "is my data safe after the breach?|whether my data is safe after the breach",
      "why does the app keep crashing|why the app keeps crashing",
      "when will my replacement arrive?|when my replacement will arrive",
      "what happened to my points??|what happened to my points",
      "did you guys even read my email|whether you even read my email",
      "are you ever going to answer me|whether you are ever going to answer me",
      "who approved this charge?|who approved this charge",
      "who is handling my case?|who is handling my case",
      "how come nobody told me about the outage|why nobody told me about the outage",
      "isn't this supposed to be waterproof?|whether this is supposed to be waterproof",
      "what am I paying for exactly|what I am paying for exactly",
      "why can't I log in|why I can't log in",
      "where's my refund?|where my refund is",
      "which order did you ship?|which order you shipped",
      "how long will it take|how long it will take",
      "how much does it cost?|how much it costs",
      "why is the black friday deal still not showing?|why the black friday deal is still not showing",
      "why did the price go up?|why the price went up",
      "is there a fee for returns?|whether there is a fee for returns",
      "why is shipping so expensive?|why shipping is so expensive",
      "doesn't the plan include roaming?|whether the plan includes roaming",
      "why didn't I get a refund?|why I didn't get a refund",
      "what is going on with my order?|what is going on with my order",
  })
  void aQuestionIsRestatedByItsStructure(String typed, String restated) {
    AskedQuestion.Restated r = EN.restate(typed);
    assertEquals(restated, r.text());
    assertTrue(r.asked());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "the double charge",
      "was charged twice",
      "can't log in",
      "when I opened the box it was smashed",
      "what you sent me is broken",
      "where is my order?? it's been 2 weeks",
      "have been waiting 3 weeks for a refund",
  })
  void aStatementOrSeveralSentencesAreLeftToTheCaller(String typed) {
    assertNull(EN.restate(typed));
  }

  @Test
  void aStatementAskedByItsMarkAloneIsSaidAsTheStatement() {
    AskedQuestion.Restated r = EN.restate("my order still hasn't come?");
    assertEquals("my order still hasn't come", r.text());
    assertFalse(r.asked());
  }

  @Test
  void aLanguageWithoutQuestionDataRestatesNone() {
    // German has question data since session 21 (question.verbLast); Italian has none.
    assertNull(AskedQuestion.forLocale(Locale.ITALIAN).restate("Perché mi avete addebitato due volte?"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ANGRY|why was I charged twice??|why you were charged twice",
      "FRUSTRATED|can I get a refund for the broken blender?|whether you can get a refund for the broken blender",
      "CONFUSED|WHY DOES THE APP KEEP CRASHING???|why the app keeps crashing",
      "DISAPPOINTED|did you guys even read my email|whether we even read your email",
      "ANXIOUS|is anyone going to call me back|whether anyone is going to call you back",
  })
  void theReplySaysTheIndirectQuestionOnceAndNeverTheCustomersQuestion(Emotion emotion, String situation, String said) {
    for (int c = 0; c < 12; c++) {
      Reply r = US.compose().conversation("q-" + c, 0).acknowledge(emotion, situation).action("I’ve looked into it").build();
      String text = r.toPlainText();
      assertTrue(text.contains(said + ".") || text.contains(said + ","), () -> text);
      String asked = situation.replaceAll("[?]+$", "").toLowerCase(Locale.ROOT);
      assertFalse(text.toLowerCase(Locale.ROOT).contains(asked), () -> "the question echoed: " + text);
      assertEquals(1, text.split(java.util.regex.Pattern.quote(said), -1).length - 1, () -> text);
    }
  }
}
