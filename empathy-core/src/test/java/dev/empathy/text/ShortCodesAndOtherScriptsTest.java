package dev.empathy.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.text.PrivateData.Kind;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 21 (reply-channels): a two-digit case code ("RF-88") and an address in a script none of our
 * languages is written in ("ул. Тверская, 7, кв. 12, Москва") went into public posts.
 */
class ShortCodesAndOtherScriptsTest {
  private static List<PrivateData.Span> find(String lang, String text) {
    return PrivateData.forLocale(Locale.forLanguageTag(lang)).find(text);
  }

  private static boolean covered(List<PrivateData.Span> spans, String text, String value, Kind kind) {
    int at = text.indexOf(value);
    return spans.stream().anyMatch(s -> s.kind() == kind && s.start() <= at && s.end() >= at + value.length());
  }

  /** language | text | kind | the value a span must cover. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "es | abrí la reclamación RF-88 con la paquetería | REFERENCE | RF-88",
    "en | logged under case CS-12 today | REFERENCE | CS-12",
    "en | escalated, ticket APP-7 | REFERENCE | APP-7",
    "en | I reshipped order #88 | REFERENCE | #88",
    "de | ich habe den Fall KD-77 eröffnet | REFERENCE | KD-77",
    "ja | お問い合わせ番号RF-88で調査を依頼しました | REFERENCE | RF-88",
    "en | re-sent the parcel to ул. Тверская, 7, кв. 12, Москва and more | ADDRESS | ул. Тверская, 7, кв. 12, Москва",
    "de | Paket neu versendet an ул. Ленина, д. 5, Казань | ADDRESS | ул. Ленина, д. 5, Казань",
    "en | updated the address to شارع الملك فهد 12، الرياض and rebooked | ADDRESS | شارع الملك فهد 12، الرياض",
    // the house number first (session 22 probe g02: the post kept the street and the town)
    "en | sent it to 15 شارع التحرير, القاهرة and emailed you | ADDRESS | 15 شارع التحرير, القاهرة",
    "de | Paket an 5 ул. Ленина, Казань geschickt | ADDRESS | 5 ул. Ленина, Казань",
  })
  void found(String lang, String text, Kind kind, String value) {
    List<PrivateData.Span> spans = find(lang, text);
    assertTrue(covered(spans, text, value, kind), spans + " in " + text);
  }

  /** Text that must not be taken for a reference or an address. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "en | I switched the export to UTF-8 for you",
    "en | delays since COVID-19 are over",
    "en | the word Москва is the city's name",
    "en | your ticket is open and I am on it",
  })
  void notFound(String lang, String text) {
    List<PrivateData.Span> spans = find(lang, text);
    assertTrue(spans.isEmpty(), spans + " in " + text);
  }
}
