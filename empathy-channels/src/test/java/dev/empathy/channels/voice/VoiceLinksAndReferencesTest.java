package dev.empathy.channels.voice;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.channel.Channels;
import dev.empathy.channel.RenderOptions;
import dev.empathy.channel.Rendered;
import dev.empathy.channels.Replies;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Calls probed in session 21: "/" in a web address was left to the engine (which says it, or not,
 * voice by voice), "the guide https://…" was said "the guide the link", and a claim number
 * ("100-2003-40050") or a policy number was read as a telephone number.
 */
class VoiceLinksAndReferencesTest {
  private static Rendered call(String tag, String action, String flavor) {
    Empathy e = Empathy.builder().locale(Locale.forLanguageTag(tag)).clock(Clock.fixed(Replies.NOW, ZoneOffset.UTC)).build();
    return Channels.require("voice").render(
        e.compose().conversation("links", 0).customer("Sam").acknowledge(Emotion.NEUTRAL, "your question").action(action).build(),
        RenderOptions.builder().flavor(flavor).build());
  }

  private static String spoken(Rendered r) {
    return r.text().replaceAll("<[^>]+>", " ");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "en-US|see help.acme.com/billing/invoices for the details|help.acme.com slash billing slash invoices",
    "es-ES|te envié la guía https://ayuda.tienda.es/facturas/como-leer|ayuda.tienda.es barra facturas barra como-leer",
    "de-DE|ich habe Ihnen die Anleitung geschickt: https://hilfe.beispiel.de/router/neustart|hilfe.beispiel.de Schrägstrich router Schrägstrich neustart",
    "pt-BR|enviei o link https://ajuda.loja.com.br/boletos/segunda-via|ajuda.loja.com.br barra boletos barra segunda-via",
    // Japanese writes the address between words without a blank (session 22 probe f04: read "https://…" as written)
    "ja-JP|設定方法はhttps://help.example.co.jp/app/settingsをご覧ください|help.example.co.jp スラッシュ app スラッシュ settingsをご覧ください",
  })
  void aSlashInAWebAddressIsSaidAsAWord(String tag, String action, String said) {
    for (String flavor : new String[] {"ssml", "script"}) {
      Rendered r = call(tag, action, flavor);
      assertTrue(spoken(r).contains(said), flavor + ": " + r.text());
      assertFalse(spoken(r).contains("/"), flavor + ": " + r.text());
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "en-US|I’ve sent the guide https://support.acme.com/setup/router/ax3000/v2?x=1 to your inbox|the guide to your inbox",
    "en-US|I’ve sent https://support.acme.com/setup/router/ax3000/v2?x=1 to your inbox|sent the link to your inbox",
  })
  void aLongAddressBesideANounIsLeftOut(String tag, String action, String said) {
    Rendered r = call(tag, action, "script");
    assertTrue(r.text().contains(said), r.text());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "en-US|I’ve filed claim 100-2003-40050 with the carrier|40050",
    "en-US|your policy 123-456-7890 is active|7890",
    "de-DE|Gutschrift veranlasst, Vorgang 2026/12/0815|0815",
    "es-ES|abrí la reclamación 555-123-4567 con la paquetería|4567",
  })
  void aFigureAfterAReferenceWordIsSaidAsCharacters(String tag, String action, String tail) {
    Rendered r = call(tag, action, "ssml");
    assertFalse(r.text().contains("interpret-as=\"telephone\""), r.text());
    assertTrue(r.text().contains("<say-as interpret-as=\"characters\">" + tail + "</say-as>"), r.text());
    assertFalse(spoken(r).contains("/"), r.text());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "en-US|call us at 1-800-555-0199 if anything else comes up",
    "en-US|we’ll call you on +1 415-555-0132 about your order",
  })
  void aTelephoneNumberStaysOne(String tag, String action) {
    assertTrue(call(tag, action, "ssml").text().contains("interpret-as=\"telephone\""));
  }
}
