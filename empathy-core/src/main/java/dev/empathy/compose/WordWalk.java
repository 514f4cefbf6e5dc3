package dev.empathy.compose;

/**
 * The words of a caller's text, one after another: runs of {@link CallerClauses#isWordChar word
 * characters} (letters, digits and apostrophes, so "j’ai" and "don't" are one word each), with
 * what lies between them skipped. One walk shared by the readers that look at each word in turn
 * ({@link OwnPerson}, {@link FiniteVerbs}); it allocates nothing but itself, and a word only when
 * asked for.
 *
 * <pre>{@code
 * WordWalk w = new WordWalk("no me llegó, ¿y ahora?");
 * while (w.next()) {
 *   w.word();   // "no", "me", "llegó", "y", "ahora"
 * }
 * }</pre>
 */
final class WordWalk {
  private final String text;
  private int start;
  private int end;

  WordWalk(String text) {
    this.text = text;
  }

  /** Moves to the next word; false when there is none left. */
  boolean next() {
    int n = text.length();
    int i = end;
    while (i < n && !CallerClauses.isWordChar(text.charAt(i))) {
      i++;
    }
    if (i == n) {
      start = n;
      end = n;
      return false;
    }
    start = i;
    while (i < n && CallerClauses.isWordChar(text.charAt(i))) {
      i++;
    }
    end = i;
    return true;
  }

  /** Where the current word starts in the text. */
  int start() {
    return start;
  }

  /** Where the current word ends (exclusive) in the text. */
  int end() {
    return end;
  }

  /** The current word as typed. */
  String word() {
    return text.substring(start, end);
  }
}
