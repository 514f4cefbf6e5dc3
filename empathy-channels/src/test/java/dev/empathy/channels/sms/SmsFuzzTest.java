package dev.empathy.channels.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.empathy.channel.Rendered;
import dev.empathy.channels.FuzzedReply;
import dev.empathy.compose.Reply;
import dev.empathy.text.PrivateData;
import java.util.Locale;

/**
 * Fuzz test of SMS: any reply renders (or is rejected by name) into segments that concatenate to
 * the message, stay within the segment count asked for, and use GSM-7 when the field says so; a
 * secret planted in any field (a card, a PIN, a password) is never sent, since an SMS shows on a
 * lock screen.
 *
 * <p>{@code mvn verify} replays {@code SmsFuzzTestInputs/}; docs/cli.md gives the command that
 * fuzzes.
 */
class SmsFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void segmentsFitAndNoSecretIsSent(FuzzedDataProvider data) {
    String secret = FuzzedReply.secret(data);
    String value = FuzzedReply.value(secret);
    boolean isSecret = PrivateData.forLocale(Locale.ENGLISH).find(secret).stream().anyMatch(s -> s.kind().secret());
    Reply reply = FuzzedReply.of(data, secret);
    if (reply == null) {
      return;
    }
    Rendered r = FuzzedReply.render("sms", reply, FuzzedReply.options(data, "sms"));
    if (r == null) {
      return;
    }
    assertEquals(r.text(), String.join("", r.parts()), "segments concatenate to the message");
    assertEquals(r.parts().size(), r.length().value(), "the length counts segments");
    if (r.field("encoding").orElseThrow().equals("GSM-7")) {
      // With a national table (Spanish, Portuguese) the default alphabet need not hold the text;
      // the table must, which measuring it again with the locale's tables shows.
      boolean shifted = !r.field("languageShift").orElseThrow().equals("none");
      assertTrue(SmsSegments.isGsm7(r.text()) || shifted, () -> "not GSM-7: " + r.text());
      if (shifted) {
        assertEquals(r.field("languageShift").orElseThrow(),
            SmsSegments.atWordBoundaries(r.text(), reply.locale()).languageShift().orElse("none"), r.text());
      }
    }
    assertFalse(r.text().isBlank(), "an empty message");
    if (isSecret) {
      assertFalse(r.text().replaceAll("\\s", "").contains(value.replaceAll("\\s", "")), () -> "sent the secret «" + value + "»: " + r.text());
    }
  }
}
