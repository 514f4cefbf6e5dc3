package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 18 (issue 17), four shapes: a failure told apart from a calm request decides the feeling
 * ("quiero cancelar, me cobraron dos veces") unless the message greets or thanks; a time at stake
 * told as plain fact ("checking in for my flight tomorrow, can i add a bag?") presses only beside a
 * grievance; a word of praise opening an exclamative clause is a
 * frame that a complaint, or a contrast denying a thing, turns to irony ("amazing how my package
 * can go to 3 states but not my house"); a hope told as past and then denied is disappointment
 * ("i was really hoping the new version would fix the battery but nope").
 */
class HopesFramesAndToldFailuresTest {
  private static Signals read(String locale, String text) {
    return Analyzer.forLocale(Locale.forLanguageTag(locale)).analyze(text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "es    | quiero cancelar, me cobraron dos veces este mes",
        "en    | i'd like a refund please, the item arrived broken",
        "en    | can someone call me back? i was charged twice",
        "fr    | je voudrais annuler, vous m'avez facturé deux fois",
        "de    | bitte um Rückruf, mir wurde zweimal abgebucht",
        "pt-BR | gostaria de cancelar, vocês me cobraram duas vezes",
      })
  void aFailureToldApartFromACalmRequestDecidesTheFeeling(String locale, String text) {
    Signals s = read(locale, text);
    assertEquals(Emotion.FRUSTRATED, s.primary(), () -> text + " -> " + s);
  }

  @Example
  void theRequestBesideItStaysARequest() {
    // The churn stays a calm request to cancel: the failure names the feeling, it adds no threat.
    Signals s = read("es", "quiero cancelar, me cobraron dos veces este mes");
    assertFalse(s.escalation().level().atLeast(EscalationLevel.HIGH), () -> s.escalation().toString());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // the failure is what the request asks about, in its clause
        "en | can you check why my order hasn't arrived?",
        "en | please help me find my missing bag",
      })
  void aFailureAskedAboutInTheRequestStaysCalm(String locale, String text) {
    Signals s = read(locale, text);
    assertEquals(Emotion.NEUTRAL, s.primary(), () -> text + " -> " + s);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // a courteous register (a greeting, thanks): the failure informs the request
        "en    | hello, my order came in the wrong size. could you swap it for a medium?",
        "en    | could you refund the second charge please? i was billed twice. thanks!",
        "es    | hola, me llegó la talla equivocada, ¿me la pueden cambiar?",
        "de    | Guten Tag, die Rechnung hat die falsche Adresse. Könnten Sie sie neu ausstellen?",
      })
  void aFailureToldInACourteousRequestInformsIt(String locale, String text) {
    Signals s = read(locale, text);
    assertEquals(Emotion.NEUTRAL, s.primary(), () -> text + " -> " + s);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "@JetBlue checking in for my flight tomorrow, can i add a bag later?",
        "what time does boarding start for my flight at 6am?",
        "so excited, the wedding is tomorrow!! can i still add a gift message?",
      })
  void aTimeAtStakeToldAsPlainFactIsNoUrgency(String text) {
    Signals s = read("en", text);
    assertFalse(s.escalation().has(SignalKind.URGENCY), () -> text + " -> " + s);
    assertNotEquals(Emotion.PRESSED_FOR_TIME, s.primary(), () -> text + " -> " + s);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "my flight is tomorrow and my passport still hasn't come back",
        "flight at 6am and the app won't load my boarding pass",
      })
  void aTimeAtStakeBesideAGrievanceIsUrgency(String text) {
    Signals s = read("en", text);
    assertTrue(s.escalation().has(SignalKind.URGENCY), () -> text + " -> " + s);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | amazing how my package can go to 3 states but not my house",
        "en | love how it's been to 4 cities but never my address",
        "en | amazing how fast you take my money and how slow you refund it",
      })
  void praiseOpeningAnExclamationIsIronyBesideAComplaint(String locale, String text) {
    Signals s = read(locale, text);
    assertEquals(Emotion.FRUSTRATED, s.primary(), () -> text + " -> " + s);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | amazing how fast the new app is",
        "en | incredible how quickly you sorted my refund, thank you",
        "fr | incroyable comme la livraison a été rapide",
        "de | toll, wie schnell ihr geantwortet habt",
      })
  void anExclamationOfPraiseWithNoComplaintIsPraise(String locale, String text) {
    Signals s = read(locale, text);
    assertEquals(Emotion.GRATEFUL, s.primary(), () -> text + " -> " + s);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en    | i was really hoping the new version would fix the battery but nope",
        "en    | thought the upgrade would be worth it. it wasn't",
        "en    | not what i was hoping for, the colour looks nothing like the pics",
        "en    | i expected the upgrade to include wifi but apparently not",
        "en    | thought business class would be worth it but the seat didn't even recline",
        "en    | I had hoped for a better experience",
        "pt-BR | esperava bem mais, a qualidade caiu",
        "pt-BR | não era bem o que eu esperava, a qualidade caiu muito",
        "fr    | j'espérais mieux de votre part",
        "de    | ich hatte gehofft, dass das Update den Akku repariert, aber nein",
      })
  void aHopeToldAsPastAndDeniedIsDisappointment(String locale, String text) {
    Signals s = read(locale, text);
    assertEquals(Emotion.DISAPPOINTED, s.primary(), () -> text + " -> " + s);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // a hope alone asks
        "en | i was hoping you could help me change my seat",
        // an expectation of the service's, not the customer's: a failure
        "en | my package was expected monday but never came",
        // a belief corrected, with no future in the past
        "en | I thought it was closed but it's not",
        // a wait, not a hope
        "en | i'm expecting a package but it hasn't arrived",
        "es | esperando hace 2 horas pero nada",
        // a hope denied before it at once is none
        "en | never expected such quick help, thank you",
      })
  void noHopeLetDownWithoutItsShape(String locale, String text) {
    Signals s = read(locale, text);
    assertNotEquals(Emotion.DISAPPOINTED, s.primary(), () -> text + " -> " + s);
  }

  @Example
  void theHopeLetDownIsQuotedAsEvidence() {
    Signals s = read("en", "i was really hoping the new version would fix the battery but nope");
    EmotionFinding f = s.emotions().stream().filter(e -> e.label() == Emotion.DISAPPOINTED).findFirst().orElseThrow();
    assertTrue(f.evidence().stream().anyMatch(e -> e.text().startsWith("hoping") && e.text().endsWith("nope")), f::toString);
  }

  /** On any text, a hope let down found lies inside it, as a span of at least one character. */
  @Property(tries = 400)
  void aHopeFoundLiesInsideTheText(@ForAll("texts") String text) {
    for (String tag : List.of("en", "es", "pt_BR", "fr", "de", "ja")) {
      int[] found = DeniedExpectation.of(tag).find(text, List.of(), List.of());
      if (found != null) {
        assertTrue(0 <= found[0] && found[0] < found[1] && found[1] <= text.length(), () -> tag + " " + found[0] + "," + found[1] + " in " + text.length());
      }
    }
  }

  /** The word after any offset of any text is read without a fault, and an exclamative needs its word. */
  @Property(tries = 400)
  void wordsAfterAnyOffsetAreReadSafely(@ForAll("texts") String text, @ForAll @IntRange(min = 0, max = 400) int at) {
    int end = Math.min(at, text.length());
    boolean how = Irony.exclamativeAfter("en", text, end);
    Irony.thingAfter("de", text, end);
    if (how) {
      assertTrue(text.substring(end).stripLeading().toLowerCase(Locale.ROOT).startsWith("how"), text);
    }
  }

  /** A hope let down keeps its reading whatever ordinary text is set before it on a line of its own. */
  @Property(tries = 150)
  void aHopeLetDownSurvivesTextBeforeIt(@ForAll("prefixes") String prefix) {
    String text = prefix + "\ni was really hoping the new version would fix the battery but nope";
    Signals s = read("en", text);
    assertTrue(s.emotions().stream().anyMatch(e -> e.label() == Emotion.DISAPPOINTED), () -> text + " -> " + s);
  }

  /** Any text, however hostile, is analysed without a fault in every language these shapes read. */
  @Property(tries = 200)
  void anyTextIsReadWithoutAFault(@ForAll("texts") String any) {
    String text = "ok " + any; // a blank text is refused by name (InvalidInput), not read
    for (String locale : List.of("en", "es", "pt-BR", "fr", "de")) {
      assertNotNull(read(locale, text).primary());
    }
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces =
        Arbitraries.of(
            "i was hoping", "expected", "thought", "would", " but ", " not ", "nope", ". ", "amazing how", " how ", "\n", "👩‍👩‍👧", "e\u0301", "\u05E9\u05DC\u05D5\u05DD",
            "\uD800", "\u0007", "j'espérais", "esperava bem mais", "aber nein", " more ", "@brand ", "https://t.co/x", "&amp;", "İ", "Σ");
    Arbitrary<String> any = Arbitraries.strings().ofMaxLength(40);
    return Arbitraries.oneOf(pieces, any).list().ofMaxSize(24).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> prefixes() {
    return Arbitraries.of(
            "hi @AcmeAir", "ok so", "update:", "lol", "https://t.co/abc", "thanks for the reply earlier", "ticket #44821", "😐", "re: my order", "so")
        .list()
        .ofMaxSize(4)
        .map(l -> String.join(" ", l));
  }

  @Property(tries = 50)
  void aLongMessageIsReadWithoutAFault(@ForAll @StringLength(min = 2000, max = 4000) String noise) {
    String text = noise.repeat(25) + " i was hoping it would work but nope";
    assertNotNull(read("en", text).primary());
  }
}
