package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A situation saying how long the customer went without something is named by that consequence
 * (reply-en, session 14): before, "I’m sorry no hot water for 5 days has taken…", "3 weeks waiting
 * for a refund are not okay", "your internet OUT for 3 DAYS" echoed with its capitals.
 */
class ConsequenceTest {
  private static final Consequence EN = Consequence.forLocale(Locale.US);
  private static final Empathy US = Empathy.builder().locale(Locale.US).build();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "no hot water for 5 days|five days without hot water",
    "no internet for 3 weeks|three weeks without internet",
    "your internet OUT for 3 DAYS|three days without your internet",
    "your phone dead for 1 day|one day without your phone",
    "3 weeks waiting for a refund|three weeks of waiting for a refund",
  })
  void aStretchWithoutSomethingIsNamedByIt(String situation, String named) {
    assertEquals(named, EN.of(situation));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "the package stuck in transit for 10 days",  // what it cost is not said: not invented
    "no internet since monday",                  // no stretch of time given
    "no refund for 45 days",                     // a figure the data does not spell
    "you fly in 6 days",
    "the router for 3 weeks",
    "no $50 credit for 2 weeks",
  })
  void anyOtherShapeIsNamedAsTyped(String situation) {
    assertNull(EN.of(situation));
  }

  @Test
  void theAcknowledgementSaysTheStretchAsOneThing() {
    for (int c = 0; c < 12; c++) {
      Reply r = US.compose().conversation("stretch-" + c, 0).customer("Victor").acknowledge(Emotion.FRUSTRATED, "no hot water for 5 days")
          .action("booked a plumber for tomorrow").build();
      String ack = r.block(BlockKind.ACKNOWLEDGEMENT).orElseThrow().text();
      assertTrue(ack.toLowerCase(Locale.ROOT).contains("five days without hot water"), ack);
      assertFalse(ack.contains("have been") || ack.contains("are not") || ack.contains("them"), ack);
    }
  }

  @Test
  void aLanguageWithoutTheDataNamesNothingSo() {
    assertNull(Consequence.forLocale(Locale.JAPANESE).of("no hot water for 5 days"));
  }

  @Provide
  Arbitrary<String> situations() {
    Arbitrary<String> words = Arbitraries.of("no", "for", "over", "3", "1", "12", "days", "WEEKS", "hour", "waiting", "on", "your",
        "out", "dead", "internet", "hot", "water", "👩‍👩‍👧", "e\u0301", "שלום", "\uD800", "\u0000", "\u202E", "  ", "\n");
    return Arbitraries.oneOf(
        words.list().ofMaxSize(9).map(l -> String.join(" ", l)),
        Arbitraries.strings().ofMaxLength(80),
        Arbitraries.strings().withCharRange(' ', '~').ofMinLength(100_000).ofMaxLength(100_000));
  }

  private static final Set<String> OURS = Set.of("without", "of", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
      "ten", "eleven", "twelve", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months");

  /** Never a fact the customer did not type: every word named is theirs, or the data's span words. */
  @Property(tries = 400)
  void namesOnlyWhatWasTyped(@ForAll("situations") String situation) {
    String named = EN.of(situation);
    if (named == null) {
      return;
    }
    String typed = situation.toLowerCase(Locale.ROOT);
    for (String w : named.split(" ")) {
      assertTrue(OURS.contains(w) || typed.contains(w.toLowerCase(Locale.ROOT)), () -> w + " in " + named + " was not typed");
    }
  }
}
