package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Empathy;
import dev.empathy.Emotion;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Session 17, 62 requests in the style of real customers and agents (reply-en probes): "the return
 * has been received 11/30", "the callback has been booked 12/10 2pm" (the clock left as typed),
 * "Seat at 12 AM" for "seat 12A", "I’ve mailed 12/8", "pushed to warehouse", "resent to email",
 * "10% off next order" said bare, "billing lead to call 12/10 9am" left as typed, and a summary of
 * "hello?" recapped as "One question first: hello?". Each example failed before.
 */
class NoteDatesAndPlacesTest {
  private static final CallerClauses EN = CallerClauses.forLocale(Locale.US);

  @Example
  void aNumericDateTakesItsPreposition() {
    assertEquals("the return has been received on 11/30", EN.withSubject("return received 11/30"));
    assertEquals("the refund has been sent on 11/20", EN.withSubject("refund sent 11/20"));
    assertEquals("the callback has been booked for 12/10 at 2 PM", EN.withSubject("callback booked 12/10 2pm"));
    assertEquals("the pickup has been rebooked for 12/9 between 9 and 1", EN.withSubject("pickup rebooked 12/9 9-1"));
    assertEquals("I’ve mailed it on 12/8", EN.withSubject("mailed 12/8"));
    // already framed, or no date: as before
    assertEquals("I’ve refunded $42.50 on 12/3", EN.withSubject("refunded $42.50 on 12/3"));
    assertEquals("the code has been reissued", EN.withSubject("code reissued"));
  }

  @Example
  void aCapitalLetterGluedToAFigureIsACodeNotAClockTime() {
    String said = EN.withSubject("seat 12A");
    assertFalse(said.contains("AM"), said);
    assertTrue(said.contains("12A"), said);
    assertEquals("I’ve rebooked you at 7:05 AM", EN.withSubject("rebooked you 7:05a"));
  }

  @Example
  void aPlaceAfterADoneVerbAndToGetsItsDeterminer() {
    assertEquals("the order has been pushed to the warehouse", EN.withSubject("order pushed to warehouse"));
    assertEquals("the tickets have been resent to your email", EN.withSubject("tickets resent to email"));
    assertEquals("the direct line has been added to your case", EN.withSubject("direct line added to case"));
    assertEquals("I’ve transferred the prescription to the local pharmacy", EN.withSubject("transferred prescription to local pharmacy"));
    assertEquals("the feedback has been passed to Kevin’s manager", EN.withSubject("feedback passed to Kevin’s manager"));
    assertEquals("the accounts have been merged", EN.withSubject("accounts merged"));
    // the infinitive's "to", a plural, a name: as typed
    assertEquals("feedback to depot", EN.withSubject("feedback to depot"));
    assertEquals("I’ve escalated this to Tier 2", EN.withSubject("escalated to Tier 2"));
    assertEquals("I’ve escalated this to engineering", EN.withSubject("escalated to engineering"));
  }

  @Example
  void anAmountOffIsSaidAsWhatWasDone() {
    assertEquals("I’ve taken 10% off your next order", EN.withSubject("10% off next order"));
    assertEquals("I’ve taken $20 off your next bill", EN.withSubject("$20 off next bill"));
    assertEquals("I’ve added a $25 credit", EN.withSubject("$25 credit"));
    assertFalse(EN.withSubject("10% off code sent").startsWith("I’ve taken"), EN.withSubject("10% off code sent"));
  }

  @Example
  void aNamedRoleToDoSomethingIsOurs() {
    assertEquals("Our billing lead will call on 12/10 at 9 AM", EN.withSubject("billing lead to call 12/10 9am"));
    assertEquals("A supervisor will call back", EN.withSubject("supervisor to call back"));
  }

  @Provide
  Arbitrary<String> things() {
    return Arbitraries.of("return", "refund", "callback", "pickup", "parcel", "check", "visit", "claim");
  }

  @Provide
  Arbitrary<String> verbs() {
    return Arbitraries.of("received", "sent", "mailed", "posted", "issued", "booked", "rebooked", "scheduled", "shipped");
  }

