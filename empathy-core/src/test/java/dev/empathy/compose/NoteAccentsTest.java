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
 * An agent's note typed without its accents ("he hecho la devolucion del envio", "bloqueei o cartao
 * por seguranca") is written with them in the reply, with a warning naming the field; a form that
 * may be the formal imperative ("envie el formulario") is never made a first person.
 */
class NoteAccentsTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

  private static Reply reply(String tag, String action, String followUp) {
    Composer c = Empathy.builder().locale(Locale.forLanguageTag(tag)).register(Register.FORMAL).clock(CLOCK).build()
        .compose().conversation("n", 0).acknowledge(Emotion.FRUSTRATED).action(action);
    return (followUp == null ? c : c.followUp(followUp)).build();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "es|he hecho la devolucion del envio|la devolución del envío",
      "es|baja tramitada sin penalizacion|sin penalización",
      "es|he actualizado la direccion de envio|la dirección de envío",
      "es|accion comercial aplicada|acción comercial",
      "pt-BR|bloqueei o cartao por seguranca|o cartão por segurança",
      "pt-BR|atualizei as informacoes do endereco|as informações do endereço",
      "pt-BR|agendei o tecnico|o técnico",
  })
  void anActionIsWrittenWithItsAccents(String tag, String action, String said) {
    Reply r = reply(tag, action, null);
    String text = r.block(BlockKind.ACTION).orElseThrow().text();
    assertTrue(text.contains(said), () -> text);
    assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("actions[0]: words typed without their accents")), r.warnings()::toString);
  }

  @Test
  void aFollowUpIsWrittenWithItsAccents() {
    Reply r = reply("pt-BR", "estornei a cobrança", "ligo amanha ate meio dia");
    assertTrue(r.toPlainText().contains("amanhã até meio dia"), r::toPlainText);
    assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("followUp: words typed without their accents")), r.warnings()::toString);
  }

  /**
   * An address is spelt as typed: "joao@exemplo.com" never becomes "joão@exemplo.com" (nor a
   * spaced "aaao @ aaa.com", SocialLeakProperties' draw in session 21, seed -6231222529288457324),
   * while the words around it still get their accents.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "pt-BR|enviei a informacao para joao@exemplo.com|joao@exemplo.com|a informação",
      "pt-BR|enviei o codigo para aaao @ aaa.com|aaao @ aaa.com|o código",
      "pt-BR|atualizei a informacao em loja.com.br/informacao|loja.com.br/informacao|a informação",
      "es|envie la informacion a ramon@correo.es|ramon@correo.es|la información"})
  void anAddressIsSpeltAsTyped(String tag, String action, String address, String accented) {
    String text = reply(tag, action, null).block(BlockKind.ACTION).orElseThrow().text();
    assertTrue(text.contains(address), () -> text);
    assertTrue(text.contains(accented), () -> text);
  }

  @Test
  void aFormalImperativeStaysAnImperative() {
    Reply r = reply("es", "envie el formulario firmado", null);
    assertFalse(r.toPlainText().contains("envié"), r::toPlainText);
  }

  @Test
  void aWordAlreadyAccentedOrShortIsLeftAlone() {
    Reply r = reply("es", "he revisado la información", null);
    assertTrue(r.warnings().stream().noneMatch(w -> w.contains("without their accents")), r.warnings()::toString);
  }

  /**
   * An ending is accented only after letters that look like a word of the language (person.accents.stem):
   * typed junk kept its letters but came out "aaões" (KeepOrderProperties' CI draw, session 20).
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "pt|qwe rty aaoes|aaoes",
      "pt|xkcdoes bloqueado|xkcdoes",
      "pt|kwao zzq|kwao",
      "pt|bbbbbcao|bbbbbcao",
      "es|zz aacion yy|aacion",
      "es|kwsion|kwsion",
  })
  void anEndingAfterLettersNoWordHasIsLeftAsTyped(String lang, String note, String kept) {
    String said = OwnPerson.forLocale(Locale.forLanguageTag(lang)).accentedNote(note);
    assertTrue(said.contains(kept), () -> said);
  }

  /** Words of the language the ending's rule still writes with their accent. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "pt|as notificacoes do aplicativo|as notificações do aplicativo",
      "pt|a transicao do plano|a transição do plano",
      "pt|os botoes do controle|os botões do controle",
      "pt|o aviao atrasou|o avião atrasou",
      "es|la instalacion del router|la instalación del router",
      "es|la conexion se corta|la conexión se corta",
  })
  void anEndingAfterAWordOfTheLanguageIsAccented(String lang, String note, String said) {
    assertEquals(said, OwnPerson.forLocale(Locale.forLanguageTag(lang)).accentedNote(note));
  }
}
