package dev.empathy.signal;

import dev.empathy.text.PhraseMatcher.Match;

/**
 * Marks of irony read from the shape of a sentence rather than from a list of phrases. For now:
 * praise taken back by a denial that ends the sentence on its own ("awesome service... not",
 * "Great job. NOT!", "loving this, not"). A denial that is part of the clause ("it's not", "whether
 * or not") takes nothing back. Stateless.
 */
final class Irony {
  private static final String SET_APART = ".…,-—–!;:";
  private static final String SENTENCE_ENDS = ".!?…\n。！？";

  private Irony() {}

  /**
   * Whether the negator {@code m} stands alone at the end of its sentence, set apart from what
   * came before by punctuation (or typed in capitals after a word in lower case: "great service
   * NOT").
   */
  static boolean deniedAtEnd(Match<Cue> m, String typed) {
    // Nothing but spaces, punctuation, symbols and emoji up to the end of the sentence.
    for (int k = m.end(); k < typed.length(); k++) {
      char c = typed.charAt(k);
      if (SENTENCE_ENDS.indexOf(c) >= 0) {
        break;
      }
      if (Character.isLetterOrDigit(c)) {
        return false;
      }
    }
    int k = m.start() - 1;
    while (k >= 0 && Character.isWhitespace(typed.charAt(k))) {
      k--;
    }
    if (k < 0) {
      return false;
    }
    char before = typed.charAt(k);
    if (SET_APART.indexOf(before) >= 0) {
      return true;
    }
    return Character.isLowerCase(before) && allCaps(typed, m.start(), m.end());
  }

  private static boolean allCaps(String typed, int start, int end) {
    int upper = 0;
    for (int i = start; i < end; i++) {
      char c = typed.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      upper += Character.isUpperCase(c) ? 1 : 0;
    }
    return upper >= 2;
  }
}
