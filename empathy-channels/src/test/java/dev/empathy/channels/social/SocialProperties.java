package dev.empathy.channels.social;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.channel.Channels;
import dev.empathy.channel.Overflow;
import dev.empathy.channel.RenderOptions;
import dev.empathy.channel.Rendered;
import dev.empathy.channels.AnyReply;
import dev.empathy.channels.Replies;
import dev.empathy.compose.Composer;
import dev.empathy.compose.Reply;
import dev.empathy.compose.Timeline;
import dev.empathy.text.Graphemes;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Public social replies fit, never split a grapheme, and never publish private data. */
class SocialProperties {

  @Provide
  Arbitrary<Reply> replies() {
    return AnyReply.replies();
  }

  @Provide
  Arbitrary<String> flavors() {
    return Arbitraries.of("x", "facebook", "instagram", "linkedin");
  }

  @Provide
  Arbitrary<Overflow> overflows() {
    return Arbitraries.of(Overflow.SHORTEN, Overflow.SPLIT);
  }

  @Property(tries = 150)
  void publicPostsFitTheirPlatform(
      @ForAll("replies") Reply reply,
      @ForAll("flavors") String flavor,
      @ForAll("overflows") Overflow overflow) {
    Rendered r;
    try {
      r = Channels.require("social").render(reply, RenderOptions.builder().flavor(flavor).overflow(overflow).build());
    } catch (RuntimeException e) {
      throw new AssertionError("rendering " + reply.blocks() + " for " + flavor + " failed", e);
    }
    int limit = r.length().limit();
    List<String> posts = r.parts().subList(0, r.parts().size() - 1);
    assertFalse(posts.isEmpty());
    for (String post : posts) {
      int size = flavor.equals("x") ? SocialChannel.weighted(post) : Graphemes.count(post);
      assertTrue(size <= limit, () -> flavor + " post of " + size + " over " + limit);
      assertFalse(AnyReply.splitsAGrapheme(post) && !AnyReply.startsAfterABreak(reply.toPlainText(), post),
          () -> "post cut inside a grapheme: " + post);
    }
    assertTrue(r.length().value() <= limit);
  }

  /**
   * A note whose words after the first open with a comma ("x ,AAAAAAA …"): the clause search found the
   * comma at the note's own start and cut the text backwards (StringIndexOutOfBoundsException; CI
   * draw of session 22, seed -6127525039214024073).
   */
  @Example
  void aNoteWhoseRestOpensWithACommaIsCutWhole() {
    Reply reply = Replies.bundled().compose().acknowledge(Emotion.FRUSTRATED).action("x ,AAAAAAA …").boundary().build();
    for (String flavor : List.of("x", "facebook", "instagram", "linkedin")) {
      for (Overflow overflow : List.of(Overflow.SHORTEN, Overflow.SPLIT)) {
        publicPostsFitTheirPlatform(reply, flavor, overflow);
      }
    }
  }

  /**
   * A post may open with a lone mark that the text typed after a paragraph break (CI's draw,
   * session 18: "…遠\u2029\u1AC4…"); one that opens with a mark cut from its letter is still a cut.
   */
  @Example
  void aMarkAfterABreakIsNoCutButAMarkAfterALetterIs() {
    assertTrue(AnyReply.startsAfterABreak("x\u2029\u1AC4abc", "\u1AC4abc"));
    assertFalse(AnyReply.startsAfterABreak("xe\u0301abc", "\u0301abc"));
    assertFalse(AnyReply.startsAfterABreak("x \u0301abc", "\u0301abc"));
    StringBuilder cjk = new StringBuilder("\u1AC4");
    for (int i = 0; i < 420; i++) {
      cjk.appendCodePoint(0x4E00 + (i * 37) % 20000);
    }
    String summary = "x" + cjk.append('\u2029').toString().repeat(100);
    Reply reply = Replies.bundled().compose().acknowledge(Emotion.FRUSTRATED).summary(summary).action("I've refunded the fee").build();
    for (String flavor : List.of("x", "facebook", "instagram", "linkedin")) {
      publicPostsFitTheirPlatform(reply, flavor, Overflow.SPLIT);
    }
  }

  /** Arbitrary Unicode with @handles (ASCII and full-width, doubled, inside words, after emoji) in every field. */
  @Provide
  Arbitrary<Reply> repliesWithHandles() {
    Arbitrary<String> handle = Combinators.combine(
            Arbitraries.of("@", "＠", "@@", " @", "x@", "👩‍👩‍👧@", "\u200D@", "e\u0301@"),
            Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('_').ofMinLength(1).ofMaxLength(16))
        .as((at, name) -> at + name);
    Arbitrary<String> field = Combinators.combine(AnyReply.text(), handle, Arbitraries.strings().all().ofMaxLength(8))
        .as((text, h, tail) -> text + " " + h + tail);
    return AnyReply.replies(Arbitraries.oneOf(field, AnyReply.text()));
  }

  @Property(tries = 150)
  void publicPostsTagNoOneAndStillFit(
      @ForAll("repliesWithHandles") Reply reply,
      @ForAll("flavors") String flavor,
      @ForAll("overflows") Overflow overflow) {
    Rendered r = Channels.require("social").render(reply, RenderOptions.builder().flavor(flavor).overflow(overflow).build());
    for (String post : r.parts().subList(0, r.parts().size() - 1)) {
      assertTrue(new com.twitter.twittertext.Extractor().extractMentionedScreennames(post).isEmpty(), () -> "tags someone: " + post);
      int size = flavor.equals("x") ? SocialChannel.weighted(post) : Graphemes.count(post);
      assertTrue(size <= r.length().limit(), () -> flavor + " post of " + size + " over " + r.length().limit());
      assertFalse(AnyReply.splitsAGrapheme(post) && !AnyReply.startsAfterABreak(reply.toPlainText(), post),
          () -> "post cut inside a grapheme: " + post);
    }
  }

