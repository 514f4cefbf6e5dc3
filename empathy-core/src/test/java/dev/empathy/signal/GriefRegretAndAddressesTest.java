package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 17, session 16: grief told through what is left of someone, a hope let down said as
 * regret, thanks that words cannot hold, "I want to…", "I need to…" as a request in every language, and an
 * @handle read as the address it is.
 */
class GriefRegretAndAddressesTest {
  private static final Analyzer EN = Analyzer.forLocale(Locale.US);

  private static Signals read(String locale, String text) {
    return Analyzer.forLocale(Locale.forLanguageTag(locale)).analyze(text);
  }

  /** The loss of the irreplaceable is sadness: remains, a death told without "away", what a thing is to the writer. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "lost the urn with my dog's ashes in transit. i can't stop crying",
        "we were supposed to scatter my nan's ashes this weekend and the package is lost",
        "my son's ashes were in my carry on and your staff made me put it in the hold",
        "it was my daughters first teddy, she passed last year. please find it",
        "the envelope had the last photo of me and my brother before he passed",
        "my grandpa's watch was in the checked bag. it's the only thing i have left of him",
        "that box had my late mom's recipe cards in it. theyre irreplaceable",
      })
  void lossOfTheIrreplaceableIsSadness(String text) {
    Signals s = EN.analyze(text);
    assertEquals(Emotion.SAD, s.primary(), () -> text + " -> " + s);
  }

  /** Ashes and passing that are no one's: a grill, a test, a deadline. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "how do i clean the ashes out of the grill",
        "he passed the driving test last week, thanks for the tips",
        "the parcel passed through Leipzig on monday",
      })
  void ashesAndPassingOfNoOneAreNoGrief(String text) {
    Signals s = EN.analyze(text);
    assertNotEquals(Emotion.SAD, s.primary(), () -> text + " -> " + s);
    assertFalse(s.escalation().has(SignalKind.VULNERABILITY), () -> text + " -> " + s.escalation());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "too bad the new menu doesn't have the wraps anymore, those were the best | disappointed",
        "i had such high hopes for this blender. it's fine i guess                | disappointed",
        "really wish you still had the old loyalty program                       | disappointed",
        "can't thank the gate staff enough for holding the plane for us          | grateful",
        "cannot thank the night shift enough, the package came a day early    | grateful",
      })
  void regretAndThanksBeyondWords(String text, String label) {
    Signals s = EN.analyze(text);
    assertEquals(Emotion.fromLabel(label), s.primary(), () -> text + " -> " + s);
  }

  @Test
  void notTooBadIsNoComplaint() {
    Signals s = EN.analyze("the new seats are not too bad actually");
    assertFalse(Set.of(Emotion.DISAPPOINTED, Emotion.FRUSTRATED, Emotion.ANGRY).contains(s.primary()), s::toString);
  }

  /** "I want to cancel…" asks in every language: neutral, the churn kept only as a low signal. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "es    | necesito cancelar mi cuenta",
        "pt-BR | quero cancelar minha assinatura",
        "en    | i want to cancel my subscription",
      })
  void wantingToCancelIsARequest(String locale, String text) {
    Signals s = read(locale, text);
    assertEquals(Emotion.NEUTRAL, s.primary(), () -> text + " -> " + s);
    assertFalse(s.escalation().level().atLeast(EscalationLevel.MEDIUM), () -> text + " -> " + s.escalation());
  }

  /** Cancelling an order is no leaving at all. */
  @Test
  void cancellingAnOrderIsNoChurn() {
    Signals s = read("es", "quiero cancelar el pedido que hice ayer");
    assertFalse(s.escalation().has(SignalKind.CHURN_THREAT), s::toString);
  }

  /** A handle is an address: putting one in front of any message never makes it public exposure. */
  @Property(tries = 300)
  void aHandleIsNeverAnActOfExposure(@ForAll("messages") String message, @ForAll("handles") String handle) {
    boolean alone = EN.analyze(message).escalation().has(SignalKind.PUBLIC_EXPOSURE);
    for (String text : new String[] {handle + " " + message, message + " " + handle, message.replaceFirst(" ", " " + handle + " ")}) {
      Signals s = EN.analyze(text);
      assertEquals(alone, s.escalation().has(SignalKind.PUBLIC_EXPOSURE), () -> text + " -> " + s.escalation());
    }
  }

  @Provide
  Arbitrary<String> handles() {
    return Combinators.combine(
            Arbitraries.of("@", "@", ".@"),
            Arbitraries.of("SkyJetAir", "BoltMobile", "QuickShip_Help", "Twitter", "Facebook", "reddit", "TrustPilot", "BBB", "lawyer", "x"),
            Arbitraries.of("", "", "Support", "_UK", "2"))
        .as((at, name, tail) -> at + name + tail);
  }

  @Provide
  Arbitrary<String> messages() {
    return Arbitraries.of(
        "oh i just LOVE spending my sunday morning on hold",
        "still waiting on a reply about my refund, 3rd time asking",
        "thanks for the 3rd dropped call today, really appreciate it",
        "been on hold for two hours, this is ridiculous",
        "my bag is in Phoenix and i am in Seattle 🙃",
        "everyone should know how you treat disabled passengers",
        "fix this or I'll post it all over Twitter",
        "can you check my order status? #48213",
        "you guys rock, got my replacement in 2 days",
        "worst airline ever. i'm sharing this everywhere",
        "DMed you twice now, no answer",
        "absolutely disgusting behaviour from your staff in Manchester today");
  }
}
