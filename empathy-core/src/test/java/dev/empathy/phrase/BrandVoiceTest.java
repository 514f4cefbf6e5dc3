package dev.empathy.phrase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.InvalidInputException;
import dev.empathy.Register;
import dev.empathy.compose.BlockKind;
import dev.empathy.compose.Reply;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class BrandVoiceTest {
  private static InvalidInputException rejects(Executable build) {
    return assertThrows(InvalidInputException.class, build);
  }

  private static Reply reply(String tag, BrandVoice voice, int turn) {
    return Empathy.builder().locale(tag).voice(voice).build().compose().conversation("bv", turn)
        .customer("Dana").acknowledge(Emotion.FRUSTRATED, "the late parcel").action("I’ve sent a new one").build();
  }

  @Test
  void noneIsTheVoiceAnEmptyBuilderMakes() {
    // none() is built directly (start-up); it must stay what builder().build() gives.
    BrandVoice empty = BrandVoice.builder().build();
    assertEquals(empty, BrandVoice.none());
    assertEquals(empty.hashCode(), BrandVoice.none().hashCode());
    assertEquals(empty.toString(), BrandVoice.none().toString());
    assertTrue(BrandVoice.none().phrases().isEmpty());
    assertTrue(BrandVoice.none().banned().isEmpty());
    assertFalse(BrandVoice.none().agentName().isPresent());
    assertFalse(BrandVoice.none().signOff().isPresent());
    assertNotEquals(BrandVoice.builder().ban("calm down").build(), BrandVoice.none());
  }

  @Test
  void anOverrideReplacesTheBundledVariantsInEveryLocale() {
    BrandVoice voice = BrandVoice.builder().phrase("closing", "Reply any time.", "We’re around if you need us.").build();
    for (String tag : new String[] {"en-US", "ja"}) {
      for (int turn = 0; turn < 4; turn++) {
        String closing = reply(tag, voice, turn).block(BlockKind.CLOSING).orElseThrow().text();
        assertTrue(closing.equals("Reply any time.") || closing.equals("We’re around if you need us."), closing);
      }
    }
  }

  @Test
  void theMostSpecificOverrideWinsWhateverTheOrder() {
    BrandVoice voice =
        BrandVoice.builder()
            .phrase("closing@en-GB", "Cheers, and shout if you need us.")
            .phrase("closing@de", "Melden Sie sich einfach.")
            .phrase("closing", "Reply any time.")
            .phrase("closing@en", "Just hit reply.")
            .build();
    assertEquals("Cheers, and shout if you need us.", closing("en-GB", voice));
    assertEquals("Just hit reply.", closing("en-US", voice));
    assertEquals("Just hit reply.", closing("en", voice));
    assertEquals("Cheers, and shout if you need us.", closing("en-AU", voice)); // answered in en-GB
    assertEquals("Melden Sie sich einfach.", closing("de-AT", voice));
    assertEquals("Reply any time.", closing("fr", voice));
  }

  @Test
  void aRegionalOverrideMatchesTheLikelyRegionOfABareLanguage() {
    BrandVoice voice = BrandVoice.builder().phrase("closing@en-US", "Y’all come back now.").build();
    assertEquals("Y’all come back now.", closing("en", voice));
    assertNotEquals("Y’all come back now.", closing("en-GB", voice));
  }

  private static String closing(String tag, BrandVoice voice) {
    return reply(tag, voice, 0).block(BlockKind.CLOSING).orElseThrow().text();
  }

  @Test
  void anUnknownKeyFailsNamingTheKey() {
    InvalidInputException e = rejects(() -> BrandVoice.builder().phrase("closng", "Bye.").build());
    assertEquals("phrase", e.field());
    assertTrue(e.getMessage().startsWith("phrase closng: unknown key closng"), e.getMessage());
  }

  @Test
  void aMalformedPatternFailsNamingTheKeyAsGiven() {
    InvalidInputException e = rejects(() -> BrandVoice.builder().phrase("ack.angry@de", "Es tut mir leid {situation").build());
    assertTrue(e.getMessage().startsWith("phrase ack.angry@de: malformed pattern"), e.getMessage());
  }

  @Test
  void anArgumentTheKeyDoesNotOfferFailsAndSaysWhatIsOffered() {
    InvalidInputException e = rejects(() -> BrandVoice.builder().phrase("closing", "Bye {name}!").build());
    assertEquals("phrase closing: argument {name} is not offered by this key; it offers no arguments", e.getMessage());
    InvalidInputException f = rejects(() -> BrandVoice.builder().phrase("summary", "So: {situation}.").build());
    assertTrue(f.getMessage().endsWith("it offers [summary]"), f.getMessage());
  }

  @Test
  void anOverrideForALocaleThatIsNotBundledFailsBecauseItCouldNeverApply() {
    InvalidInputException e = rejects(() -> BrandVoice.builder().phrase("closing@it", "Ciao.").build());
    assertTrue(e.getMessage().startsWith("phrase closing@it: it is not a bundled locale"), e.getMessage());
    InvalidInputException f = rejects(() -> BrandVoice.builder().phrase("closing@es-MX", "Hasta luego.").build());
    assertTrue(f.getMessage().contains("es-MX is not a bundled locale"), f.getMessage());
    rejects(() -> BrandVoice.builder().phrase("closing@", "x").build());
  }

  @Test
  void aStrayClosingBraceIsATypoButAQuotedOneIsText() {
    InvalidInputException e = rejects(() -> BrandVoice.builder().phrase("closing", "Bye for now }").build());
    assertTrue(e.getMessage().contains("unmatched '}'"), e.getMessage());
    BrandVoice quoted = BrandVoice.builder().phrase("closing", "Bye for now '}' and ''thanks''").build();
    assertEquals("Bye for now } and 'thanks'", closing("en", quoted));
  }

  @Test
  void localeDataKeysCannotBeOverridden() {
    InvalidInputException e = rejects(() -> BrandVoice.builder().phrase("meta.afterColon", "capitalize").build());
    assertTrue(e.getMessage().contains("is locale data, not a phrase"), e.getMessage());
  }

  @Test
  void blankKeysAndPatternsFailAtOnce() {
    assertEquals("phrase", rejects(() -> BrandVoice.builder().phrase(" ", "x")).field());
    assertTrue(rejects(() -> BrandVoice.builder().phrase("closing", "  ")).getMessage().contains("closing"));
    assertTrue(rejects(() -> BrandVoice.builder().phrase("closing", "ok", (String) null)).getMessage().contains("closing"));
  }

  @Test
  void overridesForOtherLanguagesAreValidatedToo() {
    // An English instance must not accept a broken German override that would fail later.
    assertThrows(InvalidInputException.class, () ->
        Empathy.builder().locale("en").voice(BrandVoice.builder().phrase("closing@de", "{oops").build()).build());
  }

  @Test
  void bansRemoveVariantsIgnoringCaseApostrophesAndSpacing() {
    BrandVoice voice = BrandVoice.builder().ban("I'M  SORRY").build();
    Phrasebook book = Phrasebook.load(Locale.US, Register.FORMAL, voice);
    assertFalse(book.patterns("ack.frustrated").isEmpty());
    for (String p : book.patterns("ack.frustrated")) {
      assertFalse(p.contains("I’m sorry"), p);
    }
    assertTrue(Phrasebook.load(Locale.US, Register.FORMAL, BrandVoice.none()).patterns("ack.frustrated")
        .stream().anyMatch(p -> p.contains("I’m sorry")), "the bundled phrasebook does say it");
  }

  @Test
  void aBanDoesNotMatchAcrossAnArgument() {
    // "sorry about {situation}. I can see" must not count as containing "about. i".
    BrandVoice voice = BrandVoice.builder().ban("about . I").build();
    Phrasebook book = Phrasebook.load(Locale.US, Register.FORMAL, voice);
    assertEquals(Phrasebook.load(Locale.US, Register.FORMAL, BrandVoice.none()).variantCount("ack.frustrated"),
        book.variantCount("ack.frustrated"));
  }

  @Test
  void aBanThatLeavesAKeyEmptyFailsAtBuildNamingTheKeyAndLocale() {
    BrandVoice voice = BrandVoice.builder().ban("Grüße").build();
    InvalidInputException e = rejects(() -> Empathy.builder().locale("de").voice(voice).build());
    assertTrue(e.getMessage().startsWith("phrase signoff: every de variant contains a banned phrase"), e.getMessage());
    Empathy.builder().locale("fr").voice(voice).build(); // French never says it
  }

  @Test
  void anOverrideThatContainsABannedPhraseIsAContradiction() {
    InvalidInputException e =
        rejects(() -> BrandVoice.builder().ban("unfortunately").phrase("closing", "Unfortunately that’s all.").build());
    assertTrue(e.getMessage().startsWith("phrase closing: pattern"), e.getMessage());
    InvalidInputException f = rejects(() -> BrandVoice.builder().ban("cheers").signOff("Cheers,").build());
    assertEquals("signOff", f.field());
  }

  @Test
  void agentNameAndSignOffAreDataOnOneSignature() {
    BrandVoice voice = BrandVoice.builder().agentName("Sam {0}").signOff("Warmly, {name}").build();
    String signOff = reply("en", voice, 0).block(BlockKind.SIGN_OFF).orElseThrow().text();
    assertEquals("Warmly, {name}\nSam {0}", signOff);
    assertEquals("agentName", rejects(() -> BrandVoice.builder().agentName("Sam\nSmith")).field());
    assertEquals("agentName", rejects(() -> BrandVoice.builder().agentName("x".repeat(81))).field());
    assertEquals("signOff", rejects(() -> BrandVoice.builder().signOff("x".repeat(201))).field());
  }

  @Test
  void aVoiceIsAValue() {
    BrandVoice a = BrandVoice.builder().agentName("Sam").phrase("closing", "Bye.").ban("sadly").build();
    BrandVoice b = BrandVoice.builder().ban("sadly").phrase("closing", "Bye.").agentName("Sam").build();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, BrandVoice.none());
    assertEquals(Map.of(), BrandVoice.none().phrases());
  }
}
