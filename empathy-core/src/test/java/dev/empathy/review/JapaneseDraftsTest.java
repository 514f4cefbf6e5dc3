package dev.empathy.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.Empathy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Japanese agents' drafts as they are really sent (session 11, reply-ja): the cold refusal, "by
 * design", blame on the customer's operation, a carrier to call directly; and a calmer rewrite that
 * stays grammatical.
 */
class JapaneseDraftsTest {
  private static final Empathy JA = Empathy.builder().locale("ja-JP").build();

  private static List<String> rules(String draft) {
    return JA.review(draft).findings().stream().map(FrictionFinding::rule).toList();
  }

  @Test
  void dekikanemasuAloneShutsTheDoor() {
    assertTrue(rules("お問い合わせの件ですが、返品はお受けできかねます。").contains("policy.cannot_coldly"));
    // With a way forward in the same sentence it is a clear, kind answer.
    assertFalse(rules("本日中の発送はできかねますが、代わりに明日午前の便でお送りいたします。").contains("policy.cannot_coldly"));
  }

  @Test
  void byDesignIsNotAnAnswer() {
    FrictionFinding f = JA.review("それは仕様です。アプリの設定画面から変更してください。").findings().stream()
        .filter(x -> x.rule().equals("policy.by_design")).findFirst().orElseThrow();
    assertEquals(FrictionCategory.POLICY_HIDING, f.category());
    assertEquals("仕様です", f.text());
  }

  @Test
  void blamingTheCustomersOperationIsBlame() {
    assertTrue(JA.review("お客様の操作ミスが原因と思われます。").findings(FrictionCategory.BLAME).size() > 0);
  }

  @Test
  void aColdNoAndEveryoneElseTooHideBehindPolicy() {
    List<String> r = rules("それはできません。他のお客様も同じ条件ですので。");
    assertTrue(r.contains("policy.nothing_i_can_do"), r::toString);
    assertTrue(r.contains("policy.per_policy"), r::toString);
  }

  @Test
  void sendingTheCustomerToTheCarrierDirectlyIsDeflection() {
    assertTrue(rules("配送業者の問題ですので、配送業者に直接お問い合わせください。").contains("deflection.elsewhere"));
  }

  @Test
  void theRewriteOfSuruDakeDeKeepsItsParticle() {
    FrictionFinding f = JA.review("大したことではありませんので、再起動するだけで直ります。").findings().stream()
        .filter(x -> x.rule().startsWith("minimising.just")).findFirst().orElseThrow();
    assertTrue(f.suggestion().contains("再起動すれば直ります"), f.suggestion());
  }
}
