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
 * The customer's first person is said back to them in the reply's register ({@link OwnPerson}):
 * "no me llegó el pedido y ya lo pagué" is "no te llegó el pedido y ya lo pagaste" (tú) or "no le
 * llegó el pedido y ya lo pagó" (usted), "o pacote que não recebi" is "o pacote que você não
 * recebeu"; a text whose first person the data cannot turn with certainty (the customer
 * addressing the company: "cobrasteis", "vcs") keeps its earlier handling. And an agent's text
 * typed in the other register is rewritten when the register's data knows every word of it
 * ("te he enviado" → "le he enviado" in a formal reply), warned about otherwise.
 */
class OwnPersonTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC);

  private static Empathy empathy(String tag, Register register) {
    return Empathy.builder().locale(Locale.forLanguageTag(tag)).register(register).clock(CLOCK).build();
  }

  private static String action(String tag) {
    return switch (tag) {
      case "es" -> "he reclamado el paquete";
      case "fr" -> "j’ai relancé le transporteur";
      case "de" -> "ich habe beim Versanddienst nachgefragt";
      default -> "abri uma reclamação";
    };
  }

  private static String block(Reply r, BlockKind kind) {
    return r.block(kind).orElseThrow(() -> new AssertionError("no " + kind + ": " + r.toPlainText())).text().replace('\u00a0', ' ');
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "es    | INFORMAL | no me llegó el pedido y ya lo pagué hace 10 días | no te llegó el pedido y ya lo pagaste hace 10 días",
      "es    | FORMAL   | no me llegó el pedido y ya lo pagué hace 10 días | no le llegó el pedido y ya lo pagó hace 10 días",
      "es    | FORMAL   | compré unas zapatillas y me cobraron dos veces   | compró unas zapatillas y le cobraron dos veces",
      "es    | INFORMAL | me quedé sin internet el sábado y trabajo desde casa | te quedaste sin internet el sábado y trabajo desde casa",
      "es    | FORMAL   | me quedé sin internet y yo tengo que teletrabajar | se quedó sin internet y usted tiene que teletrabajar",
      "es    | FORMAL   | pedí una talla M y llegó una XL                  | pidió una talla M y llegó una XL",
      "es    | INFORMAL | Pagué el pedido y no llegó nunca                 | pagaste el pedido y no llegó nunca",
      "es    | INFORMAL | busqué el número y no lo encuentro               | buscaste el número y no lo encuentras",
      "pt-BR | INFORMAL | não recebi o pedido e já paguei                  | você não recebeu o pedido e já pagou",
      "pt-BR | FORMAL   | comprei um tênis e me cobraram duas vezes        | você comprou um tênis e lhe cobraram duas vezes",
      "pt-BR | FORMAL   | Me esqueci da senha e não consegui entrar na minha conta | você se esqueceu da senha e não conseguiu entrar na sua conta",
      "pt-BR | INFORMAL | paguei e nunca recebi o pedido que fiz na loja  | você pagou e nunca recebeu o pedido que você fez na loja",
      "pt-BR | FORMAL   | eu tinha 2.300 pontos e agora tenho 300          | você tinha 2.300 pontos e agora tem 300",
      "es    | FORMAL   | me cortaron la luz sin aviso. Voy a poner una reclamación | le cortaron la luz sin aviso. Va a poner una reclamación",
      "es    | FORMAL   | Quisiera saber si puedo cambiar la fecha de mi vuelo | quiere saber si puede cambiar la fecha de su vuelo",
      "es    | INFORMAL | tengo miedo de quedarme sin plata                | tienes miedo de quedarte sin plata",
      "pt-BR | FORMAL   | fui cobrado por um seguro que nunca contratei. Vou acionar o Procon | nunca contratou. Vai acionar o Procon"})
  void aSummaryInTheCustomersFirstPersonIsSaidBackToThem(String tag, Register register, String summary, String said) {
    Reply r = empathy(tag, register).compose().customer("Alex").acknowledge(Emotion.FRUSTRATED, tag.equals("es") ? "el pedido" : "o pedido")
        .summary(summary).action(action(tag)).build();
    String text = block(r, BlockKind.SUMMARY);
    String expected = said.substring(0, 1).toUpperCase(Locale.ROOT) + said.substring(1);
    assertTrue(text.contains(said) || text.contains(expected), () -> "expected \"" + said + "\" in: " + text);
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "es    | FORMAL   | el cargo de 49,99 € que no reconozco       | el cargo de 49,99 € que no reconoce",
      "es    | INFORMAL | las zapatillas que compré en rebajas       | las zapatillas que compraste en rebajas",
      "es    | INFORMAL | el mensaje raro que recibí                 | el mensaje raro que recibiste",
      "es    | FORMAL   | el pedido que no me llegó                  | el pedido que no le llegó",
      "es    | FORMAL   | la devolución que pedí el lunes            | la devolución que pidió el lunes",
      "pt-BR | FORMAL   | a cobrança de 49,99 que eu não reconheço   | a cobrança de 49,99 que você não reconhece",
      "pt-BR | INFORMAL | o produto que comprei na promoção          | o produto que você comprou na promoção",
      "pt-BR | INFORMAL | o pacote que não recebi                    | o pacote que você não recebeu"})
  void aSituationsOwnClauseIsSaidBackInsteadOfCut(String tag, Register register, String situation, String named) {
    Empathy e = empathy(tag, register);
    for (Emotion emotion : new Emotion[] {Emotion.ANGRY, Emotion.FRUSTRATED, Emotion.DISAPPOINTED, Emotion.ANXIOUS}) {
      for (int c = 0; c < 4; c++) {
        Reply r = e.compose().conversation("own-person-" + c, 0).customer("Alex").acknowledge(emotion, situation).action(action(tag)).build();
        String ack = block(r, BlockKind.ACKNOWLEDGEMENT);
        String tail = named.substring(named.indexOf(' ') + 1);
        assertTrue(ack.contains(tail), () -> "expected \"" + tail + "\" in: " + ack);
        assertFalse(r.warnings().stream().anyMatch(w -> w.contains("own person")), () -> "still cut: " + r.warnings());
      }
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "es    | FORMAL   | no sé si me cobrasteis o no",
      "es    | INFORMAL | os pedí una talla M",
      "pt-BR | FORMAL   | vcs me cobraram duas vezes e eu paguei",
      "pt-BR | INFORMAL | vcs bloquearam o cartão e eu paguei tudo"})
  void aFirstPersonNextToAnAddressToTheCompanyIsNotHalfTurned(String tag, Register register, String summary) {
    Reply r = empathy(tag, register).compose().customer("Alex").acknowledge(Emotion.CONFUSED).summary(summary).action(action(tag)).build();
    String text = block(r, BlockKind.SUMMARY);
    assertTrue(text.toLowerCase(Locale.ROOT).contains(summary.toLowerCase(Locale.ROOT)), () -> "changed: " + text);
  }

  /**
   * Words addressed to us ("Ihr habt mir…", "vous m’avez…", "ustedes me cobraron…") are said from
   * our side; they were quoted or, worse, echoed as if the customer had charged us ("Sie haben mir
   * ohne Zustimmung Geld abgebucht" said back by the agent).
   */
  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "de    | INFORMAL | Ihr habt mir 2x 49,99 abgebucht                       | wir haben dir 2x 49,99 abgebucht",
      "de    | FORMAL   | Ihr habt mir 2x 49,99 abgebucht                       | wir haben Ihnen 2x 49,99 abgebucht",
      "de    | FORMAL   | Sie haben mir ohne Zustimmung Geld abgebucht          | wir haben Ihnen ohne Zustimmung Geld abgebucht",
      "de    | INFORMAL | ihr habt meine Karte ohne Vorwarnung gesperrt         | wir haben deine Karte ohne Vorwarnung gesperrt",
      "de    | FORMAL   | warum habt ihr mir das Paket nicht geschickt          | warum wir Ihnen das Paket nicht geschickt haben",
      "fr    | FORMAL   | vous m’avez prélevé deux fois ce mois-ci              | nous vous avons prélevé deux fois ce mois-ci",
      "fr    | INFORMAL | vous m’avez prélevé deux fois ce mois-ci              | nous t’avons prélevé deux fois ce mois-ci",
      "fr    | FORMAL   | vous n’avez toujours pas expédié ma commande          | nous n’avons toujours pas expédié votre commande",
      "fr    | INFORMAL | vous avez bloqué ma carte sans prévenir               | nous avons bloqué ta carte sans prévenir",
      "es    | FORMAL   | ustedes me cobraron 2 veces la misma factura          | le cobramos 2 veces la misma factura",
      "es    | INFORMAL | ustedes me cobraron 2 veces la misma factura          | te cobramos 2 veces la misma factura",
      "es    | FORMAL   | vosotros me habéis cobrado sin permiso                | le hemos cobrado sin permiso",
      "es    | INFORMAL | me cobrasteis el seguro del móvil                     | te cobramos el seguro del móvil",
      "es    | FORMAL   | me habeis cobrado dos veces                           | le hemos cobrado dos veces",
      "es    | FORMAL   | por qué me cobráis 3 € por la factura en papel        | por qué le cobramos 3 € por la factura en papel",
      "es    | INFORMAL | me enviáis la factura cada mes repetida               | te enviamos la factura cada mes repetida",
      "pt-BR | FORMAL   | vcs me cobraram duas vezes                            | nós lhe cobramos duas vezes",
      "pt-BR | FORMAL   | vocês me cobraram sem autorização                     | nós lhe cobramos sem autorização",
      "pt-BR | INFORMAL | vcs bloquearam meu cartão sem avisar                  | nós bloqueamos seu cartão sem avisar"})
  void wordsAddressedToUsAreSaidFromOurSide(String tag, Register register, String summary, String said) {
    Reply r = empathy(tag, register).compose().customer("Alex").acknowledge(Emotion.ANGRY).summary(summary).action(action(tag)).build();
    String text = block(r, BlockKind.SUMMARY);
    String expected = said.substring(0, 1).toUpperCase(Locale.ROOT) + said.substring(1);
    assertTrue(text.contains(said) || text.contains(expected), () -> "expected \"" + said + "\" in: " + text);
    assertFalse(r.warnings().stream().anyMatch(w -> w.startsWith("summary:")), () -> "warned: " + r.warnings());
  }

  /**
   * A verdict on us, praise, an object "vous", a possessive "ihr", a first person left beside the
   * address, or an agent's words to the customer (no word of the customer's own beside "Sie",
   * "vous") is never turned: "vcs são demais" is not "we are awesome".
   */
  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "pt-BR | INFORMAL | vcs são demais",
      "pt-BR | FORMAL   | vocês me ajudaram muito",
      "fr    | FORMAL   | vous êtes vraiment nuls",
      "fr    | FORMAL   | vous avez été super",
      "fr    | FORMAL   | on vous a déjà tout expliqué",
      "de    | FORMAL   | ihr seid die schlimmsten",
      "de    | FORMAL   | das ist ihr Paket und nicht meins",
      "es    | FORMAL   | ustedes son lo peor",
      "es    | INFORMAL | me ayudasteis un montón",
      "fr    | INFORMAL | vous m’avez facturé une assurance que j’ai jamais demandée",
      "de    | FORMAL   | Sie wurden zweimal belastet",
      "fr    | FORMAL   | vous avez été débité deux fois",
      "fr    | FORMAL   | vous n’avez pas reçu votre commande"})
  void aVerdictPraiseOrAnotherPersonIsNotSaidFromOurSide(String tag, Register register, String summary) {
    CallerClauses clauses = CallerClauses.forLocale(Locale.forLanguageTag(tag)).inRegister(register);
    OwnPerson person = OwnPerson.forLocale(Locale.forLanguageTag(tag));
    assertFalse(person.speaksToUs(summary, register, clauses), summary);
    String turned = person.turn(summary, register, clauses);
    assertTrue(turned == null || !turned.matches("(?iu).*\\b(wir|nous|nós|somos|sommes)\\b.*"), () -> "said as ours: " + turned);
  }

  @Test
  void turnIsNullWithoutAFirstPersonOrDataAndNeverTouchesTheRest() {
    CallerClauses es = CallerClauses.forLocale(Locale.forLanguageTag("es")).inRegister(Register.FORMAL);
    OwnPerson person = OwnPerson.forLocale(Locale.forLanguageTag("es"));
    assertNull(person.turn("el técnico no vino", Register.FORMAL, es));
    assertNull(person.turn("el café de la máquina", Register.FORMAL, es), "a noun ending in -é is not a verb");
    assertNull(person.turn("aquí y allí", Register.INFORMAL, es));
    assertEquals("el recibo que pagó", person.turn("el recibo que pagué", Register.FORMAL, es), "'recibo' is a noun here");
    CallerClauses en = CallerClauses.forLocale(Locale.ENGLISH);
    assertNull(OwnPerson.forLocale(Locale.ENGLISH).turn("I paid twice", Register.FORMAL, en), "English restates by its own data");
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "es    | FORMAL   | te he enviado una etiqueta de devolución      | le he enviado una etiqueta de devolución",
      "es    | FORMAL   | he restablecido tu acceso                     | he restablecido su acceso",
      "es    | FORMAL   | no te preocupes: el cargo ya está anulado     | no se preocupe: el cargo ya está anulado",
      "es    | FORMAL   | puedes cambiar la talla gratis en tienda      | puede cambiar la talla gratis en tienda",
      "fr    | FORMAL   | je t’ai envoyé une étiquette de retour        | je vous ai envoyé une étiquette de retour",
      "fr    | FORMAL   | tu peux échanger la taille en magasin         | vous pouvez échanger la taille en magasin",
      "fr    | FORMAL   | j’ai réinitialisé ton accès                   | j’ai réinitialisé votre accès",
      "de    | FORMAL   | ich habe dir ein Rücksendeetikett geschickt   | ich habe Ihnen ein Rücksendeetikett geschickt",
      "de    | FORMAL   | du kannst die Größe im Laden tauschen         | Sie können die Größe im Laden tauschen",
      "de    | INFORMAL | ich habe Ihnen die Expresskosten erstattet    | ich habe dir die Expresskosten erstattet",
      "pt-BR | FORMAL   | te mandei uma etiqueta de devolução           | lhe mandei uma etiqueta de devolução",
      "pt-BR | INFORMAL | ligo para o senhor hoje antes das 18h         | ligo para você hoje antes das 18h"})
  void anAgentsTextInTheOtherRegisterIsRewrittenWhenTheDataKnowsIt(String tag, Register register, String typed, String said) {
    Reply r = empathy(tag, register).compose().customer("Alex").acknowledge(Emotion.FRUSTRATED).action(typed).build();
    String text = block(r, BlockKind.ACTION);
    assertTrue(text.toLowerCase(Locale.ROOT).contains(said.toLowerCase(Locale.ROOT)), () -> "expected \"" + said + "\" in: " + text);
    assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("actions[0]:") && w.contains("the reply says")), () -> "no warning: " + r.warnings());
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "es    | FORMAL   | os he enviado las entradas",
      "fr    | FORMAL   | quand tu reviens, passe en boutique",
      "de    | FORMAL   | wenn du magst, tausche ich die Größe",
      "de    | INFORMAL | ich rufe Sie morgen an",
      "pt-BR | FORMAL   | a gente já resolveu isso"})
  void anAgentsTextTheDataCannotRewriteIsKeptAndWarned(String tag, Register register, String typed) {
    Reply r = empathy(tag, register).compose().customer("Alex").acknowledge(Emotion.FRUSTRATED).action(typed).build();
    String text = block(r, BlockKind.ACTION);
    String body = typed.substring(typed.indexOf(' ') + 1);
    assertTrue(text.contains(body), () -> "changed: " + text);
    assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("actions[0]:") && w.contains("reword it to match")), () -> "no warning: " + r.warnings());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "es    | Gracias!! ya me llegó todo perfecto 😊 | ya te llegó todo perfecto | gracias",
      "pt-BR | obrigada!! chegou tudo certinho 😊     | chegou tudo certinho      | obrigada",
      "fr    | Merci!! tout est arrivé nickel 😊      | tout est arrivé nickel    | merci",
      "de    | danke!! alles super angekommen 😊      | alles super angekommen    | danke"})
  void aGratefulSummaryIsSaidBackWithoutTheCustomersThanks(String tag, String summary, String said, String thanks) {
    Reply r = empathy(tag, Register.INFORMAL).compose().customer("Alex").acknowledge(Emotion.GRATEFUL).summary(summary).build();
    String text = block(r, BlockKind.SUMMARY).toLowerCase(Locale.ROOT);
    assertTrue(text.contains(said), () -> "expected \"" + said + "\" in: " + text);
    assertFalse(text.contains(thanks), () -> "the agent thanks themselves: " + text);
    assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("summary:") && w.contains("thanks us")), () -> "no warning: " + r.warnings());
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(delimiter = '|', value = {
      "es    | GRATEFUL   | graciass!! ya me funciona el wifi 🙏                   | ya te funciona el wifi    | graciass",
      "es    | ANXIOUS    | che, me debitaron dos veces el plazo fijo             | te debitaron dos veces    | che",
      "es    | FRUSTRATED | neta?? otra vez me cobraron la membresía               | te cobraron la membresía  | neta",
      "es    | FRUSTRATED | @Telco_es sin internet desde el lunes                  | sin internet desde el lunes | telco_es",
      "pt-BR | ANGRY      | PQP, terceira vez que o entregador some com meu pedido | o entregador some com seu pedido | pqp",
      "pt-BR | GRATEFUL   | vlw demais pela ajuda, resolveu tudo 😍                |                           | pela ajuda",
      "pt-PT | GRATEFUL   | muito obrigado pela rapidez, top!                      |                           | obrigado pela"})
  void aSituationIsSaidBackWithoutTheThanksOrCallItOpensWith(String tag, Emotion emotion, String situation, String said, String opening) {
    Composer c = empathy(tag, Register.INFORMAL).compose().customer("Alex").acknowledge(emotion, situation);
    Reply r = emotion == Emotion.GRATEFUL ? c.build() : c.action(action(tag.substring(0, 2))).build();
    String text = r.toPlainText().toLowerCase(Locale.ROOT);
    assertFalse(text.contains(opening), () -> "said back with \"" + opening + "\": " + text);
    if (said != null) {
      assertTrue(text.contains(said), () -> "expected \"" + said + "\" in: " + text);
    }
    assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("situation: \"")), () -> "no warning: " + r.warnings());
  }

  @Test
  void aThanksWithNewsAfterItsButIsNotThanksAlone() {
    LeadingThanks es = LeadingThanks.forLocale(Locale.forLanguageTag("es"));
    assertFalse(es.thanksOnly("gracias por responder pero sigo sin internet"));
    assertTrue(es.thanksOnly("mil gracias x la paciencia!!"));
    assertFalse(LeadingThanks.forLocale(Locale.forLanguageTag("pt")).thanksOnly("obrigado pela resposta, mas o app continua travando"));
  }

  @Test
  void aThanksThatGoesOnOrIsAllThereIsIsKept() {
    LeadingThanks es = LeadingThanks.forLocale(Locale.forLanguageTag("es"));
    assertEquals("gracias a la app he podido pagar", es.strip("gracias a la app he podido pagar"));
    assertEquals("Gracias!!", es.strip("Gracias!!"));
    assertEquals("ya llegó", es.strip("  ¡Muchas gracias! ya llegó"));
  }

  @Test
  void aTextPastedInAnotherLanguageIsNeitherTurnedNorRewritten() {
    Reply es = empathy("es", Register.INFORMAL).compose().customer("Alex").acknowledge(Emotion.FRUSTRATED)
        .summary("vous avez été débité deux fois").action("he anulado el cargo").build();
    assertTrue(block(es, BlockKind.SUMMARY).contains("vous avez été débité deux fois"), () -> block(es, BlockKind.SUMMARY));
    Reply pt = empathy("pt-BR", Register.FORMAL).compose().customer("Alex").acknowledge(Emotion.FRUSTRATED)
        .action("cancelei a cobrança").followUp("Te escribiré cuando llegue el reembolso").build();
    assertTrue(block(pt, BlockKind.FOLLOW_UP).contains("e escribiré cuando llegue el reembolso"), () -> block(pt, BlockKind.FOLLOW_UP));
    assertFalse(block(pt, BlockKind.FOLLOW_UP).contains("he escribiré"), () -> block(pt, BlockKind.FOLLOW_UP));
    assertTrue(pt.warnings().stream().anyMatch(w -> w.startsWith("followUp:") && w.contains("reword it to match")), () -> pt.warnings().toString());
  }
}
