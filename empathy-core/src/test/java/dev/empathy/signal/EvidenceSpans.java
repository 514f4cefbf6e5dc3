package dev.empathy.signal;

/** One check shared by the reading properties: every piece of evidence is the text's own, non-empty span. */
final class EvidenceSpans {
  private EvidenceSpans() {}

  /**
   * Throws unless every emotion's evidence lies inside {@code text}, is not empty, and says what the
   * text says there.
   */
  static void assertOwnSpans(Signals s, String text) {
    s.emotions().forEach(f -> f.evidence().forEach(e -> {
      if (e.start() < 0 || e.end() > text.length() || e.start() >= e.end() || !text.substring(e.start(), e.end()).equals(e.text())) {
        throw new AssertionError("evidence " + e + " is not the text's own span: " + text);
      }
    }));
  }
}
