package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The language guess reads words in lower case, a letter at a time (no string per word): a message
 * in capitals, or with words capitalised, is guessed as the same message in lower case is, in every
 * script and with the letters whose lower case depends on their place (Σ at a word's end).
 */
class LanguageGuessCaseProperties {
  private static final LanguageGuess GUESS = LanguageGuess.load();

  @Property(tries = 400)
  void capitalsChangeNoGuess(@ForAll("messages") String text, @ForAll("tags") String current) {
    String lower = text.toLowerCase(Locale.ROOT);
    assertEquals(GUESS.read(lower, current), GUESS.read(text, current), text);
  }

  @Provide
  Arbitrary<String> tags() {
    return Arbitraries.of("en", "es", "fr", "de", "pt_BR", "ja");
  }

  @Provide
  Arbitrary<String> messages() {
    Arbitrary<String> word = Arbitraries.of(
        "El", "LA", "que", "NO", "pedido", "Todavía", "NÃO", "você", "ESTÁ", "ninguém", "ÇA", "été", "Où", "MAIS", "rien",
        "Ich", "NICHT", "über", "GRÜSSE", "Straße", "the", "STILL", "my", "order", "isn’t", "ΣΑΣ", "ΟΔΟΣ", "Меня", "НЕ",
        "Mijn", "PAKKET", "niet", "注文", "まだ", "届きません", "l'appli", "d’accord", "x", "Ñandú", "ÆØÅ", "ĲSSEL", "ǅemal",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "😡", "!!", "123");
    Arbitrary<String> gap = Arbitraries.of(" ", " ", ", ", ". ", "\n", "-");
    return Combinators.combine(word.list().ofMinSize(1).ofMaxSize(60), gap)
        .as((ws, g) -> String.join(g, ws));
  }
}
