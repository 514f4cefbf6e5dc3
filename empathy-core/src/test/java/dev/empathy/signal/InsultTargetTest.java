package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.InvalidInputException;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 17, session 11 (listen-c): abuse is aimed at us. An insult whose clause names someone else
 * as its subject ("my boss is such a moron", "this guy's an idiot lol", "the ref is an idiot",
 * "mi jefe es un idiota") is anger told of, not abuse of the agent: no abuse signal, no boundary,
 * no high level. An insult of the one spoken to ("you are an idiot", "eres un idiota", a capital
 * "Sie"), of something of ours ("your staff are morons", "the agent was a complete idiot", "the
 * driver is an idiot") or with no subject at all ("idiots!!": aimed at the reader) stays abuse.
 */
class InsultTargetTest {
  private static Signals read(String tag, String text) {
    return Analyzer.forLocale(Locale.forLanguageTag(tag)).analyze(text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en|this guy's an idiot lol",
        "en|my boss is such a moron",
        "en|the ref is an idiot",
        "en|He is a liar",
        "en|he's lying",
        "en|Trump is a moron",
        "en|[NAME] is an idiot",
        "en|Ask Dave, he is an idiot",
        "en|My mum is a liar",
        "en|I'm such an idiot, I forgot my password",
        "en|The guy was one sick bastard that's for sure.",
        "es|mi jefe es un idiota",
        "es|el árbitro es un imbécil",
        "fr|mon patron est un crétin",
        "fr|il est vraiment un abruti",
        "de|mein Chef ist ein Idiot",
        "de|der Schiri ist ein Trottel",
        "de|er ist ein Arschloch",
        "pt-BR|meu chefe é um idiota",
        "pt-BR|ele é um imbecil",
      })
  void anInsultOfSomeoneElseIsAngerToldOfNotAbuse(String tag, String text) {
    Signals s = read(tag, text);
    assertFalse(s.escalation().has(SignalKind.ABUSE), () -> text + " -> " + s.escalation());
    assertFalse(s.suggestion().boundary(), () -> text + ": no boundary for an insult of someone else");
    assertFalse(s.escalation().level().atLeast(EscalationLevel.HIGH), () -> text + " -> " + s.escalation());
    assertEquals(Emotion.ANGRY, s.primary(), () -> text + " is still said in anger: " + s.emotions());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en|you are an idiot",
        "en|your staff are morons",
        "en|idiots!!",
        "en|You idiots, where is my refund?",
        "en|Seriously you are idiots",
        "en|you guys are clowns",
        "en|Your agent is an idiot and hung up on me",
        "en|the agent was a complete idiot",
        "en|The driver is an idiot",
        "en|What morons you are",
        "en|Morons. Fix my account.",
        "en|I'm dealing with idiots at your call centre",
        "en|the morons at your store lost my parcel",
        "en|@Acme is run by morons",
        "en|stop lying to me",
        "es|eres un idiota",
        "es|son unos idiotas",
        "es|idiotas!!",
        "es|el repartidor es un imbécil",
        "fr|vous êtes des idiots",
        "fr|idiots !",
        "fr|le livreur est un abruti",
        "de|Sie sind Idioten",
        "de|ihr seid Idioten",
        "de|du bist ein Idiot",
        "de|der Fahrer ist ein Idiot",
        "pt-BR|vocês são idiotas",
        "pt-BR|idiotas!!",
        "pt-BR|o entregador é um idiota",
      })
  void anInsultOfUsOrOfNoOneNamedStaysAbuse(String tag, String text) {
    Signals s = read(tag, text);
    assertTrue(s.escalation().has(SignalKind.ABUSE), () -> text + " -> " + s.escalation());
    assertTrue(s.suggestion().boundary(), () -> text + ": abuse of us calls for a boundary");
    assertTrue(s.escalation().level().atLeast(EscalationLevel.HIGH), () -> text + " -> " + s.escalation());
  }

  @Test
  void anInsultOfSomeoneElseLeavesTheComplaintBesideItToBeRead() {
    // The customer's own trouble still escalates; the insult of the neighbour adds no abuse.
    Signals s = read("en", "my neighbour is an idiot but that's not why I write: third time I'm asking, fix my internet");
    assertFalse(s.escalation().has(SignalKind.ABUSE), () -> s.escalation().toString());
    assertTrue(s.escalation().has(SignalKind.REPEAT_CONTACT), () -> s.escalation().toString());
  }

  @Provide
  Arbitrary<String> aimedAtUs() {
    return Arbitraries.of("You are an idiot.", "Idiots!!", "Your staff are morons.", "You guys are clowns.");
  }

  @Provide
  Arbitrary<String> aimedElsewhere() {
    return Arbitraries.of("my boss is such a moron", "this guy's an idiot lol", "the ref is an idiot", "He is a liar");
  }

  /** Whether {@code text} alone is read as abuse (a blank text is refused, so it is none). */
  private static boolean abuse(String text) {
    try {
      return read("en", text).escalation().has(SignalKind.ABUSE);
    } catch (InvalidInputException blank) {
      return false;
    }
  }

  /** Whatever comes before it, a line that insults us is abuse. */
  @Property(tries = 300)
  void anyTextBeforeAnInsultOfUsKeepsTheAbuse(@ForAll @StringLength(max = 300) String before, @ForAll("aimedAtUs") String insult) {
    String text = before + "\n" + insult;
    Signals s = read("en", text);
    assertTrue(s.escalation().has(SignalKind.ABUSE), () -> text + " -> " + s.escalation());
  }

  /**
   * An insult of someone else on a line of its own adds no abuse to whatever text it follows, as
   * long as the message is read as English: a message read in a language without situation data
   * (mostly Chinese, say) is not gated, and any insult there stays abuse.
   */
  @Property(tries = 300)
  void anInsultOfSomeoneElseAddsNoAbuseToAnyText(@ForAll @StringLength(max = 300) String before, @ForAll("aimedElsewhere") String insult) {
    boolean alone = abuse(before);
    String text = before + "\n" + insult;
    Signals s = read("en", text);
    Assume.that(s.language().getLanguage().equals("en"));
    assertEquals(alone, s.escalation().has(SignalKind.ABUSE), () -> text + " -> " + s.escalation());
  }

  /** 100 KB of insults of someone else, on one line with no sentence end: read, and no abuse. */
  @Test
  void aLongRunOfInsultsOfSomeoneElseIsReadWithoutAbuse() {
    String text = "my boss is such a moron and ".repeat(100 * 1024 / 28);
    Signals s = read("en", text);
    assertFalse(s.escalation().has(SignalKind.ABUSE), () -> s.escalation().toString());
  }
}
