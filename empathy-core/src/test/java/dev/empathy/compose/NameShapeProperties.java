package dev.empathy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The greeting's name check asks the private-data detector only about text that could hold
 * private data: for a name made only of letters, spaces, hyphens, apostrophes and full stops
 * (including words that announce private data elsewhere: "Password", "PIN", "Card"), skipping
 * the detector gives the answer the detector gives.
 */
class NameShapeProperties {
  @Provide
  Arbitrary<String> nameShaped() {
    Arbitrary<String> word = Arbitraries.oneOf(
        Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withChars("éøßÅñçİı’'-.").ofMinLength(1).ofMaxLength(12),
        Arbitraries.of("Password", "password", "PIN", "Code", "Username", "IBAN", "Card", "Account", "Email", "Phone",
            "Dana", "O’Neill", "Jean-Luc", "St.", "Mc", "Ms.", "Dr.", "Iban", "Mail", "ID", "User", "Security", "Birth"));
    return word.list().ofMinSize(1).ofMaxSize(4).map(ws -> String.join(" ", ws));
  }

  @Provide
  Arbitrary<Locale> locales() {
    return Arbitraries.of(Locale.US, Locale.UK, Locale.GERMAN, Locale.FRENCH, new Locale("es"), new Locale("pt", "BR"), Locale.JAPANESE);
  }

  @Property(tries = 500)
  void theDetectorFindsNothingInANameShapedText(@ForAll("nameShaped") String name, @ForAll("locales") Locale locale) {
    if (!Composer.nameShaped(name) || Composer.firstName(name).codePoints().noneMatch(Character::isLetter)) {
      return;
    }
    assertNull(Composer.privateDataIn(name, Composer.firstName(name), locale), name);
    assertNull(Composer.notAName(name, locale), name);
  }

  @Test
  void textThatCouldHoldPrivateDataIsStillChecked() {
    for (String s : new String[] {"dana@example.com", "4111 1111 1111 1111", "55 W 10th St", "Dana  Whitaker", "a b c d e", ""}) {
      assertFalse(Composer.nameShaped(s), s);
    }
    assertEquals("an email address", Composer.notAName("dana@example.com", Locale.US));
  }
}
