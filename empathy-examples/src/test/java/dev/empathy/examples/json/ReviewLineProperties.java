package dev.empathy.examples.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.empathy.Empathy;
import dev.empathy.review.Review;
import dev.empathy.review.ReviewContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link ContractJson#reviewLine} writes, without a tree, exactly the bytes of {@link
 * ContractJson#review}'s tree with the id first, as {@link StrictJson#writeLine} writes it: for
 * drafts of real and arbitrary text, every kind of id, and a draft with more findings than an
 * answer lists.
 */
class ReviewLineProperties {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Empathy EN = Empathy.builder().locale(Locale.US).build();
  private static final Empathy FR = Empathy.builder().locale(Locale.FRANCE).build();
  private static final Empathy JA = Empathy.builder().locale(Locale.JAPAN).build();

  private static void sameAsTheTree(JsonNode id, Review review) {
    ObjectNode tree = NODES.objectNode();
    if (id != null) {
      tree.set("id", id);
    }
    tree.setAll(ContractJson.review(review));
    byte[] expected = (StrictJson.textWithJackson(tree) + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] line = ContractJson.reviewLine(id, review);
    assertNotNull(line);
    assertArrayEquals(expected, line, () -> new String(expected, StandardCharsets.UTF_8));
    assertArrayEquals(expected, StrictJson.writeLine(tree));
  }

  @Property(tries = 250)
  void aReviewIsWrittenAsItsTreeIs(
      @ForAll("drafts") String draft, @ForAll("ids") JsonNode id, @ForAll("customers") String customer, @ForAll("locales") int locale) {
    Empathy empathy = locale == 0 ? EN : locale == 1 ? FR : JA;
    Review review;
    try {
      ReviewContext.Builder context = ReviewContext.builder();
      if (!customer.isBlank()) {
        context.customerText(customer);
      }
      review = empathy.review(draft, context.build());
    } catch (dev.empathy.InvalidInputException e) {
      // A draft or message the library rejects (blank once cleaned) gets an error line instead.
      assertTrue(e.field().equals("text") || e.field().equals("customerText"), e.field());
      return;
    }
    sameAsTheTree(id, review);
  }

  @Example
  void aDraftWithMoreFindingsThanAnAnswerListsIsWrittenAsItsTreeIs() {
    String draft = "Per our policy we cannot refund, calm down. ".repeat(400);
    Review review = EN.review(draft, ReviewContext.builder().build());
    assertTrue(review.findings().size() > ContractJson.MAX_FINDINGS, "findings: " + review.findings().size());
    sameAsTheTree(NODES.numberNode(7), review);
    String line = new String(ContractJson.reviewLine(null, review), StandardCharsets.UTF_8);
    assertTrue(line.contains("],\"findingsOmitted\":"), line.substring(0, 200));
    assertEquals(-1, line.indexOf("\"id\""));
  }

  @Provide
  Arbitrary<String> drafts() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            "Hi Dana,\n\nI’m so sorry your refund still hasn’t arrived. I’ve escalated it and I’ll email you by 3 pm today.\n\nBest,\nPriya",
            "Per our policy we cannot refund. It will be looked into soon.",
            "Calm down, you obviously didn't read the FAQ. Your card 4111 1111 1111 1111 was charged.",
            "As per my last email, \"please\" send your password to support@example.com ASAP!!!",
            "Désolé pour ce retard : je m’en occupe et je vous écris demain à 10 h.",
            "ご不便をおかけして申し訳ございません。本日中にご連絡いたします。"),
        Arbitraries.strings().ofMinLength(1).ofMaxLength(300),
        Arbitraries.strings().withChars("ab “”’\"\\\n\t\u0001\uD83D\uDE21\uD800é😡 .!?").ofMinLength(1).ofMaxLength(200))
        .filter(s -> !s.isBlank());
  }

  @Provide
  Arbitrary<JsonNode> ids() {
    return Arbitraries.oneOf(
        Arbitraries.just((JsonNode) null),
        Arbitraries.integers().map(i -> (JsonNode) NODES.numberNode(i)),
        Arbitraries.strings().ofMaxLength(50).map(s -> (JsonNode) NODES.textNode(s)),
        Arbitraries.of("1e400", "0.10", "-0", "12345678901234567890").map(raw -> (JsonNode) new POJONode(new RawValue(raw))));
  }

  @Provide
  Arbitrary<String> customers() {
    return Arbitraries.oneOf(
        Arbitraries.of("", "This is the THIRD time my internet dropped this week, I'm furious", "thank you so much!!"),
        Arbitraries.strings().ofMaxLength(80));
  }

  @Provide
  Arbitrary<Integer> locales() {
    return Arbitraries.integers().between(0, 2);
  }

  @Example
  void theLongStringsOfManyAnswersAreWrittenAsTheirTreesAre() {
    // The same notes in answer after answer come from the thread's cache of encoded strings.
    for (String draft : List.of("Thanks for waiting.", "I’ve refunded you.", "Per our policy, no.", "Thanks for waiting.")) {
      for (int round = 0; round < 3; round++) {
        sameAsTheTree(NODES.textNode("d" + round), EN.review(draft, ReviewContext.builder().build()));
      }
    }
  }
}
