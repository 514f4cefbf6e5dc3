package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.Register;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A structural check of Japanese replies where LanguageTool has no Japanese: every emotion, turn,
 * register and timeline shape, with caller text of each shape (a noun, a matter ending in 件 or
 * こと, a clause), read for what a Japanese reader stops at: a space between Japanese words,
 * half-width punctuation inside Japanese text, a plain-form sentence (…だ。) in the formal register,
 * a doubled particle or 件, one apology said twice, "？。".
 */
class JapaneseStructureTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T02:00:00Z"), ZoneOffset.UTC);
  private static final String JP = "\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー々";
  private static final Pattern SPACE_BETWEEN = Pattern.compile("[" + JP + "、。] +[" + JP + "]");
  private static final Pattern HALF_WIDTH_PUNCT = Pattern.compile("[" + JP + "][,.!?;:]|[,.!?;:][" + JP + "]");
  private static final Pattern PLAIN_END = Pattern.compile("(だ|である|だよ|だね)。");
  private static final Pattern BLUNT_INFORMAL = Pattern.compile("そちらから|怒るのも当然|不満に思うのは当然");
  private static final Pattern DOUBLED = Pattern.compile("(件の件|のの|をを|はは|がが|にに|ででで|？。|。。|、、|、。)");

  @Test
  void japaneseRepliesReadAsJapaneseIsWritten() {
    String[] situations = {"今月のご請求額", "注文したコートが届いていない件", "違うサイズの商品が届いたこと", "配送遅延の件"};
    String[][] actions = {{"配送業者に調査を依頼しました", "代わりの商品を本日発送いたします"},
        {"再度アップデートをお試しください"}, {"ご希望の日時をお知らせいただけますか？"}, {"延長料金は1,100円です"}};
    Timeline[] timelines = {null, Timeline.within(java.time.Duration.ofHours(2)),
        Timeline.byTime(Instant.parse("2026-12-04T09:30:00Z")), Timeline.by(java.time.LocalDate.parse("2026-12-08"))};
    List<String> wrong = new ArrayList<>();
    int read = 0;
    for (Register register : Register.values()) {
      Empathy e = Empathy.builder().locale(Locale.JAPANESE).register(register).clock(CLOCK).build();
      for (Emotion emotion : Emotion.values()) {
        for (int turn = 0; turn < 8; turn++) {
          String situation = situations[turn % situations.length];
          var b = e.compose().conversation("structure-" + emotion, turn).customer("佐藤 花子")
              .acknowledge(emotion, situation).summary("12月1日に注文したコートがまだ届かない");
          for (String a : actions[turn % actions.length]) {
            b.action(a);
          }
          Timeline t = timelines[(turn / 2) % timelines.length];
          if (t != null) {
            b.timeline(t);
          }
          String text = b.followUp("発送が完了しましたら追跡番号をお送りします").build().toPlainText();
          read++;
          check(text, SPACE_BETWEEN, "space between Japanese words", wrong);
          check(text, HALF_WIDTH_PUNCT, "half-width punctuation", wrong);
          check(text, DOUBLED, "doubled particle or punctuation", wrong);
          if (register == Register.FORMAL) {
            check(text, PLAIN_END, "plain form in the formal register", wrong);
          } else {
            // Friendly, not rude: the customer is not "そちら", their anger is honoured (お怒りになる).
            check(text, BLUNT_INFORMAL, "blunt in the informal register", wrong);
          }
          for (String apology : new String[] {"申し訳ございません", "お詫び申し上げます", "すみません", "ごめんなさい"}) {
            if (text.indexOf(apology) != text.lastIndexOf(apology)) {
              wrong.add("apology twice (" + apology + "): " + text);
            }
          }
        }
      }
    }
    assertTrue(read > 100);
    assertTrue(wrong.isEmpty(), wrong.size() + " of " + read + ":\n" + String.join("\n", wrong.subList(0, Math.min(10, wrong.size()))));
  }

  private static void check(String text, Pattern p, String what, List<String> wrong) {
    Matcher m = p.matcher(text);
    if (m.find()) {
      wrong.add(what + " \"" + m.group() + "\": " + text);
    }
  }
}
