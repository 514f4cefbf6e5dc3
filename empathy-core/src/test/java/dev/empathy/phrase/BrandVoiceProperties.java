package dev.empathy.phrase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Empathy;
import dev.empathy.InvalidInputException;
import dev.empathy.Register;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Brand overrides: any valid pattern builds and formats; any invalid one fails naming its key. */
class BrandVoiceProperties {
  private static final List<PhraseKey> PHRASES =
      Phrasebook.catalogue().stream().filter(k -> !k.raw()).toList();

  /** A key, a pattern built only from its own arguments and literal text, and that text. */
  record Valid(String key, String pattern, String literal) {}

  @Provide
  Arbitrary<String> literals() {
    // Any text an author might type, minus the syntax characters that would change the meaning.
    return Arbitraries.strings()
        .all()
        .ofMinLength(1)
        .ofMaxLength(30)
        .map(s -> s.replaceAll("[{}'#|\\p{Cc}\\p{Cs}]", ""))
        .filter(s -> !s.isBlank());
  }

  @Provide
  Arbitrary<Valid> valid() {
    return Combinators.combine(Arbitraries.of(PHRASES), literals(), literals(), Arbitraries.of("", "@de", "@ja", "@en-GB", "@pt-BR"))
        .as((key, a, b, lang) -> {
          StringBuilder p = new StringBuilder(a);
          for (String arg : key.arguments()) {
            p.append(
                switch (arg) {
                  case "owner" -> "{owner, select, me {I} team {we} other {{team}}}";
                  case "deadlineKind" -> "{deadlineKind, select, none {} other {, {deadline}}}";
                  case "count", "hour" -> "{" + arg + ", plural, one {# x} other {# xs}}";
                  default -> " {" + arg + "} ";
                });
          }
          p.append(b);
          return new Valid(key.key() + lang, p.toString(), a.strip());
        });
  }

  @Property(tries = 300)
  void anyPatternMadeOfTheKeysOwnArgumentsBuildsAndFormats(@ForAll("valid") Valid v) {
    BrandVoice voice = BrandVoice.builder().phrase(v.key(), v.pattern()).build();
    String base = v.key().contains("@") ? v.key().substring(0, v.key().indexOf('@')) : v.key();
    String lang = v.key().contains("@") ? v.key().substring(v.key().indexOf('@') + 1) : "fr";
    Phrasebook book = Phrasebook.load(Locale.forLanguageTag(lang), Register.FORMAL, voice);
    Map<String, Object> args = new HashMap<>();
    for (String arg : Phrasebook.key(base).orElseThrow().arguments()) {
      args.put(arg, switch (arg) {
        case "owner" -> "named";
        case "deadlineKind" -> "date";
        case "count", "hour" -> 2L;
        default -> "«" + arg + "»";
      });
    }
    String out = book.format(base, 7, 3, args);
    // Compare in NFC: a compatibility ideograph such as U+F900 has a canonical equivalent.
    com.ibm.icu.text.Normalizer2 nfc = com.ibm.icu.text.Normalizer2.getNFCInstance();
    // Bidi embedding, override and isolate controls never reach a reply, brand text included
    // (UserText removes them: they could reorder what the customer sees); a noncharacter becomes
    // U+FFFD, as UserText documents; the rest stays as written.
    String literal = nfc.normalize(v.literal()).replaceAll("[\u202A-\u202E\u2066-\u2069]", "")
        .codePoints()
        .map(cp -> (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE ? 0xFFFD : cp)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
    String normalizedOut = nfc.normalize(out);
    // Combining marks that end the literal may be reordered in NFC with marks the text after it
    // opens with (U+0300 then U+0316 is U+0316 U+0300): the literal is compared without them (a
    // draw in session 18: "!\u0300" + "\u0316").
    String unmarked = literal.strip().replaceAll("\\p{M}+$", "");
    String head = unmarked.isEmpty() ? literal.strip() : unmarked;
    assertTrue(normalizedOut.startsWith(head) || normalizedOut.contains(unmarked.isEmpty() ? literal : unmarked), () -> v + " -> " + out);
    for (String arg : Phrasebook.key(base).orElseThrow().arguments()) {
      if (!List.of("owner", "deadlineKind", "count", "hour").contains(arg)) {
        assertTrue(out.contains("«" + arg + "»"), () -> arg + " missing from " + out);
      }
    }
  }

  /** The draw of session 18's CI: a literal ending in a mark, then a mark of a lower combining class. */
  @Example
  void marksAcrossTheLiteralsEdgeAreReorderedNotLost() {
    PhraseKey key = PHRASES.stream().filter(k -> k.key().equals("greeting.anonymous")).findFirst().orElseThrow();
    anyPatternMadeOfTheKeysOwnArgumentsBuildsAndFormats(new Valid(key.key(), "!\u0300\u0316", "!\u0300"));
  }

  @Property(tries = 200)
  void anArgumentTheKeyDoesNotOfferFailsNamingKeyAndArgument(
      @ForAll("keys") PhraseKey key, @ForAll("argumentNames") String arg) {
    if (key.arguments().contains(arg)) {
      return;
    }
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> BrandVoice.builder().phrase(key.key(), "Hi {" + arg + "}").build());
    assertEquals("phrase", e.field());
    assertTrue(e.getMessage().startsWith("phrase " + key.key() + ": argument {" + arg + "} is not offered"), e.getMessage());
  }

