package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Agents' notes that are only a noun phrase ("Full refund", "meal vouchers x2", "hotfix ETA
 * Friday") are said as a sentence by the class of their head noun (clauses_en noteThings,
 * noteThingsFirst), and a note is never joined to a verb it does not have ("the new card within is
 * 5 to 7 business days", "the ships are in 2 to 3 days"). Reply-en, session 18: each row of the
 * first table was said as typed, or broken, before.
 */
class NounPhraseNotesTest {
  private static final CallerClauses EN = CallerClauses.forLocale(Locale.US);

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Full refund|I’ve issued a full refund",
    "Partial refund|I’ve issued a partial refund",
    "meal vouchers x2|I’ve added two meal vouchers",
    "replacement unit|I’m sending a replacement unit",
    "warranty replacement|I’m sending a warranty replacement",
    "$50 gas credit|I’ve added a $50 gas credit",
    "free pizza next order|I’ve added a free pizza to your next order",
    "overnight shipping free|I’ve upgraded you to free overnight shipping",
    "loaner car today|I’ve arranged a loaner car for today",
    "tech visit Thursday between 8 and 12|I’ve booked a tech visit for Thursday between 8 and 12",
    "refund including fees|I’ve issued a refund including fees",
    "known bug|It’s a known bug",
    "hotfix ETA Friday|The hotfix should be live by Friday",
    "firmware fix next week|The firmware fix ships next week",
    "known bug, fix in v4.2 next week|It’s a known bug, and the fix ships in v4.2 next week",
    "new card 5-7bd|The new card should arrive within 5 to 7 business days",
    "new card within 5-7bd|The new card should arrive within 5 to 7 business days",
    "ships in 2-3 days|It ships in 2 to 3 days",
    "arrives tomorrow|It arrives tomorrow",
    "crew dispatched, ETA 20 min|the crew has been dispatched and should arrive within 20 minutes",
    "expedited 1-2bd|I’ve expedited it, and it should arrive within 1 to 2 business days",
    // a count, a sign and an amount before a thing of noteThings (NoteShapes, session 19)
    "2 x 50 credit|I’ve added two credits of 50",
    // a thing and what it does is a sentence (reply-en session 22, CallerClauses.acting; these rows
    // said "left as typed", which read as a fragment: "fix kit ships tomorrow")
    "fix kit ships tomorrow|The fix kit ships tomorrow",
    "correct size ships on receipt|The correct size ships on receipt",
    // left as typed: two things, or a count of what is not certain
    "free replacement shipping today|free replacement shipping today",
    "driver coaching|driver coaching",
    "credit x3|credit x3",
    "reset 2FA on acct|reset 2FA on acct",
  })
  void aNounPhraseNoteReadsAsASentence(String note, String said) {
    assertEquals(said, EN.withSubject(note));
  }

  /**
   * A finite verb of a sentence the notes are said in: ours (a promise "I’ll refund it today"
   * counts as one, like "will"), the thing's, or a copula.
   */
  private static final Pattern FINITE = Pattern.compile(
      "\\b(I’ve|I’m|I’ll|It’s|There’s|is|are|has been|have been|ships|ship|should|will|arrives)\\b");
  /** A copula glued after a preposition or a verb in the third person: "within is", "ships are". */
  private static final Pattern BROKEN = Pattern.compile(
      "\\b(within|at|in|for|to|by|on|ships|arrives|sent|approved|issued) (is|are)\\b");

  /**
   * Every note shaped as a noun phrase whose head has a class (with modifiers, a count, an amount
   * and a tail of time or place) is said with exactly one finite verb, keeps its words in order,
   * and never glues a copula after a preposition or a verb.
   */
  @Property(tries = 500)
  void aNounPhraseNoteHasOneFiniteVerb(@ForAll("nounNotes") String note) {
    String said = EN.withSubject(note);
    Matcher m = FINITE.matcher(said);
    int verbs = 0;
    while (m.find()) {
      verbs++;
    }
    assertEquals(1, verbs, () -> note + " → " + said);
    assertFalse(BROKEN.matcher(said).find(), () -> note + " → " + said);
    int from = 0;
    for (String word : note.split(" ")) {
      if (word.matches("[a-z][a-z-]+")) {
        int at = said.toLowerCase(Locale.ROOT).indexOf(word, from);
        assertTrue(at >= 0, () -> note + " → " + said + ": \"" + word + "\" lost or out of order");
        from = at + word.length();
      }
    }
  }

  /**
   * A note whose thing is followed by a verb of its own, or whatever words around a span or an
   * amount, never gets a copula glued after a preposition or a verb ("the new card within is…").
   */
  @Property(tries = 400)
  void noCopulaIsGluedAfterAVerbOrAPreposition(@ForAll("verbNotes") String note) {
    String said = EN.withSubject(note);
    assertFalse(BROKEN.matcher(said).find(), () -> note + " → " + said);
  }

  private static final List<String> MODIFIERS = List.of("full", "partial", "free", "new", "extra", "replacement", "meal", "hotel", "gas", "courtesy");
  private static final List<String> TAILS = List.of("", " today", " tomorrow", " for next order", " for the delay", " within 3-5bd", " at our cost",
      " including fees", " next week", " Friday");

  @Provide
  Arbitrary<String> nounNotes() {
    Arbitrary<String> head = Arbitraries.of("refund", "voucher", "credit", "replacement", "callback", "label", "visit", "appointment");
    Arbitrary<String> modifiers = Arbitraries.of(MODIFIERS).list().ofMaxSize(2).map(l -> l.isEmpty() ? "" : String.join(" ", l) + " ");
    Arbitrary<String> amount = Arbitraries.of("", "", "$25 ", "£10 ", "€5 ");
    Arbitrary<String> tail = Arbitraries.of(TAILS);
    Arbitrary<String> capital = Arbitraries.of("", "cap");
    return Combinators.combine(amount, modifiers, head, tail, capital).as((a, m, h, t, c) -> {
      String amounted = a.isEmpty() || h.equals("credit") || h.equals("voucher") ? a : "";
      String note = amounted + m + h + t;
      // two things of different classes ("replacement" before another head) are left as typed: keep one thing per note
      note = h.equals("replacement") ? note : note.replace("replacement ", "");
      return c.isEmpty() || !Character.isLetter(note.charAt(0)) ? note : Character.toUpperCase(note.charAt(0)) + note.substring(1);
    }).filter(n -> !n.startsWith("$") || !n.contains("free") && !n.contains("Free"));
  }

  @Provide
  Arbitrary<String> verbNotes() {
    Arbitrary<String> thing = Arbitraries.of("new card", "correct size", "part", "box", "refund", "beta build", "order", "kit");
    Arbitrary<String> verb = Arbitraries.of("ships", "arrives", "sent", "approved", "within", "reset", "");
    Arbitrary<String> tail = Arbitraries.of("5-7bd", "on receipt", "2-3 days", "$40 back to 11/1", "in email", "with fix sent", "tomorrow",
        "3 nights", "1Z88 in email", "🙂", "\u200Fشحن", "e\u0301t\u0301a");
    return Combinators.combine(thing, verb, tail).as((t, v, r) -> (t + " " + v + " " + r).replaceAll(" +", " "));
  }
}
