package dev.empathy.signal;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Promises of the masked-swearing, rating and ultimatum readers on any text: arbitrary Unicode,
 * unpaired surrogates, emoji with joiners, marks and slashes pasted together in any order.
 */
class MaskedWordsAndRatingsProperties {
  @Property(tries = 500)
  void maskedWordsAreOrderedSpansHoldingAMask(@ForAll("texts") String text) {
    int last = 0;
    for (int[] w : MaskedSwearing.find(text)) {
      if (w[0] < last || w[1] > text.length() || w[0] >= w[1]) {
        throw new AssertionError("bad span " + w[0] + ".." + w[1] + " in " + text);
      }
      String word = text.substring(w[0], w[1]);
      if (word.indexOf('*') < 0 && word.indexOf('#') < 0 || !Character.isLetter(word.charAt(0))) {
        throw new AssertionError("no masked word: " + word + " in " + text);
      }
      if (!MaskedSwearing.possible(text)) {
        throw new AssertionError("found where none was possible: " + text);
      }
      last = w[1];
    }
  }

  /**
   * The reader finds masked words from their masks; it finds what a walk from every word's start
   * (the reader as it was) finds, span for span, on any text.
   */
  @Property(tries = 1000)
  void maskedWordsFromTheMasksAreThoseOfAWalkFromEveryWord(@ForAll("texts") String text) {
    List<String> found = MaskedSwearing.find(text).stream().map(w -> w[0] + ".." + w[1]).toList();
    List<String> walked = walkFromEveryWord(text).stream().map(w -> w[0] + ".." + w[1]).toList();
    if (!found.equals(walked)) {
      throw new AssertionError(found + " but a walk from every word finds " + walked + " in " + text);
    }
  }

  @Example
  void maskedWordsInsideAndBesideOtherWords() {
    assertSpans("what the f*** is this", "9..13");
    assertSpans("sh*t. f#ck!! a**hole", "0..4", "6..10", "13..20");
    assertSpans("x2f*ck @bob*** C# A* free* 5** *really*");
    assertSpans("f*ck*ng f**k", "8..12"); // a mask after the tail is inside the word
    assertSpans("fu**", "0..4");
  }

  private static void assertSpans(String text, String... spans) {
    List<String> found = MaskedSwearing.find(text).stream().map(w -> w[0] + ".." + w[1]).toList();
    if (!found.equals(List.of(spans))) {
      throw new AssertionError(found + " in " + text + ", expected " + List.of(spans));
    }
  }

  /** The walk the reader made before it read from the masks: every word start, letter by letter. */
  private static List<int[]> walkFromEveryWord(String typed) {
    List<int[]> out = new ArrayList<>();
    int n = typed.length();
    int k = 0;
    while (k < n) {
      if (!MaskedSwearing.isLetter(typed.charAt(k)) || k > 0 && inWord(typed.charAt(k - 1))) {
        k++;
        continue;
      }
      int start = k;
      int lead = letters(typed, k);
      int masks = lead;
      int stars = 0;
      while (masks < n && (typed.charAt(masks) == '*' || typed.charAt(masks) == '#')) {
        stars += typed.charAt(masks) == '*' ? 1 : 0;
        masks++;
      }
      int end = letters(typed, masks);
      k = Math.max(end, start + 1);
      boolean bounded = end >= n || !inWord(typed.charAt(end));
      if (!bounded || masks == lead || lead - start > 3 || end - masks > 6) {
        continue;
      }
      boolean shaped = end > masks ? stars == masks - lead || stars == 0 : stars == masks - lead && stars >= 2;
      if (shaped) {
        out.add(new int[] {start, end});
      }
    }
    return out;
  }

  private static int letters(String typed, int k) {
    while (k < typed.length() && MaskedSwearing.isLetter(typed.charAt(k))) {
      k++;
    }
    return k;
  }

  private static boolean inWord(char c) {
    return MaskedSwearing.isLetterOrDigit(c) || c == '*' || c == '#' || c == '@' || c == '_';
  }

  /** CI's draw (seed 6636247659890142070): a digit of another script before "/10" is no score. */
  @Example
  void aDigitOfAnotherScriptIsNoScore() {
    ratingsAreScoresOutOfTenOrFiveOpeningTheirClause("᪀/10");
    ratingsAreScoresOutOfTenOrFiveOpeningTheirClause("ਥ鱳ichf맡꽅煣䖐봌ޮ⊳᪀/5⽗鹏槑瓨헂ޚ姨໊訑ꆸ␴⏉#/5整틨尼䷢왦㡁ጜ뵈⊃*﹣뼿뒷\u200d");
  }

  @Property(tries = 500)
  void ratingsAreScoresOutOfTenOrFiveOpeningTheirClause(@ForAll("texts") String text) {
    int last = 0;
    for (int[] r : Rating.find(text)) {
      if (r[0] < last || r[1] > text.length() || r[0] >= r[1] || r[2] < 0 || r[2] > 100) {
        throw new AssertionError("bad rating " + List.of(r[0], r[1], r[2]) + " in " + text);
      }
      String score = text.substring(r[0], r[1]);
      if (!score.matches("[0-9]{1,2}/(10|5)")) {
        throw new AssertionError("no score: " + score + " in " + text);
      }
      last = r[1];
    }
  }

  @Property(tries = 300)
  void anUltimatumIsReadWithoutFailingAnywhere(@ForAll("texts") String text) {
    for (String tag : List.of("en", "es", "fr", "de", "pt_BR", "ja", "nl")) {
      ThreatGate gate = ThreatGate.of(tag);
      for (int at = 0; at <= text.length(); at += Math.max(1, text.length() / 5)) {
        gate.ultimatum(at, text);
      }
    }
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces =
        Arbitraries.oneOf(
            Arbitraries.strings().all().ofMaxLength(5),
            Arbitraries.of(
                "f", "sh", "a", "*", "**", "***", "#", "t", "ing", "king", "10", "5", "/", "/10", "/5", "2026", ".", ",", ":", " ",
                "\n", "unless", "or", "I'm", "posting this", "sinon", "je", "oder", "ich", "\uD83D", "\u200D", "👍🏽", "\u0301",
                "مرحبا", "שלום", "@jo_k", "https://t.co/x"));
    return pieces.list().ofMaxSize(20).map(l -> String.join("", l));
  }
}
