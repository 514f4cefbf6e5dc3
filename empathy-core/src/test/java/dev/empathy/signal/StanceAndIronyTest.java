package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.signal.ClauseReader.Type;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Evaluations read in a frame of the speaker's stance (issue 17, session 7): praise that used to
 * read as neutral ("this is so good", "you guys are legends"), judgements said plainly ("that was
 * reckless"), and irony read from structure: frames of praise turned by a complaint in their
 * sentence, praise set apart beside a complaint, scare quotes. Messages are written as customers
 * post them: handles, URLs, emoji, typos, no full stops.
 */
class StanceAndIronyTest {
  private static final Analyzer EN = Analyzer.forLocale(Locale.US);
  private static final Set<Emotion> NEGATIVE =
      Set.of(Emotion.ANGRY, Emotion.FRUSTRATED, Emotion.DISAPPOINTED, Emotion.SAD, Emotion.ANXIOUS);

  private static Set<Type> types(String text) {
    return ClauseReaderTest.types(text);
  }

  // ----- praise with the speaker's stance -----

  @ParameterizedTest
  @ValueSource(
      strings = {
        "@JetBlue the crew on flight 1123 was so lovely to us",
        "this new checkout is sooo smooth 👏",
        "@AcmeShop you guys are legends, order came a day early",
        "what a gem of a support team",
        "Gorgeous!! just unboxed it",
        "the driver was super friendly and careful with the boxes",
        "best customer service I've ever had tbh",
        "honestly the best flight ever @SouthwestAir",
        "ur app looks stunning after the update",
      })
  void praiseInAFrameOfStanceIsPositive(String text) {
    Signals s = EN.analyze(text);
    assertEquals(Emotion.GRATEFUL, s.primary(), () -> text + " -> " + s);
    assertTrue(s.escalation().level().compareTo(EscalationLevel.MEDIUM) < 0, () -> text + " -> " + s);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "is the blue one good?", // asked, not praised
        "I'm pretty sure my order number is 4471", // a degree, not praise
        "it's kind of slow to load", // "kind of" is a downtoner
        "Good morning, my tracking number is 12345", // a greeting
        "this isn't very helpful", // denied
        "best way to reach someone about a refund?", // a superlative asked about
      })
  void anEvaluativeWordOutsideAFrameIsNoPraise(String text) {
    Signals s = EN.analyze(text);
    assertNotEquals(Emotion.GRATEFUL, s.primary(), () -> text + " -> " + s);
  }

  @Test
  void aDeniedEvaluationIsNotReadAsPraise() {
    assertFalse(types("the agent was not very helpful").contains(Type.PRAISE));
    assertTrue(types("the agent was very helpful").contains(Type.PRAISE));
  }

  // ----- judgements said plainly -----

  @ParameterizedTest
  @ValueSource(
      strings = {
        "@AcmeAir your gate agent was incredibly rude to my mum",
        "that was reckless, the courier threw my parcel over the fence",
        "Unacceptable. 2nd week in a row",
        "the new update is so confusing smh",
        "what a mess https://t.co/x1y2z3",
        "your checkout is a nightmare on mobile",
      })
  void aJudgementInAFrameIsNegative(String text) {
    Signals s = EN.analyze(text);
    assertTrue(NEGATIVE.contains(s.primary()), () -> text + " -> " + s);
  }

  @Test
  void disgustIsAnger() {
    Signals s = EN.analyze("the room was filthy. absolutely vile");
    assertEquals(Emotion.ANGRY, s.primary(), s::toString);
    assertTrue(s.emotions().stream().flatMap(f -> f.evidence().stream()).anyMatch(e -> e.text().equals("vile")), s::toString);
  }

  @Test
  void aJudgementBeforeItsNounIsNoStance() {
    // "a rude awakening", "the ugly sweater contest": the word describes, nobody is judged.
    assertFalse(types("got a rude awakening when the bill came").contains(Type.JUDGEMENT));
    assertFalse(types("signing up for the ugly sweater contest").contains(Type.JUDGEMENT));
  }

  // ----- irony -----

  @ParameterizedTest
  @ValueSource(
      strings = {
        "love how you charged me twice for one order",
        "I love when my parcel shows delivered and it never arrived",
        "that's great, another delay",
        "good one @AcmeAir, lost my bag again",
      })
  void aFrameOfPraiseWithAComplaintInItsSentenceIsIrony(String text) {
    // Irony about a failure is frustration (anger needs blame, insult or shouting); the praise
    // frame itself is read as part of it, not as thanks.
    Signals s = EN.analyze(text);
    assertEquals(Emotion.FRUSTRATED, s.primary(), () -> text + " -> " + s);
    assertTrue(praiseIsEvidenceOf(s, Emotion.FRUSTRATED, praiseIn(text)), () -> text + " -> " + s);
    assertFalse(s.emotion(Emotion.GRATEFUL).isPresent(), () -> text + " -> " + s);
  }

  /** Whether a piece of evidence of {@code feeling} holds the word {@code praise} (case ignored). */
  static boolean praiseIsEvidenceOf(Signals s, Emotion feeling, String praise) {
    return s.emotion(feeling).stream()
        .flatMap(f -> f.evidence().stream())
        .anyMatch(e -> e.text().toLowerCase(Locale.ROOT).contains(praise));
  }

  /** The first word of praise in a test sentence. */
  static String praiseIn(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return java.util.stream.Stream.of("love", "great", "good", "brilliant")
        .filter(lower::contains)
        .min(java.util.Comparator.comparingInt(lower::indexOf))
        .orElseThrow();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"love how easy the new app is", "I love when the barista remembers my order", "that's great, thank you!", "good one lol"})
  void aFrameOfPraiseAloneIsPraise(String text) {
    Signals s = EN.analyze(text);
    assertEquals(Emotion.GRATEFUL, s.primary(), () -> text + " -> " + s);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "@Delta 3 hours on the tarmac and no updates. awesome",
        "my bag is still missing after 5 days. great job guys",
        "Perfect. Flight cancelled again",
        "Fantastic!! my order was cancelled without a word",
      })
  void praiseSetApartBesideAComplaintIsIrony(String text) {
    Signals s = EN.analyze(text);
    assertTrue(NEGATIVE.contains(s.primary()), () -> text + " -> " + s);
    assertFalse(s.emotions().stream().anyMatch(f -> f.label() == Emotion.GRATEFUL), () -> text + " -> " + s);
  }

  @Test
  void praiseInASentenceOfItsOwnBeforeAComplaintIsNotIronyWhenItSaysMore() {
    // Praise first, then the one thing that went wrong: mixed, never contempt.
    Signals s = EN.analyze("Great service on the phone. One thing though: the box arrived damaged");
    assertFalse(praiseIsEvidenceOf(s, Emotion.FRUSTRATED, "great") || praiseIsEvidenceOf(s, Emotion.ANGRY, "great"), s::toString);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "@united thanks for the \"help\"",
        "so the \"express\" shipping took 9 days",
        "your “customer service” hung up on me",
        "the \"fixed\" app still crashes",
      })
  void aScareQuoteAroundPraiseOrAPromiseIsIrony(String text) {
    Signals s = EN.analyze(text);
    assertEquals(Emotion.FRUSTRATED, s.primary(), () -> text + " -> " + s);
    assertTrue(
        s.emotions().stream().flatMap(f -> f.evidence().stream()).anyMatch(e -> e.text().startsWith("\"") || e.text().startsWith("“")),
        () -> text + " -> " + s);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "She said \"I love the new colour\" when she opened it",
        "\"Great service!\"",
        "the item is listed as \"blue steel\" on your site",
      })
  void aQuoteThatReportsOrNamesIsNoScareQuote(String text) {
    assertNotEquals(Emotion.ANGRY, EN.analyze(text).primary(), text);
  }

  @Test
  void scareQuotesAreShortAndInsideASentence() {
    String t = "thanks for the \"help\" and the “fast” reply. \"Whole sentence quoted.\"";
    List<int[]> q = Irony.scareQuotes(t);
    assertEquals(2, q.size());
    assertEquals("help", t.substring(q.get(0)[0], q.get(0)[1]));
    assertEquals("fast", t.substring(q.get(1)[0], q.get(1)[1]));
    assertTrue(Irony.scareQuotes("an \"unclosed quote that never ends").isEmpty());
    assertTrue(Irony.scareQuotes("\"\" empty").isEmpty());
  }

  @Test
  void wordsInSentenceCountsOnlyThatSentence() {
    String t = "no updates for 3 hours. awesome";
    assertEquals(1, Irony.wordsInSentence(t, t.indexOf("awesome"), t.length()));
    assertEquals(5, Irony.wordsInSentence(t, 0, 2));
    assertEquals(2, Irony.wordsInSentence("don't care", 0, 1));
  }

  // ----- implicit complaints: a promise against the present, questions that complain -----

  @ParameterizedTest
  @ValueSource(
      strings = {
        "@AcmeShop you said 5-7 days. It's day 12",
        "@amazon ordered on monday, promised by wednesday, it's friday",
        "my parcel was supposed to arrive yesterday",
        "it was meant to be delivered on the 3rd",
        "the order should have been here last week",
        "estimated delivery was the 14th, today is the 20th",
        "u said 48hrs... its literally day 6 now",
      })
  void aPromiseHeldAgainstThePresentIsAComplaint(String text) {
    assertTrue(types(text).contains(Type.BROKEN_PROMISE), () -> text + ": " + ClauseReaderTest.read(text, false));
    Signals s = EN.analyze(text);
    assertEquals(Emotion.FRUSTRATED, s.primary(), () -> text + " -> " + s);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "my parcel is supposed to arrive tomorrow, can I change the address?",
        "you said you'd call back and you did, thanks!",
        "it was supposed to arrive next week but it came today 🎉",
        "the estimated delivery is the 14th",
      })
  void aPromiseStillAheadOrKeptIsNoComplaint(String text) {
    assertFalse(types(text).contains(Type.BROKEN_PROMISE), () -> text + ": " + ClauseReaderTest.read(text, false));
  }

  @Test
  void aDeadlineInsideABrokenPromiseIsNoHaste() {
    Signals s = EN.analyze("promised by wednesday, it's friday");
    assertFalse(s.escalation().has(SignalKind.URGENCY), s::toString);
    assertNotEquals(Emotion.PRESSED_FOR_TIME, s.primary(), s::toString);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "How come my card was charged but the order was cancelled?",
        "how come nobody told me my flight was moved",
        "why does it take 3 weeks to process a refund",
        "why do I have to call 4 times to get a simple answer",
      })
  void aQuestionOfBlameIsAComplaintNotConfusion(String text) {
    Signals s = EN.analyze(text);
    assertEquals(Emotion.FRUSTRATED, s.primary(), () -> text + " -> " + s);
  }

  @Test
  void aPlainQuestionStaysConfused() {
    // Nothing failed: "how come" asks for a reason, and confusion is the reading.
    Signals s = EN.analyze("how come the app shows two prices for the same plan?");
    assertEquals(Emotion.CONFUSED, s.primary(), s::toString);
  }

  // ----- feelings a thing causes, in every form of the verb; judgement verbs; superlatives -----

  @ParameterizedTest
  @ValueSource(
      strings = {
        "that really annoys me",
        "the new ads annoyed me so much",
        "it's been bugging me all week",
        "your app keeps annoying us",
        "the way they spoke to my dad pissed me off",
        "these delays are driving me crazy @SEPTA",
        "you guys failed me again",
        "I find it so rude that nobody replies",
        "honestly found them rude",
        "WORST. CUSTOMER. SERVICE. EVER.",
        "worst delivery experience I've ever had",
        "I really don't like the new layout",
      })
  void aFeelingCausedOrAJudgementMadeIsNegative(String text) {
    Signals s = EN.analyze(text);
    assertTrue(NEGATIVE.contains(s.primary()), () -> text + " -> " + s);
  }

  @ParameterizedTest
  @ValueSource(strings = {"it doesn't bother me at all", "didn't annoy me one bit, all good"})
  void aDeniedFeelingIsNoComplaint(String text) {
    Signals s = EN.analyze(text);
    assertFalse(s.primary() == Emotion.ANGRY || s.primary() == Emotion.FRUSTRATED, () -> text + " -> " + s);
  }

  @Test
  void aSuperlativeOfBlameIsAngerButAloneNeverAnAlarm() {
    Signals s = EN.analyze("this thread is one of the dumbest things I've ever read");
    assertEquals(Emotion.ANGRY, s.primary(), s::toString);
    assertTrue(s.escalation().level().compareTo(EscalationLevel.MEDIUM) < 0, s::toString);
  }

  @Test
  void aSignOffIsNoPraise() {
    Signals s = EN.analyze("Hi, is the blue one back in stock yet?\n\nBest, Tom");
    assertEquals(Emotion.NEUTRAL, s.primary(), s::toString);
  }
}
