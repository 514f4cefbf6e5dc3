package dev.empathy.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.channel.Change;
import dev.empathy.channel.Channels;
import dev.empathy.channel.Overflow;
import dev.empathy.channel.RenderOptions;
import dev.empathy.channel.Rendered;
import dev.empathy.channels.fit.KeepOrder;
import dev.empathy.channels.sms.SmsSegments;
import dev.empathy.compose.Block;
import dev.empathy.compose.BlockKind;
import dev.empathy.compose.Composer;
import dev.empathy.compose.Reply;
import dev.empathy.compose.Timeline;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The keep order and each channel's rules for what it keeps, over arbitrary replies (any Unicode,
 * 100 KB fields) and over realistic ones in every locale.
 */
class KeepOrderProperties {
  private static final List<String> LOCALES = List.of("en-US", "en-GB", "es", "fr", "de", "pt-BR", "ja");
  private static final Map<String, Empathy> EMPATHY = new ConcurrentHashMap<>();
  private static final Pattern SPOKEN_ENTITY = Pattern.compile("&amp;(?:#\\d+|#[xX][0-9a-fA-F]+|amp|lt|gt|quot|apos|nbsp|hellip|mdash|ndash|rsquo|lsquo|ldquo|rdquo|euro|pound);");
  private static final Pattern BRACKETED_WEEKDAY = Pattern.compile("[（(][月火水木金土日][）)]");

  @Provide
  Arbitrary<Reply> replies() {
    return AnyReply.replies();
  }

  /** Replies in every locale from short, ordinary words, as agents type them. */
  @Provide
  Arbitrary<Reply> typical() {
    // Agents' actions and situations run to a handful of ordinary words (the demo tickets: 5 to 16).
    Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(8);
    Arbitrary<String> phrase = word.list().ofMinSize(3).ofMaxSize(8).map(w -> String.join(" ", w));
    return Combinators.combine(
            Arbitraries.of(LOCALES),
            Arbitraries.of(Emotion.values()),
            phrase,
            phrase.list().ofMinSize(1).ofMaxSize(3),
            phrase.optional(0.7),
            Arbitraries.integers().between(1, 9),
            Arbitraries.integers().between(0, 3),
            Arbitraries.strings().alpha().ofLength(6))
        .as((locale, emotion, situation, actions, followUp, days, turn, id) -> {
          Composer c = empathy(locale).compose().conversation(id, turn).customer("Dana Whitaker")
              .acknowledge(emotion, "the " + situation).actions(actions).timeline(Timeline.businessDays(days));
          followUp.ifPresent(f -> c.followUp("I’ll write to you when " + f));
          return c.build();
        });
  }

  static Empathy empathy(String locale) {
    return EMPATHY.computeIfAbsent(locale, l -> Empathy.builder().locale(l).clock(Clock.fixed(Replies.NOW, ZoneOffset.UTC)).build());
  }

  /** Each drop or shrink step a change reports, as its index in the keep order's drop steps. */
  static int step(Change c) {
    List<String> steps = KeepOrder.dropSteps();
    String d = c.detail();
    if (d.contains("to keep the public reply short and its acknowledgement naming what happened")) {
      // A public post's own step before any fitting (SocialChannel): the summary and the follow-up go
      // to the DM so the acknowledgement that names what happened stays whole; not a fitting step.
      return -1;
    }
    if (d.startsWith("shortened the acknowledgement")) {
      return steps.indexOf(KeepOrder.ELABORATION);
    }
    if (d.startsWith("shortened the action")) {
      return steps.indexOf("action.framing");
    }
    // Sections the order does not list (the short acknowledgement, a signature) go before the
    // timeline only when that alone makes the message fit, else after it: not ordered here.
    for (String role : KeepOrder.keep()) {
      if (d.startsWith("dropped the " + role.replace('_', '-') + " ")) {
        return steps.indexOf(role);
      }
    }
    return -1;
  }

  static void followsTheKeepOrder(Rendered r) {
    int last = -1;
    for (Change c : r.changes()) {
      int s = step(c);
      if (s >= 0) {
        assertTrue(s >= last, () -> "changes out of the keep order: " + r.changes());
        last = s;
      }
      assertFalse(c.detail().startsWith("dropped the action "), () -> "the first action was dropped whole: " + r.changes());
    }
  }

