package dev.empathy.channels;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.Register;
import dev.empathy.channel.Channels;
import dev.empathy.channel.Rendered;
import dev.empathy.compose.Reply;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Japanese replies in each medium (session 11, reply-ja): a chat thanks once, an SMS segment sent on
 * its own ends at a clause or a word, a voice says "11月28日" in one breath.
 */
class JapaneseChannelsTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T02:00:00Z"), ZoneOffset.UTC);

  private static Empathy ja(Register register) {
    return Empathy.builder().locale(Locale.JAPANESE).register(register).clock(CLOCK).build();
  }

  private static int count(String text, String word) {
    int n = 0;
    for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void aChatThanksOnceWhenTheAcknowledgementThanks() {
    for (Register register : Register.values()) {
      for (Emotion emotion : List.of(Emotion.NEUTRAL, Emotion.CONFUSED, Emotion.GRATEFUL)) {
        for (int c = 0; c < 16; c++) {
          Reply r = ja(register).compose().conversation("thanks-" + c, 0).customer("山田 太郎")
              .acknowledge(emotion, "返品後の返金時期").action("返品されたお品物は12月2日に倉庫に届いております").build();
          String first = Channels.require("chat").render(r).parts().get(0);
          String ack = r.block(dev.empathy.compose.BlockKind.ACKNOWLEDGEMENT).orElseThrow().text();
          int at = first.indexOf(ack);
          String greeting = at > 0 ? first.substring(0, at) : "";
          assertFalse(ack.contains("ありがとう") && greeting.contains("ありがとう"), first);
        }
      }
    }
  }

  @Test
  void anAngryCustomerIsNotToldKashikomarimashita() {
    for (int c = 0; c < 16; c++) {
      Reply r = ja(Register.FORMAL).compose().conversation("angry-" + c, 0).customer("田中")
          .acknowledge(Emotion.ANGRY, "二重に引き落とされた件").action("重複分の返金手続きを完了しました").build();
      String first = Channels.require("chat").render(r).parts().get(0);
      assertFalse(first.contains("かしこまりました"), first);
    }
  }

  private static final Pattern JAPANESE_LETTER = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー]");

  @Test
  void anSmsSegmentNeverEndsInsideAJapaneseWord() {
    for (Register register : Register.values()) {
      for (int c = 0; c < 12; c++) {
        Reply r = ja(register).compose().conversation("sms-" + c, 0).customer("高橋")
            .acknowledge(Emotion.PRESSED_FOR_TIME, "昨日の夜からインターネットに接続できない状況")
            .action("お客様の回線の遠隔診断を開始しました").action("技術担当者の訪問枠を明日午前で仮押さえしています")
            .followUp("診断結果が出ましたらお電話いたします").build();
        Rendered sms = Channels.require("sms").render(r);
        List<String> parts = sms.parts();
        for (int i = 0; i + 1 < parts.size(); i++) {
          String p = parts.get(i);
          String last = p.substring(p.length() - 1);
          String next = parts.get(i + 1).substring(0, 1);
          // Either the segment ends with punctuation, or the next starts a new word; "技術担|当者" is the fault.
          String seam = p.substring(Math.max(0, p.length() - 3)) + "|" + parts.get(i + 1).substring(0, Math.min(3, parts.get(i + 1).length()));
          assertFalse(seam.contains("技術担|") || seam.contains("|当者") || seam.contains("ていまし|") || seam.contains("|た。"),
              seam + " in " + parts);
          assertTrue(!JAPANESE_LETTER.matcher(last).matches() || !JAPANESE_LETTER.matcher(next).matches()
              || "、。！？".contains(last) || endsAWord(p, parts.get(i + 1)), seam + " in " + parts);
        }
      }
    }
  }

  /** True when ICU's word rules see a boundary between the two parts. */
  private static boolean endsAWord(String before, String after) {
    com.ibm.icu.text.BreakIterator w = com.ibm.icu.text.BreakIterator.getWordInstance(com.ibm.icu.util.ULocale.JAPANESE);
    w.setText(before + after);
    return w.isBoundary(before.length());
  }

  @Test
  void aVoiceSaysADateInOneBreath() {
    for (int c = 0; c < 8; c++) {
      Reply r = ja(Register.FORMAL).compose().conversation("voice-" + c, 0).customer("鈴木")
          .acknowledge(Emotion.CONFUSED, "プラン変更後のご請求額")
          .action("変更履歴を確認したところ、11月28日に変更が反映されていました").action("延長料金は1,100円です").build();
      String ssml = Channels.require("voice").render(r).text();
      assertFalse(ssml.contains("月<break"), ssml);
      assertFalse(ssml.matches("(?s).*<break time=\"150ms\"/>(28日|1,100円).*"), ssml);
    }
  }

  @Test
  void aThankYouIsAnsweredWithThanksInTheSubject() {
    for (Register register : Register.values()) {
      for (int c = 0; c < 12; c++) {
        Reply r = ja(register).compose().conversation("subject-" + c, 0).customer("加藤 美咲")
            .acknowledge(Emotion.GRATEFUL, "先日の対応").build();
        String subject = Channels.require("email").render(r).field("subject").orElseThrow();
        assertTrue(subject.contains("ありがとう") || subject.contains("お礼") || subject.contains("御礼"), subject);
        assertFalse(subject.contains("対応について") || subject.contains("日程"), subject);
      }
    }
  }

  @Test
  void anSmsSegmentEndsAtAClauseWhenOneIsNear() {
    Reply r = ja(Register.FORMAL).compose().conversation("gym", 0).customer("松本")
        .acknowledge(Emotion.CONFUSED, "退会手続きの方法").action("今回はオンラインで退会手続きができるよう手配しました")
        .followUp("手続き用のフォームのURLをメールでお送りします").build();
    List<String> parts = Channels.require("sms").render(r).parts();
    for (int i = 0; i + 1 < parts.size(); i++) {
      assertTrue("、。！？".indexOf(parts.get(i).charAt(parts.get(i).length() - 1)) >= 0, parts::toString);
    }
  }

  /**
   * ja, session 13: "…ご連絡いたします。**ほかにも…" showed its asterisks as typed: Markdown, Slack
   * and WhatsApp take an emphasis marker only beside a blank, and Japanese puts none between
   * sentences. The emphasised timeline takes a line of its own there.
   */
  @Test
  void theEmphasisedTimelineRendersInAScriptWithoutSpaces() {
    for (String flavor : List.of("web", "slack", "whatsapp")) {
      String marker = flavor.equals("web") ? "**" : "*";
      for (int c = 0; c < 8; c++) {
        Reply r = ja(Register.FORMAL).compose().conversation("bold-" + c, 0).customer("田中")
            .acknowledge(Emotion.FRUSTRATED, "二重請求").action("重複した4,250円を返金しました")
            .timeline(dev.empathy.compose.Timeline.businessDays(5)).build();
        Rendered rendered = Channels.require("chat").render(r, dev.empathy.channel.RenderOptions.builder().flavor(flavor).build());
        String all = String.join("\n", rendered.parts());
        int open = all.indexOf(marker);
        assertTrue(open >= 0, () -> flavor + ": no emphasis in " + all);
        int close = all.indexOf(marker, open + marker.length());
        assertTrue(close > open, all);
        int after = close + marker.length();
        assertTrue(open == 0 || Character.isWhitespace(all.charAt(open - 1)), () -> flavor + ": " + all);
        assertTrue(after == all.length() || Character.isWhitespace(all.charAt(after)), () -> flavor + ": " + all);
      }
    }
  }
}
