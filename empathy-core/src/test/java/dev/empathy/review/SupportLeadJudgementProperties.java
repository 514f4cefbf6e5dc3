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
 * The promises of the session-15 judgement mechanisms on any text: a Japanese quote lead-in that
 * follows its quote (「…とのこと」), a consent question after an offer, the policy-document shape and
 * the synonyms of the summary overlap never crash a review, and every finding and every piece of
 * evidence is a span of the draft, whatever surrounds them (emoji with ZWJ, combining marks, RTL,
 * unpaired surrogates, control characters).
 */
class SupportLeadJudgementProperties {
  private static final List<Empathy> ALL =
      List.of("en-US", "es", "fr", "de", "pt-BR", "ja").stream().map(l -> Empathy.builder().locale(l).build()).toList();

  @Provide
  Arbitrary<String> drafts() {
    Arbitrary<String> fragments =
        Arbitraries.oneOf(
            Arbitraries.of(
                "とのこと", "とのこと、", "、", "。", "ご不便をおかけして申し訳ございません", "規定により", "本日", "いかがでしょうか",
                "I can refund it right now", "would that work for you?", "Which would you prefer?", "?", "today",
                "as outlined in section 4 of our", "T&Cs", "per your", "agreement", "parcel", "package", "charged",
                "Please do not use capital letters", "looks like you forgot", "sera traité", "wird geprüft", "foi encaminhada",
                "si vous me le confirmez", "pode ser", "👩‍👩‍👧", "\u0301", "\uD83D", "\u202E", "\u0007", " ", "\n", "> ", "“", "”"),
            Arbitraries.strings().all().ofMaxLength(8));
    return fragments.list().ofMaxSize(16).map(l -> String.join("", l));
  }

  @Property(tries = 300)
  void findingsAndEvidenceAreSpansOfTheDraft(
      @ForAll("drafts") String draft, @ForAll("drafts") String customer, @ForAll @IntRange(min = 0, max = 5) int locale) {
    if (UserText.clean(draft).strip().isEmpty()) {
      return;
    }
    ReviewContext.Builder context = ReviewContext.builder().channel("chat");
    if (!UserText.clean(customer).strip().isEmpty()) {
      context.customerText(customer);
    }
    Review r = ALL.get(locale).review(draft, context.build());
    String text = r.findings().isEmpty() ? null : draft;
    for (FrictionFinding f : r.findings()) {
      assertTrue(0 <= f.start() && f.start() <= f.end() && f.end() <= text.length(), f.toString());
      assertEquals(text.substring(f.start(), f.end()), f.text());
    }
    for (RubricScore s : r.rubric().values()) {
      assertTrue(s.score() >= 0 && s.score() <= 1, s.toString());
      for (dev.empathy.signal.Evidence e : s.evidence()) {
        assertTrue(0 <= e.start() && e.start() <= e.end() && e.end() <= draft.length(), e.toString());
      }
    }
  }

  @Property(tries = 200)
  void aConsentQuestionNeverLowersTheActionScore(@ForAll("drafts") String draft, @ForAll @IntRange(min = 0, max = 5) int locale) {
    if (UserText.clean(draft).strip().isEmpty()) {
      return;
    }
    Empathy e = ALL.get(locale);
    double without = e.review(draft).rubric().get(Criterion.ACTION_NOW).score();
    double with = e.review(draft + " Would that work for you?").rubric().get(Criterion.ACTION_NOW).score();
    assertTrue(with >= without, without + " -> " + with);
  }
}
