package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.text.PrecompiledPhrases;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A cold start reads each bundled lexicon's matcher from the build's record of its files, without
 * widening a phrase; it must be the matcher the files compile to, row for row.
 */
class PrecompiledLexiconTest {

  @ParameterizedTest
  @ValueSource(strings = {"en", "de", "es", "fr", "ja", "pt_BR", "und"})
  void theRecordedMatcherIsTheOneTheFilesCompileTo(String tag) {
    assertTrue(PrecompiledPhrases.find("lexicon_" + tag).isPresent(), "the build recorded no lexicon " + tag);
    Lexicon recorded = Lexicon.load(tag);
    Lexicon fresh = Lexicon.load(tag, false);
    assertTrue(recorded.fromRecord(), tag);
    assertTrue(!fresh.fromRecord(), tag);
    Optional<String> difference = PrecompiledPhrases.difference(recorded.matcher(), fresh.matcher(), Objects::equals);
    assertEquals(Optional.empty(), difference, tag);
    assertEquals(fresh.emoticons(), recorded.emoticons());
    assertEquals(fresh.locale(), recorded.locale());
    assertEquals(fresh.emoticonStarts(), recorded.emoticonStarts());
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "de", "ja"})
  void aRecordNamesEveryFileItsPhrasesWereReadFrom(String tag) {
    PrecompiledPhrases record = PrecompiledPhrases.find("lexicon_" + tag).orElseThrow();
    assertTrue(record.sources().contains("lexicon_" + tag + ".tsv"), record.sources().toString());
    assertTrue(record.sources().contains("lexicon_common.tsv"), record.sources().toString());
    assertTrue(record.sources().contains("spelling_" + tag + ".tsv"), record.sources().toString());
    assertTrue(tag.equals("en") || record.sources().contains("english-borrowing.tsv"), record.sources().toString());
  }
}
