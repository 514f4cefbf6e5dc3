package dev.empathy.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.text.PrecompiledPhrases;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A cold start reads the default rules' matcher from the build's record of the rule files, without
 * spelling their phrases out; it must be the matcher the files spell out, phrase for phrase.
 */
class PrecompiledRuleBookTest {

  /** Cues compared by what they say: a rule's token pattern is compiled anew by every load. */
  private static boolean sameCue(Cue a, Cue b) {
    return a.equals(b) || a.toString().equals(b.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "en-GB", "de-DE", "es", "fr-CA", "pt-BR", "ja", "it", "qaa"})
  void theRecordedMatcherIsTheOneTheFilesSpellOut(String tag) {
    Locale l = Locale.forLanguageTag(tag);
    RuleBook recorded = RuleBook.load(l, ReviewOptions.defaults());
    RuleBook fresh = RuleBook.load(l, ReviewOptions.defaults(), false);
    assertTrue(recorded.fromRecord, "the build recorded no rule book for " + tag);
    assertFalse(fresh.fromRecord);
    Optional<String> difference = PrecompiledPhrases.difference(recorded.matcher, fresh.matcher, PrecompiledRuleBookTest::sameCue);
    assertEquals(Optional.empty(), difference, tag);
    assertEquals(fresh.rules.keySet(), recorded.rules.keySet());
    assertEquals(fresh.rules.toString(), recorded.rules.toString());
    assertEquals(fresh.notes, recorded.notes);
    assertEquals(fresh.channels, recorded.channels);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "de", "ja"})
  void aTeamsOwnRulesAreSpelledOutAsBefore(String tag) {
    ReviewOptions team = ReviewOptions.builder().disable("vague.soon").build();
    RuleBook own = RuleBook.load(Locale.forLanguageTag(tag), tag.equals("en") ? team : ReviewOptions.builder().ban("zzz", "yyy").build());
    assertFalse(own.fromRecord);
  }
}
