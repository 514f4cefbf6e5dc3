package dev.empathy.channels.chat;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.channel.Channels;
import dev.empathy.channel.RenderOptions;
import dev.empathy.compose.Reply;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The micro-affirmation fits what the customer did: a joke or a laugh is answered in kind, never
 * with a clerk's "Got it." or "Sure."; a confused customer asked for an explanation, so "Of
 * course." and "Absolutely." (answers to a favour nobody asked) never open the reply.
 */
class ChatAffirmationTest {
  private static final Empathy US = Empathy.builder().locale(Locale.US).build();

  private static String firstBubble(Reply reply) {
    return Channels.require("chat").render(reply, RenderOptions.builder().build()).parts().get(0);
  }

  @Test
  void aJokeIsNeverAnsweredLikeATicket() {
    Set<String> clerk = Set.of("Got it.", "Sure.", "Of course.", "Sure thing.", "Thanks for flagging this.", "Thanks for the heads-up.");
    boolean playful = false;
    for (int c = 0; c < 24; c++) {
      for (String joke : new String[] {"your joke about our hold music 😂", "haha your autocorrect joke", "your tweet about the chicken costume lmao"}) {
        Reply r = US.compose().conversation("joke-" + c, 0).customer("Brenda").acknowledge(Emotion.NEUTRAL, joke).build();
        String bubble = firstBubble(r);
        for (String a : clerk) {
          assertFalse(bubble.contains("! " + a) || bubble.contains(". " + a), () -> "clerk's answer to a joke: " + bubble);
        }
        playful |= bubble.contains("Ha") || bubble.contains("laugh");
      }
    }
    assertTrue(playful, "some variant answers the joke in kind");
  }

  @Test
  void aConfusedCustomerIsNotAnsweredAsIfTheyAskedAFavour() {
    for (int c = 0; c < 24; c++) {
      Reply r = US.compose().conversation("confused-" + c, 0).customer("Jen").acknowledge(Emotion.CONFUSED, "why my seat changed")
          .action("The aircraft was swapped, so seats were reassigned").build();
      String bubble = firstBubble(r);
      assertFalse(bubble.contains("Of course.") || bubble.contains("Absolutely.") || bubble.contains("Got it."), bubble);
    }
  }

  /**
   * Session 24 probes: "Hola, Sr. Rojas. Claro. Es una muy buena pregunta…" before "no entiende por
   * qué su factura de energía subió el doble": in Spanish and Portuguese too, a confused customer
   * gets no "Of course." ("Claro.", "Por supuesto.", "Com certeza."), in either register.
   */
  @Test
  void aConfusedCustomerIsNotAnsweredAsIfTheyAskedAFavourInSpanishOrPortuguese() {
    for (String tag : new String[] {"es-ES", "pt-BR", "pt-PT"}) {
      for (dev.empathy.Register register : dev.empathy.Register.values()) {
        Empathy e = Empathy.builder().locale(Locale.forLanguageTag(tag)).register(register).build();
        boolean affirmed = false;
        for (int c = 0; c < 24; c++) {
          Reply r = e.compose().conversation("confused-" + c, 0).customer("Jen")
              .acknowledge(Emotion.CONFUSED, tag.startsWith("es") ? "la subida de la factura" : "o aumento da fatura")
              .action(tag.startsWith("es") ? "He desglosado los cargos nuevos" : "Detalhei as novas cobranças").build();
          String bubble = firstBubble(r);
          assertFalse(bubble.contains("Claro") || bubble.contains("Por supuesto") || bubble.contains("Com certeza"), bubble);
          affirmed |= affirmations(r, Emotion.CONFUSED).stream().anyMatch(bubble::contains);
        }
        assertTrue(affirmed, tag + " " + register + ": no affirmation at all (so this can fail)");
      }
    }
  }

