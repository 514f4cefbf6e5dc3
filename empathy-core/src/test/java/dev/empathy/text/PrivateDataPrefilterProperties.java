package dev.empathy.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link PrivateData#find} tries an unanchored rule only where a match can start ({@code
 * PrivateData.Starts}); the reference, {@code find(text, false)}, lets every such rule scan the
 * whole text. Both must give the same spans, on any text and on text full of private details. The
 * safe patterns (what is not private: a flight code, a time window) are tried the same way.
 */
class PrivateDataPrefilterProperties {
  private static final List<PrivateData> DETECTORS =
      List.of(
          PrivateData.everyLanguage().withCustomerName("Dana O'Neil-Ruiz"),
          PrivateData.forLocale(Locale.US).allowing(List.of("help@acme.example", "+1 800 555 0100")),
          PrivateData.forLocale(Locale.JAPAN),
          PrivateData.forLocale(Locale.GERMANY),
          PrivateData.forLocale(Locale.forLanguageTag("pt-BR")));

  /** Pieces of realistic private details and the text around them, glued in any order. */
  @Provide
  Arbitrary<String> realistic() {
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(19);
    Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(9);
    Arbitrary<String> upper = Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(4);
    Arbitrary<String> email = Combinators.combine(word, word, Arbitraries.of("com", "co.uk", "de", "com.br"), Arbitraries.of("@", " @ ", "＠", " at ", "(at)"))
        .as((u, d, t, at) -> u + at + d + "." + t);
    Arbitrary<String> phone = Combinators.combine(Arbitraries.of("", "+1 ", "+44 ", "00", "("), digits, Arbitraries.of("-", " ", ".", "–", ") ", "/"), digits)
        .as((p, a, s, b) -> p + a + s + b);
    Arbitrary<String> card = Arbitraries.of("4242 4242 4242 4242", "4111-1111-1111-1111", "5555555555554444", "**** 4471", "•••• 1234", "card ending in 9921");
    Arbitrary<String> address = Combinators.combine(Arbitraries.integers().between(1, 99999), Arbitraries.of("Park Ave", "Elm Street", "W 12th St", "Rue de la Paix", "Hauptstraße"),
        Arbitraries.of("", ", Apt 4B", ", NY 10001", ", SW1A 1AA", " PO Box 77"))
        .as((n, st, tail) -> n + " " + st + tail);
    Arbitrary<String> reference = Combinators.combine(Arbitraries.of("order #", "Order ", "ticket ", "account no. ", "ref: ", "", "AB-", "#"), upper, digits)
        .as((k, u, d) -> k + u + d);
    Arbitrary<String> ja = Arbitraries.of("〒100-0001", "東京都千代田区千代田1丁目1番1号", "三丁目4番地", "203号室", "〇九〇一二三四五六七八", "パスワードはhunter2", "暗証番号は 1234");
    Arbitrary<String> other = Arbitraries.of("DE89370400440532013000", "GB82 WEST 1234 5698 7654 32", "dana_w", "dana1987", "password: s3cret!", "PIN 4321",
        "DOB: 04/07/1987", "2026-12-01", "1/2", "$45.99", "Dana O'Neil-Ruiz", "help@acme.example", "call 800-555-0100", "five five five one two three four", "٣٤٥٦٧٨٩", "１２３４５６７");
    // What the safe patterns keep (tried only where one may start, as the rules are): flight codes,
    // time windows, a code's use, "visit us at", "…ing at", a flight with 便.
    Arbitrary<String> safe = Arbitraries.of("flight BA 1234", "rebooked you on LH 400", "Flug Nr. LH 4711", "vuelo IB 3456", "vol n° AF 12",
        "8-12 h", "10:00–12:00 Uhr", "14h-16h", "9時〜12時", "error code 504", "promo code: 4242", "Fehlercode ist 1234",
        "visit us at acme.example.com", "find me at shop.example.co.uk", "shopping at amazon.de", "JL 123便", "NH5便");
    Arbitrary<String> glue = Arbitraries.of(" ", ", ", ". ", "\n", "-", "", "(", ") ", "«", "é", "😡", "\uD83D", "_", "@", "#", "\u200D", "x");
    Arbitrary<String> piece = Arbitraries.oneOf(email, phone, card, address, reference, ja, other, safe, word, upper, digits, glue);
    return piece.list().ofMaxSize(40).map(x -> String.join("", x));
  }

  @Provide
  Arbitrary<String> anything() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(400),
        Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(400),
        Arbitraries.strings().withChars("0123456789 -.#@_aZ丁目番号〒〇一").ofMaxLength(200));
  }

  @Property(tries = 400)
  void sameSpansOnRealisticText(@ForAll("realistic") String text) {
    same(text);
  }

  @Property(tries = 300)
  void sameSpansOnAnyText(@ForAll("anything") String text) {
    same(text);
  }

  @Example
  void sameSpansOnLongTexts() {
    for (String text : List.of("1".repeat(100_000), "a@".repeat(50_000), "AB12 ".repeat(20_000), "x-1-2-3 ".repeat(12_000), "〒100-0001 一丁目".repeat(8_000),
        "call 800-555-0100 flight BA 1234 8-12 h ".repeat(3_000), "8-8-8-8 h ".repeat(10_000))) {
      same(text);
    }
  }

  private static void same(String text) {
    for (PrivateData d : DETECTORS) {
      assertEquals(d.find(text, false), d.find(text), () -> "prefilter changed the spans of «" + text + "»");
    }
  }
}