  @Property(tries = 40)
  void everyChannelCutsInTheOneKeepOrderAndNeverDropsTheFirstActionWhole(
      @ForAll("replies") Reply reply, @ForAll @IntRange(min = 1, max = 4) int tight) {
    followsTheKeepOrder(Channels.require("sms").render(reply, RenderOptions.builder().maxParts(tight).build()));
    followsTheKeepOrder(Channels.require("social").render(reply, RenderOptions.builder().flavor("x").build()));
    followsTheKeepOrder(Channels.require("voice").render(reply, RenderOptions.builder().limit(10 * tight).build()));
    followsTheKeepOrder(Channels.require("chat").render(reply, RenderOptions.builder().maxParts(tight).build()));
    followsTheKeepOrder(Channels.require("email").render(reply, RenderOptions.builder().limit(100 * tight).build()));
  }

  @Property(tries = 40)
  void aPublicPostNeverCarriesABoundaryAndAGratefulOneNeverAHandOffLine(@ForAll("replies") Reply reply) {
    for (String flavor : List.of("x", "facebook")) {
      Rendered r = Channels.require("social").render(reply, RenderOptions.builder().flavor(flavor).build());
      String post = r.parts().get(0);
      reply.block(BlockKind.BOUNDARY).ifPresent(b -> assertFalse(post.contains(b.text()), post));
      boolean grateful = reply.block(BlockKind.ACKNOWLEDGEMENT).flatMap(b -> b.fact("emotion")).filter("grateful"::equals).isPresent();
      boolean privateMoved = r.changes().stream().anyMatch(c -> c.kind() == Change.Kind.REDACTED || c.detail().contains("moved to the DM: it contained"));
      for (int v = 0; v < 4; v++) {
        for (String reason : List.of("money", "care", "details", "asks", "other")) {
          String dm = reply.phrasebook().format("social.dm", 0, v, Map.of("reason", reason));
          if (grateful || !privateMoved) {
            // without private data moved, only an action that asks for private details brings a DM line
            if (grateful) {
              assertFalse(post.contains(dm), () -> "grateful reply with a DM line: " + post);
            }
          }
        }
      }
    }
  }

  @Property(tries = 40)
  void typicalRepliesKeepTheActionAndTimelineInEveryLocaleAndTheirLengthTargets(@ForAll("typical") Reply reply) {
    // The action's words after its first: a drawn first word may be a pronoun the reply says in
    // its own person and register ("te ao etk" → "le ao etk" in a formal Spanish reply, "tu xqo" →
    // "Vous xqo"; found by a random draw, session 13).
    // The block's item is the note as the agent typed it; the reply writes a Portuguese or Spanish
    // word typed without its accent with it ("informacoes" → "informações", and a drawn "aaoes" →
    // "aaões": session 20's CI draw), so the action is looked for with accents folded.
    // A pronoun drawn later in the note is said in the reply's register too ("aa aa ti" → "aa aa
    // usted": session 22's CI draw, seed 6611550998837553353), so the person words are left out of
    // both sides when the words are compared.
    String note = reply.block(BlockKind.ACTION).orElseThrow().items().get(0);
    String action = withoutPersons(folded(note.substring(note.indexOf(' ') + 1)));
    Rendered sms = Channels.require("sms").render(reply);
    assertTrue(withoutPersons(folded(sms.text())).contains(action), () -> "SMS lost the action «" + note + "»: " + sms.text());
    assertTrue(sms.changes().stream().noneMatch(c -> c.detail().startsWith("dropped the timeline")), () -> "SMS lost the timeline: " + sms.changes());
    Rendered x = Channels.require("social").render(reply, RenderOptions.builder().flavor("x").build());
    // A drawn word can be a sensitive one ("aa ivf aa": IVF is a health detail, session 21's CI
    // draw): such an action moves to the DM, and the change says so.
    boolean movedToDm = x.changes().stream().anyMatch(c -> c.detail().startsWith("action moved to the DM"));
    assertTrue(withoutPersons(folded(x.parts().get(0))).contains(action) || movedToDm,
        () -> "X post lost the action «" + action + "»: " + x.parts().get(0) + " " + x.changes());
    Rendered voice = Channels.require("voice").render(reply);
    assertTrue(voice.length().value() <= 35, () -> voice.length().value() + " s: " + voice.field("script").orElseThrow());
    Rendered chat = Channels.require("chat").render(reply);
    assertTrue(chat.parts().size() <= 3, () -> chat.parts().size() + " bubbles: " + chat.parts());
    assertTrue(chat.length().value() <= 320, () -> chat.length() + ": " + chat.parts());
    Rendered email = Channels.require("email").render(reply);
    String preheader = email.field("preheader").orElseThrow();
    assertTrue(withoutPersons(folded(preheader)).contains(action.substring(0, Math.min(12, action.length()))),
        () -> "preheader without the action: " + preheader);
  }

