package dev.empathy.phrase;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.empathy.Register;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Laying out the sentence after a greeting only ever changes the case of its first letter. */
class AfterGreetingProperties {
  private static final Phrasebook DE = Phrasebook.load(Locale.GERMAN, Register.FORMAL, BrandVoice.none());

  @Property(tries = 300)
  void onlyTheFirstLettersCaseCanChange(@ForAll String greeting, @ForAll String sentence) {
    String laid = DE.afterGreeting(greeting, sentence);
    assertEquals(sentence.length(), laid.length());
    if (!sentence.isEmpty()) {
      int first = Character.charCount(sentence.codePointAt(0));
      assertEquals(sentence.substring(first), laid.substring(first));
      assertEquals(sentence.substring(0, first).toLowerCase(Locale.GERMAN), laid.substring(0, first).toLowerCase(Locale.GERMAN));
    }
  }

  @Property(tries = 300)
  void withoutACommaTheSentenceIsUntouched(@ForAll String greeting, @ForAll String sentence) {
    String g = greeting.stripTrailing();
    if (!g.endsWith(",")) {
      assertEquals(sentence, DE.afterGreeting(greeting, sentence));
    }
  }
}
