package dev.empathy.signal;

import dev.empathy.Emotion;
import dev.empathy.InvalidInputException;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Promises of the scare-quote finder, the sentence word count and the evaluation, promise and
 * irony readings on any text: arbitrary Unicode, unpaired surrogates, quotes that never close,
 * cues pasted together in any order.
 */
class StanceIronyProperties {
  private static final Analyzer EN = Analyzer.forLocale(Locale.US);

  @Property(tries = 400)
  void scareQuotesAreOrderedSpansInsideTheText(@ForAll("texts") String text) {
    List<int[]> quotes = Irony.scareQuotes(text);
    int last = 0;
    for (int[] q : quotes) {
      if (q[0] < 1 || q[1] >= text.length() || q[0] >= q[1] || q[0] < last) {
        throw new AssertionError("bad span " + q[0] + ".." + q[1] + " in " + text);
      }
      char open = text.charAt(q[0] - 1);
      if (open != '"' && open != '\u201C' && open != '\u2018' && open != '\'') {
        throw new AssertionError("a quote must open with a quotation mark: " + text);
      }
      last = q[1] + 1;
    }
  }

  @Property(tries = 400)
  void aLimitedCountAgreesWithTheFullOneUpToTheLimit(@ForAll("texts") String text, @ForAll @IntRange(min = 0, max = 5) int limit) {
    if (text.isEmpty()) {
      return;
    }
    int at = text.length() / 2;
    int full = Irony.wordsInSentence(text, at, at);
    int capped = Irony.wordsInSentence(text, at, at, limit);
    if (full <= limit ? capped != full : capped <= limit) {
      throw new AssertionError("full " + full + ", capped at " + limit + ": " + capped + " in " + text);
    }
  }

  @Property(tries = 300)
  void anyTextIsReadWithEvidenceInsideIt(@ForAll("texts") String text) {
    Signals s;
    try {
      s = EN.analyze(text);
    } catch (InvalidInputException e) {
      return; // blank or too long: refused by the analyzer's own rule
    }
    EvidenceSpans.assertOwnSpans(s, text);
    if (s.primary() == null) {
      throw new AssertionError("no primary emotion");
    }
  }

  @Property(tries = 200)
  void praiseFramesAloneNeverReadAsAnger(@ForAll("praise") String text) {
    // Nothing in these texts complains: a frame of praise or an evaluation alone is never contempt.
    Signals s = EN.analyze(text);
    if (s.primary() == Emotion.ANGRY || s.primary() == Emotion.FRUSTRATED) {
      throw new AssertionError(text + " -> " + s);
    }
  }

  @Property(tries = 400)
  void anInterjectionEndsOnTheFirstWordAfterItsMark(@ForAll("texts") String before, @ForAll("texts") String after) {
    String typed = before + "great" + after;
    int start = before.length();
    int end = start + 5;
    int k = Irony.interjectionEnd(typed, start, end);
    if (k == -1) {
      return;
    }
    if (k <= end || k >= typed.length() || !Character.isLetterOrDigit(typed.charAt(k))) {
      throw new AssertionError("bad end " + k + " in " + typed);
    }
    for (int i = end; i < k; i++) {
      if (Character.isLetterOrDigit(typed.charAt(i))) {
        throw new AssertionError("a word skipped before " + k + " in " + typed);
      }
    }
  }

  @Property(tries = 200)
  void anInterjectionOfPraiseBeforeAMildComplaintIsNeverThanks(
      @ForAll("handles") String handle, @ForAll("interjections") String word, @ForAll("marks") String mark, @ForAll("mildComplaints") String complaint) {
    // The complaints here are mild in their words ("another", "day 6"): alone after praise they
    // used to read as thanks; the interjection, set apart, reacts to them.
    String text = handle + word + mark + complaint;
    Signals s = EN.analyze(text);
    if (s.primary() == Emotion.GRATEFUL || s.primary() == Emotion.NEUTRAL || s.emotions().stream().anyMatch(f -> f.label() == Emotion.GRATEFUL)) {
      throw new AssertionError(text + " -> " + s);
    }
  }

