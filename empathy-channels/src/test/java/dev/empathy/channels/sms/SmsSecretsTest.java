package dev.empathy.channels.sms;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.channel.Change;
import dev.empathy.channel.Channels;
import dev.empathy.channel.RenderOptions;
import dev.empathy.channel.Rendered;
import dev.empathy.compose.Reply;
import dev.empathy.compose.Timeline;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A secret (password, PIN or one-time code, full card number, IBAN) never goes by SMS. */
class SmsSecretsTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC);

  private static Reply reply(Locale locale, String action) {
    Empathy e = Empathy.builder().locale(locale).clock(CLOCK).build();
    return e.compose().customer("Dana").acknowledge(Emotion.FRUSTRATED, "the account")
        .action(action).timeline(Timeline.businessDays(3)).build();
  }

  private static String compact(String s) {
    return s.replaceAll("\\s+", "");
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      en    | Your temporary password is Hunter2Blue, please change it after you log in | Hunter2Blue
      en    | Your new PIN is 4821, and you can change it in the app                     | 4821
      en    | I've charged the card 4111 1111 1111 1111 again                            | 4111 1111 1111 1111
      en    | The refund goes to GB82 WEST 1234 5698 7654 32 today                        | GB82 WEST 1234 5698 7654 32
      es    | Tu contraseña es Rojo4521x y puedes cambiarla cuando quieras                | Rojo4521x
      es    | Devolvimos el importe a ES91 2100 0418 4502 0005 1332                       | ES91 2100 0418 4502 0005 1332
      fr    | Votre nouveau code PIN est 7391                                             | 7391
      fr    | Nous avons recrédité la carte 5555 5555 5555 4444                           | 5555 5555 5555 4444
      de    | Ihr neues Passwort lautet Sonne77Blau                                       | Sonne77Blau
      de    | Die Erstattung geht an DE89 3704 0044 0532 0130 00                          | DE89 3704 0044 0532 0130 00
      pt_BR | Seu código de verificação é 583920                                          | 583920
      pt_BR | Seu novo PIN é 9051                                                         | 9051
      ja    | 新しいパスワード：Sakura2026x を設定しました                                    | Sakura2026x
      """)
  void aSecretIsMaskedInEverySegmentAndReported(String tag, String action, String secret) {
    Locale locale = Locale.forLanguageTag(tag.replace('_', '-'));
    for (int maxParts : new int[] {1, 3}) {
      Rendered r = Channels.require("sms").render(reply(locale, action), RenderOptions.builder().maxParts(maxParts).build());
      String whole = compact(String.join("", r.parts()));
      assertFalse(whole.contains(compact(secret)), () -> "secret sent: " + r.parts());
      for (String part : r.parts()) {
        assertFalse(compact(part).contains(compact(secret)), () -> "secret in a segment: " + part);
      }
      if (maxParts == 3) {
        assertTrue(r.changes().stream().anyMatch(c -> c.kind() == Change.Kind.REDACTED && c.detail().contains("masked")),
            () -> "no masking reported: " + r.changes());
        String placeholder = reply(locale, action).phrase("sms.masked");
        assertTrue(r.text().contains(placeholder), () -> "placeholder " + placeholder + " missing: " + r.text());
      }
    }
  }

  @Test
  void anOrderNumberAndAStreetAddressStay() {
    Reply reply = reply(Locale.US, "I've sent the replacement for order 4417-2291 to 14 Elm Road, Leeds LS1 4DL");
    Rendered r = Channels.require("sms").render(reply);
    assertTrue(r.text().contains("4417-2291"), r.text());
    assertTrue(r.text().contains("14 Elm Road"), r.text());
    assertTrue(r.changes().stream().noneMatch(c -> c.kind() == Change.Kind.REDACTED), () -> r.changes().toString());
  }
}
