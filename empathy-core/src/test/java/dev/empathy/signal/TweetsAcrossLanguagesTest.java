package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.empathy.Emotion;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 17, session 9: realistic tweets to brands written in English, Spanish, French, German and
 * Brazilian Portuguese (failures told as plain facts, waits, repeats, threats made, thanks), each
 * read as its English counterpart is: the same side of medium, the same threats, the same
 * polarity. Each row is one tweet in en, es, fr, de, pt-BR, written by us as customers write
 * them, not translated word for word.
 */
class TweetsAcrossLanguagesTest {
  private static final Locale[] LOCALES = {
    Locale.US, Locale.forLanguageTag("es-ES"), Locale.FRANCE, Locale.GERMANY, Locale.forLanguageTag("pt-BR")
  };
  private static final Set<SignalKind> THREATS = EnumSet.of(SignalKind.CHURN_THREAT, SignalKind.LEGAL_THREAT);

  @ParameterizedTest
  @CsvSource(
      delimiter = '~',
      quoteCharacter = '"',
      value = {
        "@AcmeAir my bag didn't arrive and I've been waiting 3 hours at the carousel || @AcmeAir mi maleta no llegó y llevo 3 horas esperando en la cinta || @AcmeAir ma valise n'est pas arrivée et j'attends depuis 3 heures au tapis || @AcmeAir mein Koffer ist nicht angekommen und ich warte seit 3 Stunden am Band || @AcmeAir minha mala não chegou e estou esperando há 3 horas na esteira",
        "@AcmeBank third time I'm calling about the double charge and still nothing || @AcmeBank tercera vez que llamo por el cobro doble y todavía nada || @AcmeBank troisième fois que j'appelle pour le double prélèvement et toujours rien || @AcmeBank zum dritten Mal rufe ich wegen der doppelten Abbuchung an und immer noch nichts || @AcmeBank terceira vez que ligo sobre a cobrança em dobro e até agora nada",
        "@AcmeTel internet has been down since Monday. If it's not fixed today I'm cancelling my contract || @AcmeTel sin internet desde el lunes. Si no lo arreglan hoy me doy de baja || @AcmeTel pas d'internet depuis lundi. Si ce n'est pas réparé aujourd'hui je résilie mon abonnement || @AcmeTel seit Montag kein Internet. Wenn das heute nicht behoben ist, kündige ich meinen Vertrag || @AcmeTel sem internet desde segunda. Se não resolverem hoje vou cancelar meu contrato",
        "@AcmeShop order 4471 never arrived, 2 weeks now and nobody answers my emails || @AcmeShop el pedido 4471 nunca llegó, ya van 2 semanas y nadie contesta mis correos || @AcmeShop la commande 4471 n'est jamais arrivée, ça fait 2 semaines et personne ne répond à mes mails || @AcmeShop Bestellung 4471 nie angekommen, jetzt schon 2 Wochen und niemand antwortet auf meine Mails || @AcmeShop o pedido 4471 nunca chegou, já são 2 semanas e ninguém responde meus e-mails",
        "@AcmeShop I will report you to consumer protection if I don't get my money back || @AcmeShop os voy a denunciar a consumo si no me devolvéis el dinero || @AcmeShop je vais vous signaler à la répression des fraudes si je ne suis pas remboursé || @AcmeShop ich werde Sie bei der Verbraucherzentrale melden, wenn ich mein Geld nicht zurückbekomme || @AcmeShop vou denunciar vocês no Procon se não devolverem meu dinheiro",
        "@AcmeAir flight cancelled, no rebooking, no hotel, no answer. Absolutely furious || @AcmeAir vuelo cancelado, sin reubicación, sin hotel, sin respuesta. Estoy furioso || @AcmeAir vol annulé, pas de réacheminement, pas d'hôtel, aucune réponse. Je suis furieux || @AcmeAir Flug gestrichen, keine Umbuchung, kein Hotel, keine Antwort. Ich bin stinksauer || @AcmeAir voo cancelado, sem remarcação, sem hotel, sem resposta. Estou furioso",
        "@AcmeShop thanks, the replacement arrived today, great service || @AcmeShop gracias, el reemplazo llegó hoy, gran servicio || @AcmeShop merci, le remplacement est arrivé aujourd'hui, super service || @AcmeShop danke, der Ersatz ist heute angekommen, toller Service || @AcmeShop obrigado, a reposição chegou hoje, ótimo atendimento",
        "@AcmeBank my card was charged twice for the same purchase || @AcmeBank me cobraron dos veces la misma compra en la tarjeta || @AcmeBank ma carte a été débitée deux fois pour le même achat || @AcmeBank meine Karte wurde für denselben Einkauf zweimal belastet || @AcmeBank meu cartão foi cobrado duas vezes pela mesma compra",
      })
  void eachLanguageReadsAsTheEnglish(String row) {
    String[] tweets = row.split(" \\|\\| ");
    assertEquals(LOCALES.length, tweets.length, row);
    Signals english = Analyzer.forLocale(LOCALES[0]).analyze(tweets[0]);
    for (int i = 1; i < tweets.length; i++) {
      Signals s = Analyzer.forLocale(LOCALES[i]).analyze(tweets[i]);
      String why = tweets[i] + " -> " + s.primary() + "/" + s.escalation() + " vs English " + english.primary() + "/" + english.escalation();
      assertEquals(LOCALES[i].getLanguage(), s.locale().getLanguage(), why);
      assertEquals(english.escalation().level().atLeast(EscalationLevel.MEDIUM), s.escalation().level().atLeast(EscalationLevel.MEDIUM), why);
      assertEquals(threats(english), threats(s), why);
      assertEquals(english.primary() == Emotion.GRATEFUL, s.primary() == Emotion.GRATEFUL, why);
      assertEquals(english.primary() == Emotion.NEUTRAL, s.primary() == Emotion.NEUTRAL, why);
    }
  }

  private static Set<SignalKind> threats(Signals s) {
    Set<SignalKind> out = EnumSet.noneOf(SignalKind.class);
    s.escalation().signals().forEach(g -> {
      if (THREATS.contains(g.kind())) {
        out.add(g.kind());
      }
    });
    return out;
  }
}
