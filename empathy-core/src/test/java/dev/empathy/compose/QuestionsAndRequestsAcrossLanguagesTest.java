package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.Register;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a French, German or Japanese customer asks is said as a question or a request, never
 * recapped as a statement of ours (l10n-b, session 20 probes). Before: "Si j’ai bien saisi, où est
 * ta commande ?", "Pour m’assurer d’avoir bien compris : où est votre colis ?", "So habe ich es
 * verstanden: Wo ist Ihre Rückerstattung?", "「注文をキャンセルしてください」という状況と承知いたしました".
 */
class QuestionsAndRequestsAcrossLanguagesTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
  private static final Empathy FR = Empathy.builder().locale(Locale.FRANCE).clock(CLOCK).build();
  private static final Empathy FR_TU = Empathy.builder().locale(Locale.FRANCE).register(Register.INFORMAL).clock(CLOCK).build();
  private static final Empathy DE = Empathy.builder().locale(Locale.GERMANY).clock(CLOCK).build();
  private static final Empathy JA = Empathy.builder().locale(Locale.JAPAN).clock(CLOCK).build();
  private static final Empathy JA_CASUAL = Empathy.builder().locale(Locale.JAPAN).register(Register.INFORMAL).clock(CLOCK).build();

  private static Optional<Block> summary(Reply r) {
    return r.block(BlockKind.SUMMARY);
  }

  /** A short question on a first turn is answered by the actions, not said back (as in English). */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "fr-FR|où est ma commande ?",
      "fr-FR|pourquoi j'ai été débité de 9,99 €",
      "fr-FR|c'est pour quand ?",
      "de-DE|wo ist meine Rückerstattung?",
      "de-DE|warum wurden mir 9,99 Euro abgebucht?",
      "de-DE|wann kommt mein Paket",
  })
  void aShortQuestionOnAFirstTurnIsAnsweredNotRecapped(String tag, String question) {
    Empathy e = Empathy.builder().locale(Locale.forLanguageTag(tag)).clock(CLOCK).build();
    for (int c = 0; c < 5; c++) {
      Reply r = e.compose().conversation("short-" + c, 0).customer("Alex").acknowledge(Emotion.CONFUSED)
          .summary(question).action("Lien envoyé par mail").build();
      assertTrue(summary(r).isEmpty(), r::toPlainText);
      assertTrue(r.warnings().stream().anyMatch(w -> w.contains("is a short question")), r.warnings()::toString);
    }
  }

  /** A question typed as the situation is said as the question it asks, without its mark, in the reply's person. */
  @Test
  void aFrenchSituationTypedAsAQuestionIsAskedIndirectly() {
    for (int c = 0; c < 8; c++) {
      Reply r = FR.compose().conversation("ou-" + c, 0).customer("Luc").acknowledge(Emotion.CONFUSED, "où est mon colis ?")
          .action("Colis localisé au dépôt").build();
      String said = summary(r).orElseThrow().text();
      assertTrue(said.contains("où est votre colis"), said);
      assertFalse(said.contains("?"), said);
      assertTrue(said.startsWith("Vous "), said);
    }
  }

  /** On a later turn a summary typed as a question is said as the question, in the register's person. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "comment je peux suivre mon colis depuis l'appli ?|comment vous pouvez suivre votre colis|comment tu peux suivre ton colis",
      "pourquoi j'ai été débité deux fois pour la même commande ce mois-ci|pourquoi vous avez été débité|pourquoi tu as été débité",
      "où puis-je télécharger ma facture du mois dernier ?|où vous pouvez télécharger votre facture|où tu peux télécharger ta facture",
  })
  void aLaterFrenchQuestionIsSaidAsTheQuestionItAsks(String typed, String formal, String informal) {
    for (int c = 0; c < 6; c++) {
      Reply vous = FR.compose().conversation("later-" + c, 2).customer("Luc").acknowledge(Emotion.ANXIOUS)
          .summary(typed).action("Remboursement validé ce matin").build();
      Reply tu = FR_TU.compose().conversation("later-" + c, 2).customer("Luc").acknowledge(Emotion.ANXIOUS)
          .summary(typed).action("Remboursement validé ce matin").build();
      String v = summary(vous).orElseThrow().text();
      String t = summary(tu).orElseThrow().text();
      assertTrue(v.contains(formal) && v.startsWith("Vous ") && !v.contains("?"), v);
      assertTrue(t.contains(informal) && t.startsWith("Tu ") && !t.contains("?") && !t.contains("vous"), t);
    }
  }

  /**
   * German: a later turn's question is said as the indirect question it asks, its verb last, in the
   * register's person (session 21 probes: "Machen wir da weiter, wo wir aufgehört haben. Wann wird
   * Ihre Bestellung geliefert?", "Wenn ich dich richtig verstehe: Wieso kannst du dich nicht mehr einloggen?").
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "wann wird meine Bestellung geliefert?|wann Ihre Bestellung geliefert wird|wann deine Bestellung geliefert wird",
      "wieso kann ich mich nicht mehr einloggen?|wieso Sie sich nicht mehr einloggen können|wieso du dich nicht mehr einloggen kannst",
      "kann ich die Zahlungsart noch ändern?|ob Sie die Zahlungsart noch ändern können|ob du die Zahlungsart noch ändern kannst",
      "wann kommt mein Paket endlich an?|wann Ihr Paket endlich ankommt|wann dein Paket endlich ankommt",
      "warum wurden mir letzten Monat 9,99 Euro abgebucht?|warum Ihnen letzten Monat 9,99 Euro abgebucht wurden|warum dir letzten Monat 9,99 Euro abgebucht wurden",
      "warum wurde mein Vertrag verlaengert, ich hatte doch gekuendigt|warum Ihr Vertrag verlängert wurde, Sie hatten doch gekündigt|warum dein Vertrag verlängert wurde, du hattest doch gekündigt",
  })
  void aLaterGermanQuestionIsSaidIndirectlyWithItsVerbLast(String typed, String formal, String informal) {
    Empathy du = Empathy.builder().locale(Locale.GERMANY).register(Register.INFORMAL).clock(CLOCK).build();
    for (int c = 0; c < 6; c++) {
      String sie = summary(DE.compose().conversation("de-later-" + c, 2).customer("Herr Schulz").acknowledge(Emotion.CONFUSED)
          .summary(typed).action("Paket im Verteilzentrum").build()).orElseThrow().text();
      String dich = summary(du.compose().conversation("de-later-" + c, 3).customer("Lisa").acknowledge(Emotion.CONFUSED)
          .summary(typed).action("Sperre aufgehoben").build()).orElseThrow().text();
      assertTrue(sie.contains(", " + formal + ".") && sie.startsWith("Sie ") && !sie.contains("?"), sie);
      assertTrue(dich.contains(", " + informal + ".") && dich.startsWith("Du ") && !dich.contains("?"), dich);
    }
  }

  /** Any German wh-question of a verb and the customer's thing: said without its mark, the verb after the thing. */
  @Property(tries = 80)
  void aGermanQuestionIsNeverRecappedWithItsMark(@ForAll("germanWh") String wh, @ForAll("germanVerbs") String verb,
      @ForAll("germanThings") String thing, @ForAll @IntRange(min = 1, max = 5) int turn, @ForAll @IntRange(min = 0, max = 40) int conversation) {
    String typed = wh + " " + verb + " mein " + thing + " seit letzter Woche nicht?";
    Reply r = DE.compose().conversation("dp" + conversation, turn).customer("Herr Schulz").acknowledge(Emotion.CONFUSED)
        .summary(typed).action("Fall übernommen").build();
    summary(r).ifPresent(b -> {
      assertFalse(b.text().contains("?"), b.text());
      assertTrue(b.text().contains("Ihr " + thing + " seit letzter Woche nicht " + verb), b.text());
    });
  }

  @Provide
  Arbitrary<String> germanWh() {
    return Arbitraries.of("warum", "wieso", "weshalb");
  }

  @Provide
  Arbitrary<String> germanVerbs() {
    return Arbitraries.of("funktioniert", "läuft", "kommt", "lädt", "reagiert");
  }

  @Provide
  Arbitrary<String> germanThings() {
    return Arbitraries.of("Router", "Paket", "Konto", "Abo", "Handy");
  }

  /** Japanese: what the customer asks us to do is taken as a request, a question as a question, thanks as thanks. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "返金してほしい|NEUTRAL|とのこと|とのご要望",
      "注文をキャンセルしてください|NEUTRAL|とのこと|とのご要望",
      "住所を変更したいです|NEUTRAL|とのこと|とのご要望",
      "担当者から折り返し電話がほしい|ANGRY|とのこと|とのご要望",
      "荷物はいつ届きますか？|ANXIOUS|とのお問い合わせ|とのご質問",
      "昨日は助かりました|GRATEFUL|とのお言葉|励みになります",
  })
  void aJapaneseSummaryIsFramedByWhatItDoes(String typed, Emotion emotion, String oneFrame, String otherFrame) {
    for (int c = 0; c < 8; c++) {
      var b = JA.compose().conversation("ja-" + c, 1).customer("田中").acknowledge(emotion).summary(typed);
      Reply r = emotion == Emotion.GRATEFUL ? b.build() : b.action("手続きが完了しました").build();
      String said = summary(r).orElseThrow().text();
      assertTrue(said.contains("「"), said);
      assertTrue(said.contains(oneFrame) || said.contains(otherFrame), said);
      assertFalse(said.contains("という状況") || said.contains("ということですね"), said);
    }
  }

  @Test
  void aJapaneseStatementKeepsItsRecapAndACasualRequestIsCasual() {
    for (int c = 0; c < 8; c++) {
      String said = summary(JA.compose().conversation("st-" + c, 0).customer("田中").acknowledge(Emotion.ANXIOUS)
          .summary("荷物が届かない").action("再配達を手配しました").build()).orElseThrow().text();
      assertFalse(said.contains("とのこと") || said.contains("ご要望") || said.contains("ご質問"), said);
      String casual = summary(JA_CASUAL.compose().conversation("st-" + c, 1).customer("ゆうき").acknowledge(Emotion.NEUTRAL)
          .summary("返金してほしい").action("返金しました").build()).orElseThrow().text();
      assertTrue(casual.contains("了解"), casual);
      assertFalse(casual.contains("承りました") || casual.contains("いたしました"), casual);
    }
  }

  /** Any French question of a question word and the customer's thing is said without its mark, in our person. */
  @Property(tries = 120)
  void aFrenchQuestionIsNeverRecappedWithItsMark(@ForAll("openers") String opener, @ForAll("things") String thing,
      @ForAll boolean mark, @ForAll @IntRange(min = 1, max = 5) int turn, @ForAll @IntRange(min = 0, max = 40) int conversation) {
    String typed = opener + " mon " + thing + " depuis la semaine dernière" + (mark ? " ?" : "");
    Reply r = FR.compose().conversation("p" + conversation, turn).customer("Luc").acknowledge(Emotion.CONFUSED)
        .summary(typed).action("Dossier validé ce matin").build();
    summary(r).ifPresent(b -> {
      assertFalse(b.text().contains("?"), b.text());
      assertFalse(b.text().contains(" mon " + thing), b.text());
    });
  }

  @Example
  void aTypedConjunctionOuIsNoQuestion() {
    Reply r = FR.compose().conversation("ou-conj", 2).customer("Luc").acknowledge(Emotion.CONFUSED)
        .summary("je veux un remboursement ou un échange pour mon colis abîmé").action("Échange validé").build();
    String said = summary(r).orElseThrow().text();
    assertFalse(said.startsWith("Vous aimeriez savoir") || said.startsWith("Vous vous demandez"), said);
  }

  @Provide
  Arbitrary<String> openers() {
    return Arbitraries.of("où est", "où en est", "pourquoi je n'ai pas reçu", "quand arrive", "comment suivre", "où est passé");
  }

  @Provide
  Arbitrary<String> things() {
    return Arbitraries.of("colis", "remboursement", "dossier", "abonnement", "ticket de caisse", "échange");
  }
}
