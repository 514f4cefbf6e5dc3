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
    assertEquals("&lt;!subteam^S123|@oncall&gt; &lt;@U42&gt; and @\u2060oncall", ChatFormat.SLACK.escape("<!subteam^S123|@oncall> <@U42> and @oncall"));
  }

  @Test
  void markdownEscapesWhatWouldFormat() {
    assertEquals("\\*not bold\\* \\[link](x) a_b \\_c\\_ #1", ChatFormat.WEB.escape("*not bold* [link](x) a_b _c_ #1"));
    assertEquals("\\- item\n3\\. three", ChatFormat.WEB.escape("- item\n3. three"));
    assertEquals("pay $42.50 by 5. Then", ChatFormat.WEB.escape("pay $42.50 by 5. Then"));
    assertEquals("\\`undefined\\` \\~#9921\\~", ChatFormat.WEB.escape("`undefined` ~#9921~"));
  }

  @Test
  void markdownLeavesAloneWhatTheRendererShowsAsTyped() {
    // CommonMark reads "#" as a heading only at a line start before a blank, "&" only as an entity,
    // ">" only as a quote at a line start, "<" only before a tag: elsewhere a backslash is noise.
    assertEquals("order #44821 & trust & safety, Pay > Cards, <3", ChatFormat.WEB.escape("order #44821 & trust & safety, Pay > Cards, <3"));
    assertEquals("#44821 is here", ChatFormat.WEB.escape("#44821 is here"));
    assertEquals("C:\\Users and bowl_lock", ChatFormat.WEB.escape("C:\\Users and bowl_lock"));
  }

  @Test
  void markdownEscapesTheSameCharactersWhereTheyWouldFormat() {
    assertEquals("\\# Heading\n\\> quote", ChatFormat.WEB.escape("# Heading\n> quote"));
    assertEquals("AT\\&amp; and \\&#35; \\<b>x\\</b>", ChatFormat.WEB.escape("AT&amp; and &#35; <b>x</b>"));
    assertEquals("a \\\\\\* b", ChatFormat.WEB.escape("a \\* b"));
    assertEquals("a \\| b\nc \\| d", ChatFormat.WEB.escape("a | b\nc | d"));
    assertEquals("a | b", ChatFormat.WEB.escape("a | b"));
  }

  @Test
  void teamsEncodesHtmlSoNothingBecomesAMention() {
    assertEquals("&lt;at&gt;Lee&lt;/at&gt; &amp; &#39;x&#39;<br>y", ChatFormat.TEAMS.escape("<at>Lee</at> & 'x'\ny"));
  }
}
