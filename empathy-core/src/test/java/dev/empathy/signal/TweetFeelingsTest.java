package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The right feeling in tweets to brands (issue 17, session 14): a word of praise opening its
 * sentence as an interjection before a complaint, thanks beside a threat made, a doubt denied
 * before praise, tears beside thanks, a scam asserted, threats made with "or I'm" and publishing
 * the complaint itself. Written as customers post: handles, emoji, no capitals, typos.
 */
class TweetFeelingsTest {
  private static final Analyzer EN = Analyzer.forLocale(Locale.US);
  private static final Set<Emotion> NEGATIVE =
      Set.of(Emotion.ANGRY, Emotion.FRUSTRATED, Emotion.DISAPPOINTED, Emotion.SAD, Emotion.ANXIOUS);

  private static boolean feels(Signals s, Emotion e) {
    return s.emotions().stream().anyMatch(f -> f.label() == e);
  }

  private static boolean signals(Signals s, SignalKind k) {
    return s.escalation().signals().stream().anyMatch(x -> x.kind() == k);
  }

  // ----- an interjection of praise reacts to what follows -----

  @ParameterizedTest
  @ValueSource(
      strings = {
        "fantastic, another \"we're experiencing high call volumes\" message",
        "brilliant, app update deleted all my saved cards",
        "@ZoomCart awesome. another order cancelled",
        "oh wonderful 🙃 stuck on hold again",
        "Perfect - the replacement is broken too",
      })
  void anInterjectionOfPraiseBeforeAComplaintIsIrony(String text) {
    Signals s = EN.analyze(text);
    assertTrue(NEGATIVE.contains(s.primary()), () -> text + " -> " + s);
    assertFalse(feels(s, Emotion.GRATEFUL), () -> text + " -> " + s);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "awesome, finally got my refund",
        "perfect, that fixed it",
        "great, my bag arrived today",
        "brilliant, thanks so much!",
        "amazing!! the crew even brought my kid a colouring book",
      })
  void anInterjectionOfPraiseBeforeGoodNewsStaysPraise(String text) {
    Signals s = EN.analyze(text);
    assertEquals(Emotion.GRATEFUL, s.primary(), () -> text + " -> " + s);
  }

  @Test
  void praiseThatDoesNotOpenItsSentenceIsNoInterjection() {
    // "so glad" is a whole clause of praise, not a word thrown in before the news.
    assertEquals(-1, Irony.interjectionEnd("so glad i paid extra, what a day", 3, 7));
    assertEquals(-1, Irony.interjectionEnd("great service, thanks", 0, 5));
    assertEquals(7, Irony.interjectionEnd("great, another delay", 0, 5));
    assertEquals(20, Irony.interjectionEnd("@NorthwindAir cool. on hold", 14, 18));
  }

  // ----- thanks beside a threat made -----

  @Test
  void thanksBesideAThreatMadeIsAPartingWord() {
    Signals s = EN.analyze("lost my bag but thanks so much guys, switching to Delta after this");
    assertTrue(signals(s, SignalKind.CHURN_THREAT), s::toString);
    assertTrue(NEGATIVE.contains(s.primary()), s::toString);
  }

  @Test
  void thanksBesideAThreatDeniedStaysThanks() {
    Signals s = EN.analyze("thanks so much for sorting it, not switching anywhere 😊");
    assertEquals(Emotion.GRATEFUL, s.primary(), s::toString);
  }

  // ----- a doubt denied is certainty -----

  @ParameterizedTest
  @ValueSource(
      strings = {"without a doubt the best crew i've flown with", "no doubt the best support team out there", "best airline hands down"})
  void praiseWithADoubtDeniedIsPraise(String text) {
    Signals s = EN.analyze(text);
    assertEquals(Emotion.GRATEFUL, s.primary(), () -> text + " -> " + s);
  }

  @Test
  void aDoubtDeniedInOtherLanguagesIsNoNegation() {
    Signals de = Analyzer.forLocale(Locale.GERMAN).analyze("ohne Zweifel ein super Service");
    assertEquals(Emotion.GRATEFUL, de.primary(), de::toString);
    assertFalse(feels(de, Emotion.DISAPPOINTED), de::toString);
    Signals es = Analyzer.forLocale(Locale.forLanguageTag("es")).analyze("sin duda un servicio excelente");
    assertEquals(Emotion.GRATEFUL, es.primary(), es::toString);
  }

  @Test
  void withoutBeforeAnythingElseStillDenies() {
    Signals s = EN.analyze("flight cancelled without any notice");
    assertTrue(NEGATIVE.contains(s.primary()), s::toString);
  }

  // ----- tears beside thanks -----

  @ParameterizedTest
  @ValueSource(strings = {"thank u sm for the upgrade omg 😭😭", "omg you found my ring 😭 thank you thank you"})
  void aCryingFaceBesideThanksIsGratitude(String text) {
    Signals s = EN.analyze(text);
    assertEquals(Emotion.GRATEFUL, s.primary(), () -> text + " -> " + s);
    assertFalse(feels(s, Emotion.SAD), () -> text + " -> " + s);
  }

  @Test
  void aCryingFaceAloneIsStillSad() {
    Signals s = EN.analyze("flight cancelled and i'll miss my sister's wedding 😭");
    assertNotEquals(Emotion.GRATEFUL, s.primary(), s::toString);
    assertTrue(NEGATIVE.contains(s.primary()), s::toString);
  }

  // ----- accusations, curses and threats made -----

  @Test
  void aScamAssertedIsAngerAScamAskedAboutIsWorry() {
    assertEquals(Emotion.ANGRY, EN.analyze("this is a scam and you know it").primary());
    assertEquals(Emotion.ANXIOUS, EN.analyze("got a text saying my parcel is held, is this a scam?").primary());
  }

  @ParameterizedTest
  @ValueSource(strings = {"screw this company honestly", "screw you @QuickShip, 3 weeks and no refund"})
  void aCurseAtTheCompanyIsAnger(String text) {
    assertEquals(Emotion.ANGRY, EN.analyze(text).primary(), text);
  }

  @Test
  void aScrewInTheBoxIsNoCurse() {
    Signals s = EN.analyze("the screw that holds the leg is missing from the box");
    assertNotEquals(Emotion.ANGRY, s.primary(), s::toString);
  }

  @Test
  void orImCallingMyLawyerIsALegalThreat() {
    Signals s = EN.analyze("I want my money back or I'm calling my lawyer");
    assertTrue(signals(s, SignalKind.LEGAL_THREAT), s::toString);
    Signals told = EN.analyze("my lawyer needs a copy of the invoice, can you email it?");
    assertFalse(signals(told, SignalKind.LEGAL_THREAT), told::toString);
  }

  @Test
  void tweetingAboutTheComplaintIsPublicExposureAndSeeingATweetIsNot() {
    Signals s = EN.analyze("thanks for NOTHING. I'm going to tweet about this everywhere");
    assertTrue(signals(s, SignalKind.PUBLIC_EXPOSURE), s::toString);
    Signals seen = EN.analyze("saw you tweet about it, does the sale include gift cards?");
    assertFalse(signals(seen, SignalKind.PUBLIC_EXPOSURE), seen::toString);
  }

  @Test
  void aShortSpanishTweetUnderAnEnglishLocaleIsReadInSpanish() {
    Signals s = EN.analyze("que porquería de servicio, nunca más");
    assertEquals(Emotion.ANGRY, s.primary(), s::toString);
    assertTrue(signals(s, SignalKind.CHURN_THREAT), s::toString);
  }
}
