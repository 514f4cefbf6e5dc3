package dev.empathy.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link Evidence} writes its equals and hashCode out (a record's generated ones cost a cold start
 * their method-handle bootstrap); they keep a record's contract: equal exactly when every
 * component is equal, and equal evidence hashes alike.
 */
class EvidenceProperties {

  @Property(tries = 500)
  void equalExactlyWhenSpanAndTextAreEqual(
      @ForAll @IntRange(max = 100_000) int start, @ForAll @IntRange(max = 50) int length, @ForAll String text, @ForAll String other) {
    Evidence e = new Evidence(start, start + length, text);
    Evidence same = new Evidence(start, start + length, new String(text.toCharArray()));
    assertEquals(e, same);
    assertEquals(same, e);
    assertEquals(e.hashCode(), same.hashCode());
    assertNotEquals(e, new Evidence(start + 1, start + length + 1, text));
    assertNotEquals(e, new Evidence(start, start + length + 1, text));
    assertEquals(text.equals(other), e.equals(new Evidence(start, start + length, other)));
    assertNotEquals(e, null);
    assertNotEquals(e, (Object) text);
  }

  @Property(tries = 100)
  void aSetOfEvidenceKeepsOneOfEachSpanAndText(@ForAll @IntRange(max = 1_000) int start, @ForAll String text) {
    List<Evidence> list =
        List.of(
            new Evidence(start, start + 1, text),
            new Evidence(start, start + 1, new String(text.toCharArray())),
            new Evidence(start, start + 2, text),
            new Evidence(start + 1, start + 2, text));
    Set<Evidence> set = new HashSet<>(list);
    assertEquals(3, set.size(), set.toString());
  }
}
