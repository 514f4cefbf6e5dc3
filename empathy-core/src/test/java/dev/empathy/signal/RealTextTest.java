package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** How the analyser reads text as customers really write it: the mechanisms, one at a time. */
class RealTextTest {
  private static final Analyzer EN = Analyzer.forLocale(Locale.US);

  @Test
  void aCurtThreatWithAComplaintIsAnger() {
    Signals s = EN.analyze("Useless. Just useless. Expect a chargeback.");
    assertEquals(Emotion.ANGRY, s.primary());
    assertTrue(s.escalation().has(SignalKind.LEGAL_THREAT));
  }

  @Test
  void aPoliteRequestToCancelStaysCalm() {
    Signals s = EN.analyze("Could you please cancel my subscription at the end of the month? Thanks");
    assertFalse(s.primary() == Emotion.ANGRY, () -> s.primary().label());
  }

  @Test
  void aVulnerableCustomerShortOfTimeIsAnxiousFirst() {
    Signals s = EN.analyze("stranded at the airport at 1am with a baby, the car hire desk is closed. PLEASE call me");
    assertEquals(Emotion.ANXIOUS, s.primary());
    assertTrue(s.escalation().level().atLeast(EscalationLevel.HIGH));
  }

  @Test
  void thanksForFastHelpRaiseNoDeadline() {
    Signals s = EN.analyze("Thank you so much, you sorted my issue in 5 mins!");
    assertEquals(Emotion.GRATEFUL, s.primary());
    assertFalse(s.escalation().has(SignalKind.URGENCY));
    assertEquals(EscalationLevel.NONE, s.escalation().level());
  }

  @Test
  void thanksClosingAQuestionArePoliteness() {
    assertEquals(Emotion.NEUTRAL, Analyzer.forLocale(Locale.GERMAN).analyze("Kurze Frage: gibt es den Artikel auch in XL? Danke!").primary());
    assertEquals(Emotion.GRATEFUL, Analyzer.forLocale(Locale.GERMAN).analyze("Vielen Dank für die tolle Beratung gestern!").primary());
  }

  @Test
  void doubleExclamationSignsCountAsARun() {
    Signals plain = EN.analyze("where is my refund");
    Signals marked = EN.analyze("where is my refund‼️");
    double before = plain.emotions().isEmpty() ? 0 : plain.emotions().get(0).intensity();
    assertTrue(marked.emotions().get(0).intensity() > before);
  }

  @Test
  void newerFacesAreRead() {
    assertEquals(Emotion.DISAPPOINTED, EN.analyze("my order came without the charger 🙁").primary());
    assertTrue(EN.analyze("server down, whole shop offline 🆘").escalation().has(SignalKind.URGENCY));
    assertEquals(Emotion.GRATEFUL, EN.analyze("you saved my day 🫶").primary());
  }

  @Test
  void aDemandForASupervisorReadsAlikeInEveryLocale() {
    for (String[] c : new String[][] {
      {"en", "I want to speak to a manager"},
      {"es", "quiero hablar con un supervisor"},
      {"fr", "je veux parler à un responsable"},
      {"de", "Ich will mit Ihrem Vorgesetzten sprechen"},
      {"pt-BR", "quero falar com um supervisor"},
      {"ja", "上司を出してください"}}) {
      Signals s = Analyzer.forLocale(Locale.forLanguageTag(c[0])).analyze(c[1]);
      assertTrue(s.escalation().level().atLeast(EscalationLevel.MEDIUM), () -> c[1] + ": " + s.escalation().level());
      assertTrue(s.suggestion().handoff(), c[1]);
    }
  }

  @Test
  void ordinalWordsReadAsRepeats() {
    assertTrue(Analyzer.forLocale(Locale.GERMAN).analyze("Das ist das fünfte Mal, dass ich schreibe!").escalation().has(SignalKind.REPEAT_CONTACT));
    assertTrue(EN.analyze("This is the sixth time I am asking").escalation().has(SignalKind.REPEAT_CONTACT));
  }

