package dev.empathy.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.InvalidInputException;
import dev.empathy.text.PhraseMatcher.Anchoring;
import dev.empathy.text.PhraseMatcher.Match;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

  private static List<String> found(PhraseMatcher<String> m, String text) {
    return m.findAll(text).stream()
        .map(x -> x.payload() + "=" + x.text() + "@" + x.start())
        .collect(Collectors.toList());
  }

  @Test
  void matchesCaseAndWidthInsensitivelyAndReportsOriginalOffsets() {
    PhraseMatcher<String> m = PhraseMatcher.<String>builder().add("cancel my account", "churn").build();
    String text = "OK so I want to CANCEL   my ＡＣＣＯＵＮＴ now";
    List<Match<String>> all = m.findAll(text);
    assertEquals(1, all.size());
    Match<String> hit = all.get(0);
    assertEquals("CANCEL   my ＡＣＣＯＵＮＴ", hit.text());
    assertEquals(text.indexOf("CANCEL"), hit.start());
    assertEquals(text.substring(hit.start(), hit.end()), hit.text());
    assertEquals("churn", hit.payload());
  }

  @Test
  void skipsCommasAndHyphensButNeverCrossesASentenceEnd() {
    PhraseMatcher<String> m =
        PhraseMatcher.<String>builder().add("great just great", "sarcasm").add("follow up", "f").build();
    assertEquals(List.of("sarcasm=great, just great@0"), found(m, "great, just great"));
    assertEquals(List.of(), found(m, "It was great. Just great service again"));
    assertEquals(List.of("f=follow-up@4"), found(m, "the follow-up"));
    assertEquals(List.of(), found(m, "follow\nup"));
  }

  @Test
  void apostrophesOfAnyKindAndNoneAreTheSame() {
    PhraseMatcher<String> m = PhraseMatcher.<String>builder().add("can't log in", "login").build();
    assertEquals(1, m.findAll("I can’t log in").size());
    assertEquals(1, m.findAll("i cant log in").size());
    assertEquals(1, m.findAll("I CAN'T LOG IN!!!").size());
    PhraseMatcher<String> ill = PhraseMatcher.<String>builder().add("ill", "health").add("i'll", "promise").build();
    assertEquals(List.of("promise=I’ll@0"), found(ill, "I’ll call"));
    assertEquals(List.of("health=ill@4"), found(ill, "I'm ill"));
  }

  @Test
  void wildcardStandsForExactlyOneToken() {
    PhraseMatcher<String> m = PhraseMatcher.<String>builder().add("cancel my * account", "churn").build();
    assertEquals(List.of("churn=cancel my Netflix account@0"), found(m, "cancel my Netflix account"));
    assertEquals(List.of(), found(m, "cancel my account"));
    assertEquals(List.of(), found(m, "cancel my old Netflix account"));
    assertEquals(List.of(), found(m, "cancel my. Netflix account"));
  }

  @Test
  void optionalPartsMayBeAbsent() {
    PhraseMatcher<String> m = PhraseMatcher.<String>builder().add("cancel my? subscription", "churn").build();
    assertEquals(List.of("churn=cancel my subscription@0"), found(m, "cancel my subscription"));
    assertEquals(List.of("churn=cancel subscription@0"), found(m, "cancel subscription"));
  }

  @Test
  void alternativesMatchEitherSpelling() {
    PhraseMatcher<String> m =
        PhraseMatcher.<String>builder().add("cancel|cancell|cancelling my? account|acount", "churn").build();
    assertEquals(1, m.findAll("pls cancell my acount").size());
    assertEquals(1, m.findAll("Cancelling account now").size());
    assertEquals(0, m.findAll("cancel my order").size());
    assertThrows(
        InvalidInputException.class,
        () -> PhraseMatcher.<String>builder().add("a|b|c|d a|b|c|d a|b|c|d a|b|c|d a|b|c|d a|b", "x").build());
  }

  @Test
  void overlappingPhrasesAreAllReportedAndLongestWinsWhenAsked() {
    PhraseMatcher<String> m =
        PhraseMatcher.<String>builder().add("not happy", "neg").add("happy", "pos").add("very happy", "pos+").build();
    assertEquals(List.of("neg=not happy@2", "pos=happy@6"), found(m, "I not happy"));
    List<Match<String>> longest = m.findLongest("I not happy, very happy");
    assertEquals(List.of("neg", "pos+"), longest.stream().map(Match::payload).collect(Collectors.toList()));
  }

  @Test
  void sharedSuffixesAreFoundThroughFailureLinks() {
    PhraseMatcher<String> m =
        PhraseMatcher.<String>builder().add("he", "a").add("she", "b").add("his", "c").add("hers", "d").build();
    assertEquals(List.of("b=she@0", "d=hers@4"), found(m, "she hers"));
    PhraseMatcher<String> words =
        PhraseMatcher.<String>builder().add("a b c d", "long").add("b c", "mid").add("c", "short").build();
    assertEquals(List.of("long=a b c d@0", "mid=b c@2", "short=c@4"), found(words, "a b c d"));
  }

  @Test
  void japaneseMatchesWholeWordsOrInsideWords() {
    PhraseMatcher<String> m =
        PhraseMatcher.<String>builder()
            .add("解約", "churn")
            .add("最悪", "anger", Anchoring.INSIDE_WORDS)
            .add("約", "fragment")
            .build();
    String text = "もう解約します。本当に最悪です";
    List<String> hits = found(m, text);
    assertTrue(hits.contains("churn=解約@2"), hits.toString());
    assertTrue(hits.contains("anger=最悪@11"), hits.toString());
    assertTrue(hits.stream().noneMatch(h -> h.startsWith("fragment")), "whole-word entry must not match inside 解約");
  }

  @Test
  void halfWidthKatakanaIsNormalised() {
    PhraseMatcher<String> m =
        PhraseMatcher.<String>builder().add("キャンセル", "churn", Anchoring.INSIDE_WORDS).build();
    String text = "ｷｬﾝｾﾙしたい";
    List<Match<String>> all = m.findAll(text);
    assertEquals(1, all.size());
    assertEquals("ｷｬﾝｾﾙ", all.get(0).text());
  }

  @Test
  void emojiAreTokensAndSkinTonesAreIgnored() {
    PhraseMatcher<String> m = PhraseMatcher.<String>builder().add("🙃", "sarcasm").add("👍", "ok").build();
    assertEquals(List.of("sarcasm=🙃@9", "ok=👍🏽@12"), found(m, "love it! 🙃 👍🏽"));
    PhraseMatcher<String> facepalm = PhraseMatcher.<String>builder().add("🤦", "x").build();
    List<Match<String>> hit = facepalm.findAll("ugh 🤦‍♀️");
    assertEquals(1, hit.size());
    assertEquals("🤦‍♀️", hit.get(0).text());
  }

  @Test
  void accentsAreFoldedOnlyWhenAsked() {
    PhraseMatcher<String> strict = PhraseMatcher.<String>builder().add("rápido", "x").build();
    PhraseMatcher<String> folded = PhraseMatcher.<String>builder().foldAccents(true).add("rápido", "x").build();
    assertEquals(0, strict.findAll("lo quiero rapido").size());
    assertEquals(1, folded.findAll("lo quiero rapido").size());
    assertEquals(1, folded.findAll("lo quiero RÁPIDO").size());
  }

  @Test
  void rejectsPhrasesItCannotMatch() {
    PhraseMatcher.Builder<String> b = PhraseMatcher.builder();
    InvalidInputException blank = assertThrows(InvalidInputException.class, () -> b.add("  ", "x"));
    assertEquals("phrase", blank.field());
    InvalidInputException punct =
        assertThrows(InvalidInputException.class, () -> PhraseMatcher.<String>builder().add("!!!", "x").build());
    assertTrue(punct.getMessage().contains("!!!"), punct.getMessage());
    InvalidInputException edge =
        assertThrows(InvalidInputException.class, () -> PhraseMatcher.<String>builder().add("* account", "x").build());
    assertEquals("phrase", edge.field());
    assertThrows(
        InvalidInputException.class, () -> PhraseMatcher.<String>builder().add("cancel *? account", "x").build());
  }

  @Test
  void numbersMatchAnyNumberAndOrdinalsAnyOrdinal() {
    PhraseMatcher<String> m =
        PhraseMatcher.<String>builder().add("in # hours", "soon").add("3rd time", "repeat").build();
    assertEquals(List.of("soon=in 36 hours@10"), found(m, "my flight in 36 hours"));
    assertEquals(List.of("repeat=2nd time@4"), found(m, "the 2nd time"));
    assertEquals(List.of("soon=in ２ hours@0"), found(m, "in ２ hours"));
    assertEquals(List.of(), found(m, "in two hours"));
  }

  @Test
  void nullTextNamesTheField() {
    PhraseMatcher<String> m = PhraseMatcher.<String>builder().add("x", "x").build();
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> m.findAll(null));
    assertEquals("text", e.field());
  }

  @Test
  void longPunctuationRunsAreOneBarrier() {
    PhraseMatcher<String> m = PhraseMatcher.<String>builder().add("why", "q").build();
    String text = "why" + "!".repeat(1_000_000) + "why";
    assertEquals(2, m.findAll(text).size());
  }
}
