package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A customer named with a title ("Herr Becker") is greeted with the title and the surname. */
class TitledNamesTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC);

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "de    | Herr Becker     | Herr Becker",
      "de    | Frau Dr. Weber  | Frau Dr. Weber",
      "fr    | Mme Martin      | Mme Martin",
      "fr    | M. Dupont       | M. Dupont",
      "es    | Sr. Gómez       | Sr. Gómez",
      "pt-BR | Dona Maria      | Dona Maria",
      "en    | Mr. Chen        | Mr. Chen",
      "de    | Jonas Weber     | Jonas Weber",
      "de    | jonas weber     | Jonas Weber",
      "fr    | Marie Martin    | Marie",
      "de    | Herr            | Herr"})
  void aTitleKeepsItsSurname(String tag, String customer, String greeted) {
    Reply r = Empathy.builder().locale(Locale.forLanguageTag(tag)).clock(CLOCK).build().compose()
        .customer(customer).acknowledge(Emotion.NEUTRAL).actions(List.of("x")).build();
    String greeting = r.block(BlockKind.GREETING).orElseThrow().text();
    String name = greeting.replaceAll("^(Hallo|Guten Tag|Bonjour|Hola,|Olá,|Hi|Hello|Dear)\\s+", "").replaceAll("[,:!.]$", "");
    assertEquals(greeted, name, greeting);
  }
}
