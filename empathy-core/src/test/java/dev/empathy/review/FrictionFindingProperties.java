package dev.empathy.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.empathy.Empathy;
import dev.empathy.InvalidInputException;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A finding builds its suggestion when first asked for: it must still be, to every caller, the
 * record of eight components it was (equal to, hashed and printed as one given its suggestion).
 */
class FrictionFindingProperties {
  private static final Empathy EN = Empathy.create();

  /** The record a finding was, to compare its string form and hash with. */
  private record Shape(
      String rule, FrictionCategory category, Severity severity, int start, int end, String text, String reason, String suggestion) {}

  @Provide
  Arbitrary<String> drafts() {
    return new ReviewProperties().drafts();
  }

  @Property(tries = 300)
  void aFindingIsTheRecordOfItsComponents(@ForAll("drafts") String draft, @ForAll("drafts") String customer) {
    ReviewContext ctx = ReviewContext.builder().customerText(customer).channel("social").build();
    List<FrictionFinding> untouched;
    List<FrictionFinding> read;
    try {
      untouched = EN.review(draft, ctx).findings();
      read = EN.review(draft, ctx).findings();
    } catch (InvalidInputException blank) {
      assertEquals("text", blank.field());
      return;
    }
    assertEquals(read.size(), untouched.size());
    for (int i = 0; i < read.size(); i++) {
      FrictionFinding f = read.get(i);
      FrictionFinding given = new FrictionFinding(f.rule(), f.category(), f.severity(), f.start(), f.end(), f.text(), f.reason(), f.suggestion());
      Shape shape = new Shape(f.rule(), f.category(), f.severity(), f.start(), f.end(), f.text(), f.reason(), f.suggestion());
      FrictionFinding lazy = untouched.get(i);
      assertEquals(given, lazy);
      assertEquals(lazy, given);
      assertEquals(shape.hashCode(), lazy.hashCode());
      assertEquals(shape.toString().replaceFirst("^Shape", "FrictionFinding"), lazy.toString());
      assertSame(lazy.suggestion(), lazy.suggestion(), "built once, then kept");
      assertEquals(draft.substring(lazy.start(), lazy.end()), lazy.text());
    }
  }

  @Test
  void aSuggestionBuiltOnAnotherThreadIsTheSame() throws InterruptedException {
    String draft = "Unfortunately, as per our policy, refunds take 10 days. We'll get back to you soon!!!";
    FrictionFinding here = EN.review(draft).findings().get(0);
    FrictionFinding there = EN.review(draft).findings().get(0);
    String[] built = new String[1];
    Thread t = new Thread(() -> built[0] = there.suggestion());
    t.start();
    t.join();
    assertEquals(here.suggestion(), built[0]);
    assertNotEquals(here.text(), here.suggestion(), "a rewrite of the sentence, not the phrase");
  }

  @Test
  void aGivenSuggestionMustNotBeNull() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> new FrictionFinding("vague.soon", FrictionCategory.VAGUE_TIME, Severity.WARNING, 0, 4, "soon", "why", null));
    assertEquals("suggestion", e.field());
    InvalidInputException span =
        assertThrows(
            InvalidInputException.class,
            () -> new FrictionFinding("vague.soon", FrictionCategory.VAGUE_TIME, Severity.WARNING, 5, 4, "soon", "why", "x"));
    assertEquals("start", span.field());
  }
}
