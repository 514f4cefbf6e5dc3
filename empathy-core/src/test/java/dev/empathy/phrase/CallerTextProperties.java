package dev.empathy.phrase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.ULocale;
import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.InvalidInputException;
import dev.empathy.Register;
import dev.empathy.compose.BlockKind;
import dev.empathy.compose.Reply;
import dev.empathy.compose.Timeline;
import dev.empathy.text.UserText;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a caller types goes into every locale's phrases intact: at most the case of its first
 * letter changes (German capitalises after a colon, others lower-case a leading "The", "Die",
 * "L’") and trailing full stops give way to the phrase's own.
 */
class CallerTextProperties {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC);
  private static final Map<String, Empathy> INSTANCES = new ConcurrentHashMap<>();

  record Setting(ULocale locale, Register register) {}

  @Provide
  Arbitrary<Setting> settings() {
    return Arbitraries.of(Phrasebook.SUPPORTED).flatMap(l -> Arbitraries.of(Register.values()).map(r -> new Setting(l, r)));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMinLength(1).ofMaxLength(60),
        Arbitraries.of(
            "Die doppelte Abbuchung.", "L’annulation de votre vol", "The refund {0} isn't '{here}'!!",
            "👩‍👩‍👧 family plan…", "ご請求額が2倍になっている。", "Ihr Export bricht ab", "El pedido...",
            "IBAN DE89 wrong", "mañana\u0301", "\uD800 broken", "مرحبا {x}", "j’ai tout vérifié !"),
        Arbitraries.strings().withChars("aAäÄéÉßLl’'. {}#|").ofMinLength(1).ofMaxLength(20));
  }

  /** CI's draws: a word in capitals after an apostrophe, calmed with a warning (seed 5439080385233863404); a situation ending in "?" (seed -7094282434088078069). */
  @Example
  void ciDrawsArriveAsDocumented() {
    callerClausesArriveIntactInEveryLocale(new Setting(new ULocale("en"), Register.FORMAL), "a’AAAA", Emotion.FRUSTRATED);
    callerClausesArriveIntactInEveryLocale(new Setting(new ULocale("en_GB"), Register.FORMAL), " ßa{{{.LÉAÄÉ {}{", Emotion.GRATEFUL);
    callerClausesArriveIntactInEveryLocale(new Setting(new ULocale("en"), Register.FORMAL), "0?", Emotion.FRUSTRATED);
    // a field typed all in capitals is written in lower case with its warning (seed 6133, CI draw "AAAAA A" in ja)
    callerClausesArriveIntactInEveryLocale(new Setting(new ULocale("ja"), Register.FORMAL), "AAAAA A", Emotion.FRUSTRATED);
    callerClausesArriveIntactInEveryLocale(new Setting(new ULocale("de"), Register.FORMAL), "䰡쏔뗀艣䃬쩡牷򉧁ꦩ㍌냉֢?", Emotion.GRATEFUL);
    // a word after "al" that only ends like a first person's past is a noun, never turned (CI draw, seed -5787926155924576210)
    callerClausesArriveIntactInEveryLocale(new Setting(new ULocale("es"), Register.FORMAL), "aL.aaaaaaaé", Emotion.FRUSTRATED);
    // Japanese writes a caller's full-width figure in half width ("!０" → "!0", CI draw, session 19)
    callerClausesArriveIntactInEveryLocale(new Setting(new ULocale("ja"), Register.FORMAL), "!０", Emotion.FRUSTRATED);
    // the customer's sister is said with her honorific: "!\tお姉様" (CI draw, session 21)
    callerClausesArriveIntactInEveryLocale(new Setting(new ULocale("ja"), Register.FORMAL), "!\t姉", Emotion.FRUSTRATED);
    // an action of punctuation alone is refused naming actions[0] (session 22; seed 6589862869911602515, draw "!")
    callerClausesArriveIntactInEveryLocale(new Setting(new ULocale("en"), Register.FORMAL), "!", Emotion.FRUSTRATED);
  }

  @Property(tries = 300)
  void callerClausesArriveIntactInEveryLocale(
      @ForAll("settings") Setting s, @ForAll("texts") String raw, @ForAll Emotion emotion) {
    String clean = UserText.clean(raw).strip();
    if (clean.isEmpty()) {
      return;
    }
    Empathy empathy =
        INSTANCES.computeIfAbsent(s.toString(), k -> Empathy.builder().locale(s.locale().toLocale())
            .register(s.register()).clock(CLOCK).build());
    Reply reply;
    try {
      reply = empathy.compose().conversation(raw, raw.length()).customer(raw).acknowledge(emotion, raw).summary(raw)
          .action(raw).action(raw).timeline(Timeline.businessDays(2)).followUp(raw).build();
    } catch (InvalidInputException e) {
      // Documented (session 22): an action with no letter or digit once read ("!", "&amp;") says
      // nothing and is refused naming actions[0]; any other refusal fails the property.
      assertEquals("actions[0]", e.field(), e.getMessage());
      assertTrue(e.getMessage().endsWith("has no letter or digit"), e.getMessage());
      return;
    }
    assertEquals(ULocale.forLocale(reply.locale()), s.locale());
    String core = withoutTrailingStops(clean);
    if (core.codePointCount(0, core.length()) < 2) {
      return;
    }
    // Japanese writes a caller's full-width figures in half width, one character for one
    // (CallerTypography, typography.halfWidthFigures: "０" → "0", CI draw in session 19): the
    // text is compared in half width there.
    boolean ja = s.locale().getLanguage().equals("ja");
    String tail = ja ? halfWidth(core.substring(core.offsetByCodePoints(0, 1))) : core.substring(core.offsetByCodePoints(0, 1));
    // A situation that reads as a sentence is left out of the acknowledgement, with a warning
    // (the documented fallback); the same text still arrives intact in the summary.
    boolean sentence = reply.warnings().stream().anyMatch(w -> w.startsWith("situation: reads as a sentence"));
    // ... or, in English for an upset customer, said as a sentence in the acknowledgement itself
    // ("I’m so sorry you ordered a large and got a small"), and then not restated again.
    boolean saidInAck = reply.warnings().stream().anyMatch(w -> w.contains("the acknowledgement says it as a sentence"));
    // A summary that says the situation again (here the same text) leaves the acknowledgement
    // naming the feeling only, with a warning (RepeatedSituation): what happened is said once.
    boolean repeated = reply.warnings().stream().anyMatch(w -> w.startsWith("situation: the summary says it again"));
    // A situation that is all laughter, sarcasm or scare quotes ("..", seed -8931880076182555853)
    // has nothing left to name: the acknowledgement names the feeling only, and the warning says so.
    boolean nothingLeft = reply.warnings().stream().anyMatch(w -> w.contains("(nothing left: the acknowledgement names the feeling only)"));
    // A situation in another language than the reply's is left out of the acknowledgement, with a warning.
    boolean otherLanguage = reply.warnings().stream().anyMatch(w -> w.startsWith("situation: \"") && w.contains("reads as another language"));
    assertEquals((!sentence || saidInAck) && !repeated && !nothingLeft && !otherLanguage, reply.block(BlockKind.ACKNOWLEDGEMENT).orElseThrow().fact("situation").isPresent());
    for (BlockKind kind : new BlockKind[] {BlockKind.ACKNOWLEDGEMENT, BlockKind.SUMMARY, BlockKind.ACTION, BlockKind.FOLLOW_UP}) {
      if (sentence && kind == (saidInAck ? BlockKind.SUMMARY : BlockKind.ACKNOWLEDGEMENT)) {
        continue;
      }
      // The same two documented fallbacks: a repeated situation is named once (in the summary), and
      // a relative clause in the customer's own person is left out of the acknowledgement (OwnClause).
      if (kind == BlockKind.ACKNOWLEDGEMENT && (repeated || otherLanguage
          || reply.warnings().stream().anyMatch(w -> w.startsWith("situation: \"") && w.contains("speaks in the customer's own person")))) {
        continue;
      }
      // Scare quotes, laughter or sarcasm left out of the situation are named in a warning (the
      // documented change, CallerEcho): the acknowledgement then names the situation without them.
      if (kind == BlockKind.ACKNOWLEDGEMENT
          && reply.warnings().stream().anyMatch(w -> w.startsWith("situation: laughter, sarcasm or scare quotes")
              // A situation typed in capitals ("AAAAA A", seed 4418198967491082484) is written in
              // lower case in the acknowledgement, and the warning says so.
              || w.startsWith("situation: written in capitals")
              // words typed in capitals for emphasis ("my ORDER never CAME") are calmed, with a warning (CallerEcho.calmed)
              || w.startsWith("situation: words typed in capitals"))) {
        continue;
      }
      // A text in the other register rewritten into the reply's by its data is named in a warning
      // ("…; the reply says \"…\""), the documented change (RegisterMarkers.rewrite).
      String field = kind == BlockKind.ACKNOWLEDGEMENT ? "situation:" : kind == BlockKind.SUMMARY ? "summary:"
          : kind == BlockKind.ACTION ? "actions[" : "followUp:";
      if (reply.warnings().stream().anyMatch(w -> w.startsWith(field) && w.contains("; the reply says"))) {
        continue;
      }
      // A short question ("aa?") is answered, not said back, and a later turn's short fragment too:
      // the summary is left out with a warning (Composer, summary.shortQuestion / laterTurnMaxWords).
      if (kind == BlockKind.SUMMARY && reply.warnings().stream().anyMatch(w -> w.startsWith("summary: \"")
          && (w.contains("\" is a short question;") || w.contains("\" is a short fragment on a later turn;")))) {
        continue;
      }
      // Japanese says the customer's kin with its honorific (clauses_ja kin.formal: "姉" → "お姉様",
      // the draw "!\t姉" of session 21, seed -2766234902605761807's run): compared without it.
      String text = ja ? halfWidth(reply.block(kind).orElseThrow().text()).replaceAll("お(\\p{IsHan})様", "$1")
          : reply.block(kind).orElseThrow().text();
      if (reply.warnings().stream().anyMatch(w -> w.startsWith(field) && (w.contains("words typed in capitals") || w.contains("written in capitals")))) {
        // Words typed in capitals for emphasis are written in lower case, with a warning naming the
        // field (CallerEcho.calmed): the text arrives whole, only its case changed ("a’AAAA", seed
        // 5439080385233863404).
        String lowered = text.replace('’', '\'').toLowerCase(Locale.ROOT);
        assertTrue(lowered.contains(tail.replace('’', '\'').toLowerCase(Locale.ROOT)), () -> s + " " + kind + " lost \"" + tail + "\": " + text);
        continue;
      }
      java.util.Optional<String> unemoji = reply.warnings().stream()
          .filter(w -> w.startsWith(field + " emoji are not said back;")).findFirst();
      if (unemoji.isPresent()) {
        // Emoji ending the clause are left out, with a warning quoting what is said (reply-en s23:
        // "your parcel 📦" → "your parcel"): that text arrives whole.
        String w = unemoji.get();
        String said = w.indexOf('"') < 0 ? "" : w.substring(w.indexOf('"') + 1, w.lastIndexOf('"'));
        assertTrue(said.isEmpty() || text.replace('’', '\'').contains(said.replace('’', '\'').replaceAll("[?？]+$", "")),
            () -> s + " " + kind + " lost \"" + said + "\": " + text);
        continue;
      }
      if (kind == BlockKind.SUMMARY && sentence && !saidInAck
          && !text.replace('’', '\'').contains(tail.replace('’', '\''))) {
        // A sentence in the customer's own person is restated in the reply's ("j’ai tout vérifié !"
        // → "vous avez tout vérifié !", OwnPerson): its subject and verb change, its last word stays.
        String[] said = tail.strip().split("\\s+");
        String last = said[said.length - 1];
        assertTrue(text.contains(last), () -> s + " SUMMARY lost \"" + last + "\" of \"" + tail + "\": " + text);
        continue;
      }
      // The acknowledgement places the situation mid-sentence as a noun phrase, which drops its
      // trailing marks too (Composer.nounPhrase: "0?" → "… bearing with me on 0.", seed
      // -7094282434088078069); the summary, a clause, keeps its "?".
      String expected = kind == BlockKind.ACKNOWLEDGEMENT ? tail.replaceAll("[?？]+$", "") : tail;
      if (expected.isEmpty()) {
        continue;
      }
      // English writes a caller's typewriter apostrophe as ours (’): the same text, one apostrophe style
      assertTrue(text.replace('’', '\'').contains(expected.replace('’', '\'')), () -> s + " " + kind + " lost \"" + expected + "\": " + text);
    }
  }

  /** Full-width digits, yen sign, comma, full stop and colon as their half-width forms. */
  private static String halfWidth(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      b.append(c >= '\uFF10' && c <= '\uFF19' ? (char) ('0' + c - '\uFF10')
          : c == '\uFFE5' ? '\u00A5' : c == '\uFF0C' ? ',' : c == '\uFF0E' ? '.' : c == '\uFF1A' ? ':' : c);
    }
    return b.toString();
  }

  private static String withoutTrailingStops(String text) {
    int end = text.length();
    while (end > 0 && ".!。！…".indexOf(text.charAt(end - 1)) >= 0 || end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end == 0 ? text : text.substring(0, end);
  }
}
