package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: complaints read by structure (negated actions in every form, failures told as facts,
 * waits), threats only when made, requests that are not feelings, irony, and feelings that set the
 * level. The messages are written the way customers tweet at brands.
 */
class ClauseReadingTest {
  private static final Analyzer EN = Analyzer.forLocale(Locale.US);

  private static boolean negative(Emotion e) {
    return e != Emotion.NEUTRAL && e != Emotion.GRATEFUL && e != Emotion.CONFUSED;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "@AcmeAir the app doesn't load",
        "@AcmeAir the app don't load",
        "@AcmeAir the app didn't load",
        "the app isn't loading on my phone",
        "the app won't even load",
        "never got my voucher @AcmeAir",
        "still haven't received my refund",
        "nobody answers the phone at the help desk",
        "your website failed to process my payment",
        "I can't log in to my account",
        "couldn't sign in all morning",
        "the app broke after the update",
        "the screen froze during checkout",
        "wifi is down on the train",
        "my bag is missing",
        "three weeks now and no refund",
        "4 days and counting",
        "#NotHappy with @AcmeAir"
      })
  void aFailureWordedAnyWayIsAComplaint(String text) {
    Signals s = EN.analyze(text);
    assertTrue(negative(s.primary()), () -> text + " read as " + s);
  }

  @Test
  void theEvidenceOfANegatedActionSpansTheNegatorAndTheVerb() {
    Signals s = EN.analyze("the app don't load");
    List<String> evidence = s.emotion(Emotion.FRUSTRATED).orElseThrow().evidence().stream().map(Evidence::text).toList();
    assertEquals(List.of("don't load"), evidence);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "I don't know what you mean by that",
        "don't worry about it",
        "can't help but laugh at this",
        "can't wait for the new season!!",
        "don't get me wrong, I like it"
      })
  void aNegatedThoughtOrAnExcitementIsNoComplaint(String text) {
    Signals s = EN.analyze(text);
    assertFalse(negative(s.primary()), () -> text + " read as " + s);
    assertFalse(s.escalation().level().atLeast(EscalationLevel.MEDIUM), () -> text + " escalated: " + s);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "saw your ad on Twitter",
        "Plan B it is then",
        "option B please",
        "I read about it on reddit",
        "our terminal was busy today",
        "is the court side seat available?"
      })
  void aNamedPlatformALetterOrAPlaceIsNoThreat(String text) {
    Signals s = EN.analyze(text);
    assertFalse(s.escalation().has(SignalKind.PUBLIC_EXPOSURE), () -> text + ": " + s);
    assertFalse(s.escalation().has(SignalKind.LEGAL_THREAT), () -> text + ": " + s);
    assertFalse(s.escalation().level().atLeast(EscalationLevel.MEDIUM), () -> text + ": " + s);
  }

  @Test
  void aThreatNeedsAnAct() {
    assertTrue(EN.analyze("Fix this or I'll post it all over Twitter").escalation().has(SignalKind.PUBLIC_EXPOSURE));
    assertTrue(EN.analyze("Everyone should know how you treat customers. Reddit will hear about this").escalation().has(SignalKind.PUBLIC_EXPOSURE));
    assertTrue(EN.analyze("I'm reporting you to the BBB").escalation().has(SignalKind.LEGAL_THREAT));
    assertTrue(EN.analyze("my lawyer will be in touch").escalation().has(SignalKind.LEGAL_THREAT));
    assertFalse(EN.analyze("my lawyer says hi").escalation().has(SignalKind.LEGAL_THREAT));
  }

  @ParameterizedTest
  @ValueSource(strings = {"please help", "Can you help me change my seat?", "help me with my booking please"})
  void aRequestForHelpIsNotFear(String text) {
    Signals s = EN.analyze(text);
    assertNotEquals(Emotion.ANXIOUS, s.primary(), () -> text + ": " + s);
  }

  @Test
  void fearStillNeedsAFearCue() {
    assertEquals(Emotion.ANXIOUS, EN.analyze("please help, I'm really scared my account was hacked").primary());
  }

  @Test
  void praiseAboutAFailureIsIrony() {
    Signals s = EN.analyze("Great, another cancelled booking");
    assertTrue(negative(s.primary()), s::toString);
    assertFalse(s.emotion(Emotion.GRATEFUL).isPresent(), s::toString);
  }

  @Test
  void aCamelCaseHashtagIsReadAsItsWords() {
    Signals s = EN.analyze("flight delayed again #NeverAgain");
    assertTrue(s.escalation().has(SignalKind.CHURN_THREAT), s::toString);
    Evidence e = s.escalation().signals().stream().filter(x -> x.kind() == SignalKind.CHURN_THREAT).findFirst().orElseThrow().evidence().get(0);
    assertEquals("#NeverAgain", e.text());
    assertFalse(EN.analyze("C# is fun #LoveIt").escalation().level().atLeast(EscalationLevel.LOW));
  }

  @Test
  void intensitySetsTheLevel() {
    Signals strong = EN.analyze("Really disappointed with the service on board");
    assertTrue(strong.escalation().level().atLeast(EscalationLevel.MEDIUM), strong::toString);
    assertTrue(strong.escalation().signals().isEmpty(), strong::toString);
    Signals rage = EN.analyze("I am absolutely FURIOUS, this is the worst airline ever!!!");
    assertEquals(Emotion.ANGRY, rage.primary());
    assertTrue(rage.escalation().level().atLeast(EscalationLevel.HIGH), rage::toString);
    Signals mild = EN.analyze("the app is a bit slow today");
    assertFalse(mild.escalation().level().atLeast(EscalationLevel.MEDIUM), mild::toString);
  }

  @Test
  void safetyWordsAreCritical() {
    assertEquals(EscalationLevel.CRITICAL, EN.analyze("a passenger pulled a knife at the gate").escalation().level());
    assertEquals(EscalationLevel.CRITICAL, EN.analyze("your driver threatened me").escalation().level());
  }

  @Test
  void wordFormsWidenOnlyTheFirstWordOfAnEntry() {
    WordForms forms = WordForms.load("en");
    assertEquals("load|loads|loaded|loading", forms.inflect("load"));
    assertEquals("break|breaks|broke|broken|breaking", forms.inflect("break"));
    assertTrue(forms.formsOf("reply").containsAll(List.of("replies", "replied", "replying")), forms.formsOf("reply")::toString);
    assertTrue(forms.formsOf("stop").containsAll(List.of("stops", "stopped", "stopping")), forms.formsOf("stop")::toString);
    assertTrue(forms.formsOf("arrive").containsAll(List.of("arrives", "arrived", "arriving")), forms.formsOf("arrive")::toString);
    assertTrue(forms.formsOf("fix").contains("fixes"), forms.formsOf("fix")::toString);
    assertTrue(forms.inflect("log|sign in").startsWith("log|"), forms.inflect("log|sign in"));
    assertTrue(forms.inflect("log|sign in").endsWith("signing in"), forms.inflect("log|sign in"));
    assertEquals("laden", WordForms.load("xx").inflect("laden"));
  }

  @Test
  void aMessageClearlyInAnotherLanguageIsReadWithThatLexicon() {
    Signals es = EN.analyze("Me cobraron dos veces y nadie me responde, estoy muy enojado con el servicio");
    assertEquals("es", es.locale().toString());
    assertEquals(Emotion.ANGRY, es.primary());
    Signals fr = EN.analyze("Je suis très déçu, ma commande n'est jamais arrivée et vous ne répondez pas");
    assertEquals("fr", fr.locale().toString());
    assertEquals(Emotion.DISAPPOINTED, fr.primary());
    assertEquals("ja", EN.analyze("注文した商品がまだ届きません。とても困っています").locale().toString());
    // Short or mixed messages stay with the analyzer's locale.
    assertEquals("en", EN.analyze("Hola, the app is broken and I want my money back").locale().toString());
    assertEquals("en", EN.analyze("gracias!").locale().toString());
    Analyzer de = Analyzer.forLocale(Locale.GERMANY);
    assertEquals("de", de.analyze("Das ist eine Frechheit, ich warte seit drei Wochen auf mein Paket").locale().toString());
    assertEquals("en", de.analyze("The app is broken and I want my money back, this is not what I paid for").locale().toString());
  }
}
