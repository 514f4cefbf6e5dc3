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

/** Promises of the session 18 readings (LastingAndRecurringFailuresTest) that hold for any day, count, duration and text. */
class LastingAndRecurringProperties {
  private static final Analyzer EN = Analyzer.forLocale(Locale.US);
  private static final Analyzer DE = Analyzer.forLocale(Locale.GERMAN);
  private static final Analyzer ES = Analyzer.forLocale(Locale.forLanguageTag("es"));
  private static final Analyzer JA = Analyzer.forLocale(Locale.JAPANESE);

  private static boolean care(Signals s) {
    return s.escalation().level().atLeast(EscalationLevel.MEDIUM);
  }

  /** Whatever the day or the hour, a service out since then needs care; the same "since" as a customer's age with us sets none. */
  @Property(tries = 150)
  void aFailureSinceAnyPointNeedsCareAndLoyaltySinceItDoesNot(@ForAll("onsets") String onset) {
    String out = "wifi down since " + onset;
    String loyal = "been with you since " + onset + ", how do I add a line?";
    if (!care(EN.analyze(out))) {
      throw new AssertionError(out + " read as " + EN.analyze(out));
    }
    if (care(EN.analyze(loyal))) {
      throw new AssertionError(loyal + " read as " + EN.analyze(loyal));
    }
  }

  /** Any count of two or more on a charge needs care, in English and in Spanish. */
  @Property(tries = 150)
  void anyCountOfAChargeNeedsCare(@ForAll @IntRange(min = 2, max = 40) int n) {
    for (String text : new String[] {"you charged me " + n + " times for one order", "charged my card " + n + "x", "me cobraron " + n + " veces el mismo mes"}) {
      Signals s = text.startsWith("me") ? ES.analyze(text) : EN.analyze(text);
      if (!care(s)) {
        throw new AssertionError(text + " read as " + s);
      }
    }
  }

  /** Any duration after a repair told as done, with thanks, is gratitude with no level in any unit. */
  @Property(tries = 150)
  void thanksForAnyTimeTakenIsNoHaste(@ForAll @IntRange(min = 1, max = 59) int n, @ForAll("deUnits") String unit) {
    String text = "danke, wurde in " + n + " " + unit + " gelöst";
    Signals s = DE.analyze(text);
    if (s.primary() != Emotion.GRATEFUL || s.escalation().level() != EscalationLevel.NONE) {
      throw new AssertionError(text + " read as " + s);
    }
  }

  /** Any duration before "経っても" and a parcel not come needs care. */
  @Property(tries = 150)
  void aJapaneseTimeGoneByNeedsCare(@ForAll @IntRange(min = 2, max = 99) int n, @ForAll("jaUnits") String unit) {
    String text = "荷物が" + n + unit + "経っても届かない";
    if (!care(JA.analyze(text))) {
      throw new AssertionError(text + " read as " + JA.analyze(text));
    }
  }

  /** Any text (emoji, marks, unpaired surrogates, control characters) around the new readings never breaks them. */
  @Property(tries = 300)
  void anyTextAroundTheNewReadingsKeepsItsSpans(@ForAll @StringLength(max = 200) String noise) {
    String[][] cases = {
        {"en", "wifi down since " + noise + " 8am"},
        {"en", "charged me " + noise + " twice"},
        {"de", "seit " + noise + " samstag kein internet"},
        {"de", "danke, wurde " + noise + " in 10 minuten gelöst"},
        {"ja", "3回も" + noise + "電話したのに" + noise + "誰も出ない"}};
    for (String[] c : cases) {
      Analyzer a = c[0].equals("en") ? EN : c[0].equals("de") ? DE : JA;
      try {
        EvidenceSpans.assertOwnSpans(a.analyze(c[1]), c[1]);
      } catch (InvalidInputException e) {
        // the one documented rejection: a text that shows nothing
      }
    }
  }

  @Provide
  Arbitrary<String> onsets() {
    return Arbitraries.oneOf(
        Arbitraries.of("monday", "tuesday", "friday", "yesterday", "last night", "this morning", "march", "Sunday"),
        Arbitraries.integers().between(1, 12).flatMap(h -> Arbitraries.of("am", "pm", ":30", "").map(u -> h + u)));
  }

  @Provide
  Arbitrary<String> deUnits() {
    return Arbitraries.of("minuten", "Minuten", "min", "stunden");
  }

  @Provide
  Arbitrary<String> jaUnits() {
    return Arbitraries.of("日", "時間", "週間", "ヶ月", "か月");
  }
}
