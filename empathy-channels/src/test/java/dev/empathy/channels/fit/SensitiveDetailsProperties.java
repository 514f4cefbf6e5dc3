package dev.empathy.channels.fit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.InvalidInputException;
import dev.empathy.channel.Channels;
import dev.empathy.channel.RenderOptions;
import dev.empathy.channel.Rendered;
import dev.empathy.compose.Composer;
import dev.empathy.compose.Reply;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** An amount typed anywhere in a reply, among any text, never reaches an English public post. */
class SensitiveDetailsProperties {
  private static final Empathy EMPATHY = Empathy.builder().locale(Locale.US).build();

  @Provide
  Arbitrary<String> noise() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(40),
        Arbitraries.of("the second charge of", "the", "a", "your", "refunded", "is", "billed at", "(", "credit", "a month", "", "😂", "‮", "e\u0301"));
  }

  @Property(tries = 300)
  void noAmountReachesAPublicPost(
      @ForAll("noise") String before, @ForAll("noise") String after,
      @ForAll @IntRange(min = 10, max = 99_999) int amount, @ForAll @IntRange(min = 0, max = 3) int field,
      @ForAll("symbols") String symbol) {
    String money = symbol + String.format(Locale.ROOT, "%,d", amount) + ".49";
    String text = "x " + before + " " + money + " " + after;
    Reply reply;
    try {
      Composer c = EMPATHY.compose().conversation("amount", 0).customer("Dana");
      c.acknowledge(Emotion.FRUSTRATED, field == 0 ? text : "the double charge");
      c.summary(field == 1 ? text : "you were charged twice");
      c.action(field == 2 ? text : "I’ve refunded it");
      c.followUp(field == 3 ? text : "I’ll check back on Friday");
      reply = c.build();
    } catch (InvalidInputException e) {
      Assume.that(false);
      return;
    }
    for (String flavor : new String[] {"x", "facebook"}) {
      Rendered r = Channels.require("social").render(reply, RenderOptions.builder().flavor(flavor).build());
      for (String post : r.parts().subList(0, r.parts().size() - 1)) {
        assertFalse(post.contains(money) || post.contains(String.format(Locale.ROOT, "%,d", amount) + ".49"),
            () -> "leaked " + money + " in: " + post);
      }
    }
  }

  @Provide
  Arbitrary<String> symbols() {
    return Arbitraries.of("$", "£", "€", "US$", "¥");
  }

  @Property(tries = 300)
  void withoutAmountsNeverLeavesOneAndNeverThrows(@ForAll("longText") String text) {
    Optional<String> out = SensitiveDetails.forLocale(Locale.US).withoutAmounts(text);
    out.ifPresent(t -> assertTrue(!SensitiveDetails.forLocale(Locale.US).kinds(t).contains(SensitiveDetails.MONEY), t));
  }

  @Provide
  Arbitrary<String> longText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(300),
        Arbitraries.strings().withChars("$£€0123456789., ()the a of for is").ofMaxLength(300),
        Arbitraries.strings().withChars("$1 ,.").ofMinLength(50_000).ofMaxLength(100_000));
  }
}
