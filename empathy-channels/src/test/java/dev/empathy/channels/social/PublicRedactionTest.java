package dev.empathy.channels.social;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.empathy.text.PrivateData;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 14 closing note and session 15 probes: a public post left a hole where a datum was
 * ("I’ve rebooked you on (details in your DM) at 7:05 AM", "Le he reubicado en el vuelo (detalles
 * por mensaje privado) a las 9:40", "カード末尾（詳細はDMでお送りします）を停止しました") and hid an
 * address only in part ("(Details per Direktnachricht), 8001 Zürich", "(detalhes por mensagem
 * privada), São Paulo"). The datum now leaves with the words that only name it and the preposition
 * before it, the rest of an address goes with it, and the placeholder ends the sentence.
 */
class PublicRedactionTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // session 16 closing note: a flight number is not private (brands say "flight UA1187" in public); it stays
    "en-US|(details in your DM)|I’ve rebooked you on UA1187 at 7:05 AM tomorrow.|I’ve rebooked you on UA1187 at 7:05 AM tomorrow.",
    "en-US|(details in your DM)|I’ve frozen the card ending 3391.|I’ve frozen the card (details in your DM).",
    "en-US|(details in your DM)|I’ve sent a prepaid return label to tom.b@gmail.com.|I’ve sent a prepaid return label (details in your DM).",
    "en-US|(details in your DM)|I’ve sent the XL today via priority, tracking 9400111899223456789012.|I’ve sent the XL today via priority (details in your DM).",
    "en-US|(details in your DM)|I’ve mailed the letter to 42 Oak Lane, Apt 3B, Portland OR 97205 and closed the account.|I’ve mailed the letter and closed the account (details in your DM).",
    "es-ES|(detalles por mensaje privado)|Le he reubicado en el vuelo IB3170 a las 9:40.|Le he reubicado en el vuelo IB3170 a las 9:40.",
    "es-ES|(detalles por mensaje privado)|He reembolsado el importe a su tarjeta terminada en 4471.|He reembolsado el importe a su tarjeta (detalles por mensaje privado).",
    "fr-FR|(détails en message privé)|Je vous ai réservé sur le vol AF1236 à 9 h 15.|Je vous ai réservé sur le vol AF1236 à 9 h 15.",
    "de-DE|(Details per Direktnachricht)|Ich habe Ihre neue Adresse Bahnhofstrasse 5, 8001 Zürich hinterlegt.|Ich habe Ihre neue Adresse hinterlegt (Details per Direktnachricht).",
    "de-DE|(Details per Direktnachricht)|Ich habe eine Ersatzkarte an Musterstraße 12, 10115 Berlin geschickt.|Ich habe eine Ersatzkarte geschickt (Details per Direktnachricht).",
    "pt-BR|(detalhes por mensagem privada)|Reenviei o pedido para Rua Augusta 1200, apto 42, São Paulo.|Reenviei o pedido (detalhes por mensagem privada).",
    "ja-JP|（詳細はDMでお送りします）|カード末尾3391を停止しました。|カードを停止しました（詳細はDMでお送りします）。",
    // session 22 probes a04, b08, e03: a clause that only said what the datum is went with it
    // ("The UPS tracking is; I've also…"), and a colon was left before a comma ("confirmada:, salida")
    "en-US|(details in your DM)|The UPS tracking is 1Z999AA10123456784; I’ve also filed a trace.|I’ve also filed a trace (details in your DM).",
    "en-US|(details in your DM)|I’ve filed a trace, and the UPS tracking is 1Z999AA10123456784.|I’ve filed a trace (details in your DM).",
    "es-ES|(detalles por mensaje privado)|Reserva confirmada: QZ4LMN, salida 23/12 a las 07:15.|Reserva confirmada, salida 23/12 a las 07:15 (detalles por mensaje privado).",
    "de-DE|(Details per Direktnachricht)|Ihre IBAN lautet DE44 5001 0517 5407 3249 31, die Karte ist gesperrt.|Die Karte ist gesperrt (Details per Direktnachricht).",
  })
  void theDatumLeavesItsSentenceWhole(String tag, String placeholder, String action, String expected) {
    Locale locale = Locale.forLanguageTag(tag);
    assertEquals(Optional.of(expected), SocialChannel.redact(action, PrivateData.forLocale(locale), placeholder, locale));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // a sentence of two data ends on one placeholder; the sentence after it is left as it was
    "I’ve sent the refund to DE89 3704 0044 0532 0130 00 and the receipt to dana@example.com. It’s on its way.|I’ve sent the refund and the receipt (details in your DM). It’s on its way.",
    // a datum that is the whole action leaves the placeholder alone
    "1Z84F6A90312345678|(details in your DM)",
  })
  void oneSentenceOnePlaceholder(String action, String expected) {
    assertEquals(Optional.of(expected), SocialChannel.redact(action, PrivateData.forLocale(Locale.US), "(details in your DM)", Locale.US));
  }
}
