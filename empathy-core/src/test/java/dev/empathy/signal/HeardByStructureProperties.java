package dev.empathy.signal;

import dev.empathy.Emotion;
import dev.empathy.InvalidInputException;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** Promises of the structural readings of session 14 (HeardByStructureTest) that hold for any number, any filler and any text. */
class HeardByStructureProperties {
  private static final Analyzer EN = Analyzer.forLocale(Locale.US);
  private static final Analyzer JA = Analyzer.forLocale(Locale.JAPANESE);

  private static boolean negative(Emotion e) {
    return e != Emotion.NEUTRAL && e != Emotion.GRATEFUL && e != Emotion.CONFUSED;
  }

  /** Whatever the numbers and the unit, a promise and then more time gone by is a broken promise that needs care. */
  @Property(tries = 200)
  void aPromiseThenTheTimeGoneByNeedsCare(@ForAll @IntRange(min = 1, max = 72) int promised, @ForAll @IntRange(min = 1, max = 900) int more, @ForAll("units") String unit) {
    String text = "was told " + promised + " " + unit + ", it's been " + (promised + more);
    Signals s = EN.analyze(text);
    if (!negative(s.primary()) || !s.escalation().level().atLeast(EscalationLevel.MEDIUM)) {
      throw new AssertionError(text + " read as " + s);
    }
  }

  /** A relative clause of any words the lexicon does not know never hides the thing that failed. */
  @Property(tries = 200)
  void aRelativeClauseOfUnknownWordsNeverHidesTheFailure(@ForAll("fillers") String filler, @ForAll("relatives") String relative) {
    String text = "the charger " + relative + " " + filler + " doesn't charge";
    Signals s = EN.analyze(text);
    if (!negative(s.primary())) {
      throw new AssertionError(text + " read as " + s);
    }
  }

  /** Any duration before a wait told as done needs care beside a parcel not come; the same wait asked for tells of none. */
  @Property(tries = 200)
  void aJapaneseWaitToldNeedsCareAndAWaitAskedForDoesNot(@ForAll @IntRange(min = 1, max = 99) int n, @ForAll("jaUnits") String unit) {
    String told = n + unit + "待っても届かない";
    String asked = n + unit + "待ってください";
    if (!JA.analyze(told).escalation().level().atLeast(EscalationLevel.MEDIUM)) {
      throw new AssertionError(told + " read as " + JA.analyze(told));
    }
    if (JA.analyze(asked).escalation().level() != EscalationLevel.NONE) {
      throw new AssertionError(asked + " read as " + JA.analyze(asked));
    }
  }

  /** Any text between a promise and the time gone by, or inside a relative clause, never breaks the reading. */
  @Property(tries = 300)
  void anyTextInsideTheNewStructuresNeverBreaksTheReading(@ForAll @StringLength(max = 200) String noise) {
    for (String text : new String[] {
        "was told 24 hours " + noise + " it's been 72",
        "the tracking number you " + noise + " doesn't exist",
        noise + " hasnt moved since tuesday",
        "3日" + noise + "待っても届かない"}) {
      for (Analyzer a : new Analyzer[] {EN, JA}) {
        try {
          EvidenceSpans.assertOwnSpans(a.analyze(text), text);
        } catch (InvalidInputException e) {
          // the one documented rejection: a text that shows nothing
        }
      }
    }
  }

  @Provide
  Arbitrary<String> units() {
    return Arbitraries.of("hours", "hrs", "days", "business days", "weeks", "h");
  }

  @Provide
  Arbitrary<String> jaUnits() {
    return Arbitraries.of("日", "時間", "週間", "ヶ月", "か月");
  }

  @Provide
  Arbitrary<String> relatives() {
    return Arbitraries.of("that i", "you", "which we", "i", "they");
  }

  /** One to four words no lexicon knows ("xqab"): filler that can only be the relative clause's own. */
  @Provide
  Arbitrary<String> fillers() {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(6).map(w -> "xq" + w).list().ofMinSize(1).ofMaxSize(4).map(l -> String.join(" ", l));
  }
}
