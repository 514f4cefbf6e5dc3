package dev.empathy.channels.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.channel.Channels;
import dev.empathy.channel.RenderOptions;
import dev.empathy.channel.Rendered;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 15 closing note: Spanish voice read "$1,250.00 MXN", "$4.500" and "$800 MXN" as written.
 * An amount written with its currency's code is said with the code's words in every language, its
 * separators read by their shape; "$" alone is what it is in the country the reply was asked for
 * (pesos in Mexico, Argentina, Colombia and Chile; dollars in Spain, where the data says so).
 */
class CurrencyCodesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "es-MX|le cobramos $1,250.00 MXN dos veces|le cobramos 1,250 pesos dos veces",
      "es-MX|Le bonificamos $300 en su recibo|Le bonificamos 300 pesos en su recibo",
      "es-AR|le reintegramos $4.500 del envío|le reintegramos 4.500 pesos del envío",
      "es-CO|su transferencia de $1.500.000 COP|su transferencia de 1.500.000 pesos",
      "es|le cobramos $1,250.00 MXN|le cobramos 1.250 pesos mexicanos",
      "es|un abono de US$ 15.50|un abono de 15 dólares con 50 centavos",
      "es|20,00 € y 599 MXN|20 euros y 599 pesos mexicanos",
      "de-CH|die Zahlung über CHF 240.00 storniert|die Zahlung über 240 Franken storniert",
      "de|CHF 12.05 zurück|12 Franken und 5 Rappen zurück",
      "pt-BR|reembolso de US$ 120.00 e R$ 50,00|reembolso de 120 dólares e 50 reais",
      "fr-CA|les frais de 7,99 $|les frais de 7 dollars et 99 cents",
      "fr|un virement de 240 CHF|un virement de 240 francs suisses",
      "en-US|charged $1,250.00 MXN and $42.50|charged 1,250 Mexican pesos and 42 dollars and 50 cents",
      "en-US|order 1234 CHF 240.00 today|order 1234 240 Swiss francs today",
      "en-US|refunded US$ 99|refunded 99 dollars",
  })
  void anAmountIsSaidInItsCurrency(String tag, String written, String said) {
    assertEquals(said, SpokenFigures.forLocale(Locale.forLanguageTag(tag)).say(written));
  }

  @Test
  void theCountryAskedForSaysWhatDollarSignMeans() {
    Empathy mexico = Empathy.builder().locale(Locale.forLanguageTag("es-MX")).build();
    Rendered r = Channels.require("voice").render(mexico.compose().acknowledge(Emotion.FRUSTRATED, "la instalación")
        .action("Le bonificamos $300 en su recibo").build(), RenderOptions.builder().flavor("script").build());
    assertTrue(r.text().contains("300 pesos"), r.text());
    assertFalse(r.text().contains("$"), r.text());
  }

  private static final List<String> TAGS = List.of("en-US", "es", "es-MX", "es-AR", "de-CH", "fr", "fr-CA", "pt-BR");
  private static final List<String> CODES = List.of("USD", "EUR", "CHF");

  /** An amount with a code, written as any of these countries writes its separators. */
  @Provide
  Arbitrary<String> codedAmounts() {
    Arbitrary<Integer> whole = Arbitraries.integers().between(0, 9_999_999);
    Arbitrary<Integer> cents = Arbitraries.integers().between(-1, 99);
    Arbitrary<String> separators = Arbitraries.of(",.", ".,", " ,", "\u202F,", "'.");
    Arbitrary<Boolean> before = Arbitraries.of(true, false);
    return Combinators.combine(whole, cents, separators, Arbitraries.of(CODES), before).as((w, c, s, code, b) -> {
      String digits = String.valueOf(w);
      StringBuilder grouped = new StringBuilder();
      for (int i = 0; i < digits.length(); i++) {
        if (i > 0 && (digits.length() - i) % 3 == 0) {
          grouped.append(s.charAt(0));
        }
        grouped.append(digits.charAt(i));
      }
      String amount = grouped + (c < 0 ? "" : s.charAt(1) + String.format(Locale.ROOT, "%02d", c));
      return b ? code + " " + amount : amount + " " + code;
    });
  }

  private static final Pattern CODE_LEFT = Pattern.compile("\\b(?:USD|EUR|CHF)\\b");

  @Property(tries = 300)
  void everyCodedAmountIsSaidInEveryLanguage(@ForAll("codedAmounts") String amount) {
    for (String tag : TAGS) {
      String said = SpokenFigures.forLocale(Locale.forLanguageTag(tag)).say("Le devolvimos " + amount + " hoy.");
      assertFalse(CODE_LEFT.matcher(said).find(), () -> tag + ": a code read as written: " + said);
      assertTrue(said.endsWith(" hoy."), () -> tag + ": " + said);
    }
  }
}
