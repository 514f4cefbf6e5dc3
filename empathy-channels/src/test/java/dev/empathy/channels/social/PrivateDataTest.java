package dev.empathy.channels.social;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PrivateDataTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "write to dana.w+shop@example.co.uk please | email",
        "call me on +1 (415) 555-0100 | phone",
        "my number is 020 7946 0958 | phone",
        "card 4111 1111 1111 1111 was charged | card",
        "IBAN GB82 WEST 1234 5698 7654 32 for the refund | iban",
        "it went to 221B Baker Street yesterday | address",
        "ship to 1600 Pennsylvania Avenue | address",
        "Hauptstraße 5 in Berlin | address",
        "London SW1A 1AA | address",
        "about order #4471 | reference",
        "the order ending in 4471 | reference",
        "mi pedido 88123 no llegó | reference",
        "ma commande n° 55123 | reference",
        "reference ORD-4471-B | reference",
      })
  void findsPrivateData(String text, String kind) {
    var found = PrivateData.find(text, Optional.empty());
    assertTrue(found.stream().anyMatch(f -> f.kind().equals(kind)), () -> kind + " not found in: " + text + " " + found);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "I’ve refunded the second charge of $42.00",
        "You’ll hear back within 3 business days, by Thursday, March 5.",
        "I’ll have this sorted by 4:30 PM today.",
        "Thanks for your patience since 2019!",
        "I’m sorry about the late delivery of your new sofa.",
        "It took 2 hours at the park.",
      })
  void leavesOrdinarySupportTextAlone(String text) {
    assertEquals(0, PrivateData.find(text, Optional.empty()).size(), () -> text + " " + PrivateData.find(text, Optional.empty()));
  }

  @ParameterizedTest
  @CsvSource({"Dana Whitaker, the Whitaker account", "José García Márquez, cuenta de GARCÍA"})
  void findsTheCustomersSurname(String name, String text) {
    assertTrue(PrivateData.any(text, Optional.of(name)));
  }

  @ParameterizedTest
  @CsvSource({"Dana Whitaker, Hi Dana", "@dana_w, Hi @dana_w"})
  void firstNamesAndHandlesAreFine(String name, String text) {
    assertEquals(0, PrivateData.find(text, Optional.of(name)).size());
  }

  @ParameterizedTest
  @CsvSource({"4111111111111111, true", "4111111111111112, false", "79927398713, false"})
  void luhn(String digits, boolean valid) {
    assertEquals(valid, PrivateData.luhn(digits));
  }

  @ParameterizedTest
  @CsvSource({"GB82WEST12345698765432, true", "DE89370400440532013000, true", "DE89370400440532013001, false"})
  void iban(String iban, boolean valid) {
    assertEquals(valid, PrivateData.iban(iban));
  }
}
