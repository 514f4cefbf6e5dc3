package dev.empathy.channels.social;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.text.PrivateData;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The promise {@link SocialChannel#redact} adds (session 15): over any text around a planted
 * e-mail address or phone number (emoji with ZWJ, combining marks, right-to-left text, unpaired
 * surrogates, control characters), the datum never stays, and the placeholder never stands
 * mid-sentence: what follows it is the sentence's end (its punctuation, blanks) or the text's end.
 */
class PublicRedactionProperties {
  record Case(Locale locale, String before, String datum, String after) {}

  private static final List<Locale> LOCALES =
      List.of(Locale.US, Locale.forLanguageTag("es"), Locale.FRANCE, Locale.GERMANY, Locale.forLanguageTag("pt-BR"), Locale.JAPAN);
  private static final Map<String, String> PLACEHOLDER = Map.of(
      "en", "(details in your DM)", "es", "(detalles por mensaje privado)", "fr", "(détails en message privé)",
      "de", "(Details per Direktnachricht)", "pt", "(detalhes por mensagem privada)", "ja", "（詳細はDMでお送りします）");

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<String> text = Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(40),
        Arbitraries.strings().withChars("ab cdé.,!?。:‍👍🏿\u0301\u05d0\u202e\u0000").ofMaxLength(40),
        Arbitraries.of("I’ve sent the label to ", "Le envié la tarjeta a ", "Ich habe es an ", "カード末尾", "rebooked you on "));
    Arbitrary<String> name = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(8);
    Arbitrary<String> datum = Arbitraries.oneOf(
        Combinators.combine(name, name).as((u, d) -> u + "@" + d + ".com"),
        Arbitraries.strings().numeric().ofLength(4).map(d -> "+1 415 555 " + d));
    return Combinators.combine(Arbitraries.of(LOCALES), text, datum, text).as(Case::new);
  }

  /** A CI draw (seed -9045069386759043471): an address then a lone Cyrillic capital. */
  @net.jqwik.api.Example
  void anAddressBeforeALoneForeignCapital() {
    theDatumGoesAndThePlaceholderEndsItsSentence(new Case(Locale.US, "", "aaa@aaa.com", "\u0400"));
  }

  @Property(tries = 400)
  void theDatumGoesAndThePlaceholderEndsItsSentence(@ForAll("cases") Case c) {
    String placeholder = PLACEHOLDER.get(c.locale().getLanguage());
    String text = c.before() + (c.before().isEmpty() ? "" : " ") + c.datum() + " " + c.after();
    Optional<String> out = SocialChannel.redact(text, PrivateData.forLocale(c.locale()), placeholder, c.locale());
    if (out.isEmpty()) {
      return; // nothing public: the block moves to the DM whole
    }
    String post = out.get();
    assertFalse(post.contains(c.datum()), () -> "kept «" + c.datum() + "»: " + post);
    assertFalse(post.indexOf(Redaction.HOLE) >= 0, () -> "a hole left: " + post);
    for (int at = post.indexOf(placeholder); at >= 0; at = post.indexOf(placeholder, at + 1)) {
      String next = post.substring(at + placeholder.length());
      assertTrue(next.isEmpty() || next.matches("(?s)[.!?。！？].*|[\\s\\u00a0]*"),
          () -> "a placeholder mid-sentence: " + post);
    }
  }
}
