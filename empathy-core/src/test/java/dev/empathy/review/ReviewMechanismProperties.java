package dev.empathy.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Empathy;
import dev.empathy.text.UserText;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The promises of the mechanisms added for real agent text: quoted customer lines are never the
 * agent's language, an unfilled template field is always caught whatever surrounds it, and a
 * count rule (over-apologising) fires once, on its n-th match.
 */
class ReviewMechanismProperties {
  private static final List<Empathy> ALL =
      List.of("en-US", "en-GB", "es", "fr", "de", "pt-BR", "ja").stream().map(l -> Empathy.builder().locale(l).build()).toList();
  private static final Empathy EN = ALL.get(0);

  @Provide
  Arbitrary<List<String>> lines() {
    Arbitrary<String> fragments =
        Arbitraries.oneOf(
            Arbitraries.of(
                "Just restart it", "per our policy,", "soon", "calm down", "You should have read the FAQ", "obviously",
                "We apologize for any inconvenience", "sorry", "{first_name}", "[AGENT NAME]", "INC0012345", "規定により",
                "後ほど", "según nuestra política", "Beruhigen Sie sich", "évidemment", "👩‍👩‍👧", "\u0301", "\uD83D", " "),
            Arbitraries.strings().all().ofMaxLength(10));
    return fragments.list().ofMaxSize(12).map(l -> String.join("", l).replace('\n', ' ').replace('\r', ' ')).list().ofMaxSize(8);
  }

  @Property(tries = 300)
  void quotedCustomerLinesNeverYieldFindings(@ForAll("lines") List<String> quoted, @ForAll @IntRange(min = 0, max = 6) int locale) {
    StringBuilder draft = new StringBuilder();
    for (String line : quoted) {
      draft.append("> ").append(line).append('\n');
    }
    String text = draft.toString();
    if (UserText.clean(text).strip().isEmpty()) {
      return;
    }
    Review r = ALL.get(locale).review(text);
    assertTrue(r.findings().isEmpty(), r.findings().toString());
  }

  @Property(tries = 200)
  void webAndMailAddressesNeverYieldFindings(@ForAll("lines") List<String> words, @ForAll @IntRange(min = 0, max = 6) int locale) {
    StringBuilder path = new StringBuilder();
    for (String w : words) {
      StringBuilder part = new StringBuilder();
      w.codePoints().forEach(c -> part.appendCodePoint(Character.isWhitespace(c) || Character.isSpaceChar(c) || "<>\"“”()[]{}%".indexOf(c) >= 0 ? '-' : c));
      path.append(part).append('/');
    }
    String p = path.toString();
    String draft = "See https://help.example.com/" + p + "?q=" + p + " or mail " + p.replace("/", ".").replace("@", "") + "x@example.com";
    Review r = ALL.get(locale).review(draft);
    assertTrue(r.findings().isEmpty(), draft + " -> " + r.findings());
  }

  @Provide
  Arbitrary<String> fieldNames() {
    return Arbitraries.strings().withCharRange('a', 'z').withChars('_', '.').ofMinLength(1).ofMaxLength(30)
        .filter(n -> Character.isLetter(n.charAt(0)));
  }

  @Provide
  Arbitrary<String> plainText() {
    return Arbitraries.strings().withChars("abcdefg hijk,.!?éñü日本語👍0123456789-'").ofMaxLength(60);
  }

  @Property(tries = 300)
  void anUnfilledFieldIsAlwaysCaught(
      @ForAll("plainText") String before, @ForAll("fieldNames") String name, @ForAll("plainText") String after, @ForAll @IntRange(min = 0, max = 6) int locale) {
    String field = "{" + name + "}";
    String draft = before + " " + field + " " + after;
    Review r = ALL.get(locale).review(draft);
    List<FrictionFinding> found = r.findings(FrictionCategory.PLACEHOLDER);
    assertEquals(1, found.size(), draft + " " + r.findings());
    FrictionFinding f = found.get(0);
    assertEquals(field, f.text());
    assertEquals(draft.indexOf(field, before.length()), f.start());
    assertEquals(Severity.ERROR, f.severity());
    assertTrue(f.suggestion().contains(field), f.suggestion());
  }

  @Property(tries = 200)
  void lowerCaseSquareBracketsAndTagsAreNotFields(@ForAll("plainText") String before, @ForAll("fieldNames") String name) {
    String draft = before + " [" + name + "] and <" + name.replace("_", "").replace(".", "") + "> " + before;
    if (UserText.clean(draft).strip().isEmpty()) {
      return;
    }
    assertTrue(EN.review(draft).findings(FrictionCategory.PLACEHOLDER).isEmpty(), draft);
  }

  @Property(tries = 100)
  void overApologisingIsFlaggedOnceOnTheThirdApology(@ForAll @IntRange(min = 1, max = 12) int apologies) {
    String draft = "I've refunded the charge. " + "I'm sorry. ".repeat(apologies);
    List<FrictionFinding> found =
        EN.review(draft).findings().stream().filter(f -> f.rule().equals("boilerplate.over_apology")).toList();
    assertEquals(apologies >= 3 ? 1 : 0, found.size(), draft);
    if (apologies >= 3) {
      int third = draft.indexOf("sorry", draft.indexOf("sorry", draft.indexOf("sorry") + 1) + 1);
      assertEquals(third, found.get(0).start());
    }
  }
}
