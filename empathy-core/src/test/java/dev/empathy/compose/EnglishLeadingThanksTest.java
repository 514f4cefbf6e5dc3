package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.Register;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A grateful English summary that opens with the customer's thanks is said back without it: the
 * lead's read of session 18's merged replies found "I can see that thank you Marcus was amazing".
 * A thanks its sentence goes on from ("thank you for…", "thanks to…", "thanks but…") stays whole.
 */
class EnglishLeadingThanksTest {
  private static final LeadingThanks EN = LeadingThanks.forLocale(Locale.ENGLISH);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "thank you Marcus was amazing!!      | Marcus was amazing!!",
      "Thanks, the parcel came today       | the parcel came today",
      "thank you so much the agent fixed it | the agent fixed it",
      "thx!! all sorted now                | all sorted now",
      "thank you for the quick refund      | thank you for the quick refund",
      "thanks to Mo my bag is back         | thanks to Mo my bag is back",
      "thanks but my parcel is still late  | thanks but my parcel is still late",
      "thank you                           | thank you",
      "thankfully it arrived               | thankfully it arrived",
  })
  void aLeadingThanksIsLeftOutUnlessItsSentenceGoesOn(String typed, String kept) {
    assertEquals(kept, EN.strip(typed));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "thank you Marcus was amazing!! | marcus was amazing",
      "thanks, the crew were lovely   | the crew were lovely",
  })
  void theReplyDoesNotThankItself(String typed, String said) {
    Empathy empathy = Empathy.builder().locale(Locale.US).register(Register.INFORMAL)
        .clock(Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC)).build();
    Reply r = empathy.compose().acknowledge(Emotion.GRATEFUL).summary(typed).action("I've changed your seat to 14C").build();
    String text = r.toPlainText().toLowerCase(Locale.ROOT);
    assertTrue(text.contains(said), text);
    assertFalse(text.contains("that thank") || text.contains("that thanks"), text);
  }

  @Provide
  Arbitrary<String> typed() {
    Arbitrary<String> head = Arbitraries.of("thank you", "Thanks", "thx", "thank u", "tysm", "many thanks", "thanks so much", "");
    Arbitrary<String> mark = Arbitraries.of("", " ", ",", "!!", "…", " 🙏", "\u200D", "\uD800");
    Arbitrary<String> tail = Arbitraries.strings().all().ofMaxLength(30);
    return net.jqwik.api.Combinators.combine(head, mark, tail).as((h, m, t) -> h + m + t);
  }

  /** Whatever is typed, what stays is the end of it, never empty when the typed text was not. */
  @Property(tries = 500)
  void whatStaysIsTheEndOfWhatWasTyped(@ForAll("typed") String typed) {
    String kept = EN.strip(typed);
    assertTrue(typed.endsWith(kept), () -> "«" + kept + "» of «" + typed + "»");
    assertTrue(typed.isBlank() || !kept.isBlank(), () -> "«" + typed + "» lost whole");
  }
}