  /**
   * Session 13 (reply-channels): "Hi Greg! Of course. … unfortunately we can't price match
   * marketplace sellers". A reply that says no opens without a micro-affirmation, in every
   * language; the same reply with an action that says yes still gets one (so this can fail).
   */
  @Test
  void aReplyThatSaysNoOpensWithoutAnAffirmation() {
    String[][] cases = {
        {"en-US", "the price match request", "unfortunately we can't price match marketplace sellers", "I’ve sent you a 10% code"},
        {"en-US", "my refund", "I can’t refund past the 30-day window", "I’ve refunded the headphones"},
        {"es-ES", "la devolución", "No podemos aceptar la devolución pasados 30 días", "He aceptado la devolución"},
        {"de-DE", "die Rücksendung", "Leider können wir die Rücksendung nach 30 Tagen nicht annehmen", "Die Rücksendung ist angenommen"},
        {"fr-FR", "le remboursement", "Nous ne pouvons pas rembourser après 30 jours", "Le remboursement est fait"},
        {"pt-BR", "a devolução", "Infelizmente não podemos aceitar a devolução", "A devolução foi aceita"},
        {"ja-JP", "返品", "30日を過ぎた返品はお受けできません", "返品を受け付けました"},
    };
    for (String[] c : cases) {
      Empathy e = Empathy.builder().locale(Locale.forLanguageTag(c[0])).build();
      boolean affirmedYes = false;
      for (int k = 0; k < 24; k++) {
        for (Emotion emotion : new Emotion[] {Emotion.NEUTRAL, Emotion.PRESSED_FOR_TIME, Emotion.CONFUSED}) {
          Reply no = e.compose().conversation("no-" + k, 0).customer("Greg").acknowledge(emotion, c[1]).action(c[2]).build();
          Reply yes = e.compose().conversation("no-" + k, 0).customer("Greg").acknowledge(emotion, c[1]).action(c[3]).build();
          assertTrue(ChatChannel.declines(no) && !ChatChannel.declines(yes), c[0]);
          String noBubble = firstBubble(no);
          String yesBubble = firstBubble(yes);
          for (String a : affirmations(yes, emotion)) {
            assertFalse(noBubble.contains(a), () -> c[0] + ": an affirmation before a no: " + noBubble);
            affirmedYes |= yesBubble.contains(a);
          }
        }
      }
      assertTrue(affirmedYes, c[0] + ": no affirmation even before a yes");
    }
  }

  /**
   * Session 15 (reply-en): "Got it. I made a mistake on your order". An admission of fault in an
   * action ("my mistake", "we got this wrong", "that’s on us") is never cheered first; the same
   * reply whose action only says what was done still gets an affirmation.
   */
  @Test
  void aReplyThatAdmitsAFaultOpensWithoutAnAffirmation() {
    String[][] cases = {
        {"I made a mistake on your order, and I’ve corrected it", "I’ve corrected your order"},
        {"my mistake - refunded the $12 fee", "refunded the $12 fee"},
        {"We got this wrong: the upgrade should have applied on the 3rd", "The upgrade applied on the 3rd"},
        {"that's on us, I've reissued the invoice", "I've reissued the invoice"},
    };
    boolean affirmedYes = false;
    for (String[] c : cases) {
      for (int k = 0; k < 12; k++) {
        for (Emotion emotion : new Emotion[] {Emotion.NEUTRAL, Emotion.PRESSED_FOR_TIME, Emotion.GRATEFUL}) {
          Reply fault = US.compose().conversation("fault-" + k, 0).customer("Dee").acknowledge(emotion, "my invoice").action(c[0]).build();
          Reply done = US.compose().conversation("fault-" + k, 0).customer("Dee").acknowledge(emotion, "my invoice").action(c[1]).build();
          assertTrue(ChatChannel.declines(fault) && !ChatChannel.declines(done), c[0]);
          String faultBubble = firstBubble(fault);
          String doneBubble = firstBubble(done);
          for (String a : affirmations(done, emotion)) {
            assertFalse(faultBubble.contains(a), () -> "an affirmation before a fault: " + faultBubble);
            affirmedYes |= doneBubble.contains(a);
          }
        }
      }
    }
    assertTrue(affirmedYes, "no affirmation even before a plain action");
  }

  /** Every micro-affirmation the reply's language has for {@code emotion}. */
  private static Set<String> affirmations(Reply reply, Emotion emotion) {
    java.util.Map<String, String> args = java.util.Map.of("emotion", emotion.name().toLowerCase(Locale.ROOT));
    int n = reply.phrasebook().variantCount("chat.affirmation");
    Set<String> out = new java.util.HashSet<>();
    for (int k = 0; k < 2 * n; k++) {
      String a = reply.phrasebook().format("chat.affirmation", 0, k, args);
      if (!a.isBlank()) {
        out.add(a);
        out.add(a.replace('’', '\''));
      }
    }
    return out;
  }

