package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 17, session 11 (listen-a): complaints told by the shape of a question or an absence, thanks
 * for an owed thing denied, judgements denied past a copula, and swearing read by its strength.
 *
 * <ul>
 *   <li>The whereabouts or fate of the writer's own thing asked after is a complaint ("where is my
 *       bag", "what happened to my refund"); a question of when only beside a wait ("when will I
 *       get my refund? it's been a month"). Someone else's thing, or a question with no wait, is
 *       asked, not complained of.
 *   <li>Nobody or nothing at a place, said as a clause of its own, is a complaint beside a failure
 *       or at a brand's @handle ("delayed 3 hrs and no one at the gate"), never alone.
 *   <li>Thanks for an owed thing denied is sarcasm ("thanks for the zero updates"); thanks for
 *       something spared is thanks ("thanks for no spoilers").
 *   <li>A denied copula keeps a judgement denied ("didn't seem too bad", "won't be as bad as you
 *       think"); "No, that's stupid" is still a judgement.
 *   <li>A day counted before a mark of waiting is a wait ("day 3 without my luggage").
 *   <li>Swearing with no feeling named is anger when strong ("fuck this") and frustration when
 *       mild ("damn, missed it again"); beside a laugh alone it is emphasis ("Hahaha damn.").
 * </ul>
 */
class AskedAfterAndSwornTest {
  private static final Analyzer EN = Analyzer.forLocale(Locale.US);
  private static final Set<Emotion> NEGATIVE =
      EnumSet.of(Emotion.FRUSTRATED, Emotion.ANGRY, Emotion.DISAPPOINTED, Emotion.ANXIOUS, Emotion.SAD, Emotion.PRESSED_FOR_TIME);

  private static boolean negative(Signals s) {
    return NEGATIVE.contains(s.primary());
  }

  private static boolean quoted(Signals s, String words) {
    return s.emotions().stream().flatMap(f -> f.evidence().stream()).anyMatch(e -> e.text().equalsIgnoreCase(words));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en|@united so where is my bag|where is my",
        "en|@delta where are my miles|where are my",
        "en|what happened to my order|what happened to my",
        "en|where is my tv? ordered it 2 weeks ago|where is my",
        "en|when will I get my refund? it's been a month|when will I get my",
        "es|¿dónde está mi maleta?|dónde está mi",
        "es|¿qué pasó con mi reembolso?|qué pasó con mi",
        "fr|où est ma valise ?|où est ma",
        "fr|où en est ma commande ? ça fait 3 semaines|où en est ma",
        "de|wo ist mein Koffer?|wo ist mein",
        "de|wo bleibt meine Bestellung? seit 3 Wochen|wo bleibt meine",
        "pt-BR|cadê minha mala?|cadê minha",
        "pt-BR|o que aconteceu com meu reembolso?|o que aconteceu com meu",
      })
  void theWritersThingAskedAfterIsAComplaint(String tag, String text, String evidence) {
    Signals s = Analyzer.forLocale(Locale.forLanguageTag(tag)).analyze(text);
    assertEquals(Emotion.FRUSTRATED, s.primary(), text + " -> " + s.emotions());
    assertTrue(quoted(s, evidence), () -> text + " should quote '" + evidence + "': " + s.emotions());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "when will I get my refund?",
        "when is my bag going to arrive",
        "where is his car parked?",
        "Do you know where my order ships from?",
        "where is the nearest store to my house?",
      })
  void aQuestionWithNoWaitOrAboutAnothersThingIsAsked(String text) {
    Signals s = EN.analyze(text);
    assertFalse(negative(s), () -> text + " -> " + s.emotions());
  }

  @Test
  void nobodyAtAPlaceIsAComplaintBesideAFailure() {
    Signals s = EN.analyze("flight delayed 3 hrs and no one at the gate");
    assertTrue(negative(s), s::toString);
    assertTrue(quoted(s, "no one at the gate"), () -> s.emotions().toString());
    Signals at = EN.analyze("@amazon nothing at my door");
    assertTrue(negative(at), at::toString);
    Signals es = Analyzer.forLocale(Locale.forLanguageTag("es")).analyze("vuelo retrasado 3 horas y nadie en la puerta");
    assertTrue(quoted(es, "nadie en la puerta"), () -> es.emotions().toString());
    Signals de = Analyzer.forLocale(Locale.GERMAN).analyze("Flug 3 Stunden verspätet und niemand am Schalter");
    assertTrue(quoted(de, "niemand am Schalter"), () -> de.emotions().toString());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"@AmericanAir day 3 without my luggage|day 3 without", "3rd day without wifi|3rd day without"})
  void aDayCountedIsAWait(String text, String evidence) {
    Signals s = EN.analyze(text);
    assertEquals(Emotion.FRUSTRATED, s.primary(), text + " -> " + s.emotions());
    assertTrue(quoted(s, evidence), () -> text + " should quote '" + evidence + "': " + s.emotions());
  }

  @ParameterizedTest
  @ValueSource(strings = {"day 3 of my trip was amazing", "On day 3 we went to the beach"})
  void aDayCountedWithNoWaitIsADate(String text) {
    assertFalse(negative(EN.analyze(text)), text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "no one at the gate",
        "No one at the party, but we can help you next time.",
        "Nothing in the rules says you can't bring a dog.",
      })
  void nobodyAtAPlaceAloneTellsNoFailure(String text) {
    Signals s = EN.analyze(text);
    assertFalse(negative(s), () -> text + " -> " + s.emotions());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"en|thanks for the zero updates", "en|thank you for no response", "es|gracias por ninguna respuesta", "fr|merci pour aucune réponse"})
  void thanksForAnOwedThingDeniedIsSarcasm(String tag, String text) {
    Signals s = Analyzer.forLocale(Locale.forLanguageTag(tag)).analyze(text);
    assertTrue(negative(s), () -> text + " -> " + s.emotions());
    assertTrue(s.emotion(Emotion.GRATEFUL).isEmpty(), () -> text + " -> " + s.emotions());
  }

  @ParameterizedTest
  @ValueSource(strings = {"thanks for no spoilers!", "Thanks for zero fuss with the return, so easy", "thanks for the update"})
  void thanksForSomethingSparedIsThanks(String text) {
    assertEquals(Emotion.GRATEFUL, EN.analyze(text).primary(), text);
  }

  @Test
  void thanksTakenBackAtTheEndIsNoThanks() {
    Signals s = EN.analyze("thanks for the help... not");
    assertTrue(negative(s), s::toString);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "the area didn't seem too bad, we might move there",
        "it won't be as bad as you think",
        "that doesn't sound so bad actually",
        "the queue didn't look that bad this morning",
      })
  void aJudgementDeniedPastACopulaIsNone(String text) {
    Signals s = EN.analyze(text);
    assertFalse(negative(s), () -> text + " -> " + s.emotions());
    assertEquals(EscalationLevel.NONE, s.escalation().level(), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"No that's stupid", "the app doesn't seem to work", "the seat didn't seem clean at all and smelled"})
  void aJudgementOrFailureNotDeniedStays(String text) {
    Signals s = EN.analyze(text);
    assertTrue(negative(s), () -> text + " -> " + s.emotions());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "fuck this|angry",
        "what the fuck|angry",
        "damn, missed the bus again|frustrated",
        "oh shit, the app logged me out|frustrated",
        "that was awful|angry",
        "I feel bad for him, he tried so hard|sad",
        "I felt so bad for the kid|sad",
      })
  void swearingAndStrongWordsByStrength(String text, String label) {
    assertEquals(label, EN.analyze(text).primary().label(), text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"es|joder|angry", "fr|merde|frustrated", "de|fick dich|angry", "de|Mist|frustrated", "pt-BR|droga|frustrated"})
  void swearingByStrengthInOtherLanguages(String tag, String text, String label) {
    assertEquals(label, Analyzer.forLocale(Locale.forLanguageTag(tag)).analyze(text).primary().label(), tag + ": " + text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Hahaha damn.", "lol holy shit", "Damn straight!", "that guy is one hell of a player", "an awful lot of people came"})
  void swearingThatAgreesOrLaughsIsNoComplaint(String text) {
    Signals s = EN.analyze(text);
    assertFalse(negative(s), () -> text + " -> " + s.emotions());
  }

  /** Whatever follows a question after the writer's thing, in any language with the data, the reading holds. */
  @Property(tries = 300)
  void anyTextAfterAQuestionKeepsEveryEvidenceInside(@ForAll("openings") String opening, @ForAll @StringLength(max = 300) String rest) {
    String text = opening + rest;
    for (String tag : new String[] {"en", "es", "fr", "de", "pt-BR"}) {
      Signals s = Analyzer.forLocale(Locale.forLanguageTag(tag)).analyze(text);
      s.emotions().forEach(f -> f.evidence().forEach(e -> {
        if (e.start() < 0 || e.end() > text.length() || e.start() >= e.end() || !text.substring(e.start(), e.end()).equals(e.text())) {
          throw new AssertionError("evidence " + e + " outside or unlike the text (" + tag + "): " + text);
        }
      }));
    }
  }

  /** A mild swear word beside a laugh, and nothing else, never reads as a complaint. */
  @Property(tries = 200)
  void aMildSwearBesideALaughIsNoComplaint(@ForAll("mild") String swear, @ForAll("laughs") String laugh, @ForAll boolean swearFirst) {
    String text = swearFirst ? swear + " " + laugh : laugh + " " + swear;
    Signals s = EN.analyze(text);
    assertNotEquals(Emotion.ANGRY, s.primary(), text);
    assertFalse(negative(s), () -> text + " -> " + s.emotions());
  }

  @Provide
  Arbitrary<String> openings() {
    return Arbitraries.of(
        "where is my ", "what happened to my ", "when will I get my ", "no one at the ", "thanks for the zero ", "¿dónde está mi ",
        "où est ma ", "wo ist mein ", "cadê minha ", "nadie en la ", "personne au ", "niemand am ", "ninguém no ");
  }

  @Provide
  Arbitrary<String> mild() {
    return Arbitraries.of("damn", "Damn!", "oh shit", "holy shit", "hell", "dammit");
  }

  @Provide
  Arbitrary<String> laughs() {
    return Arbitraries.of("lol", "LOL", "hahaha", "haha!", "lmao", "😂", "hahahaha");
  }
}
