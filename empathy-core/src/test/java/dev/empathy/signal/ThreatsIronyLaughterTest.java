package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.compose.Reply;
import dev.empathy.phrase.Moment;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 17, items 2 and 4 and positive feelings: threats only when the customer makes them, irony
 * read as the negative feeling it is, laughter and excitement read as light and positive.
 */
class ThreatsIronyLaughterTest {
  private static final Analyzer EN = Analyzer.forLocale(Locale.US);
  private static final Set<SignalKind> THREATS =
      Set.of(SignalKind.CHURN_THREAT, SignalKind.LEGAL_THREAT, SignalKind.PUBLIC_EXPOSURE);

  private static Set<SignalKind> kinds(Signals s) {
    return s.escalation().signals().stream().map(EscalationSignal::kind).collect(Collectors.toSet());
  }

  private static List<String> evidence(Signals s) {
    return s.emotions().stream().flatMap(f -> f.evidence().stream()).map(Evidence::text).toList();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Thanks for posting this.",
        "So true, thank you for posting this.",
        "I'm positive he's going to leave her",
        "How early is everyone leaving tomorrow?",
        "Every instagram page posts this lol",
        "We'll go with Plan B then",
        "Option B looks fine, thanks",
        "I saw it on Twitter",
        "If he hands it over, do you think the public will be more accepting?",
        // given up: put in the past and turned from (session 22)
        "@GigaNet not gonna lie i was ready to complain but the new router is fast af",
        "i was about to cancel but the agent sorted it, thanks",
      })
  void aThreatToldOfIsNoThreat(String text) {
    Signals s = EN.analyze(text);
    assertTrue(kinds(s).stream().noneMatch(THREATS::contains), text + " -> " + s.escalation());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "I'll post this on Twitter if you don't fix it | public_exposure",
        "everyone should know how bad this service is | public_exposure",
        "Fix it or I'll be cancelling | churn_threat",
        "you will be hearing from my lawyer | legal_threat",
        "Cancel my account now. | churn_threat",
        "@AcmeSupport cancel my account!!! useless | churn_threat",
        "Reporting you to the BBB. | legal_threat",
        "never flying with you again | churn_threat",
        "Seriously, switching to Delta after this | churn_threat",
        "If this isn't fixed today I'm going to post about it everywhere | public_exposure",
        "@PhoneCo im ready to cancel. nobody answers | churn_threat",
      })
  void aThreatTheCustomerMakesCounts(String text, String kind) {
    Signals s = EN.analyze(text);
    assertTrue(s.escalation().has(SignalKind.fromLabel(kind)), text + " -> " + s.escalation());
    assertTrue(s.escalation().level().atLeast(EscalationLevel.MEDIUM), text + " -> " + s.escalation());
  }

  @Test
  void aWeaponNamedIsNoSafetyThreatButOneDrawnIs() {
    Signals game = EN.analyze("the NT-242 is my favorite battlefront weapon, by far.");
    assertFalse(game.escalation().has(SignalKind.VULNERABILITY), game.escalation().toString());
    assertNotEquals(EscalationLevel.CRITICAL, game.escalation().level());
    Signals gate = EN.analyze("a passenger pulled a knife at gate 12, where is security");
    assertEquals(EscalationLevel.CRITICAL, gate.escalation().level());
  }

  @Test
  void aLanguageWithoutThreatDataIsNotGated() {
    assertEquals(ThreatGate.OPEN, ThreatGate.of(new Locale("xx")));
    Signals s = Analyzer.forLocale(new Locale("es")).analyze("Si no me devuelven el dinero me doy de baja");
    assertTrue(s.escalation().has(SignalKind.CHURN_THREAT), s.escalation().toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "awesome service... not",
        "Great job guys. NOT!",
        "great, another cancelled flight",
        "love waiting 3 hours on hold",
        "thanks for nothing",
        "yeah right, like that's going to happen",
        "so glad I paid for priority boarding #not",
        "what a great airline 🙄",
      })
  void ironyReadsAsTheNegativeFeeling(String text) {
    Signals s = EN.analyze(text);
    assertNotEquals(Emotion.GRATEFUL, s.primary(), text);
    assertNotEquals(Emotion.NEUTRAL, s.primary(), text);
  }

  @Test
  void praiseTakenBackAtTheEndKeepsThePraiseWordAsEvidence() {
    Signals s = EN.analyze("awesome service... not");
    assertTrue(evidence(s).contains("awesome"), evidence(s).toString());
    // A denial inside the clause takes nothing back.
    Signals plain = EN.analyze("I love it, but I don't know if it's working or not");
    assertNotEquals(Emotion.ANGRY, plain.primary());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "#NotHappy #epicfail | #epicfail",
        "#nothappy with the delay | #nothappy",
        "worst flight of my life #worstairlineever | #worstairlineever",
      })
  void oneCaseHashtagsAreSplitIntoWordsWithTheWholeTagAsEvidence(String text, String tag) {
    Signals s = EN.analyze(text);
    assertTrue(Set.of(Emotion.FRUSTRATED, Emotion.ANGRY, Emotion.DISAPPOINTED).contains(s.primary()), text + " -> " + s);
    assertTrue(evidence(s).contains(tag), evidence(s).toString());
  }

  @Test
  void aHashtagIsSplitOverTheLexiconsWordsKeepingEveryLetter() {
    HashtagWords words = HashtagWords.of(Locale.ENGLISH);
    assertEquals("epic fail", words.split("epicfail"));
    assertEquals("not happy", words.split("NotHappy".toLowerCase(Locale.ROOT)));
    assertEquals("EPIC FAIL", words.split("EPICFAIL"));
    assertNull(words.split("fail"), "one word is a word already");
    assertNull(words.split("zzqxjv"), "no known word: left alone");
    assertNull(words.split("caf\u00e9s"), "only ASCII letters are split");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "lol that's hilarious 😂 | lol",
        "hahahaha ok fair enough | hahahaha",
        "HAHAHAHHA you got me | HAHAHAHHA",
        "the hold music is now my ringtone 🤣 | 🤣",
        "Lmao ok fair enough | Lmao",
      })
  void laughterIsALightPositiveMomentQuotedAsEvidence(String text, String laugh) {
    Signals s = EN.analyze(text);
    assertEquals(Emotion.GRATEFUL, s.primary(), text + " -> " + s);
    assertTrue(evidence(s).contains(laugh), evidence(s).toString());
    Reply reply = Empathy.builder().locale(Locale.US).build().compose().acknowledge(s).build();
    assertTrue(reply.has(Moment.LIGHT), text);
  }

  @Test
  void aLaughBesideAComplaintIsWryNotGrateful() {
    Signals s = EN.analyze("lost my bag again lol");
    assertNotEquals(Emotion.GRATEFUL, s.primary());
    assertFalse(evidence(s).contains("lol"));
  }

  @Test
  void laughterIsFoundInOtherLanguagesAndNotInsideWords() {
    Laughter l = Laughter.SHARED;
    for (String laugh : List.of("jajaja", "kkkkk", "mdr", "www", "lolol", "rofl", "xD", "ahahah", "hehe")) {
      String text = "ok " + laugh + " !";
      List<int[]> found = l.find(text);
      assertEquals(1, found.size(), laugh);
      assertEquals(laugh, text.substring(found.get(0)[0], found.get(0)[1]));
    }
    for (String word : List.of("hello", "lola", "halo", "wow", "kick", "hahaland", "mdrx", "photo", "ha")) {
      assertTrue(l.find("the " + word + " now").isEmpty(), word);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "can't wait for the new season!!",
        "Can't wait to fly with you guys again",
        "I really like this photo.",
        "Holy shit this is amazing",
        "Damn that's a good-looking pizza",
        "you guys rock!",
        "I love this app #love",
        "@united you're the best ❤️",
      })
  void excitementLikingAndPraiseArePositive(String text) {
    Signals s = EN.analyze(text);
    assertEquals(Emotion.GRATEFUL, s.primary(), text + " -> " + s);
    assertFalse(s.escalation().has(SignalKind.URGENCY), text);
    assertEquals(EscalationLevel.NONE, s.escalation().level(), text);
  }

  @Test
  void waitingThatCannotGoOnIsStillHaste() {
    Signals s = EN.analyze("I can't wait any longer for my refund");
    assertNotEquals(Emotion.GRATEFUL, s.primary());
    Signals swear = EN.analyze("this app is shit, crashed again");
    assertNotEquals(Emotion.GRATEFUL, swear.primary());
  }

  @Test
  void manyLaughsInOneEnormousGraphemeAreQuotedAFewTimes() {
    // 100 KB of "😂" joined by zero-width joiners is one grapheme cluster: each laugh's evidence span
    // moved to a grapheme boundary read the cluster from its start, and the message took minutes.
    Signals s = EN.analyze("\uD83D\uDE02\u200D".repeat(33_333));
    List<Evidence> laughs = s.emotions().stream().filter(f -> f.label() == Emotion.GRATEFUL)
        .flatMap(f -> f.evidence().stream()).toList();
    assertFalse(laughs.isEmpty(), "a wall of laughing faces is still a light moment");
    assertTrue(laughs.size() <= 8, () -> laughs.size() + " laughs quoted");
  }
}