  @Test
  void moneyGoneOrShortIsVulnerabilityInEveryLocale() {
    for (String[] c : new String[][] {
      {"en", "$900 has disappeared from my account"},
      {"es", "estoy de viaje y me quedé sin dinero"},
      {"fr", "je n'ai plus d'argent pour manger"},
      {"de", "ich habe kein Geld mehr"},
      {"pt-BR", "estou sem dinheiro"},
      {"ja", "お金がありません"}}) {
      Signals s = Analyzer.forLocale(Locale.forLanguageTag(c[0])).analyze(c[1]);
      assertTrue(s.escalation().has(SignalKind.VULNERABILITY), c[1]);
    }
  }

  @Test
  void thanksForAHarmIsSarcasmReadAsFrustration() {
    for (String text : new String[] {
        "thanks for deleting 3 years of my photos with your update. brilliant work",
        "wow, thanks so much for cancelling my order without asking",
        "love how you charge me a 'convenience fee' for paying online. real convenient"}) {
      // Sarcasm about a harm done is frustration, never thanks (issue 17: real tweets label it so).
      Signals s = EN.analyze(text);
      assertEquals(Emotion.FRUSTRATED, s.primary(), text);
      assertTrue(s.emotions().stream().noneMatch(f -> f.label() == Emotion.GRATEFUL), text);
    }
  }

  @Test
  void aBareThreatIsAngerButAPoliteCancellationIsNot() {
    assertEquals(Emotion.ANGRY, EN.analyze("cancel my subscription. now.").primary());
    Signals fr = Analyzer.forLocale(Locale.FRENCH).analyze("je vais résilier mon abonnement et passer chez la concurrence");
    assertEquals(Emotion.ANGRY, fr.primary());
    assertTrue(fr.escalation().has(SignalKind.CHURN_THREAT));
    Signals polite = EN.analyze("I'd like to cancel my subscription please, it's just not something I use anymore.");
    assertEquals(Emotion.NEUTRAL, polite.primary());
    assertTrue(polite.escalation().has(SignalKind.CHURN_THREAT));
  }

  @Test
  void praiseSetApartByAContrastIsAHopeLetDownNotIrony() {
    Signals s = EN.analyze("I'm happy with the product, but shipping took forever. A quick email would have been nice.");
    assertEquals(Emotion.DISAPPOINTED, s.primary());
  }

  @Test
  void insultsAimedAtPeopleTurnFrustrationIntoAnger() {
    Signals s = EN.analyze("you guys are useless ffs");
    assertEquals(Emotion.ANGRY, s.primary());
    assertTrue(s.escalation().has(SignalKind.ABUSE));
    assertTrue(s.suggestion().boundary());
  }

  @Test
  void aGoodStarRatingIsNotAPublicComplaint() {
    Signals good = EN.analyze("5 stars. had an issue with billing and they fixed it same day");
    assertEquals(Emotion.GRATEFUL, good.primary());
    assertFalse(good.escalation().has(SignalKind.PUBLIC_EXPOSURE));
    assertTrue(EN.analyze("1 star. awful service, never again").escalation().has(SignalKind.PUBLIC_EXPOSURE));
  }

  @Test
  void theLossOfAPetOrABabyIsGrief() {
    for (String text : new String[] {
        "i had to put my dog down last week, please cancel the monthly food delivery",
        "We lost the baby so I need to cancel the registry and the crib order."}) {
      Signals s = EN.analyze(text);
      assertEquals(Emotion.SAD, s.primary(), text);
      assertTrue(s.escalation().has(SignalKind.VULNERABILITY), text);
    }
  }

  @Test
  void languagesWithoutALexiconStillReadThanksAndPlainFeelings() {
    Analyzer italian = Analyzer.forLocale(Locale.ITALIAN);
    assertEquals(Locale.ENGLISH.getLanguage(), italian.locale().getLanguage());
    assertEquals(Emotion.GRATEFUL, italian.analyze("Grazie mille, gentilissimi!").primary());
    assertEquals(Emotion.GRATEFUL, Analyzer.forLocale(Locale.forLanguageTag("pl")).analyze("Dziękuję bardzo za szybką pomoc").primary());
    assertEquals(Emotion.CONFUSED, Analyzer.forLocale(Locale.forLanguageTag("da")).analyze("Jeg forstår ikke regningen, hvorfor er den så høy?").primary());
    assertEquals(Emotion.DISAPPOINTED, Analyzer.forLocale(Locale.forLanguageTag("nl")).analyze("Ik ben erg teleurgesteld in de service").primary());
  }