  /** Private data of every kind the channel promises to keep out of public posts. */
  @Provide
  Arbitrary<String> privateData() {
    Arbitrary<String> email =
        Combinators.combine(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(10), Arbitraries.of("example.com", "mail.co.uk", "corp.io"))
            .as((u, d) -> u + "." + u.charAt(0) + "@" + d);
    Arbitrary<String> phone =
        Arbitraries.longs().between(2_000_000L, 9_999_999L)
            .map(n -> Long.toString(n))
            .flatMap(n -> Arbitraries.of("+1 415 " + n.substring(0, 3) + " " + n.substring(3), "(415) " + n.substring(0, 3) + "-" + n.substring(3), "020 7946 " + n.substring(3), "+44 20 " + n));
    Arbitrary<String> card = Arbitraries.strings().numeric().ofLength(15).map(SocialProperties::withLuhn)
        .flatMap(c -> Arbitraries.of(c, c.replaceAll("(\\d{4})(?=\\d)", "$1 "), c.replaceAll("(\\d{4})(?=\\d)", "$1-")));
    Arbitrary<String> iban = Arbitraries.strings().numeric().ofLength(18).map(SocialProperties::germanIban)
        .flatMap(i -> Arbitraries.of(i, i.replaceAll("(.{4})(?=.)", "$1 ")));
    Arbitrary<String> address =
        Combinators.combine(Arbitraries.integers().between(1, 9999), Arbitraries.of("Baker", "Elm", "Maple Grove", "Sunset"), Arbitraries.of("Street", "St", "Avenue", "Road", "Lane", "Drive", "Boulevard"))
            .as((n, name, suffix) -> n + " " + name + " " + suffix);
    Arbitrary<String> order =
        Combinators.combine(Arbitraries.of("order #", "order ", "account number ", "Order no. ", "invoice "), Arbitraries.integers().between(1000, 99_999_999))
            .as((k, n) -> k + n);
    return Arbitraries.oneOf(email, phone, card, iban, address, order);
  }

  @Property(tries = 250)
  void publicPostsNeverContainPrivateData(
      @ForAll("privateData") String secret,
      @ForAll("flavors") String flavor,
      @ForAll("noise") String before,
      @ForAll("noise") String after,
      @ForAll("fields") int field) {
    String withSecret = "x" + before + " " + secret + " " + after;
    Composer c = Replies.bundled().compose().conversation("c", 0).customer("Dana Whitaker");
    c.acknowledge(Emotion.FRUSTRATED, field == 0 ? withSecret : "the double charge");
    c.summary(field == 1 ? withSecret : "you were charged twice");
    c.action(field == 2 ? withSecret : "I’ve refunded it");
    c.action(field == 3 ? withSecret : "I’ve added a note");
    c.timeline(Timeline.businessDays(2));
    c.followUp(field == 4 ? withSecret : "I’ll check back on Friday about the Whitaker household’s refund");
    Reply reply = c.build();
    Rendered r = Channels.require("social").render(reply, RenderOptions.builder().flavor(flavor).build());
    String post = r.parts().get(0);
    assertFalse(post.contains(secret), () -> "leaked " + secret + " in: " + post);
    assertFalse(post.contains("Whitaker"), () -> "leaked the surname in: " + post);
    assertTrue(r.parts().get(r.parts().size() - 1).contains("Dana"), "the DM keeps everything");
  }

  @Provide
  Arbitrary<Integer> fields() {
    return Arbitraries.integers().between(0, 4);
  }

  @Provide
  Arbitrary<String> noise() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(12),
        Arbitraries.strings().alpha().withChars(' ', ',').ofMaxLength(20),
        Arbitraries.of("", "😀", "é", "שלום", "\u200D", "漢字"));
  }

  static String withLuhn(String fifteen) {
    String body = "4" + fifteen.substring(1);
    for (int d = 0; d <= 9; d++) {
      if (luhn(body + d)) {
        return body + d;
      }
    }
    throw new AssertionError();
  }

  static String germanIban(String eighteen) {
    for (int check = 2; check <= 98; check++) {
      String iban = "DE" + String.format("%02d", check) + eighteen;
      if (mod97(iban) && iban.length() == 22) {
        return iban;
      }
    }
    throw new AssertionError();
  }

  /** Luhn, written out here so the test does not trust the code under test. */
  static boolean luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      sum += i % 2 == 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
    }
    return sum % 10 == 0;
  }

  /** The IBAN check (ISO 13616): the rearranged number mod 97 is 1. */
  static boolean mod97(String iban) {
    String r = iban.substring(4) + iban.substring(0, 4);
    StringBuilder digits = new StringBuilder();
    r.chars().forEach(c -> digits.append(Character.isDigit(c) ? String.valueOf((char) c) : String.valueOf(c - 'A' + 10)));
    return new java.math.BigInteger(digits.toString()).mod(java.math.BigInteger.valueOf(97)).intValue() == 1;
  }
}
