package dev.empathy.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.channel.Channels;
import dev.empathy.channel.RenderOptions;
import dev.empathy.channel.Rendered;
import dev.empathy.compose.Reply;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 20's channel probes (agent notes with phone numbers, card endings, masked digits and
 * amounts, rendered on every channel): a public post kept "Call our fraud line at ( ext (details in
 * your DM). 42", "your Visa ending 4471" and "USD 1,249.00"; a call read "•••• 3321" out by name,
 * spelled "¥3000" digit by digit ("three zero zero zero yen") and cut a Japanese phone number in
 * pieces ("090-1234-5678" touching its words).
 */
class PrivateDetailsAcrossChannelsTest {

  private static Rendered render(String channel, Locale locale, String action) {
    Reply r = Empathy.builder().locale(locale).build().compose().customer("Ruth")
        .acknowledge(Emotion.ANXIOUS).action(action).build();
    return Channels.require(channel).render(r, RenderOptions.builder().build());
  }

  /** action | what the public post must not keep | what the DM must keep */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // (session 23: a toll-free line is the company's own and stays public, PublicReplyRoundSevenTest; a
      // customer's number with its extension still leaves whole)
      "en | Call the number you gave, (415) 555-0100 ext. 42, quoting case 7781902 | ext | (415) 555-0100 ext. 42",
      "en | refunded $88.00 to your Visa ending 4471 | 4471 | Visa ending 4471",
      "en | updated the card on file to the one ending in 1234, exp 04/29 | 04/29 | ending in 1234, exp 04/29",
      "en | issued the refund of USD 1,249.00 on 12/07 | 1,249 | USD 1,249.00",
      "pt | o entregador vai ligar para (11) 98765-4321 às 14h30 | (1 | (11) 98765-4321",
      "en | stopped the recurring charge on acct ****8812 | * | ****8812",
      "en | sent a new code by SMS to •••• 3321 | • | •••• 3321",
      "en | shipped a new router, tracking 9400 1000 0000 0000 0000 00 | 0000 | 9400 1000 0000 0000 0000 00",
      "de | ich habe den Betrag auf Ihre Karte mit Endziffern 4471 erstattet | Endziffern | Endziffern 4471",
  })
  void aPublicPostKeepsNothingOfAPrivateDetail(String language, String action, String gone, String inDm) {
    Rendered r = render("social", Locale.forLanguageTag(language), action);
    String post = r.parts().get(0);
    assertFalse(post.contains(gone), post);
    assertFalse(post.matches(".*\\(\\s.*|.*\\b(?:at|to|one|para)\\s*\\(.*"), () -> "a word or a bracket left where the detail was: " + post);
    String dm = r.parts().get(r.parts().size() - 1);
    assertTrue(dm.contains(inDm), dm);
  }

  /**
   * Japanese words touch a detail: its particle goes with it ("配達員がにお電話します" was a post), and an
   * address written against kana is the address alone (the whole action was taken for one).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "配達員が090-1234-5678にお電話します | 配達員がお電話します | 090-1234-5678にお電話します",
      "詳細をtanaka@example.co.jpにお送りしました | 詳細をお送りしました | tanaka@example.co.jpにお送りしました",
  })
  void aJapanesePostSaysTheActionWithoutTheDetailOrItsParticle(String action, String said, String inDm) {
    Rendered r = render("social", Locale.JAPAN, action);
    String post = r.parts().get(0);
    assertTrue(post.contains(said), post);
    String dm = r.parts().get(r.parts().size() - 1);
    assertTrue(dm.contains(inDm), dm);
  }

  @Test
  void aCallLeavesTheMaskUnsaidAndSaysTheLastDigits() {
    Rendered r = render("voice", Locale.US, "sent a new code by SMS to •••• 3321");
    assertFalse(r.text().contains("•"), r.text());
    assertTrue(r.text().contains("<say-as interpret-as=\"characters\">3321</say-as>"), r.text());
  }

  @Test
  void anAmountTypedWithoutGroupsIsSaidAsAnAmount() {
    Rendered r = render("voice", Locale.US, "added 2 free passes (worth ¥3000)");
    assertTrue(r.text().contains("3,000 yen"), r.text());
    assertFalse(r.text().contains(">3000<"), r.text());
  }

  @Test
  void aJapanesePhoneNumberTouchingItsWordsIsSaidAsOne() {
    Rendered r = render("voice", Locale.JAPAN, "配達員が090-1234-5678にお電話します");
    assertTrue(r.text().contains("<say-as interpret-as=\"telephone\">090-1234-5678</say-as>"), r.text());
  }
}