  @Provide
  Arbitrary<String> handles() {
    return Arbitraries.of("", "@ZoomCart ", "@NorthwindAir ", "ok ");
  }

  @Provide
  Arbitrary<String> interjections() {
    return Arbitraries.of("great", "awesome", "brilliant", "perfect", "fantastic", "wonderful", "amazing", "Great", "AWESOME");
  }

  @Provide
  Arbitrary<String> marks() {
    return Arbitraries.of(", ", ". ", "!! ", " - ", " 🙃 ", "... ", " — ", ",");
  }

  @Property(tries = 200)
  void ironyAboutAFailureIsFrustrationAndRaisesNoLevel(
      @ForAll("handles") String handle, @ForAll("interjections") String word, @ForAll("marks") String mark, @ForAll("tweetComplaints") String complaint) {
    // Sarcasm names the feeling (frustration; anger needs blame, insult or shouting) but is no
    // second reason for care: the level is the complaint's own. (Praise in capitals is shouting,
    // a cue of its own: "AWESOME, …", and so are exclamation marks and an upside-down face.)
    net.jqwik.api.Assume.that(!word.equals(word.toUpperCase(Locale.ROOT)) && mark.chars().allMatch(c -> ",.-— ".indexOf(c) >= 0));
    String text = handle + word + mark + complaint;
    Signals s = EN.analyze(text);
    Signals plain = EN.analyze(handle + complaint);
    if (s.primary() != Emotion.FRUSTRATED || s.emotions().stream().anyMatch(f -> f.label() == Emotion.GRATEFUL)) {
      throw new AssertionError(text + " -> " + s);
    }
    if (s.escalation().level().compareTo(plain.escalation().level()) > 0) {
      throw new AssertionError(text + " is " + s.escalation().level() + " but \"" + handle + complaint + "\" is " + plain.escalation().level());
    }
  }

  @Provide
  Arbitrary<String> tweetComplaints() {
    // Failures the listener reads on their own; "my bag is in phoenix and im in seattle" and "3rd
    // gate change and nobody at the desk" are not read yet (left to the complaint reader).
    return Arbitraries.of(
        "app logged me out again mid checkout", "charged twice for the same order", "on hold 55 min then disconnected",
        "the wifi i paid $12 for doesnt work", "my package got rescheduled for the 3rd time",
        "stuck on the tarmac 2 hrs, no water no updates", "still no refund after 3 weeks", "you lost my bag on a direct flight");
  }

  @Provide
  Arbitrary<String> mildComplaints() {
    return Arbitraries.of(
        "another gate change", "another email from the bot", "the update deleted all my playlists", "day 6 of my 2 day shipping",
        "another survey instead of an answer");
  }

  @Provide
  Arbitrary<String> praise() {
    Arbitrary<String> pieces =
        Arbitraries.of(
            "love how ", "the app ", "is ", "so ", "such a ", "gem", "lovely", "great", "what a ", "best ", "ever", "you guys ",
            "are ", "legends", "thanks", "! ", ". ", ", ", "🙂", "@JetBlue ", "the crew ", "was ", "super ", "friendly ");
    return pieces.list().ofMinSize(1).ofMaxSize(10).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces =
        Arbitraries.oneOf(
            Arbitraries.strings().all().ofMaxLength(6),
            Arbitraries.of(
                "\"", "“", "”", "‘", "’", "'", "help", "\"help\"", "“express”", "thanks for the ", "love how ", "good one",
                "that's great", "awesome", "Perfect.", " is ", "so ", "such a ", "what a ", "gem", "vile", "rude", "worst",
                "best", " ever", "I've", "you said ", "5-7 days", "It's day 12", "was supposed to ", "yesterday", "the 3rd",
                "promised by wednesday", "it's friday", "today is the 20th", "how come ", "why does it take ", "3 weeks",
                "annoys me", "pissed me off", "find it ", "kind of ", "pretty ", "not ", "...", ". ", "!", "?", "\n", " ",
                "\uD83D", "\u200D", "\u0301", "🙃", "@united ", "https://t.co/x"));
    return pieces.list().ofMaxSize(24).map(l -> String.join("", l));
  }
}
