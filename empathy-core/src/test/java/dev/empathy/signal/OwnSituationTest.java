package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 17, precision: a vulnerability, a repeat or a haste escalates only when it is the
 * customer's own situation ({@link OwnSituation}), not a topic they talk about.
 */
class OwnSituationTest {
  private static final Analyzer EN = Analyzer.forLocale(Locale.US);

  private static Set<SignalKind> kinds(Signals s) {
    return s.escalation().signals().stream().map(EscalationSignal::kind).collect(Collectors.toSet());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // the speaker as subject or owner
        "I'm pregnant and stranded at the gate with no food | vulnerability",
        "My son is in hospital and I can't get through to your billing team | vulnerability",
        "we are in debt because you charged us twice | vulnerability",
        "Pregnant and stuck at the gate for 6 hours | vulnerability",
        // a death of a relative, before or after it
        "My dad died last month and I need to close his account | vulnerability",
        "Trying to close the account after the death of my father, third email now | vulnerability",
        "our dog has died, please cancel the pet insurance | vulnerability",
        // a repeat of a failure or a contact
        "wifi is down again, 3rd time this week | repeat_contact",
        "I've called 5 times and nobody picks up | repeat_contact",
        "My order never arrived. Third time this month! | repeat_contact",
        "still no refund and it's been 3 weeks | repeat_contact",
        "I already called about the missing parcel and nobody knows where it is | repeat_contact",
        // a deadline with something asked or needed
        "I need this fixed right now | urgency",
        "pls can someone look at ticket 88213 before friday | urgency",
        "my appointment is tomorrow at 8am and I still don't have authorization | urgency",
        "His party is on Saturday. Please tell me it's going to get here | urgency",
        "My flight leaves in 2 hours and the app won't show my boarding pass | urgency",
      })
  void theCustomersOwnSituationCounts(String text, String kind) {
    Signals s = EN.analyze(text);
    assertTrue(kinds(s).contains(SignalKind.fromLabel(kind)), text + " -> " + s.escalation());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // someone else's situation, or a thing's
        "my phone died this morning so I'm writing from my laptop | vulnerability",
        "my laptop just died lol, typing on my phone | vulnerability",
        "She's pregnant and loves your show | vulnerability",
        "So this means people who have debt can see those that don't? | vulnerability",
        "Saw a documentary about hospital food, your meal kits are way better | vulnerability",
        "Would have prevented Holdo's death. | vulnerability",
        "Hooray for the cancer! /s | vulnerability",
        // a repeat of nothing the customer had to do
        "I still can't believe how good this update is | repeat_contact",
        "I've watched the ad 5 times, it's hilarious | repeat_contact",
        "Glad he's still in the league, love watching him | repeat_contact",
        "I laugh every time I see it | repeat_contact",
        // a moment, not a deadline
        "Sat here crying laughing right now | urgency",
        "I really want pizza right now | urgency",
        "There's a cat sitting on my lap right now, she's so cute | urgency",
        "Are you still sitting in the car right now? | urgency",
      })
  void aTopicIsNoSituation(String text, String kind) {
    Signals s = EN.analyze(text);
    assertFalse(kinds(s).contains(SignalKind.fromLabel(kind)), text + " -> " + s.escalation());
  }

  @Test
  void aDeviceDyingIsAFailureNotAGrief() {
    Signals s = EN.analyze("my phone died this morning and now I can't call anyone");
    assertTrue(s.escalation().level().compareTo(EscalationLevel.MEDIUM) < 0, s.toString());
    assertFalse(s.emotion(dev.empathy.Emotion.SAD).isPresent(), s.toString());
  }

  @Test
  void someoneElsesDeathIsSadButNotOursToEscalate() {
    Signals s = EN.analyze("My old neighbour was the nicest lady. She died last spring, I still miss her");
    assertFalse(kinds(s).contains(SignalKind.VULNERABILITY), s.toString());
    assertTrue(s.emotion(dev.empathy.Emotion.SAD).isPresent(), s.toString());
    assertTrue(s.escalation().level().compareTo(EscalationLevel.MEDIUM) < 0, s.toString());
    Signals own = EN.analyze("My husband died last spring and the account is still in his name");
    assertTrue(kinds(own).contains(SignalKind.VULNERABILITY), own.toString());
    assertTrue(own.escalation().level().atLeast(EscalationLevel.MEDIUM), own.toString());
  }

  @Test
  void aLanguageWithoutDataIsNotGated() {
    assertSame(OwnSituation.OPEN, OwnSituation.of(new Locale("xx")));
  }

  @Property(tries = 200)
  void anyTextAroundACueKeepsEveryPromise(
      @ForAll @StringLength(max = 60) String before, @ForAll @StringLength(max = 60) String after) {
    for (String cue : new String[] {" died ", " still ", " right now ", " my dad's funeral ", "j'ai "}) {
      String text = before + cue + after;
      if (text.isBlank()) {
        continue;
      }
      Signals s = EN.analyze(text);
      s.escalation().signals().forEach(g -> g.evidence().forEach(e -> assertTrue(
          e.start() >= 0 && e.end() <= text.length() && text.substring(e.start(), e.end()).equals(e.text()), text)));
    }
  }
}
