package dev.empathy.channels.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Register;
import dev.empathy.phrase.BrandVoice;
import dev.empathy.phrase.Phrasebook;
import dev.empathy.text.Graphemes;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What lets the subject line pass over most break points of a long topic without framing them:
 * every bundled subject frame keeps the topic's text after its first word whole, so a topic whose
 * rest is too long for a subject ({@link EmailChannel#tooLongToFrame}) makes every framed subject
 * too long; and the trailing-joiner strip that reads only the end of a head is the regex it
 * replaces.
 */
class SubjectFramesProperties {

  private static final List<Locale> LOCALES =
      List.of(Locale.US, Locale.UK, Locale.GERMANY, Locale.forLanguageTag("es"), Locale.FRANCE,
          Locale.forLanguageTag("pt-BR"), Locale.JAPAN);

  private static final List<String> EMOTIONS =
      List.of("grateful", "frustrated", "angry", "anxious", "disappointed", "confused", "sad", "pressed_for_time", "neutral", "none");

  /** A topic whose first word is one a frame may contract or repeat ("de le", "about about"). */
  @Provide
  Arbitrary<String> topics() {
    Arbitrary<String> first =
        Arbitraries.of("le", "la", "les", "el", "o", "a", "de", "the", "about", "your", "à", "dem", "über", "ihr", "il", "un", "x", "");
    Arbitrary<String> rest =
        Arbitraries.oneOf(
            Arbitraries.strings().all().ofMaxLength(120),
            Arbitraries.strings().withCharRange('a', 'z').withChars(' ', ',', 'é', '👩', '\u200D', '\u0301', '🇫').ofMaxLength(160),
            Arbitraries.of("le retard de la commande", "the double charge on order 4471", "🇫🇷🇫🇷🇫", "e\u0301\u0301 a"));
    return Combinators.combine(first, rest).as((f, r) -> f.isEmpty() ? r : f + " " + r);
  }

  @Property(tries = 300)
  void aTopicTooLongToFrameMakesEverySubjectTooLong(
      @ForAll("topics") String topic, @ForAll("most") int most, @ForAll("register") Register register) {
    if (!EmailChannel.tooLongToFrame(topic, most)) {
      return;
    }
    for (Locale locale : LOCALES) {
      Phrasebook book = Phrasebook.load(locale, register, BrandVoice.none());
      for (String key : List.of("email.subject", "email.subject.padded")) {
        int variants = book.variantCount(key);
        for (String emotion : EMOTIONS) {
          for (int turn = 0; turn < 2 * variants; turn++) {
            String s = book.format(key, 7, turn, Map.of("topic", topic, "emotion", emotion));
            assertTrue(
                Graphemes.count(s) > most,
                () -> locale + " " + key + ": \"" + s + "\" is within " + most + " graphemes");
          }
        }
      }
    }
  }

  @Provide
  Arbitrary<Integer> most() {
    return Arbitraries.integers().between(0, 80);
  }

  @Provide
  Arbitrary<Register> register() {
    return Arbitraries.of(Register.values());
  }

  @Property(tries = 500)
  void theTrailingStripIsTheRegex(@ForAll("heads") String head) {
    assertEquals(head.replaceAll("[\\s,;:、，]+$", ""), EmailChannel.withoutTrailingJoiners(head));
  }

  @Provide
  Arbitrary<String> heads() {
    Arbitrary<String> body = Arbitraries.strings().all().ofMaxLength(100);
    Arbitrary<String> tail =
        Arbitraries.strings().withChars(' ', '\t', '\n', '\r', ',', ';', ':', '、', '，', '\u2028', '\u0085', '\u000B', 'a', '\u3000')
            .ofMaxLength(400);
    return Combinators.combine(body, tail).as((b, t) -> b + t);
  }
}
