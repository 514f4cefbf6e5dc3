package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Empathy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One compiled lexicon per language and JVM, whatever the spelling of the tag. */
class SharedLexiconTest {

  @Test
  void everySpellingOfATagReadsTheSameCompiledLexicon() {
    Lexicon en = Lexicon.shared(Locale.US);
    for (String tag : new String[] {"en-US", "en-us", "EN-us", "en", "en-US-x-k0001", "en-AU", "en-US-u-ca-gregory"}) {
      assertSame(en, Lexicon.shared(Locale.forLanguageTag(tag)), tag);
    }
    assertSame(en, Lexicon.shared(new Locale("en", "US")));
    assertSame(Lexicon.shared(Locale.forLanguageTag("pt-BR")), Lexicon.shared(Locale.forLanguageTag("pt-PT-x-acme")));
  }

  @Test
  void instancesWithOtherClocksShareTheLexicon() {
    Empathy utc = Empathy.builder().locale("en-US").build();
    Empathy tokyo = Empathy.builder().locale("en_US").clock(Clock.fixed(Instant.EPOCH, ZoneId.of("Asia/Tokyo"))).build();
    assertSame(utc.analyzer().lexicon(), tokyo.analyzer().lexicon());
  }

  @Test
  void thousandsOfDistinctTagsHoldOneLexiconPerLanguage() {
    Map<Lexicon, Boolean> distinct = new IdentityHashMap<>();
    String[] languages = {"en", "es", "fr", "de", "pt", "ja", "it", "nl", "ko", "qaa", "zz"};
    for (int i = 0; i < 3000; i++) {
      String lang = languages[i % languages.length];
      Locale l = Locale.forLanguageTag(lang + "-x-k" + i);
      distinct.put(Lexicon.shared(l), true);
    }
    // es, fr, de, pt_BR, ja, and English for en and every language without a lexicon of its own.
    assertEquals(6, distinct.size());
  }

  @Test
  void theSharedLexiconReadsAsAFreshlyCompiledOne() {
    String text = "Third time I'm writing!!! This is ridiculous, fix it or I cancel my account 😡";
    Signals shared = new Analyzer(Lexicon.shared(Locale.US)).analyze(text);
    Signals fresh = new Analyzer(Lexicon.load("en")).analyze(text);
    assertEquals(fresh.toString(), shared.toString());
    assertTrue(shared.escalation().has(SignalKind.CHURN_THREAT));
  }

  @Test
  void everyBundledLexiconIsReadFromTablesCompiledByTheBuild() {
    for (String tag : new String[] {"en", "es", "fr", "de", "pt_BR", "ja"}) {
      assertTrue(Lexicon.load(tag).matcher().precompiled(), tag);
    }
  }
}
