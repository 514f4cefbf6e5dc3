package dev.empathy.channels;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.channel.Channels;
import dev.empathy.channel.RenderOptions;
import dev.empathy.channel.Rendered;
import dev.empathy.compose.Reply;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A {@code customer} that is a number, an e-mail address, a street address or a handle with
 * digits is not a name: no channel, in any flavor or language, greets it or writes it anywhere
 * ("Hello 4111," was the probe's finding).
 */
class NotANameProperties {
  private static final Map<String, List<String>> FLAVORS = Map.of(
      "chat", List.of("web", "slack", "teams", "whatsapp", "messenger"), "email", List.of("html", "text"),
      "social", List.of("x", "facebook", "instagram", "linkedin"), "sms", List.of("sms"), "voice", List.of("ssml", "script"));

  @Provide
  Arbitrary<String> notNames() {
    Arbitrary<String> letters = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(8);
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(4).ofMaxLength(6);
    return Arbitraries.oneOf(
        digits,
        Combinators.combine(letters, digits).as((a, b) -> a + b),
        Combinators.combine(letters, digits).as((a, b) -> "@" + a + b),
        Combinators.combine(letters, letters).as((a, b) -> a + "@" + b + ".com"),
        Combinators.combine(Arbitraries.integers().between(1000, 9999), letters).as((n, s) -> n + " " + s + " Street"));
  }

  @Provide
  Arbitrary<String> channels() {
    return Arbitraries.of(FLAVORS.keySet().stream().sorted().toList());
  }

  @Provide
  Arbitrary<String> languages() {
    return Arbitraries.of("en-US", "es", "fr-FR", "de-DE", "pt-BR", "ja-JP");
  }

  @Property(tries = 120)
  void noChannelWritesACustomerValueThatIsNoName(
      @ForAll("notNames") String customer, @ForAll("channels") String channel, @ForAll("languages") String language) {
    Empathy empathy = Empathy.builder().locale(language).clock(Clock.fixed(Replies.NOW, ZoneOffset.UTC)).build();
    Reply reply = empathy.compose().conversation("c", 0).customer(customer).acknowledge(Emotion.FRUSTRATED, "the double charge")
        .action("I’ve refunded the second charge").build();
    String first = customer.split(" ")[0];
    java.util.regex.Pattern word = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(first) + "(?![\\p{L}\\p{N}])");
    for (String flavor : FLAVORS.get(channel)) {
      Rendered r = Channels.require(channel).render(reply, RenderOptions.builder().flavor(flavor).build());
      for (String part : r.parts()) {
        assertFalse(word.matcher(part).find(), () -> channel + "/" + flavor + " wrote «" + first + "»: " + part);
      }
      r.fields().forEach((name, value) -> assertFalse(word.matcher(value).find(), () -> channel + "/" + flavor + " field " + name + " wrote «" + first + "»"));
    }
  }
}
