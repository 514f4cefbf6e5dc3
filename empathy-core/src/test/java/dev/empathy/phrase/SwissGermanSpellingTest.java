package dev.empathy.phrase;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Emotion;
import dev.empathy.Empathy;
import dev.empathy.Register;
import dev.empathy.compose.Reply;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Swiss German has no "ß": a de-CH reply reads the German bundle and writes "ss" wherever it would
 * write "ß", in our phrases and in the values they hold (spelling.tsv). Session 21 probes: a de-CH
 * reply said "ich weiß" and signed "Viele Grüße". German from Germany and Austria keeps its "ß".
 */
class SwissGermanSpellingTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
  private static final Locale CH = Locale.forLanguageTag("de-CH");

  @Test
  void everyPhraseOfTheBundleIsWrittenWithoutSharpS() {
    for (Register register : Register.values()) {
      Phrasebook swiss = Phrasebook.load(CH, register, BrandVoice.none());
      Phrasebook german = Phrasebook.load(Locale.GERMANY, register, BrandVoice.none());
      int withSharpS = 0;
      for (PhraseKey key : Phrasebook.catalogue()) {
        if (key.raw() || !key.arguments().isEmpty()) {
          continue;
        }
        for (int turn = 0; turn < german.variantCount(key.key()); turn++) {
          String de = german.format(key.key(), 7, turn, Map.of());
          String ch = swiss.format(key.key(), 7, turn, Map.of());
          withSharpS += de.indexOf('ß') >= 0 ? 1 : 0;
          assertFalse(ch.indexOf('ß') >= 0, ch);
          assertTrue(ch.equals(de.replace("ß", "ss")), ch + " / " + de);
        }
      }
      assertTrue(withSharpS > 0, "the German bundle has phrases with ß to spell");
    }
  }

  /** Any reply, any feeling and caller text with "ß": none in de-CH, kept in de-DE and de-AT. */
  @Property(tries = 60)
  void aSwissReplyNeverHasSharpS(@ForAll("emotions") Emotion emotion, @ForAll boolean informal,
      @ForAll @IntRange(min = 0, max = 4) int turn, @ForAll @IntRange(min = 0, max = 30) int conversation) {
    Register register = informal ? Register.INFORMAL : Register.FORMAL;
    for (String tag : new String[] {"de-CH", "de-LI"}) {
      Reply r = Empathy.builder().locale(Locale.forLanguageTag(tag)).register(register).clock(CLOCK).build().compose()
          .conversation("ch-" + conversation, turn).customer("Reto Meier").acknowledge(emotion, "die Lieferung an die Bahnhofstraße")
          .summary("ich weiß nicht, wo mein Paket ist").action("Paket an die Bahnhofstraße 5 umgeleitet").build();
      assertFalse(r.toPlainText().indexOf('ß') >= 0, r::toPlainText);
    }
    Reply de = Empathy.builder().locale(Locale.GERMANY).register(register).clock(CLOCK).build().compose()
        .conversation("ch-" + conversation, turn).customer("Reto Meier").acknowledge(emotion, "die Lieferung an die Bahnhofstraße")
        .summary("ich weiß nicht, wo mein Paket ist").action("Paket an die Bahnhofstraße 5 umgeleitet").build();
    assertTrue(de.toPlainText().contains("Bahnhofstraße"), de::toPlainText);
  }

  @Provide
  Arbitrary<Emotion> emotions() {
    return Arbitraries.of(Emotion.values());
  }
}
