package dev.empathy.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Empathy;
import dev.empathy.InvalidInputException;
import dev.empathy.signal.Evidence;
import dev.empathy.text.Graphemes;
import dev.empathy.text.UserText;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Any string is reviewed without an exception, and every offset keeps its promise. */
class ReviewProperties {
  private static final Empathy EN = Empathy.create();
  private static final Empathy JA = Empathy.builder().locale("ja-JP").build();
  private static final List<String> CHANNELS = List.of("plain", "chat", "email", "social", "sms", "voice");

  @Provide
  Arbitrary<String> drafts() {
    Arbitrary<String> fragments =
        Arbitraries.oneOf(
            Arbitraries.of(
                "Just restart it", "per our policy,", "soon", " — by 5 pm today", "\"you said calm down\"", "\n> quoted\n",
                "I've refunded", "order #4471", "dana@example.com", "+1 415 555 0199", "👩‍👩‍👧", "🇫🇷", "é", "\u0301",
                "\u200D", "\uD83D", "\uDE00", "\u202E", "שלום", "مرحبا", "規定により", "後ほど", "{0}", "{after}", "'", "’",
                "!!!", "?!", "...", "\t", "\r\n", "\u0000", "&amp;", "<b>", "https://x.io/a?b=c", "@handle", "INC0012345", " ",
                "{first_name}", "{{", "}}", "[AGENT NAME]", "[", "]", "<FIRST_NAME>", "%NAME%", "${x}", "sorry", "no need to calm down",
                "22 Park Ave Apt 4", "calle Mayor 12", " St", "Street ", "[Customer Name]", "<Order Number>", "Kidding", "yep! just done it",
                // Markup from an HTML editor or a platform's API: read decoded, reported in the draft as received.
                "I&#39;ve", "&rsquo;", "&#128522;", "&nbsp;", "<p>", "</p>", "<br>", "&lt;br&gt;", "&#xD83D;", "&quot;", "&#769;",
                "&zwj;", "&#0;", "&amp;amp;", "&", ";"),
            Arbitraries.strings().all().ofMaxLength(12));
    return fragments.list().ofMaxSize(30).map(l -> String.join("", l));
  }

  @Property(tries = 400)
  void anyDraftIsReviewedAndOffsetsStayOnGraphemeBoundaries(
      @ForAll("drafts") String draft, @ForAll("drafts") String customer, @ForAll("channels") String channel) {
    boolean blank = showsNothing(draft);
    ReviewContext ctx = ReviewContext.builder().customerText(customer).channel(channel).build();
    if (blank) {
      InvalidInputException e = assertThrows(InvalidInputException.class, () -> EN.review(draft, ctx));
      assertEquals("text", e.field());
      return;
    }
    for (Empathy e : List.of(EN, JA)) {
      check(draft, e.review(draft, ctx));
    }
  }

  /** Draw from a local run: a tag read as a line break stood before a joiner ("浧</p>\u200D"). */
  @net.jqwik.api.Example
  void aSpanEndingAtATagTakesTheJoinerAfterIt() {
    String draft = "Just restart itJust restart itJust restart it&amp;Just restart itJust restart it\u0000\u0000\u0000\u0b3c\u6d67</p>\u200d";
    ReviewContext ctx = ReviewContext.builder().customerText("I've refunded").channel("plain").build();
    for (Empathy e : List.of(EN, JA)) {
      check(draft, e.review(draft, ctx));
    }
  }

  /** Documented: a text of only spaces and invisible format characters (U+200D, U+200B) is blank. */
  private static boolean showsNothing(String draft) {
    return UserText.clean(draft).strip().codePoints()
        .allMatch(cp -> Character.isWhitespace(cp) || cp == 0x00A0 || Character.getType(cp) == Character.FORMAT);
  }

  @Provide
  Arbitrary<String> channels() {
    return Arbitraries.of(CHANNELS);
  }

  @Property(tries = 5)
  void largeDraftsAreReviewed(@ForAll @StringLength(min = 100_000, max = 100_000) String noise, @ForAll("drafts") String words) {
    String draft = words + noise + words;
    if (showsNothing(draft)) {
      return;
    }
    check(draft, EN.review(draft, ReviewContext.builder().channel("social").customerText(words + "x").build()));
  }

  @Test
  void pathologicalRepetitionIsReviewed() {
    String bangs = "!".repeat(1_000_000);
    Review r = EN.review(bangs, ReviewContext.builder().channel("chat").build());
    check(bangs, r);
    String soon = "just soon, ".repeat(20_000);
    Review many = EN.review(soon);
    check(soon, many);
    assertTrue(many.findings().size() >= 20_000);
  }

  private static void check(String draft, Review r) {
    assertTrue(r.score() >= 0 && r.score() <= 100, "score " + r.score());
    for (FrictionFinding f : r.findings()) {
      span(draft, f.start(), f.end(), f.text(), f.toString());
      assertTrue(!f.reason().isEmpty() && !f.suggestion().isEmpty(), f.toString());
    }
    for (RubricScore s : r.rubric().values()) {
      assertTrue(s.score() >= 0 && s.score() <= 1, s.toString());
      for (Evidence e : s.evidence()) {
        span(draft, e.start(), e.end(), e.text(), e.toString());
      }
    }
    assertEquals(Criterion.values().length, r.rubric().size());
  }

  private static void span(String draft, int start, int end, String text, String what) {
    assertTrue(0 <= start && start <= end && end <= draft.length(), "out of range: " + what);
    assertEquals(draft.substring(start, end), text, what);
    assertTrue(Graphemes.isBoundary(draft, start) && Graphemes.isBoundary(draft, end), "inside a grapheme: " + what);
  }
}
