package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 17, session 9: a strong feeling alone sets the level only when it is the customer's own
 * about their situation with us ({@link OwnSituation#feelingCounts}): who feels (the writer, not
 * "she" or "my wife"), whether it is felt or imagined ("I would be furious if…"), and what about
 * (not "mad at myself", "worried for her"). A message tied to us (a @handle, a failure, a "you")
 * counts any feeling that is not imagined.
 */
class OwnFeelingTest {
  private static final Map<String, Analyzer> BY_TAG = Map.of(
      "en", Analyzer.forLocale(Locale.US),
      "es", Analyzer.forLocale(Locale.forLanguageTag("es-ES")),
      "fr", Analyzer.forLocale(Locale.FRANCE),
      "de", Analyzer.forLocale(Locale.GERMANY),
      "pt", Analyzer.forLocale(Locale.forLanguageTag("pt-BR")));

  private static EscalationLevel level(String tag, String text) {
    return BY_TAG.get(tag).analyze(text).escalation().level();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | I'm furious.",
        "en | So angry.",
        "en | I am so disappointed",
        "en | I'm so angry with you",
        "en | I am so worried about my order",
        "en | worst airline ever",
        "en | Oh for fuck's sake.",
        "en | @delta my mom was so upset after the gate agent yelled at her",
        "en | she was really upset when the package never arrived",
        "es | Estoy furioso.",
        "fr | Je suis furieux.",
        "de | Ich bin so wütend!",
        "pt | Estou furioso!",
      })
  void theWritersOwnFeelingOrOneTiedToUsSetsTheLevel(String tag, String text) {
    assertTrue(level(tag, text).atLeast(EscalationLevel.MEDIUM), text + " -> " + BY_TAG.get(tag).analyze(text).escalation());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // someone else feels it
        "en | she was really upset",
        "en | Why is she scared?",
        "en | my wife is going to be furious",
        "es | Ella estaba muy enfadada.",
        "fr | Elle était vraiment furieuse.",
        "de | Sie war wirklich wütend.",
        "de | Mein Mann ist stinksauer.",
        "pt | Minha mãe ficou muito irritada.",
        // imagined
        "en | I would be so pissed if that happened to me",
        "en | I'd be extremely shocked if they win",
        "es | Estaría furioso si me pasara eso",
        "fr | Je serais furieux si ça m'arrivait",
        // about someone else, or the writer's own self
        "en | Really mad at myself for not double checking.",
        "en | I'm so worried for her",
        "en | I'm really concerned for those 3200'ish people who voted yes",
        // a thing judged, with nothing of ours
        "en | The Hornets are so terrible.",
        "en | Their new album is absolutely awful",
      })
  void aFeelingThatIsNotTheCustomersOwnSetsNoLevelAlone(String tag, String text) {
    assertFalse(level(tag, text).atLeast(EscalationLevel.MEDIUM), text + " -> " + BY_TAG.get(tag).analyze(text).escalation());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "No need for pity! It was a happy moment. Tears of joy not sadness",
        "I cried tears of joy when the package finally arrived",
        "happy tears all day, thank you",
      })
  void tearsOfJoyAreNoGrief(String text) {
    Signals s = BY_TAG.get("en").analyze(text);
    assertNotEquals(Emotion.SAD, s.primary(), text + " -> " + s);
    assertFalse(s.escalation().level().atLeast(EscalationLevel.MEDIUM), text + " -> " + s.escalation());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "nervous about my first flight tomorrow | false",
        "So excited for my flight tomorrow!! | false",
        "my flight tomorrow got cancelled and nobody answers | true",
        "flight tomorrow and my booking vanished, please help | true",
      })
  void aDeadlineIsNoUrgencyWhenAFeelingHasItForItsObject(String text, boolean urgent) {
    Signals s = BY_TAG.get("en").analyze(text);
    boolean found = s.escalation().has(SignalKind.URGENCY);
    assertEquals(urgent, found, text + " -> " + s.escalation());
    if (!urgent) {
      assertFalse(s.escalation().level().atLeast(EscalationLevel.HIGH), text + " -> " + s.escalation());
    }
  }

  /** A web form's line break after "!!!" is one sentence end with it, as a typed line break is (a jqwik seed of MessageBodyProperties). */
  @org.junit.jupiter.api.Test
  void aRunOfEndsAndABreakIsOneSentenceEnd() {
    for (String text : new String[] {"cancel my account!!!\nby tomorrow", "cancel my account!!!<br>by tomorrow", "cancel my account!!! \n by tomorrow"}) {
      assertTrue(BY_TAG.get("en").analyze(text).escalation().has(SignalKind.URGENCY), text);
    }
  }

  /** Someone else's strong feeling, told in any words around it, never escalates alone; addressed to a brand, it does. */
  @Property(tries = 300)
  void anothersFeelingAloneNeverEscalatesButATweetToUsDoes(@ForAll("anothersFeeling") String told) {
    EscalationLevel alone = level("en", told);
    assertFalse(alone.atLeast(EscalationLevel.MEDIUM), told + " -> " + alone);
    String tweet = "@AcmeAir " + told;
    assertTrue(level("en", tweet).atLeast(EscalationLevel.MEDIUM), tweet);
  }

  /** The reader of whose a feeling is never fails, whatever the text and the span, in every language with data. */
  @Property(tries = 400)
  void whoseFeelingIsReadForAnyTextAndSpan(
      @ForAll @StringLength(max = 300) String text,
      @ForAll @IntRange(min = 0, max = 320) int a,
      @ForAll @IntRange(min = 0, max = 40) int length,
      @ForAll boolean tied) {
    int start = Math.min(a, text.length());
    int end = Math.min(text.length(), start + length);
    Evidence e = new Evidence(start, end, text.substring(start, end));
    for (String tag : new String[] {"en", "es", "fr", "de", "pt_BR"}) {
      OwnSituation situation = OwnSituation.of(tag);
      situation.feeler(e, text);
      situation.feelingCounts(java.util.List.of(e, e), text, tied);
    }
  }

  @Provide
  Arbitrary<String> anothersFeeling() {
    Arbitrary<String> who = Arbitraries.of("she was", "he is", "my wife was", "her dad is", "they were", "my brother got", "the coach was");
    Arbitrary<String> degree = Arbitraries.of("", "absolutely ", "extremely ");
    Arbitrary<String> feeling = Arbitraries.of("furious", "so upset", "devastated", "livid", "heartbroken", "so angry", "pissed");
    Arbitrary<String> when = Arbitraries.of("", " yesterday", " after the game", " when she heard the news", " at the wedding", " about the election");
    return Combinators.combine(who, degree, feeling, when).as((w, d, f, t) -> w + " " + d + f + t);
  }
}
