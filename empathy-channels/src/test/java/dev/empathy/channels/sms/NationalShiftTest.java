package dev.empathy.channels.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.InvalidInputException;
import dev.empathy.channel.Change;
import dev.empathy.channel.Channels;
import dev.empathy.channel.RenderOptions;
import dev.empathy.channel.Rendered;
import dev.empathy.channels.Conformance;
import dev.empathy.compose.Reply;
import dev.empathy.compose.Timeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Spanish and Portuguese texts with letters outside the GSM-7 default alphabet go as GSM-7 with
 * their national language single shift table (3GPP TS 23.038 A.2.2, A.2.3; {@code
 * conformance/gsm7-national-single-shift.tsv}) when that takes fewer segments than UCS-2.
 */
class NationalShiftTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC);
  private static final Locale ES = Locale.forLanguageTag("es");
  private static final Locale PT = Locale.forLanguageTag("pt-BR");

  static Stream<Arguments> tableRows() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (String line : Files.readAllLines(Conformance.file("gsm7-national-single-shift.tsv"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t");
      char c = (char) Integer.parseInt(cells[3].substring(2), 16);
      out.add(Arguments.of(Named.of(cells[0] + " " + cells[2] + " " + cells[4], cells[0]), c));
    }
    assertEquals(19 + 37, out.size(), "rows of A.2.2 and A.2.3");
    return out.stream();
  }

  /**
   * Each character of the table costs two septets (escape and code) and each letter of the
   * default alphabet one: 60 times "c" + "a " is 240 septets, two segments of at most 149, where
   * UCS-2 takes three. The Greek capitals of the Portuguese table are in the default alphabet
   * (one septet), and the default extension's characters need no national table at all.
   */
  @ParameterizedTest
  @MethodSource("tableRows")
  void everyCharacterOfTheTableCostsTwoSeptets(String table, char c) {
    Locale locale = table.equals("spanish") ? ES : PT;
    boolean basic = "ΦΓΩΠΨΣΘ".indexOf(c) >= 0;
    String text = (c + "a ").repeat(60);
    SmsSegments s = SmsSegments.atWordBoundaries(text, locale);
    assertEquals(SmsSegments.Encoding.GSM_7, s.encoding(), s.toString());
    assertEquals(basic ? 180 : 240, s.totalUnits(), s.toString());
    assertEquals(SmsSegments.isGsm7(text) ? "none" : table, s.languageShift().orElse("none"), s.toString());
    s.unitsPerSegment().forEach(u -> assertTrue(u <= (SmsSegments.isGsm7(text) ? 153 : 149), s.toString()));
    assertEquals(text, String.join("", s.segments()));
  }

  /** The 3-octet header leaves 155 septets in a single message and 149 in each of several. */
  @Test
  void theHeaderLeaves155SeptetsInOneMessageAnd149InEachOfSeveral() {
    String one = "á" + "a".repeat(153);
    assertEquals(List.of(155), SmsSegments.atWordBoundaries(one, ES).unitsPerSegment());
    String two = one + "a";
    SmsSegments s = SmsSegments.atWordBoundaries(two, ES);
    assertEquals(List.of(149, 7), s.unitsPerSegment());
    assertEquals("spanish", s.languageShift().orElseThrow());
  }

  @Test
  void aTieGoesToUcs2WhichEveryHandsetReads() {
    SmsSegments s = SmsSegments.atWordBoundaries("Olá, João! Já está tudo certo.", PT);
    assertEquals(SmsSegments.Encoding.UCS_2, s.encoding());
    assertTrue(s.languageShift().isEmpty());
  }

  @Test
  void aLetterTheTableLacksKeepsTheTextInUcs2() {
    // "ã" is in the Portuguese table, not in the Spanish one; English has no table at all.
    String text = "São Paulo. " + "Ya te he devuelto el importe y lo verás en tres días hábiles. ".repeat(3);
    assertEquals(SmsSegments.Encoding.UCS_2, SmsSegments.atWordBoundaries(text, ES).encoding());
    assertEquals(SmsSegments.Encoding.UCS_2, SmsSegments.atWordBoundaries(text.replace("ã", "a"), Locale.US).encoding());
    assertEquals("spanish", SmsSegments.atWordBoundaries(text.replace("ã", "a"), ES).languageShift().orElseThrow());
    assertEquals("portuguese", SmsSegments.atWordBoundaries(text, PT).languageShift().orElseThrow());
  }

  private static Reply spanish() {
    Empathy es = Empathy.builder().locale(ES).clock(CLOCK).build();
    return es.compose().customer("José").acknowledge(Emotion.FRUSTRATED, "el cobro duplicado")
        .action("He devuelto los 59,90 € a tu tarjeta y he marcado la cuenta para revisión")
        .timeline(Timeline.businessDays(5)).followUp("Te escribiré aquí en cuanto el banco lo confirme").build();
  }

  @Test
  void aSpanishReplyGoesAsGsm7WithTheSpanishTableAndSaysSo() {
    Rendered shifted = Channels.require("sms").render(spanish());
    Rendered ucs2 = Channels.require("sms").render(spanish(), RenderOptions.builder().option("sms.languageShift", "none").build());
    assertEquals("GSM-7", shifted.field("encoding").orElseThrow(), shifted.text());
    assertEquals("spanish", shifted.field("languageShift").orElseThrow());
    assertEquals("UCS-2", ucs2.field("encoding").orElseThrow(), ucs2.text());
    assertEquals("none", ucs2.field("languageShift").orElseThrow());
    // The accents are kept: nothing is folded.
    assertTrue(shifted.text().contains("revisión") || shifted.text().contains("días"), shifted.text());
    Change said = shifted.changes().stream().filter(ch -> ch.detail().contains("Spanish national language single shift table"))
        .findFirst().orElseThrow(() -> new AssertionError(shifted.changes().toString()));
    assertEquals(Change.Kind.REENCODED, said.kind());
    assertTrue(said.detail().contains("A.2.2"), said.detail());
    // Either more of the reply fits, or it takes fewer segments.
    assertTrue(shifted.text().length() > ucs2.text().length() || shifted.parts().size() < ucs2.parts().size(),
        () -> shifted.parts() + " vs " + ucs2.parts());
  }

  @Test
  void foldingThatSavesNoSegmentKeepsTheAccents() {
    // Folded, the reply would take as many GSM-7 segments (153 septets) as it does with the
    // Spanish table (149): its accents stay, and a warning says why.
    Rendered r = Channels.require("sms").render(spanish(), RenderOptions.builder().option("sms.foldAccents", "true").build());
    assertEquals("spanish", r.field("languageShift").orElseThrow(), r.text());
    assertTrue(r.warnings().stream().anyMatch(w -> w.contains("accents kept")), r.warnings().toString());
    assertFalse(SmsSegments.isGsm7(r.text()), r.text());
    assertTrue(r.changes().stream().noneMatch(c -> c.detail().contains("folded")), r.changes().toString());
  }

  @Test
  void aFrenchLigatureFoldsSoTheReplyStaysInGsm7() {
    // "De tout cœur avec vous" (a French opening; KeepOrderProperties' draw in CI, session 14): the
    // ligature has no accent to drop and stayed, so a folded reply fell to UCS-2 without a word.
    assertEquals("De tout coeur avec vous, OEuvre", SmsSegments.foldAccents("De tout cœur avec vous, Œuvre"));
    Reply reply = Empathy.builder().locale(Locale.FRENCH).clock(Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC))
        .build().compose().conversation("coeur", 0).acknowledge(Emotion.SAD, "la perte de votre colis")
        .action("je m'en charge").build();
    Rendered r = Channels.require("sms").render(reply, RenderOptions.builder().option("sms.foldAccents", "true").build());
    assertTrue(SmsSegments.isGsm7(r.text()) || r.warnings().stream().anyMatch(w -> w.contains("accents kept")), r.text());
  }

  @Test
  void anUnknownLanguageShiftIsRefusedNamingTheOption() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Channels.require("sms").render(spanish(), RenderOptions.builder().option("sms.languageShift", "spanish").build()));
    assertTrue(e.getMessage().contains("sms.languageShift must be auto or none"), e.getMessage());
  }
}
