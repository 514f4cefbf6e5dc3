package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 17 in Spanish, French, German and Brazilian Portuguese: waits and repeats read from the
 * clause ({@code clauses_<tag>.tsv}), threats only when the customer makes them ({@code
 * threats_<tag>.tsv}), deaths and hardships only when they are the customer's own ({@code
 * situation_<tag>.tsv}). Messages written as customers write them, each read with its locale.
 */
class OtherLanguageClausesTest {

  private static Signals read(String locale, String text) {
    return Analyzer.forLocale(Locale.forLanguageTag(locale)).analyze(text);
  }

  private static Set<SignalKind> kinds(Signals s) {
    return s.escalation().signals().stream().map(EscalationSignal::kind).collect(Collectors.toSet());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "es | llevo 3 semanas esperando el reembolso y nada",
        "es | el pedido sigue sin llegar, ya llamé 4 veces",
        "es | todavía nada de mi paquete",
        "es | la web está caída desde el lunes",
        "fr | toujours rien reçu, ça fait 3 semaines que j'attends",
        "fr | j'ai appelé 4 fois et toujours pas de remboursement",
        "fr | le site est en panne depuis lundi",
        "de | seit zwei Wochen warte ich auf die Erstattung",
        "de | ich habe schon 4 mal angerufen und immer noch keine Antwort",
        "de | das Paket ist immer noch nicht da",
        "pt-BR | já liguei 4 vezes e ninguém resolve",
        "pt-BR | estou esperando há 3 semanas pelo reembolso",
      })
  void aWaitOrARepeatNeedsCare(String locale, String text) {
    Signals s = read(locale, text);
    assertTrue(s.escalation().level().atLeast(EscalationLevel.MEDIUM), text + " -> " + s);
    assertTrue(s.primary() == dev.empathy.Emotion.FRUSTRATED || s.primary() == dev.empathy.Emotion.ANGRY, text + " -> " + s);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "es | el pedido sigue sin llegar, ya llamé 4 veces",
        "fr | j'ai appelé 4 fois et toujours pas de remboursement",
        "de | ich habe schon 4 mal angerufen und immer noch keine Antwort",
        "pt-BR | já liguei 4 vezes e ninguém resolve",
      })
  void callingAgainAndAgainIsARepeat(String locale, String text) {
    assertTrue(kinds(read(locale, text)).contains(SignalKind.REPEAT_CONTACT), text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "es | voy a denunciar a Consumo si no me devuelven el dinero | legal_threat",
        "fr | je vais porter plainte si vous ne me remboursez pas | legal_threat",
        "fr | j'vais porter plainte, c'est inadmissible | legal_threat",
        "de | ich kündige, reicht jetzt | churn_threat",
        "de | wenn das nicht bis Freitag erledigt ist, kündige ich | churn_threat",
        "pt-BR | vou cancelar se não resolverem hoje | churn_threat",
        "pt-BR | vou abrir reclamação no Procon e no Reclame Aqui | legal_threat",
      })
  void aThreatTheCustomerMakesCounts(String locale, String text, String kind) {
    Signals s = read(locale, text);
    assertTrue(kinds(s).contains(SignalKind.fromLabel(kind)), text + " -> " + s.escalation());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "es | mi vecino va a denunciar a la empresa, qué drama",
        "fr | mon voisin a porté plainte contre eux lol",
        "de | mein Nachbar hat gekündigt, der war auch sauer",
        "pt-BR | meu vizinho cancelou o plano dele kkkk",
      })
  void aThreatToldOfIsNoThreat(String locale, String text) {
    Set<SignalKind> k = kinds(read(locale, text));
    assertFalse(k.contains(SignalKind.LEGAL_THREAT) || k.contains(SignalKind.CHURN_THREAT), text + " -> " + k);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "es | Falleció mi padre y necesito dar de baja su línea | true",
        "es | se me murió el móvil y no puedo entrar a la app | false",
        "fr | mon père est décédé, je dois résilier son abonnement | true",
        "fr | mon téléphone est mort, je vous écris depuis l'ordi | false",
        "de | mein Vater ist verstorben und ich muss seinen Vertrag kündigen | true",
        "de | mein Handy ist gestorben, schreibe vom Laptop | false",
        "pt-BR | meu pai faleceu e preciso cancelar a linha dele | true",
        "pt-BR | meu celular morreu, tô escrevendo do notebook | false",
      })
  void aDeathNeedsAPerson(String locale, String text, boolean vulnerable) {
    Signals s = read(locale, text);
    assertTrue(kinds(s).contains(SignalKind.VULNERABILITY) == vulnerable, text + " -> " + s.escalation());
  }
}
