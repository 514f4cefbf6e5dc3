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
 * Session 18, read as a support lead in Mexico, Spain, Argentina and Brazil would: "no se qué hacer"
 * is "no sé qué hacer" and is said back as "no sabes qué hacer"; an Argentine customer's voseo
 * addressed to us ("vos me cobraste") is said from our side like "ustedes me cobraron", and a
 * request in voseo ("podés desbloquearla?") is quoted, never half turned; a Brazilian "eu" whose
 * verb the data does not know is never said as "você trabalho"; "to"/"ta" typed for "tô"/"tá";
 * an English note in noun phrases ("meal vouchers x2") is quoted, never shown raw.
 */
class SpokenQuestionsAndVoseoTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

  private static Reply reply(String tag, Register register, String summary, String action) {
    return Empathy.builder().locale(Locale.forLanguageTag(tag)).register(register).clock(CLOCK).build()
        .compose().conversation("c-s18", 0).customer("Lucía")
        .acknowledge(Emotion.FRUSTRATED, tag.startsWith("es") ? "el pedido" : "o pedido")
        .summary(summary).action(action).build();
  }

  private static String summary(Reply r) {
    return r.block(BlockKind.SUMMARY).orElseThrow().text();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "es    | no se que hacer                         | no sé qué hacer",
      "es    | ya no se a quien llamar                 | ya no sé a quién llamar",
      "es    | no se si se perdio                      | no sé si se perdió",
      "es    | no se donde dormir                      | no sé dónde dormir",
      "es    | tenés idea de cuando viene el tecnico?  | tenés idea de cuándo viene el técnico?",
      "es    | ya sé que es tarde                      | ya sé que es tarde",
      "es    | no se, que raro                         | no se, que raro",
      "es    | la caja se cayo y no se abre            | la caja se cayó y no se abre",
      "pt-BR | o colchao ta manchado                   | o colchão tá manchado",
  })
  void aQuestionWordAndTheVerbBeforeItGetTheirAccents(String tag, String typed, String restored) {
    assertEquals(restored, OwnPerson.forLocale(Locale.forLanguageTag(tag)).restored(typed));
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "es | INFORMAL | no se que hacer, el paquete no llega   | no sabes qué hacer",
      "es | FORMAL   | no se que hacer, el paquete no llega   | no sabe qué hacer",
      "es | INFORMAL | perdi la conexion y no se donde dormir | no sabes dónde dormir",
  })
  void aCustomerWhoDoesNotKnowWhatToDoIsToldSo(String tag, Register register, String typed, String expected) {
    Reply r = reply(tag, register, typed, "He abierto una reclamación");
    assertTrue(summary(r).contains(expected), r::toString);
    assertFalse(summary(r).matches(".*\\bno se (que|qué|donde|dónde)\\b.*"), r::toString);
  }

  @Test
  void voseoAddressedToUsIsSaidFromOurSide() {
    Reply r = reply("es-AR", Register.INFORMAL, "vos me cobraste la instalacion dos veces", "Anulé el segundo cobro");
    assertTrue(summary(r).contains("te cobramos la instalación dos veces"), r::toString);
    assertFalse(summary(r).contains("vos"), r::toString);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "me bloquearon la tarjeta sin avisar y estoy en el super, podés desbloquearla ya?",
      "tenés idea de cuando viene el tecnico?",
      "vos me cobraste dos veces y no me contestás",
  })
  void voseoLeftInTheTextIsQuotedNeverHalfTurned(String typed) {
    Reply r = reply("es-AR", Register.INFORMAL, typed, "Desbloqueé la tarjeta");
    String s = summary(r);
    assertTrue(s.contains("«") && s.contains("»"), r::toString);
    assertFalse(s.matches(".*\\bte (bloquearon|cobramos)\\b.*"), r::toString);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "estoy harta, necesito más datos y ya pagué | estás harta, necesitas más datos",
      "pagué después de las 6 y estoy sin linea   | pagaste después de las 6 y estás sin línea",
  })
  void wordsThatOnlyEndLikeVoseoStillTurn(String typed, String expected) {
    Reply r = reply("es", Register.INFORMAL, typed, "He reactivado la línea");
    assertTrue(summary(r).contains(expected), r::toString);
  }

  @Test
  void aBrazilianFirstPersonWhoseVerbIsUnknownIsNeverHalfTurned() {
    Reply r = reply("pt-BR", Register.INFORMAL, "a internet cai toda hora e eu trabalho de casa", "Reiniciei a linha");
    assertFalse(summary(r).contains("você trabalho"), r::toString);
    Reply to = reply("pt-BR", Register.INFORMAL, "bloquearam meu cartao do nada e to no mercado", "Desbloqueei o cartão");
    assertTrue(summary(to).contains("você está no mercado"), to::toString);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "es    | meal vouchers x2     | «meal vouchers x2»",
      "es    | account reinstated   | «account reinstated»",
      "pt-BR | 10% off next order   | “10% off next order”",
      "pt-BR | verification reset   | “verification reset”",
  })
  void anEnglishNoteInNounPhrasesIsQuotedNeverShownRaw(String tag, String note, String quoted) {
    Reply r = reply(tag, Register.FORMAL, "el pedido no llega", note);
    assertTrue(r.block(BlockKind.ACTION).orElseThrow().text().contains(quoted), r::toString);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "es    | te mandé el link por email",
      "pt-BR | te mandei o link por email",
  })
  void aNoteInTheRepliesLanguageWithABorrowedWordIsNotQuoted(String tag, String note) {
    Reply r = reply(tag, Register.INFORMAL, "el pedido no llega", note);
    String action = r.block(BlockKind.ACTION).orElseThrow().text();
    assertFalse(action.contains("«") || action.contains("“"), action);
    assertTrue(action.contains(note.substring(note.indexOf("link"))), action);
  }
}