  /**
   * Lead, session 13 (demo T-1005, Slack): "Hi Alex! Let me explain. You're not the first to find
   * the increase … puzzling, so let me lay it out plainly." A micro-affirmation shares no two words
   * in a row with the acknowledgement after it.
   */
  @Test
  void anAffirmationDoesNotRepeatTheAcknowledgementsWords() {
    for (int c = 0; c < 64; c++) {
      Reply r = US.compose().conversation("echo-" + c, 0).customer("Alex")
          .acknowledge(Emotion.CONFUSED, "the increase on my bill").action("I’ve broken down the new charges").build();
      String bubble = firstBubble(r).toLowerCase(Locale.ROOT);
      String ack = r.block(dev.empathy.compose.BlockKind.ACKNOWLEDGEMENT).orElseThrow().text().toLowerCase(Locale.ROOT);
      int at = bubble.indexOf(ack.substring(0, Math.min(ack.length(), 15)));
      String opening = at > 0 ? bubble.substring(0, at) : "";
      for (String a : affirmations(r, Emotion.CONFUSED)) {
        String[] w = a.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}’' ]", "").split(" ");
        for (int k = 0; k + 1 < w.length; k++) {
          String pair = w[k] + " " + w[k + 1];
          assertFalse(opening.contains(a.toLowerCase(Locale.ROOT)) && ack.contains(pair), () -> "echo of \"" + pair + "\": " + bubble);
        }
      }
    }
  }

  /**
   * Session 14 closing note: "Con mucho gusto. Reconozco que…". Session 15 probes: "Entendido, lo
   * soluciono ahora. … siento mucho que le hayamos defraudado", "Entendu, je m’en occupe tout de
   * suite. Vous avez raison : … je le regrette sincèrement", "ただちに対応いたします。…誠に申し訳
   * ございません。" An acknowledgement that apologises or admits a fault is never preceded by a
   * micro-affirmation in any language, whatever the emotion (the phrase data may leave one out for
   * an angry customer: this holds by the acknowledgement's words either way).
   */
  @Test
  void noAffirmationBeforeAnApology() {
    String[][] cases = {
        {"es-ES", "el cobro doble", "He reembolsado el cobro duplicado"},
        {"fr-FR", "la facture", "J’ai remboursé la différence"},
        {"de-DE", "die gesperrte Karte", "Ich habe eine Ersatzkarte geschickt"},
        {"pt-BR", "o voo cancelado", "Remarquei você no próximo voo"},
        {"ja-JP", "配達の遅れ", "本日中に発送いたします"},
    };
    for (String[] c : cases) {
      Empathy e = Empathy.builder().locale(Locale.forLanguageTag(c[0])).build();
      int apologies = 0;
      for (Emotion emotion : Emotion.values()) {
        for (int k = 0; k < 12; k++) {
          Reply r = e.compose().conversation("sorry-" + k, 0).customer("Dana").acknowledge(emotion, c[1]).action(c[2]).build();
          String bubble = firstBubble(r);
          if (ChatChannel.admitsFault(r)) {
            apologies++;
            assertFalse(affirmations(r, emotion).stream().anyMatch(bubble::contains), () -> c[0] + ": an affirmation before an apology: " + bubble);
          }
        }
      }
      assertTrue(apologies > 0, c[0] + ": no acknowledgement read as an apology");
    }
  }

  @Test
  void faultsAreReadByTheirWordsInEachLanguage() {
    String[][] cases = {
        {"en-US", "I’m so sorry we let you down over the refund", "I can see how much the refund matters"},
        {"es-ES", "Reconozco que le hemos fallado", "Entiendo su indignación"},
        {"fr-FR", "Toutes mes excuses pour ce retard", "Je comprends votre colère"},
        {"de-DE", "Das tut mir wirklich leid", "Ihr Ärger ist verständlich"},
        {"pt-BR", "Peço desculpas pelo transtorno", "Entendo sua revolta"},
        {"ja-JP", "大変申し訳ございません", "お怒りはごもっともです"},
        {"en-US", "My deepest sympathy for your loss", "I’m so glad the flowers arrived"},
        {"es-ES", "Mi más sentido pésame por su pérdida", "Me alegra que haya llegado"},
        {"fr-FR", "Toutes mes condoléances", "Ravi que le colis soit arrivé"},
        {"de-DE", "Mein herzliches Beileid", "Schön, dass es angekommen ist"},
        {"pt-BR", "Meus sentimentos pela sua perda", "Que bom que chegou"},
        {"ja-JP", "心よりお悔やみ申し上げます", "お届けできて嬉しいです"},
    };
    for (String[] c : cases) {
      Locale locale = Locale.forLanguageTag(c[0]);
      assertTrue(ChatChannel.admitsFault(locale, c[1]), c[0] + ": " + c[1]);
      assertFalse(ChatChannel.admitsFault(locale, c[2]), c[0] + ": " + c[2]);
    }
  }

  /**
   * Session 16 probes: a grateful customer writing about a late parent's account got "Hi Lily! Aw,
   * that's great! My deepest sympathy for your loss." A condolence is never preceded by cheer.
   */
  @Test
  void noCheerBeforeACondolence() {
    Empathy e = Empathy.builder().locale(Locale.US).build();
    int condolences = 0;
    for (int k = 0; k < 12; k++) {
      Reply r = e.compose().conversation("loss-" + k, 0).customer("Lily")
          .acknowledge(Emotion.GRATEFUL, "my late dad's account").action("passed note to bereavement team").build();
      String bubble = firstBubble(r);
      if (bubble.contains("sympathy") || bubble.contains("condolences") || bubble.contains("loss")) {
        condolences++;
        assertFalse(affirmations(r, Emotion.GRATEFUL).stream().anyMatch(bubble::contains), () -> "cheer before a condolence: " + bubble);
      }
    }
    assertTrue(condolences > 0, "no reply offered condolences for a late parent's account");
  }
}
