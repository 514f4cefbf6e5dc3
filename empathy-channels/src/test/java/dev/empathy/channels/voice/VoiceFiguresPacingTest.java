package dev.empathy.channels.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.channel.Channels;
import dev.empathy.channel.RenderOptions;
import dev.empathy.compose.Reply;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Session 13 (reply-channels), from replies to customers' requests read through a speech engine:
 * a figure is not split by a pause ("42 dollars and [pause] 50 cents", "gate B [pause] 12"), and a
 * long tracking number is read in groups, as an agent reads one, not as 22 characters in one breath.
 */
class VoiceFiguresPacingTest {
  private static final Empathy EN = Empathy.builder().locale(Locale.US).build();

  private static String render(String action, String flavor) {
    Reply r = EN.compose().acknowledge(Emotion.FRUSTRATED, "the late fee").action(action).build();
    return Channels.require("voice").render(r, RenderOptions.builder().flavor(flavor).build()).text();
  }

  @Test
  void anAmountIsSaidInOneBreath() {
    String ssml = render("I’ve waived the $42.50 restocking fee", "ssml");
    assertTrue(ssml.contains("the restocking fee of <break time=\"150ms\"/>42 dollars and 50 cents"), ssml);
  }

  @Test
  void aFigureGluedToALetterIsNotSplit() {
    String ssml = render("I’ve rebooked you on the 1:45pm flight, gate B12", "ssml");
    assertTrue(ssml.contains("gate B12"), ssml);
  }

  /** Session 23 probes: "Dezember [pause] 2028", "diciembre de [pause] 2028", "mardi [pause] 15 décembre". */
  @Test
  void aYearOrADayIsSaidWithItsMonthOrWeekday() {
    assertTrue(render("I’ve extended your warranty through December 2028", "ssml").contains("December 2028"));
    for (String[] row : List.of(
        new String[] {"de-DE", "Ihre Garantie läuft bis Dezember 2028", "Dezember 2028"},
        new String[] {"es-ES", "la garantía vence en diciembre de 2028", "diciembre de 2028"},
        new String[] {"fr-FR", "le colis arrive le mardi 15/12", "mardi 15 décembre"})) {
      Reply r = Empathy.builder().locale(Locale.forLanguageTag(row[0])).build().compose()
          .acknowledge(Emotion.NEUTRAL, row[0].startsWith("de") ? "Ihre Frage" : row[0].startsWith("es") ? "su pregunta" : "votre question")
          .action(row[1]).build();
      String ssml = Channels.require("voice").render(r, RenderOptions.builder().flavor("ssml").build()).text();
      assertTrue(ssml.contains(row[2]), ssml);
    }
  }

  /**
   * Session 24: the speaking-time estimate counted a pause before the year in "December 2028" that
   * the SSML no longer makes; both now ask one rule, so the estimate is the call's.
   */
  @Test
  void theEstimateCountsNoPauseTheCallDoesNotMake() {
    SpokenFigures en = SpokenFigures.forLocale(Locale.US);
    List<Speech.Piece> year = Speech.pieces("your price is locked through March 2029", List.of());
    int at = year.size() - 1;
    assertEquals(Speech.Kind.NUMBER, year.get(at).kind(), year.toString());
    assertFalse(VoiceChannel.pausesBeforeNumber(year, at, en), year.toString());
    List<Speech.Piece> added = Speech.pieces("I’ve reissued your order as store credit and added 10 more for the trouble", List.of());
    int ten = 0;
    while (added.get(ten).kind() != Speech.Kind.NUMBER) {
      ten++;
    }
    assertTrue(VoiceChannel.pausesBeforeNumber(added, ten, en), added.toString());
    Reply month = EN.compose().acknowledge(Emotion.NEUTRAL, "your plan").action("your price is locked through March 2029").build();
    String ssml = Channels.require("voice").render(month, RenderOptions.builder().flavor("ssml").build()).text();
    assertTrue(ssml.contains("March 2029"), ssml);
  }

  @Test
  void aFigureAfterASentenceOrManyWordsStillGetsItsPause() {
    String ssml = render("I’ve reissued $89 as store credit and added $10 for the trouble", "ssml");
    assertTrue(ssml.contains("added <break time=\"150ms\"/>10 dollars"), ssml);
  }

  @Test
  void aLongTrackingNumberIsReadInGroups() {
    String ssml = render("I’ve shipped the replacement, tracking 9400111899223344556677", "ssml");
    assertTrue(ssml.contains("<say-as interpret-as=\"characters\">9400</say-as><break time=\"150ms\"/>"
        + "<say-as interpret-as=\"characters\">1118</say-as>"), ssml);
    assertTrue(ssml.contains("<say-as interpret-as=\"characters\">77</say-as>"), ssml);
    String script = render("I’ve shipped the replacement, tracking 9400111899223344556677", "script");
    assertTrue(script.contains("9400 1118 9922 3344 5566 77"), script);
  }

  @Test
  void codesAreGroupedByTheirPartsOrByFours() {
    assertEquals(List.of("1234", "5678", "9012"), Speech.groups("1234-5678-9012", 4, 8));
    assertEquals(List.of("RF-20931"), Speech.groups("RF-20931", 4, 8));
    assertEquals(List.of("1Z99", "9AA1", "0123", "4567", "84"), Speech.groups("1Z999AA10123456784", 4, 8));
    assertEquals(List.of("1234", "56789"), Speech.groups("123456789", 4, 8));
  }

  @Provide
  Arbitrary<String> codes() {
    return Arbitraries.strings().withChars("ABCXZ0123456789-").ofMinLength(1).ofMaxLength(60);
  }

  @Property(tries = 500)
  void groupsKeepEveryCharacterInOrderAndStayShort(@ForAll("codes") String code) {
    List<String> groups = Speech.groups(code, 4, 8);
    assertEquals(code.replace("-", ""), String.join("", groups).replace("-", ""));
    if (Speech.characters(code) > 8) {
      groups.forEach(g -> assertTrue(g.length() <= 5 && !g.isEmpty() && !g.contains("-"), () -> groups.toString()));
    } else {
      assertEquals(List.of(code), groups);
    }
  }

  @Property(tries = 200)
  void noPauseSplitsASpokenAmount(@ForAll("amounts") String amount) {
    String ssml = render("I’ve refunded " + amount + " to your card", "ssml");
    assertFalse(ssml.matches("(?s).*\\d+ (?:dollars?|pounds?|euros?) and <break.*"), ssml);
  }

  @Provide
  Arbitrary<String> amounts() {
    return Arbitraries.integers().between(0, 99_999).flatMap(whole -> Arbitraries.integers().between(1, 99)
        .flatMap(cents -> Arbitraries.of("$", "£", "€").map(sign -> sign + whole + "." + String.format("%02d", cents))));
  }
}
