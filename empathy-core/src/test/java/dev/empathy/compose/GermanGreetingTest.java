package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.Register;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A German support desk writing "Sie" greets a customer it knows by first name and surname with
 * both ("Guten Tag Jonas Weber," — it does not know whether to write "Herr" or "Frau"), one known
 * by a title with the surname ("Guten Tag Herr Becker,"), and one known only by a first name
 * "Hallo Jonas,", never "Guten Tag Jonas,". Writing "du", it greets by the first name.
 */
class GermanGreetingTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC);

  private static Set<String> greetings(Register register, String customer) {
    Empathy de = Empathy.builder().locale(Locale.GERMANY).register(register).clock(CLOCK).build();
    Set<String> seen = new HashSet<>();
    for (int c = 0; c < 40; c++) {
      seen.add(de.compose().conversation("c" + c, 0).customer(customer).acknowledge(Emotion.NEUTRAL)
          .action("Ich habe die Rechnung korrigiert.").build().block(BlockKind.GREETING).orElseThrow().text());
    }
    return seen;
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "FORMAL   | Jonas Weber      | Guten Tag Jonas Weber,  | Hallo Jonas Weber,",
      "FORMAL   | jonas weber      | Guten Tag Jonas Weber,  | Hallo Jonas Weber,",
      "FORMAL   | Herr Becker      | Guten Tag Herr Becker,  | Hallo Herr Becker,",
      "FORMAL   | Jonas            | Hallo Jonas,            | Hallo Jonas,",
      "INFORMAL | Jonas Weber      | Hallo Jonas,            | Hi Jonas,",
      "INFORMAL | Jonas            | Hallo Jonas,            | Hi Jonas,"})
  void theGreetingNamesTheCustomerAsAGermanDeskWould(Register register, String customer, String one, String other) {
    Set<String> seen = greetings(register, customer);
    assertEquals(new HashSet<>(java.util.List.of(one, other)), seen);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"Jonas", "Lena", "Mia"}) // a handle ("@lena_k") is not a name: it gets the anonymous greeting
  void aFirstNameAloneIsNeverGreetedGutenTag(String customer) {
    for (String g : greetings(Register.FORMAL, customer)) {
      assertTrue(g.startsWith("Hallo "), g);
    }
  }
}
