package dev.empathy.signal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link EvidenceSet} answers as a {@code HashSet} of evidence does, under any adds and lookups. */
class EvidenceSetProperties {
  @Property(tries = 300)
  void answersAsAHashSet(@ForAll("evidences") List<Evidence> added, @ForAll("evidences") List<Evidence> asked) {
    EvidenceSet set = new EvidenceSet();
    Set<Evidence> reference = new HashSet<>();
    for (Evidence e : added) {
      set.add(e);
      reference.add(e);
      if (set.size() != reference.size()) {
        throw new AssertionError("size " + set.size() + " after adding " + e + ", expected " + reference.size());
      }
    }
    for (Evidence e : asked) {
      if (set.contains(e) != reference.contains(e)) {
        throw new AssertionError("contains(" + e + ") = " + set.contains(e) + " after " + added);
      }
    }
    for (Evidence e : added) {
      if (!set.contains(e)) {
        throw new AssertionError("lost " + e + " after " + added);
      }
    }
  }

  @Example
  void sameSpanOtherTextIsAnother() {
    EvidenceSet set = new EvidenceSet();
    set.add(new Evidence(4, 10, "waited"));
    set.add(new Evidence(4, 10, "waited"));
    if (set.size() != 1 || !set.contains(new Evidence(4, 10, new String("waited".toCharArray())))) {
      throw new AssertionError("an equal evidence is one");
    }
    if (set.contains(new Evidence(4, 10, "Waited")) || set.contains(new Evidence(4, 11, "waited"))) {
      throw new AssertionError("another text or span is another evidence");
    }
  }

  @Provide
  Arbitrary<List<Evidence>> evidences() {
    // Few spans and texts, so that equal evidences, equal spans with other texts and collisions are common.
    Arbitrary<Evidence> one =
        Combinators.combine(Arbitraries.integers().between(0, 40), Arbitraries.integers().between(0, 6), Arbitraries.of("waited", "late", "x", ""))
            .as((start, length, text) -> new Evidence(start, start + length, text));
    return one.list().ofMaxSize(120);
  }
}
