package dev.empathy.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Empathy;
import dev.empathy.signal.Evidence;
import dev.empathy.text.Graphemes;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The promises of the summary's concrete details, the hand-off reading and the topic-picked notes,
 * whatever the text: a review never fails on a draft, every rubric evidence span is the draft's own
 * text between grapheme boundaries (a summary's holds a letter or a digit), and a contextual rewrite keeps
 * the figures of its sentence.
 */
class SummaryEvidenceProperties {
  private static final List<Empathy> ALL =
      List.of("en-US", "es-ES", "fr-FR", "de-DE", "pt-BR", "ja-JP").stream().map(l -> Empathy.builder().locale(l).build()).toList();

  @Provide
  Arbitrary<String> drafts() {
    Arbitrary<String> pieces =
        Arbitraries.oneOf(
            Arbitraries.of(
                "$42.50", "€19,99", "R$ 89,90", "#88213", "4242", "1Z999AA10123456784", "3-5", "12/9", "5pm", "2週間", "１２３",
                " the ", " your ", " order ", " restocking fee ", " Visa ending ", " business days", " within ", " call us at ",
                " DM us ", " ^KM", " -Sam", " please ", "@jenny ", "https://x.example/4471?a=1 ", "a@b.co ", "\u0301", "👩‍👩‍👧",
                "\uD83D", "\u200F", "שלום ", "مرحبا ", ". ", "; ", "\n", "> quoted 42 line\n", "“", "”", "&amp;", "\u0000"),
            Arbitraries.strings().all().ofMaxLength(8));
    return pieces.list().ofMaxSize(24).map(l -> String.join("", l));
  }

  @Property(tries = 400)
  void everyEvidenceSpanIsTheDraftsOwnWords(
      @ForAll("drafts") String draft, @ForAll("drafts") String customer, @ForAll @IntRange(min = 0, max = 5) int locale, @ForAll @IntRange(min = 0, max = 2) int channel) {
    if (draft.codePoints().noneMatch(Character::isLetterOrDigit)) {
      return; // blank to the library (white space or format characters alone): refused naming "text"
    }
    ReviewContext.Builder ctx = ReviewContext.builder().channel(List.of("social", "chat", "email").get(channel));
    if (customer.codePoints().anyMatch(Character::isLetterOrDigit)) {
      ctx.customerText(customer);
    }
    Review r = ALL.get(locale).review(draft, ctx.build());
    for (RubricScore score : r.rubric().values()) {
      assertTrue(score.score() >= 0 && score.score() <= 1, score.toString());
      for (Evidence e : score.evidence()) {
        assertTrue(0 <= e.start() && e.start() < e.end() && e.end() <= draft.length(), score.criterion() + " " + e);
        assertEquals(draft.substring(e.start(), e.end()), e.text());
        assertTrue(Graphemes.isBoundary(draft, e.start()) && Graphemes.isBoundary(draft, e.end()), score.criterion() + " " + e + " in " + draft);
        if (score.criterion() == Criterion.SUMMARY) {
          assertTrue(e.text().codePoints().anyMatch(Character::isLetterOrDigit), "summary evidence without a word: " + e);
        }
      }
    }
  }

  @Provide
  Arbitrary<String> amounts() {
    return Arbitraries.integers().between(1, 99_999).map(n -> "$" + n + "." + String.format(java.util.Locale.ROOT, "%02d", n % 100));
  }

  @Provide
  Arbitrary<String> things() {
    return Arbitraries.of("restocking fee", "late fee", "annual plan", "gift card balance", "deposit", "order 4471", "ticket upgrade");
  }

  @Provide
  Arbitrary<String> openers() {
    return Arbitraries.of("Unfortunately", "Sadly", "Just so you know,", "Kindly note that", "Please be advised that");
  }

  @Property(tries = 300)
  void aContextualRewriteKeepsTheSentencesFiguresAndThings(@ForAll("openers") String opener, @ForAll("things") String thing, @ForAll("amounts") String amount) {
    String draft = opener + " the " + thing + " of " + amount + " is non-refundable. I can move it to your next booking.";
    Review r = ALL.get(0).review(draft);
    for (FrictionFinding f : r.findings()) {
      if (f.start() < draft.indexOf(". ") && !f.suggestion().startsWith("[") && f.suggestion().contains(thing)) {
        assertTrue(f.suggestion().contains(amount), f.rule() + ": " + f.suggestion());
      }
    }
    // The sentence's figure restates the case, with the words that name it.
    List<String> summary = r.rubric().get(Criterion.SUMMARY).evidence().stream().map(Evidence::text).toList();
    assertTrue(summary.stream().anyMatch(s -> s.contains(amount.substring(1))), draft + " -> " + summary);
  }
}
