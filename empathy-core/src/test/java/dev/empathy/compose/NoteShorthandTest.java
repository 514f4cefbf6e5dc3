package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Helpdesk shorthand in agents' notes (reply-en, session 14, 64 new requests written in the style
 * of real brands' agents): spans, clock times, days after a booking, a thing "to" do something,
 * a verb missing its object, a modal missing its subject. Each row failed before: "the refund has
 * been issued 3-5bd", "I’ve rebooked DL1234 7:05a", "pharmacist to call you today", "I’ve
 * escalated to Tier 2", "the should drop off is 24-48h".
 */
class NoteShorthandTest {
  private static final CallerClauses EN = CallerClauses.forLocale(Locale.US);

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "refund issued 3-5bd|the refund has been issued and should arrive within 3 to 5 business days",
    "mailed 2-3wks|I’ve mailed it, and it should arrive within 2 to 3 weeks",
    // a phrase with a figure stays after the span: the agent's figures keep their order (session 19)
    "refund issued 3-5bd for order 4471|the refund has been issued and should arrive within 3 to 5 business days for order 4471",
    "refund issued 3-5bd for the bag fee|the refund has been issued for the bag fee and should arrive within 3 to 5 business days",
    "3-5bd to post|It can take 3 to 5 business days to post",
    "supervisor to call back w/in 1h|A supervisor will call back within 1 hour",
    "pharmacist to call you today|A pharmacist will call you today",
    "feedback to depot|feedback to depot",
    "rebooked DL1234 7:05a|I’ve rebooked DL1234 at 7:05 AM",
    // An identifier's digits are not a clock time or a span: "aaa_0a" once came out "aaa_at 0 AM"
    // (SocialLeakProperties' draw, session 19), "@jo_3pm" and "user_2h" likewise.
    "username: aaa_0a|username: aaa_0a",
    "login is user_2h|login is user_2h",
    "callback scheduled 3pm|the callback has been scheduled for 3 PM",
    "plumber booked tomorrow 9a|the plumber has been booked for tomorrow at 9 AM",
    "tech visit booked Tuesday 8-12|the tech visit has been booked for Tuesday between 8 and 12",
    "emergency callout booked today 2-6pm|the emergency callout has been booked for today between 2 and 6 PM",
    // "between" typed before a range takes its own "and", never "between 9 to 11 AM" (session 21's probe a06)
    "moved the delivery to 12/14 between 9-11am|I’ve moved the delivery to 12/14 between 9 and 11 AM",
    "technician booked for Tuesday between 1-3pm|the technician has been booked for Tuesday between 1 and 3 PM",
    "open from 9-5pm|open from 9 to 5 PM",
    "escalated to Tier 2|I’ve escalated this to Tier 2",
    "flagged urgent|I’ve flagged this as urgent",
    "flagged to billing|I’ve flagged this to billing",
    "flagged the order|I’ve flagged the order",
    "transferred to a live agent|I’ve transferred you to a live agent",
    "resent to your email|I’ve resent it to your email",
    "should drop off 24-48h|This should drop off within 24 to 48 hours",
    "line suspended|the line has been suspended",
    "card blocked|the card has been blocked",
    "password reset forced|the password reset has been forced",
    "remote reset done|the remote reset has been done",
    "password reset link sent|the password reset link has been sent",
    "deposit confirmed received|the deposit has been confirmed received",
    "rebooked 1st appointment Thursday 8am|I’ve rebooked 1st appointment Thursday at 8 AM",
    "refunded $42.50 on 12/3|I’ve refunded $42.50 on 12/3",
    "the outage is over as of 9 AM|the outage is over as of 9 AM",
    "parts arrive in 2-3 days|parts arrive in 2 to 3 days",
  })
  void aShorthandNoteReadsAsASentence(String note, String said) {
    assertEquals(said, EN.withSubject(note));
  }

  @Provide
  Arbitrary<String> notes() {
    Arbitrary<String> words = Arbitraries.of("refund", "issued", "3-5bd", "24-48h", "w/in", "1h", "7:05a", "3pm", "2-6pm",
        "8-12", "Tuesday", "booked", "to", "call", "supervisor", "escalated", "should", "$42.50", "12/3", "1Z999AA1",
        "👩‍👩‍👧", "e\u0301", "שלום", "\uD800", "\u0000", "\u202E", "  ", "-", ":", "am", "2-", "-5bd", "99999bd", "0h");
    return Arbitraries.oneOf(
        words.list().ofMaxSize(10).map(l -> String.join(" ", l)),
        Arbitraries.strings().ofMaxLength(120),
        Arbitraries.strings().withChars("0123456789-:apmhbdw/ ").ofMaxLength(60),
        Arbitraries.strings().withCharRange(' ', '~').ofMinLength(100_000).ofMaxLength(100_000));
  }

  private static final Pattern FIGURE = Pattern.compile("\\d+");

  /** Every figure the agent typed is still in the sentence, in the same order: shorthand is written out, never lost. */
  @Property(tries = 400)
  void noFigureIsLostOrReordered(@ForAll("notes") String note) {
    String said = EN.withSubject(note);
    Matcher typed = FIGURE.matcher(note);
    int from = 0;
    while (typed.find()) {
      int at = said.indexOf(typed.group(), from);
      assertTrue(at >= 0, () -> "lost the figure " + typed.group() + " of " + abbreviated(note) + " in " + abbreviated(said));
      from = at + typed.group().length();
    }
  }

  /**
   * jqwik's draw in CI (session 19): the span was moved behind a phrase holding a clock time, "I’ve
   * issued to 3 PM, and it should arrive within 3 to 5 business days".
   */
  @Example
  void aSpanBeforeAPhraseWithAFigureStaysWhereItWasTyped() {
    noFigureIsLostOrReordered("issued 3-5bd to 3pm");
    noFigureIsLostOrReordered("refund issued 3-5bd for order 4471");
  }

  private static String abbreviated(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }
}
