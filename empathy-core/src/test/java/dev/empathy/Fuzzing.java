package dev.empathy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.util.List;
import java.util.function.Supplier;

/**
 * Shared pieces of the Jazzer fuzz tests ({@code *FuzzTest}): the supported languages, a way to
 * run a call that may only fail with {@link InvalidInputException}, and the promise every text the
 * library writes keeps (no control character but LF and TAB, no bidi embedding, override or
 * isolate, no unpaired surrogate).
 *
 * <p>Seeds: {@code src/test/resources/<package>/<Class>Inputs/<method>/}; {@code mvn verify} replays
 * them. {@code JAZZER_FUZZ=1 mvn -pl empathy-core test -Dtest=ComposeFuzzTest} fuzzes for real.
 */
public final class Fuzzing {
  /** Every language the library ships data for, with a regional variant or two. */
  public static final List<String> LOCALES = List.of("en-US", "en-GB", "es", "fr-FR", "de-DE", "pt-BR", "ja-JP");

  private Fuzzing() {}

  /** A string of at most {@code max} chars, or null now and then (an absent field). */
  public static String maybe(FuzzedDataProvider data, int max) {
    return data.consumeBoolean() ? data.consumeString(max) : null;
  }

  /**
   * Runs {@code call}; returns null when it was rejected with an {@link InvalidInputException}
   * naming a field and a rule. Any other exception fails the test.
   */
  public static <T> T orRejected(Supplier<T> call) {
    try {
      return call.get();
    } catch (InvalidInputException e) {
      assertTrue(e.field() != null && !e.field().isBlank(), () -> "rejection names no field: " + e);
      assertFalse(e.getMessage() == null || e.getMessage().isBlank(), () -> "rejection names no rule: " + e);
      return null;
    }
  }

  /** Fails when {@code text} carries a character the library promises never to write. */
  public static void cleanOutput(String text, String what) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
        continue;
      }
      if (Character.isSurrogate(c)) {
        fail(what + ": unpaired surrogate at " + i + " in " + text);
      }
      if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
        fail(what + ": control character U+" + Integer.toHexString(c) + " at " + i + " in " + text);
      }
      if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
        fail(what + ": bidi control U+" + Integer.toHexString(c) + " at " + i + " in " + text);
      }
    }
  }
}
