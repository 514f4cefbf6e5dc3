package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Japanese customer messages as they are written (casual and polite, w and emoji, imperatives,
 * full stops or none), each with what a support lead hears in it (session 11, reply-ja).
 */
class JapaneseMessagesTest {
  private static final Analyzer JA = Analyzer.forLocale(Locale.JAPANESE);

  private static boolean evidenced(Signals s, Emotion e, String word) {
    return s.emotion(e).map(f -> f.evidence().stream().anyMatch(v -> v.text().contains(word))).orElse(false);
  }

  @Test
  void aPoliteQuestionAboutARefundOrABillIsNotFrustration() {
    Signals refund = JA.analyze("返品したのですが、返金はいつ頃になりますか？");
    assertEquals(Emotion.NEUTRAL, refund.primary(), refund::toString);
    Signals bill = JA.analyze("料金プランの変更をしたはずなのに、前のプランの料金で請求されています。確認していただけますでしょうか。");
    assertFalse(bill.emotion(Emotion.FRUSTRATED).isPresent() && evidenced(bill, Emotion.FRUSTRATED, "請求"), bill::toString);
  }

  @Test
  void aDemandInThePlainImperativeIsAnger() {
    Signals game = JA.analyze("課金したのにアイテムが反映されてない！！！金返せ");
    assertEquals(Emotion.ANGRY, game.primary(), game::toString);
    assertTrue(evidenced(game, Emotion.ANGRY, "金返せ"), game::toString);
    Signals bill = JA.analyze("今月のクレカ明細見たら二重に引き落とされてるんだけど！！どういうこと？？すぐ返金して");
    assertEquals(Emotion.ANGRY, bill.primary(), bill::toString);
  }

  @Test
  void aRhetoricalDouiukotoIsIndignation() {
    Signals s = JA.analyze("@sky_air_jp 3時間も遅延してるのに何のアナウンスもないってどういうこと？乗り継ぎ間に合わないんだけど");
    assertEquals(Emotion.ANGRY, s.primary(), s::toString);
  }

  @Test
  void nandesukedoExplainsItDoesNotAskWhy() {
    Signals s = JA.analyze("ライブのチケット、当選メールが来たのにマイページに表示されません。支払い期限が今日までなんですけど！");
    assertFalse(s.emotion(Emotion.CONFUSED).isPresent(), s::toString);
    assertTrue(s.escalation().has(SignalKind.URGENCY), s::toString);
  }

  @Test
  void runningOutOfMedicineIsVulnerableAndUrgent() {
    Signals s = JA.analyze("処方薬の配送が遅れていて、明後日で薬が切れてしまいます。どうにかなりませんか。");
    assertEquals(Emotion.ANXIOUS, s.primary(), s::toString);
    assertTrue(s.escalation().has(SignalKind.VULNERABILITY), s::toString);
  }

  @Test
  void spoiledPlansAndBrokenGoodsDisappoint() {
    assertEquals(Emotion.DISAPPOINTED,
        JA.analyze("ペットホテルの予約がシステム上消えてました。年末の旅行が台無しになるところでした。").primary());
    assertEquals(Emotion.DISAPPOINTED,
        JA.analyze("ソファの脚が1本折れた状態で届きました。組み立て前に気づいたのでまだ使ってません。交換できますか？").primary());
  }

  @Test
  void aDoubtAboutABillOrAChargeNotExplainedIsConfusion() {
    assertEquals(Emotion.CONFUSED,
        JA.analyze("電気代が先月の倍になってるんですが、何かの間違いではないでしょうか。使い方は変わっていません。").primary());
    assertEquals(Emotion.CONFUSED,
        JA.analyze("退去時の敷金精算について、説明されていない費用が引かれていました。内訳を教えてください。").primary());
  }

  @Test
  void repeatingTheSameThingToRudeAgentsIsRepeatContactAndAbuse() {
    Signals s = JA.analyze("お前らほんとに使えねーな。何回同じこと言わせんだよ。責任者出せ");
    assertEquals(Emotion.ANGRY, s.primary());
    assertTrue(s.escalation().has(SignalKind.ABUSE), s::toString);
    assertTrue(s.escalation().has(SignalKind.REPEAT_CONTACT), s::toString);
  }

  @Test
  void noWordBackAfterTwoWeeksIsFrustrationNotACalmQuestion() {
    Signals s = JA.analyze("保険金の請求書類を2週間前に送ったのに、何の連絡もありません。いつ支払われるんですか？");
    assertEquals(Emotion.FRUSTRATED, s.primary(), s::toString);
    assertTrue(s.escalation().has(SignalKind.REPEAT_CONTACT), s::toString);
  }
}
