package dev.empathy.channels.social;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.empathy.text.PrivateData;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 15 closing note and session 16 probes: a public post kept the words that only named a
 * reference whose number went to the DM ("I've logged this under case (details in your DM)", "sous
 * la (détails en message privé)", "unter der Vorgangsnummer angelegt", "com o protocolo"). The
 * label, an article before it and the preposition before that go with the number; a thing the
 * number names ("case", "order") goes only after a preposition, and stays as a verb's object.
 */
class PublicReferenceWordsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "en-US|(details in your DM)|I've logged this under case DSP-44120.|I've logged this (details in your DM).",
    "en-US|(details in your DM)|I've opened a claim under reference BG-44120.|I've opened a claim (details in your DM).",
    "en-US|(details in your DM)|The refund has been issued under ticket #55120 to the card ending 4417.|The refund has been issued to the card (details in your DM).",
    "en-US|(details in your DM)|I've filed it under your account number 88120934.|I've filed it (details in your DM).",
    "en-US|(details in your DM)|I'm reshipping order #W-55821 via 2-day air.|I'm reshipping order via 2-day air (details in your DM).",
    "es-ES|(detalles por mensaje privado)|He registrado el caso con el número de expediente MAD-44120.|He registrado el caso (detalles por mensaje privado).",
    "es-ES|(detalles por mensaje privado)|Abrimos una incidencia bajo la referencia AB-44120.|Abrimos una incidencia (detalles por mensaje privado).",
    "fr-FR|(détails en message privé)|J'ai ouvert un dossier sous la référence CDG-44120.|J'ai ouvert un dossier (détails en message privé).",
    "de-DE|(Details per Direktnachricht)|Ich habe den Fall unter der Vorgangsnummer FRA-44120 angelegt.|Ich habe den Fall angelegt (Details per Direktnachricht).",
    "pt-BR|(detalhes por mensagem privada)|Abri um chamado com o protocolo GRU-44120.|Abri um chamado (detalhes por mensagem privada).",
    "ja-JP|（詳細はDMでお送りします）|お問い合わせ番号HND-44120で受け付けました。|お問い合わせで受け付けました（詳細はDMでお送りします）。",
    // session 17: a number set off by commas left both ("I’ve shipped a replacement,, so that part is done")
    "en-US|(details in your DM)|'I’ve shipped a replacement, tracking 9405511899560123456789, so that part is done.'|'I’ve shipped a replacement, so that part is done (details in your DM).'",
    "es-ES|(detalles por mensaje privado)|'He enviado otro, con seguimiento ES88123456789, para que llegue antes.'|'He enviado otro, para que llegue antes (detalles por mensaje privado).'",
    // session 23-24 probes: the particle linking a named number to its noun stayed ("、 の商品は",
    // " のご予約を"), a bracket that held only the number stayed half ("ヤマト運輸（伝票）にて"), and a
    // blank beside an address stayed ("新しいカードを 発送しました")
    "ja-JP|（詳細はDMでお送りします）|ご注文番号 ORD-771204 の商品は、本日ヤマト運輸（伝票番号 4512-3344-7788）にて発送いたしました。|商品は、本日ヤマト運輸にて発送いたしました（詳細はDMでお送りします）。",
    "ja-JP|（詳細はDMでお送りします）|さっそくですが、予約番号 BK8812Q のご予約を12月20日18時に変更しました。|さっそくですが、ご予約を12月20日18時に変更しました（詳細はDMでお送りします）。",
    "ja-JP|（詳細はDMでお送りします）|末尾 4821 のカードを停止し、新しいカードを 東京都渋谷区神南1-2-3 宛に発送しました。|カードを停止し、新しいカードを発送しました（詳細はDMでお送りします）。",
    "ja-JP|（詳細はDMでお送りします）|カード末尾1234を停止しました。|カードを停止しました（詳細はDMでお送りします）。",
    // session 24 probes: a bracket kept the word naming its number ("(RDV) (détails…)"); "in" stayed
    // before a German address ("ab Mi., 16.12. in aktiv")
    "fr-FR|(détails en message privé)|Un technicien passe demain entre 8 h et 12 h (RDV n° 55120).|Un technicien passe demain entre 8 h et 12 h (détails en message privé).",
    "de-DE|(Details per Direktnachricht)|Ihr Anschluss ist ab 16.12. in der Bergstraße 12, 69115 Heidelberg aktiv.|Ihr Anschluss ist ab 16.12. aktiv (Details per Direktnachricht).",
    // session 23 probe o06: the datum's blank stayed before French's narrow no-break space ("la carte  ;")
    "fr-FR|(détails en message privé)|j’ai débloqué la carte se terminant par 7781\u202f; tout est en ordre.|j’ai débloqué la carte\u202f; tout est en ordre (détails en message privé).",
  })
  void theWordsThatOnlyNameTheNumberGoWithIt(String tag, String placeholder, String action, String expected) {
    Locale locale = Locale.forLanguageTag(tag);
    assertEquals(Optional.of(expected), SocialChannel.redact(action, PrivateData.forLocale(locale), placeholder, locale));
  }
}
