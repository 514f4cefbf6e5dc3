package dev.empathy.channels.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A link is never split across segments: session 16's probe cut a Japanese text after "https://"
 * ("…また、https://" | "example.jp/help/login に…"), where the line rules allow a break.
 */
class SmsLinksProperties {
  private static final String LINK = "https://example.jp/help/login";

  @Example
  void aJapaneseTextIsCutBeforeItsLink() {
    String text = "Kenji様、こんにちは。貴重なお時間を取らせてしまい、申し訳ございません。アカウントのロックを解除しました。また、"
        + LINK + " に手順を記載しました。15時30分までにご連絡いたします。";
    List<String> segments = SmsSegments.atWordBoundaries(text, Locale.JAPAN).segments();
    assertTrue(segments.stream().anyMatch(s -> s.contains(LINK)), segments::toString);
    assertEquals(text, String.join("", segments));
  }

  /**
   * A link glued to a word is cut with its word: the cut before the link fell between "X" and
   * "https" (a draw of KeepOrderProperties in CI, session 17).
   */
  @Example
  void aLinkGluedToAWordIsCutBeforeTheWord() {
    String text = "Hi there. No wonder you're frustrated, and I'm going to get this sorted. I can tell you're upset,"
        + " and I do want to fix this. Please help me do that by keeping our conversation respectful."
        + " Xhttps://example.com/a/very/long/path?x=1&y=2 \u00A2.";
    List<String> segments = SmsSegments.atWordBoundaries(text, Locale.ENGLISH).segments();
    assertEquals(text, String.join("", segments));
    assertTrue(segments.size() > 1, segments::toString);
    assertTrue(segments.stream().anyMatch(s -> s.startsWith("Xhttps://")), segments::toString);
  }

  record Text(String language, String text, String link) {}

  @Provide
  Arbitrary<Text> textsWithALink() {
    Arbitrary<String> ja = Arbitraries.of("アカウントのロックを解除しました。", "また、", "手順を記載しました", "ご確認ください", "😀", "、");
    Arbitrary<String> en = Arbitraries.of("We unlocked your account. ", "See ", "for the steps ", "thanks! ", "😀 ", "ok ");
    Arbitrary<String> link = Combinators.combine(Arbitraries.of("https://", "http://", "www."),
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(12),
            Arbitraries.strings().withChars("abc/?=&-_.0123456789").ofMaxLength(30))
        .as((s, host, path) -> s + host + ".example/" + path.replaceAll("[.?=&/-]+$", ""));
    return Arbitraries.of("ja", "en").flatMap(l -> Combinators.combine(
            (l.equals("ja") ? ja : en).list().ofMaxSize(20), link, (l.equals("ja") ? ja : en).list().ofMaxSize(20))
        .as((before, k, after) -> {
          String gap = l.equals("ja") ? "" : " ";
          return new Text(l, String.join("", before) + k + gap + String.join("", after), k);
        }));
  }

  @Property(tries = 300)
  void aLinkIsWholeInOneSegment(@ForAll("textsWithALink") Text t) {
    List<String> segments = SmsSegments.atWordBoundaries(t.text(), Locale.forLanguageTag(t.language())).segments();
    assertEquals(t.text(), String.join("", segments));
    assertTrue(segments.stream().anyMatch(s -> s.contains(t.link())), () -> t.link() + " split in " + segments);
  }
}
