package dev.empathy.signal;

import dev.empathy.InvalidInputException;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/** Promises of the hashtag splitter, the laughter finder and the threat gate on any text. */
class HashtagLaughterProperties {
  private static final HashtagWords WORDS = HashtagWords.of(Locale.ENGLISH);
  private static final Analyzer EN = Analyzer.forLocale(Locale.US);

  @Property(tries = 500)
  void aSplitNeverLosesOrInventsALetter(@ForAll("tags") String tag) {
    String split = WORDS.split(tag);
    if (split == null) {
      return;
    }
    if (!split.replace(" ", "").equals(tag)) {
      throw new AssertionError(tag + " split as " + split);
    }
    if (split.startsWith(" ") || split.endsWith(" ") || split.contains("  ")) {
      throw new AssertionError("spaces only between words: " + split);
    }
  }

  @Property(tries = 300)
  void anyStringIsSplitSafely(@ForAll @StringLength(max = 60) String tag) {
    String split = WORDS.split(tag);
    if (split != null && !split.replace(" ", "").equals(tag)) {
      throw new AssertionError(tag + " split as " + split);
    }
  }

  @Property(tries = 300)
  void laughsAreWholeWordsOrSignsInsideTheText(@ForAll("texts") String text) {
    List<int[]> found = Laughter.SHARED.find(text);
    int last = -1;
    for (int[] f : found) {
      if (f[0] < 0 || f[1] > text.length() || f[0] >= f[1] || f[0] < last) {
        throw new AssertionError("bad span " + f[0] + ".." + f[1] + " in " + text);
      }
      // A laughing word stands alone; a sign (😂, or 笑 in a script without spaces) may touch anything.
      boolean word = text.charAt(f[0]) < 0x80;
      if (word && f[0] > 0 && Character.isLetterOrDigit(text.charAt(f[0] - 1))) {
        throw new AssertionError("a laugh found inside a word: " + text);
      }
      last = f[1];
    }
  }

  @Property(tries = 300)
  void hashtagEvidenceIsTheWholeTagAsWritten(@ForAll("texts") String text) {
    Signals s;
    try {
      s = EN.analyze(text);
    } catch (InvalidInputException e) {
      return; // blank
    }
    s.emotions().forEach(f -> f.evidence().forEach(e -> check(text, e)));
    s.escalation().signals().forEach(x -> x.evidence().forEach(e -> check(text, e)));
  }

  private static void check(String text, Evidence e) {
    if (e.start() < 0 || e.end() > text.length() || !text.substring(e.start(), e.end()).equals(e.text())) {
      throw new AssertionError("evidence does not point into the text: " + e + " in " + text);
    }
    if (e.text().startsWith("#")) {
      int end = e.start() + 1;
      while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
        end++;
      }
      if (e.end() < end) {
        throw new AssertionError("a hashtag's evidence stops inside the tag: " + e + " in " + text);
      }
    }
  }

  @Provide
  Arbitrary<String> tags() {
    Arbitrary<String> words =
        Arbitraries.of("epic", "fail", "not", "happy", "never", "again", "worst", "airline", "ever", "customer", "service", "love", "thanks", "x", "qq", "EPIC", "Fail", "é", "ß", "İ", "\u0301", "😂", "1");
    return Arbitraries.oneOf(
        words.list().ofMinSize(1).ofMaxSize(6).map(l -> String.join("", l)),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(45));
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces =
        Arbitraries.oneOf(
            Arbitraries.strings().all().ofMaxLength(6),
            Arbitraries.of(
                "#epicfail", "#NotHappy", "#nothappy", "#worstairlineever", "#not", "#", "##", "#İstanbul", "#ÉPICFAIL",
                "#fail\u0301", "#😂", "lol", "LOL", "hahahaha", "jajaja", "kkkk", "😂", "🤣", "\uD83D", "\u200D", " ",
                "... not", "NOT!", "awesome", "can't wait for", "I'll post this on", "twitter", "my lawyer", "cancel my account",
                "thanks for posting this", "he's going to leave", "a gun", "pulled a knife", "&amp;", "@united", "https://t.co/x"));
    return pieces.list().ofMaxSize(20).map(l -> String.join("", l));
  }
}
