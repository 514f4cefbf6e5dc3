package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Agents' notes of four shapes are said as an agent writes them to a customer: a count of a thing
 * that was added ("loyalty pts 5000 added" → "I’ve added 5,000 loyalty points", never "the
 * loyalty points are 5000"), a count times an amount ("2 x 50 credit" → "I’ve added two credits of
 * 50"), a verb with a time ("reship today" → "I’ll reship it today") and a reference that is
 * somewhere ("tracking 1Z88.. in email" → "Your tracking number 1Z88… is in your email").
 */
class NoteShapesProperties {
  private static final Empathy EN = Empathy.builder().locale(Locale.US)
      .clock(Clock.fixed(Instant.parse("2026-12-07T15:00:00Z"), ZoneOffset.UTC)).build();

  private static String reply(String... actions) {
    return EN.compose().conversation("notes", 0).customer("Lena").acknowledge(Emotion.FRUSTRATED, "your stay")
        .actions(java.util.List.of(actions)).build().toPlainText();
  }

  @Example
  void theNotesOfTheSessionEighteenClosingNote() {
    String text = reply("loyalty pts 5000 added", "reship today", "tracking 1Z88.. in email");
    assertTrue(text.contains("I’ve added 5,000 loyalty points"), text);
    assertTrue(text.contains("I’ll reship it today"), text);
    assertTrue(text.contains("our tracking number 1Z88… is in your email"), text);
    String credit = reply("2 x 50 credit");
    assertTrue(credit.contains("I’ve added two credits of 50"), credit);
    String overnight = reply("overnight reship today", "2x $25 voucher");
    assertTrue(overnight.contains("I’ll reship it overnight today"), overnight);
    assertTrue(overnight.contains("two vouchers of $25"), overnight);
  }

  @Provide
  Arbitrary<String> countedThings() {
    return Arbitraries.of("loyalty points", "points", "bonus miles", "miles", "reward points", "credits", "tokens",
        "store credits", "airline miles", "gems");
  }

  @Provide
  Arbitrary<String> doneVerbs() {
    return Arbitraries.of("added", "credited", "applied", "restored", "issued", "reinstated", "posted");
  }

  @Property(tries = 150)
  void aCountOfAThingIsSaidAsWhatWasDone(
      @ForAll("countedThings") String thing,
      @ForAll @IntRange(min = 2, max = 250_000) int figure,
      @ForAll("doneVerbs") String verb,
      @ForAll boolean figureFirst) {
    String note = figureFirst ? figure + " " + thing + " " + verb : thing + " " + figure + " " + verb;
    String text = reply(note);
    String grouped = String.format(Locale.US, "%,d", figure);
    assertTrue(text.contains("I’ve " + verb + " " + grouped + " " + thing), () -> note + " → " + text);
    assertFalse(Pattern.compile("\\b(is|are) " + figure + "\\b").matcher(text).find(), () -> note + " → " + text);
  }

  @Property(tries = 60)
  void aFigureAfterAThingInTheSingularNamesItAndIsNoCount(
      @ForAll("singularThings") String thing,
      @ForAll @IntRange(min = 1000, max = 99_999) int figure,
      @ForAll("doneVerbs") String verb) {
    String text = reply(thing + " " + figure + " " + verb);
    assertFalse(text.contains("I’ve " + verb + " " + String.format(Locale.US, "%,d", figure)), text);
  }

  @Provide
  Arbitrary<String> singularThings() {
    return Arbitraries.of("order", "case", "ticket", "claim", "invoice", "booking");
  }

  @Property(tries = 100)
  void aVerbWithATimeIsAPromise(
      @ForAll("promisedVerbs") String verb,
      @ForAll("times") String time) {
    String text = reply(verb + " " + time);
    assertTrue(Pattern.compile("I’ll " + verb + " (it|you) ").matcher(text).find(), () -> verb + " " + time + " → " + text);
  }

  @Provide
  Arbitrary<String> promisedVerbs() {
    return Arbitraries.of("reship", "resend", "ship", "send", "call", "email", "rebook", "post", "replace");
  }

  @Provide
  Arbitrary<String> times() {
    return Arbitraries.of("today", "tomorrow", "tonight", "Monday", "friday", "asap", "by Friday", "next week", "this week");
  }

  @Property(tries = 60)
  void aReferenceThatIsSomewhereIsTheCustomersNumber(
      @ForAll("references") String reference,
      @ForAll @IntRange(min = 100, max = 999_999) int digits,
      @ForAll("places") String place,
      @ForAll boolean cutShort) {
    String code = "Z" + digits + (cutShort ? ".." : "");
    String note = reference + " " + code + " in " + place;
    String text = reply(note);
    assertTrue(Pattern.compile("our " + reference + " number Z" + digits + (cutShort ? "…" : "") + " is in your " + place)
        .matcher(text).find(), () -> note + " → " + text);
  }

  @Provide
  Arbitrary<String> references() {
    return Arbitraries.of("tracking", "claim", "ticket", "case");
  }

  @Provide
  Arbitrary<String> places() {
    return Arbitraries.of("email", "inbox", "account", "app", "texts");
  }
}