  @Property(tries = 200)
  void aMalformedPatternFailsNamingTheKey(@ForAll("keys") PhraseKey key, @ForAll("broken") String pattern) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> BrandVoice.builder().phrase(key.key() + "@es", pattern).build());
    assertTrue(e.getMessage().startsWith("phrase " + key.key() + "@es: "), e.getMessage());
  }

  @Property(tries = 200)
  void anUnknownKeyFailsNamingIt(@ForAll("identifiers") String key) {
    if (Phrasebook.key(key).isPresent()) {
      return;
    }
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> BrandVoice.builder().phrase(key, "Hello.").build());
    assertTrue(e.getMessage().startsWith("phrase " + key + ": unknown key " + key), e.getMessage());
  }

  @Property(tries = 100)
  void aBanEitherRemovesEveryVariantThatSaysItOrFailsNamingTheKey(
      @ForAll("bans") String ban, @ForAll("tags") String tag) {
    BrandVoice voice = BrandVoice.builder().ban(ban).build();
    Phrasebook book;
    try {
      book = Phrasebook.load(Locale.forLanguageTag(tag), Register.FORMAL, voice);
    } catch (InvalidInputException e) {
      // Either every variant of a key said the ban, or the ban took every variant of one fit
      // (German ack.grateful's two light variants both say "lacht"): both name the key and why.
      assertTrue(
          e.getMessage().matches("phrase [a-zA-Z.\\-]+: every .*")
              || e.getMessage().matches(
                  "phrase [a-zA-Z.\\-]+ \\([^)]+\\): no variant fits .*\\(banned phrases removed the others\\)"),
          e.getMessage());
      return;
    }
    String folded = BrandVoice.fold(ban);
    for (PhraseKey k : PHRASES) {
      for (String p : book.patterns(k.key())) {
        assertFalse(BrandVoice.fold(p).contains(folded) && !p.contains("{"), () -> k.key() + " still says " + ban + ": " + p);
      }
    }
    Empathy.builder().locale(tag).voice(voice).build();
  }

  @Example
  void aBanThatTakesEveryVariantOfOneFitFailsNamingTheKeyAndTheFit() {
    BrandVoice voice = BrandVoice.builder().ban("lacht").build();
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class, () -> Phrasebook.load(Locale.GERMAN, Register.FORMAL, voice));
    assertTrue(e.getMessage().startsWith("phrase ack.grateful (de, formal): no variant fits "), e.getMessage());
    assertTrue(e.getMessage().contains("light moment"), e.getMessage());
    assertTrue(e.getMessage().endsWith("(banned phrases removed the others)"), e.getMessage());
  }

  @Provide
  Arbitrary<PhraseKey> keys() {
    return Arbitraries.of(PHRASES);
  }

  @Provide
  Arbitrary<String> identifiers() {
    return Arbitraries.strings().withCharRange('a', 'z').withChars('.', '_').ofMinLength(1).ofMaxLength(12)
        .filter(s -> Character.isLetter(s.charAt(0)));
  }

  @Provide
  Arbitrary<String> argumentNames() {
    return Arbitraries.strings().withCharRange('a', 'z').withChars('_').ofMinLength(1).ofMaxLength(12)
        .filter(s -> Character.isLetter(s.charAt(0)));
  }

  @Provide
  Arbitrary<String> broken() {
    return Arbitraries.of(
        "{", "}", "Hi {", "Hi }", "{ }", "{,}", "{situation, select}", "{count, plural, one {#}}",
        "{owner, select, me {x}", "{x, date}", "{x, choice, 0#a}", "{0", "a {b {c}} d");
  }

  @Provide
  Arbitrary<String> bans() {
    return Arbitraries.oneOf(
        Arbitraries.of("sorry", "I'm", "unfortunately", "Grüße", "申し訳", "vous", "happy to help", "Sie"),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(6));
  }

  @Provide
  Arbitrary<String> tags() {
    return Arbitraries.of("en-US", "en-GB", "de", "fr", "es", "pt-BR", "ja");
  }
}
