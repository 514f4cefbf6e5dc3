package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.Register;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A Spanish or Portuguese situation typed as a question is said back as the indirect question it
 * asks, in the reply's person, never echoed with its marks inside our sentence: "¿por qué me habéis
 * cobrado dos veces?" → "…quiere saber por qué le hemos cobrado dos veces."
 */
class QuestionsInSpanishPortugueseTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
  private static final AskedQuestion ES = AskedQuestion.forLocale(Locale.forLanguageTag("es"));
  private static final AskedQuestion PT = AskedQuestion.forLocale(Locale.forLanguageTag("pt-BR"));

  private static Empathy empathy(String tag, Register register) {
    return Empathy.builder().locale(Locale.forLanguageTag(tag)).register(register).clock(CLOCK).build();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "¿por qué me habéis cobrado dos veces?|por qué me habéis cobrado dos veces",
      "por que me cobraron dos veces??|por qué me cobraron dos veces",
      "como cancelo mi suscripcion?|cómo cancelo mi suscripcion",
      "¿Puedo recibir el reembolso antes del viernes?|si puedo recibir el reembolso antes del viernes",
      "mi pedido sigue sin llegar?|si mi pedido sigue sin llegar",
      "¿a que hora pasa el técnico?|a qué hora pasa el técnico",
      "cuanto tarda el envío?|cuánto tarda el envío",
      "a que hora abren la optica el domingo|a qué hora abren la optica el domingo",
      "cuanto cuesta cambiar la pantalla|cuánto cuesta cambiar la pantalla",
  })
  void aSpanishQuestionIsRestatedInItsOwnOrder(String typed, String restated) {
    AskedQuestion.Restated r = ES.restate(typed);
    assertEquals(restated, r.text());
    assertTrue(r.asked());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "por que fui cobrado duas vezes?|por que fui cobrado duas vezes",
      "posso ter o reembolso até sexta?|se posso ter o reembolso até sexta",
      "cade meu pedido?|onde está meu pedido",
      "o que aconteceu com meu pedido?|o que aconteceu com meu pedido",
      "quanto tempo mais vou ter que esperar?|quanto tempo mais vou ter que esperar",
      "a que horas abre a loja no domingo|a que horas abre a loja no domingo",
  })
  void aPortugueseQuestionIsRestatedInItsOwnOrder(String typed, String restated) {
    AskedQuestion.Restated r = PT.restate(typed);
    assertEquals(restated, r.text());
    assertTrue(r.asked());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "es|porque me cobraron dos veces",
      "es|el cargo duplicado",
      "es|hola, ¿me pueden ayudar?",
      "es|¿dónde está? lo necesito ya",
      "es|los zapatos tienen garantía",
      "es|cuando llegó el paquete estaba roto",
      "es|como no llegó, lo cancelé",
      "pt|porque fui cobrado duas vezes",
      "pt|a cobrança duplicada",
  })
  void aStatementOrTwoSentencesAreNoQuestion(String language, String typed) {
    assertNull(AskedQuestion.forLocale(Locale.forLanguageTag(language)).restate(typed));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "es|FORMAL|¿por qué me habéis cobrado dos veces?|por qué le hemos cobrado dos veces",
      "es|INFORMAL|como cancelo mi suscripcion?|cómo cancelas tu suscripción",
      "es-MX|FORMAL|puedo recibir el reembolso antes del viernes?|si puede recibir el reembolso antes del viernes",
      "es|INFORMAL|¿cuánto más tengo que esperar?|cuánto más tienes que esperar",
      "pt-BR|INFORMAL|por que fui cobrado duas vezes?|por que você foi cobrado duas vezes",
      "pt-BR|FORMAL|posso ter o reembolso até sexta?|se você pode ter o reembolso até sexta",
      "pt-BR|INFORMAL|meu dinheiro ta seguro?|se seu dinheiro tá seguro",
      "es|FORMAL|¿tienen la talla M en azul?|si tenemos la talla M en azul",
      "es|FORMAL|¿me podéis confirmar hoy si llega antes del sábado?|si le podemos confirmar hoy si llega antes del sábado",
      "pt-PT|FORMAL|vocês têm o voo de amanhã confirmado?|se temos o voo de amanhã confirmado",
      "pt-BR|FORMAL|tem desconto para pagamento à vista?|se temos desconto para pagamento à vista",
  })
  void theSummarySaysWhatTheCustomerAsksInTheRepliesPerson(String tag, Register register, String situation, String said) {
    for (int c = 0; c < 8; c++) {
      Reply r = empathy(tag, register).compose().conversation("q-" + c, 0)
          .acknowledge(Emotion.FRUSTRATED, situation).action("he revisado el caso").build();
      String summary = r.block(BlockKind.SUMMARY).orElseThrow(() -> new AssertionError(r.toPlainText())).text();
      assertTrue(summary.contains(said), () -> summary);
      assertTrue(summary.endsWith("."), () -> summary);
      assertFalse(summary.contains("?") || summary.contains("¿"), () -> summary);
      r.block(BlockKind.ACKNOWLEDGEMENT).ifPresent(b -> assertFalse(b.text().contains("?"), b::text));
    }
  }

  @Test
  void aSubjectPortugueseAddsFollowsTheQuestionsLead() {
    Reply r = empathy("pt-BR", Register.FORMAL).compose().conversation("q", 0)
        .acknowledge(Emotion.ANXIOUS, "posso ter o reembolso até sexta?").action("aprovei o reembolso").build();
    assertFalse(r.toPlainText().contains("você se pode"), r::toPlainText);
  }
}
