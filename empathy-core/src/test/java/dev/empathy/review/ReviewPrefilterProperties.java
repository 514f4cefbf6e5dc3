package dev.empathy.review;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The cheap checks that spare the review a regex or a copy of a line may only rule out what the
 * full check would reject: wherever the clock regex matches, or a line ends with a reply-line
 * suffix once stripped and lower-cased, the check says "maybe".
 */
class ReviewPrefilterProperties {
  private static final List<String> REPLY_LINES = List.of("wrote:", "a écrit :", "schrieb:", "のメッセージ:", "写道：", "ha scritto");

  @Provide
  Arbitrary<String> clockish() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("0123456789٣²: \t\n.apmhuAPMHUr時x,").ofMaxLength(24),
        // a supplementary digit (MATHEMATICAL BOLD DIGIT TWO) as the second \p{N} before the time's letters
        Arbitraries.strings().withChars("1𝟐:  pmh時").ofMaxLength(16),
        Arbitraries.strings().all().ofMaxLength(24));
  }

  @Property(tries = 4000)
  void aClockTimeIsNeverRuledOut(@ForAll("clockish") String text) {
    char[] chars = text.toCharArray();
    Matcher clock = DraftReading.CLOCK.matcher(text);
    for (int i = 0; i < chars.length; i++) {
      if (DraftReading.isDigit(chars[i])) {
        clock.region(i, Math.min(chars.length, i + 12));
        if (clock.lookingAt()) {
          assertTrue(DraftReading.mayStartClock(chars, i), () -> "ruled out a clock time at " + clock.start() + " in " + text);
        }
      }
    }
  }

  @Provide
  Arbitrary<String> lines() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("On 5 Jan, Dana WROTE: wrote:：  \t\u00a0\u2003a écritSCHRIEBのメッセージ写道ΣİKx").ofMaxLength(30),
        Arbitraries.of(REPLY_LINES).map(s -> "On 5 Jan 2026, Dana " + s.toUpperCase(Locale.ROOT) + " \u2003"),
        Arbitraries.strings().all().ofMaxLength(30));
  }

  @Property(tries = 4000)
  void aReplyLineIsNeverRuledOut(@ForAll("lines") String line) {
    String folded = line.strip().toLowerCase(Locale.ROOT);
    boolean ends = !folded.isEmpty() && REPLY_LINES.stream().anyMatch(folded::endsWith);
    if (ends) {
      assertTrue(DraftReading.mayEndReplyLine(line.toCharArray(), REPLY_LINES, 0, line.length()), () -> "ruled out: " + line);
    }
  }

  @Test
  void examples() {
    assertTrue(DraftReading.mayStartClock("at 9:30".toCharArray(), 3));
    assertTrue(DraftReading.mayStartClock("by 5 PM".toCharArray(), 3));
    assertTrue(DraftReading.mayStartClock("18 h 40".toCharArray(), 0));
    assertTrue(DraftReading.mayStartClock("15時".toCharArray(), 0));
    assertFalse(DraftReading.mayStartClock("order 123456".toCharArray(), 6));
    assertFalse(DraftReading.mayStartClock("$25.00".toCharArray(), 1));
    String reply = "On Mon, 5 Jan 2026 at 10:02, Dana <dana@example.com> WROTE:  ";
    assertTrue(DraftReading.mayEndReplyLine(reply.toCharArray(), REPLY_LINES, 0, reply.length()));
    String price = "Your refund of $25.00 is on its way.";
    assertFalse(DraftReading.mayEndReplyLine(price.toCharArray(), REPLY_LINES, 0, price.length()));
    assertFalse(DraftReading.mayEndReplyLine("   ".toCharArray(), REPLY_LINES, 0, 3));
  }
}
