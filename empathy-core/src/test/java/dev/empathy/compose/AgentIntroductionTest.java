package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.InvalidInputException;
import dev.empathy.phrase.BrandVoice;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The agent named per reply ({@link Composer#agent}) signs it, and on the first turn only the
 * greeting block carries an introduction (for channels with no signature) that says the name once
 * and repeats none of the reply's own words; a name that cannot be shown is refused, naming
 * {@code agentName}.
 */
class AgentIntroductionTest {
  private static final Empathy EN =
      Empathy.builder().locale("en-US").clock(Clock.fixed(Instant.parse("2026-12-02T15:00:00Z"), ZoneOffset.UTC)).build();
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}’']*");

  private static Reply reply(Emotion emotion, String situation, String agent, int turn, String conversation) {
    return EN.compose().conversation(conversation, turn).customer("Dana").agent(agent)
        .acknowledge(emotion, situation).action("I’ve signed you out of every session").build();
  }

  @Test
  void theAgentSignsTheReplyAndIntroducesThemselfOnTheFirstTurnOnly() {
    Reply first = reply(Emotion.ANXIOUS, "the login from Brazil", "Sam", 0, "c-1");
    assertEquals("Sam", first.block(BlockKind.SIGN_OFF).orElseThrow().fact("signature").orElseThrow());
    assertTrue(first.toPlainText().endsWith("\nSam"), first::toPlainText);
    String intro = first.block(BlockKind.GREETING).orElseThrow().fact("introduction").orElseThrow();
    assertTrue(intro.startsWith("I’m Sam, and I’ll "), intro);
    // The reply's own text names the agent once (the signature): the introduction is for channels without one.
    assertEquals(1, first.toPlainText().split("Sam", -1).length - 1, first::toPlainText);

    Reply later = reply(Emotion.ANXIOUS, "the login from Brazil", "Sam", 1, "c-1");
    assertFalse(later.block(BlockKind.GREETING).orElseThrow().fact("introduction").isPresent(), later::toString);
    assertEquals("Sam", later.block(BlockKind.SIGN_OFF).orElseThrow().fact("signature").orElseThrow());
  }

  @Test
  void thePerReplyNameReplacesTheBrandVoicesAgent() {
    Empathy withVoice = EN.toBuilder().voice(BrandVoice.builder().agentName("Jess").build()).build();
    Reply r = withVoice.compose().agent("Sam").acknowledge(Emotion.FRUSTRATED, "the double charge")
        .action("I’ve refunded the second charge").build();
    assertEquals("Sam", r.block(BlockKind.SIGN_OFF).orElseThrow().fact("signature").orElseThrow());
    assertFalse(r.toPlainText().contains("Jess"), r::toPlainText);
    Reply team = EN.compose().acknowledge(Emotion.FRUSTRATED, "the double charge").action("I’ve refunded it").build();
    assertFalse(team.block(BlockKind.GREETING).orElseThrow().fact("introduction").isPresent(), team::toString);
  }

  @ParameterizedTest
  @EnumSource(Emotion.class)
  void theIntroductionSharesNoContentWordWithTheAcknowledgement(Emotion emotion) {
    for (int c = 0; c < 40; c++) {
      Reply r = reply(emotion, "the broken router", "Sam", 0, "conv-" + c);
      String intro = r.block(BlockKind.GREETING).orElseThrow().fact("introduction").orElseThrow();
      String ack = r.block(BlockKind.ACKNOWLEDGEMENT).orElseThrow().text().toLowerCase(Locale.ROOT);
      for (String w : new String[] {"stay", "looking", "through", "handling"}) {
        if (intro.contains(w)) {
          assertFalse(ack.contains(w), () -> "«" + intro + "» echoes «" + ack + "»");
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "Sam\u0000", "Sam\u001B[31m", "Sam\tLee", "Sam\nLee", "Sam\u2028Lee", "Sam\u0085"})
  void aNameThatCannotBeShownIsRefusedNamingTheField(String name) {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> EN.compose().agent(name));
    assertEquals("agentName", e.field(), e::getMessage);
    assertTrue(e.getMessage().startsWith("agentName "), e::getMessage);
  }

  @Test
  void aNameLongerThanASignatureLineIsRefused() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> EN.compose().agent("x".repeat(81)));
    assertEquals("agentName must be at most 80 characters", e.getMessage());
    assertEquals("x".repeat(80), EN.compose().agent("x".repeat(80)).acknowledge(Emotion.NEUTRAL)
        .action("I’ve checked it").build().block(BlockKind.SIGN_OFF).orElseThrow().fact("signature").orElseThrow());
  }

  /** Any showable name, with emoji, marks or right-to-left letters, is said whole, once, as data. */
  @Property(tries = 200)
  void anyShowableNameIsSaidWholeOnceAndNeverReadAsAPattern(@ForAll("names") String name, @ForAll("emotions") Emotion emotion) {
    Reply r = reply(emotion, "the app logging me out", name, 0, "p-" + name.hashCode());
    String intro = r.block(BlockKind.GREETING).orElseThrow().fact("introduction").orElseThrow();
    String shown = java.text.Normalizer.normalize(name.strip(), java.text.Normalizer.Form.NFC);
    assertTrue(intro.startsWith("I’m " + shown + ", and I’ll "), () -> intro + " for «" + name + "»");
    assertEquals(shown, r.block(BlockKind.SIGN_OFF).orElseThrow().fact("signature").orElseThrow());
    Matcher m = WORD.matcher(intro.replace(shown, ""));
    int count = 0;
    while (m.find()) {
      count++;
    }
    int words = count;
    assertTrue(words >= 5 && words <= 10, () -> "introduction of " + words + " words: " + intro);
  }

  @Provide
  Arbitrary<Emotion> emotions() {
    return Arbitraries.of(Emotion.class);
  }

  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> plain = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12).map(s -> s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1));
    return Arbitraries.oneOf(
        plain,
        plain.map(s -> s + " 👩🏽‍💻"),
        plain.map(s -> "{" + s + "}"),
        plain.map(s -> s + " O’Neil-Ša\u0301nchez"),
        Arbitraries.of("שרה", "سارة", "佐藤", "Zoë", "'quoted' {0}", "Dr. Amara N."));
  }
}
