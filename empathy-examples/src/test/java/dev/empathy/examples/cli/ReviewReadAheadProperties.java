package dev.empathy.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.empathy.Empathy;
import dev.empathy.InvalidInputException;
import dev.empathy.Register;
import dev.empathy.examples.json.ContractJson;
import dev.empathy.examples.json.StrictJson;
import dev.empathy.review.Review;
import dev.empathy.review.ReviewContext;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@code review} reads the first customer message's language data ahead on a second thread: the
 * answer is the library's own review of the line, byte for byte, and nothing is written to stderr,
 * whatever the message (cut inside a surrogate pair at the read-ahead's limit, unpaired
 * surrogates, controls, right-to-left text, 100 KB).
 */
class ReviewReadAheadProperties {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DRAFT = "Unfortunately as per our policy you should have read the FAQ. It will be looked into soon.";

  @Provide
  Arbitrary<String> customerText() {
    Arbitrary<String> unicode = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(700);
    Arbitrary<String> tricky =
        Arbitraries.of(
            "a".repeat(511) + "😡 THIRD time!!!", // a surrogate pair across the 512-char prefix
            "a".repeat(511) + "\uD83D", // a high surrogate alone at the limit
            "\uDC00 still no refund \uD800", "👩‍👩‍👧‍👦 e\u0301 שלום עולם مرحبا", "\u0000\u0007\u001B[31m fix it",
            "@ShopCo u guys r useless lol 🙄 https://e.x/?a=1&amp;b=2", "ya es la tercera vez!!! nadie contesta",
            "x ".repeat(50_000));
    return Arbitraries.oneOf(unicode, tricky);
  }

  @Property(tries = 60)
  void theAnswerIsTheLibrarysReview(@ForAll("customerText") String customerText) throws Exception {
    ObjectNode line = JSON.createObjectNode().put("id", 7).put("text", DRAFT).put("customerText", customerText);
    // Escaped to ASCII: an unpaired surrogate must reach the CLI as itself, not as UTF-8's "?".
    CliRun run = CliRun.of(JSON.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII).writeValueAsString(line) + "\n", "review");
    if (customerText.isBlank()) {
      assertEquals(1, run.exitCode(), "a blank customer's message is refused: " + run.out());
      return;
    }
    Empathy empathy = Empathy.builder().locale("en-US").register(Register.FORMAL).build();
    Review review;
    try {
      review = empathy.review(DRAFT, ReviewContext.builder().customerText(customerText).build());
    } catch (InvalidInputException e) {
      assertEquals(1, run.exitCode(), "the library refuses the message (" + e.getMessage() + "), so must the CLI: " + run.out());
      return;
    }
    JsonNode id = JSON.getNodeFactory().numberNode(7);
    byte[] expected = ContractJson.reviewLine(id, review);
    if (expected == null) {
      expected = StrictJson.writeLine(JsonLinesCommand.withId(id, ContractJson.review(review)));
    }
    assertEquals(new String(expected, UTF_8), run.out());
    assertEquals("", run.stderr());
    assertEquals(0, run.exitCode());
  }

  @Example
  void aSecondLineIsAnsweredAsTheFirst() throws Exception {
    ObjectNode line = JSON.createObjectNode().put("text", DRAFT).put("customerText", "This is the THIRD time I've been charged twice!!! Fix it now or I cancel.");
    String text = JSON.writeValueAsString(line);
    CliRun run = CliRun.of(text + "\n" + text + "\n", "review");
    String[] answers = run.out().split("\n");
    assertEquals(2, answers.length, run.out());
    assertEquals(answers[0], answers[1]);
    assertEquals("", run.stderr());
  }
}
