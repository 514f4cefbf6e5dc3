package dev.empathy.signal;

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