  /** Words that name the customer or us, which a reply says in its own person and register. */
  private static final java.util.Set<String> PERSONS = java.util.Set.of(
      "ti", "tu", "te", "usted", "le", "lo", "la", "vos", "contigo", "vous", "toi", "du", "dich", "dir", "sie", "ihnen",
      "voce", "lhe", "o", "senhor", "senhora", "you", "your", "yours");

  /** {@code text} without the words of {@link #PERSONS}, words joined by one space. */
  static String withoutPersons(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (String w : text.split(" +")) {
      String bare = w.replaceAll("[\\p{P}]+$", "");
      if (!PERSONS.contains(bare.toLowerCase(java.util.Locale.ROOT))) {
        out.append(out.length() == 0 ? "" : " ").append(w);
      }
    }
    return out.toString();
  }

  @Example
  void aPronounLaterInTheNoteIsSaidInTheRepliesRegister() {
    assertEquals("aa aa", withoutPersons("aa aa usted."));
    assertTrue(withoutPersons("le cuento: aa aa usted. me ocupo").contains(withoutPersons("aa aa ti")));
  }

  @Property(tries = 40)
  void smsSegmentsBreakBetweenWordsAndCarryNoTypographicLookAlike(
      @ForAll("replies") Reply reply, @ForAll @IntRange(min = 1, max = 5) int maxSegments) {
    Rendered r = Channels.require("sms").render(reply, RenderOptions.builder().maxParts(maxSegments).build());
    List<String> parts = r.parts();
    BreakIterator lines = BreakIterator.getLineInstance(ULocale.forLocale(reply.locale()));
    lines.setText(r.text());
    int at = 0;
    for (int i = 0; i + 1 < parts.size(); i++) {
      int start = at;
      at += parts.get(i).length();
      int join = at;
      // A join is a line-break opportunity, unless the part holds no opportunity at all (one word
      // longer than a segment, divided between graphemes).
      boolean forced = lines.preceding(join) <= start;
      assertTrue(lines.isBoundary(join) || forced, () -> "segment ends inside a word: " + parts.stream().map(p -> "«" + p + "»").toList() + " at " + join + " near «" + r.text().substring(Math.max(0, join - 5), Math.min(r.text().length(), join + 5)) + "»");
    }
    boolean gsm = r.field("encoding").orElseThrow().equals("GSM-7");
    // Typography never costs GSM-7: whenever the text with look-alikes would fit GSM-7, it is sent
    // so, and a GSM-7 message ends a cut with "...", not "…". (In UCS-2, forced by an emoji or a
    // letter outside GSM-7, a curly apostrophe costs nothing and may stay.)
    if (dev.empathy.channels.sms.SmsSegments.isGsm7(dev.empathy.channels.sms.SmsSegments.smartEncode(r.text()))) {
      assertTrue(gsm, () -> "typography pushed an SMS out of GSM-7: " + r.text());
    }
    for (char c : r.text().toCharArray()) {
      assertFalse(gsm && (c == '\u2019' || c == '\u2026' || c == '\u201C' || c == '\u201D' || c == '\u00A0' || c == '\u202F' || c == '\u2014'),
          () -> "typographic character left in a GSM-7 SMS: " + r.text());
    }
  }

  @Property(tries = 40)
  void foldedAccentsKeepSpanishFrenchAndPortugueseInGsm7(
      @ForAll("typical") Reply typical) {
    if (!List.of("es", "fr", "pt").contains(typical.locale().getLanguage())) {
      return;
    }
    Rendered r = Channels.require("sms").render(typical, RenderOptions.builder().option("sms.foldAccents", "true").build());
    // Folding changes spelling: a reply keeps its accents when folding would save no segment (a
    // Spanish or Portuguese one sent with its national table, a short one in UCS-2), and says so.
    assertTrue(SmsSegments.isGsm7(r.text()) || r.warnings().stream().anyMatch(w -> w.contains("accents kept")),
        () -> "neither folded nor said why: " + r.text());
  }

