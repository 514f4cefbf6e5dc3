package dev.empathy.signal;

import static dev.empathy.Fuzzing.orRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.empathy.Fuzzing;
import dev.empathy.text.Graphemes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fuzz test of {@link Analyzer}: any text in any supported language is read (or, when blank,
 * rejected naming {@code text}); every evidence span lies inside the text on grapheme boundaries
 * and quotes it; intensities stay in [0, 1]; the suggestion follows the reading; the same text
 * reads the same way twice.
 *
 * <p>{@code mvn verify} replays {@code AnalyzeFuzzTestInputs/}; {@code JAZZER_FUZZ=1 mvn -pl
 * empathy-core test -Dtest=AnalyzeFuzzTest} fuzzes for real.
 */
class AnalyzeFuzzTest {
  private static final Map<String, Analyzer> ANALYZERS = new ConcurrentHashMap<>();

  @FuzzTest(maxDuration = "60s")
  void anyTextIsReadAndEveryPromiseHolds(FuzzedDataProvider data) {
    String tag = data.pickValue(Fuzzing.LOCALES);
    String text = data.consumeRemainingAsString();
    Analyzer analyzer = ANALYZERS.computeIfAbsent(tag, t -> Analyzer.forLocale(Locale.forLanguageTag(t)));
    Signals s = orRejected(() -> analyzer.analyze(text));
    if (s == null) {
      assertTrue(text.strip().isEmpty() || text.codePoints().allMatch(cp -> Character.isWhitespace(cp) || Character.isISOControl(cp)
          || Character.getType(cp) == Character.FORMAT || Character.isSpaceChar(cp)), () -> "rejected a text with content: " + text);
      return;
    }
    List<Evidence> all = new ArrayList<>();
    for (EmotionFinding f : s.emotions()) {
      assertTrue(f.intensity() >= 0 && f.intensity() <= 1, () -> "intensity out of range: " + f);
      all.addAll(f.evidence());
    }
    assertTrue(s.intensity() >= 0 && s.intensity() <= 1, () -> "intensity out of range: " + s.intensity());
    s.escalation().signals().forEach(x -> all.addAll(x.evidence()));
    for (Evidence e : all) {
      assertTrue(0 <= e.start() && e.start() <= e.end() && e.end() <= text.length(), () -> "evidence outside the text: " + e);
      assertTrue(Graphemes.isBoundary(text, e.start()) && Graphemes.isBoundary(text, e.end()), () -> "evidence inside a grapheme: " + e);
      assertEquals(text.substring(e.start(), e.end()), e.text(), "evidence quotes the text");
    }
    assertSame(s.primary(), s.suggestion().acknowledge(), "the suggestion acknowledges the primary emotion");
    assertEquals(s.escalation().has(SignalKind.ABUSE), s.suggestion().boundary(), "a boundary exactly when there is abuse");
    assertEquals(s, analyzer.analyze(text), "deterministic");
  }
}
