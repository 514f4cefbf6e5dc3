package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Defects found by reading 71 new helpdesk requests aloud (reply-en, session 24: utilities,
 * pharmacy, home repair, rentals, pet care, ticketing, B2B billing, food delivery): days and months
 * in shorthand that are words too ("booked wed 8-12", "engineer back sat am", "on 15 jan", "amy
 * booked fri-sun") were said as typed; a remark after a note's last comma was left a fragment
 * ("new link sent, valid 24 hours", "late fee refunded, no charge", "driver on way, ETA 40 min");
 * a summary's closing thanks was said back ("To recap: … can you change it, thanks."), and an
 * agent's note about the customer recapped to them ("What I’m hearing is that customer reports no
 * power since 7am").
 */
class ReadAloudRoundEightTest {
  private static final CallerEcho ECHO = CallerEcho.forLocale(Locale.ENGLISH);
  private static final CallerClauses EN = CallerClauses.forLocale(Locale.US);
  /** Shorthand and lower-case names, each at its month's index (mod 12); "" where none is typed so. */
  private static final java.util.List<String> MONTHS = java.util.List.of(
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
      "january", "", "march", "", "", "june", "", "", "sept", "", "", "december");

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "booked wed 8-12|booked Wednesday 8-12",
    "engineer back sat am to fit|engineer back Saturday morning to fit",
    "next payment 62.00 on 15 jan|next payment 62.00 on 15 January",
    "amy booked fri-sun, visits 8am|amy booked Friday to Sunday, visits 8am",
    "refund available until 1 mar|refund available until 1 March",
    "moved to the arena, 14 march|moved to the arena, 14 March",
    "extended to sun|extended to Sunday",
    "engineer booked by wed|engineer booked by Wednesday",
    "first bill due dec 20|first bill due December 20",
    // a word that is only a word where no date stands
    "sat on hold for 2 hours|sat on hold for 2 hours",
    "out in the sun all day|out in the sun all day",
    "they plan to march on|they plan to march on",
    "you may want to check|you may want to check",
    "the wed-ding photos|the wed-ding photos",
  })
  void aDayOrMonthInShorthandIsWrittenOutWhereADateStands(String typed, String written) {
    assertEquals(written, ECHO.spelledOut(typed));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "new link sent, valid 24 hours|the new link has been sent and is valid for 24 hours",
    "late fee refunded, no charge|the late fee has been refunded, and there’s no charge",
    "cancelled, no more payments|I’ve cancelled it, and there are no more payments",
    "covered under policy, no excess for glass|This is covered under your policy, and there’s no excess for glass",
    "driver on way, ETA 40 min|The driver is on the way and should be with you in about 40 minutes",
    "courier on way, eta ~2h|The courier is on the way and should be with you in about 2 hours",
    "quote sent, valid 1 month|the quote has been sent and is valid for 1 month",
    "fitter back Tuesday to sand and refinish|The fitter will be back on Tuesday to sand and refinish",
    "engineer back Saturday morning to fit|The engineer will be back on Saturday morning to fit",
    "engineer back tomorrow|The engineer will be back tomorrow",
    "contractor to treat within 5 wd|A contractor will treat within 5 working days",
    "keep window open when showering|keep your window open when showering",
    "leave door unlocked for the engineer|leave door unlocked for the engineer",
    // a comma before a reference or anything else stays
    "refund reprocessed, ref RF-5512|the refund has been reprocessed under ref RF-5512",
    "rebooked you for Thursday, first slot|I’ve rebooked you for Thursday, first slot",
  })
  void aRemarkAfterTheLastCommaIsSaidAsAClause(String note, String said) {
    assertEquals(said, EN.withSubject(note));
  }

  @org.junit.jupiter.api.Test
  void aStateBetweenTwoStepsKeepsOneAnd() {
    String said = EN.withSubject("renewal processed, valid to 12/2027, posted today");
    assertTrue(said.startsWith("the renewal has been processed and is valid to 12/2027, and "), said);
    assertFalse(said.matches(".*, and .*, and .*"), said);
    // after a step in our own person the state takes its own subject, never "…and is ready" said of us
    String ours = EN.withSubject("upgraded you to SUV free of charge, ready at desk 4");
    assertTrue(ours.startsWith("I’ve upgraded you") && ours.endsWith(", and it’s ready at desk 4"), ours);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "i wont be in thurs so can you change the delivery, thanks|change the delivery",
    "charged twice, pls sort this. thanks|charged twice",
    "the app keeps crashing when i pay. thanks in advance|keeps crashing",
    "my parcel never arrived!! cheers|never arrived",
  })
  void aClosingThanksIsNeverSaidBack(String summary, String told) {
    Reply r = Empathy.builder().locale(Locale.US).build().compose().conversation("closing-thanks", 0)
        .customer("Sam").acknowledge(Emotion.NEUTRAL).summary(summary).action("refund issued").build();
    String said = r.block(BlockKind.SUMMARY).orElseThrow().text();
    assertTrue(said.contains(told), said);
    assertFalse(said.toLowerCase(Locale.ROOT).matches(".*\\b(thanks|cheers)\\b.*"), said);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "cust reports no power since 7am|true",
    "caller says engineer no-show x2|true",
    "Tenant: reports mould in bathroom|true",
    "customer was charged twice for order 5521|true",
    // the customer's own words
    "customer service was rude to me|false",
    "my power is out since 7am|false",
    "user error on my side, sorry|false",
  })
  void anAgentsNoteAboutTheCustomerIsNeverRecappedToThem(String summary, boolean note) {
    Reply r = Empathy.builder().locale(Locale.US).build().compose().conversation("about-customer", 0)
        .customer("Sam").acknowledge(Emotion.FRUSTRATED, "the outage").summary(summary).action("refund issued").build();
    assertEquals(!note, r.block(BlockKind.SUMMARY).isPresent(), String.valueOf(r.blocks()));
    assertEquals(note, r.warnings().stream().anyMatch(w -> w.startsWith("summary:") && w.contains("third person")), String.valueOf(r.warnings()));
  }

  @Property(tries = 200)
  void aMonthAfterAFigureIsWrittenOut(@ForAll("days") int day, @ForAll("months") String month) {
    String name = java.time.Month.values()[MONTHS.indexOf(month) % 12].getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
    assertEquals("due " + day + " " + name + " latest", ECHO.spelledOut("due " + day + " " + month + " latest"));
  }

  @Property(tries = 200)
  void aDayWordAmongOtherWordsStaysAsTyped(@ForAll("words") String before, @ForAll("ambiguous") String day, @ForAll("words") String after) {
    String typed = before + " " + day + " " + after;
    assertEquals(typed, ECHO.spelledOut(typed));
  }

  @Provide
  Arbitrary<Integer> days() {
    return Arbitraries.integers().between(1, 31);
  }

  @Provide
  Arbitrary<String> months() {
    return Arbitraries.of(MONTHS.stream().filter(m -> !m.isEmpty()).toList());
  }

  @Provide
  Arbitrary<String> ambiguous() {
    return Arbitraries.of("wed", "sat", "sun", "mon", "march", "may");
  }

  @Provide
  Arbitrary<String> words() {
    // plain words that are neither a date's neighbour nor note shorthand
    return Arbitraries.of("the", "we", "they", "happily", "quietly", "garden", "photos", "all", "with", "and", "hold", "it");
  }
}