  @Test
  void alternativesOfSeveralWordsInTheLexiconsAllMatch() {
    Analyzer fr = Analyzer.forLocale(Locale.FRENCH);
    assertEquals(Emotion.CONFUSED, fr.analyze("je ne comprends pas la facture").primary());
    assertEquals(Emotion.CONFUSED, fr.analyze("je comprends pas la facture").primary());
    assertEquals(Emotion.DISAPPOINTED, EN.analyze("I was hoping to get this sorted before my trip but I guess not.").primary());
  }

  @Test
  void aHackedAccountIsASecurityWorryNotAVulnerablePerson() {
    assertFalse(EN.analyze("My account was hacked and someone changed my password, please lock it").escalation().has(SignalKind.VULNERABILITY));
    assertFalse(Analyzer.forLocale(Locale.forLanguageTag("es")).analyze("Me han hackeado la cuenta, ayuda").escalation().has(SignalKind.VULNERABILITY));
    assertFalse(Analyzer.forLocale(Locale.FRENCH).analyze("Mon compte a été piraté, que faire ?").escalation().has(SignalKind.VULNERABILITY));
    assertFalse(Analyzer.forLocale(Locale.JAPANESE).analyze("アカウントが乗っ取られました。至急対応してください").escalation().has(SignalKind.VULNERABILITY));
    assertTrue(EN.analyze("My husband passed away last month and I can't get into his account").escalation().has(SignalKind.VULNERABILITY));
  }

  @Test
  void lengthOfCustomerhipIsNotAThreatToLeave() {
    assertFalse(EN.analyze("I've been a loyal customer for 10 years and this is the worst service I've had").escalation().has(SignalKind.CHURN_THREAT));
    assertFalse(EN.analyze("I've been with you since 2015 and my bill just doubled, this is ridiculous").escalation().has(SignalKind.CHURN_THREAT));
    assertTrue(EN.analyze("Loyal customer for 10 years and I'm switching to another provider next month").escalation().has(SignalKind.CHURN_THREAT));
  }

  @Test
  void aComplaintIsNotALegalThreat() {
    assertFalse(EN.analyze("Subject: Complaint\n\nMy order arrived damaged and nobody answers my emails.").escalation().has(SignalKind.LEGAL_THREAT));
    assertFalse(EN.analyze("I want to make a formal complaint about the engineer who came today").escalation().has(SignalKind.LEGAL_THREAT));
    assertTrue(EN.analyze("If this is not resolved I will take it to the ombudsman").escalation().has(SignalKind.LEGAL_THREAT));
    assertTrue(EN.analyze("I'm filing a complaint with the BBB and talking to my lawyer").escalation().has(SignalKind.LEGAL_THREAT));
  }

  @Test
  void todayInAComplaintIsNotADeadline() {
    assertFalse(EN.analyze("The dishwasher broke again today, third repair this year").escalation().has(SignalKind.URGENCY));
    assertFalse(EN.analyze("I called today and was told someone would email me").escalation().has(SignalKind.URGENCY));
    assertTrue(EN.analyze("I need the replacement today, my flight is at 6pm").escalation().has(SignalKind.URGENCY));
    assertTrue(EN.analyze("Please fix this asap, we can't take orders").escalation().has(SignalKind.URGENCY));
  }

  @Test
  void aCalmRequestToCancelIsLowEscalation() {
    Signals calm = EN.analyze("Hi, I'd like to cancel my subscription please. Thanks");
    assertFalse(calm.escalation().level().atLeast(EscalationLevel.MEDIUM), () -> calm.escalation().level().label());
    assertFalse(calm.suggestion().handoff());
    assertEquals(EscalationLevel.LOW, EN.analyze("I want to cancel my membership.").escalation().level());
    assertTrue(EN.analyze("I want to cancel my membership, this is the last straw").escalation().level().atLeast(EscalationLevel.MEDIUM));
    Signals later = EN.analyze("Hi, I would like to cancel my contract when it ends in May.");
    assertEquals(EscalationLevel.LOW, later.escalation().level(), () -> later.escalation().toString());
    assertTrue(EN.analyze("the sale ends in 2 hours and checkout is broken").escalation().has(SignalKind.URGENCY));
    Signals angry = EN.analyze("Cancel my subscription NOW. Worst service ever, I'm done with you people");
    assertTrue(angry.escalation().level().atLeast(EscalationLevel.MEDIUM));
    assertTrue(angry.escalation().has(SignalKind.CHURN_THREAT));
  }

