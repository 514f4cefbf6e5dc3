package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.Register;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A caller's phrase that ends in an incise ("la cuenta de mi madre, que falleció en octubre", "das
 * Konto meiner Mutter, die letzten Monat verstorben ist") is closed with a comma where our sentence
 * goes on ("…en octubre, para que no tenga…", "…verstorben ist, kümmere ich mich"); a list
 * ("die Rechnung, der Beleg und der Vertrag") is not.
 */
class InciseCommaTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC);

  private static List<String> acks(String tag, String situation) {
    List<String> out = new ArrayList<>();
    for (Register register : Register.values()) {
      Empathy empathy = Empathy.builder().locale(Locale.forLanguageTag(tag)).register(register).clock(CLOCK).build();
      for (Emotion emotion : new Emotion[] {Emotion.SAD, Emotion.FRUSTRATED, Emotion.ANGRY, Emotion.ANXIOUS, Emotion.DISAPPOINTED}) {
        for (int c = 0; c < 10; c++) {
          out.add(empathy.compose().conversation("incise-" + c, 0).customer("Alex").acknowledge(emotion, situation)
              .action("x").build().block(BlockKind.ACKNOWLEDGEMENT).orElseThrow().text());
        }
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "es    | la cuenta de mi madre, que falleció en octubre | en octubre",
      "fr    | le compte de ma mère, décédée le mois dernier  | mois dernier",
      "de    | das Konto meiner Mutter, die letzten Monat verstorben ist | verstorben ist",
      "pt-BR | a linha do meu pai, que morreu em agosto        | em agosto"})
  void anInciseIsClosedWhereTheSentenceGoesOn(String tag, String situation, String last) {
    Pattern unclosed = Pattern.compile("\\b" + last + " \\p{L}");
    List<String> bad = acks(tag, situation).stream().filter(a -> unclosed.matcher(a).find()).toList();
    assertEquals(List.of(), bad);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "de    | die Rechnung, der Beleg und der Vertrag | false",
      "es    | la factura, el recibo y el contrato     | false",
      "fr    | le colis, la facture et le bon          | false",
      "pt-BR | a fatura, o recibo e o contrato         | false",
      "es    | el pedido 4471, el de ayer              | true",
      "es    | el cargo de 42,50 €                     | false",
      "de    | die Abbuchung, die ich nicht kenne      | true",
      "en    | your order, which never arrived         | false"})
  void onlyAnInciseIsClosed(String tag, String phrase, boolean incise) {
    assertEquals(incise, CallerClauses.forLocale(Locale.forLanguageTag(tag)).opensIncise(phrase));
  }
}
