package dev.empathy.channels.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChatFormatTest {
  @Test
  void slackEscapesOnlyAmpersandAndAngleBracketsOnce() {
    assertEquals("a &amp;amp; &lt;b&gt; *c* _d_", ChatFormat.SLACK.escape("a &amp; <b> *c* _d_"));
  }

  @Test
  void slackDefusesBroadcastKeywords() {
    assertEquals("ping @\u2060here and @\u2060Channel", ChatFormat.SLACK.escape("ping @here and @Channel"));
  }

  @Test
  void slackDefusesUserAndGroupMentionsButNotEmailAddresses() {
    assertEquals("page @\u2060oncall and @\u2060dana.w, mail dana@example.com", ChatFormat.SLACK.escape("page @oncall and @dana.w, mail dana@example.com"));
    assertEquals("&lt;!subteam^S123|@\u2060oncall&gt; &lt;@\u2060U42&gt;", ChatFormat.SLACK.escape("<!subteam^S123|@oncall> <@U42>"));
  }

  @Test
  void markdownEscapesWhatWouldFormat() {
    assertEquals("\\*not bold\\* \\[link\\](x) a\\_b \\#1", ChatFormat.WEB.escape("*not bold* [link](x) a_b #1"));
    assertEquals("\\- item\n3\\. three", ChatFormat.WEB.escape("- item\n3. three"));
    assertEquals("pay $42.50 by 5. Then", ChatFormat.WEB.escape("pay $42.50 by 5. Then"));
  }

  @Test
  void teamsEncodesHtmlSoNothingBecomesAMention() {
    assertEquals("&lt;at&gt;Lee&lt;/at&gt; &amp; &#39;x&#39;<br>y", ChatFormat.TEAMS.escape("<at>Lee</at> & 'x'\ny"));
  }
}
