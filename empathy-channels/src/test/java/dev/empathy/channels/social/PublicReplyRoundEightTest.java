package dev.empathy.channels.social;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.channel.Channels;
import dev.empathy.channel.RenderOptions;
import dev.empathy.channels.Replies;
import dev.empathy.compose.Owner;
import dev.empathy.compose.Reply;
import dev.empathy.compose.Timeline;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Public posts probed in session 24 (reply-channels): an X post cut its long first action
 * mid-clause with "…" and dropped the timeline; a Japanese action holding an amount moved to the
 * DM whole, its free-dial number with it; "the $9.99/mo charge" was said "the amount charge".
 */
class PublicReplyRoundEightTest {
  private static Empathy empathy(String tag) {
    return Empathy.builder().locale(Locale.forLanguageTag(tag)).clock(Clock.fixed(Replies.NOW, ZoneOffset.UTC)).build();
  }

  private static String post(Reply reply) {
    return Channels.require("social").render(reply, RenderOptions.builder().flavor("x").build()).parts().get(0);
  }

  /** Each row: the action, the start of its first clause the post keeps, and the month of the timeline's deadline (the clock is Replies.NOW). */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "en-US|I’ve rolled your workspace back to the last healthy build, cleared the stuck queue of 214 jobs, re-enabled webhooks for all three repos, and added a temporary capacity boost so nothing backs up again while our engineers finish the permanent fix on the build runners|rolled your workspace back|PT4H|PM",
    "fr-FR|j’ai relancé le technicien de secteur, demandé une intervention prioritaire sur le boîtier de la rue, ouvert un geste commercial sur votre prochaine facture et programmé un rappel automatique pour vérifier votre ligne dès le rétablissement|relancé le technicien|P2D|mars",
    "de-DE|ich habe die Sperre aufgehoben, die drei abgelehnten Zahlungen zur erneuten Prüfung an die Fachabteilung gegeben, Ihr Tageslimit vorübergehend erhöht und eine Notiz hinterlegt, damit das beim nächsten Einkauf im Ausland nicht wieder passiert|Sperre aufgehoben|P3D|März",
    "pt-BR|reiniciei sua conexão remotamente, troquei o canal do roteador, abri uma visita técnica prioritária para verificar a fiação do prédio e deixei registrado que você prefere atendimento depois das 18h|einiciei sua conexão|P2D|março",
    "ja-JP|アカウントの同期をリセットし、消えてしまった下書き12件を復元し、通知設定を初期状態に戻したうえで、開発チームに再発防止の修正を依頼いたしました。修正版は次回のアップデートで配信される予定です|アカウントの同期|P3D|3月",
  })
  void aLongFirstActionEndsAClauseAndTheTimelineStays(String tag, String action, String clause, String within, String day) {
    Reply reply = empathy(tag).compose().conversation("s24-cut", 0).customer("@sam_t")
        .acknowledge(Emotion.FRUSTRATED, tag.startsWith("en") ? "the failed deploys" : tag.startsWith("ja") ? "アプリの不具合" : "la panne")
        .action(action).timeline(Timeline.within(Duration.parse(within)).ownedBy(Owner.parse("team"))).build();
    String post = post(reply);
    assertTrue(post.contains(clause), post);
    assertTrue(post.contains(day), "the timeline's concrete when stays: " + post);
    assertFalse(post.contains("…"), "cut at a clause, not mid-clause: " + post);
    assertTrue(SocialChannel.weighted(post) <= 280, post);
  }

  /** Each row: the action, what the post keeps, and the amount only the DM has. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "ja-JP|重複して引き落とされた5,500円を返金いたしました。ご不明な点はフリーダイヤル 0120-987-654 までお電話ください|引き落とされた金額を返金いたしました;0120-987-654|5,500",
    "ja-JP|失効した1,200ポイント（1,200円相当）を再付与しました。詳しくは 0120-111-222 までどうぞ|1,200ポイントを再付与しました;0120-111-222|円相当",
    "en-US|I’ve removed the $9.99/mo charge 👍|removed the monthly charge|9.99",
  })
  void anAmountLeavesThePostAndTheRestStays(String tag, String action, String kept, String amount) {
    Reply reply = empathy(tag).compose().conversation("s24-amount", 0).customer("Kim")
        .acknowledge(Emotion.FRUSTRATED, tag.startsWith("ja") ? "ご請求" : "the charge").action(action).build();
    String post = post(reply);
    for (String k : kept.split(";")) {
      assertTrue(post.contains(k), "keeps " + k + ": " + post);
    }
    assertFalse(post.contains(amount), post);
  }
}