  @Test
  void aLoudlyCryingFaceAloneIsNotGrief() {
    Signals product = EN.analyze("the update deleted all my saved playlists 😭😭");
    assertFalse(product.escalation().has(SignalKind.VULNERABILITY));
    assertFalse(product.primary() == Emotion.SAD && product.escalation().level().atLeast(EscalationLevel.MEDIUM));
    Signals loss = EN.analyze("my mum died last week 😭 how do I close her account");
    assertTrue(loss.escalation().has(SignalKind.VULNERABILITY));
  }

  @Test
  void anEventOnANamedDayIsADeadline() {
    assertTrue(EN.analyze("The present was supposed to arrive yesterday. His party is on Saturday.").escalation().has(SignalKind.URGENCY));
    assertFalse(EN.analyze("The present arrived on Saturday, just in time for his party. Thanks!").escalation().level().atLeast(EscalationLevel.MEDIUM));
    assertTrue(Analyzer.forLocale(Locale.FRENCH).analyze("j'ai besoin de ma carte avant demain matin").escalation().has(SignalKind.URGENCY));
  }

  @Test
  void thanksWithAnOpenQuestionStillFrustrate() {
    assertEquals(Emotion.FRUSTRATED, EN.analyze("Thank you, but I still need an answer to my question about the fees.").primary());
    assertFalse(EN.analyze("Thank you, that answers my question about the fees!").primary() == Emotion.FRUSTRATED);
  }

  @Test
  void notImpressedIsDisappointment() {
    assertEquals(Emotion.DISAPPOINTED, EN.analyze("not impressed tbh. took ages and the box was crushed").primary());
    assertFalse(EN.analyze("honestly impressed, it came a day early").primary() == Emotion.DISAPPOINTED);
  }

  @Test
  void aRequestForTodayIsADeadline() {
    assertTrue(EN.analyze("She was charged twice. Please refund her today.").escalation().has(SignalKind.URGENCY));
    assertTrue(EN.analyze("no confirmation email and the deadline is today")
        .escalation().level().atLeast(EscalationLevel.HIGH));
    assertFalse(EN.analyze("Please note I called today about the charge.").escalation().has(SignalKind.URGENCY));
  }

  @Test
  void aDeniedGoodWordIsAJudgement() {
    assertEquals(Emotion.DISAPPOINTED, EN.analyze("honestly the new checkout is not good").primary());
    assertEquals(Emotion.GRATEFUL, EN.analyze("the new checkout is good").primary());
  }

  @Test
  void swearingBeforeANounIsStillSwearing() {
    Signals s = EN.analyze("the same bloody error on the invoice page");
    assertTrue(s.primary() == Emotion.ANGRY || s.primary() == Emotion.FRUSTRATED, () -> s.primary().label());
  }

  @Test
  void conditionsAndAbuseNeedTheirStructureNotTheWordAlone() {
    assertFalse(EN.analyze("I really love animals, the pet insurance page is great").escalation().has(SignalKind.ABUSE));
    assertTrue(EN.analyze("you animals took my money twice").escalation().has(SignalKind.ABUSE));
    assertFalse(EN.analyze("finding the coupon was a stroke of luck").escalation().has(SignalKind.VULNERABILITY));
    assertTrue(EN.analyze("my dad had a stroke and can't log in to pay the bill").escalation().has(SignalKind.VULNERABILITY));
    assertFalse(EN.analyze("the mirror has a blind spot on the left").escalation().has(SignalKind.VULNERABILITY));
    assertTrue(EN.analyze("I'm registered blind and your form has no labels").escalation().has(SignalKind.VULNERABILITY));
  }

  @Test
  void struggleIsSaidOfTheThingNotOfEffort() {
    assertEquals(Emotion.NEUTRAL, EN.analyze("the team worked so hard on the launch").primary());
    assertEquals(Emotion.FRUSTRATED, EN.analyze("why is it so hard to change my address").primary());
    assertEquals(Emotion.GRATEFUL, EN.analyze("I love it when the update installs by itself").primary());
  }
}
