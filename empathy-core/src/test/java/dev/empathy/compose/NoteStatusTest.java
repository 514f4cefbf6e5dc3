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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A Japanese agent's note ending in a status word ("返金済み 4,500円", "配送業者に確認中") is said as a
 * sentence in the reply's register; the reply said "さっそくですが、返金済み 4,500円。" before (l10n-b,
 * session 20 probes).
 */
class NoteStatusTest {
  private static final NoteStatus JA = NoteStatus.forLocale(Locale.JAPANESE);

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "返金済み 4,500円|4,500円を返金いたしました|4,500円を返金しました",
      "返金済み|返金が完了いたしました|返金が完了しました",
      "住所変更済み。|住所変更が完了いたしました|住所変更が完了しました",
      "領収書をメールで再送済み|領収書をメールで再送いたしました|領収書をメールで再送しました",
      "返金手続き完了|返金手続きが完了いたしました|返金手続きが完了しました",
      "配送業者に確認中|配送業者に確認しております|配送業者に確認しています",
      "解約手続き完了、手数料なし|解約手続きが完了いたしました。手数料はございません|解約手続きが完了しました。手数料はありません",
      "キャンセル済み|キャンセルが完了いたしました|キャンセルが完了しました",
      "明日10時に折り返し予定|明日10時に折り返しの予定です|明日10時に折り返しの予定です",
  })
  void aStatusWordIsSaidAsASentenceInTheRegister(String note, String formal, String informal) {
    assertEquals(formal, JA.said(note, Register.FORMAL));
    assertEquals(informal, JA.said(note, Register.INFORMAL));
  }

  /**
   * A finished part never ends in a comma (l10n-b session 21 probes: "振替便を手配いたしました、NH105
   * 明日9:40発", "解約が完了いたしました、違約金なし"), and a note ending in a verb noun with no status
   * word is said as done, or promised with a time ahead ("解約手順をメールで送付。" was kept as typed).
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "振替便を手配済み、NH105 明日9:40発|振替便を手配いたしました。NH105 明日9:40発です|振替便を手配しました。NH105 明日9:40発です",
      "解約完了、違約金なし|解約が完了いたしました。違約金はございません|解約が完了しました。違約金はありません",
      "返品ラベルをメールで送付、返金手続き済み|返品ラベルをメールで送付いたし、返金手続きが完了いたしました|返品ラベルをメールで送付し、返金手続きが完了しました",
      "不具合を開発チームに報告済み、次のアップデートで修正予定|不具合を開発チームに報告いたし、次のアップデートで修正の予定です|不具合を開発チームに報告し、次のアップデートで修正の予定です",
      "チェックイン完了、座席12A確保|チェックインが完了し、座席12Aを確保いたしました|チェックインが完了し、座席12Aを確保しました",
      "担当を私に変更、本日中に回答|担当を私に変更いたし、本日中に回答いたします|担当を私に変更し、本日中に回答します",
      "解約手順をメールで送付|解約手順をメールで送付いたしました|解約手順をメールで送付しました",
      "交換品を明日発送|交換品を明日発送いたします|交換品を明日発送します",
      "明日10時に折り返し連絡|明日10時に折り返し連絡いたします|明日10時に折り返し連絡します",
      "明日の便を確保|明日の便を確保いたしました|明日の便を確保しました",
      "500ポイント付与|500ポイントを付与いたしました|500ポイントを付与しました",
      "二重請求分 3,980円 返金済み|二重請求分の3,980円を返金いたしました|二重請求分の3,980円を返金しました",
      "交換OK、明日発送|交換OK、明日発送いたします|交換OK、明日発送します",
      // s23 probes: a verb's stem or a verb noun ending the note was left a fragment ("請求書を取り消し。",
      // "担当者から明日お電話。", "書類を郵送。"), and "サーバー" (its long-vowel mark) took no を
      "重複した請求書を取り消し|重複した請求書を取り消しいたしました|重複した請求書を取り消しました",
      "木曜10時に予約をお取り|木曜10時に予約をお取りいたしました|木曜10時に予約をお取りしました",
      "担当者から明日お電話|担当者から明日お電話いたします|担当者から明日お電話します",
      "口座変更の書類を郵送|口座変更の書類を郵送いたしました|口座変更の書類を郵送しました",
      "担当者を変更、本日中にお電話|担当者を変更いたし、本日中にお電話いたします|担当者を変更し、本日中にお電話します",
      "サーバー再起動、復旧済み|サーバーを再起動いたし、復旧が完了いたしました|サーバーを再起動し、復旧が完了しました",
  })
  void aFinishedPartNeverEndsInACommaAndAVerbNounIsDoneOrPromised(String note, String formal, String informal) {
    assertEquals(formal, JA.said(note, Register.FORMAL));
    assertEquals(informal, JA.said(note, Register.INFORMAL));
  }

  /**
   * What was done reads as the agent's act, in one keigo (l10n-b session 22 probes: "キャンセルが完了いたし、",
   * "回線の設定を変更が完了いたしました", "クーポン発行いたしました", "メールで送付が完了いたしました").
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "キャンセル完了、キャンセル料免除|キャンセルが完了し、キャンセル料を免除いたしました|キャンセルが完了し、キャンセル料を免除しました",
      "回線の設定を変更完了|回線の設定を変更いたしました|回線の設定を変更しました",
      "お届け日を土曜日に指定完了|お届け日を土曜日に指定いたしました|お届け日を土曜日に指定しました",
      "見積書を作成、メールで送付完了|見積書を作成いたし、メールで送付いたしました|見積書を作成し、メールで送付しました",
      "次回使える10%割引クーポン発行|次回使える10%割引クーポンを発行いたしました|次回使える10%割引クーポンを発行しました",
      "宛名変更済み、再発行完了|宛名変更が完了し、再発行が完了いたしました|宛名変更が完了し、再発行が完了しました",
      "代わりの花束を明日お届け|代わりの花束を明日お届けいたします|代わりの花束を明日お届けします",
      "本日発送|本日発送いたしました|本日発送しました",
      "電話連絡|電話連絡いたしました|電話連絡しました",
      "有効期限を確認、2025年3月末まで|有効期限を確認いたしました。2025年3月末までです|有効期限を確認しました。2025年3月末までです",
  })
  void whatWasDoneIsTheAgentsActInOneKeigo(String note, String formal, String informal) {
    assertEquals(formal, JA.said(note, Register.FORMAL));
    assertEquals(informal, JA.said(note, Register.INFORMAL));
  }

  /** Any two parts said: the first goes on ("…いたし、"), never a finished sentence before a comma. */
  @Property(tries = 100)
  void noFinishedSentenceBeforeAComma(@ForAll("doneNotes") String first, @ForAll("doneNotes") String second,
      @ForAll boolean informal) {
    String said = JA.said(first + "、" + second, informal ? Register.INFORMAL : Register.FORMAL);
    assertTrue(said == null || !said.contains("ました、") && !said.contains("です、") && !said.contains("ます、"), said);
  }

  @Provide
  Arbitrary<String> doneNotes() {
    return Arbitraries.of("返金済み", "住所変更済み", "配送業者に確認中", "返品ラベルをメールで送付", "本日中に回答",
        "違約金なし", "NH105 明日9:40発", "交換OK", "500ポイント付与", "返金手続き完了");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "要確認",                   // a state: needs checking
      "未対応",
      "明日発送いたします",       // already a sentence
      "本日中にご連絡します",
      "本日中",                   // a time, not a thing being done
      "カード決済",               // "済" alone ends other words
      "済み",                     // a status with no thing
      "書類を送付予定",          // "…送付の予定です" would need する after an object
      "",
  })
  void whatIsNoStatusNoteIsKept(String note) {
    assertNull(JA.said(note, Register.FORMAL));
  }

  @Test
  void otherLanguagesHaveNoSuchForm() {
    assertNull(NoteStatus.forLocale(Locale.FRENCH).said("remboursement fait", Register.FORMAL));
    assertNull(NoteStatus.forLocale(Locale.GERMAN).said("Differenz erstattet", Register.FORMAL));
  }

  @Test
  void theReplySaysTheSentenceAndKeepsTheRegister() {
    Clock clock = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
    for (Register register : Register.values()) {
      Empathy e = Empathy.builder().locale(Locale.JAPAN).register(register).clock(clock).build();
      for (int c = 0; c < 6; c++) {
        var r = e.compose().conversation("status-" + c, 0).customer("佐藤").acknowledge(Emotion.FRUSTRATED, "二重請求")
            .action("返金済み 4,500円").build();
        String action = r.block(BlockKind.ACTION).orElseThrow().text();
        assertTrue(action.contains("4,500円を返金"), action);
        assertFalse(action.contains("返金済み"), action);
        assertEquals(register == Register.INFORMAL, !action.contains("いたしました"), action);
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("actions[0]: a note naming a thing")), r.warnings().toString());
      }
    }
  }

  /** Any thing done and any amount: the amount is what was done, the status word is gone, the thing is kept. */
  @Property(tries = 150)
  void anAmountAfterTheStatusIsWhatWasDone(@ForAll("things") String thing, @ForAll @IntRange(min = 1, max = 999999) int yen,
      @ForAll boolean informal) {
    String amount = String.format(Locale.ROOT, "%,d円", yen);
    String said = JA.said(thing + "済み " + amount, informal ? Register.INFORMAL : Register.FORMAL);
    assertEquals(amount + "を" + thing + (informal ? "しました" : "いたしました"), said);
  }

  @Provide
  Arbitrary<String> things() {
    return Arbitraries.of("返金", "返還", "ご返金", "払い戻し", "キャッシュバック", "差額返金");
  }

  @Property(tries = 200)
  void anyNoteIsReadWithoutACrash(@ForAll String note, @ForAll boolean informal) {
    String said = JA.said(note, informal ? Register.INFORMAL : Register.FORMAL);
    if (said != null) {
      assertFalse(said.endsWith("済み"), said);
    }
  }
}
