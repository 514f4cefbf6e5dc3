package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * What a Spanish or Brazilian customer typed, said back as a support lead would write it: accents
 * restored where the word (or its place) says which one was meant ("el tecnico no vino y nadie
 * aviso" → "el técnico no vino y nadie avisó"), text-speak that asks written as a question ("q es
 * esto??" → "¿qué es esto??"), an insult never said back in any block, and an English note that the
 * data cannot say quoted visibly, never read as a sentence of the reply.
 */
class EchoedSpanishPortugueseTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

  private static Empathy empathy(String tag, Register register) {
    return Empathy.builder().locale(Locale.forLanguageTag(tag)).register(register).clock(CLOCK).build();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "es    | el tecnico no vino y nadie aviso              | el técnico no vino y nadie avisó",
      "es    | mi vuelo a lima se cancelo                     | mi vuelo a lima se canceló",
      "es    | el regalo de mi hija llego roto                | el regalo de mi hija llegó roto",
      "es    | el tecnico me dejo plantado                    | el técnico me dejó plantado",
      "es    | el pedido no llego                             | el pedido no llegó",
      "es    | le aviso mañana                                | le aviso mañana",
      "es    | me quedo sin linea                             | me quedo sin línea",
      "es    | que llego tarde                                | que llego tarde",
      "es    | el cobro de la suscripcion                     | el cobro de la suscripción",
      "es    | el doble cargo en mi tarjeta                   | el doble cargo en mi tarjeta",
      "es    | el nuevo pedido llego roto                     | el nuevo pedido llegó roto",
      "pt-BR | o tecnico nao veio e ninguem avisou            | o técnico não veio e ninguém avisou",
      "pt-BR | a assinatura da racao do mes                   | a assinatura da ração do mês",
  })
  void accentsAreRestoredWhereThePlaceSaysWhichWordWasMeant(String tag, String typed, String restored) {
    assertEquals(restored, OwnPerson.forLocale(Locale.forLanguageTag(tag)).restored(typed));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "es    | q es este cargo de 300 pesos??                 | ¿qué es este cargo de 300 pesos??",
      "es    | no se q hacer                                  | no se qué hacer",
      "es    | no entiendo xq la factura viene tan alta       | no entiendo por qué la factura viene tan alta",
      "es    | la pizza llego fria, q falta de respeto        | la pizza llego fria, qué falta de respeto",
      "es    | hace 10 dias q hice el pedido                  | hace 10 dias que hice el pedido",
      "es    | el pedido, q sigue sin llegar                  | el pedido, que sigue sin llegar",
      "es    | tuve q cancelar xq salgo en 1 hora             | tuve que cancelar porque salgo en 1 hora",
      "es    | ya pague, pq me cortan la linea?               | ya pague, ¿por qué me cortan la linea?",
      "pt-BR | n entendi pq a fatura veio tao alta            | não entendi por que a fatura veio tao alta",
      "pt-BR | n sei oq fazer                                 | não sei o que fazer",
      "pt-BR | cancelei pq minha mae ta no hospital           | cancelei porque minha mae ta no hospital",
  })
  void textSpeakThatAsksIsWrittenAsAQuestion(String tag, String typed, String spelled) {
    assertEquals(spelled, CallerEcho.forLocale(Locale.forLanguageTag(tag)).spelledOut(typed));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "es    | la app de mierda se cierra cada vez q entro    | la app se cierra cada vez q entro",
      "es    | es la tercera vez q llamo, sois unos inutiles  | es la tercera vez q llamo",
      "es    | me cobraron el seguro, son unos chantas!!      | me cobraron el seguro",
      "es    | LA APP DE MIERDA no abre                       | LA APP no abre",
      "pt-BR | esse app lixo trava toda hora                  | esse app trava toda hora",
      "pt-BR | cobraram em dobro!!! q palhaçada               | cobraram em dobro!!!",
  })
  void anInsultIsLeftOutOfWhatIsSaidBack(String tag, String typed, String civil) {
    CallerEcho echo = CallerEcho.forLocale(Locale.forLanguageTag(tag));
    assertEquals(civil, echo.civil(typed));
    assertFalse(echo.judges(echo.civil(typed)), civil);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "es    | me debitaron dos veces?? tengo miedo          | me debitaron dos veces? tengo miedo",
      "es    | otra vez me cobraron!!! Nadie contesta        | otra vez me cobraron. Nadie contesta",
      "es    | ya la cancelé!!! y me cobraron igual          | ya la cancelé, y me cobraron igual",
      "pt-BR | cobraram em dobro?! e ninguém responde        | cobraram em dobro? e ninguém responde",
  })
  void aRunOfMarksInsideWhatIsSaidBackIsNotExclaimedBack(String tag, String typed, String said) {
    assertEquals(said, CallerEcho.settledMarks(typed));
  }

  @Test
  void aRunOfMarksBeforeTheSignsThatEndATextIsLeftOut() {
    assertEquals("ya la había cancelado", CallerEcho.forLocale(Locale.forLanguageTag("es")).plain("ya la había cancelado!!! 🤬🤬"));
    assertEquals("¿es real?", CallerEcho.settledMarks("¿es real?"), "a single mark is the customer's question");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "es    | el repartidor se llevó mi pedido y lo marcó como entregado 😡 | el repartidor se llevó mi pedido y lo marcó como entregado",
      "es    | la neta el scooter se apagó 🙄 a media avenida                 | la neta el scooter se apagó a media avenida",
      "es    | la pantalla 👍🏽 llegó rota 💔.                                 | la pantalla llegó rota.",
      "es    | la familia 👨‍👩‍👧 no puede entrar, la app falla                      | la familia no puede entrar, la app falla",
      "es    | no hacen envíos a 🇦🇷                                           | no hacen envíos a 🇦🇷",
      "es    | la tarjeta Visa® no pasa                                       | la tarjeta Visa® no pasa",
      "pt-BR | caiu um pix de 2 mil que eu não fiz 😰                         | caiu um pix de 2 mil que eu não fiz",
      "pt-PT | o casaco veio com a cor errada 😕                              | o casaco veio com a cor errada",
  })
  void anEmojiIsNotSaidBackWhereTheSituationIsNamed(String tag, String typed, String named) {
    // Session 22: "… y ya la había cancelado 🤬🤬." and "… que você não fez 😰." restated as ours.
    assertEquals(named, CallerEcho.forLocale(Locale.forLanguageTag(tag)).plain(typed));
  }

  @Test
  void aSummaryWithAnEmojiIsRestatedWithoutIt() {
    Reply r = empathy("es-MX", Register.INFORMAL).compose().conversation("c-emoji", 0).customer("Lalo")
        .acknowledge(Emotion.ANGRY, "el repartidor se llevó mi pedido y lo marcó como entregado 😡")
        .summary("el repartidor se llevó mi pedido y lo marcó como entregado 😡").action("Te he reembolsado el pedido").build();
    assertFalse(r.toPlainText().contains("😡"), r::toPlainText);
    assertTrue(r.toPlainText().contains("se llevó tu pedido y lo marcó como entregado"), r::toPlainText);
  }

  @Test
  void aSummaryThatIsOnlyAnInsultIsNotSaidBackAtAll() {
    assertEquals("", CallerEcho.forLocale(Locale.forLanguageTag("es")).civil("sois unos inutiles"));
    Reply r = empathy("es", Register.INFORMAL).compose().conversation("c-insult", 0).customer("Lucía")
        .acknowledge(Emotion.ANGRY, "la app de mierda").summary("sois unos inutiles")
        .action("He reiniciado tu cuenta").build();
    for (Block b : r.blocks()) {
      assertFalse(b.text().toLowerCase(Locale.ROOT).matches(".*(mierda|inutiles|inútiles).*"), b::text);
    }
    assertTrue(r.block(BlockKind.ACKNOWLEDGEMENT).orElseThrow().text().contains("la app"), r::toString);
    assertTrue(r.block(BlockKind.SUMMARY).isEmpty(), r::toString);
    assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("summary: an insult or a verdict on us is never said back")),
        r.warnings()::toString);
  }

  @Test
  void anEnglishNoteTheDataCannotSayIsQuotedVisibly() {
    Reply r = empathy("es", Register.FORMAL).compose().conversation("c-note", 0).customer("Lucía")
        .acknowledge(Emotion.FRUSTRATED, "el técnico").action("tech visit rebooked Thu 8-12").build();
    String action = r.block(BlockKind.ACTION).orElseThrow().text();
    assertTrue(action.contains("«tech visit rebooked Thu 8-12»"), action);
    assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("actions[0]: \"tech visit rebooked Thu 8-12\" reads as another language")
        && w.contains("is quoted as written")), r.warnings()::toString);
    Reply pt = empathy("pt-BR", Register.INFORMAL).compose().conversation("c-note", 0).customer("Mariana")
        .acknowledge(Emotion.FRUSTRATED, "o técnico").action("tech visit rebooked Thu 8-12").build();
    assertTrue(pt.block(BlockKind.ACTION).orElseThrow().text().contains("“tech visit rebooked Thu 8-12”"), pt::toString);
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "es    | FORMAL   | rebooked AV123 7:05a      | he cambiado su reserva al vuelo AV123 a las 7:05 de la mañana",
      "es    | INFORMAL | rebooked on LA2401        | he cambiado tu reserva al vuelo LA2401",
      "pt-BR | FORMAL   | rebooked G31234 7:05a     | remarquei sua passagem para o voo G31234 às 7h05",
      "es    | FORMAL   | account closed, no fees   | he cerrado la cuenta + no se le cobrará ningún cargo",
      "pt-BR | INFORMAL | unlocked acct + reset link sent | desbloqueei sua conta + te mandei um link pra redefinir a senha",
      "es    | FORMAL   | escalated to level 2 support | he pasado el caso al equipo de soporte de nivel 2",
      "es    | FORMAL   | callback tomorrow 10am    | le llamaremos mañana a las 10 de la mañana",
      "es    | INFORMAL | certificate sent by email today | te he enviado el certificado por correo hoy",
      "pt-BR | FORMAL   | bug reported, fix in next update | reportei o erro para a equipe técnica + a correção vem na próxima atualização",
      "pt-BR | FORMAL   | card enabled for international use | ativei o cartão para uso internacional",
  })
  void aFlightCodeInAnEnglishNoteIsCarriedIntoTheRepliesLanguage(String tag, Register register, String note, String expected) {
    assertEquals(expected, ForeignNotes.forLocale(Locale.forLanguageTag(tag)).said(note, register, parts -> String.join(" + ", parts)));
  }

  @Test
  void aSummaryTypedWithoutAccentsIsSaidBackWithThemAndSaysSo() {
    Reply r = empathy("es", Register.FORMAL).compose().conversation("c-acc", 0).customer("Lucía")
        .acknowledge(Emotion.FRUSTRATED, "el tecnico").summary("el tecnico no vino y nadie aviso")
        .action("He reservado otra visita").build();
    assertTrue(r.block(BlockKind.ACKNOWLEDGEMENT).orElseThrow().text().contains("el técnico"), r::toString);
    assertTrue(r.block(BlockKind.SUMMARY).orElseThrow().text().contains("el técnico no vino y nadie avisó"), r::toString);
    assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("summary: words typed without their accents are written with them")),
        r.warnings()::toString);
  }
}
