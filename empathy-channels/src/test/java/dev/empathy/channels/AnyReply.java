package dev.empathy.channels;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.compose.Composer;
import dev.empathy.compose.Owner;
import dev.empathy.compose.Reply;
import dev.empathy.compose.Timeline;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/**
 * jqwik generators for channel properties: arbitrary Unicode in every customer- and
 * agent-supplied field (emoji ZWJ sequences, flags, combining marks, right-to-left text, unpaired
 * surrogates, control characters, markup and mention tokens, now and then 100 KB), composed into
 * replies with the bundled phrasebook.
 */
public final class AnyReply {
  private static final Empathy EMPATHY = Replies.bundled();

  private static final List<String> TRICKY =
      List.of(
          "👩‍👩‍👧", "🇮🇹", "🏳️‍🌈", "👍🏽", "e\u0301", "ก\u0e34\u0e4d", "\u202Eevil\u202C", "שלום עולם", "مرحبا بك",
          "\uD800", "\uDC00x", "\u0000\u0007\u001B", "<!channel>", "<@U123ABC>", "<#C12345|general>",
          "<!subteam^S123>", "<!here>", "<!everyone>", "&amp;", "<script>alert(1)</script>", "{0}",
          "'", "\"", "…", "—", "’", "“quoted”", "\r\n", "\t", "€[]{}~^|\\", "https://example.com/a/very/long/path?x=1&y=2",
          "*bold* _it_ ~s~ `c`", "@here", "@channel", "\uFFFE", "\uFFFF", "A7X9Q", "4471", "$42.00",
          "<at>Admin</at>", "]]>", "<!--", "&#x41;", "Ç ç", "ダナ様", "  \u0301", "\u200D", "\u00A0");

  private AnyReply() {}