  @Property(tries = 40)
  void noMarkupEntityOrBracketedWeekdayReachesTheSpeechEngine(
      @ForAll("replies") Reply reply, @ForAll @IntRange(min = 0, max = 400) int days, @ForAll("locales") String locale) {
    Rendered r = Channels.require("voice").render(reply);
    assertFalse(SPOKEN_ENTITY.matcher(r.text()).find(), () -> "an entity would be read aloud: " + r.text());
    Reply dated = empathy(locale).compose().conversation("d", 0).acknowledge(Emotion.ANXIOUS, "the card payment &gt; 300 &amp;amp; more")
        .action("I’ve frozen your card &amp; opened a dispute").timeline(Timeline.by(LocalDate.of(2026, 3, 3).plusDays(days))).build();
    String ssml = Channels.require("voice").render(dated).text();
    assertFalse(SPOKEN_ENTITY.matcher(ssml).find(), ssml);
    assertFalse(BRACKETED_WEEKDAY.matcher(ssml).find(), ssml);
  }

  @Provide
  Arbitrary<String> locales() {
    return Arbitraries.of(LOCALES);
  }

  @Property(tries = 40)
  void emailSubjectsAreWholePhrases(@ForAll("replies") Reply reply) {
    String subject = Channels.require("email").render(reply).field("subject").orElseThrow();
    assertFalse(subject.endsWith("…"), subject);
    String lastWord = subject.replaceAll(".*[\\s]", "").toLowerCase(Locale.ROOT);
    for (String w : reply.phrasebook().raw("email.leadWords").split(",")) {
      assertFalse(lastWord.equals(w.strip()), () -> "subject ends on \"" + w.strip() + "\": " + subject);
    }
  }

  /**
   * {@code s} in lower case without its accents ("Aaões" → "aaoes"), its typographic apostrophes
   * straight: an SMS writes "s’il" as "s'il" (GSM-7 has no ’; session 24's verify draw, seed
   * 4233580970229323109, kept below).
   */
  static String folded(String s) {
    return java.text.Normalizer.normalize(lower(s), java.text.Normalizer.Form.NFD).replaceAll("\\p{Mn}+", "").replace('’', '\'');
  }

  @Example
  void aTypographicApostropheIsWrittenStraightInAnSms() {
    Reply reply = empathy("fr-FR").compose().conversation("aaaaaa", 1).customer("Dana Whitaker")
        .acknowledge(Emotion.FRUSTRATED, "le aa aa").action("aa aa s’il te plaît").timeline(Timeline.businessDays(6)).build();
    typicalRepliesKeepTheActionAndTimelineInEveryLocaleAndTheirLengthTargets(reply);
  }

  @Example
  void anActionWithAHealthDetailMovesToTheDm() {
    Reply reply = empathy("en-US").compose().conversation("aaaaaa", 1).customer("Dana Whitaker")
        .acknowledge(Emotion.FRUSTRATED, "the aa aa aa").action("aa ivf aa").timeline(Timeline.businessDays(6)).build();
    typicalRepliesKeepTheActionAndTimelineInEveryLocaleAndTheirLengthTargets(reply);
    String post = Channels.require("social").render(reply, RenderOptions.builder().flavor("x").build()).parts().get(0);
    assertFalse(post.toLowerCase(Locale.ROOT).contains("ivf"), post);
    assertTrue(post.contains("DM") || post.contains("private"), () -> "no hand-off line: " + post);
  }

  @Example
  void aPortugueseActionWhoseEndingTakesAnAccentIsKept() {
    Reply reply = empathy("pt-BR").compose().conversation("accents", 1).customer("Dana Whitaker")
        .acknowledge(Emotion.FRUSTRATED, "the qq ww ee").action("qwe rty aaoes").timeline(Timeline.businessDays(3)).build();
    typicalRepliesKeepTheActionAndTimelineInEveryLocaleAndTheirLengthTargets(reply);
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  static boolean hasBlock(Reply reply, BlockKind kind) {
    return reply.blocks().stream().map(Block::kind).anyMatch(kind::equals);
  }
}
