package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A greeting names a person, never a number, an address, an e-mail or a handle with digits that
 * came in the {@code customer} field; such a value gives the anonymous greeting and a visible warning.
 */
class GreetingNameTest {
  private static final Empathy EN =
      Empathy.builder().locale("en-US").clock(Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC)).build();

  private static Reply reply(Empathy empathy, String customer) {
    return empathy.compose().conversation("c", 0).customer(customer).acknowledge(Emotion.FRUSTRATED, "the double charge")
        .action("I’ve refunded the second charge").build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"4111", "dana@example.com", "55 W 10th St", "dana1987", "@dana87", "@dana_w2", "+1 415 555 0199", "d4na", "１２３４", "PO Box 123"})
  void aValueThatIsNoNameIsNotGreeted(String customer) {
    Reply r = reply(EN, customer);
    String greeting = r.block(BlockKind.GREETING).orElseThrow().text();
    assertFalse(greeting.contains(customer.split(" ")[0]), () -> "greeted «" + customer + "»: " + greeting);
    assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("customer: looks like")), () -> "no warning for «" + customer + "»: " + r.warnings());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Dana Whitaker", "Zoë", "José Álvarez", "Mary-Jane", "D’Arcy", "Siân"})
  void aNameIsGreeted(String customer) {
    Reply r = reply(EN, customer);
    String greeting = r.block(BlockKind.GREETING).orElseThrow().text();
    assertTrue(greeting.contains(customer.split(" ")[0]), () -> "not greeted by name: " + greeting);
    assertEquals(0, r.warnings().stream().filter(w -> w.startsWith("customer:")).count(), r.warnings()::toString);
  }

  /**
   * A name a CRM exported surname first ("Weber, Jonas") is greeted by the given name, and a comma,
   * semicolon or colon typed after a name is never greeted ("Hello Sam,,"); both say so in a warning.
   * A suffix or a company form after the comma is not a given name.
   */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "Weber, Jonas|Jonas|true", "García López, Ana|Ana|true", "Sam,|Sam|true", "Dana Whitaker;|Dana|true",
      "Sam Lee, Jr.|Sam|false", "Acme, Inc.|Acme|false", "O’Neil, Siân|Siân|true"})
  void aNameIsGreetedByItsGivenNameWithoutStrayPunctuation(String customer, String given, boolean warned) {
    Reply r = reply(EN, customer);
    String greeting = r.block(BlockKind.GREETING).orElseThrow().text();
    assertTrue(greeting.matches(".*\\b" + given + ",$"), () -> "«" + customer + "» greeted: " + greeting);
    assertEquals(warned, r.warnings().stream().anyMatch(w -> w.startsWith("customer: read")), r.warnings()::toString);
  }

  @Provide
  Arbitrary<String> notNames() {
    Arbitrary<String> letters = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10);
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(6);
    return Arbitraries.oneOf(
        Combinators.combine(letters, digits).as((a, b) -> a + b),
        Combinators.combine(digits, letters).as((a, b) -> a + b),
        Combinators.combine(letters, digits).as((a, b) -> "@" + a + b),
        Combinators.combine(letters, letters).as((a, b) -> a + "@" + b + ".com"),
        Combinators.combine(Arbitraries.integers().between(1, 9999), letters).as((n, s) -> n + " " + s + " Street"));
  }

  @Property(tries = 150)
  void noGreetingInAnyLanguageNamesANumberOrAnId(@ForAll("notNames") String customer, @ForAll("languages") String language) {
    Reply r = reply(Empathy.builder().locale(language).build(), customer);
    String greeting = r.block(BlockKind.GREETING).orElseThrow().text();
    assertTrue(greeting.codePoints().noneMatch(Character::isDigit), () -> "greeting «" + greeting + "» for «" + customer + "»");
  }

  @Provide
  Arbitrary<String> languages() {
    return Arbitraries.of("en-US", "es", "fr-FR", "de-DE", "pt-BR", "ja-JP");
  }
}
