package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Irony by purpose (issue 17, session 19): gladness at a price paid, whose purpose clause tells it
 * bought nothing more than anyone gets, a wait, or a failure ("so glad i paid for priority boarding
 * so i could stand in the same line as everyone else"). The same gladness at what the price bought
 * is praise. Read from the sentence's structure with the words of {@code irony.tsv} per language.
 */
class PriceInVainIronyTest {
  private static final Analyzer EN = Analyzer.forLocale(Locale.US);

  private static Emotion primary(String locale, String text) {
    return Analyzer.forLocale(Locale.forLanguageTag(locale)).analyze(text).primary();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en|so glad i paid for priority boarding so i could stand in the same line as everyone else",
        "en|so happy i paid extra for express shipping so it could sit in a warehouse for 5 days",
        "en|glad i upgraded to premium so i can get the same ads as before",
        "en|Love that I paid $40 for wifi just to get nothing for 3 hours @AcmeAir",
        "es|qué bien, pagué el envío urgente para que llegara una semana tarde",
        "pt-BR|adorei pagar frete expresso pra receber 10 dias depois",
        "fr|génial, j'ai payé l'option prioritaire pour attendre comme tout le monde",
      })
  void gladnessAtAPricePaidInVainIsIrony(String locale, String text) {
    assertEquals(Emotion.FRUSTRATED, primary(locale, text), text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en|so glad i paid for the upgrade, the seat was amazing",
        "en|glad i paid extra so i could sit with my kids, thank you @AcmeAir",
        "en|happy i bought the premium plan, no ads and it's fast",
        "en|so glad i paid for priority. still the same line? asking for next time",
        "es|qué bien, pagué el envío urgente y llegó al día siguiente",
      })
  void gladnessAtWhatThePriceBoughtIsNoIrony(String locale, String text) {
    assertFalse(primary(locale, text) == Emotion.FRUSTRATED, text);
  }

  @Test
  void theSameWordsWithoutAPaymentTurnNothing() {
    assertEquals(Emotion.GRATEFUL, EN.analyze("so glad i came early so i could get the same seat as last time").primary());
  }

  @Property(tries = 150)
  void aPriceThatBoughtTheSameAsAnyoneIsFrustration(
      @ForAll("glad") String glad, @ForAll("paid") String paid, @ForAll("inVain") String inVain) {
    String text = glad + " i " + paid + " so i could " + inVain;
    assertEquals(Emotion.FRUSTRATED, EN.analyze(text).primary(), text);
    String bought = glad + " i " + paid + ", it was worth it";
    assertTrue(EN.analyze(bought).primary() == Emotion.GRATEFUL, () -> bought + " -> " + EN.analyze(bought));
  }

  @Provide
  Arbitrary<String> glad() {
    return Arbitraries.of("so glad", "glad", "so happy", "Really happy", "love that", "@AcmeAir so glad", "😊 so glad");
  }

  @Provide
  Arbitrary<String> paid() {
    return Arbitraries.of("paid for priority boarding", "paid extra for express", "upgraded to business", "spent $60 on fast track", "paid 2x for the plus plan");
  }

  @Provide
  Arbitrary<String> inVain() {
    return Arbitraries.of(
        "stand in the same line as everyone else", "wait the same 2 hours", "get the exact same seat", "sit at the gate for 3 hours",
        "watch everyone board first anyway");
  }
}
