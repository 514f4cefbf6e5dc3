package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.Register;
import dev.empathy.phrase.ClauseKind;
import dev.empathy.review.FrictionCategory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Japanese replies as a Japanese support lead reads them (session 11, reply-ja): the lead-in of the
 * first action fits what the action says, read from the clause's end; a caller's matter ending in
 * 件 or こと is not followed by のこと; a bereavement inside a sentence is heard; an acknowledgement
 * promises nothing vague; the informal summary does not say 了解しました to the customer.
 */
class JapaneseRepliesTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T02:00:00Z"), ZoneOffset.UTC);
  private static final Empathy FORMAL =
      Empathy.builder().locale(Locale.JAPANESE).register(Register.FORMAL).clock(CLOCK).build();
  private static final Empathy INFORMAL =
      Empathy.builder().locale(Locale.JAPANESE).register(Register.INFORMAL).clock(CLOCK).build();

  private static String action(Empathy e, String action, int turn) {
    return e.compose().conversation("lead-in", turn).acknowledge(Emotion.FRUSTRATED, "ログインできない件")
        .action(action).build().block(BlockKind.ACTION).orElseThrow().text();
  }

  @Test
  void aJapaneseClauseSaysWhatItDoesAtItsEnd() {
    CallerClauses ja = CallerClauses.forLocale(Locale.JAPANESE);
    assertEquals(ClauseKind.DONE, ja.kind("再設定用のリンクを改めてお送りしました"));
    assertEquals(ClauseKind.DONE, ja.kind("アイテムを付与しました。"));
    assertEquals(ClauseKind.PROMISE, ja.kind("ご購入代金を全額返金いたします"));
    assertEquals(ClauseKind.INSTRUCTION, ja.kind("修正版を公開しましたので、再度アップデートをお試しください"));
    assertEquals(ClauseKind.QUESTION, ja.kind("ご希望の日時をお知らせいただけますか"));
    assertEquals(ClauseKind.INFORMATION, ja.kind("書類は12月1日に受領しており、現在審査中です"));
    // The longest ending decides: "ております" is a state, not the promise "ます".
    assertEquals(ClauseKind.INFORMATION, ja.kind("返品されたお品物は倉庫に届いております"));
  }

  @Test
  void theFirstActionsLeadInFitsWhatTheActionSays() {
    for (Empathy e : new Empathy[] {FORMAL, INFORMAL}) {
      for (int turn = 0; turn < 16; turn++) {
        String done = action(e, "アイテムを付与しました", turn);
        // "what I can do right now" frames a promise, never a step already done.
        assertFalse(done.contains("今すぐ対応できること") || done.contains("今すぐできること"), done);
        String info = action(e, "延長料金は1,100円です", turn);
        assertFalse(info.contains("待たせしないよう") || info.contains("待たせないように")
            || info.contains("今すぐ"), info);
        String instruction = action(e, "再度アップデートをお試しください", turn);
        assertTrue(instruction.startsWith("さっそくですが、") || instruction.startsWith("お手数ですが、"), instruction);
      }
    }
  }

  @Test
  void aMatterEndingInKenOrKotoIsNotFollowedByNoKoto() {
    for (Emotion emotion : Emotion.values()) {
      for (String situation : new String[] {"課金したアイテムが反映されていない件", "違うサイズの商品が届いたこと"}) {
        for (int turn = 0; turn < 12; turn++) {
          String ack = INFORMAL.compose().conversation("seam", turn).acknowledge(emotion, situation)
              .action("確認しました").build().block(BlockKind.ACKNOWLEDGEMENT).orElseThrow().text();
          assertFalse(ack.contains("件のこと") || ack.contains("ことのこと"), ack);
        }
      }
    }
  }

  @Test
  void aBereavementInsideASentenceIsHeard() {
    for (Empathy e : new Empathy[] {FORMAL, INFORMAL}) {
      for (int turn = 0; turn < 6; turn++) {
        Reply r = e.compose().conversation("loss", turn).acknowledge(Emotion.SAD, "お父様名義の携帯電話の解約")
            .summary("お父様が先月亡くなり、お父様名義の携帯電話を解約したい")
            .action("必要書類の一覧をメールでお送りしました").build();
        String ack = r.block(BlockKind.ACKNOWLEDGEMENT).orElseThrow().text();
        assertTrue(ack.contains("お悔やみ") || ack.contains("ご愁傷様") || ack.contains("おつらいこと"), ack);
      }
    }
  }

  @Test
  void anAcknowledgementPromisesNothingVague() {
    for (Empathy e : new Empathy[] {FORMAL, INFORMAL}) {
      for (Emotion emotion : Emotion.values()) {
        for (int turn = 0; turn < 8; turn++) {
          String ack = e.compose().conversation("vague", turn).acknowledge(emotion, "課金したアイテム")
              .action("アイテムを付与しました").build().block(BlockKind.ACKNOWLEDGEMENT).orElseThrow().text();
          assertTrue(e.review(ack).findings(FrictionCategory.VAGUE_TIME).isEmpty(), ack);
        }
      }
    }
  }

  @Test
  void theInformalSummaryDoesNotSayRyoukaiToTheCustomer() {
    for (int turn = 0; turn < 12; turn++) {
      String summary = INFORMAL.compose().conversation("summary", turn).acknowledge(Emotion.ANGRY, "二重請求")
          .summary("同じ金額が2回請求されている").action("返金しました").build()
          .block(BlockKind.SUMMARY).orElseThrow().text();
      assertFalse(summary.contains("了解"), summary);
    }
  }

  @Test
  void aClockTimeReadsAsJapaneseProseSaysIt() {
    for (int turn = 0; turn < 8; turn++) {
      String t = FORMAL.compose().conversation("time", turn).acknowledge(Emotion.PRESSED_FOR_TIME, "再配達")
          .action("再配達を手配しました").timeline(Timeline.byTime(Instant.parse("2026-12-04T09:30:00Z")))
          .build().block(BlockKind.TIMELINE).orElseThrow().text();
      assertTrue(t.contains("9時30分"), t);
      assertFalse(t.contains("9:30"), t);
    }
  }

  @Test
  void aFormsPlaceholderForNoNameIsNotGreeted() {
    for (Empathy e : new Empathy[] {FORMAL, INFORMAL}) {
      for (String placeholder : new String[] {"匿名", "名無し", " 匿名希望 "}) {
        Reply r = e.compose().conversation("anon", 0).customer(placeholder).acknowledge(Emotion.ANGRY, "何度もお問い合わせいただいている件")
            .action("担当の責任者に状況を共有しました").build();
        String greeting = r.block(BlockKind.GREETING).orElseThrow().text();
        assertFalse(greeting.contains(placeholder.strip()), greeting);
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("customer:")), r.warnings()::toString);
      }
    }
    // A name is still a name.
    assertTrue(FORMAL.compose().customer("佐藤 花子").acknowledge(Emotion.NEUTRAL).action("確認しました").build()
        .block(BlockKind.GREETING).orElseThrow().text().contains("佐藤様"));
  }

  @Test
  void theAgentsWordsInTheOtherRegisterAreKeptWithAWarning() {
    Reply informal = INFORMAL.compose().conversation("register", 0).acknowledge(Emotion.DISAPPOINTED, "違うサイズの商品が届いたこと")
        .action("正しいサイズのお品物を本日発送いたしました").build();
    assertTrue(informal.toPlainText().contains("発送いたしました"), informal.toPlainText());
    assertTrue(informal.warnings().stream().anyMatch(w -> w.contains("いたしました")), informal.warnings()::toString);
    Reply formal = FORMAL.compose().conversation("register", 0).acknowledge(Emotion.NEUTRAL, "再配達のご依頼")
        .action("再配達を手配しました").followUp("時間が決まったら連絡しとくね").build();
    assertTrue(formal.warnings().stream().anyMatch(w -> w.startsWith("followUp") && w.contains("しとく")), formal.warnings()::toString);
    // The register's own polite words are not warned: ありがとうございます is polite in both.
    Reply thanks = INFORMAL.compose().conversation("register", 0).acknowledge(Emotion.NEUTRAL, "ご質問")
        .action("ご質問ありがとうございます。明細を送りました").build();
    assertTrue(thanks.warnings().stream().noneMatch(w -> w.contains("addresses")), thanks.warnings()::toString);
  }
}