  /** Any thing, done verb and numeric date: the date is said once, framed by "on" or "for", never bare after the verb. */
  @Property(tries = 300)
  void aDoneDateIsFramed(@ForAll("things") String thing, @ForAll("verbs") String verb,
      @ForAll @IntRange(min = 1, max = 12) int month, @ForAll @IntRange(min = 1, max = 31) int day) {
    String date = month + "/" + day;
    String said = EN.withSubject(thing + " " + verb + " " + date);
    assertTrue(said.endsWith(" on " + date) || said.endsWith(" for " + date), said);
    assertEquals(said.indexOf(date), said.lastIndexOf(date), said);
  }

  /** "seat 12A", "gate 4B", "row 9C": a figure and one capital glued to it stays a code whatever word is before it. */
  @Property(tries = 300)
  void aGluedCapitalIsNeverAClockTime(@ForAll("labels") String label, @ForAll @IntRange(min = 1, max = 12) int n,
      @ForAll("letters") String letter) {
    String code = n + letter;
    String said = EN.withSubject(label + " " + code);
    assertTrue(said.contains(code), said);
    assertFalse(said.contains(" AM") || said.contains(" PM"), said);
  }

  @Provide
  Arbitrary<String> labels() {
    return Arbitraries.of("seat", "gate", "row", "locker", "bay", "cabin", "moved to seat", "rebooked seat", "bag at carousel", "assigned");
  }

  @Provide
  Arbitrary<String> letters() {
    return Arbitraries.of("A", "P", "B", "C", "D", "F", "H", "W");
  }

  private static Reply reply(String summary) {
    return Empathy.builder().locale(Locale.US).build().compose().conversation("hello", 0)
        .customer("Sal").acknowledge(Emotion.NEUTRAL).summary(summary).action("picked up the chat").build();
  }

  @Example
  void aSummaryThatOnlyGreetsIsNotRecapped() {
    for (String s : new String[] {"hello?", "hi is anyone there", "HELLO??", "hey hey", "ok", "Hello, anyone there?"}) {
      Reply r = reply(s);
      assertTrue(r.block(BlockKind.SUMMARY).isEmpty(), s + ": " + String.valueOf(r.blocks()));
      assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("summary:") && w.contains("only greets us")), s + ": " + r.warnings());
    }
    Reply told = reply("hi my order never came");
    assertTrue(told.block(BlockKind.SUMMARY).orElseThrow().text().contains("your order never came"), String.valueOf(told.blocks()));
  }

  @Provide
  Arbitrary<String> greetingsAndMarks() {
    Arbitrary<String> word = Arbitraries.of("hello", "Hi", "HEY", "hiya", "good morning", "?", "!!", "...", " ", "👋");
    Arbitrary<String> check = Arbitraries.of("", " anyone there?", " is anybody there", " ok");
    return Combinators.combine(word.list().ofMinSize(1).ofMaxSize(5).map(l -> String.join(" ", l)), check).as(String::concat);
  }

  /** Greetings and marks only, in any case: no summary; any word of substance after them ("late"): a summary says it. */
  @Property(tries = 200)
  void greetingsAloneAreNeverRecappedButWordsAfterThemAre(@ForAll("greetingsAndMarks") String greeting) {
    LeadingThanks en = LeadingThanks.forLocale(Locale.US);
    boolean any = greeting.chars().anyMatch(Character::isLetter);
    assertEquals(any, en.greetsOnly(greeting), greeting);
    assertFalse(en.greetsOnly(greeting + " my parcel is late"), greeting);
  }

  /** Any text, 100 KB included: an answer, never an exception. */
  @Property(tries = 100)
  void greetsOnlyTakesAnyText(@ForAll("anyText") String text) {
    LeadingThanks.forLocale(Locale.US).greetsOnly(text);
    EN.withSubject(text);
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(200),
        Arbitraries.of("👩‍👩‍👧 hello", "e\u0301 hi", "שלום hi", "\uD800 ok", "hi\u0000", "\u202Ehello", "12/31/", "/5", "12A/3"),
        Arbitraries.strings().withCharRange(' ', '~').ofMinLength(100_000).ofMaxLength(100_000));
  }
}
