package dev.empathy.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Empathy;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One compiled rule book per language and JVM; what differs per request stays per request. */
class SharedRuleBookTest {
  private static final String DRAFT = "Per our policy we can't refund. It will be looked into soon.";

  @Test
  void everySpellingOfATagSharesTheCompiledRules() {
    RuleBook en = RuleBook.forLocale(Locale.US, ReviewOptions.defaults());
    for (String tag : new String[] {"en-US", "en-us", "en", "en-US-x-k0001", "en-GB"}) {
      RuleBook other = RuleBook.forLocale(Locale.forLanguageTag(tag), ReviewOptions.defaults());
      assertSame(en.matcher, other.matcher, tag);
      assertSame(en.rules, other.rules, tag);
    }
    // Weights change the score, not the rules.
    ReviewOptions weights = ReviewOptions.builder().weights(RubricWeights.defaults()).build();
    assertSame(en.matcher, RuleBook.forLocale(Locale.US, weights).matcher);
  }

  @Test
  void aLanguageWithoutRulesSharesEnglishButSaysSoInItsOwnWords() {
    RuleBook en = RuleBook.forLocale(Locale.US, ReviewOptions.defaults());
    RuleBook it = RuleBook.forLocale(Locale.forLanguageTag("it-IT"), ReviewOptions.defaults());
    assertSame(en.matcher, it.matcher);
    assertEquals(List.of(), en.fallbackNotes);
    assertEquals(2, it.fallbackNotes.size());
    assertTrue(it.fallbackNotes.get(0).contains("\"it-IT\""), it.fallbackNotes.toString());
    assertEquals(Locale.forLanguageTag("it-IT"), it.locale);
  }

  @Test
  void thousandsOfDistinctTagsHoldOneRuleBookPerLanguage() {
    Map<Object, Boolean> distinct = new IdentityHashMap<>();
    String[] languages = {"en", "es", "fr", "de", "pt", "ja", "it", "qaa"};
    for (int i = 0; i < 2000; i++) {
      Locale l = Locale.forLanguageTag(languages[i % languages.length] + "-x-k" + i);
      distinct.put(RuleBook.forLocale(l, ReviewOptions.defaults()).matcher, true);
    }
    assertEquals(6, distinct.size());
  }

  @Test
  void teamOptionsCompileTheirOwnRulesAndLeaveTheSharedOnesAlone() {
    ReviewOptions team = ReviewOptions.builder().disable("vague.soon").build();
    RuleBook shared = RuleBook.forLocale(Locale.US, ReviewOptions.defaults());
    RuleBook own = RuleBook.forLocale(Locale.US, team);
    assertNotSame(shared.matcher, own.matcher);
    assertTrue(shared.rules.containsKey("vague.soon"));
    assertTrue(!own.rules.containsKey("vague.soon"));
  }

  @Test
  void aSharedRuleBookReviewsAsAFreshlyCompiledOne() {
    for (String tag : new String[] {"en-US", "de-DE", "ja", "it"}) {
      Locale l = Locale.forLanguageTag(tag);
      Review shared = Reviewer.create(l, ReviewOptions.defaults()).review(DRAFT);
      Review fresh = new Reviewer(RuleBook.load(l, ReviewOptions.defaults()), ReviewOptions.defaults(), CustomerSignals.NONE).review(DRAFT);
      assertEquals(fresh.findings(), shared.findings(), tag);
      assertEquals(fresh.rubric(), shared.rubric(), tag);
      assertEquals(fresh.score(), shared.score(), tag);
      assertEquals(fresh.notes(), shared.notes(), tag);
      assertEquals(fresh.locale(), shared.locale(), tag);
    }
  }

  @Test
  void instancesInOtherZonesShareTheReviewerData() {
    Empathy a = Empathy.builder().locale("en-US").build();
    Empathy b = a.toBuilder().clock(java.time.Clock.system(java.time.ZoneId.of("America/Lima"))).build();
    assertEquals(a.review(DRAFT).findings(), b.review(DRAFT).findings());
    assertEquals(a.review(DRAFT).notes(), b.review(DRAFT).notes());
  }

  @Test
  void everyBundledRuleBookIsReadFromTablesCompiledByTheBuild() {
    for (String tag : new String[] {"en", "es", "fr", "de", "pt", "ja"}) {
      assertTrue(RuleBook.load(Locale.forLanguageTag(tag), ReviewOptions.defaults()).matcher.precompiled(), tag);
    }
  }
}
