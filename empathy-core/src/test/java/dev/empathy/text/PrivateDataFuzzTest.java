package dev.empathy.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.empathy.Fuzzing;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fuzz test of {@link PrivateData}: on any text, spans lie inside it, ordered and never nested;
 * {@code any} agrees with {@code find}; the company's own allowed contact point is never
 * flagged; and a planted detail of a certain shape (an e-mail, a Luhn-valid card, a phone number,
 * a PIN after its keyword) is found wherever it stands in fuzzed text.
 *
 * <p>{@code mvn verify} replays {@code PrivateDataFuzzTestInputs/}; {@code JAZZER_FUZZ=1 mvn -pl
 * empathy-core test -Dtest=PrivateDataFuzzTest} fuzzes for real.
 */
class PrivateDataFuzzTest {
  private static final String OURS = "help@acme.example";
  private static final Map<String, PrivateData> DETECTORS = new ConcurrentHashMap<>();

  @FuzzTest(maxDuration = "60s")
  void spansAreWellFormedAndPlantedDetailsAreFound(FuzzedDataProvider data) {
    String tag = data.pickValue(Fuzzing.LOCALES);
    PrivateData detector = DETECTORS.computeIfAbsent(tag, t -> PrivateData.forLocale(Locale.forLanguageTag(t)).allowing(List.of(OURS)));
    int kind = data.consumeInt(0, 4);
    String planted = plant(data, kind);
    String before = data.consumeString(200);
    String after = data.consumeRemainingAsString();
    String text = planted == null ? before + after : before + "\n" + planted + "\n" + after;

    List<PrivateData.Span> spans = detector.find(text);
    int previousEnd = -1;
    int previousStart = -1;
    for (PrivateData.Span s : spans) {
      assertTrue(s.end() <= text.length(), () -> "span past the text: " + s);
      assertTrue(s.start() >= previousStart, () -> "spans out of order: " + spans);
      assertTrue(s.start() >= previousEnd || s.end() > previousEnd, () -> "a span nested in another: " + spans);
      previousStart = s.start();
      previousEnd = Math.max(previousEnd, s.end());
    }
    assertEquals(!spans.isEmpty(), detector.any(text), "any() agrees with find()");
    int ours = text.indexOf(OURS);
    if (ours >= 0 && (ours == 0 || !Character.isLetterOrDigit(text.codePointBefore(ours)))) {
      for (PrivateData.Span s : spans) {
        assertTrue(s.end() <= ours || s.start() >= ours + OURS.length() || s.kind() != PrivateData.Kind.EMAIL,
            () -> "our own address flagged: " + s + " in " + text);
      }
    }
    if (planted != null) {
      int at = before.length() + 1;
      int end = at + planted.length();
      assertTrue(spans.stream().anyMatch(s -> s.start() < end && s.end() > at),
          () -> "missed the planted " + planted + " in " + text + ": " + spans);
    }
  }

  /** A detail whose shape alone (or with its keyword) is private; null for none. */
  private static String plant(FuzzedDataProvider data, int kind) {
    String letters = "abcdefghijklmnopqrstuvwxyz";
    StringBuilder user = new StringBuilder();
    for (int n = data.consumeInt(2, 10); n > 0; n--) {
      user.append(letters.charAt(data.consumeInt(0, 25)));
    }
    return switch (kind) {
      case 1 -> user + "." + user.charAt(0) + "@" + data.pickValue(List.of("example.com", "mail.co.uk", "corp.io"));
      case 2 -> card(data);
      case 3 -> "+1 415 " + data.consumeInt(200, 999) + " " + String.format("%04d", data.consumeInt(0, 9999));
      case 4 -> data.pickValue(List.of("PIN ", "PIN: ", "PIN is ", "PIN to ", "passcode ")) + String.format("%04d", data.consumeInt(0, 9999));
      default -> null;
    };
  }

  private static String card(FuzzedDataProvider data) {
    StringBuilder body = new StringBuilder("4");
    for (int i = 0; i < 14; i++) {
      body.append((char) ('0' + data.consumeInt(0, 9)));
    }
    int sum = 0;
    for (int i = 0; i < 15; i++) {
      int d = body.charAt(14 - i) - '0';
      if (i % 2 == 0) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return body.append((10 - sum % 10) % 10).toString().replaceAll("(\\d{4})(?=\\d)", "$1 ");
  }
}
