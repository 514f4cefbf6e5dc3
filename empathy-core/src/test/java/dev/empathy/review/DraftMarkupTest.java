package dev.empathy.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Empathy;
import dev.empathy.signal.MarkupText;
import org.junit.jupiter.api.Test;

/**
 * Drafts pasted from an HTML editor or taken from a platform's API carry entities and tags; they
 * are reviewed as the agent wrote them, and every span is reported in the draft as received.
 */
class DraftMarkupTest {
  private static final Empathy EN = Empathy.create();

  @Test
  void entitiesAreReadAsTheirCharacters() {
    String customer = "order arrived smashed";
    String plain = "Hi John, I'm so sorry your order arrived damaged, that's not okay. I've sent a replacement today by express; "
        + "you'll get tracking by email tonight.";
    String html = "<p>Hi John,</p><p>I&#39;m so sorry your order arrived damaged &mdash; that&rsquo;s not okay. I&#39;ve sent a "
        + "replacement today by express; you&#39;ll get tracking by email tonight.</p><p>Best,<br>Sam</p>";
    Review a = EN.review(plain, ReviewContext.builder().customerText(customer).channel("email").build());
    Review b = EN.review(html, ReviewContext.builder().customerText(customer).channel("email").build());
    assertEquals(a.rubric().get(Criterion.OWNERSHIP).score(), b.rubric().get(Criterion.OWNERSHIP).score(), b.rubric().toString());
    assertTrue(b.score() >= 90, b.rubric().toString());
    // Evidence names the draft's own characters, entity and all.
    assertTrue(b.rubric().get(Criterion.OWNERSHIP).evidence().stream().anyMatch(e -> e.text().equals("I&#39;ve")),
        b.rubric().get(Criterion.OWNERSHIP).toString());
  }

  @Test
  void findingsAfterAnEntityPointAtTheDraftAsReceived() {
    String draft = "Sorry &amp; thanks for waiting. Unfortunately, as per our policy, we can&#39;t refund it.";
    Review r = EN.review(draft, ReviewContext.builder().customerText("I want a refund").channel("email").build());
    FrictionFinding policy = r.findings().stream().filter(f -> f.rule().equals("policy.per_policy")).findFirst().orElseThrow();
    assertEquals("as per our policy", policy.text());
    assertEquals(policy.text(), draft.substring(policy.start(), policy.end()));
    // The suggestion is written in plain characters, not in entities.
    assertTrue(policy.suggestion().contains("can't refund it"), policy.suggestion());
  }

  @Test
  void markupTextMapsDecodedOffsetsBack() {
    MarkupText m = MarkupText.decode("I&#39;ve refunded it.<br>Sam");
    assertTrue(m.text().startsWith("I've refunded it."), m.text());
    assertEquals(1, m.original(1));
    assertEquals(6, m.original(2));
    assertEquals("I&#39;ve refunded it.<br>Sam".length(), m.original(m.text().length()));
    MarkupText none = MarkupText.decode("no markup <3 here");
    assertTrue(none.sameOffsets());
    assertEquals("no markup <3 here", none.text());
  }
}
