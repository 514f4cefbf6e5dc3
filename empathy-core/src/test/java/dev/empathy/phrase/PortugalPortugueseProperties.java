package dev.empathy.phrase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.Register;
import dev.empathy.compose.BlockKind;
import dev.empathy.compose.Reply;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * pt-PT replies (see {@link PortugalPortugueseTest}): bundled without a warning, a customer's own
 * words said back with their verb alone, in both registers, any feeling and turn; pt-BR keeps "você".
 */
class PortugalPortugueseProperties {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

  private static Empathy empathy(String tag, Register register) {
    return Empathy.builder().locale(tag).register(register).clock(CLOCK).build();
  }

  @Example
  void ptPtIsBundledAndRepliesWithoutAWarning() {
    Reply r = empathy("pt-PT", Register.FORMAL).compose().conversation("p", 0).customer("Sr. Costa")
        .acknowledge(Emotion.FRUSTRATED, "estou sem internet há três dias").action("técnico agendado amanhã 9h-13h").build();
    assertEquals("pt-PT", r.locale().toLanguageTag());
    assertTrue(r.warnings().stream().noneMatch(w -> w.contains("not bundled")), r.warnings()::toString);
    String text = r.toPlainText();
    assertTrue(text.contains("está sem internet há três dias"), text);
    assertFalse(text.contains("você"), text);
    assertTrue(text.contains("Equipa de Apoio ao Cliente") || !text.contains("Equipe"), text);
    assertTrue(r.block(BlockKind.ACTION).orElseThrow().text().contains("agendei o técnico para amanhã das 9h às 13h"), text);
  }

  @Example
  void theInformalRegisterNeverReadsBrazilsInformalFile() {
    Reply r = empathy("pt-PT", Register.INFORMAL).compose().conversation("p", 1).customer("Rita")
        .acknowledge(Emotion.CONFUSED, "não percebo a fatura").action("enviei o link por SMS").build();
    String text = r.toPlainText();
    assertFalse(PortugalPortugueseTest.BRAZILIAN.matcher(text).find(), text);
  }

  @Example
  void brazilStillSaysVoce() {
    Reply r = empathy("pt-BR", Register.FORMAL).compose().conversation("p", 0).customer("Sr. Costa")
        .acknowledge(Emotion.FRUSTRATED, "estou sem internet há três dias").action("técnico agendado amanhã").build();
    assertTrue(r.toPlainText().contains("você está sem internet"), r::toPlainText);
  }

  @Provide
  Arbitrary<String> situations() {
    Arbitrary<String> opening = Arbitraries.of("estou", "preciso", "já liguei", "não recebi", "quero", "tenho", "comprei", "perdi");
    Arbitrary<String> rest = Arbitraries.of("a encomenda", "o meu tarifário", "sem internet", "a fatura de novembro",
        "o telemóvel", "3 vezes para a linha de apoio", "ajuda com a conta", "o reembolso até sexta");
    return opening.flatMap(o -> rest.map(r -> o + " " + r));
  }

  /** A customer's words in the first person, any feeling, any turn, any register: never "você" in pt-PT. */
  @Property(tries = 60)
  void aCustomersOwnWordsAreNeverSaidBackWithVoce(@ForAll("situations") String situation, @ForAll Emotion emotion,
      @ForAll Register register, @ForAll("turns") int turn) {
    String text = empathy("pt-PT", register).compose().conversation("q" + situation.length(), turn)
        .customer("Ana").acknowledge(emotion, situation).action("reembolso aprovado").build().toPlainText();
    Matcher m = PortugalPortugueseTest.BRAZILIAN.matcher(text);
    assertFalse(m.find(), () -> "\"" + m.group() + "\" in " + text);
  }

  @Provide
  Arbitrary<Integer> turns() {
    return Arbitraries.integers().between(0, 4);
  }
}