  /** Arbitrary text, never blank; one in about thirty is around 100 KB. */
  public static Arbitrary<String> text() {
    Arbitrary<String> random = Arbitraries.strings().all().ofMaxLength(40);
    Arbitrary<String> words = Arbitraries.strings().alpha().numeric().withChars(' ', '.', ',', '!', '?').ofMaxLength(50);
    Arbitrary<String> piece =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, random),
            net.jqwik.api.Tuple.of(3, Arbitraries.of(TRICKY)),
            net.jqwik.api.Tuple.of(3, words));
    Arbitrary<String> normal = piece.list().ofMaxSize(6).map(l -> "x" + String.join(" ", l));
    Arbitrary<String> huge = Arbitraries.strings().all().ofMinLength(500).ofMaxLength(1000).map(s -> "x" + s.repeat(100));
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(30, normal), net.jqwik.api.Tuple.of(1, huge));
  }

  /** Replies with arbitrary text in every field. */
  public static Arbitrary<Reply> replies() {
    return replies(text());
  }

  /** Replies whose caller-supplied fields come from {@code fields}. */
  public static Arbitrary<Reply> replies(Arbitrary<String> fields) {
    Arbitrary<Optional<String>> optional = fields.optional(0.8);
    Arbitrary<Timeline> timelines =
        Arbitraries.of(
            Timeline.businessDays(3),
            Timeline.within(Duration.ofHours(2)).ownedBy(Owner.team()),
            Timeline.within(Duration.ofMinutes(30)),
            Timeline.by(LocalDate.of(2026, 12, 1)).ownedBy(Owner.named("billing team")));
    return Builders.withBuilder(() -> new Spec())
        .use(optional).in((s, v) -> s.customer(v))
        .use(Arbitraries.of(Emotion.values())).in((s, v) -> s.emotion(v))
        .use(optional).in((s, v) -> s.situation(v))
        .use(optional).in((s, v) -> s.summary(v))
        .use(fields.optional(0.3)).in((s, v) -> s.confirm(v))
        .use(fields.list().ofMinSize(1).ofMaxSize(4)).in((s, v) -> s.actions(v))
        .use(timelines.optional(0.7)).in((s, v) -> s.timeline(v))
        .use(optional).in((s, v) -> s.followUp(v))
        .use(Arbitraries.of(true, false, false, false)).in((s, v) -> s.boundary(v))
        .use(Arbitraries.of(true, true, false)).in((s, v) -> s.closing(v))
        .use(Arbitraries.integers().between(0, 5)).in((s, v) -> s.turn(v))
        .use(Arbitraries.strings().all().ofMaxLength(12)).in((s, v) -> s.conversation(v))
        .build(Spec::reply);
  }

  /**
   * True when {@code part} begins inside a grapheme (with a combining mark, joiner or low
   * surrogate) or ends inside one (with a prepended mark or high surrogate): the signs of a cut
   * that split a user-perceived character. Generated fields start with a letter, so a part that
   * starts with a mark can only come from such a cut.
   */
  public static boolean splitsAGrapheme(String part) {
    if (part.isEmpty()) {
      return false;
    }
    int first = part.codePointAt(0);
    int last = part.codePointBefore(part.length());
    int gcbFirst = UCharacter.getIntPropertyValue(first, UProperty.GRAPHEME_CLUSTER_BREAK);
    int gcbLast = UCharacter.getIntPropertyValue(last, UProperty.GRAPHEME_CLUSTER_BREAK);
    boolean badStart =
        gcbFirst == UCharacter.GraphemeClusterBreak.EXTEND
            || gcbFirst == UCharacter.GraphemeClusterBreak.ZWJ
            || gcbFirst == UCharacter.GraphemeClusterBreak.SPACING_MARK
            || Character.isLowSurrogate(part.charAt(0));
    // A trailing joiner is not evidence of a cut: " \u200D" typed by a customer is one cluster.
    boolean badEnd =
        gcbLast == UCharacter.GraphemeClusterBreak.PREPEND
            || Character.isHighSurrogate(part.charAt(part.length() - 1));
    return badStart || badEnd;
  }

  /**
   * Whether {@code part}, cut from {@code source}, starts where {@code source} has a line or
   * paragraph break right before it (a grapheme ends after a control character, so a text that
   * typed a lone mark after U+2029 starts a new post with it without any cut inside a grapheme: a
   * draw of SocialProperties in CI, session 18).
   */
  public static boolean startsAfterABreak(String source, String part) {
    if (part.isEmpty()) {
      return false;
    }
    String head = part.substring(0, Math.min(part.length(), 24));
    for (int at = source.indexOf(head); at > 0; at = source.indexOf(head, at + 1)) {
      int gcb = UCharacter.getIntPropertyValue(source.codePointBefore(at), UProperty.GRAPHEME_CLUSTER_BREAK);
      if (gcb == UCharacter.GraphemeClusterBreak.CONTROL || gcb == UCharacter.GraphemeClusterBreak.CR
          || gcb == UCharacter.GraphemeClusterBreak.LF) {
        return true;
      }
    }
    return false;
  }

  /** Mutable holder used only while jqwik builds one reply. */
  static final class Spec {
    private String customer;
    private Emotion emotion;
    private String situation;
    private String summary;
    private String confirm;
    private List<String> actions;
    private Timeline timeline;
    private String followUp;
    private boolean boundary;
    private boolean closing;
    private int turn;
    private String conversation;

    Spec customer(Optional<String> v) { customer = v.orElse(null); return this; }
    Spec emotion(Emotion v) { emotion = v; return this; }
    Spec situation(Optional<String> v) { situation = v.orElse(null); return this; }
    Spec summary(Optional<String> v) { summary = v.orElse(null); return this; }
    Spec confirm(Optional<String> v) { confirm = v.orElse(null); return this; }
    Spec actions(List<String> v) { actions = v; return this; }
    Spec timeline(Optional<Timeline> v) { timeline = v.orElse(null); return this; }
    Spec followUp(Optional<String> v) { followUp = v.orElse(null); return this; }
    Spec boundary(boolean v) { boundary = v; return this; }
    Spec closing(boolean v) { closing = v; return this; }
    Spec turn(int v) { turn = v; return this; }
    Spec conversation(String v) { conversation = v; return this; }

    Reply reply() {
      Composer c = EMPATHY.compose().conversation(conversation, turn);
      if (customer != null) {
        c.customer(customer);
      }
      if (situation != null) {
        c.acknowledge(emotion, situation);
      } else {
        c.acknowledge(emotion);
      }
      if (summary != null) {
        c.summary(summary);
      }
      if (confirm != null) {
        c.confirm(confirm);
      }
      c.actions(actions);
      if (timeline != null) {
        c.timeline(timeline);
      }
      if (followUp != null) {
        c.followUp(followUp);
      }
      if (boundary) {
        c.boundary();
      }
      return c.closing(closing).build();
    }
  }
}
